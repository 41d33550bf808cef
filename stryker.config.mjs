// Mutation testing (npm run test:mutation): how many small breakages of the layout code and the data checks the unit
// tests catch. StrykerJS needs Node 22 or newer; scripts/mutation.mjs runs it on the npm registry's node@24.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // Vitest's own pool starts a new thread for every mutant and imports everything again (0.3 s a file without a DOM,
  // 0.9 s with one, before any test runs); this config keeps the threads, so a mutant costs only its tests.
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  mutate: ['charts/**/*.ts', 'data/validate.ts'],
  // Module-level constants run once per test file: mutating them would rerun the whole suite for each, for hours.
  ignoreStatic: true,
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A mutant that runs 5 s past its tests' expected time (×1.5) is taken to hang: each one costs a restart of the test
  // runner. One that only makes the code slower (a cache or the stored network layout turned off) may time out and
  // count as caught, or not, with the machine's speed.
  timeoutMS: 5_000,
  reporters: ['clear-text', 'json', 'html', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  // Results are kept (the file is committed) and reused for every mutant whose code and covering tests have not changed:
  // a run after a small change re-tests only what it touches. `npm run test:mutation -- --force` re-tests every mutant.
  // Stryker cannot see a change outside the mutated files and the tests (data/, components/): after one, use --force.
  incremental: true,
  incrementalFile: 'tests/mutation/incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
