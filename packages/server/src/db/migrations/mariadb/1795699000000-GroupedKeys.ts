import type { MigrationInterface, QueryRunner } from "typeorm";

// Rule 4's keys (invitation_item.open_key, access.active_key) gain a head shared by one
// (trust, product, school), so an invitation's keys sit side by side in their unique indexes
// (modules/invitation/keys.ts). Written by hand: a data change, the columns stay as they are.
const grouped = (person: string, table: string) =>
  `CONCAT(LEFT(SHA2(CONCAT_WS('|', ${table}.trust_id, ${table}.product_id, COALESCE(${table}.school_id, '')), 256), 16),` +
  ` LEFT(SHA2(CONCAT_WS('|', ${table}.trust_id, ${person}, ${table}.product_id, COALESCE(${table}.school_id, '')), 256), 32))`;
const whole = (person: string, table: string) => `SHA2(CONCAT_WS('|', ${table}.trust_id, ${person}, ${table}.product_id, COALESCE(${table}.school_id, '')), 256)`;

export class GroupedKeys1795699000000 implements MigrationInterface {
  name = "GroupedKeys1795699000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE \`invitation_item\` it JOIN \`invitation\` inv ON inv.id = it.invitation_id SET it.open_key = ${grouped("inv.email", "it")} WHERE it.open_key IS NOT NULL`,
    );
    await queryRunner.query(`UPDATE \`access\` a SET a.active_key = ${grouped("a.user_id", "a")} WHERE a.active_key IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE \`invitation_item\` it JOIN \`invitation\` inv ON inv.id = it.invitation_id SET it.open_key = ${whole("inv.email", "it")} WHERE it.open_key IS NOT NULL`);
    await queryRunner.query(`UPDATE \`access\` a SET a.active_key = ${whole("a.user_id", "a")} WHERE a.active_key IS NOT NULL`);
  }
}
