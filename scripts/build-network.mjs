// Runs the actor network's layout search for the current data and stores what it chose (each node's row, each
// relation's bend) in charts/networkChoice.json, so that the deck draws the figure without searching again.
// Run after changing data/relations.ts, the actors or events the network shows, or charts/network/: a unit test
// fails while the stored result is not the search's. Run: npm run build:network
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import { writeFileAtomic } from './lib/atomic-write.mjs'
import { run } from './lib/cli.mjs'
import { loadFacts } from './lib/facts.mjs'

const OUT = 'charts/networkChoice.json'

await run('build:network', OUT, async () => {
  const facts = await loadFacts()
  const entry = fileURLToPath(new URL('../charts/network/index.ts', import.meta.url))
  const { module } = await runnerImport(entry, { configFile: false, logLevel: 'silent' })
  const started = performance.now()
  const { choice } = module.searchNetwork(facts)
  await writeFileAtomic(fileURLToPath(new URL(`../${OUT}`, import.meta.url)), `${JSON.stringify(choice, null, 2)}\n`)
  console.log(`wrote ${OUT} (${choice.fingerprint}) after a ${Math.round(performance.now() - started)} ms search`)
})
