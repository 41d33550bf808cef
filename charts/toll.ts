// The Erbil unit chart: one mark per person, at the base and outside it. Pure layout, no Vue: the
// component draws what this returns, and the tests check it (one mark per person, nothing overlapping,
// everything inside the frame, the article's bracket over exactly the US marks).
import type { Event } from '../data'
import type { Box } from './geometry'
import { overlaps } from './geometry'
import { textWidth } from './labels'
import { diedOfWounds } from './timeline'

export type Casualty = Event['injured'][number]
export type TollGroup = 'base' | 'outside'
/** injured: an open ring; killed: a filled dot; injured-other-count: a dashed ring, a higher count another source gave */
export type TollKind = 'injured' | 'killed' | 'injured-other-count'

export interface TollMark { x: number, y: number, r: number, kind: TollKind, group: TollGroup, us: boolean, sub: number, step: number }
export interface TollText {
  text: string
  x: number
  /** baseline */
  y: number
  size: number
  bold: boolean
  anchor: 'start' | 'middle'
  role: 'heading' | 'heading-note' | 'sub-label' | 'bracket-label' | 'key-label'
  /** the click from which it shows: 0 headings, 1 the base, 2 outside, 3 the article's bracket */
  step: number
  box: Box
}
/** One sub-group of people drawn together, with its words for the screen-reader list. */
export interface TollSub { group: TollGroup, kind: TollKind, count: number, us: boolean, lines: string[], spoken: string }
export interface TollBracket {
  x0: number
  x1: number
  y: number
  tick: number
  count: number
  text: TollText
  agrees: boolean
  /** the bracket in a sentence, for the desc and the screen-reader list */
  spoken: string
}
export interface TollKey { kind: TollKind, x: number, y: number, r: number, step: number }
export interface TollLayout {
  width: number
  height: number
  groups: { id: TollGroup, x: number, w: number, heading: string, note: string, injured: number, killed: number, atLeast: boolean }[]
  divider: { x: number, y0: number, y1: number }
  marks: TollMark[]
  subs: TollSub[]
  texts: TollText[]
  bracket?: TollBracket
  keys: TollKey[]
}

export const TOLL_STEPS = 3
export const TOLL_SIZE = { width: 884, height: 390 }
export const HEADINGS: Record<TollGroup, [string, string]> = {
  base: ['At the base', '(coalition count)'],
  outside: ['Outside the base', '(Kurdistan Region health ministry)'],
}
const STEP: Record<TollGroup, number> = { base: 1, outside: 2 }

const R = 13
/** centre to centre: 8 px of white between two rings */
const PITCH = 2 * R + 8
const SUB_GAP = 28
const GROUP_GAP = 32
const LABEL = 18
const NOTE = 18
const Y = { heading: 24, note: 52, bracketLabel: 116, bracket: 126, tick: 10, injured: 164, subLabel: 204, killed: 268, key: 362 }

/** A line of text with the box its words take. */
function makeText(t: Omit<TollText, 'box'>): TollText {
  const w = textWidth(t.text, t.size, { bold: t.bold })
  return { ...t, box: { x: t.anchor === 'middle' ? t.x - w / 2 : t.x, y: t.y - t.size * 0.8, w, h: t.size * 1.05 } }
}

/** "contractor", "service member", "civilian": the noun a sub-group's label uses, from the record's words. */
export function nounOf(who: string, count: number): string {
  const noun = /service member|soldier/i.test(who)
    ? 'service member'
    : /contractor/i.test(who)
      ? 'contractor'
      : /civilian/i.test(who) ? 'civilian' : undefined
  if (!noun)
    return who
  return count === 1 ? noun : `${noun}s`
}

/** "4 US contractors", "4 other contractors" (beside US ones), "at least 3 civilians". */
export function injuredLabel(c: Casualty, { others = false } = {}): string {
  const who = `${c.us ? 'US ' : others ? 'other ' : ''}${nounOf(c.who, c.count)}`
  return `${c.atLeast ? 'at least ' : ''}${c.count} ${who}`
}

/** "AFP later: 5", from { count: 5, by: 'AFP, later' }. */
export function otherCountLabel(c: Casualty): string | undefined {
  return c.otherCount ? `${c.otherCount.by.replace(/,/g, '')}: ${c.otherCount.count}` : undefined
}

/**
 * Two lines: a named person ("Nawaf Rashid" / "wounded that night, died 22 Feb"),
 * or a count ("1 contractor killed" / "neither US nor Iraqi").
 */
export function killedLines(c: Casualty): [string, string] {
  const [head, ...rest] = c.who.split(',')
  const tail = rest.join(',').trim()
  if (/^[A-Z][\w'-]+(?: [A-Z][\w'-]+)+$/.test(head.trim())) {
    const died = tail.match(/died on (\d{1,2} [A-Z][a-z]{2})/)?.[1]
    const parts = [/wounded that night/.test(tail) ? 'wounded that night' : '', died ? `died ${died}` : ''].filter(Boolean)
    return [head.trim(), parts.length ? parts.join(', ') : tail]
  }
  return [`${c.count} ${nounOf(c.who, c.count)} killed`, tail.split(';')[0].trim()]
}

interface Slot { kind: TollKind, count: number, us: boolean, lines: string[], w: number, spoken: string }

function slotsOf(event: Event, group: TollGroup) {
  const injured = event.injured.filter(c => c.where === group)
  const killed = event.killed.filter(c => c.where === group)
  const others = injured.some(c => c.us)
  const row: Slot[] = []
  // A person wounded who died later is drawn once, as a death: the last group of the injured gives up a ring.
  const laterDead = diedOfWounds(killed)
  for (const c of injured) {
    const died = c === injured.at(-1) ? laterDead : 0
    const rings = c.count - died
    // Fewer rings than the count: the label counts the rings above it, then says where the others are, so that the
    // audience counts what it reads.
    // The one who died later is the filled dot below, labelled there: this label counts only the rings above it.
    const lines = [injuredLabel({ ...c, count: rings }, { others })]
    const span = (n: number) => (n - 1) * PITCH + 2 * R
    const w = Math.max(span(rings), ...lines.map(l => textWidth(l, LABEL)))
    const spoken = `${injuredLabel(c, { others })} injured${died ? `, ${died} of whom died later` : ''}`
    row.push({ kind: 'injured', count: rings, us: c.us, lines, w, spoken })
    const more = c.otherCount ? c.otherCount.count - c.count : 0
    if (more > 0) {
      const other = [`${otherCountLabel(c)!} hurt`, `(${more} more)`]
      row.push({
        kind: 'injured-other-count',
        count: more,
        us: false,
        lines: other,
        w: Math.max(span(more), ...other.map(l => textWidth(l, LABEL))),
        spoken: `${c.otherCount!.by.replace(/,/g, '')} counted ${c.otherCount!.count} injured, ${more} more`,
      })
    }
  }
  const dead: Slot[] = killed.map((c) => {
    const lines = killedLines(c)
    const marks = (c.count - 1) * PITCH + 2 * R
    return {
      kind: 'killed',
      count: c.count,
      us: c.us,
      lines,
      w: marks + 10 + Math.max(textWidth(lines[0], LABEL), textWidth(lines[1], NOTE)),
      spoken: `${lines.join(', ')}${/killed|died/.test(lines.join(' ')) ? '' : ' (killed)'}`,
    }
  })
  const rowW = (list: Slot[]) => list.reduce((n, s) => n + s.w, 0) + Math.max(0, list.length - 1) * SUB_GAP
  const [h1, h2] = HEADINGS[group]
  const w = Math.max(rowW(row), rowW(dead), textWidth(h1, 18, { bold: true }), textWidth(h2, NOTE))
  const sum = (list: Casualty[]) => list.reduce((n, c) => n + c.count, 0)
  return { row, dead, w, injured: sum(injured), killed: sum(killed), atLeast: injured.some(c => c.atLeast) }
}

/**
 * Lays out the Erbil toll: two groups side by side (at the base, outside it), injured on one row, killed below,
 * a key at the foot, and the article's bracket over the marks of the US citizens.
 */
export function layoutToll(event: Event, articleUsInjured: number, size = TOLL_SIZE): TollLayout {
  const { width: W, height: H } = size
  const parts = (['base', 'outside'] as const).map(id => ({ id, ...slotsOf(event, id) }))
  // On the slide's one left margin, with the headline and the source line (STYLE.md's grid).
  let x = 0
  const marks: TollMark[] = []
  const subs: TollSub[] = []
  const texts: TollText[] = []
  const groups: TollLayout['groups'] = []
  let sub = 0
  for (const p of parts) {
    const step = STEP[p.id]
    const [h1, h2] = HEADINGS[p.id]
    texts.push(makeText({ text: h1, x, y: Y.heading, size: 20, bold: true, anchor: 'start', role: 'heading', step: 0 }))
    texts.push(makeText({ text: h2, x, y: Y.note, size: NOTE, bold: false, anchor: 'start', role: 'heading-note', step: 0 }))
    groups.push({ id: p.id, x, w: p.w, heading: h1, note: h2, injured: p.injured, killed: p.killed, atLeast: p.atLeast })
    let cx = x
    for (const s of p.row) {
      const mid = cx + s.w / 2
      const first = mid - ((s.count - 1) * PITCH) / 2
      for (let i = 0; i < s.count; i++)
        marks.push({ x: first + i * PITCH, y: Y.injured, r: R, kind: s.kind, group: p.id, us: s.us, sub, step })
      s.lines.forEach((text, i) => texts.push(makeText({
        text,
        x: mid,
        y: Y.subLabel + i * 23,
        size: LABEL,
        bold: false,
        anchor: 'middle',
        role: 'sub-label',
        step,
      })))
      subs.push({ group: p.id, kind: s.kind, count: s.count, us: s.us, lines: s.lines, spoken: s.spoken })
      cx += s.w + SUB_GAP
      sub++
    }
    cx = x
    for (const s of p.dead) {
      for (let i = 0; i < s.count; i++)
        marks.push({ x: cx + R + i * PITCH, y: Y.killed, r: R, kind: 'killed', group: p.id, us: s.us, sub, step })
      const tx = cx + (s.count - 1) * PITCH + 2 * R + 10
      texts.push(makeText({ text: s.lines[0], x: tx, y: Y.killed - 5, size: LABEL, bold: false, anchor: 'start', role: 'sub-label', step }))
      texts.push(makeText({ text: s.lines[1], x: tx, y: Y.killed + 17, size: NOTE, bold: false, anchor: 'start', role: 'sub-label', step }))
      subs.push({ group: p.id, kind: 'killed', count: s.count, us: s.us, lines: s.lines, spoken: s.spoken })
      cx += s.w + SUB_GAP
      sub++
    }
    x += p.w + GROUP_GAP
  }

  const us = marks.filter(m => m.us)
  let bracket: TollBracket | undefined
  if (us.length) {
    const x0 = Math.min(...us.map(m => m.x - m.r))
    const x1 = Math.max(...us.map(m => m.x + m.r))
    const count = us.length
    const agrees = count === articleUsInjured
    // The article's one voice (ArticleSays): its words, then the scorecard's stamp; or the record's count where they differ.
    const said = `THE ARTICLE  ${articleUsInjured} US ${articleUsInjured === 1 ? 'citizen' : 'citizens'}`
    const label = agrees ? `${said}  ✓ agrees` : `${said}  · the record: ${count}`
    const w = textWidth(label, LABEL, { bold: true })
    const tx = Math.min(Math.max((x0 + x1) / 2 - w / 2, groups[0].x), W - 8 - w)
    const text = makeText({
      text: label,
      x: tx,
      y: Y.bracketLabel,
      size: LABEL,
      bold: true,
      anchor: 'start',
      role: 'bracket-label',
      step: TOLL_STEPS,
    })
    const record = subs.filter(s => s.us && s.kind === 'injured').map(s => s.lines[0]).join(' and ')
    const verdict = agrees ? 'agrees with' : 'differs from'
    const spoken = `The article's figure, ${articleUsInjured} US citizens injured, ${verdict} the record: ${record}.`
    bracket = { x0, x1, y: Y.bracket, tick: Y.tick, count, text, agrees, spoken }
  }

  const keys: TollKey[] = []
  let kx = groups[0].x + 10
  const keyItems: { kind: TollKind, text: string, step: number }[] = [
    { kind: 'injured', text: 'one person injured', step: STEP.base },
    { kind: 'killed', text: 'one person killed', step: STEP.base },
    ...(marks.some(m => m.kind === 'injured-other-count')
      ? [{ kind: 'injured-other-count' as const, text: 'unconfirmed: a later, higher count', step: STEP.outside }]
      : []),
  ]
  for (const k of keyItems) {
    keys.push({ kind: k.kind, x: kx, y: Y.key, r: 10, step: k.step })
    const label = { text: k.text, x: kx + 17, y: Y.key + 5, size: NOTE, bold: false, anchor: 'start' as const, role: 'key-label' as const }
    texts.push(makeText({ ...label, step: k.step }))
    kx += 17 + textWidth(k.text, NOTE) + 36
  }

  const between = groups[0].x + groups[0].w + GROUP_GAP / 2
  return { width: W, height: H, groups, divider: { x: between, y0: 8, y1: Y.killed + 28 }, marks, subs, texts, bracket, keys }
}

/** The boxes that must stay apart: every mark, label, key and the bracket with its label. */
export function tollBoxes(l: TollLayout): { what: string, box: Box }[] {
  return [
    ...l.marks.map((m, i) => ({ what: `mark ${i} (${m.group} ${m.kind})`, box: { x: m.x - m.r, y: m.y - m.r, w: 2 * m.r, h: 2 * m.r } })),
    ...l.texts.map(t => ({ what: `text "${t.text}"`, box: t.box })),
    ...l.keys.map((k, i) => ({ what: `key ${i}`, box: { x: k.x - k.r, y: k.y - k.r, w: 2 * k.r, h: 2 * k.r } })),
    ...(l.bracket
      ? [{
          what: 'bracket',
          box: { x: l.bracket.x0, y: l.bracket.y, w: l.bracket.x1 - l.bracket.x0, h: l.bracket.tick },
        }]
      : []),
  ]
}

/** Pairs of boxes that overlap (a few px apart is enough). */
export function tollCollisions(l: TollLayout): string[] {
  const boxes = tollBoxes(l)
  const out: string[] = []
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      if (overlaps(boxes[i].box, boxes[j].box))
        out.push(`${boxes[i].what} × ${boxes[j].what}`)
    }
  }
  return out
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
/** Small counts in words ("4 US contractors" → "four US contractors"); dates keep their digits. */
export function inWords(text: string): string {
  return text.replace(/\b(\d{1,2})\b(?! (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/g, (d, n) => WORDS[Number(n)] ?? d)
}

/** The chart in words, for the svg's desc. */
export function describeToll(l: TollLayout, title: string): string {
  const groups = l.groups.map((g) => {
    const list = l.subs.filter(s => s.group === g.id).map(s => s.spoken).join('; ')
    const injured = `${g.atLeast ? 'at least ' : ''}${g.injured} injured`
    return `${g.heading} ${g.note}: ${injured} and ${g.killed} killed (${list}).`
  })
  const bracket = l.bracket ? ` ${l.bracket.spoken}` : ''
  return inWords(`${title}, one mark per person. ${groups.join(' ')}${bracket}`)
}
