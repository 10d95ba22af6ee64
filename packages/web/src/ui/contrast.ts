// WCAG 2.2 contrast arithmetic (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), for checking the
// theme's colours in tests without a browser.

/** An sRGB colour, channels 0–255, with its opacity 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Reads `#rgb`, `#rrggbb` and `rgba(r, g, b, a)` / `rgb(r, g, b)`, the forms Mantine's variables use. */
export function parseColor(value: string): Rgba {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join("") : hex[1]!;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
    return { r, g, b, a: 1 };
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/.exec(text);
  if (fn) return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: fn[4] === undefined ? 1 : Number(fn[4]) };
  throw new Error(`Not a colour this checker reads: ${value}`);
}

/** What a translucent colour looks like painted over an opaque one. */
export function composite(top: Rgba, under: Rgba): Rgba {
  const mix = (t: number, u: number) => t * top.a + u * (1 - top.a);
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a: 1 };
}

function relativeLuminance({ r, g, b }: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio (1–21) of `foreground` over `background`; a translucent foreground is painted over it first. */
export function contrastRatio(foreground: string, background: string): number {
  const back = parseColor(background);
  if (back.a < 1) throw new Error(`Paint a translucent background (${background}) over an opaque one first`);
  const front = composite(parseColor(foreground), back);
  const [light, dark] = [relativeLuminance(front), relativeLuminance(back)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `background` painted over `surface`, as a hex colour: a light badge's tint on a white card, say. */
export function paintedOver(background: string, surface: string): string {
  const { r, g, b } = composite(parseColor(background), parseColor(surface));
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}
