import type { MigrationInterface, QueryRunner } from "typeorm";

export class InvitationSearchIndex1795719000000 implements MigrationInterface {
  name = "InvitationSearchIndex1795719000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_invitation_search\" ON \"invitation\" (\"trust_id\", \"created_at\" DESC, \"id\" DESC, \"email\", \"first_name\", \"last_name\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_invitation_search\"");
  }
}
