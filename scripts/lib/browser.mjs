// Finds a Chromium for export and tests. Order: CHROMIUM_PATH, Playwright's own download,
// a system Chromium/Chrome. Shared by scripts/*.mjs and playwright.config.ts.
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { loadPlaywright } from './playwright.mjs'

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']
const SYSTEM_PATHS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
]

export const HOW_TO_GET_ONE = `No Chromium found. Any one of these fixes it:
  - on an online machine: npx playwright install chromium
  - on Debian or Ubuntu:  sudo apt-get install chromium
  - or point to a Chromium or Chrome you have: export CHROMIUM_PATH=/path/to/chrome`

async function playwrightChromium() {
  try {
    const { chromium } = loadPlaywright()
    const path = chromium.executablePath()
    return existsSync(path) ? path : undefined
  }
  catch {
    return undefined
  }
}

function onPath(env = process.env) {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name)
      if (existsSync(candidate))
        return candidate
    }
  }
  return SYSTEM_PATHS.find(p => existsSync(p))
}

/** @returns {Promise<{ path: string, origin: string } | undefined>} the browser and where it was found, or nothing */
export async function locateBrowser(env = process.env) {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist.\n${HOW_TO_GET_ONE}`)
    return { path: env.CHROMIUM_PATH, origin: 'CHROMIUM_PATH' }
  }
  const own = await playwrightChromium()
  if (own)
    return { path: own, origin: 'Playwright download' }
  const system = onPath(env)
  if (system)
    return { path: system, origin: 'system' }
  return undefined
}

export async function browserPath(env = process.env) {
  const found = await locateBrowser(env)
  if (!found)
    throw new Error(HOW_TO_GET_ONE)
  return found.path
}

// Debian's Chromium looks up Google hosts even with Playwright's flags; resolving nothing
// but loopback keeps every export and test offline by construction.
export const OFFLINE_ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/**
 * Whether a URL stays on this machine: loopback, or no network at all (data:, blob:, about:).
 * @param {string} url an absolute URL
 * @returns {boolean} whether it stays local
 */
export function isLocalUrl(url) {
  const u = new URL(url)
  return !/^(?:https?|wss?):$/.test(u.protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)
}

export async function launchOptions(env = process.env) {
  return { executablePath: await browserPath(env), args: OFFLINE_ARGS }
}
