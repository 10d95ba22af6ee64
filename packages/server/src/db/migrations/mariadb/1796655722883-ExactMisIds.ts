import type { MigrationInterface, QueryRunner } from "typeorm";

// MIS ids compare exactly (utf8mb4_bin), as on SQLite: "abc" and "ABC", or "É1" and "E1", become two
// people. Only loosens the unique (school_id, mis_id) index, so no existing roster can break it.
// Down returns the column to the table's default collation, which fails if such pairs exist by then.
export class ExactMisIds1796655722883 implements MigrationInterface {
  name = "ExactMisIds1796655722883";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `staff` MODIFY `mis_id` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `staff` MODIFY `mis_id` varchar(64) NOT NULL");
  }
}
