import type { MigrationInterface, QueryRunner } from "typeorm";

export class Outbox1795681245467 implements MigrationInterface {
  name = "Outbox1795681245467";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `email_message` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NULL, `to_email` varchar(254) NOT NULL, `to_name` varchar(200) NULL, `subject` varchar(300) NOT NULL, `html` text NOT NULL, `text_body` text NOT NULL, `kind` varchar(32) NOT NULL, `subject_type` varchar(32) NULL, `subject_id` varchar(36) NULL, `status` enum ('QUEUED', 'SENDING', 'SENT', 'FAILED') NOT NULL DEFAULT 'QUEUED', `attempts` int NOT NULL DEFAULT '0', `next_attempt_at` datetime(3) NOT NULL, `claimed_until` datetime(3) NULL, `claimed_by` varchar(64) NULL, `last_error` varchar(1000) NULL, `transport` varchar(16) NULL, `sent_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL, INDEX `IDX_9bbe763e031a9383c3e43ea2ee` (`subject_type`, `subject_id`), INDEX `IDX_96330b423fc5a9b8ca37b2a5c3` (`trust_id`, `created_at`, `id`), INDEX `IDX_1f206256cf3e319c6c8deb3d53` (`status`, `next_attempt_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_1f206256cf3e319c6c8deb3d53` ON `email_message`");
    await queryRunner.query("DROP INDEX `IDX_96330b423fc5a9b8ca37b2a5c3` ON `email_message`");
    await queryRunner.query("DROP INDEX `IDX_9bbe763e031a9383c3e43ea2ee` ON `email_message`");
    await queryRunner.query("DROP TABLE `email_message`");
  }
}
