// @vitest-environment node
// The network's layout, in plain TypeScript: the component that draws it is tested in ActorNetwork.test.ts.
import type { Box, Pt } from '../../charts/geometry'
import type { NetEdge, NetworkLayout } from '../../charts/network'
import { beforeEach, describe, expect, it } from 'vitest'
import { distanceTo, overlaps, segmentsCross } from '../../charts/geometry'
import { textWidth } from '../../charts/labels'
import {
  drawNetwork,
  edgePoints,
  LINE_DASH,
  NAME_CLEARANCE,
  NETWORK_FONT,
  NETWORK_SIZE,
  networkFingerprint,
  searchNetwork,
  STORED_CHOICE,
  WORDS_CLEARANCE,
} from '../../charts/network'
import { runsUnder } from '../../charts/network/figure'
import { layoutNetwork } from '../../composables/layouts'
import { facts } from '../../data'
import { validateFacts } from '../../data/validate'

// Drawn afresh before each test from the stored choice, not taken from the deck's copy (composables/layouts.ts): under
// mutation testing each test must run the changed code, and a figure drawn once at import is drawn before any mutant.
let layout: NetworkLayout
let nodeBoxes: { id: string, box: Box }[]
let edgeBoxes: { id: string, box: Box }[]
beforeEach(() => {
  layout = drawNetwork(facts, STORED_CHOICE)
  nodeBoxes = layout.nodes.flatMap(n => [{ id: `${n.key} mark`, box: n.box }, { id: `${n.key} label`, box: n.label.box }])
  edgeBoxes = layout.edges.map(e => ({ id: `${e.id} label`, box: e.label.box }))
})
const { width, height } = NETWORK_SIZE
const relations = facts.relations
const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height
const contains = (b: Box, [x, y]: [number, number]) => x > b.x && x < b.x + b.w && y > b.y && y < b.y + b.h
/** every pair of boxes in the list that overlap, by name */
function clashes(boxes: { id: string, box: Box }[]) {
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).filter(b => overlaps(a.box, b.box)).map(b => `${a.id} × ${b.id}`))
}

describe('network layout', () => {
  it('has a node for every actor a relation names, and one for the Erbil attack', () => {
    const actors = new Set(relations.flatMap(r => [r.from, ...(r.to ? [r.to] : [])]))
    expect(layout.nodes.filter(n => n.actor).map(n => n.id).sort()).toEqual([...actors].sort())
    expect(layout.nodes.filter(n => n.event).map(n => n.id)).toEqual(['erbil'])
    const erbil = layout.nodes.find(n => n.event)!
    expect(erbil.name).toBe('Erbil')
    expect(erbil.number).toBe(1)
  })

  it('reads from left to right: Iran, then the militias, then the United States', () => {
    const x = (id: string) => layout.nodes.find(n => n.key === `actor:${id}`)!.x
    expect(x('iran')).toBeLessThan(x('militias'))
    expect(x('militias')).toBeLessThan(x('us'))
  })

  it('has no two node marks or node labels overlapping', () => {
    expect(clashes(nodeBoxes)).toEqual([])
  })

  it('has no edge label overlapping another edge label, a node or a node label', () => {
    const bad = edgeBoxes.flatMap((e, i) => [...edgeBoxes.slice(i + 1), ...nodeBoxes]
      .filter(o => overlaps(e.box, o.box))
      .map(o => `${e.id} × ${o.id}`))
    expect(bad).toEqual([])
  })

  it('keeps two relations\' words far enough apart that they never read as one phrase', () => {
    const near = edgeBoxes.flatMap((e, i) => edgeBoxes.slice(i + 1)
      .filter(o => overlaps(e.box, o.box, WORDS_CLEARANCE))
      .map(o => `${e.id} × ${o.id}`))
    expect(near).toEqual([])
  })

  it('keeps every line a few units off every actor\'s name: an arrow\'s tip at a name\'s corner reads as pointing at it', () => {
    const near = layout.nodes.flatMap(n => layout.edges
      .filter(e => edgePoints(e, 200).some(([x, y]) => distanceTo(n.label.box, x, y) < 5))
      .map(e => `${e.id} at ${n.key}`))
    expect(near).toEqual([])
  })

  it('keeps the "after the article" badge inside its edge\'s label', () => {
    const e = layout.edges.find(e => e.relation.afterArticle)!
    const [b, l] = [e.label.badge!.box, e.label.box]
    expect(b.x >= l.x && b.y >= l.y && b.x + b.w <= l.x + l.w && b.y + b.h <= l.y + l.h).toBe(true)
    expect(layout.edges.filter(e => e.label.badge).map(e => e.id)).toEqual(relations.filter(r => r.afterArticle).map(r => r.id))
  })

  it('keeps every node, label and the key inside the 880 × 400 frame', () => {
    expect([width, height]).toEqual([880, 400])
    const boxes = [...nodeBoxes, ...edgeBoxes, ...(layout.key ? [{ id: 'key', box: layout.key.box }] : [])]
    expect(boxes.filter(b => !inside(b.box)).map(b => b.id)).toEqual([])
    for (const e of layout.edges) expect(edgePoints(e).every(([x, y]) => x >= 0 && y >= 0 && x <= width && y <= height)).toBe(true)
  })

  it('runs no edge through a node other than its own two, nor through any label', () => {
    const through = (e: NetEdge) => {
      const points = edgePoints(e, 200)
      return [
        ...layout.nodes.filter(n => n !== e.from && n !== e.to).filter(n => points.some(p => contains(n.box, p))).map(n => n.key),
        ...layout.nodes.filter(n => points.some(p => contains(n.label.box, p))).map(n => `${n.key} label`),
        ...layout.edges.filter(o => points.some(p => contains(o.label.box, p))).map(o => `${o.id} label`),
      ]
    }
    expect(Object.fromEntries(layout.edges.map(e => [e.id, through(e)]).filter(([, t]) => t.length))).toEqual({})
  })

  it('crosses no line with another, away from the nodes they share, nor beside another actor', () => {
    type P = [number, number]
    // Lines that meet at a node converge there: judge two lines only clear of the nodes they share. Anywhere else, by
    // another actor's mark too, a crossing reads as one line running through the other.
    const shared = (e: NetEdge, other: NetEdge) => [other.from, other.to].filter(n => n === e.from || n === e.to)
    const clearOf = (e: NetEdge, other: NetEdge) => edgePoints(e, 120)
      .map(p => shared(e, other).some(n => Math.hypot(p[0] - n.x, p[1] - n.y) < n.r + 24) ? undefined : p)
    const found: string[] = []
    for (const [i, a] of layout.edges.entries()) {
      for (const b of layout.edges.slice(i + 1)) {
        const pa = clearOf(a, b)
        const pb = clearOf(b, a)
        const meets = (p0: P | undefined, p1: P | undefined) =>
          p0 && p1 && pb.some((q, v) => v > 0 && q && pb[v - 1] && segmentsCross(p0, p1, pb[v - 1]!, q))
        const hit = pa.some((p, u) => u > 0 && meets(pa[u - 1], p))
        if (hit)
          found.push(`${a.id} × ${b.id}`)
      }
    }
    expect(found).toEqual([])
  })
  it('leaves the line key out of every line\'s and label\'s way', () => {
    expect(layout.key).toBeDefined()
    // Clear by a name's margin: "Kurdistan Region" beside the key's solid swatch read as "Kurdistan Region: force".
    expect([...nodeBoxes, ...edgeBoxes].filter(b => overlaps(b.box, layout.key!.box, NAME_CLEARANCE)).map(b => b.id)).toEqual([])
    for (const e of layout.edges) expect(edgePoints(e, 200).some(p => contains(layout.key!.box, p))).toBe(false)
  })

  it('ends each arrow at its target\'s edge: the one statement and the inquiry at the Erbil attack, not at the militias', () => {
    for (const e of layout.edges) {
      const end = e.curve[2]
      const gap = Math.hypot(end[0] - e.to.x, end[1] - e.to.y)
      expect(gap, e.id).toBeGreaterThan(e.to.r)
      expect(gap, e.id).toBeLessThan(e.to.r + 25)
      const tip = e.head.match(/^M([\d.]+),([\d.]+)/)!.slice(1).map(Number)
      expect(Math.hypot(tip[0] - e.to.x, tip[1] - e.to.y), e.id).toBeCloseTo(e.to.r + 4, 0)
    }
    // The five-nation statement is one line, however many signed it; Iraq's inquiry ends at the same attack.
    const condemn = layout.edges.filter(e => e.relation.event === 'erbil')
    expect(condemn.map(e => e.id)).toEqual(['europe-condemns-erbil', 'iraq-investigates-erbil'])
    for (const e of condemn) {
      expect(e.to.key).toBe('event:erbil')
      expect(e.to.actor).toBeUndefined()
    }
  })

  it('uses exactly two line styles: solid for force, dashed for words and backing', () => {
    expect(new Set(layout.edges.map(e => e.style))).toEqual(new Set(['solid', 'dashed']))
    for (const e of layout.edges) expect(e.style, e.id).toBe(e.relation.kind === 'attacks' ? 'solid' : 'dashed')
    expect(LINE_DASH.solid).toBe('')
    expect(LINE_DASH.dashed).not.toBe('')
  })

  it('labels each edge with its label, and its claim in brackets beneath', () => {
    for (const e of layout.edges) {
      expect(e.label.lines[0].text).toBe(e.relation.label)
      const claim = e.label.lines.slice(1).map(l => l.text).join(' ')
      expect(claim).toBe(e.relation.claim ? `(${e.relation.claim})` : '')
    }
  })

  it('sets each relation\'s words inside its box, a line under the other: the label, its claim, then the badge', () => {
    // A line of text of size s on baseline y inks from about 0.75 s above it to 0.2 s below it.
    const ink = (y: number, size: number) => ({ top: y - 0.75 * size, bottom: y + 0.2 * size })
    for (const e of layout.edges) {
      const { box, lines, badge } = e.label
      expect(lines.map(l => l.role), e.id).toEqual(['label', ...lines.slice(1).map(() => 'claim')])
      for (const [i, l] of lines.entries()) {
        const { top, bottom } = ink(l.y, l.size)
        expect(top, `${e.id} line ${i} top`).toBeGreaterThanOrEqual(box.y)
        expect(bottom, `${e.id} line ${i} bottom`).toBeLessThanOrEqual(box.y + box.h)
        expect(l.x, `${e.id} line ${i} centred`).toBeCloseTo(box.x + box.w / 2, 6)
        if (i > 0)
          expect(top, `${e.id} line ${i} under line ${i - 1}`).toBeGreaterThanOrEqual(ink(lines[i - 1].y, lines[i - 1].size).bottom)
      }
      if (badge) {
        const last = lines.at(-1)!
        expect(badge.box.y, `${e.id} badge under its words`).toBeGreaterThanOrEqual(ink(last.y, last.size).bottom)
        const words = ink(badge.y, NETWORK_FONT.badge)
        expect(words.top, `${e.id} badge words in the badge`).toBeGreaterThanOrEqual(badge.box.y)
        expect(words.bottom, `${e.id} badge words in the badge`).toBeLessThanOrEqual(badge.box.y + badge.box.h)
      }
    }
  })

  it('sets each actor\'s name by its mark, anchored on the side it sits, its words in its box', () => {
    const gap = (a: Box, b: Box) => Math.max(a.x - (b.x + b.w), b.x - (a.x + a.w), a.y - (b.y + b.h), b.y - (a.y + a.h))
    for (const n of layout.nodes) {
      const { text, box, x, y, anchor } = n.label
      expect(text).toBe(n.name)
      expect(box.w, n.key).toBeCloseTo(textWidth(n.name, NETWORK_FONT.node, { bold: true }), 6)
      expect(gap(box, n.box), `${n.key}: by its mark`).toBeLessThanOrEqual(6)
      expect(gap(box, n.box), `${n.key}: off its mark`).toBeGreaterThanOrEqual(0)
      expect(x, `${n.key}: drawn from its anchor`).toBeCloseTo({ start: box.x, end: box.x + box.w, middle: box.x + box.w / 2 }[anchor], 6)
      if (anchor === 'start')
        expect(box.x, n.key).toBeGreaterThan(n.x)
      if (anchor === 'end')
        expect(box.x + box.w, n.key).toBeLessThan(n.x)
      if (anchor === 'middle')
        expect(box.x + box.w / 2, n.key).toBeCloseTo(n.x, 6)
      expect(y - 0.75 * NETWORK_FONT.node, `${n.key}: words in the box`).toBeGreaterThanOrEqual(box.y)
      expect(y + 0.2 * NETWORK_FONT.node, `${n.key}: words in the box`).toBeLessThanOrEqual(box.y + box.h)
    }
  })

  it('keys the two line styles in two rows, force above words, inside the key\'s box', () => {
    const key = layout.key!
    expect(key.rows.map(r => [r.style, r.words, r.dash]))
      .toEqual([['solid', 'force', undefined], ['dashed', 'words and backing', LINE_DASH.dashed]])
    const [a, b] = key.rows
    expect(b.y - a.y, 'a row apart').toBeGreaterThanOrEqual(NETWORK_FONT.key)
    for (const r of key.rows) {
      expect(r.y - 0.5 * NETWORK_FONT.key, r.style).toBeGreaterThanOrEqual(key.box.y)
      expect(r.y + 0.5 * NETWORK_FONT.key, r.style).toBeLessThanOrEqual(key.box.y + key.box.h)
    }
  })

  it('sets no text under 14 units, node labels at 16 or more', () => {
    expect(Math.min(...Object.values(NETWORK_FONT))).toBeGreaterThanOrEqual(14)
    expect(NETWORK_FONT.node).toBeGreaterThanOrEqual(16)
    expect(Math.min(...layout.edges.flatMap(e => e.label.lines.map(l => l.size)))).toBeGreaterThanOrEqual(14)
  })

  it('keeps every line off the words on the current data, so that no label needs a halo', () => {
    const lines = layout.edges.map(e => edgePoints(e, 96))
    for (const n of layout.nodes) {
      expect(runsUnder(n.label.box, lines), n.key).toBe(false)
      expect(n.label.halo, n.key).toBe(false)
    }
    for (const e of layout.edges) {
      expect(runsUnder(e.label.box, lines), e.id).toBe(false)
      expect(e.label.halo, e.id).toBe(false)
    }
  })

  it('calls for a halo where a line runs under the words or within 2 units of them, not further', () => {
    const words: Box = { x: 100, y: 100, w: 80, h: 20 }
    const across = (y: number): Pt[] => Array.from({ length: 41 }, (_, i) => [60 + 4 * i, y])
    expect(runsUnder(words, [across(110)]), 'through the middle').toBe(true)
    expect(runsUnder(words, [across(300), across(121.5)]), '1.5 below, the second line').toBe(true)
    expect(runsUnder(words, [across(98.5)]), '1.5 above').toBe(true)
    expect(runsUnder(words, [across(122.5)]), '2.5 below').toBe(false)
    expect(runsUnder(words, [across(97)]), '3 above').toBe(false)
    expect(runsUnder(words, [[[60, 110], [98.5, 110]]]), 'ending 1.5 short of its left edge').toBe(true)
    expect(runsUnder(words, [[[60, 110], [97, 110]]]), 'ending 3 short').toBe(false)
    expect(runsUnder(words, []), 'no line').toBe(false)
  })

  it('is the same layout every time, from freshly validated facts', () => {
    const again = layoutNetwork(validateFacts(structuredClone(facts)))
    expect(again).not.toBe(layout)
    expect(again.nodes.map(n => [n.key, n.x, n.y, n.label.box])).toEqual(layout.nodes.map(n => [n.key, n.x, n.y, n.label.box]))
    expect(again.edges.map(e => [e.d, e.label.box])).toEqual(layout.edges.map(e => [e.d, e.label.box]))
  })
})

describe('the stored search result (charts/networkChoice.json)', () => {
  // One search for both checks: a search takes 0.3 s, and under mutation testing each one is paid again by every mutant
  // of the network that no test catches.
  it('is what the search chooses for the current data (else run npm run build:network), and draws the very figure it draws', () => {
    const searched = searchNetwork(facts)
    expect(searched.choice, 'charts/networkChoice.json is stale: run npm run build:network').toEqual(STORED_CHOICE)
    expect(layoutNetwork(facts)).toEqual(searched.layout)
  })

  it('is not used for data it was not made for: a relation reworded changes its fingerprint, fewer relations are searched again', () => {
    const reworded = { ...facts, relations: facts.relations.map((r, i) => (i === 0 ? { ...r, label: `${r.label} and more` } : r)) }
    expect(networkFingerprint(reworded)).not.toBe(STORED_CHOICE.fingerprint)
    // searched on a smaller network: the same path as the whole one's, at a tenth of the cost
    const fewer = { ...facts, relations: facts.relations.slice(0, 4) }
    expect(layoutNetwork(fewer)).toEqual(searchNetwork(fewer).layout)
    // A change the network does not show (a source's title) keeps it.
    const retitled = { ...facts, sources: facts.sources.map((s, i) => (i === 0 ? { ...s, title: `${s.title}!` } : s)) }
    expect(networkFingerprint(retitled)).toBe(STORED_CHOICE.fingerprint)
  })
})
