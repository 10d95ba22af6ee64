import { Button, Group, Text } from "@mantine/core";
import { IconArrowLeft, IconArrowRight, IconSend } from "@tabler/icons-react";

interface Props {
  onBack: (() => void) | null;
  onNext: () => void;
  nextLabel: string;
  /** Why "next" is disabled, shown beside it; null when it isn't. */
  problem: string | null;
  /** The last step: the button sends. */
  final?: boolean;
  loading?: boolean;
}

/** Back and next, with the reason next can't be pressed yet said in words. */
export function WizardFooter({ onBack, onNext, nextLabel, problem, final = false, loading = false }: Props) {
  return (
    <Group justify="space-between" p="md" gap="sm" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
      {onBack ? (
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={onBack} disabled={loading}>
          Back
        </Button>
      ) : (
        <span />
      )}
      {/* Wraps on a narrow screen, so the button keeps its whole label. */}
      <Group gap="sm" justify="flex-end" style={{ flex: "1 1 auto" }}>
        {/* Always there, so a screen reader hears each new reason: a live region added with its text often isn't read. */}
        <Text size="sm" c="dimmed" ta="right" aria-live="polite">
          {problem ?? ""}
        </Text>
        <Button
          onClick={onNext}
          disabled={problem !== null}
          loading={loading}
          rightSection={final ? <IconSend size={16} /> : <IconArrowRight size={16} />}
        >
          {nextLabel}
        </Button>
      </Group>
    </Group>
  );
}
