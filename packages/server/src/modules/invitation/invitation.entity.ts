import { Column, Entity, Index, ManyToOne, type Relation } from "typeorm";
import { DeliveryState, InvitationState } from "@lanyard/shared";
import { DateColumn, IdColumn, RefColumn, TextColumn } from "../../db/columns.js";
import { School } from "../school/school.entity.js";
import { Staff } from "../staff/staff.entity.js";
import { Trust } from "../trust/trust.entity.js";

/** The index a search walks (below); named, so the list can ask for it (invitation-read.service.ts). */
export const INVITATION_SEARCH_INDEX = "IDX_invitation_search";
/** The index the organisation view's "last sent" walks, newest first (invitation-read.service.ts). */
export const INVITATION_SCHOOL_SENT_INDEX = "IDX_invitation_school_sent";

/**
 * One email to one person asking them to take up one or more items. `schoolId` is the school
 * the invitation is listed under: the school of its school-level items, or the person's own
 * school when they span several. Only a hash of the accept link's token is stored.
 */
@Entity()
// Keyset pages, newest first: each index ends in id (TOOLCHAIN.md: the keyset lesson).
@Index(["trustId", "createdAt", "id"])
@Index(["trustId", "state", "schoolId", "createdAt", "id"])
@Index(["trustId", "schoolId", "createdAt", "id"])
@Index(["trustId", "email"])
@Index(["staffId"])
@Index(["state", "expiresAt"])
@Index(["state", "sendAt"])
// The organisation view counts every invitation of the trust by school and outcome: this index
// holds all it reads, so a million invitations are counted from the index alone (0.6 s here,
// against 3.3 s looking each row up).
@Index("IDX_invitation_school_outcomes", ["trustId", "schoolId", "state", "delivery", "awaitingApproval", "sentAt"])
// A search (email or name, anywhere in them) tests every invitation of the trust it walks, newest
// first: this index holds what it tests, so the rows that fail are never looked up. The migrations
// make created_at and id DESCENDING (TypeORM can't say so here): MariaDB tests index entries before
// the row (index condition pushdown) only walking an index forwards. A search matching nobody
// among a million invitations: 2.4 s for its page before, 0.5 s on this index.
@Index(INVITATION_SEARCH_INDEX, ["trustId", "createdAt", "id", "email", "firstName", "lastName"])
// The organisation view's "last sent" per school, whatever the filter: the newest sentAt first,
// so each school's answer is its first matching entry (its counts come from the tallies).
@Index(INVITATION_SCHOOL_SENT_INDEX, ["trustId", "schoolId", "sentAt"])
export class Invitation {
  @IdColumn() id!: string;
  @RefColumn() trustId!: string;
  @ManyToOne(() => Trust, { onDelete: "CASCADE" }) trust?: Relation<Trust>;
  /** Normalised: trimmed and lower-cased. */
  @TextColumn(254) email!: string;
  @TextColumn(100, { nullable: true }) firstName!: string | null;
  @TextColumn(100, { nullable: true }) lastName!: string | null;
  @RefColumn({ nullable: true }) staffId!: string | null;
  @ManyToOne(() => Staff, { onDelete: "SET NULL", nullable: true }) staff?: Relation<Staff> | null;
  @RefColumn({ nullable: true }) schoolId!: string | null;
  @ManyToOne(() => School, { onDelete: "CASCADE", nullable: true }) school?: Relation<School> | null;
  @Column({ type: "simple-enum", enum: InvitationState }) state!: InvitationState;
  /** The person already held an access in this trust when invited (rule 5). */
  @Column({ type: "boolean", default: false }) existingUser!: boolean;
  /** SHA-256 of the current link's token; a resend replaces it, so the old link dies. */
  @Index({ unique: true }) @TextColumn(64, { nullable: true }) tokenHash!: string | null;
  @DateColumn() createdAt!: Date;
  @DateColumn({ nullable: true }) sendAt!: Date | null;
  @DateColumn({ nullable: true }) sentAt!: Date | null;
  @DateColumn() expiresAt!: Date;
  @DateColumn({ nullable: true }) respondedAt!: Date | null;
  @Column({ type: "simple-enum", enum: DeliveryState, nullable: true }) delivery!: DeliveryState | null;
  @TextColumn(1000, { nullable: true }) lastError!: string | null;
  @Column({ type: "boolean", default: false }) awaitingApproval!: boolean;
  /** Who invited them: the admin's email or the API key's name, as the email and history show it. */
  @TextColumn(254) invitedBy!: string;
}
