// Runs the actor network's layout search for the current data and stores what it chose (each node's row, each
// relation's bend) in charts/networkChoice.json, so that the deck draws the figure without searching again.
// Run after changing data/relations.ts, the actors or events the network shows, or charts/network.ts: a unit test
// fails while the stored result is not the search's. Run: npm run build:network
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import { loadFacts } from './lib/facts.mjs'

const facts = await loadFacts()
const entry = fileURLToPath(new URL('../charts/network.ts', import.meta.url))
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'silent' })
const started = performance.now()
const choice = module.searchNetwork(facts)
const file = fileURLToPath(new URL('../charts/networkChoice.json', import.meta.url))
writeFileSync(file, `${JSON.stringify(choice, null, 2)}\n`)
console.log(`wrote charts/networkChoice.json (${choice.fingerprint}) after a ${Math.round(performance.now() - started)} ms search`)
