import { userError, type UserError } from "../../graphql/user-error.js";
import { decoyHash, verifyPassword } from "./password.js";
import type { RateLimitService } from "./rate-limit.service.js";

const WINDOW_MS = 15 * 60 * 1000;
const ATTEMPTS_PER_IP = 30;
const FAILURES_PER_EMAIL = 10;

// One message for a wrong email and a wrong password: it never tells which accounts exist.
export const WRONG_CREDENTIALS = "That email and password don't match. Check them and try again.";
const TOO_MANY = "Too many sign-in attempts. Wait 15 minutes and try again, or ask your trust administrator for help.";

/**
 * A password sign-in's checks, shared by admins and invitees: limits per IP and per email
 * (counted in the database), a decoy hash when the account is unknown so timing reveals
 * nothing, and one vague answer. `scope` keeps each kind of sign-in's counters apart.
 */
export async function checkCredentials<Account extends { passwordHash: string | null }>(
  limits: RateLimitService,
  scope: string,
  email: string,
  password: string,
  ip: string,
  find: () => Promise<Account | null>,
): Promise<{ ok: true; account: Account } | { ok: false; errors: UserError[] }> {
  const emailBucket = `${scope}:email:${email}`;
  const ipAllowed = await limits.consume(`${scope}:ip:${ip}`, ATTEMPTS_PER_IP, WINDOW_MS);
  if (!ipAllowed || (await limits.isBlocked(emailBucket, FAILURES_PER_EMAIL, WINDOW_MS))) {
    return { ok: false, errors: [userError("RATE_LIMITED", TOO_MANY)] };
  }
  const account = await find();
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
  if (!account?.passwordHash || !valid) {
    await limits.consume(emailBucket, FAILURES_PER_EMAIL, WINDOW_MS);
    return { ok: false, errors: [userError("INVALID_CREDENTIALS", WRONG_CREDENTIALS)] };
  }
  await limits.reset(emailBucket);
  return { ok: true, account };
}
