import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { requireActor, type Context } from "../../graphql/context.js";
import { EmailMessageConnection, EmailMessageObject } from "./email-message.types.js";

@Resolver()
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
}
