// The columns the School type shows, shared by its loader and by lists that join schools in.
import type { ColumnMap } from "../../db/raw.js";
import type { School } from "./school.entity.js";

export type SchoolRow = Pick<School, "id" | "trustId" | "urn" | "name" | "postcode" | "localAuthority" | "phase">;
export const SCHOOL_COLUMNS: ColumnMap<SchoolRow> = {
  id: "id",
  trustId: "trust_id",
  urn: "urn",
  name: "name",
  postcode: "postcode",
  localAuthority: "local_authority",
  phase: "phase",
};
