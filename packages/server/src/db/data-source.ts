import { DataSource, type DataSourceOptions } from "typeorm";
import { ConfigError, type DatabaseConfig } from "../config.js";
import { EXACT_COLLATION } from "./columns.js";
import { entities } from "./entities.js";
import { mariadbMigrations } from "./migrations/mariadb/index.js";
import { sqliteMigrations } from "./migrations/sqlite/index.js";
import { SnakeNamingStrategy } from "./naming.js";
import { QueryCounter } from "./query-counter.js";

export type Dialect = DatabaseConfig["kind"];

export interface Database {
  dataSource: DataSource;
  dialect: Dialect;
  queries: QueryCounter;
}

export function dataSourceOptions(config: DatabaseConfig, logger: QueryCounter): DataSourceOptions {
  const common = {
    entities,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logger,
    maxQueryExecutionTime: 1000,
  } as const;
  if (config.kind === "mariadb") {
    return {
      ...common,
      type: "mariadb",
      host: config.host,
      port: config.port,
      username: config.username,
      password: config.password,
      database: config.database,
      timezone: "Z",
      charset: "utf8mb4_unicode_ci",
      migrations: mariadbMigrations,
      extra: { connectionLimit: 20 },
    };
  }
  return {
    ...common,
    type: "better-sqlite3",
    database: config.path,
    migrations: sqliteMigrations,
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
      db.pragma("synchronous = NORMAL");
    },
  };
}

export async function openDatabase(
  config: DatabaseConfig,
  warn: (message: string) => void = () => {},
): Promise<Database> {
  const queries = new QueryCounter(warn);
  const dataSource = new DataSource(dataSourceOptions(config, queries));
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new ConfigError(describeConnectionFailure(config, error));
  }
  if (config.kind === "sqlite") dropExactCollation(dataSource);
  return { dataSource, dialect: config.kind, queries };
}

/** SQLite compares exactly by default and refuses a table that names utf8mb4_bin (migration:generate would write one). */
function dropExactCollation(dataSource: DataSource) {
  for (const entity of dataSource.entityMetadatas) {
    for (const column of entity.columns) if (column.collation === EXACT_COLLATION) column.collation = undefined;
  }
}

/** Applies pending migrations; answers the names of those it ran. */
export async function migrate(database: Database): Promise<string[]> {
  const ran = await database.dataSource.runMigrations({ transaction: "each" });
  return ran.map((m) => m.name);
}

function describeConnectionFailure(config: DatabaseConfig, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (config.kind === "sqlite") return `cannot open the SQLite database ${config.path} (${detail}): check the path in DATABASE_URL and that the folder is writable.`;
  const where = `${config.host}:${config.port}`;
  const code = (error as { code?: string }).code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT") {
    return `cannot reach MySQL/MariaDB at ${where} (${code}): start the database server or fix the host and port in DATABASE_URL.`;
  }
  if (code === "ER_BAD_DB_ERROR") return `the database "${config.database}" does not exist on ${where}: create it (CREATE DATABASE ${config.database}) or fix DATABASE_URL.`;
  if (code === "ER_ACCESS_DENIED_ERROR") return `MySQL/MariaDB at ${where} refused user "${config.username}": check the user and password in DATABASE_URL.`;
  return `cannot connect to MySQL/MariaDB at ${where}: ${detail}`;
}
