// The single source of every fact the slides, the timeline and the map show: validated on import.
import { actors } from './actors'
import { claims } from './claims'
import { events } from './events'
import { figures } from './figures'
import { glossary } from './glossary'
import { names } from './names'
import { places } from './places'
import { relations } from './relations'
import { since } from './since'
import { sources } from './sources'
import { validateFacts } from './validate'

export const rawFacts = { sources, places, actors, events, relations, figures, claims, glossary, since, names }
export const facts = validateFacts(rawFacts)
export type { Actor, Claim, Event, Figure, Place, Relation, Since, Source } from './schema'
export type { Facts } from './validate'
