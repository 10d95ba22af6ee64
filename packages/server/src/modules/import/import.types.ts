import { Field, ID, Int, registerEnumType } from "type-graphql";
import { ImportKind, ImportStatus } from "@lanyard/shared";
import { ConnectionType } from "../../graphql/connection.js";
import { ObjectType } from "../../graphql/object-type.js";
import { UserError } from "../../graphql/user-error.js";

registerEnumType(ImportKind, { name: "ImportKind" });
registerEnumType(ImportStatus, { name: "ImportStatus" });

@ObjectType("ImportError", { description: "One problem in an uploaded file, with how to fix it." })
export class ImportErrorObject {
  @Field(() => Int, { description: "1 = the header line, data starts at 2, as a spreadsheet shows it" }) row!: number;
  @Field(() => String, { nullable: true, description: "the header name, or null for a whole-row problem" }) column!: string | null;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field() message!: string;
}

@ObjectType("ImportPreview", { description: "What approving does, row by row." })
export class ImportPreview {
  @Field(() => Int) create!: number;
  @Field(() => Int) update!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) skipped!: number;
}

@ObjectType("ImportSkippedRow", { description: "A row of a READY or committed file that approving leaves out, and why (a bulk invite's dry-run reasons)." })
export class ImportSkippedRow {
  @Field(() => Int, { description: "as a spreadsheet numbers it: the header is row 1, data starts at 2" }) row!: number;
  @Field() email!: string;
  @Field(() => String, { nullable: true, description: "the product code as the file gives it; null in a staff file" }) productCode!: string | null;
  @Field(() => String, { nullable: true, description: "the school URN as the file gives it, or null for a trust-level product" }) schoolUrn!: string | null;
  @Field({
    description: "NO_SUBSCRIPTION | ALREADY_INVITED | ALREADY_HAS_ACCESS | NOT_ALLOWED | UNKNOWN_ROLE (as SkippedItem), or NOT_OPEN: a row of an export whose invitation is no longer open, so what it changes can't",
  })
  reason!: string;
  @Field({ description: "the reason in plain English" }) message!: string;
}

@ObjectType("ImportUpdatedRow", { description: "A row of a READY file that changes something that exists: an invitation (rule 12) or a roster entry." })
export class ImportUpdatedRow {
  @Field(() => Int, { description: "as a spreadsheet numbers it: the header is row 1, data starts at 2" }) row!: number;
  @Field() email!: string;
  @Field(() => String, { nullable: true, description: "the product code as the file gives it; null in a staff file" }) productCode!: string | null;
  @Field(() => String, { nullable: true, description: "the school URN as the file gives it, or null for a trust-level product" }) schoolUrn!: string | null;
  @Field(() => [String], { description: "what the row changes, in words: role, cohort, expiry, name (a staff file: first name, last name, email, job title)" }) changed!: string[];
}

@ObjectType("Import", { description: "One uploaded CSV file (rule 11)." })
export class ImportObject {
  @Field(() => ID) id!: string;
  @Field(() => ImportKind) kind!: ImportKind;
  @Field() filename!: string;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field(() => Int) rowCount!: number;
  @Field(() => Int) errorCount!: number;
  @Field(() => Date) createdAt!: Date;
  trustId!: string;
  /** The stored label (an email, or `api-key:<name>`) and who it is; the field resolver words it. */
  uploadedBy!: string;
  uploadedByKind!: string;
  /** The header line as uploaded (JSON), to find each row's cells. */
  header!: string;
  createCount!: number;
  updateCount!: number;
  unchangedCount!: number;
  skippedCount!: number;
}

export const ImportConnection = ConnectionType("Import", ImportObject);

@ObjectType("ImportPayload")
export class ImportPayload {
  @Field(() => ImportObject, { nullable: true }) import!: ImportObject | null;
  @Field(() => [UserError]) errors!: UserError[];
}
