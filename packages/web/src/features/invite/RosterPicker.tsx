import { useQuery } from "@apollo/client/react";
import { Checkbox, Stack, Table } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { ListError } from "../api/ListError";
import { ConnectionPager } from "../filters/ConnectionPager";
import { PAGE_SIZES, type PageSize } from "../filters/paging";
import { SearchInput } from "../filters/SearchInput";
import { useLocalCursorPaging } from "../filters/useCursorPaging";
import { SchoolPicker } from "../schools/SchoolPicker";
import { StaffCells, StaffCellsFragment, staffCellColumns } from "../staff/StaffCells";
import { getFragmentData, graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { FilterBar } from "../../ui/FilterBar";
import { plural } from "../../ui/format";
import { TableSkeleton } from "../../ui/TableSkeleton";
import type { PickedStaff } from "./draft";
import { TableScroll } from "../../ui/TableScroll";

export const InviteRosterQuery = graphql(`
  query InviteRoster($first: Int!, $after: String, $filter: StaffFilter) {
    staff(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...ConnectionPager_pageInfo
      }
      edges {
        node {
          ...StaffCells_staff
        }
      }
    }
  }
`);

interface Props {
  /** Only people who don't use this product yet (nor hold an open invitation to it). */
  productId: string;
  productName: string;
  ownSchoolId: string | null;
  picked: readonly PickedStaff[];
  onPick: (people: PickedStaff[], on: boolean) => void;
}

/** The roster, filtered to people not yet using the product, with a tick per person and per page. */
export function RosterPicker({ productId, productName, ownSchoolId, picked, onPick }: Props) {
  const [search, setSearch] = useState("");
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const [size, setSize] = useState<PageSize>(PAGE_SIZES[0]);
  const paging = useLocalCursorPaging();
  const { after, restart } = paging;

  const filter = {
    notUserOfProduct: productId,
    ...(search ? { search } : {}),
    ...((ownSchoolId ?? schoolId) ? { schoolId: ownSchoolId ?? schoolId } : {}),
  };
  const { data, error, loading, refetch } = useQuery(InviteRosterQuery, { variables: { first: size, after, filter } });
  const connection = data?.staff;
  const nodes = connection?.edges.map((e) => e.node) ?? [];
  const people = getFragmentData(StaffCellsFragment, nodes);
  const pickedIds = new Set(picked.map((p) => p.id));
  const pickedHere = people.filter((p) => pickedIds.has(p.id)).length;
  const showSchool = !ownSchoolId;

  return (
    <Stack gap={0}>
      <FilterBar>
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
          <SchoolPicker
            value={schoolId}
            onChange={(next) => {
              setSchoolId(next);
              restart();
            }}
          />
        )}
      </FilterBar>

      {error ? (
        <ListError title="The roster couldn't be loaded" error={error} onRetry={refetch} />
      ) : loading || !connection ? (
        <TableSkeleton columns={["", ...staffCellColumns(showSchool)]} rows={6} />
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
          <TableScroll label="Staff who don't use the product yet" minWidth={720}>
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
                  {staffCellColumns(showSchool).map((c) => (
                    <Table.Th key={c}>{c}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {nodes.map((node) => {
                  const person = getFragmentData(StaffCellsFragment, node);
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
                      <StaffCells person={node} showSchool={showSchool} avatarSize={30} />
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <ConnectionPager
            connection={connection}
            paging={paging}
            size={size}
            onSizeChange={(next) => {
              setSize(next);
              restart();
            }}
            things={(n) => plural(n, "person", "people")}
          />
        </>
      )}
    </Stack>
  );
}

