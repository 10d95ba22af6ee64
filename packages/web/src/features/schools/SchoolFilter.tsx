import { FilterSelect, namedOptions } from "../filters/FilterSelect";

interface Props {
  schools: readonly { id: string; name: string }[];
  value: string | null;
  onChange: (schoolId: string | null) => void;
  width?: number;
}

/** Narrows a list to one school; left out for a school admin, who only ever sees their own. */
export function SchoolFilter({ schools, value, onChange, width = 280 }: Props) {
  return (
    <FilterSelect
      label="School"
      noun="school"
      placeholder="All schools"
      data={namedOptions(schools)}
      value={value}
      onChange={onChange}
      searchable
      width={width}
    />
  );
}
