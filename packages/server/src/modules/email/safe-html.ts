/** A string that is safe to place in HTML text or a double-quoted attribute. */
export type SafeHtml = string & { readonly __safeHtml: true };

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes & < > " ' so a value can't open a tag or leave an attribute. */
export function escapeHtml(value: string): SafeHtml {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char) as SafeHtml;
}

/** Marks HTML we built ourselves from escaped pieces; never call it on outside input. */
export function trustedHtml(html: string): SafeHtml {
  return html as SafeHtml;
}

/**
 * The link for a button: only http(s), so a `javascript:` or `data:` URL can never
 * reach an inbox. Returned normalised (the URL parser percent-encodes spaces etc.).
 */
export function checkLinkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Email link is not a valid URL: use an absolute http(s) URL (got "${url.slice(0, 80)}")`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`Email link must use http or https: use an absolute http(s) URL (got "${parsed.protocol}")`);
  }
  return parsed.href;
}
