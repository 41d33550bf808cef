// Loads the project's TypeScript (the validated facts under data/, and pure helpers) into a Node script, through
// Vite's module runner.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

/**
 * A TypeScript module of the project, by its path from the project's root ("composables/budget.ts").
 * @template T the module, as `typeof import(path)`: the caller names it, since the runner loads whatever is there
 * @param {string} path the module's path from the root
 * @returns {Promise<T>} its exports
 */
export async function loadModule(path) {
  const entry = fileURLToPath(new URL(`../../${path}`, import.meta.url))
  /** @type {{ module: T }} */
  const { module } = await runnerImport(entry, { configFile: false, logLevel: 'silent' })
  return module
}

/** @returns {Promise<import('../../data/index').Facts>} the deck's facts, validated */
export async function loadFacts() {
  /** @type {typeof import('../../data/index')} */
  const data = await loadModule('data/index.ts')
  return data.facts
}
