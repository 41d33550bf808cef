import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Most tests lay out SVG in plain TypeScript: only files that mount a component ask for a DOM (a docblock at the
    // top), so the rest skip happy-dom's setup, which under mutation testing is paid again for every mutant.
    environment: 'node',
    // The test files share one module graph: charts/ holds no state between calls (the deck's one copy of each layout
    // is in composables/layouts.ts), so nothing leaks from one file to the next, and each file, or under mutation
    // testing each mutant, does not import and transform the layout code again.
    isolate: false,
    // Under mutation testing the code runs instrumented, several times slower: 5 s would fail sound tests.
    testTimeout: 15_000,
  },
})
