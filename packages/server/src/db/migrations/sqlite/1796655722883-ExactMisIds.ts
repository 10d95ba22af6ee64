import type { MigrationInterface } from "typeorm";

// MIS ids compare exactly on both databases. SQLite already does: staff.mis_id names no collation,
// so it compares with BINARY. Nothing to change; listed so both dialects carry the same migrations.
export class ExactMisIds1796655722883 implements MigrationInterface {
  name = "ExactMisIds1796655722883";

  async up(): Promise<void> {}

  async down(): Promise<void> {}
}
