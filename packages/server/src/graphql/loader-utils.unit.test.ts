import { describe, expect, it } from "vitest";
import { loaderByGroup, loaderById } from "./loader-utils.js";

describe("per-request loaders", () => {
  it("fetch every key asked for in the same tick with one call", async () => {
    const calls: string[][] = [];
    const loader = loaderById(async (ids) => {
      calls.push([...ids]);
      return ids.filter((id) => id !== "missing").map((id) => ({ id, name: `School ${id}` }));
    });
    const [a, b, missing] = await Promise.all([loader.load("a"), loader.load("b"), loader.load("missing")]);
    expect(calls).toEqual([["a", "b", "missing"]]);
    expect(a).toEqual({ id: "a", name: "School a" });
    expect(b?.name).toBe("School b");
    expect(missing).toBeNull();
  });

  it("answer a key synchronously once it has arrived, without fetching again", async () => {
    let fetches = 0;
    const loader = loaderById(async (ids) => {
      fetches++;
      return ids.map((id) => ({ id }));
    });
    await loader.prefetch(["a", "b"]);
    expect(loader.load("a")).toEqual({ id: "a" });
    expect(loader.load("b")).not.toBeInstanceOf(Promise);
    expect(fetches).toBe(1);
  });

  it("answer a primed key at once and never fetch it", () => {
    const loader = loaderById<{ id: string }>(async () => {
      throw new Error("should not fetch");
    });
    loader.prime("a", { id: "a" });
    expect(loader.load("a")).toEqual({ id: "a" });
  });

  it("group rows by key, with an empty list for a key without rows", async () => {
    const loader = loaderByGroup(
      async (productIds: readonly string[]) => [
        { productId: "p1", code: "teacher" },
        { productId: "p1", code: "admin" },
      ].filter((r) => productIds.includes(r.productId)),
      (r) => r.productId,
    );
    const [p1, p2] = await Promise.all([loader.load("p1"), loader.load("p2")]);
    expect(p1.map((r) => r.code)).toEqual(["teacher", "admin"]);
    expect(p2).toEqual([]);
  });
});
