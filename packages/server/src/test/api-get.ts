import type { Caller, TestServer } from "./server.js";

export interface ApiAnswer {
  status: number;
  contentType: string | null;
  disposition: string | null;
  text: string;
}

/** A GET of an /api route as this caller (a cookie or an API key), like any HTTP client. */
export async function apiGet(server: TestServer, path: string, caller: Caller = {}): Promise<ApiAnswer> {
  const headers: Record<string, string> = {};
  if (caller.apiKey) headers.authorization = `Bearer ${caller.apiKey}`;
  if (caller.cookie) headers.cookie = caller.cookie;
  const response = await fetch(`${server.url}${path}`, { headers });
  return { status: response.status, contentType: response.headers.get("content-type"), disposition: response.headers.get("content-disposition"), text: await response.text() };
}

/** A CSV answer as rows of cells (no cell of these tests holds a comma, quote or newline). */
export const csvRows = (text: string) => text.split("\r\n").filter((line) => line !== "").map((line) => line.split(","));
