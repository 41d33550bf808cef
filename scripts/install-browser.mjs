// postinstall: make sure export and tests have a browser, without ever failing the install.
// playwright-chromium's own download is switched off in package.json (allowScripts), because
// where it cannot reach its CDN it makes npm roll back the whole install.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { HOW_TO_GET_ONE, locateBrowser } from './lib/browser.mjs'

let found
try {
  found = await locateBrowser()
}
catch (e) {
  console.warn(`browser: ${e instanceof Error ? e.message : e}`)
  process.exit(0)
}
if (found) {
  console.log(`browser: ${found.path} (${found.origin})`)
  process.exit(0)
}
if (process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD) {
  console.warn(`browser: download skipped (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD).\n${HOW_TO_GET_ONE}`)
  process.exit(0)
}
const cli = join(dirname(createRequire(import.meta.url).resolve('playwright-chromium/package.json')), 'cli.js')
console.log('browser: none found, downloading Playwright\'s Chromium…')
// Its own output stays quiet: where the download is blocked it is two stack traces and an ENOTFOUND,
// which tell a newcomer less than one line does.
const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], { encoding: 'utf8', timeout: 180_000 })
if (run.status !== 0) {
  const why = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/.exec(`${run.stdout}${run.stderr}`)?.[0] ?? `exit ${run.status}`
  console.warn(`browser: Playwright's Chromium could not be downloaded (${why}); npm install is fine, but export `
    + 'and tests need a browser: apt-get install chromium, or set CHROMIUM_PATH (README, Requirements)')
}
