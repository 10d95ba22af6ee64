import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Brackets } from "typeorm";
import { badInput } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

/** One column of a list's sort order; the last key must be the unique id. */
export interface SortKey<Row> {
  /** The SQL expression, e.g. "staff.last_name". */
  column: string;
  direction: "ASC" | "DESC";
  /** Reads this key's value from a row, for the next cursor. */
  value: (row: Row) => string | number | Date;
  /** Dates travel in cursors as ISO strings. */
  date?: boolean;
}

export function checkPageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE} (got ${size}); page on with \`after\` for more.`, ["first"]);
  }
  return size;
}

export function encodeCursor(values: (string | number | Date)[]): string {
  return Buffer.from(JSON.stringify(values.map((v) => (v instanceof Date ? v.toISOString() : v)))).toString("base64url");
}

export function decodeCursor<Row>(cursor: string, keys: SortKey<Row>[]): unknown[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    values = null;
  }
  const notACursor = () => badInput("`after` is not a cursor from this list: pass the `endCursor` of the previous page.", ["after"]);
  if (!Array.isArray(values) || values.length !== keys.length || values.some((v) => typeof v !== "string" && typeof v !== "number")) {
    throw notACursor();
  }
  return values.map((v, i) => {
    if (!keys[i]!.date) return v;
    // A forged date would otherwise reach the query as an Invalid Date.
    const date = typeof v === "string" ? new Date(v) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime())) throw notACursor();
    return date;
  });
}

/**
 * Keyset condition in the form MariaDB plans well (TOOLCHAIN.md):
 * `a >= :a AND (a > :a OR (b >= :b AND (b > :b OR id > :id)))`, never the row-value form.
 * `placeholder` writes a value's parameter (named for the query builder, `?` for raw SQL).
 */
export function keysetCondition<Row>(keys: SortKey<Row>[], values: unknown[], placeholder: (index: number, value: unknown) => string): string {
  const condition = (i: number): string => {
    const key = keys[i]!;
    const strict = key.direction === "ASC" ? ">" : "<";
    if (i === keys.length - 1) return `${key.column} ${strict} ${placeholder(i, values[i])}`;
    return `${key.column} ${strict}= ${placeholder(i, values[i])} AND (${key.column} ${strict} ${placeholder(i, values[i])} OR ${condition(i + 1)})`;
  };
  return condition(0);
}

export const orderBy = <Row>(keys: SortKey<Row>[]) => keys.map((k) => `${k.column} ${k.direction}`).join(", ");

export function applyKeyset<Entity extends ObjectLiteral, Row>(
  qb: SelectQueryBuilder<Entity>,
  keys: SortKey<Row>[],
  after: string | null | undefined,
): SelectQueryBuilder<Entity> {
  for (const key of keys) qb.addOrderBy(key.column, key.direction);
  if (!after) return qb;
  const params: Record<string, unknown> = {};
  const sql = keysetCondition(keys, decodeCursor(after, keys), (i, value) => {
    params[`cursor_${i}`] = value;
    return `:cursor_${i}`;
  });
  return qb.andWhere(new Brackets((w) => w.where(sql, params)));
}

export interface Page<Row> {
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; readonly startCursor: string | null; readonly endCursor: string | null };
  /** Counted only when asked for: a getter, so a page that doesn't show it costs no COUNT. */
  readonly totalCount: Promise<number>;
}

/**
 * Fetches one page (first + 1 rows tell whether there is a next page). `query` makes the
 * filtered query (again for the count, only when asked); `fetch` runs the narrowed one:
 * entities by default, or raw columns mapped by the caller on hot lists.
 */
export async function paginate<Entity extends ObjectLiteral, Row = Entity>(
  query: () => SelectQueryBuilder<Entity>,
  keys: SortKey<Row>[],
  args: { first?: number | null; after?: string | null },
  fetch: (qb: SelectQueryBuilder<Entity>) => Promise<Row[]> = (q) => q.getMany() as unknown as Promise<Row[]>,
): Promise<Page<Row>> {
  const first = checkPageSize(args.first);
  const qb = query();
  applyKeyset(qb, keys, args.after);
  const rows = await fetch(qb.limit(first + 1));
  return toPage(rows, keys, first, () => query().getCount(), args.after);
}

/** An edge whose cursor is encoded only if the query asks for it. */
class Edge<Row> {
  constructor(
    readonly node: Row,
    private readonly keys: SortKey<Row>[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.keys.map((k) => k.value(this.node)));
  }
}

/**
 * A page from first + 1 rows in order (the extra one says whether there is a next page). Paging
 * forward, there are rows before the page exactly when it starts after a cursor.
 */
export function toPage<Row>(rows: Row[], keys: SortKey<Row>[], first: number, countAll: () => Promise<number>, after?: string | null): Page<Row> {
  const edges = rows.slice(0, first).map((node) => new Edge(node, keys));
  let count: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!after,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
    get totalCount() {
      count ??= countAll();
      return count;
    },
  };
}
