import { createHash } from "node:crypto";
import type { MigrationInterface, QueryRunner } from "typeorm";

// Rule 4's keys (invitation_item.open_key, access.active_key) gain a head shared by one
// (trust, product, school), so an invitation's keys sit side by side in their unique indexes
// (modules/invitation/keys.ts). SQLite has no SHA2(): the keys are made here, as they were
// made when this migration was written, and written back a batch at a time.
const hash = (parts: (string | null)[]) => createHash("sha256").update(parts.map((p) => p ?? "").join("|")).digest("hex");
const grouped = (r: KeyParts) => hash([r.trust_id, r.product_id, r.school_id]).slice(0, 16) + hash([r.trust_id, r.person, r.product_id, r.school_id]).slice(0, 32);
const whole = (r: KeyParts) => hash([r.trust_id, r.person, r.product_id, r.school_id]);

interface KeyParts {
  id: string;
  trust_id: string;
  person: string;
  product_id: string;
  school_id: string | null;
}

const BATCH = 500;

async function rekey(queryRunner: QueryRunner, key: (r: KeyParts) => string): Promise<void> {
  const tables = [
    {
      update: "UPDATE `invitation_item` SET open_key = CASE id",
      select:
        "SELECT it.id, it.trust_id, inv.email AS person, it.product_id, it.school_id FROM `invitation_item` it JOIN `invitation` inv ON inv.id = it.invitation_id WHERE it.open_key IS NOT NULL",
    },
    { update: "UPDATE `access` SET active_key = CASE id", select: "SELECT id, trust_id, user_id AS person, product_id, school_id FROM `access` WHERE active_key IS NOT NULL" },
  ];
  for (const { update, select } of tables) {
    const rows = (await queryRunner.query(select)) as KeyParts[];
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await queryRunner.query(
        `${update} ${batch.map(() => "WHEN ? THEN ?").join(" ")} END WHERE id IN (${batch.map(() => "?").join(", ")})`,
        [...batch.flatMap((r) => [r.id, key(r)]), ...batch.map((r) => r.id)],
      );
    }
  }
}

export class GroupedKeys1795699000000 implements MigrationInterface {
  name = "GroupedKeys1795699000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await rekey(queryRunner, grouped);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rekey(queryRunner, whole);
  }
}
