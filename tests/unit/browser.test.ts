import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { browserPath, HOW_TO_GET_ONE, isLocalUrl, launchOptions, locateBrowser } from '../../scripts/lib/browser.mjs'

vi.mock('../../scripts/lib/playwright.mjs', () => ({ loadPlaywright: () => ({ chromium: { executablePath: () => '/nowhere/chrome' } }) }))

function fakeBin(name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bin-'))
  const file = join(dir, name)
  writeFileSync(file, '#!/bin/sh\n')
  chmodSync(file, 0o755)
  return { dir, file }
}

describe('browser lookup', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const { file } = fakeBin('my-chrome')
    const other = fakeBin('chromium')
    expect(await locateBrowser({ CHROMIUM_PATH: file, PATH: other.dir })).toEqual({ path: file, origin: 'CHROMIUM_PATH' })
  })

  it('refuses a CHROMIUM_PATH that does not exist, and says how to get a browser', async () => {
    await expect(locateBrowser({ CHROMIUM_PATH: '/no/such/chrome', PATH: '' }))
      .rejects
      .toThrow(/does not exist[\s\S]*apt-get install chromium/)
  })

  it('falls back to a Chromium or Chrome on the PATH', async () => {
    const { dir, file } = fakeBin('google-chrome')
    expect(await locateBrowser({ PATH: dir })).toEqual({ path: file, origin: 'system' })
  })

  it('stops with the instructions when there is no browser at all', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'empty-'))
    expect(await locateBrowser({ PATH: empty })).toBeUndefined()
    await expect(browserPath({ PATH: empty })).rejects.toThrow(HOW_TO_GET_ONE)
  })
})

describe('launch options', () => {
  it('point at the browser found', async () => {
    const { file } = fakeBin('chromium')
    const options = await launchOptions({ CHROMIUM_PATH: file })
    expect(options.executablePath).toBe(file)
  })
})

describe('isLocalUrl', () => {
  it('lets loopback and network-less URLs through, and nothing else', () => {
    const loopback = ['http://127.0.0.1:4173/2', 'http://localhost:3030/', 'ws://localhost:3030/', 'http://[::1]/']
    const networkLess = ['data:font/woff2;base64,AA', 'about:blank', 'blob:http://127.0.0.1/x']
    for (const u of [...loopback, ...networkLess])
      expect(isLocalUrl(u), u).toBe(true)
    for (const u of ['https://fonts.googleapis.com/css2', 'http://10.0.0.1/', 'https://cdn.example/x.js', 'wss://example.org/'])
      expect(isLocalUrl(u), u).toBe(false)
  })
})
