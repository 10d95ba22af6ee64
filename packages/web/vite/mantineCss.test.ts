import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { mantineComponentsOf, mantineCss, mantineImportsOf } from "./mantineCss";

// Vitest runs from packages/web.
const mantineRoot = join(process.cwd(), "node_modules/@mantine/core");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function sources(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mantine-css-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("the Mantine components a public page's code uses", () => {
  it("follows the app's own imports, static and lazy, and reads what each takes from @mantine/core", () => {
    const dir = sources({
      "main.tsx": `import { Button, Stack as Column } from "@mantine/core";\nimport { Frame } from "./ui/Frame";\nconst later = () => import("./pages/Later");`,
      "ui/Frame.tsx": `import {\n  Paper,\n  type MantineSize,\n} from "@mantine/core";\nexport { Title } from "@mantine/core";`,
      "ui/index.ts": `import type { Badge } from "@mantine/core";`,
      "pages/Later.tsx": `import { Modal } from "@mantine/core";\nimport "../ui";`,
      "unused.tsx": `import { Table } from "@mantine/core";`,
    });
    expect([...mantineImportsOf(join(dir, "main.tsx"))].sort()).toEqual(["Button", "Modal", "Paper", "Stack", "Title"]);
  });

  it("includes the components those are built from", () => {
    const components = mantineComponentsOf(["PasswordInput", "Modal"], join(mantineRoot, "esm"));
    for (const inner of ["PasswordInput", "Input", "ActionIcon", "Modal", "ModalBase", "Overlay", "CloseButton"]) expect(components).toContain(inner);
    expect(components).not.toContain("Table");
  });

  it("gives the global styles, then each component's in the order of Mantine's styles.css", () => {
    const css = mantineCss(["Button", "UnstyledButton", "Text", "Anchor"], mantineRoot);
    const at = (selectorOf: string) => css.indexOf(selectorOf);
    expect(at("--mantine-color-scheme")).toBeGreaterThanOrEqual(0);
    // UnstyledButton before Button and Text before Anchor, as in styles.css, so the latter override.
    const [unstyled, button, text, anchor] = ["m_87cf2631", "m_77c9d27d", "m_b6d8b162", "m_849cf0da"].map((c) => at(`.${c}`));
    expect(unstyled).toBeGreaterThan(0);
    expect(unstyled).toBeLessThan(button!);
    expect(text).toBeLessThan(anchor!);
    expect(css).not.toContain(".m_b23fa0ef"); // Table's
  });
});
