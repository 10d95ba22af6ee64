import { Field, ID, registerEnumType } from "type-graphql";
import { ObjectType } from "../../graphql/object-type.js";
import { AdminRole } from "@lanyard/shared";
import { UserError } from "../../graphql/user-error.js";

registerEnumType(AdminRole, { name: "AdminRole" });

@ObjectType("Viewer", { description: "Who is signed in (or whose API key is calling)." })
export class ViewerObject {
  @Field() email!: string;
  @Field(() => AdminRole, { nullable: true }) role!: AdminRole | null;
  trustId!: string;
  schoolId!: string | null;
}

@ObjectType("SignInPayload")
export class SignInPayload {
  @Field(() => ViewerObject, { nullable: true, description: "null when the sign-in failed" }) viewer!: ViewerObject | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType("ApiKey", { description: "An integrator's key; its secret is shown once, at creation." })
export class ApiKeyObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: "the first characters, to recognise it" }) prefix!: string;
  @Field() readOnly!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType("CreateApiKeyPayload")
export class CreateApiKeyPayload {
  @Field(() => ApiKeyObject, { nullable: true }) apiKey!: ApiKeyObject | null;
  @Field(() => String, { nullable: true, description: "shown once, never again" }) secret!: string | null;
  @Field(() => [UserError]) errors!: UserError[];
}
