import type { MigrationInterface, QueryRunner } from "typeorm";

export class AccessInvitationItemIndex1796655746541 implements MigrationInterface {
  name = "AccessInvitationItemIndex1796655746541";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_3edb3e56ec3c4d69434a0cd2e0\" ON \"access\" (\"invitation_item_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_3edb3e56ec3c4d69434a0cd2e0\"");
  }
}
