// Phase 4, the furniture, placed before any label so that labels avoid it: the inset top right, the scale bar with
// north and the credit bottom right, and the two panels every stage keeps free.
import type { GeoProjection } from 'd3-geo'
import type { Box } from '../geometry'
import type { Credit, ScaleBar } from './model'
import { textWidth } from '../labels'
import { scaleBar } from '../projection'
import { MAP_FONT, PANELS } from './model'

export interface Furniture { credit: Credit, bar: ScaleBar, boxes: Box[] }

/** The scale bar sits over the south-east corner (Iran's Zagros), where nothing of the story happens. */
export function layoutFurniture(frame: Box, inset: Box, projection: GeoProjection): Furniture {
  const credit = { text: 'Borders: Natural Earth', x: frame.x + frame.w - 8, y: frame.y + frame.h - 10 }
  const barY = frame.y + frame.h - 40
  const probe = scaleBar(projection, frame.x + frame.w - 260, barY)
  const barAt = { x: frame.x + frame.w - probe.px - 64, y: barY }
  const bar = { ...scaleBar(projection, barAt.x, barAt.y), ...barAt }
  const creditW = textWidth(credit.text, MAP_FONT.furniture)
  const boxes: Box[] = [
    { x: inset.x - 4, y: inset.y - 4, w: inset.w + 8, h: inset.h + 8 },
    { x: bar.x - 4, y: bar.y - 30, w: bar.px + 60, h: 36 },
    { x: credit.x - creditW - 4, y: credit.y - 18, w: creditW + 8, h: 24 },
    PANELS.east,
    PANELS.west,
  ]
  return { credit, bar, boxes }
}
