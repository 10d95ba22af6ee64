// The pages anyone may open without signing in. The server answers these paths with the public
// app (public.html: a small bundle with no admin screens and no GraphQL client) and every other
// page with the admin app (index.html); the public app picks its screen from the same list.

export const PUBLIC_PAGES = ["/sign-in", "/accept/:token", "/accessibility"] as const;

export type PublicPage = (typeof PUBLIC_PAGES)[number];

export interface PublicPageMatch {
  page: PublicPage;
  /** The `:name` segments of the pattern, decoded. */
  params: Record<string, string>;
}

/** The public page a path shows (a trailing slash allowed, as the admin app's router allows), or null. */
export function matchPublicPage(pathname: string): PublicPageMatch | null {
  const segments = splitPath(pathname);
  if (!segments) return null;
  for (const page of PUBLIC_PAGES) {
    const params = matchSegments(splitPath(page)!, segments);
    if (params) return { page, params };
  }
  return null;
}

export function isPublicPath(pathname: string): boolean {
  return matchPublicPage(pathname) !== null;
}

function splitPath(pathname: string): string[] | null {
  if (!pathname.startsWith("/")) return null;
  const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  return trimmed.split("/").slice(1);
}

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of pattern.entries()) {
    const segment = segments[i]!;
    if (part.startsWith(":")) {
      if (segment === "") return null;
      try {
        params[part.slice(1)] = decodeURIComponent(segment);
      } catch {
        return null; // malformed %-escapes: not a link we sent
      }
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}
