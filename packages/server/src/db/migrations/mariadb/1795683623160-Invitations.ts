import type { MigrationInterface, QueryRunner } from "typeorm";

export class Invitations1795683623160 implements MigrationInterface {
  name = "Invitations1795683623160";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `user_session` (`id` varchar(64) NOT NULL, `user_id` varchar(36) NOT NULL, `created_at` datetime(3) NOT NULL, `last_seen_at` datetime(3) NOT NULL, `expires_at` datetime(3) NOT NULL, INDEX `IDX_13275383dcdf095ee29f2b3455` (`user_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invitation_event` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `invitation_id` varchar(36) NOT NULL, `at` datetime(3) NOT NULL, `kind` varchar(32) NOT NULL, `actor_label` varchar(254) NULL, `detail` varchar(500) NULL, INDEX `IDX_9a611a5cdd6c3e86f1c6bf5529` (`invitation_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invitation` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `email` varchar(254) NOT NULL, `first_name` varchar(100) NULL, `last_name` varchar(100) NULL, `staff_id` varchar(36) NULL, `school_id` varchar(36) NULL, `state` enum ('SCHEDULED', 'PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED') NOT NULL, `existing_user` tinyint NOT NULL DEFAULT 0, `token_hash` varchar(64) NULL, `created_at` datetime(3) NOT NULL, `send_at` datetime(3) NULL, `sent_at` datetime(3) NULL, `expires_at` datetime(3) NOT NULL, `responded_at` datetime(3) NULL, `delivery` enum ('QUEUED', 'SENT', 'FAILED') NULL, `last_error` varchar(1000) NULL, `awaiting_approval` tinyint NOT NULL DEFAULT 0, `invited_by` varchar(254) NOT NULL, UNIQUE INDEX `IDX_b827d3749ffbb3b5ab5099afd6` (`token_hash`), INDEX `IDX_ed518a9d3929cccc682bc03ce7` (`state`, `send_at`), INDEX `IDX_d14bf7751e2ceab6729de760a2` (`state`, `expires_at`), INDEX `IDX_75b796f4387d55b0cde7b38a78` (`staff_id`), INDEX `IDX_25053af8c40797e635a76c9eac` (`trust_id`, `email`), INDEX `IDX_86bd78c501ada9f0853f949e7d` (`trust_id`, `school_id`, `created_at`, `id`), INDEX `IDX_2dd9707084357d016f8b3dc70a` (`trust_id`, `state`, `school_id`, `created_at`, `id`), INDEX `IDX_3c691ec1d8de5b5d71b054bbb4` (`trust_id`, `created_at`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invitation_item` (`id` varchar(36) NOT NULL, `trust_id` varchar(36) NOT NULL, `invitation_id` varchar(36) NOT NULL, `product_id` varchar(36) NOT NULL, `role_id` varchar(36) NOT NULL, `school_id` varchar(36) NULL, `cohort_id` varchar(36) NULL, `open_key` varchar(64) NULL, UNIQUE INDEX `IDX_92d3529160212571a099d0c9af` (`open_key`), INDEX `IDX_516f3a040215ba1de18d6cd564` (`cohort_id`), INDEX `IDX_2e6a5fc8adfcc0fabe285144bb` (`trust_id`, `school_id`, `product_id`), INDEX `IDX_8ea4a4e18fbf520cbd9eef8ab2` (`trust_id`, `product_id`, `role_id`), INDEX `IDX_027450b86dbd42991bdff19bbe` (`invitation_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `access` ADD `revoked_by` varchar(254) NULL");
    await queryRunner.query("ALTER TABLE `access` ADD `invitation_item_id` varchar(36) NULL");
    await queryRunner.query("ALTER TABLE `access` ADD `active_key` varchar(64) NULL");
    await queryRunner.query("ALTER TABLE `access` ADD UNIQUE INDEX `IDX_c25e3b9c7a788546c5d00c1243` (`active_key`)");
    await queryRunner.query("ALTER TABLE `user_session` ADD CONSTRAINT `FK_13275383dcdf095ee29f2b3455a` FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation` ADD CONSTRAINT `FK_bb3fa020c1daac4fdf102fb9c4d` FOREIGN KEY (`trust_id`) REFERENCES `trust`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation` ADD CONSTRAINT `FK_75b796f4387d55b0cde7b38a78b` FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation` ADD CONSTRAINT `FK_1ebc7ebd5f1b9c42ee2d18dd9dd` FOREIGN KEY (`school_id`) REFERENCES `school`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation_item` ADD CONSTRAINT `FK_027450b86dbd42991bdff19bbec` FOREIGN KEY (`invitation_id`) REFERENCES `invitation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation_item` ADD CONSTRAINT `FK_4059aee22b5d2deb5727eb4ca04` FOREIGN KEY (`product_id`) REFERENCES `product`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation_item` ADD CONSTRAINT `FK_c819af91a23a5955c0825b466e9` FOREIGN KEY (`role_id`) REFERENCES `product_role`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation_item` ADD CONSTRAINT `FK_82315edbd0ac65db091564e10e8` FOREIGN KEY (`school_id`) REFERENCES `school`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invitation_item` ADD CONSTRAINT `FK_516f3a040215ba1de18d6cd5646` FOREIGN KEY (`cohort_id`) REFERENCES `cohort`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `invitation_item` DROP FOREIGN KEY `FK_516f3a040215ba1de18d6cd5646`");
    await queryRunner.query("ALTER TABLE `invitation_item` DROP FOREIGN KEY `FK_82315edbd0ac65db091564e10e8`");
    await queryRunner.query("ALTER TABLE `invitation_item` DROP FOREIGN KEY `FK_c819af91a23a5955c0825b466e9`");
    await queryRunner.query("ALTER TABLE `invitation_item` DROP FOREIGN KEY `FK_4059aee22b5d2deb5727eb4ca04`");
    await queryRunner.query("ALTER TABLE `invitation_item` DROP FOREIGN KEY `FK_027450b86dbd42991bdff19bbec`");
    await queryRunner.query("ALTER TABLE `invitation` DROP FOREIGN KEY `FK_1ebc7ebd5f1b9c42ee2d18dd9dd`");
    await queryRunner.query("ALTER TABLE `invitation` DROP FOREIGN KEY `FK_75b796f4387d55b0cde7b38a78b`");
    await queryRunner.query("ALTER TABLE `invitation` DROP FOREIGN KEY `FK_bb3fa020c1daac4fdf102fb9c4d`");
    await queryRunner.query("ALTER TABLE `user_session` DROP FOREIGN KEY `FK_13275383dcdf095ee29f2b3455a`");
    await queryRunner.query("ALTER TABLE `access` DROP INDEX `IDX_c25e3b9c7a788546c5d00c1243`");
    await queryRunner.query("ALTER TABLE `access` DROP COLUMN `active_key`");
    await queryRunner.query("ALTER TABLE `access` DROP COLUMN `invitation_item_id`");
    await queryRunner.query("ALTER TABLE `access` DROP COLUMN `revoked_by`");
    await queryRunner.query("DROP INDEX `IDX_027450b86dbd42991bdff19bbe` ON `invitation_item`");
    await queryRunner.query("DROP INDEX `IDX_8ea4a4e18fbf520cbd9eef8ab2` ON `invitation_item`");
    await queryRunner.query("DROP INDEX `IDX_2e6a5fc8adfcc0fabe285144bb` ON `invitation_item`");
    await queryRunner.query("DROP INDEX `IDX_516f3a040215ba1de18d6cd564` ON `invitation_item`");
    await queryRunner.query("DROP INDEX `IDX_92d3529160212571a099d0c9af` ON `invitation_item`");
    await queryRunner.query("DROP TABLE `invitation_item`");
    await queryRunner.query("DROP INDEX `IDX_3c691ec1d8de5b5d71b054bbb4` ON `invitation`");
    await queryRunner.query("DROP INDEX `IDX_2dd9707084357d016f8b3dc70a` ON `invitation`");
    await queryRunner.query("DROP INDEX `IDX_86bd78c501ada9f0853f949e7d` ON `invitation`");
    await queryRunner.query("DROP INDEX `IDX_25053af8c40797e635a76c9eac` ON `invitation`");
    await queryRunner.query("DROP INDEX `IDX_75b796f4387d55b0cde7b38a78` ON `invitation`");
    await queryRunner.query("DROP INDEX `IDX_d14bf7751e2ceab6729de760a2` ON `invitation`");
    await queryRunner.query("DROP INDEX `IDX_ed518a9d3929cccc682bc03ce7` ON `invitation`");
    await queryRunner.query("DROP INDEX `IDX_b827d3749ffbb3b5ab5099afd6` ON `invitation`");
    await queryRunner.query("DROP TABLE `invitation`");
    await queryRunner.query("DROP INDEX `IDX_9a611a5cdd6c3e86f1c6bf5529` ON `invitation_event`");
    await queryRunner.query("DROP TABLE `invitation_event`");
    await queryRunner.query("DROP INDEX `IDX_13275383dcdf095ee29f2b3455` ON `user_session`");
    await queryRunner.query("DROP TABLE `user_session`");
  }
}
