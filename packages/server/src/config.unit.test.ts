import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseDatabaseUrl } from "./config.js";

const SECRET = "0123456789abcdef0123456789abcdef";

/** The ConfigError a setting causes (failing the test if it causes none). */
function refusal(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

/** One sentence (no line break, no second sentence) that says what to do instead. */
function expectOneClearSentence(error: ConfigError) {
  expect(error.message).not.toMatch(/\n/);
  expect(error.message).not.toMatch(/[.!?]\s+[A-Z]/);
  expect(error.message).toMatch(/: (use|set|add) /);
}

describe("loadConfig defaults", () => {
  it("runs in development on port 4000 over ./data/lanyard.sqlite with the mailbox only", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: "development",
      isProduction: false,
      port: 4000,
      publicUrl: "http://localhost:4000",
      database: { kind: "sqlite", path: resolve("./data/lanyard.sqlite") },
      smtpUrl: null,
      mailFrom: "Lanyard <no-reply@localhost>",
      logLevel: "info",
    });
  });

  it("makes a fresh random session secret per start in development", () => {
    const first = loadConfig({}).sessionSecret;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(loadConfig({}).sessionSecret).not.toBe(first);
  });

  it("builds PUBLIC_URL from PORT, and drops a trailing slash from a given one", () => {
    expect(loadConfig({ PORT: "8080" }).publicUrl).toBe("http://localhost:8080");
    expect(loadConfig({ PUBLIC_URL: "https://lanyard.example.org/" }).publicUrl).toBe("https://lanyard.example.org");
  });

  it("logs less in tests", () => {
    expect(loadConfig({ NODE_ENV: "test" }).logLevel).toBe("warn");
    expect(loadConfig({ NODE_ENV: "test", LOG_LEVEL: "debug" }).logLevel).toBe("debug");
  });

  it("treats an empty SMTP_URL as unset", () => {
    expect(loadConfig({ SMTP_URL: "  " }).smtpUrl).toBeNull();
    expect(loadConfig({ SMTP_URL: "smtp://u:p@mail.example.org:587" }).smtpUrl).toBe("smtp://u:p@mail.example.org:587");
  });
});

describe("DATABASE_URL", () => {
  it("reads a MySQL/MariaDB URL into its parts, decoding the user and password", () => {
    expect(loadConfig({ DATABASE_URL: "mysql://lanyard:p%40ss@db.internal:3307/lanyard_prod" }).database).toEqual({
      kind: "mariadb",
      url: "mysql://lanyard:p%40ss@db.internal:3307/lanyard_prod",
      host: "db.internal",
      port: 3307,
      username: "lanyard",
      password: "p@ss",
      database: "lanyard_prod",
    });
    expect(parseDatabaseUrl("mariadb://db/lanyard")).toMatchObject({ kind: "mariadb", host: "db", port: 3306, username: "root", password: "", database: "lanyard" });
  });

  it("refuses a value that is not a URL, in one sentence that shows the form to use, with the password hidden", () => {
    const error = refusal({ DATABASE_URL: "mysql://lanyard:hunter2@db:notaport/lanyard" });
    expect(error.message).toMatch(/is not a URL/);
    expect(error.message).toContain("mysql://user:pass@host:3306/db");
    expect(error.message).not.toContain("hunter2");
    expectOneClearSentence(error);
    expect(refusal({ DATABASE_URL: "lanyard.sqlite" }).message).toMatch(/is not a URL.*sqlite:/);
  });

  it("refuses another scheme, naming it", () => {
    const error = refusal({ DATABASE_URL: "postgres://u:secret@db:5432/lanyard" });
    expect(error.message).toMatch(/scheme "postgres" is not supported/);
    expect(error.message).not.toContain("secret");
    expectOneClearSentence(error);
  });

  it("refuses a URL without a database name, with the password hidden", () => {
    for (const url of ["mysql://root:secret@127.0.0.1:3306", "mysql://root:secret@127.0.0.1:3306/"]) {
      const error = refusal({ DATABASE_URL: url });
      expect(error.message, url).toMatch(/names no database/);
      expect(error.message, url).not.toContain("secret");
      expectOneClearSentence(error);
    }
  });

  it("reads sqlite: paths, relative, absolute, with three slashes and in memory", () => {
    expect(parseDatabaseUrl("sqlite:./data/x.sqlite")).toEqual({ kind: "sqlite", path: resolve("data/x.sqlite") });
    expect(parseDatabaseUrl("sqlite:data/x.sqlite")).toEqual({ kind: "sqlite", path: resolve("data/x.sqlite") });
    expect(parseDatabaseUrl("sqlite:/var/lib/lanyard.sqlite")).toEqual({ kind: "sqlite", path: "/var/lib/lanyard.sqlite" });
    expect(parseDatabaseUrl("sqlite:///var/lib/lanyard.sqlite")).toEqual({ kind: "sqlite", path: "/var/lib/lanyard.sqlite" });
    expect(parseDatabaseUrl("sqlite::memory:")).toEqual({ kind: "sqlite", path: ":memory:" });
  });

  it("reads a relative sqlite: path from where pnpm was called (INIT_CWD), not from the package's folder", () => {
    expect(loadConfig({ INIT_CWD: "/srv/lanyard" }).database).toEqual({ kind: "sqlite", path: "/srv/lanyard/data/lanyard.sqlite" });
    expect(loadConfig({ INIT_CWD: "/srv/lanyard", DATABASE_URL: "sqlite:db/x.sqlite" }).database).toEqual({ kind: "sqlite", path: "/srv/lanyard/db/x.sqlite" });
    expect(loadConfig({ INIT_CWD: "/srv/lanyard", DATABASE_URL: "sqlite:/var/lib/x.sqlite" }).database).toEqual({ kind: "sqlite", path: "/var/lib/x.sqlite" });
    expect(loadConfig({}).database).toEqual({ kind: "sqlite", path: resolve("data/lanyard.sqlite") });
  });

  it("refuses sqlite: with no file", () => {
    const error = refusal({ DATABASE_URL: "sqlite:" });
    expect(error.message).toMatch(/names no file: use sqlite:\.\/data\/lanyard\.sqlite/);
    expectOneClearSentence(error);
  });
});

describe("production", () => {
  it("requires SESSION_SECRET", () => {
    const error = refusal({ NODE_ENV: "production" });
    expect(error.message).toMatch(/SESSION_SECRET is required in production/);
    expectOneClearSentence(error);
  });

  it("refuses a SESSION_SECRET shorter than 32 characters", () => {
    const error = refusal({ NODE_ENV: "production", SESSION_SECRET: "too-short" });
    expect(error.message).toMatch(/too short.*at least 32/);
    expect(error.message).not.toContain("too-short");
    expectOneClearSentence(error);
  });

  it("starts with a long enough secret, and uses it", () => {
    const config = loadConfig({ NODE_ENV: "production", SESSION_SECRET: SECRET });
    expect(config).toMatchObject({ isProduction: true, sessionSecret: SECRET });
  });

  it("refuses an unknown NODE_ENV", () => {
    const error = refusal({ NODE_ENV: "prod" });
    expect(error.message).toMatch(/NODE_ENV "prod" is not known: use development, production or test/);
  });
});

describe("PORT", () => {
  it("accepts a port number, and 0 for any free port", () => {
    expect(loadConfig({ PORT: "8080" }).port).toBe(8080);
    expect(loadConfig({ PORT: "0" }).port).toBe(0);
  });

  it("treats an empty PORT as unset", () => {
    expect(loadConfig({ PORT: "" }).port).toBe(4000);
  });

  for (const port of ["abc", "70000", "65536", "-1", "80.5", "0x50", "1e3", "80 80"]) {
    it(`refuses PORT "${port}" in one sentence`, () => {
      const error = refusal({ PORT: port });
      expect(error.message).toContain(`PORT "${port}" is not a port number`);
      expectOneClearSentence(error);
    });
  }
});

describe("other settings", () => {
  it("refuses a PUBLIC_URL that is not a URL", () => {
    expect(refusal({ PUBLIC_URL: "lanyard.example.org" }).message).toMatch(/PUBLIC_URL "lanyard.example.org" is not a URL/);
  });

  it("refuses an SMTP_URL with another scheme", () => {
    expect(refusal({ SMTP_URL: "http://mail.example.org" }).message).toMatch(/SMTP_URL must start with smtp:\/\/ or smtps:\/\//);
  });
});
