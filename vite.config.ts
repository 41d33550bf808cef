import type { Plugin } from 'vite'
import { defineConfig } from 'vite'
import { loadFacts } from './scripts/lib/facts.mjs'

/** Validates data/ when the deck starts, builds or exports: bad data stops it with a message, never a blank slide. */
function checkData(): Plugin {
  async function problems() {
    try {
      await loadFacts()
      return undefined
    }
    catch (e) {
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
    configureServer(server) {
      server.watcher.on('change', async (file) => {
        if (!file.includes('/data/'))
          return
        const found = await problems()
        if (!found)
          return
        server.config.logger.error(found)
        server.ws.send({ type: 'error', err: { message: found, stack: '' } })
      })
    },
  }
}

export default defineConfig({
  plugins: [checkData()],
  optimizeDeps: {
    // Found late by Vite's scanner (they sit behind setup/ and components/), they would make the first
    // `npm run dev` reload the page once; listed here, the first load is the only one.
    include: ['zod', 'topojson-client', 'd3-geo'],
  },
  define: {
    // Keep Slidev's /print route in the static build (it is normally there only in `slidev export`
    // or with `download: true`, which would also run a whole export inside every build), so that
    // scripts/export.mjs prints the built deck instead of compiling it again on a dev server.
    __SLIDEV_FEATURE_PRINT__: 'true',
  },
})
