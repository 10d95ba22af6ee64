import mjmlModule from "mjml";

type Mjml2Html = typeof mjmlModule;

// mjml is CommonJS (`module.exports = mjml2html`); Node's ESM loader hands us the function,
// but a bundler or test transform may wrap it in `{ default }`. Accept both.
const mjml2html: Mjml2Html =
  typeof mjmlModule === "function" ? mjmlModule : (mjmlModule as unknown as { default: Mjml2Html }).default;

/** Counts compilations so tests can prove that rendering never calls mjml. */
export const mjmlStats = { compilations: 0 };

/**
 * Compiles MJML to HTML, throwing on any validation error: a broken template must stop
 * the server at start, not send a half-rendered email later.
 */
export async function compileMjml(source: string): Promise<string> {
  mjmlStats.compilations += 1;
  // "strict" throws a ValidationError itself; fonts: {} keeps Google Fonts links out of
  // the email (we use the reader's system fonts).
  const { html, errors } = await mjml2html(source, { validationLevel: "strict", fonts: {}, keepComments: false });
  if (errors.length > 0) {
    throw new Error(`MJML template is invalid: ${errors.map((e) => e.formattedMessage).join("; ")}`);
  }
  return html;
}
