import { Group, Progress, Stack, Text } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import { PASSWORD_MIN_LENGTH } from "@lanyard/shared";
import { passwordStrength } from "./passwordStrength";

/** Four bars and a word, plus the one hard rule (length), updated as the person types. */
export function PasswordMeter({ password, personal }: { password: string; personal: readonly string[] }) {
  const strength = passwordStrength(password, personal);
  const longEnough = password.length >= PASSWORD_MIN_LENGTH;
  return (
    <Stack gap={6} aria-live="polite">
      <Group grow gap={5} aria-hidden>
        {[1, 2, 3, 4].map((bar) => (
          <Progress key={bar} size={4} value={password && strength.level >= bar ? 100 : 0} color={strength.color} transitionDuration={150} />
        ))}
      </Group>
      <Group justify="space-between" gap="xs">
        <Group gap={4} c={longEnough ? "teal.7" : "dimmed"}>
          {longEnough ? <IconCheck size={14} aria-hidden /> : <IconX size={14} aria-hidden />}
          <Text size="xs">At least {PASSWORD_MIN_LENGTH} characters</Text>
        </Group>
        {password && (
          <Text size="xs" c={strength.color === "red" ? "red.7" : `${strength.color}.8`} fw={600}>
            Strength: {strength.label}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
