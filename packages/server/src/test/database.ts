import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConnection } from "mysql2/promise";
import type { DatabaseConfig } from "../config.js";

export type TestDialect = "mariadb" | "sqlite";

export const testDialect = (): TestDialect => (process.env.TEST_DB === "sqlite" ? "sqlite" : "mariadb");

const MARIADB = { host: process.env.TEST_MARIADB_HOST ?? "127.0.0.1", port: Number(process.env.TEST_MARIADB_PORT ?? 3306), user: "root", password: "" };

/** A database of its own for one test file, and the function that drops it. */
export async function createTestDatabase(dialect: TestDialect = testDialect()): Promise<{ config: DatabaseConfig; url: string; drop: () => Promise<void> }> {
  const suffix = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "lanyard-test-"));
    const path = join(dir, "test.sqlite");
    return { config: { kind: "sqlite", path }, url: `sqlite:${path}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const database = `lanyard_test_${suffix}`;
  const admin = await createConnection(MARIADB);
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = `mysql://root@${MARIADB.host}:${MARIADB.port}/${database}`;
  return {
    config: { kind: "mariadb", url, host: MARIADB.host, port: MARIADB.port, username: "root", password: "", database },
    url,
    drop: async () => {
      const conn = await createConnection(MARIADB);
      await conn.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await conn.end();
    },
  };
}
