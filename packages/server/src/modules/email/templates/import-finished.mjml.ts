// The "import finished" email to the admin who uploaded a CSV file (rule 10): the same
// brand frame as the invitation emails, its own wording. `{{slots}}` are filled per email
// with escaped values (modules/import/import-finished.ts).
import { mjmlButton, mjmlFrame } from "./layout.mjml.js";

export const IMPORT_FINISHED_SLOTS = ["subject", "trustName", "heading", "summary", "counts", "next", "url", "filename"] as const;
export type ImportFinishedSlot = (typeof IMPORT_FINISHED_SLOTS)[number];

export const IMPORT_FINISHED_MJML = mjmlFrame({
  preview: "{{summary}}",
  body: `<mj-text font-size="24px" font-weight="700" line-height="1.3" padding="0 0 16px"><h1 style="margin:0;font-size:24px;">{{heading}}</h1></mj-text>
        <mj-text>{{summary}}</mj-text>
        <mj-text padding="0 0 16px">{{counts}}</mj-text>
        <mj-text>{{next}}</mj-text>
        ${mjmlButton("Open the import")}`,
  footer: "You're receiving this email because you uploaded {{filename}} to Lanyard for {{trustName}}.",
});

export const IMPORT_FINISHED_TEXT = `{{heading}}

{{summary}}

{{counts}}

{{next}}

Open the import:
{{url}}

--
You're receiving this email because you uploaded {{filename}} to Lanyard for {{trustName}}.
`;
