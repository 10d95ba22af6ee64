import {
  defaultCssVariablesResolver,
  DEFAULT_THEME,
  mergeMantineTheme,
  type MantineTheme,
  type VariantColorsResolver,
} from "@mantine/core";
import { describe, expect, it } from "vitest";
import { contrastRatio, paintedOver } from "./contrast";
import { cssVariablesResolver, theme as lanyardTheme } from "./theme";

// The theme as MantineProvider resolves it for the light scheme (the only one the app offers),
// read back through the same CSS variables the components are styled with.
const theme: MantineTheme = mergeMantineTheme(DEFAULT_THEME, lanyardTheme);
const mantine = defaultCssVariablesResolver(theme);
const ours = cssVariablesResolver(theme);
const variables: Record<string, string> = { ...mantine.variables, ...mantine.light, ...ours.variables, ...ours.light };

/** Follows `var(--x)` references down to a colour value. */
function resolve(value: string): string {
  const reference = /^var\((--[\w-]+)\)$/.exec(value.trim());
  if (!reference) return value;
  const next = variables[reference[1]!];
  if (next === undefined) throw new Error(`${reference[1]} isn't defined`);
  return resolve(next);
}
const cssVar = (name: string) => resolve(`var(${name})`);

const WHITE = cssVar("--mantine-color-white");
/** Where text sits: cards and inputs (white), the app's background (gray.0), a hovered table row (gray.1). */
const SURFACES = { white: WHITE, "gray.0": cssVar("--mantine-color-gray-0"), "gray.1": cssVar("--mantine-color-gray-1") };

/** Every colour the app can name: Mantine's hues (their shades 7–9 replaced) and the brand's. */
const COLORS = Object.keys(theme.colors).filter((name) => name !== "dark");

interface Check {
  what: string;
  foreground: string;
  background: string;
  min: number;
}

function variant(color: string, name: string): ReturnType<VariantColorsResolver> {
  return theme.variantColorResolver({ color, theme, variant: name });
}
const borderColor = (border: string) => border.replace(/^.* solid /, "");

function badgeChecks(): Check[] {
  return COLORS.flatMap((color) => {
    const light = variant(color, "light");
    const outline = variant(color, "outline");
    const filled = variant(color, "filled");
    const subtle = variant(color, "subtle");
    return Object.entries(SURFACES).flatMap(([surfaceName, surface]) => {
      const tint = paintedOver(resolve(light.background!), surface);
      const hoverTint = paintedOver(resolve(light.hover!), surface);
      return [
        { what: `${color} light text on its tint over ${surfaceName}`, foreground: resolve(light.color!), background: tint, min: 4.5 },
        { what: `${color} light text on its hover tint over ${surfaceName}`, foreground: resolve(light.color!), background: hoverTint, min: 4.5 },
        { what: `dimmed text on ${color}'s light tint over ${surfaceName}`, foreground: cssVar("--mantine-color-dimmed"), background: tint, min: 4.5 },
        { what: `${color} outline text on ${surfaceName}`, foreground: resolve(outline.color!), background: surface, min: 4.5 },
        { what: `${color} outline border on ${surfaceName}`, foreground: resolve(borderColor(outline.border!)), background: surface, min: 3 },
        { what: `${color} subtle text on ${surfaceName}`, foreground: resolve(subtle.color!), background: surface, min: 4.5 },
        { what: `${color} shade 7 text on ${surfaceName}`, foreground: cssVar(`--mantine-color-${color}-7`), background: surface, min: 4.5 },
        { what: `${color} filled: white on ${surfaceName === "white" ? "it" : "it (hovered)"}`, foreground: resolve(filled.color!), background: resolve(surfaceName === "white" ? filled.background! : filled.hover!), min: 4.5 },
      ];
    });
  });
}

function textChecks(): Check[] {
  const dimmed = cssVar("--mantine-color-dimmed");
  return [
    ...Object.entries(SURFACES).flatMap(([name, surface]) => [
      { what: `dimmed text on ${name}`, foreground: dimmed, background: surface, min: 4.5 },
      { what: `body text on ${name}`, foreground: cssVar("--mantine-color-text"), background: surface, min: 4.5 },
      { what: `link on ${name}`, foreground: cssVar("--mantine-color-anchor"), background: surface, min: 4.5 },
      { what: `error text on ${name}`, foreground: cssVar("--mantine-color-error"), background: surface, min: 4.5 },
      { what: `focus ring on ${name}`, foreground: cssVar("--mantine-primary-color-filled"), background: surface, min: 3 },
      { what: `text field, checkbox and radio edge on ${name}`, foreground: cssVar("--lanyard-control-border"), background: surface, min: 3 },
    ]),
    { what: "placeholder in a field", foreground: cssVar("--mantine-color-placeholder"), background: WHITE, min: 4.5 },
    {
      what: "disabled text on a disabled control",
      foreground: cssVar("--mantine-color-disabled-color"),
      background: cssVar("--mantine-color-disabled"),
      min: 4.5,
    },
    // The public pages' background fades from lanyard.1 into gray.0; their footer can sit on either.
    { what: "dimmed text on the public pages' lanyard.1 glow", foreground: dimmed, background: cssVar("--mantine-color-lanyard-1"), min: 4.5 },
    { what: "link on the public pages' lanyard.1 glow", foreground: cssVar("--mantine-color-anchor"), background: cssVar("--mantine-color-lanyard-1"), min: 4.5 },
    { what: "brand text (lanyard.7) on lanyard.0", foreground: cssVar("--mantine-color-lanyard-7"), background: cssVar("--mantine-color-lanyard-0"), min: 4.5 },
  ];
}

function failures(checks: Check[]): string[] {
  return checks
    .map((c) => ({ ...c, ratio: contrastRatio(c.foreground, c.background) }))
    .filter((c) => c.ratio < c.min)
    .map((c) => `${c.what}: ${c.foreground} on ${c.background} is ${c.ratio.toFixed(2)}:1, below ${c.min}:1`);
}

describe("the theme's colours meet WCAG 2.2 AA in the light scheme", () => {
  it("measures what the audit measured: Mantine's own defaults fail", () => {
    // The checker agrees with the audit's figures, so a pass below means something.
    expect(contrastRatio("#868e96", "#ffffff")).toBeCloseTo(3.32, 2);
    expect(contrastRatio("#37b24d", "#ebf7ed")).toBeCloseTo(2.49, 1);
    expect(contrastRatio("#adb5bd", "#ffffff")).toBeCloseTo(2.07, 2);
  });

  it("covers every colour the app names", () => {
    expect(COLORS).toEqual(expect.arrayContaining(["lanyard", "gray", "red", "green", "teal", "blue", "violet", "orange", "yellow"]));
  });

  it("gives light, outline, subtle and filled badges and buttons readable text, in every colour", () => {
    expect(failures(badgeChecks())).toEqual([]);
  });

  it("keeps a light variant's own shade, so a red menu item ('red.7') reads on its hover tint", () => {
    // Mantine draws a coloured menu item as a light variant and caps its text at shade 6 (2.7:1 on the tint).
    const item = variant("red.7", "light");
    expect(item.color).toBe("var(--mantine-color-red-7)");
    const hover = paintedOver(resolve(item.hover!), "#ffffff");
    expect(contrastRatio(resolve(item.color!), hover)).toBeGreaterThanOrEqual(4.5);
  });

  it("makes dimmed, placeholder, disabled, link and error text readable, and focus rings and field edges visible", () => {
    expect(failures(textChecks())).toEqual([]);
  });
});
