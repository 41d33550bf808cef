// The talk's time budget, from its own words: each slide's notes at a speaking rate, plus a pause a click. Pure, so the
// tests, the handout and the presenter's pacing all read the same figures.

/** Words a minute: a measured, clear briefing pace (fast talkers reach 160; 130 leaves room for the figures). */
export const WORDS_A_MINUTE = 130
/** Seconds a click: the audience's eyes move to what the click reveals before the speaker goes on. */
export const SECONDS_A_CLICK = 2
/** The slot the talk is written for, and the spoken time it may take so that questions keep theirs. */
export const SLOT_MINUTES = 15
export const SPOKEN_LIMIT_MINUTES = 13.5

export interface BudgetSlide {
  no: number
  note: string
  frontmatter: { clicks?: unknown, backup?: unknown }
}

export interface SlideBudget { no: number, words: number, clicks: number, seconds: number }

/** The words a speaker says: no click markers, no Markdown marks, no HTML comments or tags. */
export function spokenWords(note: string): number {
  return note
    .replace(/\[click(?::\d+)?\]/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`#>]/g, ' ')
    .split(/\s+/)
    .filter(w => /[\p{L}\p{N}]/u.test(w))
    .length
}

export function isBackup(s: Pick<BudgetSlide, 'frontmatter'>): boolean {
  return s.frontmatter.backup === true
}

/** A slide's budget in whole seconds: its words at the rate, and its clicks. */
export function slideBudget(s: BudgetSlide): SlideBudget {
  const words = spokenWords(s.note)
  const clicks = Number(s.frontmatter.clicks ?? 0)
  if (!Number.isInteger(clicks) || clicks < 0)
    throw new Error(`slide ${s.no}: clicks "${String(s.frontmatter.clicks)}" is not a whole number`)
  return { no: s.no, words, clicks, seconds: Math.round((words / WORDS_A_MINUTE) * 60 + clicks * SECONDS_A_CLICK) }
}

/** The talk's budget: every slide but the backup slides, which are for questions. */
export function talkBudget(slides: BudgetSlide[]) {
  const perSlide = slides.filter(s => !isBackup(s)).map(slideBudget)
  const sum = (k: 'words' | 'clicks' | 'seconds') => perSlide.reduce((n, s) => n + s[k], 0)
  const seconds = sum('seconds')
  return {
    perSlide,
    words: sum('words'),
    clicks: sum('clicks'),
    seconds,
    /** what is left of the slot for questions */
    questionsSeconds: SLOT_MINUTES * 60 - seconds,
  }
}

/** "2:05" for 125 seconds. */
export function formatSeconds(seconds: number): string {
  const sign = seconds < 0 ? '−' : ''
  const s = Math.abs(Math.round(seconds))
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
