// The built Lanyard server for `pnpm bench:web`: its own SQLite file (the server seeds the demo
// trust into it), a free port, and one fresh invitation whose accept link the bench opens.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, stopProcess, waitUntilReady } from "../e2e/serverProcess.ts";

const DEMO_ADMIN = { email: "admin@demo.lanyard.test", password: "lanyard-demo-2026" };

export interface BenchServer {
  baseUrl: string;
  /** An invitation link for a new person, valid for the whole bench (opening it changes nothing). */
  acceptUrl: string;
  stop(): Promise<void>;
}

export async function startBenchServer(serverMain: string): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "lanyard-bench-web-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [serverMain], {
    cwd: dataDir,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${join(dataDir, "lanyard.sqlite")}`,
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      // Development seeds the demo trust into the empty database; HTTP is the same as in production.
      NODE_ENV: "development",
      SMTP_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = async () => {
    await stopProcess(server);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(server, `${baseUrl}/healthz`);
    const acceptUrl = await inviteSomeone(baseUrl);
    return { baseUrl, acceptUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown>, cookie = ""): Promise<{ data: T; cookie: string }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  return { data: body.data, cookie: response.headers.get("set-cookie")?.split(";")[0] ?? "" };
}

/** As the demo admin: invites a new address to a trust-level product and returns its link. */
async function inviteSomeone(baseUrl: string): Promise<string> {
  const { cookie } = await graphql(
    baseUrl,
    "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { email } } }",
    { e: DEMO_ADMIN.email, p: DEMO_ADMIN.password },
  );
  if (!cookie) throw new Error("Signing in as the demo admin set no session cookie");
  const { data } = await graphql<{ products: { id: string; level: string; roles: { code: string }[] }[] }>(
    baseUrl,
    "{ products { id level roles { code } } }",
    {},
    cookie,
  );
  const product = data.products.find((p) => p.level === "TRUST" && p.roles.length > 0);
  if (!product) throw new Error("The demo seed has no trust-level product with a role");
  const email = `bench.${Date.now()}@example.org`;
  const invited = await graphql<{ inviteStaff: { links: { email: string; url: string }[]; errors: { message: string }[] } }>(
    baseUrl,
    "mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { links { email url } errors { message } } }",
    { input: { emails: [email], items: [{ productId: product.id }], roleCode: product.roles[0]!.code, returnLinks: true } },
    cookie,
  );
  const link = invited.data.inviteStaff.links.find((l) => l.email === email);
  if (!link) throw new Error(`No invitation link came back: ${JSON.stringify(invited.data.inviteStaff)}`);
  return link.url;
}
