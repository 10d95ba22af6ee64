import type { FastifyRequest } from "fastify";

/**
 * CSRF protection for cookie-authenticated REST routes that change something: the browser
 * must say the request came from our own pages (Sec-Fetch-Site or Origin). Requests with an
 * API key carry no ambient credentials and need no such check.
 */
export function isSameOrigin(headers: Record<string, string | string[] | undefined>, publicUrl: string): boolean {
  if (headers.authorization) return true;
  const site = headers["sec-fetch-site"];
  if (site === "same-origin" || site === "none") return true;
  if (site) return false;
  const origin = headers.origin;
  if (typeof origin !== "string") return false;
  const host = headers.host;
  return origin === new URL(publicUrl).origin || (typeof host === "string" && origin.replace(/^https?:\/\//, "") === host);
}

/** Whether a REST request must be refused as cross-site: only changes are checked. */
export function isCrossSiteChange(request: FastifyRequest, publicUrl: string): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return false;
  return !isSameOrigin(request.headers, publicUrl);
}

export const CROSS_SITE_REFUSAL = { error: "This request did not come from Lanyard's own pages; open Lanyard and try again there." };
