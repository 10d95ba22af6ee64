import { Card, Code, Divider, Group, Stack, Table, Text, ThemeIcon, Title } from "@mantine/core";
import { IconBolt, IconCalendar, IconMailCheck } from "@tabler/icons-react";
import type { Acceptance } from "@lanyard/shared";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { formatDateRange } from "../../ui/format";
import { visuallyHidden } from "../../ui/visuallyHidden";
import { LevelBadge } from "./LevelBadge";

export const ProductCardFragment = graphql(`
  fragment ProductCard_product on Product {
    id
    code
    name
    level
    acceptance
    roles {
      id
      code
      name
      description
    }
    cohorts {
      id
      code
      name
      startsAt
      endsAt
    }
  }
`);

const ACCEPTANCE: Record<Acceptance, { label: string; detail: string; color: string; icon: typeof IconBolt }> = {
  GRANT_EXISTING_USERS: {
    label: "Grants existing users at once",
    detail: "People who already use Lanyard in this trust get access straight away; new people accept by email.",
    color: "teal",
    icon: IconBolt,
  },
  REQUIRE_ACCEPTANCE: {
    label: "Requires acceptance",
    detail: "Everyone invited must accept before they get access, even existing users.",
    color: "orange",
    icon: IconMailCheck,
  },
};

export function ProductCard(props: { product: FragmentType<typeof ProductCardFragment> }) {
  const product = getFragmentData(ProductCardFragment, props.product);
  const acceptance = ACCEPTANCE[product.acceptance];
  const AcceptanceIcon = acceptance.icon;

  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={`product-${product.id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={3} fz="lg" id={`product-${product.id}`}>
            {product.name}
          </Title>
          <Code fz="xs" w="fit-content">
            {product.code}
          </Code>
        </Stack>
        <LevelBadge level={product.level} />
      </Group>

      <Group gap="sm" mt="md" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={acceptance.color} size={30} radius="md">
          <AcceptanceIcon size={16} />
        </ThemeIcon>
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {acceptance.label}
          </Text>
          <Text size="xs" c="dimmed">
            {acceptance.detail}
          </Text>
        </Stack>
      </Group>

      <Divider my="md" />
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6} style={{ letterSpacing: 0.4 }}>
        Roles
      </Text>
      {product.roles.length === 0 ? (
        <Text size="sm" c="dimmed">
          No roles yet: people can't be invited to this product until it has one.
        </Text>
      ) : (
        <Table verticalSpacing={6} horizontalSpacing="xs" withRowBorders={false} aria-label={`${product.name} roles`}>
          <Table.Thead style={visuallyHidden}>
            <Table.Tr>
              <Table.Th>Code</Table.Th>
              <Table.Th>Role</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {product.roles.map((role) => (
              <Table.Tr key={role.id}>
                <Table.Td w={1} style={{ verticalAlign: "top" }}>
                  <Code fz="xs" style={{ whiteSpace: "nowrap" }}>
                    {role.code}
                  </Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {role.name}
                  </Text>
                  {role.description && (
                    <Text size="xs" c="dimmed">
                      {role.description}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Divider my="md" />
      <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={6} style={{ letterSpacing: 0.4 }}>
        Cohorts
      </Text>
      {product.cohorts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No cohorts: invitations to this product don't name a programme intake.
        </Text>
      ) : (
        <Stack gap={10}>
          {product.cohorts.map((cohort) => (
            <Stack key={cohort.id} gap={2}>
              <Text size="sm" fw={500}>
                {cohort.name}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Code fz="xs" style={{ whiteSpace: "nowrap" }}>
                  {cohort.code}
                </Code>
                <Group gap={4} wrap="nowrap">
                  <IconCalendar size={14} color="var(--mantine-color-dimmed)" aria-hidden />
                  <Text size="xs" c="dimmed">
                    {formatDateRange(cohort.startsAt, cohort.endsAt)}
                  </Text>
                </Group>
              </Group>
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
