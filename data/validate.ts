import type { z } from 'zod'
import type {
  Actor,
  ActorInput,
  Claim,
  ClaimInput,
  Event,
  EventInput,
  Figure,
  FigureInput,
  Glossary,
  GlossaryInput,
  Name,
  NameInput,
  Place,
  PlaceInput,
  Relation,
  RelationInput,
  Since,
  SinceInput,
  Source,
  SourceInput,
} from './schema'
import {
  actorSchema,
  claimSchema,
  eventSchema,
  figureSchema,
  glossarySchema,
  nameSchema,
  placeSchema,
  relationSchema,
  sinceSchema,
  sourceSchema,
} from './schema'

export interface RawFacts {
  sources: SourceInput[]
  places: PlaceInput[]
  actors: ActorInput[]
  events: EventInput[]
  relations: RelationInput[]
  figures: FigureInput[]
  claims: ClaimInput[]
  glossary: GlossaryInput[]
  since: SinceInput[]
  names: NameInput[]
}
export interface Facts {
  sources: Source[]
  places: Place[]
  actors: Actor[]
  events: Event[]
  relations: Relation[]
  figures: Figure[]
  claims: Claim[]
  glossary: Glossary[]
  since: Since[]
  names: Name[]
}

/** Thrown when data/ is wrong; each problem names the file, the record and the field. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`data/ has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`)
    this.name = 'DataError'
  }
}

const FILES = {
  sources: 'source',
  places: 'place',
  actors: 'actor',
  events: 'event',
  relations: 'relation',
  figures: 'figure',
  claims: 'claim',
  glossary: 'glossary entry',
  since: 'since-then line',
  names: 'name',
} as const
type Collection = keyof typeof FILES

function valueAt(record: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], record)
}

function show(value: unknown) {
  return value === undefined ? '' : ` ${JSON.stringify(value)}`
}

function parseAll<S extends z.ZodTypeAny>(name: Collection, schema: S, records: unknown[], problems: string[]): z.output<S>[] {
  const out: z.output<S>[] = []
  const seen = new Set<string>()
  records.forEach((record, i) => {
    const rid = (record as { id?: unknown })?.id
    const label = `data/${name}.ts: ${FILES[name]} ${typeof rid === 'string' && rid ? `"${rid}"` : `#${i + 1}`}`
    if (typeof rid === 'string') {
      if (seen.has(rid))
        problems.push(`${label}: id is used twice`)
      seen.add(rid)
    }
    const result = schema.safeParse(record)
    if (result.success) {
      out.push(result.data)
    }
    else {
      for (const issue of result.error.issues) {
        const field = issue.path.join('.') || '(record)'
        problems.push(`${label}: ${field}${show(valueAt(record, issue.path))} ${issue.message}`)
      }
    }
  })
  return out
}

export function validateFacts(raw: RawFacts): Facts {
  const problems: string[] = []
  const facts: Facts = {
    sources: parseAll('sources', sourceSchema, raw.sources, problems),
    places: parseAll('places', placeSchema, raw.places, problems),
    actors: parseAll('actors', actorSchema, raw.actors, problems),
    events: parseAll('events', eventSchema, raw.events, problems),
    relations: parseAll('relations', relationSchema, raw.relations, problems),
    figures: parseAll('figures', figureSchema, raw.figures, problems),
    claims: parseAll('claims', claimSchema, raw.claims, problems),
    glossary: parseAll('glossary', glossarySchema, raw.glossary, problems),
    since: parseAll('since', sinceSchema, raw.since, problems),
    names: parseAll('names', nameSchema, raw.names, problems),
  }
  // Ids of records that failed their own checks still count, so one bad field reports one problem.
  const ids = (list: unknown[]) => new Set(list.map(r => (r as { id?: unknown })?.id).filter(v => typeof v === 'string'))
  const known = {
    sources: ids(raw.sources),
    places: ids(raw.places),
    actors: ids(raw.actors),
    events: ids(raw.events),
    claims: ids(raw.claims),
  }
  const check = (file: Collection, rid: string, field: string, value: string | undefined, kind: keyof typeof known) => {
    if (value !== undefined && !known[kind].has(value))
      problems.push(`data/${file}.ts: ${FILES[file]} "${rid}": ${field} "${value}" is not a known ${FILES[kind]} (data/${kind}.ts)`)
  }
  const checkSources = (file: Collection, r: { id: string, sources: string[] }) =>
    r.sources.forEach((s, i) => check(file, r.id, `sources.${i}`, s, 'sources'))

  for (const p of facts.places) {
    checkSources('places', p)
    check('places', p.id, 'partOf', p.partOf, 'places')
  }
  facts.actors.forEach(a => checkSources('actors', a))
  for (const e of facts.events) {
    checkSources('events', e)
    check('events', e.id, 'place', e.place, 'places')
    check('events', e.id, 'actor', e.actor, 'actors')
    check('events', e.id, 'claimant', e.claimant, 'actors')
    check('events', e.id, 'claim', e.claim, 'claims')
    e.blame?.on.forEach((b, i) => check('events', e.id, `blame.on.${i}`, b, 'actors'))
    if (e.kind === 'attack' && !e.place)
      problems.push(`data/events.ts: event "${e.id}": place is required for an attack`)
  }
  for (const r of facts.relations) {
    checkSources('relations', r)
    check('relations', r.id, 'from', r.from, 'actors')
    check('relations', r.id, 'to', r.to, 'actors')
    check('relations', r.id, 'event', r.event, 'events')
    if ((r.to === undefined) === (r.event === undefined))
      problems.push(`data/relations.ts: relation "${r.id}": to or event is required, not both`)
    check('relations', r.id, 'place', r.place, 'places')
    if (r.from === r.to)
      problems.push(`data/relations.ts: relation "${r.id}": to "${r.to}" is the same actor as from`)
  }
  facts.figures.forEach(c => checkSources('figures', c))
  facts.glossary.forEach(g => checkSources('glossary', { id: g.term, sources: g.sources }))
  facts.since.forEach(l => checkSources('since', l))
  for (const c of facts.claims) {
    checkSources('claims', c)
    if (!c.sources.includes('atalayar'))
      problems.push(`data/claims.ts: claim "${c.id}": sources must include the article ("atalayar")`)
  }
  // Counted on the raw records, so a record that failed its own checks still cites its sources.
  const records = [raw.places, raw.actors, raw.events, raw.relations, raw.figures, raw.claims, raw.glossary, raw.since].flat()
  const cited = new Set(records
    .flatMap(r => (Array.isArray(r?.sources) ? r.sources : [])))
  for (const s of facts.sources) {
    if (!cited.has(s.id) && s.id !== 'natural-earth' && s.id !== 'atalayar-es')
      problems.push(`data/sources.ts: source "${s.id}": id is cited by no record`)
  }
  if (problems.length)
    throw new DataError(problems)
  return facts
}
