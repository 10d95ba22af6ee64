import { useQuery } from "@apollo/client/react";
import { Avatar, Checkbox, Group, Select, Stack, Table, Text } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { errorMessage } from "../api/errors";
import { pageSummary } from "../filters/paging";
import { clearButtonProps } from "../filters/searchParams";
import { SearchInput } from "../filters/SearchInput";
import { graphql } from "../../gql";
import { CursorPager } from "../../ui/CursorPager";
import { EmptyState } from "../../ui/EmptyState";
import { plural } from "../../ui/format";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { TableSkeleton } from "../../ui/TableSkeleton";
import type { PickedStaff } from "./draft";

export const InviteRosterQuery = graphql(`
  query InviteRoster($first: Int!, $after: String, $filter: StaffFilter) {
    staff(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          firstName
          lastName
          email
          jobTitle
          school {
            id
            name
          }
        }
      }
    }
  }
`);

const PAGE_SIZES = [25, 50, 100] as const;

interface Props {
  /** Only people who don't use this product yet (nor hold an open invitation to it). */
  productId: string;
  productName: string;
  /** For the school filter; a school admin has no choice to make. */
  schools: readonly { id: string; name: string }[];
  ownSchoolId: string | null;
  picked: readonly PickedStaff[];
  onPick: (people: PickedStaff[], on: boolean) => void;
}

/** The roster, filtered to people not yet using the product, with a tick per person and per page. */
export function RosterPicker({ productId, productName, schools, ownSchoolId, picked, onPick }: Props) {
  const [search, setSearch] = useState("");
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const [size, setSize] = useState<number>(25);
  // The cursors of the pages before this one, so "Previous" can go back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const restart = () => setCursors([null]);

  const filter = {
    notUserOfProduct: productId,
    ...(search ? { search } : {}),
    ...((ownSchoolId ?? schoolId) ? { schoolId: ownSchoolId ?? schoolId } : {}),
  };
  const { data, error, loading, refetch } = useQuery(InviteRosterQuery, { variables: { first: size, after, filter } });
  const connection = data?.staff;
  const people = connection?.edges.map((e) => e.node) ?? [];
  const pickedIds = new Set(picked.map((p) => p.id));
  const pickedHere = people.filter((p) => pickedIds.has(p.id)).length;
  const showSchool = !ownSchoolId;

  return (
    <Stack gap={0}>
      <Group p="md" gap="md" align="flex-end" wrap="wrap" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <SearchInput
          label="Search the roster"
          placeholder="Name or email"
          value={search}
          onChange={(next) => {
            setSearch(next);
            restart();
          }}
        />
        {showSchool && (
          <Select
            label="School"
            placeholder="All schools"
            data={schools.map((s) => ({ value: s.id, label: s.name }))}
            value={schoolId}
            onChange={(next) => {
              setSchoolId(next);
              restart();
            }}
            clearable
            clearButtonProps={clearButtonProps("Clear school filter")}
            searchable
            nothingFoundMessage="No school by that name"
            w={{ base: "100%", sm: 280 }}
          />
        )}
      </Group>

      {error ? (
        <Stack p="md">
          <ErrorAlert title="The roster couldn't be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />
        </Stack>
      ) : loading || !connection ? (
        <TableSkeleton columns={["", "Name and email", "Job title", ...(showSchool ? ["School"] : [])]} rows={6} />
      ) : people.length === 0 ? (
        search || schoolId ? (
          <EmptyState
            title="Nobody matches"
            description={`No one matching these filters is waiting for ${productName}. Check the spelling or clear the filters.`}
            actionLabel="Clear filters"
            onAction={() => {
              setSearch("");
              setSchoolId(null);
              restart();
            }}
          />
        ) : (
          <EmptyState
            icon={<IconUsers size={24} stroke={1.6} />}
            title={`Everyone already has ${productName}`}
            description="Everyone on the roster already uses it or holds an open invitation. Paste emails to invite people who aren't on the roster."
          />
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover aria-label="Staff who don't use the product yet">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={44}>
                    <Checkbox
                      aria-label="Select all on this page"
                      checked={pickedHere === people.length}
                      indeterminate={pickedHere > 0 && pickedHere < people.length}
                      onChange={(e) => onPick(people, e.currentTarget.checked)}
                    />
                  </Table.Th>
                  <Table.Th>Name and email</Table.Th>
                  <Table.Th>Job title</Table.Th>
                  {showSchool && <Table.Th>School</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.map((person) => {
                  const name = `${person.firstName} ${person.lastName}`;
                  const on = pickedIds.has(person.id);
                  return (
                    <Table.Tr
                      key={person.id}
                      bg={on ? "var(--mantine-primary-color-light)" : undefined}
                      onClick={() => onPick([person], !on)}
                      style={{ cursor: "pointer" }}
                    >
                      <Table.Td>
                        <Checkbox
                          aria-label={`Select ${name}`}
                          checked={on}
                          onChange={(e) => onPick([person], e.currentTarget.checked)}
                          onClick={(e) => e.stopPropagation()}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Group gap="sm" wrap="nowrap">
                          <Avatar size={30} radius="xl" color="initials" name={name} aria-hidden />
                          <Stack gap={0}>
                            <Text size="sm" fw={600}>
                              {name}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {person.email}
                            </Text>
                          </Stack>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={person.jobTitle ? undefined : "dimmed"}>
                          {person.jobTitle ?? "—"}
                        </Text>
                      </Table.Td>
                      {showSchool && (
                        <Table.Td>
                          <Text size="sm">{person.school.name}</Text>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <div style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
            <CursorPager
              summary={pageSummary({
                pageIndex: cursors.length - 1,
                size,
                shown: people.length,
                total: connection.totalCount,
                things: (n) => plural(n, "person", "people"),
              })}
              hasPrevious={cursors.length > 1}
              hasNext={connection.pageInfo.hasNextPage}
              onPrevious={() => setCursors(cursors.slice(0, -1))}
              onNext={() => setCursors([...cursors, connection.pageInfo.endCursor ?? null])}
              pageSize={size}
              pageSizes={PAGE_SIZES}
              onPageSizeChange={(next) => {
                setSize(next);
                restart();
              }}
            />
          </div>
        </>
      )}
    </Stack>
  );
}

