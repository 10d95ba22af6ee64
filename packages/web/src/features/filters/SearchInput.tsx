import { CloseButton, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";

interface Props {
  label: string;
  placeholder: string;
  /** The committed value (from the URL). */
  value: string;
  onChange: (value: string) => void;
  delay?: number;
}

/** A search box that commits after the person pauses typing, and follows the URL (back button). */
export function SearchInput({ label, placeholder, value, onChange, delay = 350 }: Props) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = useDebouncedCallback((next: string) => {
    if (next.trim() !== value) onChange(next.trim());
  }, delay);

  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} stroke={1.6} />}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") onChange(text.trim());
      }}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label="Clear search"
            onClick={() => {
              setText("");
              onChange("");
            }}
          />
        ) : null
      }
      miw={260}
      style={{ flex: 1 }}
    />
  );
}
