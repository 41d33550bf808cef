// Runs of nine words, for the check that the deck copies no sentence of the article: the article is not ours to
// ship, so the repository keeps only a one-way fingerprint of each run (tests/fixtures/article-9grams.json).
import { createHash } from 'node:crypto'

/** @param {string} text */
export function words(text) {
  return text.toLowerCase().replace(/[^\w\s']/g, ' ').replace(/\s+/g, ' ').trim().split(' ')
}

/** Every run of `n` words of `text`. @param {string} text @param {number} [n] */
export function runs(text, n = 9) {
  const w = words(text)
  return w.slice(0, 1 - n || undefined).map((_, i) => w.slice(i, i + n).join(' ')).filter(r => r.split(' ').length === n)
}

/** A run's fingerprint: 16 hex digits of its SHA-256, enough to tell runs apart, not to read them back. @param {string} run */
export function fingerprint(run) {
  return createHash('sha256').update(run).digest('hex').slice(0, 16)
}

/** The sorted, distinct fingerprints of a text's nine-word runs. @param {string} text */
export function fingerprints(text) {
  return [...new Set(runs(text).map(fingerprint))].sort()
}
