// Reading and writing list filters as URL search params, so a view can be bookmarked,
// shared and restored with the back button. Defaults are left out of the URL.

/** Trimmed text, or "" when absent. */
export function readText(params: URLSearchParams, key: string): string {
  return (params.get(key) ?? "").trim();
}

/** A non-empty value or null. */
export function readId(params: URLSearchParams, key: string): string | null {
  const value = readText(params, key);
  return value === "" ? null : value;
}

/** One of `choices`, else `fallback` (a hand-edited URL never breaks the page). */
export function readChoice<T extends string | number>(
  params: URLSearchParams,
  key: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = params.get(key);
  if (raw === null) return fallback;
  return choices.find((c) => String(c) === raw.trim()) ?? fallback;
}

type ParamValue = string | number | null | undefined;

/** Builds params from values, skipping empty ones and those equal to their default. */
export function buildParams(
  values: Record<string, ParamValue>,
  defaults: Record<string, ParamValue> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    const text = String(value).trim();
    if (text === "" || value === defaults[key]) continue;
    params.set(key, text);
  }
  return params;
}
