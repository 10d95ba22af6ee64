import type { School } from "../../modules/school/school.entity.js";
import { addMinutes, TRUST_CREATED } from "./dates.js";
import { SAINTS, saintly } from "./names.js";
import { PLACE_WORDS, postcode, type Region } from "./places.js";
import { Random } from "./random.js";
import { trustDomain } from "./trust.js";

export type Phase = "Primary" | "Secondary" | "All-through" | "Special";

export interface SeededSchool {
  school: School;
  phase: Phase;
  /** Staff emails are firstname.lastname@domain. */
  domain: string;
}

type Namer = (place: string, random: Random) => string;

const church = (kind: string): Namer => (_place, random) => `${saintly(random.pick(SAINTS))} ${kind}`;

const NAMES: Record<Phase, readonly (readonly [Namer, number])[]> = {
  Primary: [
    [(p) => `${p} Primary Academy`, 5],
    [(p) => `${p} Primary School`, 3],
    [(p) => `${p} Community Primary School`, 1],
    [(p) => `${p} Infant and Nursery School`, 1],
    [(p) => `${p} Junior Academy`, 1],
    [church("Church of England Primary Academy"), 2],
    [church("Catholic Primary School"), 1],
  ],
  Secondary: [
    [(p) => `${p} Academy`, 4],
    [(p) => `${p} High School`, 3],
    [(p) => `${p} Secondary School`, 1],
    [church("Catholic High School"), 1],
    [church("Church of England Academy"), 1],
  ],
  "All-through": [
    [(p) => `${p} Academy`, 2],
    [(p) => `${p} Learning Campus`, 1],
  ],
  Special: [
    [(p) => `${p} School`, 2],
    [(p) => `${p} Specialist Inclusive Learning Centre`, 1],
  ],
};

// Academy URNs from Get Information About Schools sit in this range.
const URN_MIN = 136_000;
const URN_MAX = 149_999;

export function buildSchools(input: {
  slug: string;
  trustId: string;
  region: Region;
  count: number;
  /** URNs are unique across the platform: those already in the database are avoided. */
  takenUrns: ReadonlySet<string>;
}): SeededSchool[] {
  const random = Random.for(input.slug, "schools");
  const domain = trustDomain(input.slug);
  // The trust grew from its first local authority, so most schools are there.
  const authorities = input.region.authorities.map((la, i) => [la, i === 0 ? 3 : 1] as const);
  const urns = new Set(input.takenUrns);
  const names = new Set<string>();
  const keys = new Set<string>();

  return phasePlan(input.count, random).map((phase, index) => {
    const authority = random.weighted(authorities);
    let name = "";
    let outward = "";
    for (let attempt = 0; attempt < 100 && (name === "" || names.has(name)); attempt++) {
      const [area, areaOutward] = random.pick(authority.areas);
      const place = random.chance(0.55) ? area : random.pick(PLACE_WORDS);
      name = random.weighted(NAMES[phase])(place, random);
      outward = areaOutward;
    }
    if (names.has(name)) name = `${name} ${index + 1}`;
    names.add(name);

    const key = uniqueKey(schoolKey(name), keys);
    const createdAt = addMinutes(TRUST_CREATED, 10 + index);
    return {
      phase,
      domain: `${key}.${domain}`,
      school: {
        id: random.id(createdAt),
        trustId: input.trustId,
        urn: freeUrn(random, urns),
        name,
        postcode: postcode(random, outward),
        localAuthority: authority.name,
        phase,
        createdAt,
      },
    };
  });
}

/** Mostly primaries and secondaries, with at least one all-through and one special school. */
function phasePlan(count: number, random: Random): Phase[] {
  const special = Math.max(1, Math.round(count * 0.05));
  const allThrough = Math.max(1, Math.round(count * 0.04));
  const secondary = Math.max(1, Math.round(count * 0.25));
  const primary = Math.max(0, count - special - allThrough - secondary);
  const phases: Phase[] = [
    ...Array<Phase>(primary).fill("Primary"),
    ...Array<Phase>(secondary).fill("Secondary"),
    ...Array<Phase>(allThrough).fill("All-through"),
    ...Array<Phase>(special).fill("Special"),
  ];
  return random.shuffle(phases).slice(0, count);
}

function freeUrn(random: Random, taken: Set<string>): string {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const urn = String(random.int(URN_MIN, URN_MAX));
    if (!taken.has(urn)) {
      taken.add(urn);
      return urn;
    }
  }
  throw new Error(`No free URN left between ${URN_MIN} and ${URN_MAX} for the seed`);
}

/** "St Aidan's Church of England Primary Academy" → "st-aidans-ce-primary". */
function schoolKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/church of england/g, "ce")
    .replace(/catholic/g, "rc")
    .replace(/'/g, "")
    .replace(/\b(the|academy|school|community|and|nursery|learning|centre|campus)\b/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function uniqueKey(key: string, keys: Set<string>): string {
  let candidate = key || "school";
  for (let n = 2; keys.has(candidate); n++) candidate = `${key}-${n}`;
  keys.add(candidate);
  return candidate;
}
