import type { DataSource } from "typeorm";
import type { MailTransport } from "./modules/email/mail-transport.js";
import { OutboxWorker, type OutboxWorkerOptions } from "./modules/email/outbox-worker.js";
import { InvitationClock } from "./modules/invitation/invitation-clock.js";
import { recordInvitationDelivery } from "./modules/invitation/invitation-delivery.js";

/** The background work of a server process: the outbox, with invitations' delivery and clock wired in. */
export function createWorker(dataSource: DataSource, transport: MailTransport, options: OutboxWorkerOptions = {}) {
  const clock = new InvitationClock(dataSource);
  return new OutboxWorker(dataSource, transport, {
    onSettled: (settled) => recordInvitationDelivery(dataSource, settled),
    onTick: () => clock.tick(),
    ...options,
  });
}
