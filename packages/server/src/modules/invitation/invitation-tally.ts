// The one place that keeps the invitation tallies (invitation-tally.entity.ts) in step with the
// invitations, inside the transaction that changes them. Every write path goes through here:
// `tallyAdded` for invitations just inserted (inviteStaff and what reuses its write path),
// `tallyChange` around any UPDATE of an invitation's state, delivery, listed school, awaiting
// approval, sentAt or respondedAt, or of its items' product, role or cohort (resend, cancel,
// accept, decline, expiry, the clock's promotion, delivery outcomes, imports); and
// `recomputeTallies` for rows written in bulk by other means (the seed, the migration).
// stats.test.ts recomputes them from scratch after every kind of change and compares, and
// stats-concurrency.test.ts after concurrent invites, cancels, accepts, resends and deliveries.
//
// A change reads the invitations' contributions before and after (on MariaDB with a locking
// read, so the rows can't change in between and the values read are the latest committed, not
// the transaction's snapshot), and writes only the difference, in one statement sorted by key:
// every transaction takes the tally rows' locks in the same order, so they never deadlock on them.
import { setTimeout as sleep } from "node:timers/promises";
import type { DataSource, EntityManager } from "typeorm";
import { InvitationState } from "@lanyard/shared";
import { placeholders } from "../../db/raw.js";

/** Rows per key are spread over this many slots (see invitation-tally.entity.ts). */
export const TALLY_SLOTS = 8;
const CHUNK = 1000;

type Table = "invitation_tally" | "invitation_day_tally" | "invitation_accept_tally";
const KEYS: Record<Table, readonly string[]> = {
  invitation_tally: ["trust_id", "facet_role", "facet_cohort", "facet_product", "school_id", "state", "delivery", "awaiting_approval"],
  invitation_day_tally: ["trust_id", "day", "kind", "school_id", "state", "delivery", "awaiting_approval"],
  invitation_accept_tally: ["trust_id", "minutes"],
};
export const TALLY_TABLES = Object.keys(KEYS) as Table[];

/** What a tally needs of an invitation. */
export interface TalliedInvitation {
  id: string;
  trustId: string;
  schoolId: string | null;
  state: string;
  delivery: string | null;
  awaitingApproval: boolean | number;
  sentAt: Date | null;
  respondedAt: Date | null;
}

/** What a tally needs of an item. */
export interface TalliedItem {
  invitationId: string;
  productId: string;
  roleId: string;
  cohortId: string | null;
}

type Delta = Map<string, number>; // `${table}\u0000${JSON key}` → +n / -n

const MINUTE_MS = 60_000;
/** The UTC day of a time, YYYY-MM-DD, as the tallies and byDay name it. */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);
/** Whole minutes from sent to accepted, as the median counts them. */
export const minutesToAccept = (sentAt: Date, respondedAt: Date) => Math.floor((respondedAt.getTime() - sentAt.getTime()) / MINUTE_MS);

function add(delta: Delta, table: Table, key: readonly (string | number)[], n: number) {
  const name = `${table}\u0000${JSON.stringify(key)}`;
  delta.set(name, (delta.get(name) ?? 0) + n);
}

/** One invitation's +1s (sign 1) or -1s (sign -1) across the tallies. */
function contribute(delta: Delta, invitation: TalliedInvitation, items: readonly TalliedItem[], sign: 1 | -1) {
  const { trustId } = invitation;
  const rest = [invitation.schoolId ?? "", invitation.state, invitation.delivery ?? "", Number(invitation.awaitingApproval) ? 1 : 0] as const;
  // [role, cohort, product], in the tally's key order.
  const facets = new Set<string>([JSON.stringify(["", "", ""])]);
  for (const item of items) {
    facets.add(JSON.stringify(["", "", item.productId]));
    facets.add(JSON.stringify([item.roleId, "", item.productId]));
    if (item.cohortId) {
      facets.add(JSON.stringify(["", item.cohortId, item.productId]));
      facets.add(JSON.stringify([item.roleId, item.cohortId, item.productId]));
    }
  }
  for (const facet of facets) add(delta, "invitation_tally", [trustId, ...(JSON.parse(facet) as string[]), ...rest], sign);
  if (invitation.sentAt) add(delta, "invitation_day_tally", [trustId, utcDay(invitation.sentAt), "SENT", ...rest], sign);
  if (invitation.state === InvitationState.ACCEPTED && invitation.respondedAt) {
    add(delta, "invitation_day_tally", [trustId, utcDay(invitation.respondedAt), "ACCEPTED", ...rest], sign);
    if (invitation.sentAt && invitation.respondedAt >= invitation.sentAt) {
      add(delta, "invitation_accept_tally", [trustId, minutesToAccept(invitation.sentAt, invitation.respondedAt)], sign);
    }
  }
}

function contributeAll(delta: Delta, invitations: readonly TalliedInvitation[], items: readonly TalliedItem[], sign: 1 | -1) {
  const byInvitation = new Map<string, TalliedItem[]>();
  for (const item of items) {
    const list = byInvitation.get(item.invitationId);
    if (list) list.push(item);
    else byInvitation.set(item.invitationId, [item]);
  }
  for (const invitation of invitations) contribute(delta, invitation, byInvitation.get(invitation.id) ?? [], sign);
}

const isSqlite = (manager: EntityManager) => manager.connection.options.type === "better-sqlite3";

const asDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  // SQLite keeps 'YYYY-MM-DD HH:MM:SS.SSS' in UTC.
  return new Date(`${String(value).replace(" ", "T")}Z`);
};

/**
 * The invitations' current values, and (with `items`) their items', in one statement each chunk;
 * on MariaDB locked until the transaction ends, and the latest committed, whatever the snapshot.
 */
async function read(manager: EntityManager, ids: readonly string[], items: boolean): Promise<{ invitations: TalliedInvitation[]; items: TalliedItem[] }> {
  const lock = isSqlite(manager) ? "" : " FOR UPDATE";
  const found = new Map<string, TalliedInvitation>();
  const itemRows: TalliedItem[] = [];
  const sorted = [...new Set(ids)].sort();
  for (let start = 0; start < sorted.length; start += CHUNK) {
    const part = sorted.slice(start, start + CHUNK);
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT inv.id, inv.trust_id, inv.school_id, inv.state, inv.delivery, inv.awaiting_approval, inv.sent_at, inv.responded_at${
        items ? ", it.product_id, it.role_id, it.cohort_id FROM `invitation` inv LEFT JOIN `invitation_item` it ON it.invitation_id = inv.id" : " FROM `invitation` inv"
      } WHERE inv.id IN (${placeholders(part.length)}) ORDER BY inv.id${items ? ", it.id" : ""}${lock}`,
      part,
    );
    for (const r of rows) {
      const id = r.id as string;
      if (!found.has(id)) {
        found.set(id, {
          id,
          trustId: r.trust_id as string,
          schoolId: (r.school_id as string | null) ?? null,
          state: r.state as string,
          delivery: (r.delivery as string | null) ?? null,
          awaitingApproval: Number(r.awaiting_approval),
          sentAt: asDate(r.sent_at),
          respondedAt: asDate(r.responded_at),
        });
      }
      if (items && r.product_id) {
        itemRows.push({ invitationId: id, productId: r.product_id as string, roleId: r.role_id as string, cohortId: (r.cohort_id as string | null) ?? null });
      }
    }
  }
  return { invitations: [...found.values()], items: itemRows };
}

/** Writes the non-zero differences, sorted by key, each to one slot picked for this transaction. */
async function apply(manager: EntityManager, delta: Delta) {
  const slot = Math.floor(Math.random() * TALLY_SLOTS);
  const sqlite = isSqlite(manager);
  for (const table of TALLY_TABLES) {
    const prefix = `${table}\u0000`;
    const rows = [...delta]
      .filter(([name, n]) => n !== 0 && name.startsWith(prefix))
      .map(([name, n]) => ({ key: name.slice(prefix.length), n }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const keys = KEYS[table];
    const columns = [...keys, "slot", "n"].map((c) => `\`${c}\``).join(", ");
    const upsert = sqlite
      ? ` ON CONFLICT (${[...keys, "slot"].map((c) => `\`${c}\``).join(", ")}) DO UPDATE SET n = n + excluded.n`
      : " ON DUPLICATE KEY UPDATE n = n + VALUES(n)";
    for (let start = 0; start < rows.length; start += 500) {
      const part = rows.slice(start, start + 500);
      await manager.query(
        `INSERT INTO \`${table}\` (${columns}) VALUES ${part.map(() => `(${placeholders(keys.length + 2)})`).join(", ")}${upsert}`,
        part.flatMap((r) => [...(JSON.parse(r.key) as (string | number)[]), slot, r.n]),
      );
    }
  }
}

/**
 * SQLite: one connection that every request's transaction shares across awaits, so nothing
 * isolates one change's before-and-after reads from another's. Changes to the tallies take turns.
 */
const sqliteTurns = new WeakMap<object, Promise<unknown>>();
async function inTurn<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
  if (!isSqlite(manager)) return work();
  const key = manager.connection;
  const before = sqliteTurns.get(key) ?? Promise.resolve();
  const mine = before.then(work, work);
  sqliteTurns.set(key, mine.catch(() => undefined));
  return mine;
}

/**
 * A transaction of the server's own background work (the clock, delivery outcomes). On MariaDB,
 * just a transaction. SQLite has one connection, shared by every transaction: two started at
 * once collide ("cannot start a transaction within a transaction"), and a statement issued while
 * a request's transaction is open would join it. So there these take turns with each other, and
 * each starts only once no transaction is open, as the outbox's own statements do.
 */
const backgroundTurns = new WeakMap<object, Promise<unknown>>();
export async function backgroundTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== "better-sqlite3") return dataSource.transaction(work);
  const connection = (dataSource.driver as unknown as { databaseConnection: { inTransaction: boolean } }).databaseConnection;
  const run = async () => {
    const giveUpAt = Date.now() + 30_000;
    while (connection.inTransaction) {
      if (Date.now() > giveUpAt) throw new Error("the SQLite database stayed inside a transaction; the background work will try again");
      await sleep(5);
    }
    return dataSource.transaction(work);
  };
  const before = backgroundTurns.get(dataSource) ?? Promise.resolve();
  const mine = before.then(run, run);
  backgroundTurns.set(dataSource, mine.catch(() => undefined));
  return mine;
}

/** Counts invitations just inserted, from the rows as written (with their items). Inside the inserting transaction. */
export async function tallyAdded(manager: EntityManager, invitations: readonly TalliedInvitation[], items: readonly TalliedItem[]): Promise<void> {
  if (invitations.length === 0) return;
  const delta: Delta = new Map();
  contributeAll(delta, invitations, items, 1);
  await inTurn(manager, () => apply(manager, delta));
}

/**
 * Runs `change` (UPDATEs of these invitations, or with `itemsChange` of their items' product,
 * role or cohort too) inside the caller's transaction, and moves their counts from where they
 * were to where they are now. Answers what `change` answers.
 */
export async function tallyChange<T>(manager: EntityManager, ids: readonly string[], change: () => Promise<T>, options: { itemsChange?: boolean } = {}): Promise<T> {
  if (ids.length === 0) return change();
  return inTurn(manager, async () => {
    const delta: Delta = new Map();
    const before = await read(manager, ids, true);
    contributeAll(delta, before.invitations, before.items, -1);
    const result = await change();
    const after = await read(manager, ids, !!options.itemsChange);
    contributeAll(delta, after.invitations, options.itemsChange ? after.items : before.items, 1);
    await apply(manager, delta);
    return result;
  });
}

// ---- Counting from scratch, in the database: the seed, the migration, and the tests' check ----

type Dialect = "mariadb" | "sqlite";

/** A datetime column's UTC day, YYYY-MM-DD: the same as utcDay. */
export const dayOf = (dialect: Dialect, column: string) => (dialect === "sqlite" ? `substr(${column}, 1, 10)` : `DATE_FORMAT(${column}, '%Y-%m-%d')`);

/** Whole minutes from `sent` to `accepted` (accepted ≥ sent): the same as minutesToAccept. */
export function minutesBetween(dialect: Dialect, sent: string, accepted: string): string {
  if (dialect === "mariadb") return `FLOOR(TIMESTAMPDIFF(MICROSECOND, ${sent}, ${accepted}) / 60000000)`;
  const ms = (c: string) => `(CAST(strftime('%s', ${c}) AS INTEGER) * 1000 + CAST(substr(${c}, 21, 3) AS INTEGER))`;
  return `((${ms(accepted)} - ${ms(sent)}) / 60000)`;
}

/**
 * The rows every tally would hold for the invitations matching `where` (over `invitation inv`),
 * as SELECTs whose columns are the table's keys in KEYS order, then slot and n (INSERT … SELECT).
 */
export function tallySelects(dialect: Dialect, where: string): { table: Table; select: string }[] {
  const rest = ["COALESCE(inv.school_id, '')", "inv.state", "COALESCE(inv.delivery, '')", "inv.awaiting_approval"];
  const restNamed = `COALESCE(inv.school_id, '') AS school_id, inv.state AS state, COALESCE(inv.delivery, '') AS delivery, inv.awaiting_approval AS awaiting_approval`;
  const facet = (product: string, role: string, cohort: string, cohortOnly: boolean) => {
    const joined = product !== "''";
    const group = ["inv.trust_id", ...[product, role, cohort].filter((c) => c !== "''"), ...rest];
    return {
      table: "invitation_tally" as const,
      select: `SELECT inv.trust_id AS trust_id, ${role} AS facet_role, ${cohort} AS facet_cohort, ${product} AS facet_product, ${restNamed}, 0 AS slot, ${joined ? "COUNT(DISTINCT inv.id)" : "COUNT(*)"} AS n
        FROM \`invitation\` inv${joined ? " JOIN `invitation_item` it ON it.invitation_id = inv.id" : ""}
        WHERE ${where}${cohortOnly ? " AND it.cohort_id IS NOT NULL" : ""} GROUP BY ${group.join(", ")}`,
    };
  };
  const sentDay = dayOf(dialect, "inv.sent_at");
  const acceptedDay = dayOf(dialect, "inv.responded_at");
  const minutes = minutesBetween(dialect, "inv.sent_at", "inv.responded_at");
  return [
    facet("''", "''", "''", false),
    facet("it.product_id", "''", "''", false),
    facet("it.product_id", "it.role_id", "''", false),
    facet("it.product_id", "''", "it.cohort_id", true),
    facet("it.product_id", "it.role_id", "it.cohort_id", true),
    {
      table: "invitation_day_tally",
      select: `SELECT inv.trust_id AS trust_id, ${sentDay} AS day, 'SENT' AS kind, ${restNamed}, 0 AS slot, COUNT(*) AS n FROM \`invitation\` inv
        WHERE ${where} AND inv.sent_at IS NOT NULL GROUP BY inv.trust_id, ${sentDay}, ${rest.join(", ")}`,
    },
    {
      table: "invitation_day_tally",
      select: `SELECT inv.trust_id AS trust_id, ${acceptedDay} AS day, 'ACCEPTED' AS kind, ${restNamed}, 0 AS slot, COUNT(*) AS n FROM \`invitation\` inv
        WHERE ${where} AND inv.state = 'ACCEPTED' AND inv.responded_at IS NOT NULL GROUP BY inv.trust_id, ${acceptedDay}, ${rest.join(", ")}`,
    },
    {
      table: "invitation_accept_tally",
      select: `SELECT inv.trust_id AS trust_id, ${minutes} AS minutes, 0 AS slot, COUNT(*) AS n FROM \`invitation\` inv
        WHERE ${where} AND inv.state = 'ACCEPTED' AND inv.sent_at IS NOT NULL AND inv.responded_at IS NOT NULL AND inv.responded_at >= inv.sent_at
        GROUP BY inv.trust_id, ${minutes}`,
    },
  ];
}

/**
 * Counts a trust's invitations (or every trust's, with null) from scratch: for rows written in
 * bulk outside the write paths (the seed, the migration that made the tallies). Inside the
 * caller's transaction.
 */
export async function recomputeTallies(manager: EntityManager, dialect: Dialect, trustId: string | null): Promise<void> {
  const where = trustId === null ? "1 = 1" : "inv.trust_id = ?";
  const params = trustId === null ? [] : [trustId];
  for (const table of TALLY_TABLES) await manager.query(`DELETE FROM \`${table}\`${trustId === null ? "" : " WHERE trust_id = ?"}`, params);
  for (const { table, select } of tallySelects(dialect, where)) {
    const columns = [...KEYS[table], "slot", "n"].map((c) => `\`${c}\``).join(", ");
    await manager.query(`INSERT INTO \`${table}\` (${columns}) ${select}`, params);
  }
}

/**
 * A trust's tallies as kept, and as counted from scratch, each as "key → n" without zeros: equal
 * when the tallies are in step (the tests and `pnpm bench` check).
 */
export async function compareTallies(manager: EntityManager, dialect: Dialect, trustId: string): Promise<{ kept: Record<string, number>; counted: Record<string, number> }> {
  const kept: Record<string, number> = {};
  const counted: Record<string, number> = {};
  for (const table of TALLY_TABLES) {
    const keys = KEYS[table];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${keys.map((k) => `\`${k}\``).join(", ")}, SUM(n) AS n FROM \`${table}\` WHERE trust_id = ? GROUP BY ${keys.map((k) => `\`${k}\``).join(", ")}`,
      [trustId],
    );
    for (const r of rows) if (Number(r.n) !== 0) kept[`${table} ${keys.map((k) => String(r[k])).join("|")}`] = Number(r.n);
  }
  for (const { table, select } of tallySelects(dialect, "inv.trust_id = ?")) {
    const keys = KEYS[table];
    const rows: Record<string, unknown>[] = await manager.query(select, [trustId]);
    for (const r of rows) {
      const key = `${table} ${keys.map((k) => String(r[k])).join("|")}`;
      counted[key] = (counted[key] ?? 0) + Number(r.n);
    }
  }
  return { kept, counted };
}
