import { Acceptance, ProductLevel } from "@lanyard/shared";
import type { Cohort } from "../../modules/product/cohort.entity.js";
import type { ProductRole } from "../../modules/product/product-role.entity.js";
import type { Product } from "../../modules/product/product.entity.js";
import { addMinutes, TRUST_CREATED, utc } from "./dates.js";
import { Random } from "./random.js";
import type { Phase } from "./schools.js";

interface RoleSpec {
  code: string;
  name: string;
  description: string;
  accessSettings: string[];
}

interface CohortSpec {
  code: string;
  name: string;
  startsAt: string;
  endsAt: string;
}

export interface ProductSpec {
  code: string;
  name: string;
  description: string;
  level: ProductLevel;
  acceptance: Acceptance;
  roles: RoleSpec[];
  cohorts?: CohortSpec[];
  /** For school-level products: the chance a school of each phase subscribes. */
  uptake?: Record<Phase, number>;
}

const everywhere: Record<Phase, number> = { Primary: 1, Secondary: 1, "All-through": 1, Special: 1 };

// Role codes repeat across products on purpose (`teacher`, `viewer`, `admin`, `senior-leader`):
// a bulk invitation applies one role to every product it names (rule 3).
export const CATALOGUE: readonly ProductSpec[] = [
  {
    code: "HR",
    name: "HR and Payroll",
    description: "Staff records, contracts, absence and payslips for everyone employed by the trust.",
    level: ProductLevel.TRUST,
    acceptance: Acceptance.GRANT_EXISTING_USERS,
    roles: [
      { code: "admin", name: "HR administrator", description: "Runs HR for the trust.", accessSettings: ["Edit staff records and contracts", "Run payroll exports", "Manage absence policies"] },
      { code: "manager", name: "Line manager", description: "Manages a team's absence and appraisals.", accessSettings: ["Approve leave for their team", "Record absence", "View their team's records"] },
      { code: "viewer", name: "Employee", description: "Self-service for one's own record.", accessSettings: ["View own payslips", "Request leave", "Update own contact details"] },
    ],
  },
  {
    code: "FIN",
    name: "Finance",
    description: "Budgets, purchase orders and invoices across the trust's schools.",
    level: ProductLevel.TRUST,
    acceptance: Acceptance.REQUIRE_ACCEPTANCE,
    roles: [
      { code: "admin", name: "Finance officer", description: "Keeps the trust's accounts.", accessSettings: ["Post journals", "Approve invoices", "Close the month"] },
      { code: "budget-holder", name: "Budget holder", description: "Spends from a school or department budget.", accessSettings: ["Raise purchase orders", "View budget against actuals"] },
      { code: "viewer", name: "Read only", description: "Sees reports without changing anything.", accessSettings: ["View budget reports"] },
    ],
  },
  {
    code: "MIS",
    name: "Management Information System",
    description: "Pupil records, attendance, behaviour and contacts: the school's system of record.",
    level: ProductLevel.SCHOOL,
    acceptance: Acceptance.GRANT_EXISTING_USERS,
    uptake: everywhere,
    roles: [
      { code: "admin", name: "MIS administrator", description: "Sets the school's MIS up.", accessSettings: ["Manage users and permissions", "Edit pupil records", "Run census returns"] },
      { code: "senior-leader", name: "Senior leader", description: "Sees the whole school.", accessSettings: ["View all pupil records", "Run attendance and behaviour reports"] },
      { code: "teacher", name: "Teacher", description: "Takes registers and records behaviour for their classes.", accessSettings: ["Take registers", "Record behaviour", "View their pupils' records"] },
      { code: "viewer", name: "Office staff", description: "Looks up contacts and attendance.", accessSettings: ["View pupil contacts", "View attendance"] },
    ],
  },
  {
    code: "TRACK",
    name: "Assessment Tracker",
    description: "Teacher assessments and progress across subjects and year groups.",
    level: ProductLevel.SCHOOL,
    acceptance: Acceptance.GRANT_EXISTING_USERS,
    uptake: { Primary: 0.9, Secondary: 0.8, "All-through": 1, Special: 0.6 },
    roles: [
      { code: "admin", name: "Assessment lead", description: "Sets up frameworks and assessment windows.", accessSettings: ["Configure frameworks", "Open and close assessment windows", "Lock data"] },
      { code: "senior-leader", name: "Senior leader", description: "Analyses progress across the school.", accessSettings: ["View all year groups", "Export headline reports"] },
      { code: "teacher", name: "Teacher", description: "Records judgements for their classes.", accessSettings: ["Enter assessments for their classes", "View their pupils' progress"] },
      { code: "viewer", name: "Governor (read only)", description: "Sees summary reports.", accessSettings: ["View summary reports"] },
    ],
  },
  {
    code: "SAFE",
    name: "Safeguarding",
    description: "Records safeguarding and wellbeing concerns and follows them to resolution.",
    level: ProductLevel.SCHOOL,
    acceptance: Acceptance.REQUIRE_ACCEPTANCE,
    uptake: { Primary: 0.9, Secondary: 0.95, "All-through": 1, Special: 1 },
    cohorts: [
      { code: "DSL-SPR27", name: "DSL refresher training, Spring 2027", startsAt: "2027-01-11", endsAt: "2027-03-26" },
      { code: "DSL-AUT26", name: "DSL refresher training, Autumn 2026", startsAt: "2026-09-07", endsAt: "2026-12-11" },
    ],
    roles: [
      { code: "dsl", name: "Designated safeguarding lead", description: "Leads safeguarding in the school.", accessSettings: ["View every concern", "Assign actions", "Make referrals"] },
      { code: "senior-leader", name: "Deputy safeguarding lead", description: "Covers for the DSL.", accessSettings: ["View every concern", "Assign actions"] },
      { code: "teacher", name: "Staff member", description: "Raises concerns.", accessSettings: ["Log a concern", "See concerns they raised"] },
    ],
  },
  {
    code: "CPD",
    name: "CPD Platform",
    description: "Professional development courses, early-career programmes and training records.",
    level: ProductLevel.SCHOOL,
    acceptance: Acceptance.REQUIRE_ACCEPTANCE,
    uptake: { Primary: 0.6, Secondary: 0.7, "All-through": 1, Special: 0.5 },
    cohorts: [
      { code: "AUT26", name: "Autumn 2026 intake", startsAt: "2026-09-01", endsAt: "2026-12-18" },
      { code: "SPR27", name: "Spring 2027 intake", startsAt: "2027-01-05", endsAt: "2027-03-31" },
      { code: "SUM27", name: "Summer 2027 intake", startsAt: "2027-04-19", endsAt: "2027-07-21" },
      { code: "ECT26", name: "Early career teachers 2026 to 2028", startsAt: "2026-09-01", endsAt: "2028-07-21" },
    ],
    roles: [
      { code: "admin", name: "CPD lead", description: "Plans the school's training.", accessSettings: ["Create courses", "Enrol staff", "View training records"] },
      { code: "mentor", name: "Mentor", description: "Supports early-career teachers.", accessSettings: ["View mentees' progress", "Record mentor meetings"] },
      { code: "teacher", name: "Participant", description: "Takes courses.", accessSettings: ["Join courses", "Record reflections", "Download certificates"] },
    ],
  },
  {
    code: "LIB",
    name: "Library",
    description: "The school library's catalogue, loans and reading records.",
    level: ProductLevel.SCHOOL,
    acceptance: Acceptance.GRANT_EXISTING_USERS,
    uptake: { Primary: 0.45, Secondary: 0.8, "All-through": 1, Special: 0.3 },
    roles: [
      { code: "admin", name: "Librarian", description: "Runs the library.", accessSettings: ["Catalogue books", "Manage loans and fines"] },
      { code: "teacher", name: "Teacher", description: "Follows their classes' reading.", accessSettings: ["View class reading records", "Reserve books"] },
      { code: "viewer", name: "Borrower", description: "Borrows books.", accessSettings: ["Search the catalogue", "Reserve books"] },
    ],
  },
  {
    code: "TT",
    name: "Timetabling",
    description: "Builds and publishes the school timetable, cover and room bookings.",
    level: ProductLevel.SCHOOL,
    acceptance: Acceptance.GRANT_EXISTING_USERS,
    uptake: { Primary: 0.1, Secondary: 1, "All-through": 1, Special: 0.2 },
    roles: [
      { code: "admin", name: "Timetabler", description: "Builds the timetable.", accessSettings: ["Edit the timetable", "Publish changes"] },
      { code: "senior-leader", name: "Cover manager", description: "Arranges cover.", accessSettings: ["Assign cover", "Book rooms"] },
      { code: "teacher", name: "Teacher", description: "Sees their own timetable.", accessSettings: ["View own timetable and cover"] },
    ],
  },
];

export interface SeededCatalogue {
  products: Product[];
  roles: ProductRole[];
  cohorts: Cohort[];
  /** Looks up a product's spec, role and cohort rows by code. */
  product(code: string): { product: Product; spec: ProductSpec };
  role(productCode: string, roleCode: string): ProductRole;
  cohort(productCode: string, cohortCode: string): Cohort;
}

export function buildCatalogue(slug: string, trustId: string): SeededCatalogue {
  const random = Random.for(slug, "products");
  const products: Product[] = [];
  const roles: ProductRole[] = [];
  const cohorts: Cohort[] = [];
  const byCode = new Map<string, { product: Product; spec: ProductSpec }>();
  const roleByCode = new Map<string, ProductRole>();
  const cohortByCode = new Map<string, Cohort>();

  CATALOGUE.forEach((spec, index) => {
    const createdAt = addMinutes(TRUST_CREATED, 5 + index);
    const product: Product = {
      id: random.id(createdAt),
      trustId,
      code: spec.code,
      name: spec.name,
      description: spec.description,
      level: spec.level,
      acceptance: spec.acceptance,
      createdAt,
    };
    products.push(product);
    byCode.set(spec.code, { product, spec });
    spec.roles.forEach((role, position) => {
      const row: ProductRole = { id: random.id(createdAt), productId: product.id, position, ...role };
      roles.push(row);
      roleByCode.set(`${spec.code}/${role.code}`, row);
    });
    for (const cohort of spec.cohorts ?? []) {
      const row: Cohort = {
        id: random.id(createdAt),
        productId: product.id,
        code: cohort.code,
        name: cohort.name,
        startsAt: utc(cohort.startsAt),
        endsAt: utc(cohort.endsAt),
      };
      cohorts.push(row);
      cohortByCode.set(`${spec.code}/${cohort.code}`, row);
    }
  });

  const found = <T>(map: Map<string, T>, key: string): T => {
    const value = map.get(key);
    if (!value) throw new Error(`The seed's catalogue has no ${key}`);
    return value;
  };
  return {
    products,
    roles,
    cohorts,
    product: (code) => found(byCode, code),
    role: (productCode, roleCode) => found(roleByCode, `${productCode}/${roleCode}`),
    cohort: (productCode, cohortCode) => found(cohortByCode, `${productCode}/${cohortCode}`),
  };
}
