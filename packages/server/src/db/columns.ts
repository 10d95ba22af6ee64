// Column shapes that mean the same on MariaDB and SQLite (TOOLCHAIN.md: keep types portable).
import { Column, PrimaryColumn, type ColumnOptions } from "typeorm";

export const ID_LENGTH = 36;

export const IdColumn = () => PrimaryColumn({ type: "varchar", length: ID_LENGTH });

export const RefColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: "varchar", length: ID_LENGTH, nullable: options.nullable ?? false });

export const DateColumn = (options: Pick<ColumnOptions, "nullable" | "name"> = {}) =>
  Column({ type: "datetime", precision: 3, ...options });

export const TextColumn = (length: number, options: Pick<ColumnOptions, "nullable" | "default" | "collation"> = {}) =>
  Column({ type: "varchar", length, ...options });

/**
 * Text compared exactly, case and accents included: MariaDB's binary collation. SQLite compares
 * every column this way already (BINARY) and knows no utf8mb4_bin: openDatabase drops it there.
 */
export const EXACT_COLLATION = "utf8mb4_bin";
