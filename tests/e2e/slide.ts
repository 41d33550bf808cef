import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** The address of slide `no` at click `k`, as the deck writes it (step 0 with or without `?clicks=0`). */
export function stepUrl(no: number, k: number): RegExp {
  return new RegExp(`/${no}${k ? `\\?clicks=${k}` : '(?:\\?clicks=0)?'}$`)
}

/**
 * Moves an open deck to `href` through its own router, as a link inside it would: one page load a deck, not one a
 * route (each load costs about 0.4 to 0.6 s).
 */
export function navigate(page: Page, href: string) {
  return page.evaluate((href) => {
    history.pushState(null, '', href)
    dispatchEvent(new PopStateEvent('popstate'))
  }, href)
}

/**
 * Walks slide `no` from click 0 to `clicks` in one page, as a presenter does, with the right arrow: `check` runs at
 * each step once the URL has the step's click and every finite animation has ended.
 */
export async function stepThrough(page: Page, no: number, clicks: number, check: (k: number) => Promise<void>) {
  await page.goto(`/${no}`)
  await expect(page.locator(`.slidev-page-${no} h1`)).toBeVisible()
  for (let k = 0; k <= clicks; k++) {
    if (k > 0)
      await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(stepUrl(no, k))
    await page.evaluate(() => Promise.all(document.getAnimations()
      .filter(a => Number.isFinite(a.effect?.getComputedTiming().endTime))
      .map(a => a.finished.catch(() => {}))))
    await check(k)
  }
}

/** Elements of slide `no` that leave the slide's canvas, or whose text is cut by their own box. */
export function overflowOf(page: Page, no: number): Promise<string[]> {
  return page.evaluate((no) => {
    const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`)
    if (!layout)
      return [`slide ${no}: no layout`]
    const frame = layout.getBoundingClientRect()
    const name = (el: Element) => {
      const classes = el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
      return `${el.tagName.toLowerCase()}${classes} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    }
    const bad: string[] = []
    for (const el of layout.querySelectorAll('*')) {
      if (el.closest('.sr-only, defs, title, desc'))
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1)
        bad.push(`outside the slide: ${name(el)}`)
      if (el instanceof HTMLElement) {
        const s = getComputedStyle(el)
        const clips = [s.overflowX, s.overflowY].some(o => o === 'hidden' || o === 'clip')
        if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
          bad.push(`text clipped by its box: ${name(el)}`)
      }
    }
    return bad
  }, no)
}

/** The heading as rendered, for comparison with the parsed title. */
export function plainTitle(title: string) {
  return title.replace(/<[^>]+>/g, '').replace(/'/g, '\u2019').replace(/\s+/g, ' ').trim()
}

export interface Run { text: string, px: number, svg: boolean, source: boolean }

/** Every run of text on the slide with its rendered size in canvas pixels. */
export function textRuns(page: Page, no: number): Promise<Run[]> {
  return page.evaluate((no) => {
    const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`) as HTMLElement
    const scale = layout.getBoundingClientRect().width / layout.offsetWidth
    const runs: Run[] = []
    const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!
      const text = (n.textContent ?? '').trim()
      if (!text || el.closest('.sr-only, title, desc, style, script'))
        continue
      const rect = el.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0 || getComputedStyle(el).visibility === 'hidden')
        continue
      const svg = el.closest('svg')
      let px = Number.parseFloat(getComputedStyle(el).fontSize)
      if (svg) {
        // SVG text is in the viewBox's units: scale by how large the SVG is drawn on the canvas.
        const vb = svg.viewBox.baseVal
        px = px * (svg.getBoundingClientRect().width / scale) / (vb && vb.width ? vb.width : svg.getBoundingClientRect().width / scale)
      }
      // Source lines are set small on purpose (12–13 px, STYLE.md): they count for the 12 px floor, not as body text.
      const source = Boolean(el.closest('.source-line, .src'))
      runs.push({ text: text.slice(0, 40), px: Math.round(px * 10) / 10, svg: Boolean(svg), source })
    }
    return runs
  }, no)
}

/**
 * The back row's limit at one step (STYLE.md): everything the audience reads at 18 canvas px or more, HTML and SVG
 * alike (24 px on a 1280-wide screen); source lines are small on purpose and may go down to 12 px.
 */
export function legibilityProblems(runs: Run[]): string[] {
  return [
    ...runs.filter(r => !r.source && r.px < 18).map(r => `under 18 px: ${r.px}px "${r.text}"`),
    ...runs.filter(r => r.source && r.px < 12).map(r => `source line under 12 px: ${r.px}px "${r.text}"`),
  ]
}

/**
 * What is wrong with the slide's foot at one step: each visible source line one line, on the headline's left edge and
 * at the grid's foot (so it never moves between clicks or slides), and no other text of the slide over it.
 */
export function sourceLineProblems(page: Page, no: number): Promise<string[]> {
  return page.evaluate((no) => {
    const layout = document.querySelector(`.slidev-page-${no} .slidev-layout`) as HTMLElement
    const scale = layout.getBoundingClientRect().width / layout.offsetWidth
    const frame = layout.getBoundingClientRect()
    const h1 = layout.querySelector('h1')!.getBoundingClientRect()
    const lines = [...layout.querySelectorAll<HTMLElement>('.source-line')].filter(el => el.getBoundingClientRect().height > 0)
    const bad: string[] = []
    for (const el of lines) {
      const r = el.getBoundingClientRect()
      const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) * scale
      const name = `"${(el.textContent ?? '').trim().slice(0, 40)}"`
      if (r.height > lineHeight * 1.5)
        bad.push(`${Math.round(r.height / lineHeight)} lines: ${name}`)
      // The theme sets headlines 0.05 em to the left so their large glyphs line up by eye: up to 3 canvas px.
      if (Math.abs(r.left - h1.left) / scale > 3)
        bad.push(`${Math.round((r.left - h1.left) / scale)} px off the headline's left edge: ${name}`)
      if (Math.abs(frame.bottom - r.bottom) / scale > 16)
        bad.push(`${Math.round((frame.bottom - r.bottom) / scale)} px above the slide's foot: ${name}`)
      const walker = document.createTreeWalker(layout, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const other = n.parentElement!
        if (!(n.textContent ?? '').trim() || other.closest('.source-line, .sr-only, title, desc, style, script'))
          continue
        const range = document.createRange()
        range.selectNodeContents(n)
        for (const o of range.getClientRects()) {
          if (o.width && o.height && o.left < r.right && o.right > r.left && o.top < r.bottom - 1 && o.bottom > r.top + 1)
            bad.push(`"${(n.textContent ?? '').trim().slice(0, 30)}" over the source line ${name}`)
        }
      }
    }
    return bad
  }, no)
}
