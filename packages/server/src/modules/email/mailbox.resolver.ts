import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { EmailMessageConnection, EmailMessageObject } from "./email-message.types.js";

@Resolver(() => EmailMessageObject)
export class MailboxResolver {
  @Query(() => EmailMessageConnection, { description: "The outbox, newest first: every email Lanyard sent or will send." })
  emailMessages(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50 }) first: number,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.mailbox.list(requireActor(ctx), { first, after });
  }

  @Query(() => EmailMessageObject, { nullable: true })
  emailMessage(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.mailbox.byId(requireActor(ctx), id);
  }

  @FieldResolver(() => String, { description: "the HTML part; links are redacted once SMTP is configured or in production (rule 10)" })
  async html(@Root() message: EmailMessageObject, @Ctx() ctx: Context) {
    return message.html ?? (await ctx.loaders.emailBody.load(message.id))?.html ?? "";
  }

  @FieldResolver(() => String, { description: "the plain-text part, redacted as html" })
  async text(@Root() message: EmailMessageObject, @Ctx() ctx: Context) {
    return message.text ?? (await ctx.loaders.emailBody.load(message.id))?.text ?? "";
  }
}
