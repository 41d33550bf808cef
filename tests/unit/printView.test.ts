// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { allReady } from '../../scripts/lib/print-view.mjs'

function printView(...slides: string[]) {
  document.body.innerHTML = `<div id="print-content">${slides.map(s => `<div class="print-slide-container">${s}</div>`).join('')}</div>`
}

describe('the export\'s readiness check', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('takes a print view whose every slide has drawn its layout as ready', () => {
    printView('<div class="slidev-layout default"><h1>One</h1></div>', '<div class="slidev-layout cover"><h1>Two</h1></div>')
    expect(allReady()).toBe(true)
  })

  // Slidev's async slides draw nothing, not even a loader, for their first 300 ms.
  it('does not take a slide that has drawn nothing yet as ready', () => {
    printView('<div class="slidev-layout default"><h1>One</h1></div>', '<div class="slidev-page"></div>')
    expect(allReady()).toBe(false)
  })

  it('waits for Slidev\'s loader to go', () => {
    printView('<div class="slidev-layout default"><h1>One</h1></div><div class="slidev-slide-loading"></div>')
    expect(allReady()).toBe(false)
  })
})
