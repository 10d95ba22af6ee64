import type { MigrationInterface, QueryRunner } from "typeorm";

// invitation_item's two composite indexes now lead with product_id and school_id, so they also
// serve those foreign keys, and the indexes MariaDB kept for the keys alone (named after them)
// go: 9 indexes to 7, each of inviteStaff's thousands of items written into two fewer.
// One ALTER: the table is rebuilt once, and never lacks an index a foreign key needs.
const PRODUCT_FK_INDEX = "FK_4059aee22b5d2deb5727eb4ca04";
const SCHOOL_FK_INDEX = "FK_82315edbd0ac65db091564e10e8";

async function hasIndex(queryRunner: QueryRunner, name: string): Promise<boolean> {
  const rows = (await queryRunner.query(
    "SELECT 1 FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'invitation_item' AND index_name = ? LIMIT 1",
    [name],
  )) as unknown[];
  return rows.length > 0;
}

export class ItemIndexesServeForeignKeys1795702183882 implements MigrationInterface {
  name = "ItemIndexesServeForeignKeys1795702183882";

  async up(queryRunner: QueryRunner): Promise<void> {
    const drops = ["IDX_2e6a5fc8adfcc0fabe285144bb", "IDX_8ea4a4e18fbf520cbd9eef8ab2"];
    for (const name of [PRODUCT_FK_INDEX, SCHOOL_FK_INDEX]) if (await hasIndex(queryRunner, name)) drops.push(name);
    await queryRunner.query(
      `ALTER TABLE \`invitation_item\` ${drops.map((name) => `DROP INDEX \`${name}\``).join(", ")},
       ADD INDEX \`IDX_invitation_item_school_product_trust\` (\`school_id\`, \`product_id\`, \`trust_id\`),
       ADD INDEX \`IDX_ca8e1957b21fd253f0e342b414\` (\`product_id\`, \`role_id\`)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`invitation_item\` DROP INDEX \`IDX_ca8e1957b21fd253f0e342b414\`, DROP INDEX \`IDX_invitation_item_school_product_trust\`,
       ADD INDEX \`IDX_8ea4a4e18fbf520cbd9eef8ab2\` (\`trust_id\`, \`product_id\`, \`role_id\`),
       ADD INDEX \`IDX_2e6a5fc8adfcc0fabe285144bb\` (\`trust_id\`, \`school_id\`, \`product_id\`),
       ADD INDEX \`${PRODUCT_FK_INDEX}\` (\`product_id\`), ADD INDEX \`${SCHOOL_FK_INDEX}\` (\`school_id\`)`,
    );
  }
}
