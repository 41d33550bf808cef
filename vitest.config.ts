import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Most tests lay out SVG in plain TypeScript: only files that mount a component ask for a DOM (a docblock at the
    // top), so the rest skip happy-dom's setup.
    environment: 'node',
    // The test files share one module graph, so that each file does not import the layout code again. charts/ holds no
    // state between calls, and the deck's one copy of each layout (composables/layouts.ts) is forgotten before every
    // test file and every test (setup.ts): nothing leaks from one test to the next.
    isolate: false,
    setupFiles: ['tests/unit/setup.ts'],
    // Under mutation testing the code runs instrumented, several times slower: 5 s would fail sound tests.
    testTimeout: 15_000,
  },
})
