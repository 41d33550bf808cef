// The rehearsal record: when the presenter reached each slide and click, on the talk's clock, kept in the browser's own
// storage (no network, no server) so that a reload of the presenter window loses nothing. Pure functions over plain
// data; the one place that touches storage (`loadStore`, `saveStore`) takes it as an argument.
import type { SlideBudget } from './budget'
import { SECONDS_A_CLICK, WORDS_A_MINUTE } from './budget'

export const STORE_KEY = 'iraq-talk:rehearsal'
/** A record that could not be read is moved here, under its time, never read as valid and never deleted unseen. */
export const DAMAGED_PREFIX = 'iraq-talk:rehearsal:damaged:'
export const STORE_VERSION = 1
/** Runs kept to compare, newest first. */
export const KEEP_RUNS = 5
/** The speaker's own rate, words a minute, when the plan has been rescaled to it in the report. */
export const RATE_KEY = 'iraq-talk:rate'

/** The rate stored for the plan, or undefined for the documented one: anything but a sane rate is ignored. */
export function storedRate(raw: string | null): number | undefined {
  const rate = Number(raw)
  return raw !== null && Number.isFinite(rate) && rate >= 60 && rate <= 260 ? rate : undefined
}

export interface Step { no: number, clicks: number, atMs: number }
export interface TimerSnapshot { status: 'stopped' | 'running' | 'paused', startedAt: number, pausedAt: number }
export interface Run {
  id: string
  /** when the run began, wall-clock ms */
  startedAt: number
  steps: Step[]
  /** talk time when the run ended, ms */
  endMs?: number
  /** Slidev's timer as last seen, so a reloaded presenter window picks the talk's clock up where it was */
  timer: TimerSnapshot
}
export interface Store { version: number, deck: string, current: Run | null, runs: Run[] }

export function emptyStore(deck: string): Store {
  return { version: STORE_VERSION, deck, current: null, runs: [] }
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const TIMER_STATUSES: unknown[] = ['stopped', 'running', 'paused']

/** Why a run is not one, or undefined when it is. */
function runProblem(run: unknown, where: string): string | undefined {
  if (!isRecord(run))
    return `${where} is not a record`
  if (typeof run.id !== 'string' || !isNum(run.startedAt))
    return `${where} has no id or start`
  if (!Array.isArray(run.steps) || !run.steps.every(s => isRecord(s) && isNum(s.no) && isNum(s.clicks) && isNum(s.atMs)))
    return `${where} has a step that is not {no, clicks, atMs}`
  if (run.endMs !== undefined && !isNum(run.endMs))
    return `${where} has an end that is not a number`
  const t = run.timer
  if (!isRecord(t) || !TIMER_STATUSES.includes(t.status) || !isNum(t.startedAt) || !isNum(t.pausedAt))
    return `${where} has no timer`
  return undefined
}
const isRun = (r: unknown): r is Run => runProblem(r, 'a run') === undefined

/**
 * Reads the stored record. Anything else, from a damaged write to another deck's record under the same key, comes
 * back as `damaged` with the reason, and an empty store in its place.
 */
export function parseStore(raw: string | null, deck: string): { store: Store, damaged?: string } {
  if (raw === null)
    return { store: emptyStore(deck) }
  let data: unknown
  try {
    data = JSON.parse(raw)
  }
  catch {
    return { store: emptyStore(deck), damaged: 'it is not JSON' }
  }
  const s = isRecord(data) ? data : undefined
  const runs: unknown[] | undefined = s && Array.isArray(s.runs) ? s.runs : undefined
  const problem = !s
    ? 'it is not a record'
    : s.version !== STORE_VERSION
      ? `it is of version ${String(s.version)}, not ${STORE_VERSION}`
      : s.deck !== deck
        ? `it belongs to another deck ("${String(s.deck)}")`
        : !runs
            ? 'it has no list of runs'
            : (s.current !== null && runProblem(s.current, 'the current run'))
              || runs.map((r, i) => runProblem(r, `run ${i + 1}`)).find(Boolean)
  if (problem || !s || !runs)
    return { store: emptyStore(deck), damaged: problem || 'it is not a record' }
  // Every run checked above: the filters only tell the type checker so.
  return { store: { version: STORE_VERSION, deck, current: isRun(s.current) ? s.current : null, runs: runs.filter(isRun) } }
}

interface KeyValueStorage { getItem: (k: string) => string | null, setItem: (k: string, v: string) => void }

/** The store from storage; a damaged record is set aside under its own key, with the notice to show. */
export function loadStore(storage: KeyValueStorage, deck: string, now = Date.now()): { store: Store, notice?: string } {
  const raw = storage.getItem(STORE_KEY)
  const { store, damaged } = parseStore(raw, deck)
  if (!damaged)
    return { store }
  const aside = `${DAMAGED_PREFIX}${now}`
  storage.setItem(aside, raw ?? '')
  storage.setItem(STORE_KEY, JSON.stringify(store))
  return { store, notice: `The rehearsal record could not be read (${damaged}); it was set aside as "${aside}" and a new one started.` }
}

export function saveStore(storage: KeyValueStorage, store: Store): void {
  storage.setItem(STORE_KEY, JSON.stringify(store))
}

export interface RunStart { now: number, timer: TimerSnapshot, no: number, clicks: number, atMs?: number }

/** A new run from the slide on screen, at talk time `atMs` (0 by default); a run still open is kept first, as it was. */
export function startRun(store: Store, { now, timer, no, clicks, atMs = 0 }: RunStart): Store {
  const run: Run = { id: `run-${now}`, startedAt: now, steps: [{ no, clicks, atMs }], timer }
  return { ...finishRun(store), current: run }
}

/** A step is kept when the slide or click changes: a slide re-shown at the same click is the same moment. */
export function recordStep(store: Store, step: Step): Store {
  const run = store.current
  if (!run)
    return store
  const last = run.steps.at(-1)
  if (last && last.no === step.no && last.clicks === step.clicks)
    return store
  return { ...store, current: { ...run, steps: [...run.steps, step] } }
}

export function recordTimer(store: Store, timer: TimerSnapshot): Store {
  return store.current ? { ...store, current: { ...store.current, timer } } : store
}

/** The current run joins the kept runs, newest first; the oldest beyond `KEEP_RUNS` go. */
export function finishRun(store: Store, endMs?: number): Store {
  const run = store.current
  if (!run)
    return store
  const done: Run = { ...run, endMs: endMs ?? run.endMs ?? run.steps.at(-1)?.atMs ?? 0 }
  return { ...store, current: null, runs: [done, ...store.runs].slice(0, KEEP_RUNS) }
}

/** Time spent on each slide, in ms: each step lasts until the next one, the last until the run's end. */
export function slideTimes(run: Run, endMs = run.endMs ?? run.steps.at(-1)?.atMs ?? 0): Map<number, number> {
  const times = new Map<number, number>()
  run.steps.forEach((s, i) => {
    const until = i + 1 < run.steps.length ? run.steps[i + 1].atMs : Math.max(endMs, s.atMs)
    times.set(s.no, (times.get(s.no) ?? 0) + until - s.atMs)
  })
  return times
}

export interface ReportRow { no: number, title: string, planned: number, actual: number, diff: number }

/** A row a talk slide: its planned and actual seconds, and the difference (positive: it ran over). */
export function reportRows(run: Run, budgets: SlideBudget[], titles: Record<number, string>, endMs?: number): ReportRow[] {
  const times = slideTimes(run, endMs)
  return budgets.map((b) => {
    const actual = Math.round((times.get(b.no) ?? 0) / 1000)
    return { no: b.no, title: titles[b.no] ?? '', planned: b.seconds, actual, diff: actual - b.seconds }
  })
}

const csvCell = (v: string | number) => (typeof v === 'number' || !/[",\n]/.test(v) ? String(v) : `"${v.replace(/"/g, '""')}"`)

/** Every kept run as CSV, a row a slide: for a spreadsheet, to compare rehearsals. */
export function toCsv(runs: Run[], budgets: SlideBudget[], titles: Record<number, string>): string {
  const head = ['run', 'started', 'slide', 'title', 'planned_s', 'actual_s', 'diff_s']
  const rows = runs.flatMap(run => reportRows(run, budgets, titles).map(r =>
    [run.id, new Date(run.startedAt).toISOString(), r.no, r.title, r.planned, r.actual, r.diff]))
  return `${[head, ...rows].map(r => r.map(csvCell).join(',')).join('\n')}\n`
}

/**
 * The speaker's own rate in a run, in words a minute: the words of the slides spoken, over the time spent on them less
 * the time the plan gives their clicks. Undefined when too little was spoken to say.
 */
export function measuredRate(run: Run, budgets: SlideBudget[], endMs?: number): number | undefined {
  const times = slideTimes(run, endMs)
  const spoken = budgets.filter(b => (times.get(b.no) ?? 0) > 0)
  const words = spoken.reduce((n, b) => n + b.words, 0)
  const seconds = spoken.reduce((n, b) => n + (times.get(b.no)! / 1000 - b.clicks * SECONDS_A_CLICK), 0)
  return words >= 50 && seconds > 0 ? Math.round(words / (seconds / 60)) : undefined
}

/** The budgets again at another speaking rate: what the plan becomes for a speaker who talks at `rate`. */
export function rescale(budgets: SlideBudget[], rate = WORDS_A_MINUTE): SlideBudget[] {
  if (!(rate > 0))
    throw new Error(`rescale: ${rate} is not a speaking rate`)
  return budgets.map(b => ({ ...b, seconds: Math.round((b.words / rate) * 60 + b.clicks * SECONDS_A_CLICK) }))
}
