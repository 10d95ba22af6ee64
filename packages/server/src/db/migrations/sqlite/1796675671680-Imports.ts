import type { MigrationInterface, QueryRunner } from "typeorm";

export class Imports1796675671680 implements MigrationInterface {
  name = "Imports1796675671680";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"import\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"trust_id\" varchar(36) NOT NULL, \"school_id\" varchar(36), \"kind\" varchar CHECK( \"kind\" IN ('INVITATIONS','STAFF') ) NOT NULL, \"filename\" varchar(255) NOT NULL, \"status\" varchar CHECK( \"status\" IN ('VALIDATING','INVALID','READY','APPROVED','REJECTED','COMMITTED','FAILED') ) NOT NULL, \"uploaded_by_id\" varchar(36) NOT NULL, \"uploaded_by_kind\" varchar(16) NOT NULL, \"uploaded_by\" varchar(254) NOT NULL, \"header\" text NOT NULL, \"row_count\" integer NOT NULL DEFAULT (0), \"error_count\" integer NOT NULL DEFAULT (0), \"create_count\" integer NOT NULL DEFAULT (0), \"update_count\" integer NOT NULL DEFAULT (0), \"unchanged_count\" integer NOT NULL DEFAULT (0), \"skipped_count\" integer NOT NULL DEFAULT (0), \"failure\" varchar(1000), \"send_at\" datetime(3), \"created_at\" datetime(3) NOT NULL, \"finished_at\" datetime(3))");
    await queryRunner.query("CREATE INDEX \"IDX_6b5931a23d7e1b38078d77c27e\" ON \"import\" (\"trust_id\", \"school_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4e3fd591e4329ab8046ddd5432\" ON \"import\" (\"trust_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"import_error\" (\"import_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"row\" integer NOT NULL, \"column\" varchar(64), \"value\" varchar(300), \"message\" varchar(500) NOT NULL, PRIMARY KEY (\"import_id\", \"position\"))");
    await queryRunner.query("CREATE TABLE \"import_page\" (\"import_id\" varchar(36) NOT NULL, \"first_row\" integer NOT NULL, \"row_count\" integer NOT NULL, \"cells\" text NOT NULL, \"actions\" text, PRIMARY KEY (\"import_id\", \"first_row\"))");
    await queryRunner.query("DROP INDEX \"IDX_6b5931a23d7e1b38078d77c27e\"");
    await queryRunner.query("DROP INDEX \"IDX_4e3fd591e4329ab8046ddd5432\"");
    await queryRunner.query("CREATE TABLE \"temporary_import\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"trust_id\" varchar(36) NOT NULL, \"school_id\" varchar(36), \"kind\" varchar CHECK( \"kind\" IN ('INVITATIONS','STAFF') ) NOT NULL, \"filename\" varchar(255) NOT NULL, \"status\" varchar CHECK( \"status\" IN ('VALIDATING','INVALID','READY','APPROVED','REJECTED','COMMITTED','FAILED') ) NOT NULL, \"uploaded_by_id\" varchar(36) NOT NULL, \"uploaded_by_kind\" varchar(16) NOT NULL, \"uploaded_by\" varchar(254) NOT NULL, \"header\" text NOT NULL, \"row_count\" integer NOT NULL DEFAULT (0), \"error_count\" integer NOT NULL DEFAULT (0), \"create_count\" integer NOT NULL DEFAULT (0), \"update_count\" integer NOT NULL DEFAULT (0), \"unchanged_count\" integer NOT NULL DEFAULT (0), \"skipped_count\" integer NOT NULL DEFAULT (0), \"failure\" varchar(1000), \"send_at\" datetime(3), \"created_at\" datetime(3) NOT NULL, \"finished_at\" datetime(3), CONSTRAINT \"FK_c7cca2169ea4fdfedd99566ad96\" FOREIGN KEY (\"trust_id\") REFERENCES \"trust\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_e1b198909d935fecf562a15984d\" FOREIGN KEY (\"school_id\") REFERENCES \"school\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_import\"(\"id\", \"trust_id\", \"school_id\", \"kind\", \"filename\", \"status\", \"uploaded_by_id\", \"uploaded_by_kind\", \"uploaded_by\", \"header\", \"row_count\", \"error_count\", \"create_count\", \"update_count\", \"unchanged_count\", \"skipped_count\", \"failure\", \"send_at\", \"created_at\", \"finished_at\") SELECT \"id\", \"trust_id\", \"school_id\", \"kind\", \"filename\", \"status\", \"uploaded_by_id\", \"uploaded_by_kind\", \"uploaded_by\", \"header\", \"row_count\", \"error_count\", \"create_count\", \"update_count\", \"unchanged_count\", \"skipped_count\", \"failure\", \"send_at\", \"created_at\", \"finished_at\" FROM \"import\"");
    await queryRunner.query("DROP TABLE \"import\"");
    await queryRunner.query("ALTER TABLE \"temporary_import\" RENAME TO \"import\"");
    await queryRunner.query("CREATE INDEX \"IDX_6b5931a23d7e1b38078d77c27e\" ON \"import\" (\"trust_id\", \"school_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_4e3fd591e4329ab8046ddd5432\" ON \"import\" (\"trust_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"temporary_import_error\" (\"import_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"row\" integer NOT NULL, \"column\" varchar(64), \"value\" varchar(300), \"message\" varchar(500) NOT NULL, CONSTRAINT \"FK_5eebb2f5cb8f51ebc898bf50ba7\" FOREIGN KEY (\"import_id\") REFERENCES \"import\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"import_id\", \"position\"))");
    await queryRunner.query("INSERT INTO \"temporary_import_error\"(\"import_id\", \"position\", \"row\", \"column\", \"value\", \"message\") SELECT \"import_id\", \"position\", \"row\", \"column\", \"value\", \"message\" FROM \"import_error\"");
    await queryRunner.query("DROP TABLE \"import_error\"");
    await queryRunner.query("ALTER TABLE \"temporary_import_error\" RENAME TO \"import_error\"");
    await queryRunner.query("CREATE TABLE \"temporary_import_page\" (\"import_id\" varchar(36) NOT NULL, \"first_row\" integer NOT NULL, \"row_count\" integer NOT NULL, \"cells\" text NOT NULL, \"actions\" text, CONSTRAINT \"FK_fa86651f0d678bc0bd4f25873c7\" FOREIGN KEY (\"import_id\") REFERENCES \"import\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"import_id\", \"first_row\"))");
    await queryRunner.query("INSERT INTO \"temporary_import_page\"(\"import_id\", \"first_row\", \"row_count\", \"cells\", \"actions\") SELECT \"import_id\", \"first_row\", \"row_count\", \"cells\", \"actions\" FROM \"import_page\"");
    await queryRunner.query("DROP TABLE \"import_page\"");
    await queryRunner.query("ALTER TABLE \"temporary_import_page\" RENAME TO \"import_page\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"import_page\" RENAME TO \"temporary_import_page\"");
    await queryRunner.query("CREATE TABLE \"import_page\" (\"import_id\" varchar(36) NOT NULL, \"first_row\" integer NOT NULL, \"row_count\" integer NOT NULL, \"cells\" text NOT NULL, \"actions\" text, PRIMARY KEY (\"import_id\", \"first_row\"))");
    await queryRunner.query("INSERT INTO \"import_page\"(\"import_id\", \"first_row\", \"row_count\", \"cells\", \"actions\") SELECT \"import_id\", \"first_row\", \"row_count\", \"cells\", \"actions\" FROM \"temporary_import_page\"");
    await queryRunner.query("DROP TABLE \"temporary_import_page\"");
    await queryRunner.query("ALTER TABLE \"import_error\" RENAME TO \"temporary_import_error\"");
    await queryRunner.query("CREATE TABLE \"import_error\" (\"import_id\" varchar(36) NOT NULL, \"position\" integer NOT NULL, \"row\" integer NOT NULL, \"column\" varchar(64), \"value\" varchar(300), \"message\" varchar(500) NOT NULL, PRIMARY KEY (\"import_id\", \"position\"))");
    await queryRunner.query("INSERT INTO \"import_error\"(\"import_id\", \"position\", \"row\", \"column\", \"value\", \"message\") SELECT \"import_id\", \"position\", \"row\", \"column\", \"value\", \"message\" FROM \"temporary_import_error\"");
    await queryRunner.query("DROP TABLE \"temporary_import_error\"");
    await queryRunner.query("DROP INDEX \"IDX_4e3fd591e4329ab8046ddd5432\"");
    await queryRunner.query("DROP INDEX \"IDX_6b5931a23d7e1b38078d77c27e\"");
    await queryRunner.query("ALTER TABLE \"import\" RENAME TO \"temporary_import\"");
    await queryRunner.query("CREATE TABLE \"import\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"trust_id\" varchar(36) NOT NULL, \"school_id\" varchar(36), \"kind\" varchar CHECK( \"kind\" IN ('INVITATIONS','STAFF') ) NOT NULL, \"filename\" varchar(255) NOT NULL, \"status\" varchar CHECK( \"status\" IN ('VALIDATING','INVALID','READY','APPROVED','REJECTED','COMMITTED','FAILED') ) NOT NULL, \"uploaded_by_id\" varchar(36) NOT NULL, \"uploaded_by_kind\" varchar(16) NOT NULL, \"uploaded_by\" varchar(254) NOT NULL, \"header\" text NOT NULL, \"row_count\" integer NOT NULL DEFAULT (0), \"error_count\" integer NOT NULL DEFAULT (0), \"create_count\" integer NOT NULL DEFAULT (0), \"update_count\" integer NOT NULL DEFAULT (0), \"unchanged_count\" integer NOT NULL DEFAULT (0), \"skipped_count\" integer NOT NULL DEFAULT (0), \"failure\" varchar(1000), \"send_at\" datetime(3), \"created_at\" datetime(3) NOT NULL, \"finished_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"import\"(\"id\", \"trust_id\", \"school_id\", \"kind\", \"filename\", \"status\", \"uploaded_by_id\", \"uploaded_by_kind\", \"uploaded_by\", \"header\", \"row_count\", \"error_count\", \"create_count\", \"update_count\", \"unchanged_count\", \"skipped_count\", \"failure\", \"send_at\", \"created_at\", \"finished_at\") SELECT \"id\", \"trust_id\", \"school_id\", \"kind\", \"filename\", \"status\", \"uploaded_by_id\", \"uploaded_by_kind\", \"uploaded_by\", \"header\", \"row_count\", \"error_count\", \"create_count\", \"update_count\", \"unchanged_count\", \"skipped_count\", \"failure\", \"send_at\", \"created_at\", \"finished_at\" FROM \"temporary_import\"");
    await queryRunner.query("DROP TABLE \"temporary_import\"");
    await queryRunner.query("CREATE INDEX \"IDX_4e3fd591e4329ab8046ddd5432\" ON \"import\" (\"trust_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6b5931a23d7e1b38078d77c27e\" ON \"import\" (\"trust_id\", \"school_id\", \"created_at\", \"id\") ");
    await queryRunner.query("DROP TABLE \"import_page\"");
    await queryRunner.query("DROP TABLE \"import_error\"");
    await queryRunner.query("DROP INDEX \"IDX_4e3fd591e4329ab8046ddd5432\"");
    await queryRunner.query("DROP INDEX \"IDX_6b5931a23d7e1b38078d77c27e\"");
    await queryRunner.query("DROP TABLE \"import\"");
  }
}
