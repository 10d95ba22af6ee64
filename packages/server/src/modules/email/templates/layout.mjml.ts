import { escapeHtml } from "../safe-html.js";
import type { EmailCopy } from "./copy.js";

// Colours chosen for contrast: body text #1f2937 on white is 14.7:1, button text on
// #1d4ed8 is 6.7:1, footer #4b5563 on #f3f4f6 is 6.8:1 (WCAG AA needs 4.5:1).
const BRAND = "#1e3a5f";
const BUTTON = "#1d4ed8";
const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/**
 * The MJML for one kind of email. Copy is ours but still escaped, so an "&" in wording
 * can't break the markup; `{{slots}}` pass through escaping untouched.
 */
export function mjmlLayout(copy: EmailCopy): string {
  const text = (value: string) => escapeHtml(value);
  const notice = copy.notice
    ? `<mj-text container-background-color="#fef3c7" padding="12px 16px">${text(copy.notice)}</mj-text>
        <mj-spacer height="12px" />`
    : "";
  return mjmlFrame({
    preview: text(copy.preview),
    body: `<mj-text font-size="24px" font-weight="700" line-height="1.3" padding="0 0 16px"><h1 style="margin:0;font-size:24px;">${text(copy.heading)}</h1></mj-text>
        <mj-text>{{greeting}}</mj-text>
        <mj-text>${text(copy.intro)}</mj-text>
        <mj-text padding="0 0 16px">{{items}}</mj-text>
        ${notice}
        <mj-text>${text(copy.expiry)}</mj-text>
        ${copy.button ? mjmlButton(text(copy.button)) : ""}`,
    footer: text(copy.footer),
  });
}

/** The button to `{{url}}`, with the link written out for mail clients that drop buttons. */
export function mjmlButton(label: string): string {
  return `<mj-button href="{{url}}" background-color="${BUTTON}" color="#ffffff" font-size="16px" font-weight="600" inner-padding="14px 28px" border-radius="6px" padding="16px 0 8px" align="left">${label}</mj-button>
        <mj-text font-size="14px" color="#4b5563">If the button doesn't work, copy this link into your browser:<br /><a href="{{url}}" style="color:${BUTTON};word-break:break-all;">{{url}}</a></mj-text>`;
}

/**
 * What every Lanyard email shares: the trust's band, a white card holding `body`, a footer.
 * `preview`, `body` and `footer` are MJML already escaped (or `{{slots}}`).
 */
export function mjmlFrame(parts: { preview: string; body: string; footer: string }): string {
  return `<mjml lang="en-GB">
  <mj-head>
    <mj-title>{{subject}}</mj-title>
    <mj-preview>${parts.preview}</mj-preview>
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
        ${parts.body}
      </mj-column>
    </mj-section>
    <mj-section padding="16px 24px 32px">
      <mj-column>
        <mj-text font-size="13px" color="#4b5563">${parts.footer}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}
