import type { Staff } from "../../modules/staff/staff.entity.js";
import { addDays, addMinutes, FIRST_ROSTER_SYNC, LAST_ROSTER_SYNC, utc } from "./dates.js";
import { FIRST_NAMES, LAST_NAMES } from "./names.js";
import { Random } from "./random.js";
import type { Phase, SeededSchool } from "./schools.js";

/** What kind of work a job is: decides which products and roles the person is given. */
export type JobGroup = "leader" | "send" | "teacher" | "support" | "office" | "business" | "site";
type Job = readonly [title: string, group: JobGroup];

const LEADERSHIP: readonly Job[] = [
  ["Headteacher", "leader"],
  ["Deputy Headteacher", "leader"],
  ["SENCo", "send"],
  ["School Business Manager", "business"],
  ["Office Manager", "office"],
  ["Site Manager", "site"],
];
const SECONDARY_POSTS: readonly Job[] = [
  ...LEADERSHIP,
  ["Head of Year 7", "leader"], ["Head of Year 8", "leader"], ["Head of Year 9", "leader"],
  ["Head of Year 10", "leader"], ["Head of Year 11", "leader"],
  ["Head of English", "leader"], ["Head of Mathematics", "leader"], ["Head of Science", "leader"],
  ["Exams Officer", "office"], ["Data Manager", "office"], ["Designated Safeguarding Lead", "send"],
];
/** Posts every school of the phase has once. */
const POSTS: Record<Phase, readonly Job[]> = {
  Primary: LEADERSHIP,
  Secondary: SECONDARY_POSTS,
  "All-through": [...SECONDARY_POSTS, ["Head of Primary Phase", "leader"]],
  Special: [...LEADERSHIP, ["Speech and Language Therapist", "support"], ["School Nurse", "support"]],
};

const PRIMARY_ROLES: readonly (readonly [Job, number])[] = [
  [["Class Teacher", "teacher"], 30],
  [["Teaching Assistant", "support"], 26],
  [["Higher Level Teaching Assistant", "support"], 5],
  [["Early Years Practitioner", "support"], 4],
  [["Lunchtime Supervisor", "support"], 7],
  [["Assistant Headteacher", "leader"], 2],
  [["Learning Mentor", "support"], 2],
  [["Family Support Worker", "support"], 1],
  [["Administrator", "office"], 4],
  [["Cleaner", "site"], 4],
  [["Cook", "site"], 2],
  [["Music Teacher", "teacher"], 1],
  [["Sports Coach", "teacher"], 1],
];
const SECONDARY_ROLES: readonly (readonly [Job, number])[] = [
  [["Teacher of English", "teacher"], 6],
  [["Teacher of Mathematics", "teacher"], 6],
  [["Teacher of Science", "teacher"], 6],
  [["Teacher of History", "teacher"], 2],
  [["Teacher of Geography", "teacher"], 2],
  [["Teacher of Modern Foreign Languages", "teacher"], 2],
  [["Teacher of PE", "teacher"], 2],
  [["Teacher of Computing", "teacher"], 1],
  [["Teacher of Art", "teacher"], 1],
  [["Teacher of Music", "teacher"], 1],
  [["Teacher of Religious Education", "teacher"], 1],
  [["Teacher of Design and Technology", "teacher"], 1],
  [["Assistant Headteacher", "leader"], 1.5],
  [["Teaching Assistant", "support"], 9],
  [["Learning Support Assistant", "support"], 4],
  [["Cover Supervisor", "support"], 3],
  [["Pastoral Manager", "support"], 2],
  [["Science Technician", "site"], 2],
  [["IT Technician", "site"], 1],
  [["Librarian", "office"], 0.7],
  [["Attendance Officer", "office"], 1],
  [["Administrator", "office"], 4],
  [["Careers Adviser", "support"], 0.6],
  [["Cleaner", "site"], 3],
  [["Catering Assistant", "site"], 2],
];
const SPECIAL_ROLES: readonly (readonly [Job, number])[] = [
  [["Class Teacher", "teacher"], 20],
  [["Teaching Assistant", "support"], 30],
  [["Higher Level Teaching Assistant", "support"], 6],
  [["Occupational Therapist", "support"], 1],
  [["Midday Supervisor", "support"], 5],
  [["Administrator", "office"], 3],
  [["Minibus Driver", "site"], 2],
  [["Cleaner", "site"], 2],
];
const ROLES: Record<Phase, readonly (readonly [Job, number])[]> = {
  Primary: PRIMARY_ROLES,
  Secondary: SECONDARY_ROLES,
  "All-through": [...PRIMARY_ROLES, ...SECONDARY_ROLES],
  Special: SPECIAL_ROLES,
};

/** Relative roster size: secondaries employ about two and a half times a primary's staff. */
const SIZE: Record<Phase, number> = { Primary: 1, Secondary: 2.6, "All-through": 3.2, Special: 0.9 };

export interface SeededStaff {
  staff: Staff;
  group: JobGroup;
}

/** The rosters: `total` people shared among the schools by their size, as one flat list. */
export function buildStaff(input: {
  slug: string;
  trustId: string;
  schools: readonly SeededSchool[];
  total: number;
}): SeededStaff[] {
  const sizes = shareOut(
    input.total,
    input.schools.map(({ phase }, index) => SIZE[phase] * (0.85 + 0.3 * Random.for(input.slug, "roster-size", index).next())),
  );
  return input.schools.flatMap((school, index) => buildRoster(input, school, index, sizes[index]!));
}

function buildRoster(
  input: { slug: string; trustId: string },
  { school, phase, domain }: SeededSchool,
  schoolIndex: number,
  size: number,
): SeededStaff[] {
  const random = Random.for(input.slug, "staff", schoolIndex);
  const emails = new Map<string, number>();
  let misId = random.int(1000, 4999);
  const posts = POSTS[phase].slice(0, size);
  const rows: SeededStaff[] = [];
  for (let i = 0; i < size; i++) {
    const [jobTitle, group] = posts[i] ?? random.weighted(ROLES[phase]);
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const local = `${emailPart(firstName)}.${emailPart(lastName)}`;
    const seen = (emails.get(local) ?? 0) + 1;
    emails.set(local, seen);
    // Most people arrived with the first MIS sync; the rest joined since, overnight.
    const createdAt = random.chance(0.85)
      ? new Date(addMinutes(FIRST_ROSTER_SYNC, schoolIndex).getTime() + i * 50)
      : addMinutes(random.between(utc("2025-09-01T02:00:00"), addDays(LAST_ROSTER_SYNC, -1)), random.int(0, 50));
    const updatedAt = random.chance(0.25) ? random.between(createdAt, LAST_ROSTER_SYNC) : createdAt;
    misId += random.int(1, 9);
    rows.push({
      group,
      staff: {
        id: random.id(createdAt),
        trustId: input.trustId,
        schoolId: school.id,
        misId: String(misId),
        firstName,
        lastName,
        email: `${local}${seen > 1 ? seen : ""}@${domain}`,
        jobTitle,
        createdAt,
        updatedAt,
      },
    });
  }
  return rows;
}

/** "O'Brien" → "obrien", "Smith-Jones" → "smith-jones". */
export function emailPart(name: string): string {
  return name.toLowerCase().replace(/[^a-z-]/g, "");
}

/** Whole numbers in proportion to the weights that add up to exactly `total`. */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    shares[i]!++;
  }
  return shares;
}
