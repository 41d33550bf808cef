// Guarantees that hold outside the happy path: bad data stops the deck, exports repeat and survive load, and an
// export that fails (full disk, read-only folder, crashed browser, page never ready) says so in one line and leaves
// the earlier file byte for byte.
import type { ChildProcess, SpawnSyncReturns } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { isBackup } from '../../composables/budget'
import { exportWithSlidev } from '../../scripts/export-slidev.mjs'
import { browserPath } from '../../scripts/lib/browser.mjs'
import { deck } from '../deck'
import { expect, test } from './guard'
import { pageTexts, sha, temps } from './pdf'

/** The talk's slides: the slide PDFs leave out the backup slides after the close. */
const talk = deck.slides.filter(s => !isBackup(s))

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
/** A deck of two slides, the second never ready to print. */
const NEVER_READY = resolve('tests/fixtures/never-ready')
const MESSAGE = 'data/places.ts: place "balad": lat 999 is not a latitude (-90..90)'

const IS_ROOT = process.getuid?.() === 0
const EXPORT = resolve('scripts/export.mjs')

/** The export a failed one must not destroy: a small, valid PDF. */
async function earlierPdf(dir: string) {
  const doc = await PDFDocument.create()
  doc.addPage([980, 552]).drawText('the earlier export', { x: 40, y: 500 })
  const file = join(dir, 'talk.pdf')
  writeFileSync(file, await doc.save())
  return { file, hash: sha(file) }
}

/** A folder on its own tmpfs, `size` bytes: a disk that really fills up, or is really read-only. Root only. */
function tmpfs(size: number) {
  const dir = mkdtempSync(join(tmpdir(), 'deck-tmpfs-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir])
  return dir
}
function removeFolder(dir: string) {
  if (IS_ROOT)
    spawnSync('umount', ['-l', dir])
  chmodSync(dir, 0o755)
  rmSync(dir, { recursive: true, force: true })
}

/** Exit code 1 and one line on stderr, starting as given, with no stack trace (lines matching `ignore` aside). */
function failsInOneLine(run: Pick<SpawnSyncReturns<string>, 'status' | 'stderr'>, start: string, ignore?: RegExp) {
  const lines = run.stderr.split('\n').filter(l => l && !ignore?.test(l))
  expect(run.status, run.stderr).toBe(1)
  expect(lines, 'exactly one line on stderr').toHaveLength(1)
  expect(lines[0].startsWith(start), `${lines[0]}\n  does not start with\n${start}`).toBe(true)
  expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m)
}

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
  // A two-slide deck whose second slide waits for an element that never comes: the export builds it (a few seconds,
  // not a rebuild of the whole talk), prints the first page and names the second.
  const dir = mkdtempSync(join(tmpdir(), 'deck-never-ready-'))
  cpSync(NEVER_READY, dir, { recursive: true })
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
  try {
    const run = spawnSync(process.execPath, [resolve('scripts/export.mjs'), '--output', join(dir, 'out.pdf')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 180_000,
      // Short, so the test is quick, but long enough for a cold page load on a busy 2-core machine.
      env: { ...process.env, EXPORT_TIMEOUT_MS: '6000' },
    })
    const why = 'slide 2 ("Never ready", page 2) did not become ready'
    failsInOneLine(run, `export failed: ${join(dir, 'out.pdf')} not written: the page never became ready (${why}`)
    expect(run.stdout).toContain('page 1 of 2 ready')
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a full disk fails the export in one line, after printing, and the earlier PDF stays byte for byte '
  + '(a real tmpfs: mounting it needs root, so skipped when not root, and failed in CI)', async () => {
  if (!IS_ROOT && process.env.CI)
    throw new Error('mounting a tmpfs needs root: CI must run as root')
  test.skip(!IS_ROOT, 'mounting a tmpfs needs root')
  const dir = tmpfs(256 * 1024)
  try {
    const before = await earlierPdf(dir)
    // About 90 KB left: the deck's PDF is about 260 KB, so its write runs out of space once every page is printed.
    writeFileSync(join(dir, 'filler'), Buffer.alloc(160 * 1024))
    const run = spawnSync(process.execPath, [EXPORT, '--output', before.file], { encoding: 'utf8', timeout: 180_000 })
    const full = 'the disk is full (ENOSPC: no space left on device, write); the earlier file is unchanged'
    failsInOneLine(run, `export failed: ${before.file} not written: ${full}`)
    expect(run.stdout, 'every page was printed first').toContain(`page ${deck.slides.length} of ${deck.slides.length} ready`)
    expect(sha(before.file), 'the earlier PDF, byte for byte').toBe(before.hash)
    expect(temps(dir), 'no temporary file left').toEqual([])
  }
  finally {
    removeFolder(dir)
  }
})

test(`a read-only folder (${IS_ROOT ? 'a tmpfs remounted read-only' : 'chmod 555'}) fails every export command at once, `
  + 'through npm with --output, in one line; DEBUG=1 adds the stack', async () => {
  const dir = IS_ROOT ? tmpfs(1024 * 1024) : mkdtempSync(join(tmpdir(), 'deck-readonly-'))
  try {
    const before = await earlierPdf(dir)
    if (IS_ROOT)
      execFileSync('mount', ['-o', 'remount,ro', dir])
    else
      chmodSync(dir, 0o555)
    const cause = IS_ROOT ? 'the file system is read-only (EROFS: ' : 'the folder is not writable (EACCES: '
    const commands = [['export', 'export'], ['export:clicks', 'export'], ['handout', 'handout'], ['build:single', 'build:single']]
    commands.push(['export:watch', 'export:watch'])
    for (const [script, what] of commands) {
      const run = spawnSync('npm', ['run', script, '--silent', '--', '--output', before.file], { encoding: 'utf8', timeout: 60_000 })
      failsInOneLine(run, `${what} failed: ${before.file} not written: ${cause}`)
      expect(run.stdout, `${script} stops before printing or building`).not.toMatch(/ready|building/)
    }
    expect(sha(before.file), 'the earlier PDF, byte for byte').toBe(before.hash)
    const debug = spawnSync(process.execPath, [EXPORT, '--output', before.file], { encoding: 'utf8', env: { ...process.env, DEBUG: '1' } })
    expect(debug.status).toBe(1)
    expect(debug.stderr, 'the stack, when asked for').toMatch(/^\s+at .*atomic-write\.mjs/m)
  }
  finally {
    removeFolder(dir)
  }
})

test('a browser that crashes mid-export fails it in one line, and the earlier PDF stays byte for byte', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-crash-'))
  try {
    const before = await earlierPdf(dir)
    // The real Chromium behind a wrapper that leaves its pid: exec keeps the pid, so it is the browser's own.
    const wrapper = join(dir, 'chromium')
    writeFileSync(wrapper, `#!/bin/sh\necho $$ > '${dir}/chromium.pid'\nexec '${await browserPath()}' "$@"\n`)
    chmodSync(wrapper, 0o755)
    // EXPORT_PROFILE marks each step on stderr: the browser is killed once the print view's server is up.
    const child = spawn(process.execPath, [EXPORT, '--output', before.file], {
      env: { ...process.env, CHROMIUM_PATH: wrapper, EXPORT_PROFILE: '1' },
    })
    let stderr = ''
    let killed = false
    child.stderr.on('data', (d) => {
      stderr += d
      if (!killed && /server up/.test(stderr)) {
        killed = true
        process.kill(Number(readFileSync(join(dir, 'chromium.pid'), 'utf8')), 'SIGKILL')
      }
    })
    const status = await new Promise<number | null>(r => child.on('exit', r))
    expect(killed).toBe(true)
    failsInOneLine({ status, stderr }, `export failed: ${before.file} not written: the browser crashed (`, /^profile /)
    expect(sha(before.file), 'the earlier PDF, byte for byte').toBe(before.hash)
    expect(temps(dir)).toEqual([])
  }
  finally {
    removeFolder(dir)
  }
})

test('a print view that is never ready fails the export in one line, and the earlier PDF stays byte for byte', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-never-'))
  try {
    const before = await earlierPdf(dir)
    const run = spawnSync(process.execPath, [EXPORT, '--output', before.file], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, EXPORT_TIMEOUT_MS: '1' },
    })
    failsInOneLine(run, `export failed: ${before.file} not written: the page never became ready (`)
    expect(sha(before.file), 'the earlier PDF, byte for byte').toBe(before.hash)
  }
  finally {
    removeFolder(dir)
  }
})

test('two exports to the same path at once end with one whole PDF @slow', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'deck-race-'))
  try {
    const file = join(dir, 'talk.pdf')
    // Different documents (a page per slide, a page per click), so that a mix of the two could not pass for either.
    const runs = [
      spawn('npm', ['run', 'export:clicks', '--silent', '--', '--output', file], { stdio: 'ignore' }),
      spawn(process.execPath, [EXPORT, '--output', file], { stdio: 'ignore' }),
    ].map(child => new Promise<number | null>(r => child.on('exit', r)))
    expect(await Promise.all(runs)).toEqual([0, 0])
    const steps = talk.reduce((n, s) => n + Number(s.frontmatter.clicks ?? 0) + 1, 0)
    const texts = await pageTexts(file)
    expect([talk.length, steps]).toContain(texts.length)
    texts.forEach((t, i) => expect(t.length, `page ${i + 1} has text`).toBeGreaterThan(20))
    expect(temps(dir)).toEqual([])
  }
  finally {
    removeFolder(dir)
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
  expect(texts[0]).toHaveLength(talk.length)
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
    const steps = talk.reduce((n, s) => n + Number(s.frontmatter.clicks ?? 0) + 1, 0)
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
  // Slidev prints the backup slides too; the fast export ends with the talk.
  expect(fast).toHaveLength(talk.length)
  expect(slidev).toHaveLength(deck.slides.length)
  fast.forEach((t, i) => expect(norm(slidev[i]), `page ${i + 1}`).toBe(norm(t)))
})
