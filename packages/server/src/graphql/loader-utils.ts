import DataLoader from "dataloader";

/**
 * A per-request batch loader: every key asked for in the same tick is fetched with one query
 * (DataLoader). Once a key's value has arrived, `load` answers it synchronously: graphql-js
 * then completes a row without a promise per field, which is most of a list's CPU time.
 * Lists call `prefetch` for the relations a query selects, so their rows resolve at once.
 */
export class Loader<Key, Value> {
  private readonly settled = new Map<unknown, Value>();
  private readonly batch: DataLoader<Key, Value, unknown>;

  constructor(
    fetch: (keys: readonly Key[]) => Promise<Value[]>,
    private readonly cacheKey: (key: Key) => unknown = (key) => key,
  ) {
    this.batch = new DataLoader(fetch, { cacheKeyFn: cacheKey });
  }

  load(key: Key): Value | Promise<Value> {
    const k = this.cacheKey(key);
    if (this.settled.has(k)) return this.settled.get(k)!;
    return this.batch.load(key).then((value) => {
      this.settled.set(k, value);
      return value;
    });
  }

  /** Records a value fetched another way (e.g. joined into a list's query); `load` answers it at once. */
  prime(key: Key, value: Value): void {
    const k = this.cacheKey(key);
    if (!this.settled.has(k)) this.settled.set(k, value);
  }

  /** Loads these keys now (one query), so later `load`s of them answer synchronously. */
  async prefetch(keys: readonly Key[]): Promise<void> {
    await Promise.all(keys.map((key) => this.load(key)));
  }
}

/** Rows by a unique key. */
export function loaderByKey<Row>(fetch: (keys: readonly string[]) => Promise<Row[]>, keyOf: (row: Row) => string): Loader<string, Row | null> {
  return new Loader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Rows by id. */
export function loaderById<Row extends { id: string }>(fetch: (ids: readonly string[]) => Promise<Row[]>): Loader<string, Row | null> {
  return loaderByKey(fetch, (row) => row.id);
}

/** Lists grouped by a key (e.g. a product's roles). */
export function loaderByGroup<Key, Row>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  cacheKey: (key: Key) => unknown = (key) => key,
): Loader<Key, Row[]> {
  return new Loader(async (keys) => {
    const groups = new Map<unknown, Row[]>();
    for (const row of await fetch(keys)) {
      const key = cacheKey(keyOf(row));
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(cacheKey(key)) ?? []);
  }, cacheKey);
}
