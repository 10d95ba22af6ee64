import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { CohortObject, ProductObject, ProductRoleObject } from "../product/product.types.js";
import { SchoolObject } from "../school/school.types.js";
import { UserObject } from "../user/user.types.js";
import { AccessObject } from "./access.types.js";

@Resolver(() => AccessObject)
export class AccessResolver {
  @FieldResolver(() => UserObject)
  user(@Root() access: AccessObject, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(access.userId);
  }

  @FieldResolver(() => ProductObject)
  product(@Root() access: AccessObject, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(access.productId);
  }

  @FieldResolver(() => ProductRoleObject)
  role(@Root() access: AccessObject, @Ctx() ctx: Context) {
    return ctx.loaders.role.load(access.roleId);
  }

  @FieldResolver(() => SchoolObject, { nullable: true, description: "null for trust-level access" })
  school(@Root() access: AccessObject, @Ctx() ctx: Context) {
    return access.schoolId ? ctx.loaders.school.load(access.schoolId) : null;
  }

  @FieldResolver(() => CohortObject, { nullable: true })
  cohort(@Root() access: AccessObject, @Ctx() ctx: Context) {
    return access.cohortId ? ctx.loaders.cohort.load(access.cohortId) : null;
  }
}
