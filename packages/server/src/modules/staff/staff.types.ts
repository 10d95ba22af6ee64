import { Field, ID, InputType, Int } from "type-graphql";
import { ObjectType } from "../../graphql/object-type.js";
import { ConnectionType } from "../../graphql/connection.js";
import { UserError } from "../../graphql/user-error.js";

@ObjectType("Staff", { description: "A person on a school's roster, synced from the MIS." })
export class StaffObject {
  @Field(() => ID) id!: string;
  @Field() misId!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
  schoolId!: string;
}

export const StaffConnection = ConnectionType("Staff", StaffObject);

@InputType("StaffFilter")
export class StaffFilter {
  @Field(() => ID, { nullable: true }) schoolId?: string | null;
  @Field(() => String, { nullable: true, description: "name or email" }) search?: string | null;
  @Field(() => ID, { nullable: true, description: "only staff without access (or an open invitation) to this product" })
  notUserOfProduct?: string | null;
}

@InputType("StaffInput")
export class StaffInput {
  @Field(() => ID) schoolId!: string;
  @Field() misId!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) jobTitle?: string | null;
}

@ObjectType("UpsertStaffPayload")
export class UpsertStaffPayload {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => [UserError]) errors!: UserError[];
}
