import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importGraph } from "./importGraph";

// Vitest runs from packages/web.
const src = join(process.cwd(), "src");
const graph = importGraph(join(src, "public/main.ts"));
const files = [...graph.files].map((file) => relative(src, file).split("\\").join("/"));

describe("the public pages' app (public.html)", () => {
  it("brings no GraphQL client, no graphql runtime and no router", () => {
    const packages = [...graph.packages.keys()];
    expect(packages.filter((p) => /^(@apollo\/|graphql$|graphql\/|react-router|rxjs)/.test(p))).toEqual([]);
  });

  it("takes the form rules from @lanyard/shared, not its zod schemas (80 KB)", () => {
    expect([...(graph.packages.get("@lanyard/shared") ?? [])].filter((name) => /Schema$/.test(name))).toEqual([]);
    expect(graph.packages.has("zod")).toBe(false);
  });

  it("reaches only the public pages, none of the admin app's screens or frame", () => {
    const pages = new Set(files.filter((f) => f.startsWith("pages/")).map((f) => f.split("/")[1]));
    expect([...pages].filter((page) => !["SignIn", "Accept", "Accessibility", "Join"].includes(page!))).toEqual([]);
    expect(files).not.toContain("routes.tsx");
    expect(files).not.toContain("features/session/AppLayout.tsx");
    expect(files).not.toContain("features/api/client.ts");
  });
});
