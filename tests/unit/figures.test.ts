// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { textWidth } from '../../charts/labels'
import { layoutMonthStrip, STRIP_FONT } from '../../charts/monthStrip'
import { layoutShare, SHARE_FONT } from '../../charts/share'
import { wholeMonths } from '../../charts/timeline'
import { killedLines, layoutToll, TOLL_STEPS, tollBoxes, tollCollisions } from '../../charts/toll'
import { ROW_SOURCE, VERDICT_LIST, VERDICT_STYLE } from '../../charts/verdicts'
import DilemmaDiagram from '../../components/DilemmaDiagram.vue'
import ErbilToll from '../../components/ErbilToll.vue'
import Scorecard from '../../components/Scorecard.vue'
import { resolveFact } from '../../composables/facts'
import { facts } from '../../data'

const erbil = facts.events.find(e => e.id === 'erbil')!
const ARTICLE_US = 5
// Laid out afresh before each test, not once at import: under mutation testing each test must run the changed code.
let layout: ReturnType<typeof layoutToll>
beforeEach(() => {
  layout = layoutToll(erbil, ARTICLE_US)
})
const count = (list: { count: number }[]) => list.reduce((n, c) => n + c.count, 0)
const toll = (clicks?: number) => mount(ErbilToll, { props: { event: erbil, articleUsInjured: ARTICLE_US, clicks } })
function people(w: ReturnType<typeof toll>, group?: string, kind?: string) {
  return w.findAll(`g.person${group ? `[data-group="${group}"]` : ''}${kind ? `[data-kind="${kind}"]` : ''}`)
}

describe('erbil toll: layout', () => {
  const marks = (group: string, kind: string) => layout.marks.filter(m => m.group === group && m.kind === kind)

  it('draws one mark per person, from the data', () => {
    expect(marks('base', 'injured')).toHaveLength(9)
    expect(marks('base', 'killed')).toHaveLength(1)
    // At least 3 hurt outside, one of whom, Nawaf Rashid, died later: 2 rings and his filled dot, one person each.
    expect(marks('outside', 'injured')).toHaveLength(2)
    expect(marks('outside', 'injured-other-count')).toHaveLength(2)
    expect(marks('outside', 'killed')).toHaveLength(1)
    expect(layout.marks).toHaveLength(15)
    // the same counts as the record, so a change in data/events.ts shows in the chart
    expect(marks('base', 'injured')).toHaveLength(count(erbil.injured.filter(c => c.where === 'base')))
    expect(marks('outside', 'killed')).toHaveLength(count(erbil.killed.filter(c => c.where === 'outside')))
  })

  it('counts, under every row of marks, the marks there: the audience counts what it reads', () => {
    const injured = layout.subs.filter(s => s.kind !== 'killed')
    expect(injured.length).toBeGreaterThanOrEqual(5)
    for (const s of injured) {
      const firsts = s.lines.map(l => Number(l.match(/\d+/)?.[0]))
      expect(firsts, s.lines.join(' / ')).toContain(s.count)
    }
  })

  it('labels each sub-group in the record\'s terms', () => {
    const labels = layout.texts.filter(t => t.role === 'sub-label').map(t => t.text)
    const expected = [
      '4 US contractors',
      '1 US service member',
      '4 other contractors',
      'at least 2 civilians',
      'AFP later: 5 hurt',
      '(2 more)',
    ]
    for (const l of [...expected, 'Nawaf Rashid'])
      expect(labels).toContain(l)
    expect(killedLines(erbil.killed[1])).toEqual(['Nawaf Rashid', 'wounded that night, died 22 Feb'])
    expect(killedLines(erbil.killed[0])).toEqual(['1 contractor killed', 'neither US nor Iraqi'])
    const headings = layout.texts.filter(t => t.role === 'heading' || t.role === 'heading-note').map(t => t.text)
    expect(headings).toEqual(['At the base', '(coalition count)', 'Outside the base', '(Kurdistan Region health ministry)'])
  })

  it('keeps marks apart: no two overlap', () => {
    for (const [i, a] of layout.marks.entries()) {
      for (const b of layout.marks.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.group} ${a.kind} × ${b.group} ${b.kind}`).toBeGreaterThanOrEqual(a.r + b.r + 4)
    }
  })

  it('overlaps nothing: marks, labels, key and bracket', () => {
    expect(tollCollisions(layout)).toEqual([])
  })

  it('keeps every mark and label inside the viewBox', () => {
    for (const { what, box } of tollBoxes(layout)) {
      expect(box.x, what).toBeGreaterThanOrEqual(0)
      expect(box.y, what).toBeGreaterThanOrEqual(0)
      expect(box.x + box.w, what).toBeLessThanOrEqual(layout.width)
      expect(box.y + box.h, what).toBeLessThanOrEqual(layout.height)
    }
  })

  it('uses rings big enough to see from the back and labels of 15 px or more', () => {
    for (const m of layout.marks) expect(m.r).toBeGreaterThanOrEqual(11)
    for (const t of layout.texts) expect(t.size, t.text).toBeGreaterThanOrEqual(15)
  })

  it('brackets exactly the marks of the US citizens', () => {
    const us = layout.marks.filter(m => m.us)
    expect(us).toHaveLength(count(erbil.injured.filter(c => c.us)))
    expect(us).toHaveLength(5)
    const b = layout.bracket!
    expect(b.x0).toBe(Math.min(...us.map(m => m.x - m.r)))
    expect(b.x1).toBe(Math.max(...us.map(m => m.x + m.r)))
    // under the bracket, on the row it sits over, only US marks
    const under = layout.marks.filter(m => m.y === us[0].y && m.x + m.r > b.x0 && m.x - m.r < b.x1)
    expect(under).toEqual(us)
    expect(b.text.text).toBe('THE ARTICLE  5 US citizens  ✓ agrees')
  })

  it('says so when the article\'s figure differs from the record', () => {
    expect(layoutToll(erbil, 6).bracket!.text.text).toBe('THE ARTICLE  6 US citizens  · the record: 5')
  })
})

describe('erbil toll: steps', () => {
  it('has three steps', () => {
    expect(TOLL_STEPS).toBe(3)
    expect(toll(0).attributes('data-steps')).toBe('3')
  })

  it('shows only the group headings at click 0', () => {
    const w = toll(0)
    expect(people(w)).toHaveLength(0)
    expect(w.find('g.article-bracket').exists()).toBe(false)
    expect(w.findAll('text.heading').map(t => t.text())).toEqual(['At the base', 'Outside the base'])
    expect(w.findAll('text.sub-label')).toHaveLength(0)
  })

  it('adds the base at click 1', () => {
    const w = toll(1)
    expect(people(w, 'base', 'injured')).toHaveLength(9)
    expect(people(w, 'base', 'killed')).toHaveLength(1)
    expect(people(w, 'outside')).toHaveLength(0)
    const labels = w.findAll('text.sub-label').map(t => t.text())
    expect(labels).toContain('4 US contractors')
    expect(labels).not.toContain('AFP later: 5')
    expect(labels).not.toContain('Nawaf Rashid')
    expect(w.find('g.article-bracket').exists()).toBe(false)
  })

  it('adds outside the base at click 2, the AFP count dashed', () => {
    const w = toll(2)
    expect(people(w, 'base')).toHaveLength(10)
    expect(people(w, 'outside', 'injured')).toHaveLength(2)
    expect(people(w, 'outside', 'injured-other-count')).toHaveLength(2)
    expect(people(w, 'outside', 'killed')).toHaveLength(1)
    expect(w.findAll('g.person[data-kind="injured-other-count"] circle').every(c => c.classes('injured-other-count'))).toBe(true)
    expect(w.find('g.article-bracket').exists()).toBe(false)
  })

  it.each([3, 999999, undefined])('shows everything and the article\'s bracket at click %s', (clicks) => {
    const w = toll(clicks)
    expect(w.attributes('data-clicks')).toBe('3')
    expect(people(w)).toHaveLength(15)
    const b = w.find('g.article-bracket')
    expect(b.exists()).toBe(true)
    expect(b.text()).toBe('THE ARTICLE  5 US citizens  ✓ agrees')
    expect(b.attributes('data-count')).toBe('5')
  })

  it('is an image with a title and a description in words, and a list for screen readers', () => {
    const w = toll(999999)
    const svg = w.find('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.find('title').text()).toContain('Erbil')
    // Step by step, the description grows with what is drawn.
    expect(toll(1).find('desc').text()).not.toContain('Nawaf Rashid')
    const desc = svg.find('desc').text()
    const said = ['nine injured', 'four US contractors', 'one US service member', 'four other contractors']
    for (const words of [...said, 'at least three civilians', 'Nawaf Rashid'])
      expect(desc).toContain(words)
    expect(desc).toContain('five US citizens injured, agrees with the record: four US contractors and one US service member')
    expect(w.findAll('.sr-only li')).toHaveLength(3)
  })
})

describe('scorecard', () => {
  const card = () => mount(Scorecard, { props: { claims: facts.claims, sources: facts.sources } })

  it('gives every verdict a word and a symbol of its own', () => {
    for (const v of VERDICT_LIST) {
      expect(VERDICT_STYLE[v].word, v).toMatch(/\w/)
      expect(VERDICT_STYLE[v].symbol, v).toMatch(/\S/)
    }
    expect(new Set(VERDICT_LIST.map(v => VERDICT_STYLE[v].symbol)).size).toBe(VERDICT_LIST.length)
  })

  it('has a header row of three column headings', () => {
    const th = card().findAll('thead th')
    expect(th.map(t => t.text())).toEqual(['The article says', 'The record says', 'Verdict'])
    expect(th.every(t => t.attributes('scope') === 'col')).toBe(true)
  })

  it('has one row per claim, each with the verdict\'s symbol and word and its sources', () => {
    const rows = card().findAll('tbody tr')
    expect(rows).toHaveLength(facts.claims.length)
    for (const [i, c] of facts.claims.entries()) {
      const r = rows[i]
      expect(r.attributes('data-claim')).toBe(c.id)
      expect(r.attributes('data-verdict')).toBe(c.verdict)
      expect(r.find('td.article').text()).toBe(c.article)
      expect(r.find('td.record').text()).toContain(c.record)
      expect(r.find('.symbol').text()).toBe(VERDICT_STYLE[c.verdict].symbol)
      expect(r.find('.word').text()).toBe(VERDICT_STYLE[c.verdict].word)
      const publisher = (id: string) => facts.sources.find(s => s.id === id)!
      expect(r.find('.sr-only').text(), 'every source for a screen reader').toContain(publisher(c.sources.at(-1)!).publisher)
      // On screen, under the record: the record's own publishers, never the article it checks, in the column's width.
      const record = [...new Set(c.sources.map(publisher).filter(s => s.kind !== 'article').map(s => s.publisher))]
      const shown = r.find('.src').text()
      expect(shown.startsWith(record[0]), c.id).toBe(true)
      expect(shown, c.id).not.toContain('Atalayar')
      expect(textWidth(shown, ROW_SOURCE.font), c.id).toBeLessThanOrEqual(ROW_SOURCE.width)
      const more = Number(shown.match(/ \+ (\d+) more$/)?.[1] ?? 0)
      expect(shown.replace(/ \+ \d+ more$/, '').split(' · ').length + more, `${c.id}: every publisher named or counted`).toBe(record.length)
    }
  })

  it('shows one claim a click, the newest marked, the rest keeping their place unseen; all of them without clicks', () => {
    const statuses = (clicks?: number) => mount(Scorecard, { props: { claims: facts.claims, sources: facts.sources, clicks } })
      .findAll('tbody tr')
      .map(r => r.attributes('data-status'))
    const n = facts.claims.length
    expect(statuses(0)).toEqual(Array.from({ length: n }, () => 'hidden'))
    expect(statuses(3)).toEqual(['past', 'past', 'current', ...Array.from({ length: n - 3 }, () => 'hidden')])
    expect(statuses(n)).toEqual(Array.from({ length: n }, () => 'past'))
    expect(statuses(undefined)).toEqual(statuses(n))
    expect(statuses(999999)).toEqual(statuses(n))
  })

  it('refuses a claim whose source is not in the list', () => {
    const bad = [{ ...facts.claims[0], sources: ['nowhere'] }]
    expect(() => mount(Scorecard, { props: { claims: bad, sources: facts.sources } })).toThrow(/no source "nowhere"/)
  })
})

describe('dilemma', () => {
  const paths = [
    { label: 'Respond hard', cost: 'the nuclear talks suffer; lifting sanctions gets harder to defend' },
    { label: 'Hold back', cost: 'Tehran may read restraint as a free hand' },
  ]
  const w = mount(DilemmaDiagram, { props: { question: 'Answer the rockets?', paths } })

  it('renders the question and both paths with their costs', () => {
    expect(w.find('.question').text()).toBe('Answer the rockets?')
    const g = w.findAll('g.path')
    expect(g.map(p => p.attributes('data-path'))).toEqual(['Respond hard', 'Hold back'])
    for (const [i, p] of paths.entries()) {
      expect(g[i].find('.label').text()).toBe(p.label)
      const lines = g[i].findAll('.cost')
      expect(lines[0].find('.prefix').text()).toBe('Cost:')
      expect(lines.map(t => t.findAll('tspan:not(.prefix)').map(s => s.text()).join('')).join(' ')).toBe(p.cost)
    }
  })

  it('draws one arrow to the top of each path\'s box', () => {
    for (const g of w.findAll('g.path')) {
      const [x, y, bw] = g.attributes('data-box')!.split(' ').map(Number)
      const [ex, ey] = g.find('g.arrow').attributes('data-end')!.split(' ').map(Number)
      expect(ex).toBeCloseTo(x + bw / 2)
      expect(y - ey).toBeGreaterThanOrEqual(0)
      expect(y - ey).toBeLessThan(6)
    }
  })

  it('keeps its text at 18 px or more and its boxes inside the frame', () => {
    const sizes = w.findAll('text').map(t => Number(t.attributes('font-size')))
    expect(sizes.length).toBeGreaterThan(4)
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(18)
    const [, , vw, vh] = w.find('svg').attributes('viewBox')!.split(' ').map(Number)
    for (const g of w.findAll('g.path')) {
      const [x, y, bw, bh] = g.attributes('data-box')!.split(' ').map(Number)
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x + bw).toBeLessThanOrEqual(vw)
      expect(y + bh).toBeLessThanOrEqual(vh)
    }
  })

  it('is an image with a title and a description naming both costs', () => {
    const svg = w.find('svg')
    expect(svg.attributes('role')).toBe('img')
    expect(svg.find('title').text()).toContain('Answer the rockets?')
    for (const p of paths) expect(svg.find('desc').text()).toContain(p.cost)
  })
})

describe('the months between two events', () => {
  const soleimani = facts.events.find(e => e.id === 'soleimani')!
  it('counts whole months, as a speaker rounds down', () => {
    expect(wholeMonths('2020-01-03', '2021-02-15')).toBe(13)
    expect(wholeMonths('2020-01-03', '2021-02-02')).toBe(12)
    expect(wholeMonths('2020-01-03', '2020-01-31')).toBe(0)
    expect(resolveFact(facts, 'months:soleimani.erbil').text).toBe('13')
  })
  it('draws a tick a month from Soleimani\'s month to Erbil\'s, each event inside its own month', () => {
    const strip = layoutMonthStrip(soleimani, erbil, 840)
    expect(strip.months).toHaveLength(14)
    expect(strip.months.map(m => m.label).filter(l => l.length > 1)).toEqual(['Jan 2020', 'Jan 2021'])
    const [first, last] = strip.marks
    expect(first.x).toBeGreaterThan(0)
    expect(first.x).toBeLessThan(strip.months[0].w * 0.1)
    expect(last.x).toBeGreaterThan(strip.months[13].x + strip.months[13].w * 0.45)
    expect(last.x).toBeLessThan(strip.months[13].x + strip.months[13].w * 0.55)
    expect(strip.description).toContain('13 whole months apart')
  })
  it('lays the months edge to edge across the width, each label under its own month, and says the span in words', () => {
    const strip = layoutMonthStrip(soleimani, erbil, 840)
    strip.months.forEach((m, i) => {
      expect(m.x).toBeCloseTo(i * 60, 6)
      expect(m.w).toBeCloseTo(60, 6)
      expect(m.centre).toBeCloseTo(i * 60 + 30, 6)
    })
    // January 2020 to February 2021: a year's name under each January, initials between, February's F last.
    expect(strip.months.map(m => m.label).join(' ')).toBe('Jan 2020 F M A M J J A S O N D Jan 2021 F')
    expect(strip.months.every(m => m.fits), 'at 60 px a month, every label fits beside its neighbours').toBe(true)
    const narrow = layoutMonthStrip(soleimani, erbil, 140)
    expect(narrow.months.filter(m => !m.fits).map(m => m.label)).toEqual(['Jan 2020', 'Jan 2021'])
    expect(narrow.months.filter(m => m.label.length === 1).every(m => m.fits)).toBe(true)
    expect(strip.description).toBe('A strip of 14 months, Jan 2020 to Feb 2021: '
      + `${soleimani.title} on 3 Jan 2020, ${erbil.title} on 15 Feb 2021, 13 whole months apart.`)
  })
  it('starts the strip in the first event\'s month whatever it is, a year named under its first month', () => {
    const may = { ...soleimani, date: '2020-05-20' }
    const strip = layoutMonthStrip(may, erbil, 700)
    expect(strip.months.map(m => m.label).join(' ')).toBe('May 2020 J J A S O N D Jan 2021 F')
  })
  it('keeps every month\'s name inside the strip, and names each end\'s day on the strip\'s inner side of its tick', () => {
    const extent = (m: { tx: number, anchor: string, label: string }) => {
      const w = textWidth(m.label, STRIP_FONT)
      const left = m.anchor === 'start' ? m.tx : m.anchor === 'end' ? m.tx - w : m.tx - w / 2
      return [left, left + w]
    }
    for (const width of [840, 560]) {
      const strip = layoutMonthStrip(soleimani, erbil, width)
      for (const m of strip.months) {
        const [left, right] = extent(m)
        expect(left, `${m.label} at ${width}`).toBeGreaterThanOrEqual(0)
        expect(right, `${m.label} at ${width}`).toBeLessThanOrEqual(width)
        // Only a name that would cross an end is moved; the others stay centred under their month.
        expect(m.tx === m.centre || m.label === 'Jan 2020', `${m.label} at ${width}`).toBe(true)
      }
      const [first, last] = strip.marks
      expect([first.label, last.label]).toEqual(['3 Jan 2020', '15 Feb 2021'])
      const [fl, fr] = extent({ tx: first.x + first.dx, anchor: first.anchor, label: first.label })
      const [ll, lr] = extent({ tx: last.x + last.dx, anchor: last.anchor, label: last.label })
      expect(fl).toBeGreaterThan(first.x)
      expect(lr).toBeLessThan(last.x)
      expect(fr).toBeLessThan(ll)
      expect(lr).toBeLessThanOrEqual(width)
    }
  })
})

describe('the part inside its whole', () => {
  const [part, whole] = ['us-troops', 'coalition-troops'].map(id => facts.figures.find(f => f.id === id)!)
  // Laid out before each test, not at collection: under mutation testing each test must run the changed code.
  let share: ReturnType<typeof layoutShare>
  beforeEach(() => {
    share = layoutShare(part, whole, 640)
  })
  it('draws the part inside the whole from the same zero, to its share of the length', () => {
    const [w, p] = share.bars
    expect([w.id, p.id]).toEqual(['coalition-troops', 'us-troops'])
    expect(p.x).toBe(w.x)
    expect(p.w / w.w).toBeCloseTo(2500 / 3500, 2)
    expect(p.y).toBeGreaterThan(w.y)
    expect(p.y + p.h).toBeLessThan(w.y + w.h)
  })
  it('leaves the whole open-ended where it is an upper bound, and says so in words', () => {
    expect(share.openEnd).toBe(true)
    expect(share.bars[0].label).toBe('fewer than 3,500 coalition troops')
    expect(layoutShare(part, { ...whole, unit: 'coalition troops' }, 640).openEnd).toBe(false)
    expect(share.description)
      .toBe('One bar inside another, on one scale: 2,500 US troops in Iraq, inside fewer than 3,500 coalition troops.')
  })
  it('names each bar on one line under it, the part from zero and the whole to its end, apart and inside the figure', () => {
    const [w, p] = share.bars
    expect([p.labelX, p.anchor]).toEqual([0, 'start'])
    expect([w.labelX, w.anchor]).toEqual([640, 'end'])
    expect(share.labelY - SHARE_FONT, 'under the bar').toBeGreaterThanOrEqual(w.y + w.h)
    expect(share.labelY + 4, 'inside the figure').toBeLessThanOrEqual(share.height)
    const partRight = textWidth(p.label, SHARE_FONT, { bold: true })
    const wholeLeft = 640 - textWidth(w.label, SHARE_FONT, { bold: true })
    expect(wholeLeft - partRight, 'never run together').toBeGreaterThanOrEqual(24)
    expect(p.h, 'the part a band inside the whole, not a sliver').toBeGreaterThan(w.h / 2)
  })
  it('refuses a part larger than its whole, and a width too narrow for both labels', () => {
    expect(() => layoutShare(whole, part, 640)).toThrow(/larger than the whole/)
    expect(() => layoutShare(part, { ...whole, value: 2500 }, 640), 'a part equal to its whole is no error').not.toThrow()
    expect(() => layoutShare(part, whole, 300)).toThrow(/no room/)
  })
})
