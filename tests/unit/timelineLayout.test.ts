import type { Event } from '../../data'
import { beforeEach, describe, expect, it } from 'vitest'
import { dist, overlaps } from '../../charts/geometry'
import { textWidth } from '../../charts/labels'
import { timelineEvents } from '../../charts/timeline'
import { keyRow, layoutTimeline, NO_ONE_HURT, TIMELINE_FONT, TOLL_R, tollMarks } from '../../charts/timelineLayout'
import { facts } from '../../data'

// The attack timeline's layout, as the audience would see it go wrong: marks on top of each other, a label pointing
// away from its event, a key entry for a mark that is not drawn.

const erbil = facts.events.find(e => e.id === 'erbil')!
function withPeople(injured: number, killed: number): Event {
  return {
    ...erbil,
    injured: injured ? [{ ...erbil.injured[0], count: injured, disputed: false }] : [],
    killed: killed ? [{ ...erbil.killed[0], count: killed, disputed: false, amongInjured: false }] : [],
  }
}

describe('the casualty marks', () => {
  it('put one mark a person in rows under the event, centred on it, no two touching', () => {
    for (const [injured, killed] of [[1, 0], [3, 1], [9, 2], [11, 0]]) {
      const marks = tollMarks(withPeople(injured, killed), 400, 120)
      expect(marks, `${injured} + ${killed}`).toHaveLength(injured + killed)
      expect(marks.filter(m => m.kind === 'killed')).toHaveLength(killed)
      const rows = [...new Set(marks.map(m => m.y))].sort((a, b) => a - b)
      expect(rows[0], 'the first row at the top asked for').toBe(120)
      for (const [i, y] of rows.entries()) {
        const row = marks.filter(m => m.y === y).map(m => m.x)
        expect(row.length, 'at most five a row').toBeLessThanOrEqual(5)
        if (i === 0)
          expect(row.reduce((s, x) => s + x, 0) / row.length, 'the first row centred on the event').toBeCloseTo(400, 6)
        if (i > 0)
          expect(y - rows[i - 1], 'rows a mark apart').toBeGreaterThanOrEqual(2 * TOLL_R)
      }
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1))
          expect(dist([a.x, a.y], [b.x, b.y]), 'two marks apart').toBeGreaterThanOrEqual(2 * TOLL_R)
      }
    }
    expect(tollMarks(withPeople(0, 0), 400, 120)).toEqual([])
    expect(tollMarks(withPeople(1, 0), 400, 120)).toEqual([{ kind: 'injured', dashed: false, x: 400, y: 120 }])
  })

  it('draw a person wounded who died later once, as a death', () => {
    const later = { ...withPeople(3, 1), killed: [{ ...erbil.killed[0], count: 1, disputed: false, amongInjured: true }] }
    const marks = tollMarks(later, 0, 0)
    expect(marks.map(m => m.kind)).toEqual(['killed', 'injured', 'injured'])
  })
})

describe('the key', () => {
  let layout: ReturnType<typeof layoutTimeline>
  beforeEach(() => {
    layout = layoutTimeline(timelineEvents(facts.events))
  })

  it('has an entry for each kind of mark drawn and no other, in one row, left to right, none touching', () => {
    const drawn = (kind: string, dashed: boolean) => layout.marks.some(m => m.toll.some(p => p.kind === kind && p.dashed === dashed))
    expect(layout.tollKey.map(k => [k.kind, k.dashed])).toEqual(
      [['injured', false], ['killed', false], ['injured', true]].filter(([k, d]) => drawn(k as string, d as boolean)),
    )
    const boxes = [layout.dayKey!.box, ...layout.tollKey.map(k => k.box)]
    for (const [i, b] of boxes.entries()) {
      expect(b.y, 'one row').toBe(boxes[0].y)
      if (i > 0)
        expect(b.x, 'left to right, apart').toBeGreaterThanOrEqual(boxes[i - 1].x + boxes[i - 1].w + 10)
    }
    for (const k of [layout.dayKey!, ...layout.tollKey])
      expect(k.box.w, `"${k.text}" fits beside its swatch`).toBeGreaterThanOrEqual(textWidth(k.text, TIMELINE_FONT.context) + 18)
    expect(layout.size.height, 'the figure tall enough for its key').toBeGreaterThanOrEqual(boxes[0].y + boxes[0].h)
  })

  it('keys the grey day bar only when a mark has one, and a mark only when it is drawn', () => {
    const noBars = layout.marks.map(m => ({ ...m, day: undefined }))
    expect(keyRow(noBars, 300).dayKey).toBeUndefined()
    expect(keyRow(layout.marks, 300).dayKey?.text).toBe('hour unknown or disputed')
    const noDead = layout.marks.map(m => ({ ...m, toll: m.toll.filter(p => p.kind !== 'killed') }))
    expect(keyRow(noDead, 300).tollKey.map(k => k.text)).not.toContain('killed')
    expect(keyRow(noBars, 300).tollKey[0].box.x, 'with no day bar, the first entry where the day bar\'s would be')
      .toBe(keyRow(layout.marks, 300).dayKey!.box.x)
  })
})

describe('the labels', () => {
  let layout: ReturnType<typeof layoutTimeline>
  beforeEach(() => {
    layout = layoutTimeline(timelineEvents(facts.events))
  })

  it('say "no one hurt" centred under an attack that hurt no one, inside its own box', () => {
    const quiet = layout.marks.filter(m => m.none)
    expect(quiet.map(m => m.event.id)).toEqual(['green-zone'])
    for (const m of quiet) {
      const { text, x, y, box } = m.none!
      expect(text).toBe(NO_ONE_HURT)
      expect(box.x + box.w / 2).toBeCloseTo(x, 6)
      expect(box.w).toBeCloseTo(textWidth(NO_ONE_HURT, TIMELINE_FONT.detail), 6)
      expect(y - 0.75 * TIMELINE_FONT.detail).toBeGreaterThanOrEqual(box.y)
      expect(y + 0.2 * TIMELINE_FONT.detail).toBeLessThanOrEqual(box.y + box.h)
      expect(box.y, 'under the pin').toBeGreaterThan(m.y)
      expect(m.stemTop, 'the stem starts under the words').toBeGreaterThanOrEqual(y)
    }
  })

  it('set an event\'s words beside its mark, ending at it on its left or starting past it on its right, or under it', () => {
    // A context event's mark is its actor's shape, 11 units from its centre; a line's ink starts 3.5 under its box's top.
    for (const m of layout.marks.filter(m => !m.number)) {
      const { box, anchor } = m.label
      const under = box.y + 3.5 >= m.y + 10
      if (anchor === 'end')
        expect(box.x + box.w, m.event.id).toBeLessThanOrEqual(m.x)
      else if (!under)
        expect(box.x, m.event.id).toBeGreaterThan(m.x)
      expect(box.h, `${m.event.id}: a row a line`).toBeGreaterThanOrEqual(m.label.lines.length * 18)
    }
    const anchors = new Set(layout.marks.filter(m => !m.number).map(m => m.label.anchor))
    expect(anchors, 'both sides are used').toEqual(new Set(['start', 'end']))
  })

  it('keep every label clear of every other event\'s mark', () => {
    const marks = layout.marks.map(m => ({ m, box: { x: m.x - 11, y: m.y - 11, w: 22, h: 22 } }))
    for (const m of layout.marks) {
      for (const o of marks.filter(o => o.m !== m))
        expect(overlaps(m.label.box, o.box), `${m.event.id} label over ${o.m.event.id}'s mark`).toBe(false)
    }
  })

  it('span the attacks from the first attack\'s mark to the last\'s, above their labels', () => {
    const attacks = layout.marks.filter(m => m.number)
    expect(layout.spanLine.x0).toBe(attacks[0].x)
    expect(layout.spanLine.x1).toBe(attacks.at(-1)!.x)
    expect(layout.spanLine.tickTo).toBeLessThanOrEqual(Math.min(...attacks.map(m => m.label.box.y)))
    expect(layout.spanLine.y).toBeLessThan(layout.spanLine.tickTo)
  })
})
