// The command line: `pnpm cli …`, `pnpm db:migrate`, `pnpm db:seed` (bin/lanyard.mjs starts it).
// Errors are one sentence. Each command imports only what it uses: making an API key need not
// load the seed, the GraphQL schema or the mailer, and starts in half the time.
import "reflect-metadata";
import { writeFileSync, readFileSync, existsSync } from "node:fs";
import { ConfigError, loadConfig } from "../config.js";
import type { Database } from "../db/data-source.js";
import { optionalFlag, parseFlags, requireFlag, UsageError } from "./args.js";

const USAGE = `usage:
  db:migrate
  db:seed [--size small|large] [--trust SLUG]
  api-key create --trust SLUG --name NAME [--read-only]
  api-key revoke --trust SLUG --name NAME
  admin create --trust SLUG --email EMAIL --password PASSWORD [--school URN]
  schema:print [--check]
  worker [--drain]          the outbox worker as its own process (--drain: until nothing is due, then exit)`;

async function withDatabase<T>(run: (db: Database) => Promise<T>): Promise<T> {
  const { migrate, openDatabase } = await import("../db/data-source.js");
  const db = await openDatabase(loadConfig().database);
  try {
    await migrate(db);
    return await run(db);
  } finally {
    await db.dataSource.destroy();
  }
}

async function trustId(db: Database, slug: string): Promise<string> {
  const { Trust } = await import("../modules/trust/trust.entity.js");
  const trust = await db.dataSource.getRepository(Trust).findOneBy({ slug });
  if (!trust) throw new UsageError(`no trust has the slug "${slug}": seed it with \`pnpm db:seed --trust ${slug}\` or check the spelling`);
  return trust.id;
}

async function run(argv: string[]): Promise<void> {
  const { words, flags } = parseFlags(argv);
  const command = words.join(" ");
  switch (command) {
    case "db:migrate": {
      const { migrate, openDatabase } = await import("../db/data-source.js");
      const db = await openDatabase(loadConfig().database);
      const ran = await migrate(db);
      await db.dataSource.destroy();
      console.log(ran.length ? `Applied ${ran.length} migration(s): ${ran.join(", ")}` : "The database is up to date.");
      return;
    }
    case "db:seed": {
      const size = optionalFlag(flags, "size") ?? "small";
      if (size !== "small" && size !== "large") throw new UsageError(`--size must be small or large (got "${size}")`);
      const slug = optionalFlag(flags, "trust") ?? "demo";
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) throw new UsageError(`--trust must be a slug of lower-case letters, digits and dashes (got "${slug}")`);
      const config = loadConfig();
      const [{ seedTrust }, { progressBar }] = await Promise.all([import("../db/seed/index.js"), import("./progress.js")]);
      await withDatabase(async (db) => {
        const started = Date.now();
        const result = await seedTrust(db, { size, slug, onProgress: progressBar(), publicUrl: config.publicUrl, now: new Date() });
        if (!result.created) {
          console.log(`Trust "${slug}" already exists; nothing was added.`);
          return;
        }
        const counts = Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(", ");
        console.log(`Seeded trust "${slug}" (${size}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts}.`);
        console.log(`Sign in as ${result.adminEmail} / ${result.adminPassword}`);
      });
      return;
    }
    case "api-key create": {
      const slug = requireFlag(flags, "trust");
      const name = requireFlag(flags, "name");
      const { ApiKeyService } = await import("../modules/auth/api-key.service.js");
      await withDatabase(async (db) => {
        const result = await new ApiKeyService(db.dataSource).create(await trustId(db, slug), { name, readOnly: flags.has("read-only") }, null);
        if ("errors" in result) throw new UsageError(result.errors.map((e) => e.message).join(" "));
        process.stdout.write(`${result.secret}\n`);
      });
      return;
    }
    case "api-key revoke": {
      const slug = requireFlag(flags, "trust");
      const name = requireFlag(flags, "name");
      const { ApiKeyService } = await import("../modules/auth/api-key.service.js");
      await withDatabase(async (db) => {
        const count = await new ApiKeyService(db.dataSource).revoke(await trustId(db, slug), { name }, null);
        if (count === 0) throw new UsageError(`trust "${slug}" has no active API key named "${name}"`);
        console.log(`Revoked the API key "${name}".`);
      });
      return;
    }
    case "admin create": {
      const input = {
        trustSlug: requireFlag(flags, "trust"),
        email: requireFlag(flags, "email"),
        password: requireFlag(flags, "password"),
        schoolUrn: optionalFlag(flags, "school") ?? null,
      };
      const { AdminService } = await import("../modules/auth/admin.service.js");
      await withDatabase(async (db) => {
        const admin = await new AdminService(db.dataSource).create(input);
        console.log(`Created ${admin.schoolId ? "school" : "trust"} admin ${admin.email}.`);
      });
      return;
    }
    case "worker": {
      const config = loadConfig();
      const drain = flags.has("drain");
      const [{ createMailTransport }, { createWorker }] = await Promise.all([import("../modules/email/mail-transport.js"), import("../worker.js")]);
      await withDatabase(async (db) => {
        const transport = createMailTransport(config);
        const worker = createWorker(db.dataSource, transport, { log: (m) => console.warn(m) });
        try {
          if (drain) {
            let sent = 0;
            for (let busy = true; busy; ) {
              const outcome = await worker.poll();
              sent += outcome.sent;
              busy = outcome.sent + outcome.failed > 0;
            }
            console.log(`Outbox drained: ${sent} message(s) sent.`);
            return;
          }
          worker.start();
          console.log(`Outbox worker ${worker.workerId} running; Ctrl-C to stop.`);
          await new Promise<void>((resolve) => {
            process.once("SIGINT", resolve);
            process.once("SIGTERM", resolve);
          });
          await worker.stop();
        } finally {
          await transport.close();
        }
      });
      return;
    }
    case "schema:print": {
      const [{ printLanyardSchema }, { schemaFile }] = await Promise.all([import("../graphql/schema.js"), import("../paths.js")]);
      const sdl = await printLanyardSchema();
      if (flags.has("check")) {
        const current = existsSync(schemaFile) ? readFileSync(schemaFile, "utf8") : "";
        if (current !== sdl) throw new UsageError(`${schemaFile} is stale: run \`pnpm schema\` and commit it`);
        console.log("schema.graphql is up to date.");
        return;
      }
      writeFileSync(schemaFile, sdl);
      console.log(`Wrote ${schemaFile}`);
      return;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError) console.error(`lanyard: ${error.message}`);
    else console.error(`lanyard: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
