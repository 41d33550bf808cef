// The scorecard's verdicts: each a word and a symbol (STYLE.md). Colours belong to actors on every other
// slide, so the verdicts take none: a neutral bar beside the word, the word and the symbol carry the meaning.
import type { Claim, Source } from '../data'
import { VERDICTS } from '../data/verdicts'
import { textWidth } from './labels'
import { PALETTE } from './palette'

/** A row's own source line, under the record: the size of a slide's source line, within the record's column. */
export const ROW_SOURCE = { font: 13, width: 340 }

export type Verdict = (typeof VERDICTS)[number]

export const VERDICT_STYLE: Record<Verdict, { word: string, symbol: string, colour: string }> = {
  'agrees': { word: 'agrees', symbol: '✓', colour: PALETTE.muted },
  'loose': { word: 'loose', symbol: '≈', colour: PALETTE.muted },
  'disputed': { word: 'disputed', symbol: '?', colour: PALETTE.muted },
  'later-event': { word: 'later event', symbol: '→', colour: PALETTE.muted },
  'overstated': { word: 'overstated', symbol: '↑', colour: PALETTE.muted },
  'understated': { word: 'understated', symbol: '↓', colour: PALETTE.muted },
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
  /** the record's own publishers, the article aside, as many as fit its column: "Syriac Press · The Hill + 1 more" */
  recordSource: string
}

/** The record's publishers, without the article the claim is from, named while they fit and the rest counted. */
export function recordSourceLine(ids: string[], sources: Pick<Source, 'id' | 'publisher' | 'kind'>[], width = ROW_SOURCE.width) {
  const record = ids.filter(id => sources.find(x => x.id === id)?.kind !== 'article')
  const names = publishers(record, sources)
  for (let n = names.length; n > 1; n--) {
    const text = names.slice(0, n).join(' · ') + (n < names.length ? ` + ${names.length - n} more` : '')
    if (textWidth(text, ROW_SOURCE.font) <= width)
      return text
  }
  return names.length > 1 ? `${names[0]} + ${names.length - 1} more` : names.join('')
}

/** One row per claim, in the order of data/claims.ts. */
export function scorecardRows(claims: Claim[], sources: Pick<Source, 'id' | 'publisher' | 'kind'>[]): ScoreRow[] {
  return claims.map((c) => {
    const v = VERDICT_STYLE[c.verdict]
    if (!v)
      throw new Error(`scorecard: claim "${c.id}" has an unknown verdict "${c.verdict}"`)
    return {
      id: c.id,
      article: c.article,
      record: c.record,
      verdict: c.verdict,
      ...v,
      source: publishers(c.sources, sources).join(' · '),
      recordSource: recordSourceLine(c.sources, sources),
    }
  })
}
