// The test worker of the kept-threads pool (keptThreads.ts): Vitest's own thread worker, except that it sets up its
// environment once and outlives the run, so that the next run finds the modules it imported still loaded.
import { parentPort } from 'node:worker_threads'
import { init, runBaseTests, setupEnvironment } from 'vitest/worker'

/** @type {Promise<unknown> | undefined} */
let environment
/** @type {((message: unknown) => void)[]} */
const listeners = []

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
  runTests: (state, traces) => runBaseTests('run', state, traces),
  collectTests: (state, traces) => runBaseTests('collect', state, traces),
  // One environment for the thread's life: a DOM made again would leave Vue holding the first one's document.
  setup: async (context) => {
    environment ??= setupEnvironment(context)
    await environment
    return async () => {}
  },
})
