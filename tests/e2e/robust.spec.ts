// Guarantees that hold outside the happy path: bad data stops the deck, exports repeat and survive load.
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { deck } from '../deck'
import { expect, test } from './guard'
import { pageTexts } from './pdf'

test.describe.configure({ mode: 'serial', timeout: 240_000 })

/** A copy of the deck in a temporary folder, sharing node_modules, with one latitude broken. */
function brokenCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'deck-broken-'))
  for (const f of ['slides.md', 'package.json', 'vite.config.ts', 'components', 'composables', 'data', 'setup', 'styles', 'public'])
    cpSync(f, join(dir, f), { recursive: true })
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
  const places = join(dir, 'data/places.ts')
  writeFileSync(places, readFileSync(places, 'utf8').replace('lat: 33.9333', 'lat: 999'))
  return dir
}
const MESSAGE = 'data/places.ts: place "balad": lat 999 is not a latitude (-90..90)'

test('bad data stops the build and the dev server with a message naming file, record and field', () => {
  const dir = brokenCopy()
  try {
    const build = spawnSync('npx', ['slidev', 'build'], { cwd: dir, encoding: 'utf8', timeout: 120_000 })
    expect(build.status).not.toBe(0)
    expect(build.stdout + build.stderr).toContain(MESSAGE)
    const dev = spawnSync('npx', ['slidev', '--port', '3032'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })
    expect(dev.status, 'the dev server exits instead of serving blank slides').toBe(1)
    expect(dev.stdout + dev.stderr).toContain(MESSAGE)
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('three exports in a row give the same pages and the same text', () => {
  const runs = [1, 2, 3].map(() => {
    execFileSync('npm', ['run', 'export', '--silent'], { stdio: 'pipe' })
    return pageTexts('exports/iraq-playground.pdf')
  })
  expect(runs[0]).toHaveLength(deck.slides.length)
  expect(runs[1]).toEqual(runs[0])
  expect(runs[2]).toEqual(runs[0])
})

test('export passes while both cores are busy', () => {
  // Two bounded busy loops, one per core: each stops by itself after 90 s at most.
  const burners: ChildProcess[] = [0, 1].map(() => spawn(process.execPath, ['-e', 'const end = Date.now() + 90000; while (Date.now() < end);'], { stdio: 'ignore' }))
  try {
    const out = execFileSync('npm', ['run', 'export:clicks', '--silent'], { encoding: 'utf8' })
    expect(out).toMatch(/wrote exports\/iraq-playground-clicks\.pdf/)
    expect(pageTexts('exports/iraq-playground-clicks.pdf')).toHaveLength(deck.slides.reduce((n, s) => n + Number(s.frontmatter.clicks ?? 0) + 1, 0))
  }
  finally {
    for (const b of burners) b.kill()
  }
})
