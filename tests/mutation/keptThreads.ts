// A Vitest pool for mutation testing that keeps its test threads from one run to the next. Stryker asks Vitest for one
// run a mutant; Vitest's own pool ends its thread after every run, so each mutant paid for a new thread that imported
// Vue, happy-dom, the data and the layout code again before its first test (0.3 s a test file without a DOM, 0.9 s
// with one, measured). Here a thread lives as long as the process and what it imported stays loaded, but for the data,
// read again for every run (keptThread.mjs); mutantOff.ts sees that no mutant is left on when a test file is read.
import type { Plugin } from 'vite'
import type { PoolOptions, PoolRunnerInitializer, PoolWorker, WorkerRequest } from 'vitest/node'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

const ENTRY = fileURLToPath(new URL('./keptThread.mjs', import.meta.url))
const MUTANT_OFF = fileURLToPath(new URL('./mutantOff.ts', import.meta.url))

/** the live threads, one for each test environment: Vue keeps the document it first saw, so a DOM stays in its thread */
const threads = new Map<string, Worker>()

class KeptThread implements PoolWorker {
  name = 'kept-threads'
  private readonly key: string
  private thread?: Worker
  private readonly attached: [string, (arg: any) => void][] = []

  constructor(private readonly options: PoolOptions) {
    this.key = JSON.stringify(options.environment)
  }

  async start() {
    let thread = threads.get(this.key)
    if (!thread) {
      thread = new Worker(ENTRY, { env: this.options.env, execArgv: this.options.execArgv })
      const key = this.key
      thread.once('exit', () => threads.delete(key))
      threads.set(key, thread)
    }
    thread.ref()
    this.thread = thread
  }

  // The runner stops: the thread stays, unreferenced while idle so that it never holds the process open; it ends with
  // the process (Stryker ends a test runner's process to restart it).
  async stop() {
    for (const [event, listener] of this.attached.splice(0))
      this.thread?.off(event, listener)
    this.thread?.unref()
    this.thread = undefined
  }

  on(event: string, listener: (arg: any) => void) {
    this.attached.push([event, listener])
    this.live().on(event, listener)
  }

  off(event: string, listener: (arg: any) => void) {
    this.live().off(event, listener)
  }

  send(message: WorkerRequest) {
    this.live().postMessage(message)
  }

  deserialize(data: unknown) {
    return data
  }

  private live() {
    if (!this.thread)
      throw new Error('kept-threads: the runner used a thread it had stopped')
    return this.thread
  }
}

export const keptThreads: PoolRunnerInitializer = {
  name: 'kept-threads',
  createPoolWorker: options => new KeptThread(options),
}

/**
 * A plugin that runs every test file of the config in kept threads, whatever pool the caller asked for, and switches
 * Stryker's mutant off before each test file is read (mutantOff.ts).
 */
export function keptThreadsPlugin(): Plugin {
  return {
    name: 'kept-threads',
    // After the config is resolved: Stryker passes its own pool (threads) to Vitest, and that would win over the file.
    configureVitest({ project }) {
      project.config.pool = keptThreads.name
      project.config.poolRunner = keptThreads
      project.config.setupFiles = [...project.config.setupFiles, MUTANT_OFF]
    },
  }
}
