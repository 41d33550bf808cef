// The test worker of the kept-threads pool (keptThreads.ts): Vitest's own thread worker, except that it sets up its
// environment once and outlives the run, so that the next run finds the modules it imported still loaded. The data
// (data/, and every JSON file: the facts, the borders, the stored results) is read again for every run, as in a new
// thread: a mutant can change the data it is given (with a copy taken away, a sort sorts the facts themselves), and
// that must not outlive its run. The layout code and the components keep nothing between calls, and stay loaded:
// reading them again too made a whole run half as long again (about 22 minutes against 15).
import { parentPort } from 'node:worker_threads'
import { init, runBaseTests, setupEnvironment } from 'vitest/worker'

/** @type {Promise<unknown> | undefined} */
let environment
/** @type {((message: unknown) => void)[]} */
const listeners = []
/** @type {import('vite/module-runner').EvaluatedModules | undefined} */
let modules

/**
 * Forgets the data modules loaded from the project, so that the next run reads them again.
 * @param {string} root the project's folder
 */
function forgetData(root) {
  for (const node of modules?.idToModuleMap.values() ?? []) {
    const file = node.file ?? ''
    if (!file.includes('/node_modules/') && (file.startsWith(`${root}/data/`) || file.endsWith('.json')))
      modules?.invalidateModule(node)
  }
}

init({
  post: message => parentPort?.postMessage(message),
  on: (listener) => {
    parentPort?.on('message', listener)
    listeners.push(listener)
  },
  off: listener => parentPort?.off('message', listener),
  // Vitest's worker drops every listener when its run stops, and so ends the thread: keep the first, the worker's
  // own, and drop only the run's channel, which each run opens anew.
  teardown: () => {
    for (const listener of listeners.splice(1))
      parentPort?.off('message', listener)
  },
  onModuleRunner: (runner) => {
    modules = runner.evaluatedModules
  },
  runTests: (state, traces) => {
    forgetData(state.config.root)
    return runBaseTests('run', state, traces)
  },
  collectTests: (state, traces) => runBaseTests('collect', state, traces),
  // One environment for the thread's life: a DOM made again would leave Vue holding the first one's document.
  setup: async (context) => {
    environment ??= setupEnvironment(context)
    await environment
    return async () => {}
  },
})
