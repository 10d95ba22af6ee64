import { normaliseEmail } from "@lanyard/shared";
import type { Trust } from "../../modules/trust/trust.entity.js";
import { TRUST_CREATED } from "./dates.js";
import { REGIONS, type Region } from "./places.js";
import { Random } from "./random.js";

export const DEMO_SLUG = "demo";

const TRUST_NAME_STEMS = [
  "Pennine", "Three Rivers", "White Rose", "Aire Valley", "Northern Star", "Heartwood", "Moorland",
  "Evergreen", "Ridgeway", "Summit", "Compass", "Beacon", "Horizon", "Riverbank", "Harvest",
  "Lighthouse", "Meridian", "Kestrel", "Hollybank", "Greenacre",
] as const;
const TRUST_NAME_ENDINGS = [
  "Learning Trust", "Academy Trust", "Education Trust", "Schools Partnership", "Learning Partnership",
  "Academies Trust", "Multi-Academy Trust",
] as const;

/**
 * The seeded data's emails all end in `<slug>.lanyard.test`: `.test` can never reach a real
 * mailbox, and the slug keeps two seeded trusts' people (and platform accounts) apart.
 */
export function trustDomain(slug: string): string {
  return normaliseEmail(`${slug}.lanyard.test`);
}

export interface SeededTrust {
  trust: Trust;
  region: Region;
}

export function buildTrust(slug: string): SeededTrust {
  const random = Random.for(slug, "trust");
  const isDemo = slug === DEMO_SLUG;
  const name = isDemo ? "Oakwood Learning Trust" : `${random.pick(TRUST_NAME_STEMS)} ${random.pick(TRUST_NAME_ENDINGS)}`;
  const region = isDemo ? REGIONS[0]! : random.pick(REGIONS);
  return {
    region,
    trust: {
      id: random.id(TRUST_CREATED),
      slug,
      name,
      defaultInviteExpiryDays: 14,
      // Organisation approval off, so a small seed's invitations email at once (CONTRACT.md).
      requiresSchoolApproval: false,
      reminderDays: [],
      createdAt: TRUST_CREATED,
    },
  };
}
