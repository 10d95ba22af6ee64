import { emailSchema } from "@lanyard/shared";

export interface EmailProblem {
  /** The text as typed, so the person can find it. */
  value: string;
  message: string;
}

export interface ParsedEmails {
  /** Normalised (trimmed, lower-cased), each once, in the order typed. */
  emails: string[];
  problems: EmailProblem[];
  /** Entries dropped because the same address came earlier. */
  duplicates: number;
}

// Address books paste as "Jane Smith <jane@school.org.uk>; …": the address is what's in the brackets.
const ANGLE_ADDRESS = /<([^<>]*)>/;

/** Reads a pasted list: one address a line, or separated by commas or semicolons. */
export function parseEmailList(text: string): ParsedEmails {
  const seen = new Set<string>();
  const result: ParsedEmails = { emails: [], problems: [], duplicates: 0 };
  for (const raw of text.split(/[\n\r,;]+/)) {
    const entry = raw.trim();
    if (entry === "") continue;
    const candidate = ANGLE_ADDRESS.exec(entry)?.[1] ?? entry;
    const parsed = emailSchema.safeParse(candidate);
    if (!parsed.success) {
      result.problems.push({ value: entry, message: parsed.error.issues[0]?.message ?? "Not an email address" });
    } else if (seen.has(parsed.data)) {
      result.duplicates += 1;
    } else {
      seen.add(parsed.data);
      result.emails.push(parsed.data);
    }
  }
  return result;
}
