import { z } from 'zod'

const id = z.string().regex(/^[a-z0-9-]+$/, 'is not an id (lower-case letters, digits, dashes)')
const text = z.string().trim().min(1, 'is empty')
const sourceIds = z.array(id).min(1, 'names no source')
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'is not a date (YYYY-MM-DD)', abort: true }).refine(d => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a real calendar date')
const count = z.number().int('is not a whole number').nonnegative('is negative')

export const sourceSchema = z.object({
  id,
  publisher: text,
  title: text,
  date: isoDay.optional(),
  url: z.url('is not a URL'),
  primary: z.boolean().default(false),
})

export const placeSchema = z.object({
  id,
  name: text,
  lat: z.number().min(-90, 'is not a latitude (-90..90)').max(90, 'is not a latitude (-90..90)'),
  lon: z.number().min(-180, 'is not a longitude (-180..180)').max(180, 'is not a longitude (-180..180)'),
  kind: z.enum(['base', 'city', 'capital', 'zone', 'embassy', 'border-post']),
  country: z.enum(['Iraq', 'Iran', 'Syria', 'United States']),
  /** a place drawn as part of another one (the embassy inside the Green Zone) */
  partOf: id.optional(),
  note: text.optional(),
  sources: sourceIds,
})

export const actorSchema = z.object({
  id,
  name: text,
  short: text,
  kind: z.enum(['state', 'armed-group', 'government', 'regional-government', 'alliance']),
  colour: z.string().regex(/^#[0-9A-F]{6}$/, 'is not a colour (#RRGGBB)'),
  shape: z.enum(['circle', 'square', 'diamond', 'triangle', 'hexagon', 'star', 'cross']),
  /** where the actor's badge sits on the map: at a place, or on the frame edge toward a far capital */
  anchor: z.union([
    z.object({ place: id }),
    z.object({ edge: z.enum(['west', 'north-west', 'south-west']), toward: text }),
  ]),
  note: text,
  sources: sourceIds,
})

const casualty = z.object({ count, who: text })

export const eventSchema = z.object({
  id,
  date: isoDay,
  /** local time (UTC+3), only where the record gives one */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time (HH:MM)').optional(),
  /** where it happened; statements and calls made far away have none */
  place: id.optional(),
  kind: z.enum(['attack', 'raid', 'statement', 'call', 'briefing', 'strike']),
  /** the actor who acted: its colour and shape mark the event on the timeline and the map */
  actor: id,
  title: text,
  summary: text,
  rockets: count.optional(),
  /** how sure the rocket count is, in words ("about", "first reports said 3") */
  rocketsNote: text.optional(),
  injured: z.array(casualty).default([]),
  killed: z.array(casualty).default([]),
  claimedBy: text.optional(),
  blamedOn: z.array(id).default([]),
  /** what the article says, where it differs from the record */
  articleSays: text.optional(),
  afterArticle: z.boolean().default(false),
  /** background before the February 2021 window (Soleimani, Daesh's defeat): not on the timeline */
  background: z.boolean().default(false),
  sources: sourceIds,
})

export const relationSchema = z.object({
  id,
  from: id,
  to: id,
  kind: z.enum(['backs', 'attacks', 'condemns', 'supports', 'opposes']),
  /** where the action took place, when it has one place (the map shows it with the arrow) */
  place: id.optional(),
  label: text,
  note: text,
  afterArticle: z.boolean().default(false),
  sources: sourceIds,
})

/** A stand-alone figure a slide shows: from the article, or from the record. */
export const figureSchema = z.object({
  id,
  value: count,
  unit: text,
  from: z.enum(['article', 'record']),
  says: text,
  sources: sourceIds,
})

export type Figure = z.output<typeof figureSchema>
export type FigureInput = z.input<typeof figureSchema>
export type Source = z.output<typeof sourceSchema>
export type Place = z.output<typeof placeSchema>
export type Actor = z.output<typeof actorSchema>
export type Event = z.output<typeof eventSchema>
export type Relation = z.output<typeof relationSchema>
export type SourceInput = z.input<typeof sourceSchema>
export type PlaceInput = z.input<typeof placeSchema>
export type ActorInput = z.input<typeof actorSchema>
export type EventInput = z.input<typeof eventSchema>
export type RelationInput = z.input<typeof relationSchema>
