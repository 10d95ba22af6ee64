import type { MigrationInterface, QueryRunner } from "typeorm";

export class InvitationSchoolOutcomesIndex1795712368269 implements MigrationInterface {
  name = "InvitationSchoolOutcomesIndex1795712368269";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"IDX_invitation_school_outcomes\" ON \"invitation\" (\"trust_id\", \"school_id\", \"state\", \"delivery\", \"awaiting_approval\", \"sent_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_invitation_school_outcomes\"");
  }
}
