import { Badge, Button, Group, Pill, Stack, Tabs, Text } from "@mantine/core";
import { IconClipboardText, IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { Panel } from "../../ui/Panel";
import { plural } from "../../ui/format";
import { withStaff, type InviteDraft } from "./draft";
import type { ParsedEmails } from "./emailList";
import { EmailPaste } from "./EmailPaste";
import { RosterPicker } from "./RosterPicker";
import { StepHeading } from "./StepHeading";
import { peopleCount } from "./steps";

interface Props {
  /** The roster is filtered to people who don't use this product yet. */
  firstProduct: { id: string; name: string };
  ownSchool: { id: string; name: string } | null;
  draft: InviteDraft;
  onChange: (draft: InviteDraft) => void;
  pasted: ParsedEmails;
}

const SHOWN_PILLS = 12;

/** Step 2: people from the roster, or by email. */
export function PeopleStep({ firstProduct, ownSchool, draft, onChange, pasted }: Props) {
  const [tab, setTab] = useState<string | null>(draft.emailText && draft.staff.length === 0 ? "emails" : "roster");
  const total = peopleCount(draft, pasted);

  return (
    <Stack gap="md">
      <StepHeading
        title="People"
        description={
          ownSchool
            ? `Staff at ${ownSchool.name} who don't use ${firstProduct.name} yet, or anyone by email.`
            : `Staff who don't use ${firstProduct.name} yet and have no open invitation to it, or anyone by email.`
        }
      />

      <ChosenPeople draft={draft} onChange={onChange} pastedCount={total - draft.staff.length} total={total} />

      <Panel>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List px="md" pt={6}>
            <Tabs.Tab
              value="roster"
              leftSection={<IconUsers size={16} />}
              rightSection={draft.staff.length > 0 ? <CountBadge n={draft.staff.length} /> : null}
            >
              From the roster
            </Tabs.Tab>
            <Tabs.Tab
              value="emails"
              leftSection={<IconClipboardText size={16} />}
              rightSection={pasted.emails.length > 0 ? <CountBadge n={pasted.emails.length} /> : null}
            >
              Paste emails
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="roster">
            <RosterPicker
              productId={firstProduct.id}
              productName={firstProduct.name}
              ownSchoolId={ownSchool?.id ?? null}
              picked={draft.staff}
              onPick={(people, on) => onChange(withStaff(draft, people, on))}
            />
          </Tabs.Panel>
          <Tabs.Panel value="emails">
            <EmailPaste value={draft.emailText} onChange={(emailText) => onChange({ ...draft, emailText })} parsed={pasted} />
          </Tabs.Panel>
        </Tabs>
      </Panel>
    </Stack>
  );
}

function CountBadge({ n }: { n: number }) {
  return (
    <Badge size="sm" variant="light" circle={n < 10}>
      {n}
    </Badge>
  );
}

/** Who is chosen so far, across roster pages and the pasted list; each roster pick can be taken out again. */
function ChosenPeople({
  draft,
  onChange,
  pastedCount,
  total,
}: {
  draft: InviteDraft;
  onChange: (draft: InviteDraft) => void;
  pastedCount: number;
  total: number;
}) {
  if (total === 0) return null;
  const shown = draft.staff.slice(0, SHOWN_PILLS);
  return (
    <Group gap="xs" align="center" aria-live="polite">
      <Text size="sm" fw={600}>
        {plural(total, "person", "people")} chosen
      </Text>
      <Pill.Group>
        {shown.map((person) => (
          <Pill
            key={person.id}
            withRemoveButton
            removeButtonProps={{ "aria-label": `Remove ${person.firstName} ${person.lastName}` }}
            onRemove={() => onChange(withStaff(draft, [person], false))}
          >
            {person.firstName} {person.lastName}
          </Pill>
        ))}
        {draft.staff.length > SHOWN_PILLS && <Pill>+{draft.staff.length - SHOWN_PILLS} more</Pill>}
        {pastedCount > 0 && <Pill>{plural(pastedCount, "pasted email")}</Pill>}
      </Pill.Group>
      {draft.staff.length > 1 && (
        <Button variant="subtle" size="compact-xs" onClick={() => onChange({ ...draft, staff: [] })}>
          Clear roster picks
        </Button>
      )}
    </Group>
  );
}
