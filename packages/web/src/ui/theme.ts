import {
  createTheme,
  defaultVariantColorsResolver,
  DEFAULT_THEME,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from "@mantine/core";

// A calm indigo-blue: reads as "trustworthy admin tool" without shouting.
const lanyard: MantineColorsTuple = [
  "#eef3ff",
  "#dce4f5",
  "#b9c7e2",
  "#94a8d0",
  "#748dc1",
  "#5f7cb8",
  "#5474b4",
  "#44639f",
  "#39588f",
  "#2d4b81",
];

// Shades 7–9 are the ones text, filled buttons and light/outline badges are drawn in (primaryShade 7).
// Mantine's own are too pale for WCAG 2.2 AA (green 7 on its light tint: 2.5:1), so each colour keeps
// Mantine's shades 0–6 and gets darker 7–9 of the same hue: shade 7 reads at 4.6:1 or more on its
// light tint, even over a hovered table row, and white reads on it as a filled button. theme.test.ts
// measures every pairing.
const TEXT_SHADES: Record<string, readonly [string, string, string]> = {
  red: ["#b92727", "#a22222", "#881d1d"],
  pink: ["#a61e4d", "#921a44", "#7b1639"],
  grape: ["#862e9c", "#762889", "#632273"],
  violet: ["#6741d9", "#572dd5", "#4924b5"],
  indigo: ["#364fc7", "#2f45af", "#283a92"],
  blue: ["#1864ab", "#155796", "#11497c"],
  cyan: ["#0a6c7e", "#095e6e", "#074e5b"],
  teal: ["#077050", "#066246", "#05513a"],
  green: ["#237032", "#1f622c", "#195124"],
  lime: ["#456e0a", "#3c6009", "#325007"],
  yellow: ["#984f00", "#854500", "#6e3900"],
  orange: ["#ae3a0c", "#98330a", "#7f2a09"],
};

const readableColors = Object.fromEntries(
  Object.entries(TEXT_SHADES).map(([name, dark]) => [name, [...DEFAULT_THEME.colors[name]!.slice(0, 7), ...dark] as unknown as MantineColorsTuple]),
);

/** Greys for text that must still reach 4.5:1 on white, gray.0 (the app's background) and gray.2 (disabled fields). */
export const INK = {
  dimmed: "#5c636a",
  placeholder: "#666d75",
  disabled: "#5c636a",
  /** The edge of a text field, checkbox or radio: 3:1 (WCAG 1.4.11) even on a hovered row. */
  controlBorder: "#7d858d",
} as const;

/**
 * Mantine's resolver, except that a light variant given a shade ("red.7") keeps it: Mantine caps its text
 * at shade 6, which no colour reads at 4.5:1 on its tint. Menu items are drawn this way.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== "light") return resolved;
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  return parsed.isThemeColor && parsed.shade !== undefined
    ? { ...resolved, color: `var(--mantine-color-${parsed.color}-${parsed.shade})` }
    : resolved;
};

export const theme = createTheme({
  variantColorResolver,
  primaryColor: "lanyard",
  colors: { ...readableColors, lanyard },
  primaryShade: 7,
  defaultRadius: "md",
  // Transitions stop for people who ask their system for less motion.
  respectReducedMotion: true,
  fontFamily:
    "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  headings: { fontWeight: "650" },
  components: {
    // A link in running text must not be told apart by colour alone (WCAG 1.4.1).
    Anchor: { defaultProps: { underline: "always" } },
    Badge: { defaultProps: { radius: "sm" } },
    Table: { defaultProps: { verticalSpacing: "sm", horizontalSpacing: "md" } },
  },
});

/** Mantine's light-scheme greys for secondary, placeholder and disabled text, and its error red, replaced by readable ones. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: { "--lanyard-control-border": INK.controlBorder },
  light: {
    "--mantine-color-dimmed": INK.dimmed,
    "--mantine-color-placeholder": INK.placeholder,
    "--mantine-color-disabled-color": INK.disabled,
    // Error messages under fields: Mantine's red 6 is 3.3:1 on white.
    "--mantine-color-error": "var(--mantine-color-red-7)",
  },
  dark: {},
});
