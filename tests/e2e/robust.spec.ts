// Guarantees that hold outside the happy path: bad data stops the deck, exports repeat and survive load.
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { exportWithSlidev } from '../../scripts/export-slidev.mjs'
import { deck } from '../deck'
import { expect, test } from './guard'
import { pageTexts } from './pdf'

test.describe.configure({ mode: 'serial', timeout: 240_000 })

/** A copy of the deck in a temporary folder, sharing node_modules, with one file changed. */
function brokenCopy(file: string, change: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'deck-broken-'))
  const parts = ['slides.md', 'package.json', 'vite.config.ts', 'components', 'composables', 'charts', 'data']
  parts.push('scripts', 'setup', 'styles', 'public')
  for (const f of parts)
    cpSync(f, join(dir, f), { recursive: true })
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')))
  return dir
}
const MESSAGE = 'data/places.ts: place "balad": lat 999 is not a latitude (-90..90)'

test('bad data stops the build and the dev server with a message naming file, record and field', () => {
  const dir = brokenCopy('data/places.ts', t => t.replace('lat: 33.9333', 'lat: 999'))
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

test('an export names the slide that does not become ready', () => {
  const neverReady = ['', '---', '', '# Never ready', '', '<div data-waitfor=".not-there">waiting</div>', '']
    .concat(['<!--', 'A slide that never finishes loading.', '-->', ''])
    .join('\n')
  const dir = brokenCopy('slides.md', t => `${t}${neverReady}`)
  try {
    const run = spawnSync(process.execPath, [resolve('scripts/export.mjs'), '--output', join(dir, 'out.pdf')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 180_000,
      // Short, so the test is quick, but long enough for a cold page load on a busy 2-core machine.
      env: { ...process.env, EXPORT_TIMEOUT_MS: '6000' },
    })
    expect(run.status).toBe(1)
    const n = deck.slides.length + 1
    expect(run.stderr).toMatch(new RegExp(`export failed: slide ${n} \\("Never ready", page ${n}\\) did not become ready`))
    expect(run.stdout).toContain(`page ${deck.slides.length} of ${deck.slides.length + 1} ready`)
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('three exports in a row give the same pages and the same text @slow', async () => {
  const runs = [1, 2, 3].map(() => {
    execFileSync('npm', ['run', 'export', '--silent', '--', '--output', 'exports/repeat.pdf'], { stdio: 'pipe' })
    return readFileSync('exports/repeat.pdf')
  })
  const texts = await Promise.all(runs.map(async (bytes, i) => {
    writeFileSync(`exports/repeat-${i}.pdf`, bytes)
    return pageTexts(`exports/repeat-${i}.pdf`)
  }))
  expect(texts[0]).toHaveLength(deck.slides.length)
  expect(texts[1]).toEqual(texts[0])
  expect(texts[2]).toEqual(texts[0])
})

test('export passes while both cores are busy @slow', async () => {
  // Two bounded busy loops, one per core: each stops by itself after 90 s at most.
  const busy = 'const end = Date.now() + 90000; while (Date.now() < end);'
  const burners: ChildProcess[] = [0, 1].map(() => spawn(process.execPath, ['-e', busy], { stdio: 'ignore' }))
  try {
    const out = execFileSync('npm', ['run', 'export:clicks', '--silent'], { encoding: 'utf8' })
    expect(out).toMatch(/wrote exports\/iraq-playground-clicks\.pdf/)
    const steps = deck.slides.reduce((n, s) => n + Number(s.frontmatter.clicks ?? 0) + 1, 0)
    expect(await pageTexts('exports/iraq-playground-clicks.pdf')).toHaveLength(steps)
  }
  finally {
    for (const b of burners) b.kill()
  }
})

test('the fast export matches slidev export page for page @slow', async () => {
  execFileSync('npm', ['run', 'export', '--silent'], { stdio: 'pipe' })
  await exportWithSlidev()
  const fast = await pageTexts('exports/iraq-playground.pdf')
  const slidev = await pageTexts('exports/iraq-playground-slidev.pdf')
  const norm = (s: string) => s.replace(/\s+/g, ' ')
  expect(slidev).toHaveLength(fast.length)
  slidev.forEach((t, i) => expect(norm(t), `page ${i + 1}`).toBe(norm(fast[i])))
})
