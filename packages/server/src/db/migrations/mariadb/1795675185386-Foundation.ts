import type { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795675185386 implements MigrationInterface {
  name = "Foundation1795675185386";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `trust` (`id` varchar(36) NOT NULL, `slug` varchar(64) NOT NULL, `name` varchar(200) NOT NULL, `default_invite_expiry_days` int NOT NULL DEFAULT '14', `requires_school_approval` tinyint NOT NULL DEFAULT 0, `reminder_days` text NOT NULL, `created_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_353a4c5b9d62b46bb234c7b9fd` (`slug`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `code` varchar(40) NOT NULL, `name` varchar(200) NOT NULL, `description` varchar(500) NULL, `level` enum ('TRUST', 'SCHOOL') NOT NULL, `acceptance` enum ('GRANT_EXISTING_USERS', 'REQUIRE_ACCEPTANCE') NOT NULL, `created_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_11cdf3ddbf8f20b56357c6df8e` (`trust_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `cohort` (`id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `code` varchar(40) NOT NULL, `name` varchar(200) NOT NULL, `starts_at` datetime(3) NULL, `ends_at` datetime(3) NULL, UNIQUE INDEX `IDX_e1b388eb2e3b62e4fa8d7da937` (`product_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product_role` (`id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `code` varchar(40) NOT NULL, `name` varchar(200) NOT NULL, `description` varchar(500) NULL, `access_settings` text NOT NULL, `position` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_e110a45601e3dbf95327a845a1` (`product_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `school` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `urn` varchar(7) NOT NULL, `name` varchar(200) NOT NULL, `postcode` varchar(10) NULL, `local_authority` varchar(100) NULL, `phase` varchar(40) NULL, `created_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_461275ffcf1e4c8f20c6ae631e` (`urn`), INDEX `IDX_0391cf113f59634e109cca6555` (`trust_id`, `name`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `user` (`id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `first_name` varchar(100) NOT NULL, `last_name` varchar(100) NOT NULL, `password_hash` varchar(200) NULL, `created_at` datetime(3) NOT NULL, UNIQUE INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `access` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `user_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `role_id` varchar(36) NOT NULL, `school_id` varchar(36) NULL, `cohort_id` varchar(36) NULL, `granted_at` datetime(3) NOT NULL, `revoked_at` datetime(3) NULL, INDEX `IDX_e32c1b63903f107de87cac4ca1` (`trust_id`, `school_id`, `product_id`), INDEX `IDX_199c3ba3314e31edd63ffb8485` (`user_id`, `product_id`), INDEX `IDX_382f558552ddbaa2bc48323ac9` (`trust_id`, `user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `audit_event` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NULL, `at` datetime(3) NOT NULL, `actor_type` varchar(16) NOT NULL, `actor_id` varchar(36) NULL, `actor_label` varchar(254) NULL, `action` varchar(64) NOT NULL, `subject_type` varchar(32) NULL, `subject_id` varchar(36) NULL, `detail` text NULL, INDEX `IDX_7ed6d720728d20a2672b5fbd8a` (`subject_type`, `subject_id`), INDEX `IDX_c1d2afbbf96b3b1c6a310e9660` (`trust_id`, `at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `admin` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `school_id` varchar(36) NULL, `email` varchar(254) NOT NULL, `password_hash` varchar(200) NOT NULL, `role` enum ('TRUST_ADMIN', 'SCHOOL_ADMIN') NOT NULL, `created_at` datetime(3) NOT NULL, `last_sign_in_at` datetime(3) NULL, UNIQUE INDEX `IDX_de87485f6489f5d0995f584195` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `api_key` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `name` varchar(100) NOT NULL, `prefix` varchar(16) NOT NULL, `secret_hash` varchar(64) NOT NULL, `read_only` tinyint NOT NULL DEFAULT 0, `created_at` datetime(3) NOT NULL, `last_used_at` datetime(3) NULL, `revoked_at` datetime(3) NULL, UNIQUE INDEX `IDX_b227edd98d489363d65e908e60` (`secret_hash`), INDEX `IDX_bfe2214501b90fa292578edf77` (`trust_id`, `name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `rate_limit` (`bucket` varchar(191) NOT NULL, `window_start` datetime(3) NOT NULL, `count` int NOT NULL, PRIMARY KEY (`bucket`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `session` (`id` varchar(64) NOT NULL, `admin_id` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL, `last_seen_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, `ip` varchar(64) NULL, INDEX `IDX_5c0577871df09a14e0b1b2d007` (`admin_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `staff` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `school_id` varchar(36) NOT NULL, `mis_id` varchar(64) NOT NULL, `first_name` varchar(100) NOT NULL, `last_name` varchar(100) NOT NULL, `email` varchar(254) NOT NULL, `job_title` varchar(120) NULL, `created_at` datetime(3) NOT NULL, `updated_at` datetime(3) NOT NULL, INDEX `IDX_3bb3c21e8af89262c09b30e6ac` (`trust_id`, `email`), INDEX `IDX_d445a3a5d494b49ea5eff04eb0` (`school_id`, `last_name`, `first_name`, `id`), INDEX `IDX_914e069f03d4a4869f49257bba` (`trust_id`, `last_name`, `first_name`, `id`), UNIQUE INDEX `IDX_a6a9ed73c8149eb41e2a2b923c` (`school_id`, `mis_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `subscription` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `school_id` varchar(36) NULL, `starts_at` datetime(3) NOT NULL, `ends_at` datetime(3) NULL, `created_at` datetime(3) NOT NULL, INDEX `IDX_47f7706f40f18ccadaf91a2dc8` (`school_id`, `product_id`), INDEX `IDX_7da8156552d51853deee2c7a08` (`trust_id`, `product_id`, `school_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `product` ADD CONSTRAINT `FK_02155dd084b33f233a22a10995c` FOREIGN KEY (`trust_id`) REFERENCES `trust`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `cohort` ADD CONSTRAINT `FK_a4bb747183564c6f2b5538ae8ef` FOREIGN KEY (`product_id`) REFERENCES `product`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `product_role` ADD CONSTRAINT `FK_3d7fcd345d3dfd48b86e3c533e4` FOREIGN KEY (`product_id`) REFERENCES `product`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `school` ADD CONSTRAINT `FK_308c26651103d5463cdeeaa55bb` FOREIGN KEY (`trust_id`) REFERENCES `trust`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `access` ADD CONSTRAINT `FK_ba4f795cf801f8af20b7e38012b` FOREIGN KEY (`trust_id`) REFERENCES `trust`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `access` ADD CONSTRAINT `FK_2d29a8162ec942b00d044d8e170` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `access` ADD CONSTRAINT `FK_58f22d76e68e046b755c5b3345e` FOREIGN KEY (`product_id`) REFERENCES `product`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `access` ADD CONSTRAINT `FK_7d06a7e6a36beabf44a9daff95b` FOREIGN KEY (`role_id`) REFERENCES `product_role`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `access` ADD CONSTRAINT `FK_044334be16d2ee28791c7c084ce` FOREIGN KEY (`school_id`) REFERENCES `school`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `access` ADD CONSTRAINT `FK_62eb3f75077f1cce7ee61377b79` FOREIGN KEY (`cohort_id`) REFERENCES `cohort`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `admin` ADD CONSTRAINT `FK_8b95ff0defe8e538c5cb491dcfd` FOREIGN KEY (`trust_id`) REFERENCES `trust`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `admin` ADD CONSTRAINT `FK_b876d74c32b3965b7bdcfda15bd` FOREIGN KEY (`school_id`) REFERENCES `school`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `api_key` ADD CONSTRAINT `FK_9e07cd4401039182fcabf367183` FOREIGN KEY (`trust_id`) REFERENCES `trust`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `session` ADD CONSTRAINT `FK_5c0577871df09a14e0b1b2d007f` FOREIGN KEY (`admin_id`) REFERENCES `admin`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `staff` ADD CONSTRAINT `FK_aeddff67c4b41c564227a555ee0` FOREIGN KEY (`trust_id`) REFERENCES `trust`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `staff` ADD CONSTRAINT `FK_351341ffb6055ef0907b18e28b9` FOREIGN KEY (`school_id`) REFERENCES `school`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `subscription` ADD CONSTRAINT `FK_9d4ea3be95d935464d980d38a00` FOREIGN KEY (`trust_id`) REFERENCES `trust`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `subscription` ADD CONSTRAINT `FK_7fe49a45c06703b6cb93244817f` FOREIGN KEY (`product_id`) REFERENCES `product`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `subscription` ADD CONSTRAINT `FK_cf6296e0bc9623d7f5688d21220` FOREIGN KEY (`school_id`) REFERENCES `school`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `subscription` DROP FOREIGN KEY `FK_cf6296e0bc9623d7f5688d21220`");
    await queryRunner.query("ALTER TABLE `subscription` DROP FOREIGN KEY `FK_7fe49a45c06703b6cb93244817f`");
    await queryRunner.query("ALTER TABLE `subscription` DROP FOREIGN KEY `FK_9d4ea3be95d935464d980d38a00`");
    await queryRunner.query("ALTER TABLE `staff` DROP FOREIGN KEY `FK_351341ffb6055ef0907b18e28b9`");
    await queryRunner.query("ALTER TABLE `staff` DROP FOREIGN KEY `FK_aeddff67c4b41c564227a555ee0`");
    await queryRunner.query("ALTER TABLE `session` DROP FOREIGN KEY `FK_5c0577871df09a14e0b1b2d007f`");
    await queryRunner.query("ALTER TABLE `api_key` DROP FOREIGN KEY `FK_9e07cd4401039182fcabf367183`");
    await queryRunner.query("ALTER TABLE `admin` DROP FOREIGN KEY `FK_b876d74c32b3965b7bdcfda15bd`");
    await queryRunner.query("ALTER TABLE `admin` DROP FOREIGN KEY `FK_8b95ff0defe8e538c5cb491dcfd`");
    await queryRunner.query("ALTER TABLE `access` DROP FOREIGN KEY `FK_62eb3f75077f1cce7ee61377b79`");
    await queryRunner.query("ALTER TABLE `access` DROP FOREIGN KEY `FK_044334be16d2ee28791c7c084ce`");
    await queryRunner.query("ALTER TABLE `access` DROP FOREIGN KEY `FK_7d06a7e6a36beabf44a9daff95b`");
    await queryRunner.query("ALTER TABLE `access` DROP FOREIGN KEY `FK_58f22d76e68e046b755c5b3345e`");
    await queryRunner.query("ALTER TABLE `access` DROP FOREIGN KEY `FK_2d29a8162ec942b00d044d8e170`");
    await queryRunner.query("ALTER TABLE `access` DROP FOREIGN KEY `FK_ba4f795cf801f8af20b7e38012b`");
    await queryRunner.query("ALTER TABLE `school` DROP FOREIGN KEY `FK_308c26651103d5463cdeeaa55bb`");
    await queryRunner.query("ALTER TABLE `product_role` DROP FOREIGN KEY `FK_3d7fcd345d3dfd48b86e3c533e4`");
    await queryRunner.query("ALTER TABLE `cohort` DROP FOREIGN KEY `FK_a4bb747183564c6f2b5538ae8ef`");
    await queryRunner.query("ALTER TABLE `product` DROP FOREIGN KEY `FK_02155dd084b33f233a22a10995c`");
    await queryRunner.query("DROP INDEX `IDX_7da8156552d51853deee2c7a08` ON `subscription`");
    await queryRunner.query("DROP INDEX `IDX_47f7706f40f18ccadaf91a2dc8` ON `subscription`");
    await queryRunner.query("DROP TABLE `subscription`");
    await queryRunner.query("DROP INDEX `IDX_a6a9ed73c8149eb41e2a2b923c` ON `staff`");
    await queryRunner.query("DROP INDEX `IDX_914e069f03d4a4869f49257bba` ON `staff`");
    await queryRunner.query("DROP INDEX `IDX_d445a3a5d494b49ea5eff04eb0` ON `staff`");
    await queryRunner.query("DROP INDEX `IDX_3bb3c21e8af89262c09b30e6ac` ON `staff`");
    await queryRunner.query("DROP TABLE `staff`");
    await queryRunner.query("DROP INDEX `IDX_5c0577871df09a14e0b1b2d007` ON `session`");
    await queryRunner.query("DROP TABLE `session`");
    await queryRunner.query("DROP TABLE `rate_limit`");
    await queryRunner.query("DROP INDEX `IDX_bfe2214501b90fa292578edf77` ON `api_key`");
    await queryRunner.query("DROP INDEX `IDX_b227edd98d489363d65e908e60` ON `api_key`");
    await queryRunner.query("DROP TABLE `api_key`");
    await queryRunner.query("DROP INDEX `IDX_de87485f6489f5d0995f584195` ON `admin`");
    await queryRunner.query("DROP TABLE `admin`");
    await queryRunner.query("DROP INDEX `IDX_c1d2afbbf96b3b1c6a310e9660` ON `audit_event`");
    await queryRunner.query("DROP INDEX `IDX_7ed6d720728d20a2672b5fbd8a` ON `audit_event`");
    await queryRunner.query("DROP TABLE `audit_event`");
    await queryRunner.query("DROP INDEX `IDX_382f558552ddbaa2bc48323ac9` ON `access`");
    await queryRunner.query("DROP INDEX `IDX_199c3ba3314e31edd63ffb8485` ON `access`");
    await queryRunner.query("DROP INDEX `IDX_e32c1b63903f107de87cac4ca1` ON `access`");
    await queryRunner.query("DROP TABLE `access`");
    await queryRunner.query("DROP INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` ON `user`");
    await queryRunner.query("DROP TABLE `user`");
    await queryRunner.query("DROP INDEX `IDX_0391cf113f59634e109cca6555` ON `school`");
    await queryRunner.query("DROP INDEX `IDX_461275ffcf1e4c8f20c6ae631e` ON `school`");
    await queryRunner.query("DROP TABLE `school`");
    await queryRunner.query("DROP INDEX `IDX_e110a45601e3dbf95327a845a1` ON `product_role`");
    await queryRunner.query("DROP TABLE `product_role`");
    await queryRunner.query("DROP INDEX `IDX_e1b388eb2e3b62e4fa8d7da937` ON `cohort`");
    await queryRunner.query("DROP TABLE `cohort`");
    await queryRunner.query("DROP INDEX `IDX_11cdf3ddbf8f20b56357c6df8e` ON `product`");
    await queryRunner.query("DROP TABLE `product`");
    await queryRunner.query("DROP INDEX `IDX_353a4c5b9d62b46bb234c7b9fd` ON `trust`");
    await queryRunner.query("DROP TABLE `trust`");
  }
}
