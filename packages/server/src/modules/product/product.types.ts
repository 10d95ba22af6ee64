import { Field, ID, registerEnumType } from "type-graphql";
import { ObjectType } from "../../graphql/object-type.js";
import { Acceptance, ProductLevel } from "@lanyard/shared";

registerEnumType(ProductLevel, { name: "ProductLevel" });
registerEnumType(Acceptance, { name: "Acceptance" });

@ObjectType("Product", { description: "An app people can be given access to." })
export class ProductObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => ProductLevel) level!: ProductLevel;
  @Field(() => Acceptance) acceptance!: Acceptance;
}

@ObjectType("ProductRole", { description: "A role inside one product." })
export class ProductRoleObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [String], { description: "What the role may do, shown to admins choosing a role." })
  accessSettings!: string[];
}

@ObjectType("Cohort", { description: "A run or programme intake of a product." })
export class CohortObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
}
