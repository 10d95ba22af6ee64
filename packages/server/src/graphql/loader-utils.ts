import DataLoader from "dataloader";

/** A loader of rows by a unique key: one query for every key asked for in the same tick. */
export function loaderByKey<Row>(
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): DataLoader<string, Row | null> {
  return new DataLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of rows by id. */
export function loaderById<Row extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<Row[]>,
): DataLoader<string, Row | null> {
  return loaderByKey(fetch, (row) => row.id);
}

/** A loader of lists grouped by a key (e.g. a product's roles): one query for every key. */
export function loaderByGroup<Key, Row>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  cacheKey?: (key: Key) => string,
): DataLoader<Key, Row[], string | Key> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string | Key, Row[]>();
      const k = cacheKey ?? ((key: Key) => key);
      for (const row of await fetch(keys)) {
        const key = k(keyOf(row));
        const list = groups.get(key);
        if (list) list.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((key) => groups.get(k(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}
