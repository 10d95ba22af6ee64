import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { selects } from "../../graphql/selection.js";
import type { PageRelations, PageRelationsWanted } from "./invitation-page.query.js";
import type { InvitationPage } from "./invitation-read.service.js";
import { requireActor, type Context } from "../../graphql/context.js";
import { BulkPayload } from "../../graphql/user-error.js";
import { StaffObject } from "../staff/staff.types.js";
import { schoolPolicy } from "../school/school.policy.js";
import { SchoolObject } from "../school/school.types.js";
import {
  InvitationConnection,
  InvitationEventObject,
  InvitationFilter,
  InvitationItemObject,
  InvitationObject,
  InvitationSelection,
  InviteStaffInput,
  InviteStaffPayload,
  SchoolInvitationSummary,
} from "./invitation.types.js";

@Resolver(() => InvitationObject)
export class InvitationResolver {
  @Query(() => InvitationConnection, { description: "newest first" })
  async invitations(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => InvitationFilter, { nullable: true }) filter: InvitationFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const relations = relationsWanted(info);
    const page = await ctx.services.invitationReads.list(requireActor(ctx), { first, after, filter, withTotal: selects(info, "totalCount"), relations });
    if (page.relations && relations) await primePage(ctx, info, page.edges.map((e) => e.node), relations, page.relations);
    return page;
  }

  @Query(() => InvitationObject, { nullable: true, description: "one invitation you can see, or null" })
  invitation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.invitationReads.byId(requireActor(ctx), id);
  }

  @Query(() => [SchoolInvitationSummary], { description: "The organisation view: one row per school with invitations." })
  schoolInvitationSummaries(@Arg("filter", () => InvitationFilter, { nullable: true }) filter: InvitationFilter | null, @Ctx() ctx: Context) {
    return ctx.services.invitationReads.schoolSummaries(requireActor(ctx), filter);
  }

  @Mutation(() => InviteStaffPayload)
  inviteStaff(@Arg("input", () => InviteStaffInput) input: InviteStaffInput, @Ctx() ctx: Context) {
    return ctx.services.invitations.invite(requireActor(ctx), input);
  }

  @Mutation(() => BulkPayload, { description: "A fresh link (the old one stops working), the expiry restarted, a reminder email." })
  resendInvitations(@Arg("selection", () => InvitationSelection) selection: InvitationSelection, @Ctx() ctx: Context) {
    return ctx.services.followUp.resend(requireActor(ctx), selection);
  }

  @Mutation(() => BulkPayload, { description: "Cancels open invitations: their links stop working and say so." })
  cancelInvitations(@Arg("selection", () => InvitationSelection) selection: InvitationSelection, @Ctx() ctx: Context) {
    return ctx.services.followUp.cancel(requireActor(ctx), selection);
  }

  @FieldResolver(() => StaffObject, { nullable: true })
  staff(@Root() invitation: InvitationObject, @Ctx() ctx: Context) {
    return invitation.staffId ? ctx.loaders.staff.load(invitation.staffId) : null;
  }

  @FieldResolver(() => SchoolObject, { nullable: true, description: "the school it is listed under; null for trust-level only" })
  school(@Root() invitation: InvitationObject, @Ctx() ctx: Context) {
    return invitation.schoolId ? ctx.loaders.school.load(invitation.schoolId) : null;
  }

  @FieldResolver(() => [InvitationItemObject])
  items(@Root() invitation: InvitationObject, @Ctx() ctx: Context) {
    return ctx.loaders.invitationItems.load(invitation.id);
  }

  @FieldResolver(() => Boolean, {
    description: "whether you may resend or cancel it: false for a school admin when it holds items managed by the trust",
  })
  viewerCanManage(@Root() invitation: InvitationObject, @Ctx() ctx: Context) {
    return ctx.actor ? ctx.loaders.invitationChangeable.load(invitation.id) : false;
  }

  @FieldResolver(() => [InvitationEventObject], { description: "its history, oldest first" })
  events(@Root() invitation: InvitationObject, @Ctx() ctx: Context) {
    return ctx.loaders.invitationEvents.load(invitation.id);
  }
}

@Resolver(() => InvitationConnection)
export class InvitationConnectionResolver {
  @FieldResolver(() => Int, {
    description: "of totalCount, how many you may resend or cancel: fewer only for a school admin, where some hold items managed by the trust",
  })
  manageableCount(@Root() page: InvitationPage, @Ctx() ctx: Context) {
    return ctx.services.invitationReads.changeableCount(requireActor(ctx), page.filter) ?? page.totalCount;
  }
}

/** What the page shows besides its rows, read with it (invitation-page.query.ts); null when nothing. */
function relationsWanted(info: GraphQLResolveInfo): PageRelationsWanted | null {
  const asks = (...path: string[]) => selects(info, "edges", "node", ...path);
  const items = asks("items");
  const listedSchool = asks("school");
  if (!items && !listedSchool) return null;
  return { items, product: items && asks("items", "product"), role: items && asks("items", "role"), itemSchool: items && asks("items", "school"), listedSchool };
}

/**
 * Primes the loaders with the page's relations: every row then resolves from them, with no
 * promise per row and field and no query per relation.
 */
async function primePage(ctx: Context, info: GraphQLResolveInfo, invitations: InvitationObject[], wanted: PageRelationsWanted, relations: PageRelations) {
  const { items, products, roles, schools } = relations;
  const { loaders } = ctx;
  const actor = requireActor(ctx);
  for (const product of products) loaders.product.prime(product.id, product);
  for (const role of roles) loaders.role.prime(role.id, role);
  // Joined in whatever the scope: the loader keeps to schoolPolicy, so the page does too.
  for (const school of schools) if (schoolPolicy.read(actor, school.id)) loaders.school.prime(school.id, school);
  if (wanted.items) {
    const byInvitation = new Map<string, InvitationItemObject[]>(invitations.map((i) => [i.id, []]));
    for (const item of items) byInvitation.get(item.invitationId)?.push(item);
    for (const [id, list] of byInvitation) loaders.invitationItems.prime(id, list);
    if (selects(info, "edges", "node", "items", "cohort")) await loaders.cohort.prefetch(unique(items.map((i) => i.cohortId)));
  }
  // A school the join found nothing for (none of the trust's) is left to the loader, which says so.
  if (wanted.listedSchool) await loaders.school.prefetch(unique(invitations.map((i) => i.schoolId)));
}

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
