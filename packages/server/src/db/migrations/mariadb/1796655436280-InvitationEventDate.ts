import type { MigrationInterface, QueryRunner } from "typeorm";

// A history step's date moves out of its text ("a new link, expiring 2026-12-10 16:39 UTC")
// into a column, so readers format it in their own time zone; down writes it back as text.
const FORMS = [
  { kind: "RESENT", before: "a new link, expiring ", after: "a new link" },
  { kind: "SCHEDULED", before: "to be emailed on ", after: "to be emailed later" },
];

export class InvitationEventDate1796655436280 implements MigrationInterface {
  name = "InvitationEventDate1796655436280";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `invitation_event` ADD `date` datetime(3) NULL");
    for (const { kind, before, after } of FORMS) {
      const minute = `STR_TO_DATE(SUBSTRING(\`detail\`, ${before.length + 1}, 16), '%Y-%m-%d %H:%i')`;
      await queryRunner.query(
        `UPDATE \`invitation_event\` SET \`date\` = ${minute}, \`detail\` = ?
         WHERE \`kind\` = ? AND \`detail\` LIKE ? AND ${minute} IS NOT NULL`,
        [after, kind, `${before}____-__-__ __:__ UTC`],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { kind, before } of FORMS) {
      await queryRunner.query(
        "UPDATE `invitation_event` SET `detail` = CONCAT(?, DATE_FORMAT(`date`, '%Y-%m-%d %H:%i'), ' UTC') WHERE `kind` = ? AND `date` IS NOT NULL",
        [before, kind],
      );
    }
    await queryRunner.query("ALTER TABLE `invitation_event` DROP COLUMN `date`");
  }
}
