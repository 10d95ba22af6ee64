import { Group, MultiSelect, Stack, Switch } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { IconCalendar } from "@tabler/icons-react";
import type { DeliveryState, InvitationState } from "../../gql/graphql";
import { clearButtonProps } from "../../ui/clearButtonProps";
import { FilterSelect, namedOptions } from "../filters/FilterSelect";
import { SearchInput } from "../filters/SearchInput";
import { SchoolPicker } from "../schools/SchoolPicker";
import type { InvitationFilters } from "./invitationFilters";
import { DELIVERY_LABEL, DELIVERY_STATES, INVITATION_STATES, STATE_LABEL } from "./invitationState";

interface Named {
  id: string;
  name: string;
}

export interface FilterProduct extends Named {
  roles: readonly Named[];
  cohorts: readonly Named[];
}

type Patch = Partial<Omit<InvitationFilters, "after" | "open">>;

interface Props {
  filters: InvitationFilters;
  onChange: (patch: Patch) => void;
  products: readonly FilterProduct[];
  /** false for a school admin: every invitation they see is their school's. */
  schoolFilter: boolean;
}

/** Every InvitationFilter field, as controls whose values live in the URL. */
export function InvitationFilterPane({ filters, onChange, products, schoolFilter }: Props) {
  const product = products.find((p) => p.id === filters.product);
  const dateProps = {
    clearable: true,
    valueFormat: "D MMM YYYY",
    leftSection: <IconCalendar size={16} stroke={1.6} />,
    w: { base: "100%", sm: 160 },
  } as const;

  return (
    <Stack p="md" gap="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
      {/* Who and where first; then what they were invited to, and when. */}
      <Group gap="md" align="flex-end" wrap="wrap">
        <SearchInput
          label="Search"
          placeholder="Email or name"
          value={filters.search}
          onChange={(search) => onChange({ search })}
        />
        <MultiSelect
          label="State"
          placeholder={filters.states.length ? undefined : "Any state"}
          data={INVITATION_STATES.map((s) => ({ value: s, label: STATE_LABEL[s] }))}
          value={filters.states}
          onChange={(states) => onChange({ states: states as InvitationState[] })}
          clearable
          clearButtonProps={clearButtonProps("Clear state filter")}
          w={{ base: "100%", sm: 250 }}
        />
        {schoolFilter && <SchoolPicker value={filters.school} onChange={(school) => onChange({ school })} width={250} />}
        <Switch
          label="Unresolved only"
          description="Scheduled or pending"
          checked={filters.unresolved}
          onChange={(e) => onChange({ unresolved: e.currentTarget.checked })}
          mb={2}
        />
      </Group>
      <Group gap="md" align="flex-end" wrap="wrap">
        <FilterSelect
          label="Product"
          noun="product"
          placeholder="Any product"
          data={namedOptions(products)}
          value={filters.product}
          onChange={(id) => onChange({ product: id })}
          searchable
          width={180}
        />
        <FilterSelect
          label="Role"
          noun="role"
          placeholder={product ? "Any role" : "Pick a product"}
          data={namedOptions(product?.roles ?? [])}
          value={filters.role}
          onChange={(role) => onChange({ role })}
          disabled={!product}
          width={160}
        />
        <FilterSelect
          label="Cohort"
          noun="cohort"
          placeholder={!product ? "Pick a product" : product.cohorts.length ? "Any cohort" : "No cohorts"}
          data={namedOptions(product?.cohorts ?? [])}
          value={filters.cohort}
          onChange={(cohort) => onChange({ cohort })}
          disabled={!product || product.cohorts.length === 0}
          width={160}
        />
        <FilterSelect
          label="Delivery"
          noun="delivery"
          placeholder="Any delivery"
          data={DELIVERY_STATES.map((d) => ({ value: d, label: DELIVERY_LABEL[d] }))}
          value={filters.delivery}
          onChange={(delivery) => onChange({ delivery: delivery as DeliveryState | null })}
          width={150}
        />
        <DatePickerInput
          label="Sent from"
          placeholder="Any date"
          value={filters.sentFrom}
          onChange={(sentFrom) => onChange({ sentFrom })}
          maxDate={filters.sentTo ?? undefined}
          {...dateProps}
          clearButtonProps={clearButtonProps("Clear sent from date")}
        />
        <DatePickerInput
          label="Sent to"
          placeholder="Any date"
          value={filters.sentTo}
          onChange={(sentTo) => onChange({ sentTo })}
          minDate={filters.sentFrom ?? undefined}
          {...dateProps}
          clearButtonProps={clearButtonProps("Clear sent to date")}
        />
      </Group>
    </Stack>
  );
}
