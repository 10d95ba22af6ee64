import { useQuery } from "@apollo/client/react";
import { Group, Loader, Select, Stack, Text, type ComboboxItem, type ComboboxItemGroup } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconCheck } from "@tabler/icons-react";
import { useState } from "react";
import { graphql } from "../../gql";
import { clearButtonProps } from "../../ui/clearButtonProps";

export const SchoolPickerSearchQuery = graphql(`
  query SchoolPickerSearch($first: Int!, $filter: SchoolFilter) {
    schools(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          urn
          postcode
        }
      }
    }
  }
`);

export const SchoolPickerSelectedQuery = graphql(`
  query SchoolPickerSelected($id: ID!) {
    school(id: $id) {
      id
      name
      urn
      postcode
    }
  }
`);

/** One school by its id: undefined while it loads (or without an id), null when there is no such school. */
export function useSchool(id: string | null) {
  const { data } = useQuery(SchoolPickerSelectedQuery, { variables: { id: id ?? "" }, skip: !id });
  return id && data ? data.school : undefined;
}

/** How many schools a search shows: a trust may have hundreds, so the rest are found by typing. */
export const SCHOOL_CHOICES = 20;
/** Wait this long after the last keystroke before asking the server. */
export const SEARCH_DELAY_MS = 250;

interface Props {
  value: string | null;
  onChange: (schoolId: string | null) => void;
  width?: number;
  label?: string;
}

interface SchoolOption extends ComboboxItem {
  urn?: string;
  postcode?: string | null;
}

/**
 * Narrows a list to one school, found on the server by name, URN or postcode as the person
 * types; left out for a school admin, who only ever sees their own.
 */
export function SchoolPicker({ value, onChange, width = 280, label = "School" }: Props) {
  const [search, setSearch] = useState("");
  // A school picked here is known already; one from the URL (?school=<id>) is read by its id.
  const [picked, setPicked] = useState<SchoolOption | null>(null);
  const known = picked && picked.value === value ? picked : null;
  const school = useSchool(value);
  const chosen: SchoolOption | null = !value
    ? null
    : (known ?? (school ? { value, label: school.name, urn: school.urn, postcode: school.postcode } : school === null ? { value, label: "School not found" } : null));
  const chosenLabel = chosen?.label;
  // The box shows the chosen school's name until the person types something else.
  const typed = search.trim() === (chosenLabel ?? "") ? "" : search.trim();
  const [term] = useDebouncedValue(typed, SEARCH_DELAY_MS);
  const results = useQuery(SchoolPickerSearchQuery, {
    variables: { first: SCHOOL_CHOICES, filter: term ? { search: term } : null },
  });
  const searching = results.loading || typed !== term;
  // Nothing from an earlier search is offered while the current one is on its way.
  const answer = searching ? undefined : results.data?.schools;

  const found: SchoolOption[] = (answer?.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name, urn: node.urn, postcode: node.postcode }));
  // The chosen school is always a choice while nothing is typed, so its name shows even when it isn't among the first few.
  const withChosen = chosen && !typed && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;
  const more = !typed && answer ? answer.totalCount - withChosen.length : 0;
  const data: (SchoolOption | ComboboxItemGroup<SchoolOption>)[] =
    more > 0 ? [{ group: `${more.toLocaleString("en-GB")} more schools: type a name, URN or postcode`, items: withChosen }] : withChosen;

  return (
    <Select
      label={label}
      placeholder="All schools"
      data={data}
      value={value}
      onChange={(id, option) => {
        setPicked(id ? (option as SchoolOption) : null);
        onChange(id);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already matched name, URN and postcode: show what it found, as it found it.
      filter={({ options }) => options}
      nothingFoundMessage={searching ? "Searching…" : typed ? `No school matches “${typed}”` : "No schools yet"}
      rightSection={searching ? <Loader size={14} aria-hidden /> : undefined}
      aria-busy={searching}
      renderOption={({ option, checked }) => <SchoolChoice option={option as SchoolOption} checked={checked === true} />}
      clearable
      clearButtonProps={clearButtonProps("Clear school filter")}
      maxDropdownHeight={320}
      // Darker than Mantine's dimmed grey, so the hint and the messages meet WCAG AA contrast.
      styles={{ groupLabel: { color: "var(--mantine-color-gray-7)" }, empty: { color: "var(--mantine-color-gray-7)" } }}
      w={{ base: "100%", sm: width }}
      comboboxProps={{ width: Math.max(width, 320), position: "bottom-start" }}
    />
  );
}

/** A school's name, with its URN and postcode to tell apart schools of the same name. */
function SchoolChoice({ option, checked }: { option: SchoolOption; checked: boolean }) {
  const where = [option.urn && `URN ${option.urn}`, option.postcode].filter(Boolean).join(" · ");
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <IconCheck size={14} style={{ marginTop: 3, flexShrink: 0, visibility: checked ? "visible" : "hidden" }} aria-hidden />
      <Stack gap={0}>
        <Text size="sm">{option.label}</Text>
        {where && (
          <Text size="xs" c="gray.7">
            {where}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
