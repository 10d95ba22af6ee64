// Generates one migration per dialect from the difference between the entities and a scratch
// database that has every existing migration applied. Usage: migration:generate AddInvitations
import "reflect-metadata";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createConnection } from "mysql2/promise";
import { migrate, openDatabase } from "../src/db/data-source.js";
import type { DatabaseConfig } from "../src/config.js";

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error("usage: migration:generate PascalCaseName");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const timestamp = Date.now();
const className = `${name}${timestamp}`;

async function generate(config: DatabaseConfig, dialect: "mariadb" | "sqlite") {
  const db = await openDatabase(config);
  await migrate(db);
  const sql = await db.dataSource.driver.createSchemaBuilder().log();
  await db.dataSource.destroy();
  if (sql.upQueries.length === 0) {
    console.log(`${dialect}: entities match the migrations; nothing to generate`);
    return;
  }
  const q = (s: string) => JSON.stringify(s);
  const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join("\n");
  const down = sql.downQueries.reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join("\n");
  const dir = join(here, "../src/db/migrations", dialect);
  writeFileSync(
    join(dir, `${timestamp}-${name}.ts`),
    `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  async up(queryRunner: QueryRunner): Promise<void> {
${up}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down}
  }
}
`,
  );
  const indexPath = join(dir, "index.ts");
  const index = readFileSync(indexPath, "utf8")
    .replace(/(import type \{ MigrationInterface \} from "typeorm";\n)/, `$1import { ${className} } from "./${timestamp}-${name}.js";\n`)
    .replace(/(Migrations: MigrationClass\[\] = \[)([^\]]*)\]/, (_m, head: string, list: string) => {
      const items = list.split(",").map((s) => s.trim()).filter(Boolean).concat(className);
      return `${head}\n  ${items.join(",\n  ")},\n]`;
    });
  writeFileSync(indexPath, index);
  console.log(`${dialect}: wrote ${timestamp}-${name}.ts (${sql.upQueries.length} statements)`);
}

const scratch = `lanyard_migration_${timestamp}`;
const admin = await createConnection({ host: "127.0.0.1", user: "root" });
await admin.query(`CREATE DATABASE \`${scratch}\``);
try {
  await generate(
    { kind: "mariadb", url: "", host: "127.0.0.1", port: 3306, username: "root", password: "", database: scratch },
    "mariadb",
  );
} finally {
  await admin.query(`DROP DATABASE \`${scratch}\``);
  await admin.end();
}
await generate({ kind: "sqlite", path: join(mkdtempSync(join(tmpdir(), "lanyard-")), "scratch.sqlite") }, "sqlite");
