// Phase 2, the story: what the map tells and at which click. The attacks in the timeline's order, the relations it
// can draw as arrows, and when each actor first appears.
import type { Actor, Event, Facts, Place, Relation } from '../../data'
import type { Site } from './model'
import { timelineEvents } from '../timeline'

/** The relations the map draws: force used somewhere, and backing between two actors on the ground. */
export function mapRelations(facts: Facts, showAfter: boolean): Relation[] {
  const onMap = (id?: string) => {
    const a = facts.actors.find(x => x.id === id)
    return a !== undefined && 'place' in a.anchor
  }
  return facts.relations.filter(r => (showAfter || !r.afterArticle)
    && ((r.kind === 'attacks' && r.place !== undefined) || (r.kind === 'backs' && onMap(r.from) && onMap(r.to))))
}

export type Story = ReturnType<typeof tellStory>

export function tellStory(facts: Facts, showAfter: boolean) {
  const attacks = timelineEvents(facts.events, showAfter).filter(e => e.kind === 'attack')
  // An arrow from an actor to an attack says who did it: drawn only on a claim made that week. A blame that came after
  // the article (the Pentagon's, with its strikes) does not draw the week's figure. The others are keyed as unclaimed.
  const attributed = attacks.filter(e => e.claimant === e.actor)
  const unclaimed = attacks.filter(e => !attributed.includes(e))
  /** an attack's click, and its number on the map */
  const stepOf = (e: Event) => attacks.indexOf(e) + 1
  const relations = mapRelations(facts, showAfter)
  const relationStep = (r: Relation) => attacks.length + 1 + relations.indexOf(r)
  const placeOf = (id: string): Place => facts.places.find(p => p.id === id)!
  // An actor at a place where nothing is attacked names that place itself ("Daesh · Tarmiyah"): one label, not two.
  const anchoredAt = (placeId: string): Actor | undefined =>
    facts.actors.find(a => 'place' in a.anchor && a.anchor.place === placeId)
  const merged = (s: Site) => !s.event && anchoredAt(s.place.id) !== undefined
  // Force used on such an actor there ends at its badge, whose leader marks the place: Tarmiyah's pin is hemmed in
  // between Balad's and the Green Zone's, where an arrow would have to run under their names.
  const atBadge = (r: Relation) => r.place !== undefined && r.to !== undefined && anchoredAt(r.place)?.id === r.to

  // When an actor first appears: with its first arrow; an actor with none but a place of its own, from the start.
  const firstStep = new Map<string, number>()
  const seen = (id: string, step: number) => firstStep.set(id, Math.min(firstStep.get(id) ?? Infinity, step))
  attributed.forEach(e => seen(e.actor, stepOf(e)))
  relations.forEach((r) => {
    seen(r.from, relationStep(r))
    if (r.to)
      seen(r.to, relationStep(r))
  })
  return { attacks, attributed, unclaimed, relations, stepOf, relationStep, placeOf, anchoredAt, merged, atBadge, firstStep }
}
