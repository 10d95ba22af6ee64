import { PASSWORD_MIN_LENGTH } from "@lanyard/shared";

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;

export interface PasswordStrength {
  level: StrengthLevel;
  label: string;
  color: string;
}

const LABELS: Record<StrengthLevel, [string, string]> = {
  0: ["Too short", "red"],
  1: ["Weak", "red"],
  2: ["Fair", "orange"],
  3: ["Good", "teal"],
  4: ["Strong", "green"],
};

// Words people reach for first; a password built on one is easy to guess whatever its length.
const GUESSABLE = ["password", "passw0rd", "qwerty", "123456", "letmein", "welcome", "lanyard", "school", "teacher"];

/**
 * A rough guide for the meter, not a rule: the server's only rules are passwordSchema's (length, variety).
 * `personal` are the person's names and email, which make a password easy to guess.
 */
export function passwordStrength(password: string, personal: readonly string[] = []): PasswordStrength {
  const level = score(password, personal);
  const [label, color] = LABELS[level];
  return { level, label, color };
}

function score(password: string, personal: readonly string[]): StrengthLevel {
  if (password.length < PASSWORD_MIN_LENGTH) return 0;
  const lower = password.toLowerCase();
  const words = [...GUESSABLE, ...personal.flatMap((p) => p.toLowerCase().split(/[@.\s_-]+/)).filter((w) => w.length >= 3)];
  if (new Set(password).size < 5 || words.some((w) => lower.includes(w))) return 1;

  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((k) => k.test(password)).length;
  let level = 1;
  if (kinds >= 2 || password.length >= 16) level += 1;
  if (kinds >= 3 || password.length >= 20) level += 1;
  if ((kinds >= 3 && password.length >= 16) || password.length >= 24) level += 1;
  return Math.min(level, 4) as StrengthLevel;
}
