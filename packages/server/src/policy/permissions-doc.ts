import { CALLER_KINDS, CALLER_NAMES } from "./callers.js";
import { HTTP_PERMISSIONS, PERMISSIONS, type Access } from "./permissions.js";

/** PERMISSIONS.md: the permission table as a person reads it. */
export function renderPermissions(): string {
  const table = (first: string, entries: ReadonlyMap<string, Readonly<Record<string, Access>>>) =>
    [
      `| ${first} | ${CALLER_KINDS.map((k) => CALLER_NAMES[k]).join(" | ")} |`,
      `|---|${CALLER_KINDS.map(() => "---").join("|")}|`,
      ...[...entries].map(([name, row]) => `| \`${name}\` | ${CALLER_KINDS.map((k) => row[k]).join(" | ")} |`),
    ].join("\n");
  return `# Who may do what

Printed from \`permissions.ts\` (a test fails when this file is stale; \`UPDATE_PERMISSIONS=1 pnpm --filter @lanyard/server exec vitest run --project unit src/policy\` reprints it).
The gate (\`src/graphql/gate.ts\`) refuses each call the table refuses, before any resolver runs; an
operation missing from the table is refused to everyone. \`permissions.test.ts\` calls every
operation as every kind of caller and checks the answer against this table.

- **trust**: everything of the caller's trust; nothing of another trust is ever found.
- **own school**: only what lies in the school admin's school, as each area's policy says:
  - schools, staff: their school and its roster; products: school-level products only;
  - users and accesses: accesses at their school (a trust-level access is managed by the trust);
  - invitations (lists, counts, the organisation view, one by id): those holding an item at their
    school; their other items show as managed by the trust (\`viewerCanManage: false\`), with the
    product's name and no school;
  - inviting: their school's staff, to school-level products at their school (anything else is
    skipped with \`NOT_ALLOWED\`);
  - resend and cancel: only invitations whose every item still to be taken up is at their school;
    any other selected invitation is left as it is and reported with \`NOT_ALLOWED\`
    (\`InvitationConnection.manageableCount\` counts the ones they may change);
  - the mailbox: emails about the invitations they see.
- **own**: the caller's own sign-in, or their trust's own record.
- **public**: anyone, signed in or not.
- **no**: refused with \`FORBIDDEN\`, nothing changed.
- **sign in**: refused with \`UNAUTHENTICATED\` until the caller signs in or sends an API key.

${table("operation", PERMISSIONS)}

## HTTP routes

The CSV routes under \`/api\` (\`src/http/\`) ask the same question of \`httpPermission\` before
they read anything: refused with \`401\` (sign in) or \`403\` (no) and a JSON \`{"error": "..."}\`.
A school admin's "own school" is what the invitation list shows them (\`invitation.policy.ts\`).

${table("route", HTTP_PERMISSIONS)}
`;
}
