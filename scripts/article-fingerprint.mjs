// Writes the article's fingerprint (tests/fixtures/article-9grams.json): a one-way hash of each run of nine words of
// ../shared/article.txt, so that the own-words test runs on any clone, with or without the article beside it.
// Run after the article changes: npm run build:fingerprint
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { writeFileAtomic } from './lib/atomic-write.mjs'
import { run } from './lib/cli.mjs'
import { fingerprints } from './lib/ngrams.mjs'

const ARTICLE = fileURLToPath(new URL('../../shared/article.txt', import.meta.url))
const OUT = 'tests/fixtures/article-9grams.json'

await run('build:fingerprint', OUT, async () => {
  const list = fingerprints(await readFile(ARTICLE, 'utf8'))
  await writeFileAtomic(fileURLToPath(new URL(`../${OUT}`, import.meta.url)), `${JSON.stringify(list, null, 2)}\n`)
  console.log(`wrote ${OUT}: ${list.length} nine-word runs, fingerprinted`)
})
