import { Field, ID, Int } from "type-graphql";
import { DeliveryState } from "@lanyard/shared";
import { ConnectionType } from "../../graphql/connection.js";
import { ObjectType } from "../../graphql/object-type.js";

@ObjectType("EmailMessage", { description: "One email in the outbox, as the mailbox shows it." })
export class EmailMessageObject {
  @Field(() => ID) id!: string;
  @Field() toEmail!: string;
  @Field(() => String, { nullable: true }) toName!: string | null;
  @Field() subject!: string;
  @Field({ description: "invitation, access-granted, reminder, cancelled, …" }) kind!: string;
  @Field(() => DeliveryState, { description: "QUEUED until handed over (or kept in the mailbox), then SENT or FAILED" })
  delivery!: DeliveryState;
  @Field({ description: "never sent: a resend replaced it, or its invitation was cancelled first (lastError says which)" })
  withdrawn!: boolean;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date, { description: "not before this time (a scheduled invitation's send time)" }) notBefore!: Date;
  @Field(() => String, { nullable: true, description: "smtp, or mailbox when no SMTP server is configured" })
  transport!: string | null;
  @Field(() => ID, { nullable: true, description: "the invitation it is about" }) invitationId!: string | null;
  /** Loaded by the resolver when a list leaves it out. */
  html?: string;
  text?: string;
}

export const EmailMessageConnection = ConnectionType("EmailMessage", EmailMessageObject);
