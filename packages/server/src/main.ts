// Starts the HTTP server: migrate, seed the demo trust when the database is empty, serve.
import "reflect-metadata";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createApp } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { migrate, openDatabase } from "./db/data-source.js";
import { DEMO_ADMIN_PASSWORD, demoAdminEmail, seedTrust } from "./db/seed/index.js";
import { acquireSqliteLock } from "./db/sqlite-lock.js";
import { webDist } from "./paths.js";
import { createMailTransport } from "./modules/email/mail-transport.js";
import { createWorker } from "./worker.js";
import { Trust } from "./modules/trust/trust.entity.js";

async function main(config: Config) {
  if (config.database.kind === "sqlite" && config.database.path !== ":memory:") {
    mkdirSync(dirname(config.database.path), { recursive: true });
    acquireSqliteLock(config.database.path);
  }
  const db = await openDatabase(config.database, (m) => console.warn(m));
  const ran = await migrate(db);
  if (ran.length) console.log(`Applied ${ran.length} migration(s): ${ran.join(", ")}`);

  let demo: { email: string; password: string } | null = null;
  if (!config.isProduction && (await db.dataSource.getRepository(Trust).count()) === 0) {
    console.log("The database is empty: seeding the demo trust…");
    const result = await seedTrust(db, { size: "small", slug: "demo", publicUrl: config.publicUrl, now: new Date() });
    demo = { email: result.adminEmail, password: result.adminPassword };
  } else if (!config.isProduction && (await db.dataSource.getRepository(Trust).existsBy({ slug: "demo" }))) {
    demo = { email: demoAdminEmail("demo"), password: DEMO_ADMIN_PASSWORD };
  }

  const app = await createApp({ config, db, webRoot: webDist });
  const transport = createMailTransport(config);
  const outbox = createWorker(db.dataSource, transport, { log: (m) => console.warn(m) });
  const stop = async () => {
    await app.http.close();
    await outbox.stop();
    await transport.close();
    await db.dataSource.destroy();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  await app.http.listen({ port: config.port, host: "0.0.0.0" });
  outbox.start();
  console.log(`\nLanyard is running at ${config.publicUrl}`);
  if (demo) console.log(`Demo sign-in: ${demo.email} / ${demo.password}\n`);
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Lanyard cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
main(config).catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Lanyard cannot start: ${error.message}`);
  else console.error("Lanyard cannot start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
