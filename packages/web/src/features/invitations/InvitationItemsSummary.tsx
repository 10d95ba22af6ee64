import { Stack, Text, Tooltip } from "@mantine/core";

interface Item {
  id: string;
  viewerCanManage: boolean;
  product: { name: string };
  role: { name: string };
  school: { id: string; name: string } | null;
}

const SHOWN = 2;
export const MANAGED_BY_TRUST = "managed by the trust";

/**
 * "MIS · Teacher" per item, naming the school only where it differs from the row's; an item a
 * school admin doesn't manage is "HR · managed by the trust".
 */
export function InvitationItemsSummary({ items, rowSchoolId }: { items: readonly Item[]; rowSchoolId: string | null }) {
  const line = (item: Item) => (
    <Text key={item.id} size="sm" lh={1.35}>
      <Text span fw={500} inherit>
        {item.product.name}
      </Text>
      <Text span c="dimmed" inherit>
        {" · "}
        {item.viewerCanManage ? item.role.name : MANAGED_BY_TRUST}
        {item.viewerCanManage && item.school && item.school.id !== rowSchoolId ? ` at ${item.school.name}` : ""}
      </Text>
    </Text>
  );
  const hidden = items.slice(SHOWN);
  return (
    <Stack gap={2}>
      {items.slice(0, SHOWN).map(line)}
      {hidden.length > 0 && (
        <Tooltip label={<Stack gap={2}>{hidden.map(line)}</Stack>} withArrow color="white" c="dark" style={{ boxShadow: "var(--mantine-shadow-md)" }}>
          <Text size="xs" c="lanyard.7" fw={500} style={{ cursor: "help", width: "fit-content" }} tabIndex={0}>
            +{hidden.length} more
          </Text>
        </Tooltip>
      )}
    </Stack>
  );
}
