import { describe, expect, it } from 'vitest'
import { headerBand } from '../../charts/progress'
import { isBackup } from '../../composables/budget'
import { deck } from '../deck'

const slides = deck.slides.map(s => ({ no: s.no, backup: isBackup(s), section: s.frontmatter.section as string | undefined }))
const talk = slides.filter(s => !s.backup)

describe('the header band', () => {
  it('names a section on every slide but the cover, from the sections STYLE.md lists', () => {
    expect(headerBand(slides, 1)).toBeUndefined()
    const sections = new Set(slides.slice(1).map(s => headerBand(slides, s.no)?.section))
    expect([...sections])
      .toEqual(['The attacks', 'The actors', 'Washington’s answer', 'The check', 'Why Iraq', 'Sources', 'Questions', 'Backup'])
  })
  it('fills a segment a talk slide up to this one, the backups apart', () => {
    const fifth = headerBand(slides, talk[4].no)!
    expect(fifth.total).toBe(talk.length)
    expect(fifth.position).toBe(5)
    expect(fifth.segments.map(s => s.filled)).toEqual(talk.map((_, i) => i <= 4))
    const last = headerBand(slides, talk.at(-1)!.no)!
    expect(last.segments.every(s => s.filled)).toBe(true)
    const backup = headerBand(slides, slides.find(s => s.backup)!.no)!
    expect(backup.position).toBe(talk.length)
    expect(backup.segments).toHaveLength(talk.length)
  })
  it('never runs backwards: each talk slide is at least as far along as the one before', () => {
    const positions = talk.slice(1).map(s => headerBand(slides, s.no)!.position)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(new Set(positions).size).toBe(positions.length)
  })
})
