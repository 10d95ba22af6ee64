import type { MigrationInterface, QueryRunner } from "typeorm";

export class AccessHeldIndex1795699100000 implements MigrationInterface {
  name = "AccessHeldIndex1795699100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_382f558552ddbaa2bc48323ac9\"");
    await queryRunner.query("CREATE INDEX \"IDX_f6d61e1060f392a8e6a0264100\" ON \"access\" (\"trust_id\", \"user_id\", \"revoked_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_f6d61e1060f392a8e6a0264100\"");
    await queryRunner.query("CREATE INDEX \"IDX_382f558552ddbaa2bc48323ac9\" ON \"access\" (\"trust_id\", \"user_id\") ");
  }
}
