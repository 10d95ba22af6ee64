import { Alert, Box, Checkbox, Group, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { clearButtonProps } from "../../ui/clearButtonProps";
import { LevelBadge } from "../products/LevelBadge";
import { chosenProducts, withProducts, type InviteDraft } from "./draft";
import { schoolEligibility } from "./eligibility";
import type { InviteProduct, InviteSchool } from "./inviteData";
import { RolePicker } from "./RolePicker";
import { StepHeading } from "./StepHeading";

interface Props {
  /** Only the products this admin may invite to (a school admin: school-level ones). */
  products: readonly InviteProduct[];
  draft: InviteDraft;
  onChange: (draft: InviteDraft) => void;
  /** A school admin's school: products it doesn't subscribe to can't be chosen. */
  ownSchool: InviteSchool | null;
}

/** Step 1: which products, one role for all of them (rule 3), and a cohort where a product has them. */
export function ProductStep({ products, draft, onChange, ownSchool }: Props) {
  const chosen = chosenProducts(draft, products);
  const withCohorts = chosen.filter((p) => p.cohorts.length > 0);

  return (
    <Stack gap="xl">
      <div>
        <StepHeading
          title="Products"
          description="Choose one or more. Everyone you invite gets the same role in each, so pick products that go together."
        />
        <Checkbox.Group
          value={draft.productIds}
          onChange={(ids) => onChange(withProducts(draft, ids, products))}
          aria-label="Products"
        >
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {products.map((product) => {
              const unavailable = ownSchool && !schoolEligibility(ownSchool, [product]).eligible;
              return (
                <Checkbox.Card
                  key={product.id}
                  value={product.id}
                  radius="md"
                  p="md"
                  disabled={Boolean(unavailable)}
                  style={unavailable ? { opacity: 0.6, cursor: "not-allowed" } : undefined}
                >
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Checkbox.Indicator mt={2} disabled={Boolean(unavailable)} />
                    <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                        <Text fw={600} size="sm">
                          {product.name}
                        </Text>
                        <Box style={{ flexShrink: 0 }}>
                          <LevelBadge level={product.level} />
                        </Box>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {unavailable
                          ? `No active subscription at ${ownSchool.name}`
                          : product.acceptance === "REQUIRE_ACCEPTANCE"
                            ? "Everyone accepts by email first"
                            : "Existing users get access at once"}
                      </Text>
                    </Stack>
                  </Group>
                </Checkbox.Card>
              );
            })}
          </SimpleGrid>
        </Checkbox.Group>
      </div>

      {chosen.length > 0 && <RolePicker products={chosen} value={draft.roleCode} onChange={(roleCode) => onChange({ ...draft, roleCode })} />}

      {withCohorts.length > 0 && (
        <div>
          <StepHeading title="Cohort" description="Optional: name the programme intake people join." />
          <Stack gap="sm" maw={480}>
            {withCohorts.map((product) => (
              <Select
                key={product.id}
                label={`${product.name} cohort`}
                placeholder="No cohort"
                data={product.cohorts.map((c) => ({ value: c.id, label: c.name }))}
                value={draft.cohortIds[product.id] ?? null}
                onChange={(cohortId) => onChange({ ...draft, cohortIds: { ...draft.cohortIds, [product.id]: cohortId } })}
                clearable
                clearButtonProps={clearButtonProps(`Clear ${product.name} cohort`)}
              />
            ))}
          </Stack>
        </div>
      )}

      {products.length === 0 && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
          There are no products you can invite people to yet.
        </Alert>
      )}
    </Stack>
  );
}
