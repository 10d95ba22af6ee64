// Counts of invitations kept in step with them, in the same transactions as every change
// (invitation-tally.ts keeps them; nothing else writes them). They let a trust's counts (the
// list's totalCount, the organisation view, invitationStats) be summed from a few hundred rows
// instead of counting a million invitations. A row's `n` is a delta sum: each transaction adds
// its +1/-1 to a row of its own `slot` (one of a few, picked at random), so concurrent writers
// rarely wait on the same row and no row is written by every server at once (DESIGN.md: Galera).
// Readers sum over every slot. "No value" is stored as '' (a key column can't be NULL).
import { Column, Entity, PrimaryColumn } from "typeorm";
import { ID_LENGTH } from "../../db/columns.js";

const Key = (length: number) => PrimaryColumn({ type: "varchar", length });
const KeyInt = () => PrimaryColumn({ type: "int" });

/**
 * Invitations by listed school, state, delivery and awaiting approval; and, per facet of their
 * items, the invitations holding at least one item with that product (role '' and cohort ''),
 * that product and role, that product and cohort, or all three. The whole invitation is the
 * facet ('', '', ''). An invitation counts once per facet however many items share it.
 */
@Entity("invitation_tally")
export class InvitationTally {
  // Key order: role and cohort before product, so a product's rows, and every product's rows
  // ('' role and cohort: the dashboard's by-product counts), each lie together.
  @Key(ID_LENGTH) trustId!: string;
  @Key(ID_LENGTH) facetRole!: string;
  @Key(ID_LENGTH) facetCohort!: string;
  @Key(ID_LENGTH) facetProduct!: string;
  @Key(ID_LENGTH) schoolId!: string;
  @Key(16) state!: string;
  @Key(16) delivery!: string;
  @KeyInt() awaitingApproval!: number;
  @KeyInt() slot!: number;
  @Column({ type: "int", default: 0 }) n!: number;
}

/**
 * Invitations by UTC day: SENT on the day of their sentAt, ACCEPTED on the day they were
 * accepted (respondedAt of an ACCEPTED invitation), with the invitation's own listed school,
 * state, delivery and awaiting approval. The dashboard's days, and counts by dates sent.
 */
@Entity("invitation_day_tally")
export class InvitationDayTally {
  @Key(ID_LENGTH) trustId!: string;
  /** YYYY-MM-DD (UTC). */
  @Key(10) day!: string;
  /** SENT | ACCEPTED */
  @Key(8) kind!: string;
  @Key(ID_LENGTH) schoolId!: string;
  @Key(16) state!: string;
  @Key(16) delivery!: string;
  @KeyInt() awaitingApproval!: number;
  @KeyInt() slot!: number;
  @Column({ type: "int", default: 0 }) n!: number;
}

/** Accepted invitations by whole minutes from sent to accepted: the median's histogram. */
@Entity("invitation_accept_tally")
export class InvitationAcceptTally {
  @Key(ID_LENGTH) trustId!: string;
  @KeyInt() minutes!: number;
  @KeyInt() slot!: number;
  @Column({ type: "int", default: 0 }) n!: number;
}
