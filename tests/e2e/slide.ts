import type { Page } from '@playwright/test'

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
