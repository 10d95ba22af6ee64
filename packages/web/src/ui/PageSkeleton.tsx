import { Skeleton, Stack } from "@mantine/core";

/** Shown while a screen's code loads (routes are split per screen). */
export function PageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading">
      <Skeleton height={28} width={280} radius="sm" />
      <Skeleton height={14} width={420} radius="sm" />
      <Skeleton height={320} radius="md" mt="md" />
    </Stack>
  );
}
