import type { MigrationInterface, QueryRunner } from "typeorm";

export class ItemIndexesServeForeignKeys1795702183882 implements MigrationInterface {
  name = "ItemIndexesServeForeignKeys1795702183882";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_8ea4a4e18fbf520cbd9eef8ab2\"");
    await queryRunner.query("DROP INDEX \"IDX_2e6a5fc8adfcc0fabe285144bb\"");
    await queryRunner.query("CREATE INDEX \"IDX_invitation_item_school_product_trust\" ON \"invitation_item\" (\"school_id\", \"product_id\", \"trust_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ca8e1957b21fd253f0e342b414\" ON \"invitation_item\" (\"product_id\", \"role_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_ca8e1957b21fd253f0e342b414\"");
    await queryRunner.query("DROP INDEX \"IDX_invitation_item_school_product_trust\"");
    await queryRunner.query("CREATE INDEX \"IDX_2e6a5fc8adfcc0fabe285144bb\" ON \"invitation_item\" (\"trust_id\", \"school_id\", \"product_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8ea4a4e18fbf520cbd9eef8ab2\" ON \"invitation_item\" (\"trust_id\", \"product_id\", \"role_id\") ");
  }
}
