import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { badInput } from "../../graphql/errors.js";
import { requireActor, type Context } from "../../graphql/context.js";
import { uploaderLabel } from "./import.service.js";
import { ImportConnection, ImportErrorObject, ImportObject, ImportPayload, ImportPreview, ImportSkippedRow, ImportUpdatedRow } from "./import.types.js";

@Resolver(() => ImportObject)
export class ImportResolver {
  @Query(() => ImportObject, { nullable: true, description: "one import you can see, or null" })
  import(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.imports.byId(requireActor(ctx), id);
  }

  @Query(() => ImportConnection, { description: "import history, newest first" })
  imports(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.imports.list(requireActor(ctx), { first, after });
  }

  @FieldResolver(() => [ImportErrorObject], { description: "in row order; `after`: how many were read already (e.g. \"100\" for the second page of 100)" })
  errors(
    @Root() record: ImportObject,
    @Arg("first", () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.importProblems.load(ctx.services.imports.errorPage(record.id, first, after));
  }

  @FieldResolver(() => [ImportSkippedRow], {
    description: "the rows approving leaves out, with why, in row order (empty while the file has errors); `after`: how many were read already",
  })
  skippedRows(
    @Root() record: ImportObject,
    @Arg("first", () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    oneImportAtATime("skippedRows", info);
    return ctx.services.imports.skippedRows(record, first, after);
  }

  @FieldResolver(() => [ImportUpdatedRow], {
    description: "the rows approving changes, with what each changes, in row order (empty while the file has errors); `after`: how many were read already",
  })
  updatedRows(
    @Root() record: ImportObject,
    @Arg("first", () => Int, { nullable: true, defaultValue: 100 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    oneImportAtATime("updatedRows", info);
    return ctx.services.imports.updatedRows(record, first, after);
  }

  @FieldResolver(() => String, { nullable: true, description: "who uploaded it: the admin's email, or \"API key <name>\" for an API key" })
  uploadedBy(@Root() record: ImportObject): string | null {
    return record.uploadedBy ? uploaderLabel(record) : null;
  }

  @FieldResolver(() => ImportPreview, { nullable: true, description: "null while the file has errors" })
  preview(@Root() record: ImportObject): ImportPreview | null {
    if (record.errorCount > 0 || record.status === "INVALID") return null;
    return { create: record.createCount, update: record.updateCount, unchanged: record.unchangedCount, skipped: record.skippedCount };
  }

  @Mutation(() => ImportPayload, { description: "Commits every row in one transaction and queues the emails: now, or at sendAt." })
  approveImport(@Arg("id", () => ID) id: string, @Arg("sendAt", () => Date, { nullable: true }) sendAt: Date | null, @Ctx() ctx: Context) {
    return ctx.services.imports.approve(requireActor(ctx), id, sendAt);
  }

  @Mutation(() => ImportPayload, { description: "Discards an import that isn't committed." })
  rejectImport(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.imports.reject(requireActor(ctx), id);
  }
}

/**
 * The planned rows are read from an import's stored pages, a walk per import: asked for across
 * the history list they would cost a walk per row, so they are read from one import at a time.
 */
function oneImportAtATime(field: string, info: GraphQLResolveInfo): void {
  for (let at = info.path.prev; at; at = at.prev) {
    if (at.typename === "ImportEdge" || at.typename === "ImportConnection") throw badInput(`${field} is read one import at a time: ask for it on import(id: "…"), not across imports.`, [field]);
  }
}
