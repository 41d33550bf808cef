// @vitest-environment node
// The watch mode's words to the author: which PDF it keeps up to date, and a compile error as one line that names the
// file, as the author knows it. The watch itself runs for real in tests/e2e/watch.spec.ts.
import { describe, expect, it } from 'vitest'
import { oneLineError, watchArgs } from '../../scripts/export-watch.mjs'

const ROOT = '/home/me/talk'

describe('npm run export:watch\'s arguments', () => {
  it('keeps the PDF the one-off command writes, unless --output says otherwise', () => {
    expect(watchArgs(['node', 'w'])).toEqual({ kind: 'slides', output: 'exports/iraq-playground.pdf' })
    expect(watchArgs(['node', 'w', '--with-clicks'])).toEqual({ kind: 'clicks', output: 'exports/iraq-playground-clicks.pdf' })
    expect(watchArgs(['node', 'w', '--handout'])).toEqual({ kind: 'handout', output: 'exports/iraq-playground-handout.pdf' })
    expect(watchArgs(['node', 'w', '--handout', '--output', 'talk.pdf'])).toEqual({ kind: 'handout', output: 'talk.pdf' })
    expect(watchArgs(['node', 'w', '--output=a.pdf', '--with-clicks'])).toEqual({ kind: 'clicks', output: 'a.pdf' })
  })
})

describe('a compile error in one line', () => {
  it('keeps the message up to its code frame and names the file from the deck\'s folder', () => {
    const message = `[vue/compiler-sfc] Unexpected token (8:13)\n\n${ROOT}/components/Fact.vue\n6  |  const props = defineProps()\n`
    expect(oneLineError({ message }, ROOT)).toBe('[vue/compiler-sfc] Unexpected token (8:13) in components/Fact.vue')
    expect(oneLineError({ message: 'Unexpected end of input', file: `${ROOT}/charts/map.ts` }, ROOT))
      .toBe('Unexpected end of input in charts/map.ts')
  })

  it('names a slide by its number, not by the module Slidev made of it', () => {
    expect(oneLineError({ message: 'Element is missing end tag.', file: `${ROOT}/slides.md__slidev_4.md` }, ROOT))
      .toBe('Element is missing end tag. in slides.md (slide 4)')
  })

  it('joins a message that goes on over several lines, as the data check writes them, and does not name a file twice', () => {
    const message = 'data/ has 1 problem:\n  data/places.ts: place "balad": lat 999 is not a latitude (-90..90)'
    expect(oneLineError({ message }, ROOT)).toBe(`data/ has 1 problem: data/places.ts: place "balad": lat 999 is not a latitude (-90..90)`)
    expect(oneLineError({ message: `Cannot read components/Fact.vue`, file: `${ROOT}/components/Fact.vue` }, ROOT))
      .toBe('Cannot read components/Fact.vue')
  })
})
