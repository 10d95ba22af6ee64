import type { Logger, QueryRunner } from "typeorm";

/**
 * Counts the SQL statements the application sends, so tests and benchmarks can prove that a
 * list costs a fixed number of queries whatever its length. Logs failures and slow queries.
 */
export class QueryCounter implements Logger {
  statements = 0;
  constructor(private readonly warn: (message: string) => void = () => {}) {}

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements++;
  }
  logQueryError(error: string | Error, query: string): void {
    this.warn(`query failed: ${error instanceof Error ? error.message : error} — ${query.slice(0, 300)}`);
  }
  logQuerySlow(time: number, query: string): void {
    this.warn(`slow query (${time} ms): ${query.slice(0, 300)}`);
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.warn(String(message));
  }
}
