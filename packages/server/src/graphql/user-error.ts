import { Field, Int } from "type-graphql";
import { ObjectType } from "./object-type.js";

/** An expected problem, returned as data: where it is, what to do about it, and a stable code. */
@ObjectType("UserError")
export class UserError {
  @Field(() => [String], { nullable: true }) field!: string[] | null;
  @Field() message!: string;
  @Field() code!: string;
}

export const userError = (code: string, message: string, field: string[] | null = null): UserError => ({
  code,
  message,
  field,
});

@ObjectType("BulkInvitationPayload")
export class BulkPayload {
  @Field(() => Int) count!: number;
  @Field(() => [UserError]) errors!: UserError[];
}
