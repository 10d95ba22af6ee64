import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverRoot } from "../paths.js";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { startTestServer, type TestServer } from "../test/server.js";

let server: TestServer;
let trust: TrustFixture;

const databaseUrl = () => (server.config.database.kind === "sqlite" ? `sqlite:${server.config.database.path}` : server.config.database.url);

/** Runs the CLI as an operator would (the build when it is current, else the sources), against this file's database. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["bin/lanyard.mjs", ...args], {
    cwd: serverRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl(), NODE_ENV: "test" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  server = await startTestServer();
  trust = await buildTrust(server.db, "cli-trust");
});
afterAll(() => server?.close());

describe("the command line", () => {
  it("api-key create prints the key alone on one line, and the key works", async () => {
    const { status, stdout } = cli("api-key", "create", "--trust", "cli-trust", "--name", "Nightly MIS sync");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^lny_[A-Za-z0-9_-]{43}\n$/);
    const res = await server.gql(`{ viewer { email trust { slug } } }`, {}, { apiKey: stdout.trim() });
    expect(res.data?.viewer).toEqual({ email: "api-key:Nightly MIS sync", trust: { slug: "cli-trust" } });
  });

  it("pnpm --silent cli api-key create at the repository's root prints only the key, as the README's KEY=$(…) needs", async () => {
    const root = join(serverRoot, "../..");
    // On SQLite, a path relative to where the command is typed, as config.ts promises.
    const url = server.config.database.kind === "sqlite" ? `sqlite:${relative(root, server.config.database.path)}` : databaseUrl();
    const result = spawnSync("pnpm", ["--silent", "cli", "api-key", "create", "--trust", "cli-trust", "--name", "From the root"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "test" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^lny_[A-Za-z0-9_-]{43}\n$/);
    const res = await server.gql(`{ viewer { email } }`, {}, { apiKey: result.stdout.trim() });
    expect(res.data?.viewer).toEqual({ email: "api-key:From the root" });
  });

  it("api-key create --read-only makes a key that can run no mutation", async () => {
    const key = cli("api-key", "create", "--trust", "cli-trust", "--name", "Reporting", "--read-only").stdout.trim();
    const res = await server.gql(`mutation { upsertStaff(input: []) { created } }`, {}, { apiKey: key });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("api-key revoke ends the key at once", async () => {
    const key = cli("api-key", "create", "--trust", "cli-trust", "--name", "Short-lived").stdout.trim();
    expect(cli("api-key", "revoke", "--trust", "cli-trust", "--name", "Short-lived").status).toBe(0);
    const res = await server.gql(`{ viewer { email } }`, {}, { apiKey: key });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("admin create makes a trust admin, or a school admin with --school, who can sign in", async () => {
    expect(cli("admin", "create", "--trust", "cli-trust", "--email", "New.Head@cli.test", "--password", "a-long-password").status).toBe(0);
    const school = trust.schools[1]!;
    expect(cli("admin", "create", "--trust", "cli-trust", "--email", "office@cli.test", "--password", "a-long-password", "--school", school.urn).status).toBe(0);
    const head = await server.signIn("new.head@cli.test", "a-long-password");
    expect((await server.gql(`{ viewer { role school { id } } }`, {}, { cookie: head })).data?.viewer).toEqual({ role: "TRUST_ADMIN", school: null });
    const office = await server.signIn("office@cli.test", "a-long-password");
    expect((await server.gql(`{ viewer { role school { id } } }`, {}, { cookie: office })).data?.viewer).toEqual({ role: "SCHOOL_ADMIN", school: { id: school.id } });
  });

  it("explains a mistake in one sentence and exits non-zero", () => {
    const unknownTrust = cli("api-key", "create", "--trust", "no-such-trust", "--name", "X");
    expect(unknownTrust.status).toBe(1);
    expect(unknownTrust.stderr).toMatch(/no trust has the slug "no-such-trust"/);
    const missingName = cli("api-key", "create", "--trust", "cli-trust");
    expect(missingName.stderr).toMatch(/--name is required/);
    const badSchool = cli("admin", "create", "--trust", "cli-trust", "--email", "x@cli.test", "--password", "a-long-password", "--school", "999999");
    expect(badSchool.stderr).toMatch(/no school with URN 999999/);
  });
});
