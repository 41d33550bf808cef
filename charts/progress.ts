// The header band's progress: where a slide sits in the talk, as one segment per talk slide (the backups apart).

export interface ProgressSlide { no: number, backup: boolean, section?: string }

/** The band of slide `no`: its section, and a segment per talk slide, those up to this one filled. None on the cover. */
export function headerBand(slides: ProgressSlide[], no: number) {
  const talk = slides.filter(s => !s.backup)
  const slide = slides.find(s => s.no === no)
  if (!slide?.section)
    return undefined
  const at = talk.findIndex(s => s.no === no)
  return {
    section: slide.section,
    /** this slide's place among the talk's slides, 1-based; a backup sits after the last */
    position: at >= 0 ? at + 1 : talk.length,
    total: talk.length,
    segments: talk.map((s, i) => ({ no: s.no, filled: at >= 0 ? i <= at : true })),
  }
}
