// The benchmark's world: a MariaDB database holding the large seeded trust, and the full app
// listening on a free port with an API key for that trust. Reused across runs (seeded once).
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { createConnection } from "mysql2/promise";
import { createApp, type App } from "../src/app.js";
import { progressBar } from "../src/cli/progress.js";
import { loadConfig, type Config, type DatabaseConfig } from "../src/config.js";
import { migrate, openDatabase, type Database } from "../src/db/data-source.js";
import { seedTrust } from "../src/db/seed/index.js";
import { fitBufferPool } from "./buffer-pool.js";

export const BENCH_TRUST_SLUG = "bench";
export const DEFAULT_BENCH_DATABASE_URL = "mysql://root@127.0.0.1:3306/lanyard_bench";

export type MariaDbConfig = Extract<DatabaseConfig, { kind: "mariadb" }>;

export interface BenchSetup {
  config: Config & { database: MariaDbConfig };
  db: Database;
  app: App;
  /** Base URL of the running app, e.g. http://127.0.0.1:41234 */
  url: string;
  trustId: string;
  /** A fresh API key for the bench trust (revoked again by close()). */
  apiKey: string;
  /** What the bench found of (and did to) MariaDB's buffer pool, for the report. */
  bufferPool: string;
  close(): Promise<void>;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Production-like settings: NODE_ENV=production, a session secret, no logging. */
export function benchConfig(env: NodeJS.ProcessEnv = process.env): BenchSetup["config"] {
  const config = loadConfig({
    NODE_ENV: "production",
    DATABASE_URL: env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL,
    SESSION_SECRET: randomBytes(32).toString("hex"),
    PORT: "0",
    LOG_LEVEL: "warn",
  });
  if (config.database.kind !== "mariadb") throw new Error("BENCH_DATABASE_URL must be a mysql:// URL: the benchmarks run on MariaDB/MySQL.");
  return config as BenchSetup["config"];
}

async function createDatabaseIfMissing(database: MariaDbConfig): Promise<void> {
  const connection = await createConnection({ host: database.host, port: database.port, user: database.username, password: database.password });
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database.database.replace(/`/g, "``")}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await connection.end();
  }
}

/** Creates, migrates and seeds the bench database as needed; a second run only checks. */
export async function prepareDatabase(config: BenchSetup["config"]): Promise<{ db: Database; trustId: string }> {
  await createDatabaseIfMissing(config.database);
  const db = await openDatabase(config.database, (message) => log(`[db] ${message}`));
  const ran = await migrate(db);
  if (ran.length) log(`Applied ${ran.length} migration(s) to ${config.database.database}.`);
  const started = Date.now();
  let announced = false;
  const bar = progressBar();
  const result = await seedTrust(db, {
    size: "large",
    slug: BENCH_TRUST_SLUG,
    onProgress: (done, total, label) => {
      if (!announced) log(`Seeding the large trust "${BENCH_TRUST_SLUG}" into ${config.database.database} (once; later runs reuse it)…`);
      announced = true;
      bar(done, total, label);
    },
  });
  if (result.created) log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { db, trustId: result.trustId };
}

export async function startBench(): Promise<BenchSetup> {
  const config = benchConfig();
  const bufferPool = await fitBufferPool(config.database);
  log(bufferPool);
  const { db, trustId } = await prepareDatabase(config);
  const app = await createApp({ config, db, webRoot: null, logger: false });
  await app.http.listen({ port: 0, host: "127.0.0.1" });
  const url = `http://127.0.0.1:${(app.http.server.address() as AddressInfo).port}`;

  const name = `bench ${new Date().toISOString()} ${randomBytes(3).toString("hex")}`;
  const created = await app.services.apiKeys.create(trustId, { name }, null);
  if ("errors" in created) throw new Error(`cannot create the bench API key: ${created.errors.map((e) => e.message).join("; ")}`);

  return {
    config,
    db,
    app,
    url,
    trustId,
    apiKey: created.secret,
    bufferPool,
    async close() {
      await app.services.apiKeys.revoke(trustId, { name }, null).catch(() => 0);
      await app.http.close();
      await db.dataSource.destroy();
    },
  };
}
