import type { MockLink } from "@apollo/client/testing";
import { SchoolPickerSearchQuery, SchoolPickerSelectedQuery } from "../features/schools/SchoolPicker";

export interface TestSchool {
  id: string;
  name: string;
  urn: string;
  postcode: string | null;
}

/** `count` schools named "School 001", "School 002", …: more than the picker lists at once. */
export function manySchools(count: number): TestSchool[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    return { id: `s${n}`, name: `School ${n}`, urn: `100${n}`, postcode: `OX${i % 9} 1AB` };
  });
}

const node = (s: TestSchool) => ({ __typename: "School" as const, ...s });

/**
 * Answers the school picker as the server does: a search matches a name anywhere, a whole URN or
 * the start of a postcode, sorted by name, `first` of them; `school(id:)` reads one. Each search
 * term asked (null for none) is recorded in `searches`.
 */
export function schoolPickerMocks(schools: readonly TestSchool[], searches: (string | null)[] = []): MockLink.MockedResponse[] {
  const sorted = [...schools].sort((a, b) => a.name.localeCompare(b.name));
  return [
    {
      request: {
        query: SchoolPickerSearchQuery,
        variables: (v: Record<string, unknown>) => {
          searches.push((v["filter"] as { search?: string } | null)?.search ?? null);
          return true;
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (v: Record<string, unknown>) => {
        const term = ((v["filter"] as { search?: string } | null)?.search ?? "").toLowerCase();
        const compact = term.replace(/\s+/g, "");
        const found = sorted.filter(
          (s) => !term || s.name.toLowerCase().includes(term) || s.urn === compact || (s.postcode ?? "").replace(/\s+/g, "").toLowerCase().startsWith(compact),
        );
        return {
          data: {
            schools: {
              __typename: "SchoolConnection",
              totalCount: found.length,
              edges: found.slice(0, v["first"] as number).map((s) => ({ __typename: "SchoolEdge", node: node(s) })),
            },
          },
        };
      },
    },
    {
      request: { query: SchoolPickerSelectedQuery, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: (v: Record<string, unknown>) => {
        const school = schools.find((s) => s.id === v["id"]);
        return { data: { school: school ? node(school) : null } };
      },
    },
  ];
}
