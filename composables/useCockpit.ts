// The presenter's cockpit in the browser: pacing against the plan, the rehearsal record and the blackout, built on
// Slidev's own shared state (its timer, its page and clicks, synced between the presenter's and the audience's
// windows), never on a patch of Slidev. One instance a window, shared by every part that shows it.
import type { SharedState } from '@slidev/client'
import type { Store, TimerSnapshot } from './rehearsal'
import { sharedState, useNav } from '@slidev/client'
import { budgets, deckTitle, slides } from 'virtual:deck-budget'
import { computed, effectScope, ref, shallowRef, watch } from 'vue'
import { pacing } from './pacing'
import { emptyStore, finishRun, loadStore, RATE_KEY, recordStep, recordTimer, rescale, saveStore, startRun, storedRate } from './rehearsal'

/** Slidev's shared state carries one more key for the blackout, so that every window that follows the talk obeys it. */
type CockpitState = SharedState & { blackout?: boolean }
const shared: CockpitState = sharedState

/** Talk time on Slidev's timer, in ms: paused time excluded, as its own display counts it. */
export function talkMs(timer: TimerSnapshot, now: number): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  return (timer.status === 'paused' ? timer.pausedAt : now) - timer.startedAt
}

function snapshot(): TimerSnapshot {
  const { status, startedAt, pausedAt } = shared.timer
  return { status, startedAt, pausedAt }
}

/** The browser's local storage, or undefined where a page may keep none (a locked-down profile throws on access). */
export function storage(): Storage | undefined {
  try {
    return window.localStorage
  }
  catch {
    return undefined
  }
}

function createCockpit() {
  const nav = useNav()
  const now = ref(Date.now())
  const notice = ref<string>()
  const store = shallowRef<Store>(emptyStore(deckTitle))
  const recording = computed(() => nav.isPresenter.value && !nav.isPrintMode.value)
  // The plan at the speaker's measured rate, once the rehearsal report has been asked to rescale it.
  const rate = storedRate(storage()?.getItem(RATE_KEY) ?? null)
  const plan = rate ? rescale(budgets, rate) : budgets

  function save(next: Store) {
    store.value = next
    const s = storage()
    if (s)
      saveStore(s, next)
  }

  function record() {
    if (shared.timer.status === 'stopped')
      return
    const step = { no: nav.currentSlideNo.value, clicks: nav.clicks.value, atMs: talkMs(snapshot(), Date.now()) }
    save(recordTimer(recordStep(store.value, step), snapshot()))
  }

  let startedFrom: { no: number, clicks: number } | undefined

  /** A new run: from the slide left behind at talk time 0 when a step forward started the clock, else from this one. */
  function begin(timer: TimerSnapshot): Store {
    const here = { no: nav.currentSlideNo.value, clicks: nav.clicks.value }
    const from = startedFrom
    startedFrom = undefined
    const begun = startRun(store.value, { now: Date.now(), timer, ...(from ?? here) })
    return from ? recordStep(begun, { ...here, atMs: talkMs(timer, Date.now()) }) : begun
  }

  function startRecording() {
    const s = storage()
    const loaded = s ? loadStore(s, deckTitle) : { store: emptyStore(deckTitle) }
    store.value = loaded.store
    notice.value = loaded.notice
    // A reload of the presenter window finds Slidev's timer stopped: the talk's clock is picked up where the record left it.
    const kept = loaded.store.current?.timer
    if (shared.timer.status === 'stopped' && kept && kept.status !== 'stopped')
      shared.timer = { ...kept, slides: {} }
    setInterval(() => now.value = Date.now(), 250)

    watch(() => [nav.currentSlideNo.value, nav.clicks.value] as const, ([no, clicks], [oldNo, oldClicks]) => {
      const forward = no > oldNo || (no === oldNo && clicks > oldClicks)
      // The first step forward starts the talk's clock, as pressing Slidev's own play would, with the slides before
      // this one taken as spoken to plan: the cover's words were said before the first key was pressed.
      if (forward && shared.timer.status === 'stopped') {
        const before = plan.filter(b => b.no < no).reduce((n, b) => n + b.seconds, 0)
        // The slide left behind gets its planned time in the record too, from the talk's start.
        startedFrom = { no: oldNo, clicks: oldClicks }
        shared.timer = { status: 'running', startedAt: Date.now() - before * 1000, pausedAt: 0, slides: {} }
      }
      else {
        record()
      }
    })
    watch(() => snapshot(), (timer, old) => {
      if (timer.status === 'stopped' && old.status !== 'stopped')
        save(finishRun(store.value, talkMs(old, Date.now())))
      else if (timer.status !== 'stopped' && (old.status === 'stopped' || !store.value.current))
        save(begin(timer))
      else
        save(recordTimer(store.value, timer))
    })
  }

  /** Talk time when the slide on screen came up: the first of the latest run of steps on it. */
  const slideStartMs = computed(() => {
    const steps = store.value.current?.steps ?? []
    let i = steps.length
    while (i > 0 && steps[i - 1].no === nav.currentSlideNo.value)
      i--
    return i < steps.length ? steps[i].atMs : talkMs(snapshot(), now.value)
  })
  const pace = computed(() => pacing({
    budgets: plan,
    current: nav.currentSlideNo.value,
    elapsedMs: talkMs(snapshot(), now.value),
    slideStartMs: slideStartMs.value,
  }))

  const blackout = computed(() => Boolean(shared.blackout) && !nav.isPrintMode.value)
  function toggleBlackout() {
    shared.blackout = !shared.blackout
  }

  let started = false
  watch(recording, (on) => {
    if (on && !started) {
      started = true
      startRecording()
    }
  }, { immediate: true })

  return { pace, blackout, toggleBlackout, notice, store, recording, slides, plan, rate, running: computed(() => shared.timer.status) }
}

let cockpit: ReturnType<typeof createCockpit> | undefined

export function useCockpit() {
  cockpit ??= effectScope(true).run(createCockpit)!
  return cockpit
}
