import { defineConfig } from 'vite'

export default defineConfig({
  define: {
    // Keep Slidev's /print route in the static build (it is normally there only in `slidev export`
    // or with `download: true`, which would also run a whole export inside every build), so that
    // scripts/export.mjs prints the built deck instead of compiling it again on a dev server.
    __SLIDEV_FEATURE_PRINT__: 'true',
  },
})
