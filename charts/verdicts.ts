// The scorecard's verdicts: each a word and a symbol (STYLE.md). Colours belong to actors on every other
// slide, so the verdicts take none: a neutral bar beside the word, the word and the symbol carry the meaning.
import type { Claim, Source } from '../data'
import { VERDICTS } from '../data/verdicts'

export type Verdict = (typeof VERDICTS)[number]

export const VERDICT_STYLE: Record<Verdict, { word: string, symbol: string, colour: string }> = {
  'agrees': { word: 'agrees', symbol: '✓', colour: '#6b7280' },
  'loose': { word: 'loose', symbol: '≈', colour: '#6b7280' },
  'disputed': { word: 'disputed', symbol: '?', colour: '#6b7280' },
  'later-event': { word: 'later event', symbol: '→', colour: '#6b7280' },
  'overstated': { word: 'overstated', symbol: '↑', colour: '#6b7280' },
  'understated': { word: 'understated', symbol: '↓', colour: '#6b7280' },
}

/** Every verdict the schema allows, in its order. */
export const VERDICT_LIST: readonly Verdict[] = VERDICTS

/** The publishers behind a claim, in the order given, each once ("Atalayar · Syriac Press"). */
export function publishers(ids: string[], sources: Pick<Source, 'id' | 'publisher'>[]): string[] {
  const names = ids.map((id) => {
    const s = sources.find(x => x.id === id)
    if (!s)
      throw new Error(`publishers: no source "${id}" in data/sources.ts`)
    return s.publisher
  })
  return [...new Set(names)]
}

export interface ScoreRow {
  id: string
  article: string
  record: string
  verdict: Verdict
  word: string
  symbol: string
  colour: string
  /** the publishers, "Atalayar · Syriac Press" */
  source: string
}

/** One row per claim, in the order of data/claims.ts. */
export function scorecardRows(claims: Claim[], sources: Pick<Source, 'id' | 'publisher'>[]): ScoreRow[] {
  return claims.map((c) => {
    const v = VERDICT_STYLE[c.verdict]
    if (!v)
      throw new Error(`scorecard: claim "${c.id}" has an unknown verdict "${c.verdict}"`)
    return { id: c.id, article: c.article, record: c.record, verdict: c.verdict, ...v, source: publishers(c.sources, sources).join(' · ') }
  })
}
