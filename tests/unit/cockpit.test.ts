// @vitest-environment node
// The presenter's cockpit, as plain functions: the budgets, the pacing, the rehearsal record and the announcer.
import { describe, expect, it } from 'vitest'
import { newSentences, slideAnnouncement, stepAnnouncement } from '../../composables/announce'
import { formatSeconds, slideBudget, SLOT_MINUTES, spokenWords, talkBudget } from '../../composables/budget'
import { pacing } from '../../composables/pacing'
import {
  DAMAGED_PREFIX,
  emptyStore,
  finishRun,
  KEEP_RUNS,
  loadStore,
  measuredRate,
  parseStore,
  recordStep,
  reportRows,
  rescale,
  slideTimes,
  startRun,
  STORE_KEY,
  toCsv,
} from '../../composables/rehearsal'
import { deck } from '../deck'

const note = (words: number) => Array.from({ length: words }, (_, i) => `w${i}`).join(' ')
const slides = [
  { no: 1, note: note(130), frontmatter: {} },
  { no: 2, note: `**${note(65)}** [click] ${note(65)}`, frontmatter: { clicks: 1 } },
  { no: 3, note: note(260), frontmatter: { backup: true } },
]

describe('the budget', () => {
  it('counts the words a speaker says: no click marks, no Markdown', () => {
    expect(spokenWords('**The point.** [click] Then this, and [click:2] that.')).toBe(6)
    expect(spokenWords('<b>Bold</b> -- and — dashes')).toBe(3)
  })
  it('gives each slide its words at 130 a minute and 2 s a click, and leaves the backup slides out', () => {
    expect(slideBudget(slides[0])).toEqual({ no: 1, words: 130, clicks: 0, seconds: 60 })
    expect(slideBudget(slides[1])).toEqual({ no: 2, words: 130, clicks: 1, seconds: 62 })
    const b = talkBudget(slides)
    expect(b.perSlide.map(s => s.no)).toEqual([1, 2])
    expect(b.seconds).toBe(122)
    expect(b.questionsSeconds).toBe(SLOT_MINUTES * 60 - 122)
    expect(() => slideBudget({ no: 9, note: '', frontmatter: { clicks: 'two' } })).toThrow(/slide 9/)
  })
  it('plans this talk within its slot, with time left for questions', () => {
    const b = talkBudget(deck.slides)
    expect(b.questionsSeconds).toBeGreaterThanOrEqual(90)
    expect(b.perSlide.every(s => s.seconds > 0)).toBe(true)
  })
  it('writes times as a clock', () => {
    expect(formatSeconds(125)).toBe('2:05')
    expect(formatSeconds(-7)).toBe('−0:07')
    expect(formatSeconds(0)).toBe('0:00')
  })
})

describe('pacing', () => {
  const budgets = [{ no: 1, seconds: 40 }, { no: 2, seconds: 60 }, { no: 3, seconds: 30 }]
  it('is on time on the plan, behind by the overrun, ahead when early', () => {
    expect(pacing({ budgets, current: 2, elapsedMs: 70_000, slideStartMs: 40_000 }))
      .toEqual({ backup: false, slideBudget: 60, slideSpent: 30, totalBehind: 0, status: 'on time' })
    const over = pacing({ budgets, current: 1, elapsedMs: 120_000, slideStartMs: 0 })
    expect(over).toMatchObject({ slideBudget: 40, slideSpent: 120, totalBehind: 80, status: 'behind' })
    const early = pacing({ budgets, current: 3, elapsedMs: 50_000, slideStartMs: 50_000 })
    expect(early).toMatchObject({ slideSpent: 0, totalBehind: -50, status: 'ahead' })
  })
  it('says "behind" after three times a slide\'s budget, and "on time" within ten seconds of the plan', () => {
    expect(pacing({ budgets, current: 1, elapsedMs: 3 * 40_000, slideStartMs: 0 }).status).toBe('behind')
    expect(pacing({ budgets, current: 1, elapsedMs: 50_000, slideStartMs: 0 }).status).toBe('on time')
    expect(pacing({ budgets, current: 1, elapsedMs: 51_000, slideStartMs: 0 }).status).toBe('behind')
  })
  it('gives a backup slide no budget, the whole plan being spent', () => {
    expect(pacing({ budgets, current: 9, elapsedMs: 200_000, slideStartMs: 190_000 }))
      .toEqual({ backup: true, slideBudget: 0, slideSpent: 10, totalBehind: 70, status: 'behind' })
  })
})

function memory(init: Record<string, string> = {}) {
  const m = new Map(Object.entries(init))
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m }
}
const timer = { status: 'running' as const, startedAt: 1000, pausedAt: 0 }

describe('the rehearsal record', () => {
  const base = startRun(emptyStore('deck'), { now: 5000, timer, no: 1, clicks: 0 })
  const run = [
    { no: 1, clicks: 1, atMs: 20_000 },
    { no: 2, clicks: 0, atMs: 50_000 },
    { no: 2, clicks: 0, atMs: 55_000 },
    { no: 1, clicks: 1, atMs: 90_000 },
  ].reduce(recordStep, base)

  it('keeps a step when the slide or click changes, and the time on each slide adds up to the run', () => {
    expect(run.current!.steps).toHaveLength(4)
    const times = slideTimes(run.current!, 100_000)
    expect(Object.fromEntries(times)).toEqual({ 1: 60_000, 2: 40_000 })
  })
  it('reports each slide planned against actual, and exports the runs as CSV', () => {
    const budgets = talkBudget(slides).perSlide
    const done = finishRun(run, 100_000)
    const rows = reportRows(done.runs[0], budgets, { 1: 'One', 2: 'Two, "quoted"' })
    expect(rows).toEqual([
      { no: 1, title: 'One', planned: 60, actual: 60, diff: 0 },
      { no: 2, title: 'Two, "quoted"', planned: 62, actual: 40, diff: -22 },
    ])
    const csv = toCsv(done.runs, budgets, { 1: 'One', 2: 'Two, "quoted"' }).trim().split('\n')
    expect(csv[0]).toBe('run,started,slide,title,planned_s,actual_s,diff_s')
    expect(csv[2]).toBe('run-5000,1970-01-01T00:00:05.000Z,2,"Two, ""quoted""",62,40,-22')
  })
  it('keeps the last runs to compare, newest first', () => {
    let s = emptyStore('deck')
    for (let i = 0; i < KEEP_RUNS + 2; i++) s = finishRun(startRun(s, { now: i, timer, no: 1, clicks: 0 }), 1000)
    expect(s.runs.map(r => r.id)).toEqual(Array.from({ length: KEEP_RUNS }, (_, i) => `run-${KEEP_RUNS + 1 - i}`))
    expect(s.current).toBeNull()
  })
  it('measures the speaker\'s rate and rescales the plan to it', () => {
    const budgets = talkBudget(slides).perSlide
    const done = finishRun(run, 100_000).runs[0]
    // 260 words over 100 s less one click's 2 s
    expect(measuredRate(done, budgets)).toBe(Math.round(260 / (98 / 60)))
    expect(rescale(budgets, 65).map(b => b.seconds)).toEqual([120, 122])
    expect(() => rescale(budgets, 0)).toThrow(/speaking rate/)
    expect(measuredRate({ ...done, steps: [] }, budgets)).toBeUndefined()
  })
  it('survives a reload: what was saved is read back as it was', () => {
    const storage = memory()
    storage.setItem(STORE_KEY, JSON.stringify(run))
    expect(loadStore(storage, 'deck')).toEqual({ store: run })
  })
  it('sets a damaged or foreign record aside with a notice, never reads it as valid, never throws', () => {
    const cases: [string, RegExp][] = [
      ['{"version":1,"deck":"deck","current":null,"runs":[', /not JSON/],
      [JSON.stringify({ ...run, deck: 'another talk' }), /another deck/],
      [JSON.stringify({ ...run, version: 9 }), /version 9/],
      [JSON.stringify({ ...run, runs: [{ id: 'x', startedAt: 1, steps: [{ no: 'one' }], timer }] }), /run 1 has a step/],
      [JSON.stringify({ ...run, current: { ...run.current, timer: undefined } }), /current run has no timer/],
      ['null', /not a record/],
    ]
    for (const [raw, why] of cases) {
      expect(parseStore(raw, 'deck').damaged, raw).toMatch(why)
      const storage = memory({ [STORE_KEY]: raw })
      const { store, notice } = loadStore(storage, 'deck', 42)
      expect(store, raw).toEqual(emptyStore('deck'))
      expect(notice).toContain(`${DAMAGED_PREFIX}42`)
      expect(storage.getItem(`${DAMAGED_PREFIX}42`)).toBe(raw)
      expect(JSON.parse(storage.getItem(STORE_KEY)!)).toEqual(emptyStore('deck'))
    }
  })
})

describe('the live announcements', () => {
  const all = [
    { no: 1, title: 'Cover', backup: false },
    { no: 2, title: 'The <b>point</b>', backup: false },
    { no: 3, title: 'Who is who', backup: true },
  ]
  it('names the slide and its place in the talk, backup slides apart', () => {
    expect(slideAnnouncement(all[1], all)).toBe('Slide 2 of 2: The point')
    expect(slideAnnouncement(all[2], all)).toBe('Backup slide 1: Who is who')
  })
  it('says a click\'s words once, and nothing when the step adds none', () => {
    expect(stepAnnouncement('Erbil airport, about 14 rockets.', undefined)).toBe('Erbil airport, about 14 rockets.')
    expect(stepAnnouncement('Erbil airport.', 'Erbil airport.')).toBeUndefined()
    expect(stepAnnouncement('  ', undefined)).toBeUndefined()
  })
})

describe('what a click adds to an alt text', () => {
  it('is the sentences the step added, once each, in order', () => {
    const before = 'Map of Iraq, north up. Attack 1, 15 Feb: Erbil airport, Iraq. Scale bar 250 km.'
    const after = 'Map of Iraq, north up. Attack 1, 15 Feb: Erbil airport, Iraq. Attack 2, 20 Feb: Balad air base, Iraq. '
      + 'Arrows: who acted on whom. Scale bar 250 km.'
    expect(newSentences(before, after)).toBe('Attack 2, 20 Feb: Balad air base, Iraq. Arrows: who acted on whom.')
    expect(newSentences(after, after)).toBe('')
    expect(newSentences('', 'One. Two.')).toBe('One. Two.')
    expect(newSentences('One. One.', 'One. One. One.')).toBe('One.')
  })
})
