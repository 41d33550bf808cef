import { beforeEach, describe, expect, it } from 'vitest'
import { textWidth } from '../../charts/labels'
import { layoutToll, TOLL_STEPS } from '../../charts/toll'
import { facts } from '../../data'

// The Erbil toll's layout as the audience would see it go wrong: a label not over its marks, a name not beside its
// dot, a group drawn over the other, the article's bracket off its marks, a key entry for a mark that is not drawn.
// figures.test.ts holds the counts and the words; these hold where they go.

const erbil = facts.events.find(e => e.id === 'erbil')!
let layout: ReturnType<typeof layoutToll>
beforeEach(() => {
  layout = layoutToll(erbil, 5)
})
const marksOf = (sub: number) => layout.marks.filter(m => m.sub === sub)

describe('the toll\'s marks and their labels', () => {
  it('gives each group of people its own marks, as many as it counts, in the order of the labels', () => {
    expect(layout.subs.map((s, i) => marksOf(i).length)).toEqual(layout.subs.map(s => s.count))
    expect(layout.subs.map((s, i) => marksOf(i).every(m => m.kind === s.kind && m.group === s.group))).not.toContain(false)
    const xs = layout.subs.map((s, i) => Math.min(...marksOf(i).map(m => m.x)))
    const injuredBase = layout.subs.flatMap((s, i) => (s.group === 'base' && s.kind !== 'killed' ? [xs[i]] : []))
    expect(injuredBase, 'left to right as listed').toEqual([...injuredBase].sort((a, b) => a - b))
  })

  it('centres each label over its row of marks, its lines one under the other', () => {
    for (const [i, s] of layout.subs.entries()) {
      if (s.kind === 'killed')
        continue
      const marks = marksOf(i)
      const middle = (Math.min(...marks.map(m => m.x)) + Math.max(...marks.map(m => m.x))) / 2
      const labels = layout.texts.filter(t => t.role === 'sub-label' && s.lines.includes(t.text))
      expect(labels.map(t => t.text), s.spoken).toEqual(s.lines)
      for (const t of labels) {
        expect(t.anchor).toBe('middle')
        expect(t.x, `${t.text} over its marks`).toBeCloseTo(middle, 6)
        expect(t.y, `${t.text} under its marks`).toBeGreaterThan(marks[0].y + marks[0].r)
      }
      for (let k = 1; k < labels.length; k++)
        expect(labels[k].y - labels[k - 1].y, 'a line apart').toBeGreaterThanOrEqual(labels[k].size)
    }
  })

  it('names each death beside its dot, the note under the name', () => {
    for (const [i, s] of layout.subs.entries()) {
      if (s.kind !== 'killed')
        continue
      const last = marksOf(i).at(-1)!
      const [name, note] = s.lines.map(l => layout.texts.find(t => t.text === l)!)
      expect(name.anchor).toBe('start')
      expect(name.x, `${name.text} right of its dot`).toBeGreaterThan(last.x + last.r)
      expect(name.x - (last.x + last.r), `${name.text} near its dot`).toBeLessThanOrEqual(12)
      expect(note.x).toBe(name.x)
      expect(note.y - name.y, 'a line under').toBeGreaterThanOrEqual(name.size)
      expect(Math.abs(name.y - last.y), 'level with its dot').toBeLessThan(last.r)
    }
  })

  it('sets the two groups side by side, each under its heading, the divider between them', () => {
    const [base, outside] = layout.groups
    expect(outside.x, 'apart').toBeGreaterThan(base.x + base.w)
    expect(layout.divider.x).toBeGreaterThan(base.x + base.w)
    expect(layout.divider.x).toBeLessThan(outside.x)
    for (const g of layout.groups) {
      const heading = layout.texts.find(t => t.role === 'heading' && t.text === g.heading)!
      const note = layout.texts.find(t => t.role === 'heading-note' && t.text === g.note)!
      expect([heading.x, note.x], g.id).toEqual([g.x, g.x])
      expect(note.y, 'the note under the heading').toBeGreaterThan(heading.y)
      const own = layout.marks.filter(m => m.group === g.id)
      expect(Math.min(...own.map(m => m.x - m.r)), `${g.id}'s marks in its column`).toBeGreaterThanOrEqual(g.x)
      expect(Math.max(...own.map(m => m.x + m.r)), `${g.id}'s marks in its column`).toBeLessThanOrEqual(g.x + g.w)
    }
  })

  it('shows the base first, then outside it, then the article\'s bracket', () => {
    const stepOf = (group: string) => new Set(layout.marks.filter(m => m.group === group).map(m => m.step))
    const [base, outside] = [[...stepOf('base')], [...stepOf('outside')]]
    expect(base).toHaveLength(1)
    expect(outside).toHaveLength(1)
    expect(base[0]).toBeLessThan(outside[0])
    expect(outside[0]).toBeLessThan(TOLL_STEPS)
    expect(layout.bracket!.text.step).toBe(TOLL_STEPS)
  })
})

describe('the article\'s bracket and the key', () => {
  it('centres the article\'s words over the bracket, or as near as the figure\'s edge allows', () => {
    const { x0, x1, text } = layout.bracket!
    const w = textWidth(text.text, text.size, { bold: true })
    const middle = (x0 + x1) / 2
    expect(text.x, 'over the bracket\'s middle').toBeLessThan(middle)
    expect(text.x + w, 'over the bracket\'s middle').toBeGreaterThan(middle)
    const centred = Math.abs(text.x + w / 2 - middle) < 1e-6
    expect(centred || text.x === layout.groups[0].x, 'centred, or flush with the figure\'s left edge').toBe(true)
    expect(text.y, 'above the marks').toBeLessThan(Math.min(...layout.marks.map(m => m.y - m.r)))
  })

  it('keeps the article\'s words inside the figure, however long', () => {
    const narrow = layoutToll(erbil, 6, { width: 420, height: 390 })
    const { text } = narrow.bracket!
    expect(text.x).toBeGreaterThanOrEqual(narrow.groups[0].x)
    expect(text.x + textWidth(text.text, text.size, { bold: true })).toBeLessThanOrEqual(420 - 8)
  })

  it('keys each kind of mark drawn, left to right, and no kind that is not', () => {
    expect(layout.keys.map(k => k.kind)).toEqual(['injured', 'killed', 'injured-other-count'])
    for (let i = 1; i < layout.keys.length; i++) {
      const label = layout.texts.find(t => t.role === 'key-label' && t.x === layout.keys[i - 1].x + 17)!
      const end = label.x + textWidth(label.text, label.size)
      expect(layout.keys[i].x - layout.keys[i].r, 'after the last key\'s words').toBeGreaterThan(end)
    }
    const noLaterCount = { ...erbil, injured: erbil.injured.map(c => ({ ...c, otherCount: undefined })) }
    expect(layoutToll(noLaterCount, 5).keys.map(k => k.kind)).toEqual(['injured', 'killed'])
  })
})
