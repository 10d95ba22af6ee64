import type { MigrationInterface, QueryRunner } from "typeorm";
import { recomputeTallies } from "../../../modules/invitation/invitation-tally.js";

/**
 * The invitation tallies (invitation-tally.entity.ts), filled from the invitations already there,
 * and the index of each school's newest sentAt. A later change to what the tallies count comes
 * with a migration that recomputes them (recomputeTallies) the same way.
 */
export class InvitationTallies1796674189759 implements MigrationInterface {
  name = "InvitationTallies1796674189759";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `invitation_tally` (`trust_id` varchar(36) NOT NULL, `facet_role` varchar(36) NOT NULL, `facet_cohort` varchar(36) NOT NULL, `facet_product` varchar(36) NOT NULL, `school_id` varchar(36) NOT NULL, `state` varchar(16) NOT NULL, `delivery` varchar(16) NOT NULL, `awaiting_approval` int NOT NULL, `slot` int NOT NULL, `n` int NOT NULL DEFAULT '0', PRIMARY KEY (`trust_id`, `facet_role`, `facet_cohort`, `facet_product`, `school_id`, `state`, `delivery`, `awaiting_approval`, `slot`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invitation_day_tally` (`trust_id` varchar(36) NOT NULL, `day` varchar(10) NOT NULL, `kind` varchar(8) NOT NULL, `school_id` varchar(36) NOT NULL, `state` varchar(16) NOT NULL, `delivery` varchar(16) NOT NULL, `awaiting_approval` int NOT NULL, `slot` int NOT NULL, `n` int NOT NULL DEFAULT '0', PRIMARY KEY (`trust_id`, `day`, `kind`, `school_id`, `state`, `delivery`, `awaiting_approval`, `slot`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invitation_accept_tally` (`trust_id` varchar(36) NOT NULL, `minutes` int NOT NULL, `slot` int NOT NULL, `n` int NOT NULL DEFAULT '0', PRIMARY KEY (`trust_id`, `minutes`, `slot`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE INDEX `IDX_invitation_school_sent` ON `invitation` (`trust_id`, `school_id`, `sent_at`)");
    // Backfill: every existing invitation counted, as the write paths will keep counting them from now on.
    await recomputeTallies(queryRunner.manager, "mariadb", null);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_invitation_school_sent` ON `invitation`");
    await queryRunner.query("DROP TABLE `invitation_accept_tally`");
    await queryRunner.query("DROP TABLE `invitation_day_tally`");
    await queryRunner.query("DROP TABLE `invitation_tally`");
  }
}
