import type { AddressInfo } from "node:net";
import { createApp, type App } from "../app.js";
import { loadConfig, type Config } from "../config.js";
import { migrate, openDatabase, type Database } from "../db/data-source.js";
import { createTestDatabase } from "./database.js";
import { createMailTransport, type MailTransport } from "../modules/email/mail-transport.js";
import type { OutboxWorkerOptions } from "../modules/email/outbox-worker.js";
import { createWorker } from "../worker.js";

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: (string | number)[] }[];
  headers: Headers;
}

export interface Caller {
  /** An API key, sent as a Bearer token. */
  apiKey?: string;
  /** A session cookie header value, as returned by signIn. */
  cookie?: string;
}

export interface TestServer {
  url: string;
  app: App;
  db: Database;
  config: Config;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResponse<T>>;
  signIn(email: string, password: string): Promise<string>;
  /** One pass of this server's background work (the invitation clock, then the outbox) to SMTP_URL or the mailbox. */
  work(options?: OutboxWorkerOptions): Promise<{ sent: number; failed: number }>;
  close(): Promise<void>;
}

/**
 * A real server on a free port over a database of its own: tests go through HTTP like any client.
 * `webRoot`: a built browser app to serve (none by default).
 */
export async function startTestServer(env: Record<string, string> = {}, { webRoot = null }: { webRoot?: string | null } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: database.url, PORT: "0", ...env });
  const db = await openDatabase(config.database);
  await migrate(db);
  const app = await createApp({ config, db, webRoot, logger: process.env.TEST_LOG ? { level: "error", transport: undefined } : false });
  await app.http.listen({ port: 0, host: "127.0.0.1" });
  const url = `http://127.0.0.1:${(app.http.server.address() as AddressInfo).port}`;

  const gql: TestServer["gql"] = async (query, variables, caller = {}) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (caller.apiKey) headers.authorization = `Bearer ${caller.apiKey}`;
    if (caller.cookie) headers.cookie = caller.cookie;
    const response = await fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: any; errors?: any[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
  };

  let transport: MailTransport | null = null;
  return {
    url,
    app,
    db,
    config,
    gql,
    async signIn(email, password) {
      const res = await gql(`mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { email } errors { code message } } }`, { e: email, p: password });
      const cookie = res.headers.get("set-cookie");
      if (!cookie || !res.data?.signIn.viewer) throw new Error(`sign-in failed: ${JSON.stringify(res.data ?? res.errors)}`);
      return cookie.split(";")[0]!;
    },
    async work(options = {}) {
      transport ??= createMailTransport(config);
      const worker = createWorker(db.dataSource, transport, { backoff: () => 0, ...options });
      return worker.poll();
    },
    async close() {
      await transport?.close();
      await app.http.close();
      await db.dataSource.destroy();
      await database.drop();
    },
  };
}
