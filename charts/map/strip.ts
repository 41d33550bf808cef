// Phase 5, the strip above the frame: actors with no place on the map (Washington, the European capitals), each
// pointing toward its capital, and at its right end the attacks' dates.
import type { Actor, Event } from '../../data'
import type { Box } from '../geometry'
import type { Badge, DateKeyItem } from './model'
import { textWidth } from '../labels'
import { formatDate } from '../timeline'
import { badgeSize, KEY_R, MAP_FONT } from './model'

/** The off-map actors stacked left to right after the strip's heading; `end`: where the last one's words end. */
export function stripBadges(actors: Actor[], strip: Box): { badges: Badge[], end: number } {
  const badges: Badge[] = []
  let x = textWidth('Off the map', MAP_FONT.small, true) + 18
  for (const a of actors.filter(a => 'edge' in a.anchor)) {
    const { w, h } = badgeSize(a.short)
    const toward = (a.anchor as { toward: string }).toward
    badges.push({ actor: a, text: a.short, x: x + w / 2, y: strip.y + strip.h / 2, w, h, step: 0, inStrip: true, toward })
    x += w + textWidth(`← ${toward}`, MAP_FONT.small) + 30
  }
  return { badges, end: x }
}

/**
 * The attacks' dates, right-aligned in the strip, each with its number as the map draws it: the order of the numbers
 * on the map is then the order in time, and the handout reader needs no other slide to know it. Throws where they
 * would run into the off-map actors, which end at `after`.
 */
export function layoutDateKey(attacks: Event[], strip: Box, after: number): DateKeyItem[] {
  const dateKey = attacks.map((e, i) => ({ number: i + 1, text: formatDate(e.date), step: i + 1, x: 0, y: strip.h / 2, r: KEY_R }))
  let keyX = strip.x + strip.w - 4
  for (const k of [...dateKey].reverse()) {
    keyX -= textWidth(k.text, MAP_FONT.small) + 2 * KEY_R + 6
    k.x = keyX + KEY_R
    keyX -= 16
  }
  if (keyX < after)
    throw new Error(`layoutActorMap: the attacks' dates need ${Math.ceil(after - keyX)} px more in the strip`)
  return dateKey
}
