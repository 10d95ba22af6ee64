import type { MigrationInterface, QueryRunner } from "typeorm";

export class Imports1796675671680 implements MigrationInterface {
  name = "Imports1796675671680";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `import` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `school_id` varchar(36) NULL, `kind` enum ('INVITATIONS', 'STAFF') NOT NULL, `filename` varchar(255) NOT NULL, `status` enum ('VALIDATING', 'INVALID', 'READY', 'APPROVED', 'REJECTED', 'COMMITTED', 'FAILED') NOT NULL, `uploaded_by_id` varchar(36) NOT NULL, `uploaded_by_kind` varchar(16) NOT NULL, `uploaded_by` varchar(254) NOT NULL, `header` text NOT NULL, `row_count` int NOT NULL DEFAULT '0', `error_count` int NOT NULL DEFAULT '0', `create_count` int NOT NULL DEFAULT '0', `update_count` int NOT NULL DEFAULT '0', `unchanged_count` int NOT NULL DEFAULT '0', `skipped_count` int NOT NULL DEFAULT '0', `failure` varchar(1000) NULL, `send_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL, `finished_at` datetime(3) NULL, INDEX `IDX_6b5931a23d7e1b38078d77c27e` (`trust_id`, `school_id`, `created_at`, `id`), INDEX `IDX_4e3fd591e4329ab8046ddd5432` (`trust_id`, `created_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `import_error` (`import_id` varchar(36) NOT NULL, `position` int NOT NULL, `row` int NOT NULL, `column` varchar(64) NULL, `value` varchar(300) NULL, `message` varchar(500) NOT NULL, PRIMARY KEY (`import_id`, `position`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `import_page` (`import_id` varchar(36) NOT NULL, `first_row` int NOT NULL, `row_count` int NOT NULL, `cells` text NOT NULL, `actions` text NULL, PRIMARY KEY (`import_id`, `first_row`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `import` ADD CONSTRAINT `FK_c7cca2169ea4fdfedd99566ad96` FOREIGN KEY (`trust_id`) REFERENCES `trust`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `import` ADD CONSTRAINT `FK_e1b198909d935fecf562a15984d` FOREIGN KEY (`school_id`) REFERENCES `school`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `import_error` ADD CONSTRAINT `FK_5eebb2f5cb8f51ebc898bf50ba7` FOREIGN KEY (`import_id`) REFERENCES `import`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `import_page` ADD CONSTRAINT `FK_fa86651f0d678bc0bd4f25873c7` FOREIGN KEY (`import_id`) REFERENCES `import`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `import_page` DROP FOREIGN KEY `FK_fa86651f0d678bc0bd4f25873c7`");
    await queryRunner.query("ALTER TABLE `import_error` DROP FOREIGN KEY `FK_5eebb2f5cb8f51ebc898bf50ba7`");
    await queryRunner.query("ALTER TABLE `import` DROP FOREIGN KEY `FK_e1b198909d935fecf562a15984d`");
    await queryRunner.query("ALTER TABLE `import` DROP FOREIGN KEY `FK_c7cca2169ea4fdfedd99566ad96`");
    await queryRunner.query("DROP TABLE `import_page`");
    await queryRunner.query("DROP TABLE `import_error`");
    await queryRunner.query("DROP INDEX `IDX_4e3fd591e4329ab8046ddd5432` ON `import`");
    await queryRunner.query("DROP INDEX `IDX_6b5931a23d7e1b38078d77c27e` ON `import`");
    await queryRunner.query("DROP TABLE `import`");
  }
}
