import { describe, expect, it } from 'vitest'
import { spread, textWidth, wrap } from '../../charts/labels'

describe('text measured without the DOM', () => {
  it('adds up: a line is as wide as its parts, at any size in proportion', () => {
    const [a, b] = ['Erbil airport', ', 15 Feb']
    expect(textWidth(a + b, 18)).toBeCloseTo(textWidth(a, 18) + textWidth(b, 18), 9)
    expect(textWidth(a, 36)).toBeCloseTo(2 * textWidth(a, 18), 9)
    expect(textWidth('', 18)).toBe(0)
  })

  it('sets bold wider than regular, and a narrow letter narrower than a wide one', () => {
    expect(textWidth('Green Zone', 18, { bold: true })).toBeGreaterThan(textWidth('Green Zone', 18))
    expect(textWidth('iiii', 18)).toBeLessThan(textWidth('WWWW', 18))
    // Nunito Sans: a space about a quarter of an em, an M near an em.
    expect(textWidth(' ', 100)).toBeGreaterThan(15)
    expect(textWidth(' ', 100)).toBeLessThan(35)
    expect(textWidth('M', 100)).toBeGreaterThan(75)
    expect(textWidth('M', 100)).toBeLessThan(110)
  })

  it('counts a character it has not measured as wide, so a label never outgrows its box', () => {
    expect(textWidth('字', 10)).toBeCloseTo(7, 9)
    expect(textWidth('字', 10)).toBeGreaterThan(textWidth('a', 10))
  })

  it('adds letter spacing once per character, in em', () => {
    expect(textWidth('ARTICLE', 18, { bold: true, spacing: 0.08 })).toBeCloseTo(textWidth('ARTICLE', 18, { bold: true }) + 7 * 0.08 * 18, 9)
  })
})

describe('labels spread along a line', () => {
  const overlaps = (items: { w: number }[], xs: number[], gap: number) =>
    xs.some((x, i) => xs.some((y, j) => i !== j && Math.abs(x - y) < (items[i].w + items[j].w) / 2 + gap - 1e-9))

  it('leaves labels that are already apart where they are', () => {
    const items = [{ x: 100, w: 40 }, { x: 200, w: 40 }, { x: 300, w: 40 }]
    expect(spread(items, 8, 0, 400)).toEqual([100, 200, 300])
  })

  it('moves crowded labels apart by the gap, keeping their order, as little as it can', () => {
    const items = [{ x: 100, w: 40 }, { x: 110, w: 40 }, { x: 400, w: 40 }]
    const xs = spread(items, 8, 0, 600)
    expect(overlaps(items, xs, 8)).toBe(false)
    expect(xs[0]).toBe(100)
    expect(xs[1]).toBe(100 + 40 + 8)
    expect(xs[2], 'a label far from the crowd does not move').toBe(400)
  })

  it('keeps every label inside its bounds, pushing the row back from the far edge', () => {
    const items = [{ x: 380, w: 40 }, { x: 390, w: 40 }, { x: 395, w: 40 }]
    const xs = spread(items, 8, 0, 400)
    expect(overlaps(items, xs, 8)).toBe(false)
    xs.forEach((x, i) => {
      expect(x - items[i].w / 2, `label ${i}`).toBeGreaterThanOrEqual(0)
      expect(x + items[i].w / 2, `label ${i}`).toBeLessThanOrEqual(400)
    })
    expect(xs[2] + 20, 'the last flush with the edge').toBe(400)
    expect(xs[0] < xs[1] && xs[1] < xs[2], 'order kept').toBe(true)
  })

  it('starts no label before the left bound, whatever order the labels come in', () => {
    const items = [{ x: 30, w: 40 }, { x: 5, w: 40 }]
    const xs = spread(items, 8, 0, 400)
    expect(xs[1] - 20).toBe(0)
    expect(xs[0] - 20).toBe(40 + 8)
  })
})

describe('text wrapped to a width', () => {
  const width = (l: string) => textWidth(l, 18)

  it('breaks after a semicolon when both halves fit, so each clause is a line', () => {
    expect(wrap('Price: it will; if proxies attack', 200, 18)).toEqual(['Price: it will;', 'if proxies attack'])
  })

  it('fills lines word by word otherwise, none wider than the width, no word lost or reordered', () => {
    const text = 'A US drone strike killed General Qassem Soleimani at Baghdad airport'
    const lines = wrap(text, 220, 18)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(text)
    for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(220)
    // Greedy: the next line's first word would not have fitted on the line before.
    lines.slice(1).forEach((l, i) => expect(width(`${lines[i]} ${l.split(' ')[0]}`)).toBeGreaterThan(220))
  })

  it('ignores a semicolon when one half would not fit, and wraps greedily instead', () => {
    const lines = wrap('short; a second clause far too long to fit on one line at this width', 200, 18)
    expect(lines[0]).toMatch(/^short; /)
  })

  it('keeps room at the start of the first line for a prefix', () => {
    const text = 'the nuclear talks suffer; lifting sanctions gets harder to defend'
    const plain = wrap(text, 260, 18)
    const indented = wrap(text, 260, 18, { firstIndent: 120 })
    expect(width(indented[0])).toBeLessThanOrEqual(260 - 120)
    expect(width(plain[0])).toBeGreaterThan(260 - 120)
    expect(indented.join(' ')).toBe(plain.join(' '))
  })

  it('measures bold text as bold', () => {
    const text = 'Respond hard Hold back Respond hard Hold back'
    const regular = wrap(text, 200, 18)
    const bold = wrap(text, 200, 18, { bold: true })
    for (const l of bold) expect(textWidth(l, 18, { bold: true }), l).toBeLessThanOrEqual(200)
    expect(bold.length).toBeGreaterThanOrEqual(regular.length)
  })

  it('gives a word wider than the width a line of its own rather than losing it', () => {
    expect(wrap('a Supercalifragilistic b', 40, 18)).toEqual(['a', 'Supercalifragilistic', 'b'])
  })
})
