import { Alert, Group, Radio, SimpleGrid, Stack, Switch, Text } from "@mantine/core";
import { DateInput, DateTimePicker } from "@mantine/dates";
import { IconAlertCircle, IconCalendarTime, IconSend } from "@tabler/icons-react";
import dayjs from "dayjs";
import { clearButtonProps } from "../../ui/clearButtonProps";
import { StepHeading } from "./StepHeading";
import type { ResolvedTiming, Timing } from "./timing";

interface Props {
  timing: Timing;
  resolved: ResolvedTiming;
  onChange: (timing: Timing) => void;
  /** The trust's setting (rule 6). */
  defaultDays: number;
}

const OPTIONS = [
  { value: "now", title: "Notify now", detail: "Emails go out as soon as you send.", icon: IconSend },
  { value: "schedule", title: "Schedule", detail: "Emails go out at a date and time you choose.", icon: IconCalendarTime },
] as const;

/** Step 5: notify now or at a set time, and when the links stop working. */
export function WhenStep({ timing, resolved, onChange, defaultDays }: Props) {
  const today = dayjs().format("YYYY-MM-DD");
  return (
    <Stack gap="xl">
      <div>
        <StepHeading title="When" />
        <Radio.Group value={timing.mode} onChange={(mode) => onChange({ ...timing, mode: mode as Timing["mode"] })} aria-label="When">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={720}>
            {OPTIONS.map(({ value, title, detail, icon: Icon }) => (
              <Radio.Card key={value} value={value} radius="md" p="md">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <Stack gap={2} style={{ flex: 1 }}>
                    <Group gap={6}>
                      <Icon size={16} stroke={1.8} aria-hidden />
                      <Text fw={600} size="sm">
                        {title}
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {detail}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        {timing.mode === "schedule" && (
          <DateTimePicker
            mt="md"
            maw={340}
            label="Send at"
            placeholder="Choose a date and time"
            valueFormat="D MMM YYYY, HH:mm"
            minDate={today}
            value={timing.sendAt}
            onChange={(sendAt) => onChange({ ...timing, sendAt })}
            clearable
            clearButtonProps={clearButtonProps("Clear send time")}
            required
          />
        )}
      </div>

      <div>
        <StepHeading
          title="Expiry"
          description={`By default a link works for ${defaultDays} days after the email goes out (your trust's setting). An expired invitation can be resent.`}
        />
        <Switch
          label="Choose a different expiry"
          checked={timing.customExpiry}
          onChange={(e) => onChange({ ...timing, customExpiry: e.currentTarget.checked })}
        />
        {timing.customExpiry && (
          <DateInput
            mt="md"
            maw={340}
            label="Last day the links work"
            placeholder="Choose a day"
            valueFormat="D MMM YYYY"
            minDate={today}
            value={timing.expiresOn}
            onChange={(expiresOn) => onChange({ ...timing, expiresOn })}
            clearable
            clearButtonProps={clearButtonProps("Clear expiry date")}
          />
        )}
        {!resolved.problem && (
          <Text size="sm" mt="md">
            Links work until{" "}
            <Text span fw={600}>
              {dayjs(resolved.effectiveExpiry).format("dddd D MMMM YYYY, HH:mm")}
            </Text>
            .
          </Text>
        )}
      </div>

      {resolved.problem && (
        <Alert variant="light" color="orange" icon={<IconAlertCircle size={18} />}>
          {resolved.problem}
        </Alert>
      )}
    </Stack>
  );
}
