// Loads the project's TypeScript (the validated facts under data/, and pure helpers) into a Node script, through
// Vite's module runner.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

/** A TypeScript module of the project, by its path from the project's root ("composables/budget.ts"). */
export async function loadModule(path) {
  const entry = fileURLToPath(new URL(`../../${path}`, import.meta.url))
  const { module } = await runnerImport(entry, { configFile: false, logLevel: 'silent' })
  return module
}

export async function loadFacts() {
  return (await loadModule('data/index.ts')).facts
}
