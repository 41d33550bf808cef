import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'happy-dom',
    // Under mutation testing the code runs instrumented, several times slower: 5 s would fail sound tests.
    testTimeout: 15_000,
  },
})
