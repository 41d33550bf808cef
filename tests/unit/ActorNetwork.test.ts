// @vitest-environment happy-dom
// The network as the component draws it, in a DOM; its layout alone is tested in network.test.ts, without one.
import type { NetworkLayout } from '../../charts/network'
import type { PaletteName } from '../../charts/palette'
import { readFileSync } from 'node:fs'
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { drawNetwork, STORED_CHOICE } from '../../charts/network'
import { PALETTE } from '../../charts/palette'
import ActorNetwork from '../../components/ActorNetwork.vue'
import { facts } from '../../data'

// Drawn afresh before each test, not taken from the deck's copy (composables/layouts.ts): under mutation testing each
// test must run the changed code, and a figure drawn once at import is drawn before any mutant.
let layout: NetworkLayout
beforeEach(() => {
  layout = drawNetwork(facts, STORED_CHOICE)
})
const relations = facts.relations
const at = (clicks?: number) => mount(ActorNetwork, { props: { facts, clicks } })

/** the text of an edge as a sentence: its tspans and its badge, joined by spaces */
function words(w: ReturnType<typeof at>, id: string) {
  const text = (t: ReturnType<typeof w.find>) => (t.findAll('tspan').length ? t.findAll('tspan').map(s => s.text()).join(' ') : t.text())
  return w.findAll(`g.edge[data-relation="${id}"] text`).map(text).join(' ')
}

describe('actorNetwork', () => {
  it('starts empty, and brings each actor in with its first relation, never before', () => {
    expect(at(0).findAll('g.edge')).toHaveLength(0)
    expect(at(0).findAll('g.node')).toHaveLength(0)
    for (let k = 1; k <= relations.length + 1; k++) {
      const w = at(k)
      const ends = new Set(w.findAll('g.edge').flatMap((e) => {
        const edge = layout.edges.find(x => x.id === e.attributes('data-relation'))!
        return [edge.from.key, edge.to.key]
      }))
      const drawn = w.findAll('g.node')
        .map(n => (n.attributes('data-actor') ? `actor:${n.attributes('data-actor')}` : `event:${n.attributes('data-event')}`))
      expect(drawn.sort(), `click ${k}`).toEqual([...ends].sort())
    }
    expect(at(1).findAll('g.node[data-actor]').map(n => n.attributes('data-actor'))).toEqual(['iran', 'militias'])
    expect(at(999999).findAll('g.node[data-actor]').map(n => n.attributes('data-actor')))
      .toEqual(layout.nodes.filter(n => n.actor).map(n => n.id))
    expect(at(0).find('.actor-network').attributes('data-steps')).toBe(String(relations.length + 1))
  })

  it('draws actors as their shapes and the Erbil attack as a numbered pin', () => {
    const w = at(999999)
    for (const n of w.findAll('g.node[data-actor]')) {
      const actor = facts.actors.find(a => a.id === n.attributes('data-actor'))!
      expect(n.find('path.mark').attributes('fill')).toBe(actor.colour)
      expect(n.find('text.node-label').text()).toBe(actor.short)
    }
    const erbil = w.find('g.node[data-event="erbil"]')
    expect(erbil.find('path.mark').exists()).toBe(false)
    expect(erbil.find('circle.pin').exists()).toBe(true)
    expect(erbil.find('text.number').text()).toBe('1')
    expect(erbil.find('text.node-label').text()).toBe('Erbil')
  })

  it.each(relations.map((_, i) => i + 1))('at click %i draws that many relations, in data order, the newest current', (k) => {
    const w = at(k)
    const edges = w.findAll('g.edge')
    expect(edges.map(e => e.attributes('data-relation'))).toEqual(relations.slice(0, k).map(r => r.id))
    expect(edges.at(-1)!.classes()).toContain('current')
    expect(edges.at(-1)!.classes()).not.toContain('past')
    for (const e of edges.slice(0, -1)) {
      expect(e.classes()).toContain('past')
      expect(e.classes()).not.toContain('current')
    }
    expect(w.find('.actor-network').attributes('data-clicks')).toBe(String(k))
  })

  it('draws every relation at full strength when clicks are missing or 999999 (a PDF without clicks)', () => {
    for (const w of [at(undefined), at(999999)]) {
      expect(w.findAll('g.edge').map(e => e.attributes('data-relation'))).toEqual(relations.map(r => r.id))
      expect(w.findAll('g.edge.past')).toHaveLength(0)
      expect(w.findAll('g.edge.current')).toHaveLength(0)
      expect(w.find('.actor-network').attributes('data-clicks')).toBe(String(relations.length + 1))
    }
  })

  it('draws force solid and words dashed, with no third style', () => {
    const w = at(999999)
    const dashes = new Set<string>()
    for (const e of w.findAll('g.edge')) {
      const r = relations.find(r => r.id === e.attributes('data-relation'))!
      expect(e.attributes('data-style')).toBe(r.kind === 'attacks' ? 'solid' : 'dashed')
      const d = e.find('path.stroke').attributes('stroke-dasharray') ?? 'none'
      expect(e.find('path.casing').attributes('stroke-dasharray') ?? 'none').toBe(d)
      expect(d === 'none').toBe(r.kind === 'attacks')
      dashes.add(d)
    }
    expect(dashes.size).toBe(2)
  })

  it('colours each line by its actor, with a dark casing under every one', () => {
    const w = at(999999)
    for (const e of w.findAll('g.edge')) {
      const r = relations.find(r => r.id === e.attributes('data-relation'))!
      expect(e.find('path.stroke').attributes('stroke')).toBe(facts.actors.find(a => a.id === r.from)!.colour)
      expect(e.find('path.casing').exists()).toBe(true)
    }
  })

  it('writes the claim on the "backs" edge, and "after the article" on the strikes', () => {
    const w = at(999999)
    // Iran denied a link to the Erbil attack, not its backing: the backing's claim names who says it, and no denial.
    expect(words(w, 'iran-backs-militias')).toMatch(/^backs \(US officials and the press said\)$/)
    // Later than the article, as the scorecard stamps a later event: an arrow and the words, no hatch that reads as doubt.
    expect(w.find('g.edge[data-relation="us-strikes-militias"] .after-badge').text()).toBe('→ after the article')
    expect(w.findAll('.after-badge')).toHaveLength(1)
    expect(w.find('pattern').exists()).toBe(false)
  })

  it('sets every text at 18 units or more, drawn one to one on the canvas: a room can read it', () => {
    const w = at(999999)
    const sizes = w.findAll('svg text, svg tspan').map(t => Number(t.attributes('font-size')))
    expect(sizes.length).toBeGreaterThan(20)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18)
  })

  it('draws force heavier than words, and the earlier relations in grey', () => {
    const css = readFileSync('components/ActorNetwork.vue', 'utf8')
    const escaped = (selector: string) => selector.replace(/[.[\]"]/g, '\\$&')
    const width = (selector: string) => Number(new RegExp(`${escaped(selector)} \\{[^}]*stroke-width: ([\\d.]+)`).exec(css)![1])
    expect(width('.edge[data-style="solid"] .stroke')).toBeGreaterThanOrEqual(1.8 * width('.stroke'))
    const past = /\.edge\.past \.stroke \{ stroke: var\(--([\w-]+)\); \}/.exec(css)
    expect(past?.[1] && PALETTE[past[1] as PaletteName], 'the past in the palette\'s light grey').toBe('#d1d5db')
    expect(css).not.toMatch(/\.edge\.past[^{]*\{[^}]*opacity/)
  })

  it('is an image with a title and a description of every relation', () => {
    expect(at(1).find('desc').text()).not.toContain('condemns')
    const w = at(999999)
    const svg = w.find('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.attributes('viewBox')).toBe('0 0 880 400')
    const [t, d] = svg.attributes('aria-labelledby')!.split(' ')
    expect(svg.find('title').attributes('id')).toBe(t)
    expect(svg.find('desc').attributes('id')).toBe(d)
    expect(svg.find('title').text()).toBe('Who acts on whom: the actors of February 2021 and their relations')
    const desc = svg.find('desc').text()
    for (const r of relations) expect(desc).toContain(r.label)
    expect(desc).toContain('backs (US officials and the press said)')
    expect(desc).not.toMatch(/denies/)
    expect(desc).toContain('after the article')
  })

  it('lists every relation with its note for screen readers, whatever the click', () => {
    for (const k of [0, 4, 999999]) {
      const items = at(k).findAll('ul.sr-only li')
      expect(items.map(li => li.attributes('data-relation'))).toEqual(relations.map(r => r.id))
      relations.forEach((r, i) => expect(items[i].text()).toContain(r.note))
    }
  })
})
