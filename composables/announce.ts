// What the live region says to a screen-reader user in the room or online: the slide on each slide change, and on each
// click only what that click reveals (the chart's own words for the step, from the data its alt text is made of).

export interface SlideInfo { no: number, title: string, backup: boolean }

/** "Slide 3 of 14: Why Iraq?", or "Backup slide 2: …" for a slide after the close, which the talk does not count. */
export function slideAnnouncement(slide: SlideInfo, slides: SlideInfo[]): string {
  const talk = slides.filter(s => !s.backup)
  const title = slide.title.replace(/<[^>]+>/g, '').trim()
  if (slide.backup) {
    const k = slides.filter(s => s.backup).findIndex(s => s.no === slide.no) + 1
    return `Backup slide ${k}: ${title}`
  }
  return `Slide ${talk.findIndex(s => s.no === slide.no) + 1} of ${talk.length}: ${title}`
}

/** A click's words, or nothing when the step says nothing new: the region must not repeat the whole slide. */
export function stepAnnouncement(note: string | undefined, previous: string | undefined): string | undefined {
  const said = note?.trim()
  return said && said !== previous?.trim() ? said : undefined
}

/**
 * What a click added to a chart's alt text: the sentences of `after` that `before` did not have, in order. The alt text
 * of each chart says what its step shows, so its new sentences are what the click revealed.
 */
export function newSentences(before: string, after: string): string {
  const split = (s: string) => s.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/).map(t => t.trim()).filter(Boolean)
  const left = split(before)
  return split(after).filter((t) => {
    const i = left.indexOf(t)
    if (i < 0)
      return true
    left.splice(i, 1)
    return false
  }).join(' ')
}
