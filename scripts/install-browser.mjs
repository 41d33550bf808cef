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
  console.warn(`browser: ${e.message}`)
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
const run = spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'inherit', timeout: 180_000 })
if (run.status !== 0)
  console.warn(`browser: the download failed; install and tests still work once a browser is there.\n${HOW_TO_GET_ONE}`)
