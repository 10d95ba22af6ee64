// The "import finished" email to the admin who uploaded a CSV file (rule 10): the same
// brand frame as the invitation emails, its own wording. `{{slots}}` are filled per email
// with escaped values (modules/import/import-finished.ts).

const BRAND = "#1e3a5f";
const BUTTON = "#1d4ed8";
const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export const IMPORT_FINISHED_SLOTS = ["subject", "trustName", "heading", "summary", "counts", "next", "url", "filename"] as const;
export type ImportFinishedSlot = (typeof IMPORT_FINISHED_SLOTS)[number];

export const IMPORT_FINISHED_MJML = `<mjml lang="en-GB">
  <mj-head>
    <mj-title>{{subject}}</mj-title>
    <mj-preview>{{summary}}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="16px" line-height="1.5" color="#1f2937" padding="0 0 12px" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f3f4f6" width="600px">
    <mj-section background-color="${BRAND}" padding="20px 24px">
      <mj-column>
        <mj-text color="#ffffff" font-size="20px" font-weight="700" padding="0">{{trustName}}</mj-text>
        <mj-text color="#dbeafe" font-size="14px" padding="4px 0 0">Staff access, via Lanyard</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" padding="28px 24px 20px">
      <mj-column>
        <mj-text font-size="24px" font-weight="700" line-height="1.3" padding="0 0 16px"><h1 style="margin:0;font-size:24px;">{{heading}}</h1></mj-text>
        <mj-text>{{summary}}</mj-text>
        <mj-text padding="0 0 16px">{{counts}}</mj-text>
        <mj-text>{{next}}</mj-text>
        <mj-button href="{{url}}" background-color="${BUTTON}" color="#ffffff" font-size="16px" font-weight="600" inner-padding="14px 28px" border-radius="6px" padding="16px 0 8px" align="left">Open the import</mj-button>
        <mj-text font-size="14px" color="#4b5563">If the button doesn't work, copy this link into your browser:<br /><a href="{{url}}" style="color:${BUTTON};word-break:break-all;">{{url}}</a></mj-text>
      </mj-column>
    </mj-section>
    <mj-section padding="16px 24px 32px">
      <mj-column>
        <mj-text font-size="13px" color="#4b5563">You're receiving this email because you uploaded {{filename}} to Lanyard for {{trustName}}.</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

export const IMPORT_FINISHED_TEXT = `{{heading}}

{{summary}}

{{counts}}

{{next}}

Open the import:
{{url}}

--
You're receiving this email because you uploaded {{filename}} to Lanyard for {{trustName}}.
`;
