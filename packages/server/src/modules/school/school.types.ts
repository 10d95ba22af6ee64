import { Field, ID, InputType } from "type-graphql";
import { ObjectType } from "../../graphql/object-type.js";
import { ConnectionType } from "../../graphql/connection.js";

@ObjectType("School", { description: "An academy in the trust." })
export class SchoolObject {
  @Field(() => ID) id!: string;
  @Field() urn!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => String, { nullable: true }) localAuthority!: string | null;
  @Field(() => String, { nullable: true }) phase!: string | null;
  trustId!: string;
}

@ObjectType("PublicSchool")
export class PublicSchoolObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

export const SchoolConnection = ConnectionType("School", SchoolObject);

@InputType("SchoolFilter")
export class SchoolFilter {
  @Field(() => String, { nullable: true, description: "name, URN or postcode" }) search?: string | null;
  @Field(() => String, { nullable: true }) phase?: string | null;
  @Field(() => ID, { nullable: true, description: "product id: only schools with an active subscription" })
  subscribedTo?: string | null;
}
