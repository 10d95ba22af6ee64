import { Select, type SelectProps } from "@mantine/core";
import { clearButtonProps } from "../../ui/clearButtonProps";

type Props = Omit<SelectProps, "clearable" | "clearButtonProps" | "nothingFoundMessage" | "w"> & {
  /** What it filters by, for its clear button and its no-match message: "Clear school filter", "No school by that name". */
  noun: string;
  /** On a small screen it takes the whole row. */
  width: number;
};

/** One choice that narrows a list; anyone (keyboard and screen reader too) can clear it. */
export function FilterSelect({ noun, width, searchable, ...props }: Props) {
  return (
    <Select
      {...props}
      clearable
      clearButtonProps={clearButtonProps(`Clear ${noun} filter`)}
      searchable={searchable}
      nothingFoundMessage={searchable ? `No ${noun} by that name` : undefined}
      w={{ base: "100%", sm: width }}
    />
  );
}

/** Choices from things with an id and a name. */
export function namedOptions(items: readonly { id: string; name: string }[]) {
  return items.map((i) => ({ value: i.id, label: i.name }));
}
