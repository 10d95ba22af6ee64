import type { MigrationInterface, QueryRunner } from "typeorm";

// A history step's date moves out of its text ("a new link, expiring 2026-12-10 16:39 UTC")
// into a column, so readers format it in their own time zone; down writes it back as text.
const FORMS = [
  { kind: "RESENT", before: "a new link, expiring ", after: "a new link" },
  { kind: "SCHEDULED", before: "to be emailed on ", after: "to be emailed later" },
];
const MINUTE = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]";

export class InvitationEventDate1796655436280 implements MigrationInterface {
  name = "InvitationEventDate1796655436280";

  async up(queryRunner: QueryRunner): Promise<void> {
    // A nullable column without a default: SQLite adds it in place, no table rebuild.
    await queryRunner.query("ALTER TABLE \"invitation_event\" ADD COLUMN \"date\" datetime(3)");
    for (const { kind, before, after } of FORMS) {
      // Stored as TypeORM stores dates in SQLite: "2026-12-10 16:39:00.000" (UTC).
      await queryRunner.query(
        `UPDATE "invitation_event" SET "date" = substr("detail", ${before.length + 1}, 16) || ':00.000', "detail" = ?
         WHERE "kind" = ? AND "detail" GLOB ?`,
        [after, kind, `${before}${MINUTE} UTC`],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { kind, before } of FORMS) {
      await queryRunner.query(
        "UPDATE \"invitation_event\" SET \"detail\" = ? || substr(\"date\", 1, 16) || ' UTC' WHERE \"kind\" = ? AND \"date\" IS NOT NULL",
        [before, kind],
      );
    }
    await queryRunner.query("ALTER TABLE \"invitation_event\" DROP COLUMN \"date\"");
  }
}
