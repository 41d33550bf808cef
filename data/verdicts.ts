// What the scorecard may say of a claim of the article (data/claims.ts), in a module of its own: the slides read it
// without the schema (and zod) that checks the claims against it.
export const VERDICTS = ['agrees', 'loose', 'disputed', 'later-event', 'overstated', 'understated'] as const
