const HOME = "/";

/**
 * Where the admin app opens after signing in: the page the person was sent away from, if it is a
 * page of this site (never another site's address, never the sign-in page again), else the Dashboard.
 */
export function landingAfterSignIn(from: unknown): string {
  if (typeof from !== "string" || !from.startsWith("/")) return HOME;
  // "//host" and "/\host" are other sites to a browser.
  if (from.startsWith("//") || from.startsWith("/\\")) return HOME;
  if (from === "/sign-in" || from.startsWith("/sign-in/") || from.startsWith("/sign-in?")) return HOME;
  return from;
}
