import { z } from 'zod'
import { VERDICTS } from './verdicts'

const id = z.string().regex(/^[a-z0-9-]+$/, 'is not an id (lower-case letters, digits, dashes)')
const text = z.string().trim().min(1, 'is empty')
const sourceIds = z.array(id).min(1, 'names no source')
const isoDay = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'is not a date (YYYY-MM-DD)', abort: true })
  .refine(d => z.iso.date().safeParse(d).success, 'is not a real calendar date')
const count = z.number().int('is not a whole number').nonnegative('is negative')

export const sourceSchema = z.object({
  id,
  /** what kind of source it is, for the sources slide: the article, the press, official texts, research, reference data */
  kind: z.enum(['article', 'news', 'official', 'research', 'reference']),
  publisher: text,
  /** the page's own headline, word for word; or, with `described`, a description written for the deck */
  title: text,
  /** the title is our description of the page (a dataset, a reference page, a page whose headline is not confirmed) */
  described: z.boolean().default(false),
  /** what a reader should know of the page itself (it shows no date, say) */
  note: text.optional(),
  date: isoDay.optional(),
  url: z.url('is not a URL').refine(u => !/\/preview\//.test(u), 'is a CMS preview page, not a public address'),
  /** the primary or official source (the article; an official statement) */
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
  shape: z.enum(['circle', 'square', 'diamond', 'triangle', 'hexagon', 'star', 'bar']),
  note: text,
  sources: sourceIds,
})

const casualty = z.object({
  count,
  who: text,
  /** where the person was hurt, for the unit chart: inside the base, or in the streets around it */
  where: z.enum(['base', 'outside']).optional(),
  /** the person is a US citizen, as the record reports it */
  us: z.boolean().default(false),
  /** the count is a minimum ("at least 3") */
  atLeast: z.boolean().default(false),
  /** whether anyone was hurt at all is disputed */
  disputed: z.boolean().default(false),
  /** a higher count that another source gave, with who gave it */
  otherCount: z.object({ count, by: text }).optional(),
  /** for the dead: the person is also counted among the injured of the same place (wounded, died later) */
  amongInjured: z.boolean().default(false),
})

export const eventSchema = z.object({
  id,
  date: isoDay,
  /** local time (UTC+3 in Iraq, UTC+2 in Syria then), only where the record gives one */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'is not a time (HH:MM)').optional(),
  /** the time in words where it is approximate or given elsewhere ("about 01:00–02:00; 25 Feb, 6 pm in Washington") */
  timeNote: text.optional(),
  /** part of the day where the record gives no hour; an event with neither is drawn as "hour unknown" */
  partOfDay: z.enum(['morning', 'afternoon', 'evening', 'night']).optional(),
  /** where it happened; statements and calls made far away have none */
  place: id.optional(),
  kind: z.enum(['attack', 'raid', 'statement', 'call', 'briefing', 'strike']),
  /** the actor who acted: its colour and shape mark the event on the timeline and the map */
  actor: id,
  title: text,
  /** the attack's name over its pin on the timeline, where three sit days apart and must centre on their own day */
  short: text.max(12, 'is longer than 12 characters: it sits over one day of the timeline').optional(),
  summary: text,
  rockets: count.optional(),
  /** the rocket count is an estimate ("about 14"): totals that include it say "about" too */
  rocketsApprox: z.boolean().default(false),
  /** how sure the rocket count is, in words ("about", "first reports said 3") */
  rocketsNote: text.optional(),
  injured: z.array(casualty).default([]),
  killed: z.array(casualty).default([]),
  /** who claimed it, in words ("no immediate claim" where none did) */
  claimedBy: text.optional(),
  /** the actor the claiming group belongs to, as the record describes it: the map draws the attack's arrow from it */
  claimant: id.optional(),
  /**
   * who named a culprit, and when: a blame that came after the article is never drawn on a figure of the attack week
   * (before it, Washington was still determining who did it)
   */
  blame: z.object({ on: z.array(id).min(1, 'names no actor'), by: text, date: isoDay }).optional(),
  /** what the article says, where it differs from the record */
  articleSays: text.optional(),
  /** the scorecard's claim about this event: the figures show it in the article's one voice, with its verdict */
  claim: id.optional(),
  afterArticle: z.boolean().default(false),
  /** background before the February 2021 window (Soleimani, Daesh's defeat): not on the timeline */
  background: z.boolean().default(false),
  /** false for an event of the week the timeline leaves out (told on another slide and in the handout) */
  onTimeline: z.boolean().default(true),
  sources: sourceIds,
})

export const relationSchema = z.object({
  id,
  from: id,
  /** the actor acted upon; a relation aimed at one event (a statement on one attack) names the event instead */
  to: id.optional(),
  event: id.optional(),
  /** who says so, where the relation is a claim rather than an established fact */
  claim: text.optional(),
  kind: z.enum(['backs', 'attacks', 'condemns', 'supports', 'opposes', 'investigates']),
  /** when, in words: a date, a span of dates, or "ongoing" */
  when: text,
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
  /** the day the figure was true: a count that has changed since carries its date on every slide that shows it */
  asOf: isoDay.optional(),
  /** who gave a figure where reports disagree, in a few words a chart can label a row with */
  by: text.max(20, 'is longer than 20 characters: a row label').optional(),
  says: text,
  sources: sourceIds,
})

/** What has changed since February 2021, for an audience after it: each line dated and sourced. */
export const sinceSchema = z.object({
  id,
  /** when it happened, as the source dates it */
  date: isoDay,
  /** the line as the slide shows it, in the past tense */
  text: text.max(80, 'is longer than 80 characters: one short line'),
  /** the fuller line for the notes and the handout */
  detail: text,
  sources: sourceIds,
})

/** How a claim of the article stands against the record: a word and a symbol, never colour alone. */

/** One row of the scorecard: what the article says, what the record says, and the verdict. */
export const claimSchema = z.object({
  id,
  /** the article's claim, in our words; a short quoted phrase in quotation marks at most */
  article: text.max(42, 'is longer than 42 characters: a room reads a short claim'),
  /** the record in a line the room can read */
  record: text.max(44, 'is longer than 44 characters: put the rest in detail'),
  /** the record in full, with who said what, for the handout */
  detail: text,
  verdict: z.enum(VERDICTS),
  sources: sourceIds,
})

/** A name the talk uses, explained for the handout. */
export const glossarySchema = z.object({
  term: text,
  meaning: text,
  sources: sourceIds,
})

/** How to say a name the talk uses: a rough English respelling, the stressed syllable in capitals. */
export const nameSchema = z.object({
  id,
  name: text,
  say: z.string()
    .regex(/^[a-z -]+$/i, 'is not a respelling (letters, spaces and hyphens)')
    .refine(s => /[A-Z]{2}/.test(s), 'marks no stressed syllable in capitals'),
})

export type Name = z.output<typeof nameSchema>
export type NameInput = z.input<typeof nameSchema>
export type Since = z.output<typeof sinceSchema>
export type SinceInput = z.input<typeof sinceSchema>
export type Glossary = z.output<typeof glossarySchema>
export type GlossaryInput = z.input<typeof glossarySchema>
export type Claim = z.output<typeof claimSchema>
export type ClaimInput = z.input<typeof claimSchema>
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
