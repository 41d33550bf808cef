// Phase 4, the furniture, placed before any label so that labels avoid it: the inset bottom left; scale bar, north,
// credit, and the key or a note bottom right.
import type { GeoProjection } from 'd3-geo'
import type { Box } from '../geometry'
import type { Credit, KeyNote, ScaleBar } from './model'
import { textWidth } from '../labels'
import { scaleBar } from '../projection'
import { KEY_LINE, MAP_FONT, NOTE_BOX } from './model'

/** The key's line for attacks with no confirmed claim: "Attacks 2 and 3: no confirmed claim, no arrow". */
export function unclaimedText(numbers: number[]): string {
  return `Attack${numbers.length > 1 ? 's' : ''} ${numbers.join(' and ')}: no confirmed claim, no arrow`
}

export interface Furniture { credit: Credit, note?: Box, bar: ScaleBar, keyNote?: KeyNote, boxes: Box[] }

/**
 * The scale bar sits over the south-east corner (the Gulf coast), where nothing of the story happens. A note takes
 * that corner above the credit, and the bar moves to its left: every place and badge stays where slide 5 has it.
 * `unclaimed`: the numbers of the attacks the key names as having no arrow.
 */
export function layoutFurniture(frame: Box, inset: Box, projection: GeoProjection, withNote: boolean, unclaimed: number[]): Furniture {
  const credit = { text: 'Borders: Natural Earth', x: frame.x + frame.w - 8, y: frame.y + frame.h - 10 }
  const note = withNote
    ? { x: frame.x + frame.w - NOTE_BOX.w - NOTE_BOX.margin, y: frame.y + frame.h - NOTE_BOX.h - 30, w: NOTE_BOX.w, h: NOTE_BOX.h }
    : undefined
  const barY = frame.y + frame.h - 36
  const barEnd = note ? note.x - 60 : frame.x + frame.w
  const probe = scaleBar(projection, barEnd - 200, barY)
  const barAt = { x: barEnd - probe.px - 50, y: barY }
  const bar = { ...scaleBar(projection, barAt.x, barAt.y), ...barAt }
  const creditW = textWidth(credit.text, MAP_FONT.small)
  const boxes: Box[] = [
    { x: inset.x - 4, y: inset.y - 4, w: inset.w + 8, h: inset.h + 8 },
    { x: bar.x - 4, y: bar.y - 28, w: bar.px + 48, h: 34 },
    { x: credit.x - creditW - 4, y: credit.y - 16, w: creditW + 8, h: 22 },
  ]
  if (note)
    boxes.push(note)
  const keyNote = note ? undefined : layoutKeyNote(frame, bar, unclaimed)
  if (keyNote)
    boxes.push(keyNote.box)
  return { credit, note, bar, keyNote, boxes }
}

/** What the arrows mean, above the scale bar: who acted on whom, not where from; and why some pins have none. */
function layoutKeyNote(frame: Box, bar: ScaleBar, unclaimed: number[]): KeyNote {
  // Each unclaimed attack joins the key with its own pin, so the key never names a pin not yet drawn.
  const unclaimedPins = unclaimed.map(n => ({ number: n, step: n }))
  const arrowsLine = { text: 'Arrows: who acted on whom, not from where', step: 1 }
  const widest = [arrowsLine.text, ...(unclaimedPins.length ? [unclaimedText(unclaimedPins.map(u => u.number))] : [])]
  const w = Math.max(...widest.map(t => textWidth(t, MAP_FONT.key))) + 12
  const h = KEY_LINE * widest.length + 8
  return { arrowsLine, unclaimed: unclaimedPins, box: { x: frame.x + frame.w - 8 - w, y: bar.y - 34 - h, w, h } }
}
