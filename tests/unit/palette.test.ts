import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PALETTE, paletteCss } from '../../charts/palette'

// One palette: named in charts/palette.ts, read by the CSS as variables from styles/palette.css, which is written from
// it. A colour written out anywhere else is a second source, and the two drift apart.

const HEX = /#(?:[0-9a-f]{6}|[0-9a-f]{3})\b/gi
const files = (dir: string, ext: string) => readdirSync(dir).filter(f => f.endsWith(ext)).map(f => `${dir}/${f}`)

describe('the palette', () => {
  it('is what styles/palette.css says: else run npm run build:palette', () => {
    expect(readFileSync('styles/palette.css', 'utf8'), 'styles/palette.css is stale: run npm run build:palette').toBe(paletteCss())
  })

  it('is the only place a colour is written out, the actors\' own colours in data/ aside', () => {
    const sources = [...files('components', '.vue'), ...files('.', '.vue'), ...files('styles', '.css'), ...files('charts', '.ts')]
      .filter(f => !f.endsWith('palette.css') && !f.endsWith('palette.ts'))
    const found = sources.flatMap(f => [...readFileSync(f, 'utf8').matchAll(HEX)].map(m => `${f}: ${m[0]}`))
    expect(found).toEqual([])
  })

  it('names every variable the CSS reads', () => {
    const used = [...files('components', '.vue'), ...files('.', '.vue'), 'styles/deck.css']
      .flatMap(f => [...readFileSync(f, 'utf8').matchAll(/var\(--([\w-]+)\)/g)].map(m => m[1]))
    const slidev = new Set(['slidev-theme-primary'])
    expect([...new Set(used)].filter(name => !(name in PALETTE) && !slidev.has(name))).toEqual([])
  })
})
