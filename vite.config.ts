import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { defineConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { loadDeck } from './scripts/lib/deck.mjs'
import { loadFacts, loadModule } from './scripts/lib/facts.mjs'

const FACTS_MODULE = 'virtual:deck-facts'
const RESOLVED_FACTS = `\0${FACTS_MODULE}`

/**
 * Validates data/ when the deck starts, builds or exports: bad data stops it with a message, never a blank slide.
 * The slides get the facts as validated here, as JSON (`virtual:deck-facts`): the browser runs no schema, and zod
 * stays out of the deck's JavaScript. Tests and scripts import data/ and validate it themselves.
 */
function checkData(): Plugin {
  let checked: Promise<unknown> | undefined
  const check = () => (checked ??= loadFacts())
  async function problems() {
    try {
      await check()
      return undefined
    }
    catch (e) {
      checked = undefined
      return (e as Error).message
    }
  }
  return {
    name: 'deck:check-data',
    async buildStart() {
      const found = await problems()
      if (found)
        this.error(found)
    },
    resolveId(id) {
      return id === FACTS_MODULE ? RESOLVED_FACTS : undefined
    },
    async load(id) {
      if (id !== RESOLVED_FACTS)
        return
      const found = await problems()
      if (found)
        this.error(found)
      return `export const facts = JSON.parse(${JSON.stringify(JSON.stringify(await check()))})\n`
    },
    // A save in data/ is checked inside Vite's hot update, not beside it, so that whatever waits for the update (the
    // watch mode's PDF, scripts/export-watch.mjs) waits for the check too: bad data is an error on the page, good
    // data reloads it.
    async hotUpdate({ file }) {
      if (this.environment.name !== 'client' || !file.includes('/data/'))
        return
      checked = undefined
      const found = await problems()
      if (found) {
        this.environment.logger.error(found)
        this.environment.hot.send({ type: 'error', err: { message: found, stack: '' } })
        return []
      }
      const facts = this.environment.moduleGraph.getModuleById(RESOLVED_FACTS)
      if (!facts)
        return
      this.environment.moduleGraph.invalidateModule(facts)
      this.environment.hot.send({ type: 'full-reload' })
      return []
    },
  }
}

const BUDGET_MODULE = 'virtual:deck-budget'
const RESOLVED_BUDGET = `\0${BUDGET_MODULE}`

/**
 * The talk's plan for the presenter's cockpit (`virtual:deck-budget`): each slide's budget from its notes, computed from
 * the deck as Slidev parses it, with the titles, the sections and which slides are backup. A save of slides.md reloads it.
 */
export async function budgetModule(root = process.cwd()): Promise<string> {
  // Through Vite's module runner, as the facts are: the config itself imports no TypeScript beside it.
  const [deck, { isBackup, talkBudget }] = await Promise.all([
    loadDeck(root),
    loadModule('composables/budget.ts') as Promise<typeof import('./composables/budget')>,
  ])
  const plan = talkBudget(deck.slides)
  const slides = deck.slides.map((s: { no: number, title: string, frontmatter: { backup?: unknown, section?: unknown } }) => {
    const section = typeof s.frontmatter.section === 'string' ? s.frontmatter.section : undefined
    return { no: s.no, title: s.title, backup: isBackup(s), section }
  })
  return `export const deckTitle = ${JSON.stringify(deck.title)}
export const budgets = ${JSON.stringify(plan.perSlide)}
export const slides = ${JSON.stringify(slides)}
export const plannedSeconds = ${plan.seconds}
`
}

function deckBudget(): Plugin {
  return {
    name: 'deck:budget',
    resolveId(id) {
      return id === BUDGET_MODULE ? RESOLVED_BUDGET : undefined
    },
    load(id) {
      return id === RESOLVED_BUDGET ? budgetModule() : undefined
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        const budget = server.moduleGraph.getModuleById(RESOLVED_BUDGET)
        if (file.endsWith('slides.md') && budget)
          server.moduleGraph.invalidateModule(budget)
      })
    },
  }
}

/**
 * `npm run build:single` (DECK_SINGLE_FILE=1): everything inlined into one index.html that opens from file://.
 * Rolldown refuses Slidev's own manualChunks beside the single chunk; the browser needs only woff2 fonts;
 * the favicon becomes a data URI.
 */
function faviconUri() {
  return `data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}`
}

function singleFile(): Plugin[] {
  return [
    viteSingleFile({ removeViteModuleLoader: true }) as Plugin,
    {
      name: 'deck:single-file',
      enforce: 'post',
      config(config) {
        const output = config.build?.rollupOptions?.output
        if (output && !Array.isArray(output))
          delete output.manualChunks
      },
      transform(code, id) {
        // @fontsource offers woff2 and woff; every browser that runs the deck reads woff2.
        if (id.endsWith('.css') && code.includes('format(\'woff\')'))
          return code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, '')
        // The headmatter's favicon reaches the page through Slidev's configs module, at run time.
        if (code.includes('"/favicon.svg"'))
          return code.replaceAll('"/favicon.svg"', JSON.stringify(faviconUri()))
      },
      transformIndexHtml: {
        order: 'post',
        handler: html => html.replace(/href="\.?\/favicon\.svg"/g, `href="${faviconUri()}"`),
      },
    },
  ]
}

export default defineConfig({
  plugins: [checkData(), deckBudget(), ...(process.env.DECK_SINGLE_FILE ? singleFile() : [])],
  optimizeDeps: {
    // Found late by Vite's scanner (they sit behind setup/ and components/), they would make the first
    // `npm run dev` reload the page once; listed here, the first load is the only one.
    include: ['topojson-client', 'd3-geo'],
  },
  define: {
    // Keep Slidev's /print route in the static build (it is normally there only in `slidev export`
    // or with `download: true`, which would also run a whole export inside every build), so that
    // scripts/export.mjs prints the built deck instead of compiling it again on a dev server.
    __SLIDEV_FEATURE_PRINT__: 'true',
  },
})
