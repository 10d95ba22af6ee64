import type { MigrationInterface, QueryRunner } from "typeorm";

export class EmailTemplateData1795693542712 implements MigrationInterface {
  name = "EmailTemplateData1795693542712";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `email_message` ADD `data` text NULL");
    await queryRunner.query("ALTER TABLE `email_message` CHANGE `html` `html` text NULL");
    await queryRunner.query("ALTER TABLE `email_message` CHANGE `text_body` `text_body` text NULL");
  }

  // Down refuses while any queued message is kept as template values (html is null): render or delete those first.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `email_message` CHANGE `text_body` `text_body` text NOT NULL");
    await queryRunner.query("ALTER TABLE `email_message` CHANGE `html` `html` text NOT NULL");
    await queryRunner.query("ALTER TABLE `email_message` DROP COLUMN `data`");
  }
}
