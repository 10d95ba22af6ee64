import { Alert, Group, Radio, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { commonRoles } from "./roles";
import { StepHeading } from "./StepHeading";

interface Props {
  products: readonly { id: string; name: string; roles: readonly { code: string; name: string; description: string | null }[] }[];
  value: string | null;
  onChange: (roleCode: string) => void;
}

/** One role code for every chosen product (rule 3), with what it means in each. */
export function RolePicker({ products, value, onChange }: Props) {
  const roles = commonRoles(products);
  const several = products.length > 1;

  if (roles.length === 0) {
    return (
      <div>
        <StepHeading title="Role" />
        <Alert variant="light" color="orange" icon={<IconInfoCircle size={18} />} title="No role in common">
          {products.map((p) => p.name).join(" and ")} share no role. One invitation gives one role in every product, so invite
          to them separately.
        </Alert>
      </div>
    );
  }

  return (
    <div>
      <StepHeading
        title="Role"
        description={several ? "Only roles every chosen product has. Each product names the role its own way." : undefined}
      />
      <Radio.Group value={value} onChange={onChange} aria-label="Role">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: several ? 2 : 3 }} spacing="sm">
          {roles.map((role) => {
            const [first] = role.perProduct;
            return (
              <Radio.Card key={role.code} value={role.code} radius="md" p="md">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <Stack gap={6} style={{ flex: 1 }}>
                    {several ? (
                      role.perProduct.map((p) => (
                        <div key={p.productId}>
                          <Text size="sm">
                            <Text span fw={600}>
                              {p.roleName}
                            </Text>{" "}
                            <Text span c="dimmed" size="xs">
                              in {p.productName}
                            </Text>
                          </Text>
                          {p.description && (
                            <Text size="xs" c="dimmed">
                              {p.description}
                            </Text>
                          )}
                        </div>
                      ))
                    ) : (
                      <div>
                        <Text size="sm" fw={600}>
                          {first?.roleName}
                        </Text>
                        {first?.description && (
                          <Text size="xs" c="dimmed">
                            {first.description}
                          </Text>
                        )}
                      </div>
                    )}
                  </Stack>
                </Group>
              </Radio.Card>
            );
          })}
        </SimpleGrid>
      </Radio.Group>
    </div>
  );
}
