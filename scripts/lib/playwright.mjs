// Playwright, loaded the fast way for the export and the handout: its package is CommonJS, and `require` skips the
// pass Node makes over an imported CommonJS file to find its named exports (about 0.1 s on this 5 MB bundle).
import module, { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** @returns {typeof import('playwright-chromium')} Playwright, loaded once */
export function loadPlaywright() {
  return require('playwright-chromium')
}

/**
 * Lets V8 reuse the code it compiled in the last run instead of compiling Playwright again (about 0.05 s). Only the
 * export's own process turns it on: a test runner has its own loaders, which should not meet a second one.
 */
export function enableCompileCache() {
  // Node 22 and later have the cache built in; on Node 20 the v8-compile-cache package does it for `require`.
  if ('enableCompileCache' in module && typeof module.enableCompileCache === 'function')
    module.enableCompileCache()
  else
    require('v8-compile-cache')
}
