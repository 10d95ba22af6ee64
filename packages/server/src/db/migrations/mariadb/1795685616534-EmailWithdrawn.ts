import type { MigrationInterface, QueryRunner } from "typeorm";

export class EmailWithdrawn1795685616534 implements MigrationInterface {
  name = "EmailWithdrawn1795685616534";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_1f206256cf3e319c6c8deb3d53` ON `email_message`");
    await queryRunner.query("ALTER TABLE `email_message` CHANGE `status` `status` enum ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'WITHDRAWN') NOT NULL DEFAULT 'QUEUED'");
    await queryRunner.query("CREATE INDEX `IDX_1f206256cf3e319c6c8deb3d53` ON `email_message` (`status`, `next_attempt_at`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_1f206256cf3e319c6c8deb3d53` ON `email_message`");
    await queryRunner.query("ALTER TABLE `email_message` CHANGE `status` `status` enum ('QUEUED', 'SENDING', 'SENT', 'FAILED') NOT NULL DEFAULT 'QUEUED'");
    await queryRunner.query("CREATE INDEX `IDX_1f206256cf3e319c6c8deb3d53` ON `email_message` (`status`, `next_attempt_at`)");
  }
}
