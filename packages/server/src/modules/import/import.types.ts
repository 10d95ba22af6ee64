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
