// Loads the validated facts (TypeScript under data/) into a Node script, through Vite's module runner.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

export async function loadFacts() {
  const entry = fileURLToPath(new URL('../../data/index.ts', import.meta.url))
  const { module } = await runnerImport(entry, { configFile: false, logLevel: 'silent' })
  return module.facts
}
