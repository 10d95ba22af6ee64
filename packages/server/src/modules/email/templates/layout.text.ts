import type { EmailCopy } from "./copy.js";

/** The plain-text part: the same wording, the link written out in full. */
export function textLayout(copy: EmailCopy): string {
  return [
    copy.heading,
    "{{greeting}}",
    copy.intro,
    "{{items}}",
    copy.notice,
    copy.expiry,
    copy.button ? `${copy.button}:\n{{url}}` : null,
    `--\n${copy.footer}`,
  ]
    .filter((block): block is string => block !== null)
    .join("\n\n")
    .concat("\n");
}
