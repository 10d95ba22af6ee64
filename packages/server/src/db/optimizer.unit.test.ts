import type { DataSource } from "typeorm";
import { describe, expect, it } from "vitest";
import { withoutMaterialization } from "./optimizer.js";

const server = (type: string, version?: string) => ({ options: { type }, driver: { version } }) as unknown as DataSource;
const SQL = "SELECT inv.id FROM `invitation` inv WHERE inv.trust_id = ? LIMIT ?";

describe("withoutMaterialization", () => {
  it("asks MariaDB with SET STATEMENT, for this statement only", () => {
    expect(withoutMaterialization(server("mariadb", "10.11.19"), SQL)).toBe(`SET STATEMENT optimizer_switch='materialization=off' FOR ${SQL}`);
  });

  it("asks MySQL with a SET_VAR hint after SELECT", () => {
    expect(withoutMaterialization(server("mariadb", "8.4.3"), SQL)).toBe(
      "SELECT /*+ SET_VAR(optimizer_switch='materialization=off') */ inv.id FROM `invitation` inv WHERE inv.trust_id = ? LIMIT ?",
    );
  });

  it("leaves SQLite's statement as written", () => {
    expect(withoutMaterialization(server("better-sqlite3"), SQL)).toBe(SQL);
  });
});
