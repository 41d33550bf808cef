// The deck's one palette: every colour that is not an actor's (data/actors.ts, Okabe–Ito) is named here by what it is
// for. The components' CSS reads these as variables (styles/palette.css, written from this file by
// `npm run build:palette`); the TypeScript that needs a colour for SVG imports them.

export const PALETTE = {
  /** words and strokes that must read: titles, labels, marks' outlines */
  'ink': '#111827',
  /** running text in cards and lists */
  'text': '#1f2937',
  /** secondary words, neutral lines and fills, the dead's dots */
  'secondary': '#374151',
  /** small notes */
  'subdued': '#4b5563',
  /** what has been said (past), the article's bar, the scorecard's stamps */
  'muted': '#6b7280',
  /** frames and borders */
  'rule': '#9ca3af',
  /** past fills, table rules */
  'faint': '#d1d5db',
  /** light grounds: a bar's whole, the inset's land, words on a dark ground */
  'light': '#e5e7eb',
  /** a panel's ground */
  'wash': '#f3f4f6',
  /** the brightest words on a dark ground */
  'on-dark': '#f9fafb',
  'paper': '#fff',
  /** the blackout and its toggle */
  'black': '#000',
  /** the dark ground of a note block */
  'dark': '#1f2937',
  /** the article's clipping: newsprint */
  'article': '#f3efe6',
  /** the map: the sea, and Iraq's own ground */
  'sea': '#dbeaf5',
  'iraq': '#fdf6e3',
  /** a quotation's rule, in the United States' Okabe–Ito blue */
  'quote': '#0072b2',
  /** the presenter's cockpit: behind and ahead of time, a notice */
  'behind': '#b45309',
  'ahead': '#1d4ed8',
  'notice': '#92400e',
} as const

export type PaletteName = keyof typeof PALETTE

/** The palette as CSS custom properties on :root, `--name: value`, for styles/palette.css. */
export function paletteCss(): string {
  const lines = Object.entries(PALETTE).map(([name, value]) => `  --${name}: ${value};`)
  return `/* Written by npm run build:palette from charts/palette.ts: edit that file, not this one. */\n:root {\n${lines.join('\n')}\n}\n`
}
