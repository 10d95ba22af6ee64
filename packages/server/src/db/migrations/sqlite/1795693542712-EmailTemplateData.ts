import type { MigrationInterface, QueryRunner } from "typeorm";

export class EmailTemplateData1795693542712 implements MigrationInterface {
  name = "EmailTemplateData1795693542712";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_1f206256cf3e319c6c8deb3d53\"");
    await queryRunner.query("DROP INDEX \"IDX_9bbe763e031a9383c3e43ea2ee\"");
    await queryRunner.query("DROP INDEX \"IDX_96330b423fc5a9b8ca37b2a5c3\"");
    await queryRunner.query("CREATE TABLE \"temporary_email_message\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"trust_id\" varchar(36), \"to_email\" varchar(254) NOT NULL, \"to_name\" varchar(200), \"subject\" varchar(300) NOT NULL, \"html\" text NOT NULL, \"text_body\" text NOT NULL, \"kind\" varchar(32) NOT NULL, \"subject_type\" varchar(32), \"subject_id\" varchar(36), \"status\" varchar CHECK( \"status\" IN ('QUEUED','SENDING','SENT','FAILED','WITHDRAWN') ) NOT NULL DEFAULT ('QUEUED'), \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime(3) NOT NULL, \"claimed_until\" datetime(3), \"claimed_by\" varchar(64), \"last_error\" varchar(1000), \"transport\" varchar(16), \"sent_at\" datetime(3), \"created_at\" datetime(3) NOT NULL, \"data\" text)");
    await queryRunner.query("INSERT INTO \"temporary_email_message\"(\"id\", \"trust_id\", \"to_email\", \"to_name\", \"subject\", \"html\", \"text_body\", \"kind\", \"subject_type\", \"subject_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_until\", \"claimed_by\", \"last_error\", \"transport\", \"sent_at\", \"created_at\") SELECT \"id\", \"trust_id\", \"to_email\", \"to_name\", \"subject\", \"html\", \"text_body\", \"kind\", \"subject_type\", \"subject_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_until\", \"claimed_by\", \"last_error\", \"transport\", \"sent_at\", \"created_at\" FROM \"email_message\"");
    await queryRunner.query("DROP TABLE \"email_message\"");
    await queryRunner.query("ALTER TABLE \"temporary_email_message\" RENAME TO \"email_message\"");
    await queryRunner.query("CREATE INDEX \"IDX_1f206256cf3e319c6c8deb3d53\" ON \"email_message\" (\"status\", \"next_attempt_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9bbe763e031a9383c3e43ea2ee\" ON \"email_message\" (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_96330b423fc5a9b8ca37b2a5c3\" ON \"email_message\" (\"trust_id\", \"created_at\", \"id\") ");
    await queryRunner.query("DROP INDEX \"IDX_1f206256cf3e319c6c8deb3d53\"");
    await queryRunner.query("DROP INDEX \"IDX_9bbe763e031a9383c3e43ea2ee\"");
    await queryRunner.query("DROP INDEX \"IDX_96330b423fc5a9b8ca37b2a5c3\"");
    await queryRunner.query("CREATE TABLE \"temporary_email_message\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"trust_id\" varchar(36), \"to_email\" varchar(254) NOT NULL, \"to_name\" varchar(200), \"subject\" varchar(300) NOT NULL, \"html\" text, \"text_body\" text, \"kind\" varchar(32) NOT NULL, \"subject_type\" varchar(32), \"subject_id\" varchar(36), \"status\" varchar CHECK( \"status\" IN ('QUEUED','SENDING','SENT','FAILED','WITHDRAWN') ) NOT NULL DEFAULT ('QUEUED'), \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime(3) NOT NULL, \"claimed_until\" datetime(3), \"claimed_by\" varchar(64), \"last_error\" varchar(1000), \"transport\" varchar(16), \"sent_at\" datetime(3), \"created_at\" datetime(3) NOT NULL, \"data\" text)");
    await queryRunner.query("INSERT INTO \"temporary_email_message\"(\"id\", \"trust_id\", \"to_email\", \"to_name\", \"subject\", \"html\", \"text_body\", \"kind\", \"subject_type\", \"subject_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_until\", \"claimed_by\", \"last_error\", \"transport\", \"sent_at\", \"created_at\", \"data\") SELECT \"id\", \"trust_id\", \"to_email\", \"to_name\", \"subject\", \"html\", \"text_body\", \"kind\", \"subject_type\", \"subject_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_until\", \"claimed_by\", \"last_error\", \"transport\", \"sent_at\", \"created_at\", \"data\" FROM \"email_message\"");
    await queryRunner.query("DROP TABLE \"email_message\"");
    await queryRunner.query("ALTER TABLE \"temporary_email_message\" RENAME TO \"email_message\"");
    await queryRunner.query("CREATE INDEX \"IDX_1f206256cf3e319c6c8deb3d53\" ON \"email_message\" (\"status\", \"next_attempt_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9bbe763e031a9383c3e43ea2ee\" ON \"email_message\" (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_96330b423fc5a9b8ca37b2a5c3\" ON \"email_message\" (\"trust_id\", \"created_at\", \"id\") ");
  }

  // Down refuses while any queued message is kept as template values (html is null): render or delete those first.
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_96330b423fc5a9b8ca37b2a5c3\"");
    await queryRunner.query("DROP INDEX \"IDX_9bbe763e031a9383c3e43ea2ee\"");
    await queryRunner.query("DROP INDEX \"IDX_1f206256cf3e319c6c8deb3d53\"");
    await queryRunner.query("ALTER TABLE \"email_message\" RENAME TO \"temporary_email_message\"");
    await queryRunner.query("CREATE TABLE \"email_message\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"trust_id\" varchar(36), \"to_email\" varchar(254) NOT NULL, \"to_name\" varchar(200), \"subject\" varchar(300) NOT NULL, \"html\" text NOT NULL, \"text_body\" text NOT NULL, \"kind\" varchar(32) NOT NULL, \"subject_type\" varchar(32), \"subject_id\" varchar(36), \"status\" varchar CHECK( \"status\" IN ('QUEUED','SENDING','SENT','FAILED','WITHDRAWN') ) NOT NULL DEFAULT ('QUEUED'), \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime(3) NOT NULL, \"claimed_until\" datetime(3), \"claimed_by\" varchar(64), \"last_error\" varchar(1000), \"transport\" varchar(16), \"sent_at\" datetime(3), \"created_at\" datetime(3) NOT NULL, \"data\" text)");
    await queryRunner.query("INSERT INTO \"email_message\"(\"id\", \"trust_id\", \"to_email\", \"to_name\", \"subject\", \"html\", \"text_body\", \"kind\", \"subject_type\", \"subject_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_until\", \"claimed_by\", \"last_error\", \"transport\", \"sent_at\", \"created_at\", \"data\") SELECT \"id\", \"trust_id\", \"to_email\", \"to_name\", \"subject\", \"html\", \"text_body\", \"kind\", \"subject_type\", \"subject_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_until\", \"claimed_by\", \"last_error\", \"transport\", \"sent_at\", \"created_at\", \"data\" FROM \"temporary_email_message\"");
    await queryRunner.query("DROP TABLE \"temporary_email_message\"");
    await queryRunner.query("CREATE INDEX \"IDX_96330b423fc5a9b8ca37b2a5c3\" ON \"email_message\" (\"trust_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9bbe763e031a9383c3e43ea2ee\" ON \"email_message\" (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1f206256cf3e319c6c8deb3d53\" ON \"email_message\" (\"status\", \"next_attempt_at\") ");
    await queryRunner.query("DROP INDEX \"IDX_96330b423fc5a9b8ca37b2a5c3\"");
    await queryRunner.query("DROP INDEX \"IDX_9bbe763e031a9383c3e43ea2ee\"");
    await queryRunner.query("DROP INDEX \"IDX_1f206256cf3e319c6c8deb3d53\"");
    await queryRunner.query("ALTER TABLE \"email_message\" RENAME TO \"temporary_email_message\"");
    await queryRunner.query("CREATE TABLE \"email_message\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"trust_id\" varchar(36), \"to_email\" varchar(254) NOT NULL, \"to_name\" varchar(200), \"subject\" varchar(300) NOT NULL, \"html\" text NOT NULL, \"text_body\" text NOT NULL, \"kind\" varchar(32) NOT NULL, \"subject_type\" varchar(32), \"subject_id\" varchar(36), \"status\" varchar CHECK( \"status\" IN ('QUEUED','SENDING','SENT','FAILED','WITHDRAWN') ) NOT NULL DEFAULT ('QUEUED'), \"attempts\" integer NOT NULL DEFAULT (0), \"next_attempt_at\" datetime(3) NOT NULL, \"claimed_until\" datetime(3), \"claimed_by\" varchar(64), \"last_error\" varchar(1000), \"transport\" varchar(16), \"sent_at\" datetime(3), \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"email_message\"(\"id\", \"trust_id\", \"to_email\", \"to_name\", \"subject\", \"html\", \"text_body\", \"kind\", \"subject_type\", \"subject_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_until\", \"claimed_by\", \"last_error\", \"transport\", \"sent_at\", \"created_at\") SELECT \"id\", \"trust_id\", \"to_email\", \"to_name\", \"subject\", \"html\", \"text_body\", \"kind\", \"subject_type\", \"subject_id\", \"status\", \"attempts\", \"next_attempt_at\", \"claimed_until\", \"claimed_by\", \"last_error\", \"transport\", \"sent_at\", \"created_at\" FROM \"temporary_email_message\"");
    await queryRunner.query("DROP TABLE \"temporary_email_message\"");
    await queryRunner.query("CREATE INDEX \"IDX_96330b423fc5a9b8ca37b2a5c3\" ON \"email_message\" (\"trust_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9bbe763e031a9383c3e43ea2ee\" ON \"email_message\" (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_1f206256cf3e319c6c8deb3d53\" ON \"email_message\" (\"status\", \"next_attempt_at\") ");
  }
}
