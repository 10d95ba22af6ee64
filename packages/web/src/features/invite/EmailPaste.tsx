import { Badge, Group, List, Stack, Text, Textarea } from "@mantine/core";
import { plural } from "../../ui/format";
import type { ParsedEmails } from "./emailList";

interface Props {
  value: string;
  onChange: (text: string) => void;
  parsed: ParsedEmails;
}

const SHOWN_PROBLEMS = 5;

/** People who aren't on a roster, by email: checked as the person types. */
export function EmailPaste({ value, onChange, parsed }: Props) {
  const { emails, problems, duplicates } = parsed;
  return (
    <Stack gap="sm" p="md">
      <Textarea
        label="Email addresses"
        description="One a line, or separated by commas. Pasting from an address book works too."
        placeholder={"j.hall@oakfield.sch.uk\nm.patel@oakfield.sch.uk"}
        autosize
        minRows={6}
        maxRows={16}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={problems.length > 0 ? `${plural(problems.length, "entry isn't an email address", "entries aren't email addresses")}` : null}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
      />
      {problems.length > 0 && (
        <List size="sm" spacing={2} c="red.8" aria-label="Entries to fix">
          {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
            <List.Item key={`${p.value}-${i}`}>
              <Text span ff="monospace" size="sm" fw={600}>
                {p.value}
              </Text>
              : {p.message}
            </List.Item>
          ))}
          {problems.length > SHOWN_PROBLEMS && <List.Item>and {plural(problems.length - SHOWN_PROBLEMS, "more")}</List.Item>}
        </List>
      )}
      {(emails.length > 0 || duplicates > 0) && (
        <Group gap="xs">
          <Badge variant="light" color="green" tt="none" fw={500}>
            {plural(emails.length, "valid address", "valid addresses")}
          </Badge>
          {duplicates > 0 && (
            <Text size="xs" c="dimmed">
              {plural(duplicates, "repeat")} counted once
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
