import type { DataSource } from "typeorm";

/**
 * Hand-written SQL for the few reads on every request's hot path (the API key, and the
 * loaders behind each row of a list). There TypeORM's query building and entity hydration
 * cost more CPU than the query itself (see `pnpm bench`). The SQL is portable: `?`
 * placeholders and backtick-quoted names mean the same to MariaDB and SQLite.
 */
export function selectRows<Row>(dataSource: DataSource, sql: string, params: readonly unknown[]): Promise<Row[]> {
  return dataSource.query(sql, [...params]) as Promise<Row[]>;
}

export const placeholders = (count: number) => Array.from({ length: count }, () => "?").join(", ");

/** MariaDB hands back Dates; SQLite the UTC text TypeORM wrote ("2026-11-26 09:30:00.000"). */
export function sqlDate(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(`${value.replace(" ", "T")}Z`);
}
