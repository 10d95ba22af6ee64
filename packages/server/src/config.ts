// The only reader of process.env: every setting is parsed and validated once, here.
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";

export type DatabaseConfig =
  | { kind: "mariadb"; url: string; host: string; port: number; username: string; password: string; database: string }
  | { kind: "sqlite"; path: string };

export interface Config {
  nodeEnv: "development" | "production" | "test";
  isProduction: boolean;
  port: number;
  publicUrl: string;
  database: DatabaseConfig;
  smtpUrl: string | null;
  mailFrom: string;
  sessionSecret: string;
  logLevel: string;
}

/** A setting that stops the start: its message is one sentence that says how to fix it. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** `from`: the folder a relative sqlite: path starts from. */
export function parseDatabaseUrl(raw: string, from = process.cwd()): DatabaseConfig {
  if (raw.startsWith("sqlite:")) {
    const path = raw.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    if (!path) throw new ConfigError(`DATABASE_URL "${raw}" names no file: use sqlite:./data/lanyard.sqlite`);
    return { kind: "sqlite", path: path === ":memory:" ? path : resolve(from, path) };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `DATABASE_URL "${redact(raw)}" is not a URL: use mysql://user:pass@host:3306/db or sqlite:./data/lanyard.sqlite`,
    );
  }
  if (url.protocol !== "mysql:" && url.protocol !== "mariadb:") {
    throw new ConfigError(
      `DATABASE_URL scheme "${url.protocol.replace(/:$/, "")}" is not supported: use mysql://user:pass@host:3306/db or sqlite:PATH`,
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!database) throw new ConfigError(`DATABASE_URL "${redact(raw)}" names no database: add it after the host, e.g. mysql://root@127.0.0.1:3306/lanyard`);
  return {
    kind: "mariadb",
    url: raw,
    host: url.hostname || "127.0.0.1",
    port: url.port ? Number(url.port) : 3306,
    username: decodeURIComponent(url.username || "root"),
    password: decodeURIComponent(url.password),
    database,
  };
}

function redact(raw: string): string {
  return raw.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnvRaw = env.NODE_ENV ?? "development";
  if (!["development", "production", "test"].includes(nodeEnvRaw)) {
    throw new ConfigError(`NODE_ENV "${nodeEnvRaw}" is not known: use development, production or test`);
  }
  const nodeEnv = nodeEnvRaw as Config["nodeEnv"];
  const isProduction = nodeEnv === "production";

  // Empty counts as unset (`PORT=` in an env file); digits only, so "0x50" or "1e3" aren't read as numbers.
  const portRaw = env.PORT?.trim() || "4000";
  const port = /^\d{1,5}$/.test(portRaw) ? Number(portRaw) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT "${portRaw}" is not a port number: use a whole number from 1 to 65535, e.g. 4000`);
  }

  const publicUrlRaw = env.PUBLIC_URL ?? `http://localhost:${port}`;
  let publicUrl: string;
  try {
    publicUrl = new URL(publicUrlRaw).toString().replace(/\/$/, "");
  } catch {
    throw new ConfigError(`PUBLIC_URL "${publicUrlRaw}" is not a URL: use the address people open, e.g. https://lanyard.example.org`);
  }

  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, e.g. smtp://user:pass@mail.example.org:587`);
  }

  const sessionSecret = env.SESSION_SECRET ?? "";
  if (isProduction && sessionSecret.length < 32) {
    throw new ConfigError(
      sessionSecret
        ? "SESSION_SECRET is too short for production: use at least 32 random characters, e.g. from `openssl rand -hex 32`"
        : "SESSION_SECRET is required in production: set it to at least 32 random characters, e.g. from `openssl rand -hex 32`",
    );
  }

  return {
    nodeEnv,
    isProduction,
    port,
    publicUrl,
    // pnpm runs a package's scripts in the package's folder (`pnpm cli` from the root runs in
    // packages/server) and says where it was called in INIT_CWD: a relative path means from
    // there, so `pnpm start` and `pnpm cli` at the root open the same ./data/lanyard.sqlite.
    database: parseDatabaseUrl(env.DATABASE_URL ?? "sqlite:./data/lanyard.sqlite", env.INIT_CWD || process.cwd()),
    smtpUrl,
    mailFrom: env.MAIL_FROM ?? "Lanyard <no-reply@localhost>",
    // Development gets a fresh random secret per start: sessions simply end on restart.
    sessionSecret: sessionSecret || randomBytes(32).toString("hex"),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === "test" ? "warn" : "info"),
  };
}
