// npm run bench: wall times (median of 3) and sizes, for this deck and for Slidev's own starter deck, and the author's
// loop (a save to the new PDF) beside Marp CLI's --watch. Prints a Markdown table; with --output PATH it also writes it
// there, atomically. Nothing here is a pass/fail test: it measures.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { checkWritable, writeFileAtomic } from './lib/atomic-write.mjs'
import { browserPath, launchOptions } from './lib/browser.mjs'
import { outputOf, run } from './lib/cli.mjs'
import { loadDeck } from './lib/deck.mjs'
import { copyDeck, startWatcher, timeSaves } from './lib/watch-bench.mjs'

const ROOT = resolve('.')
const WORK = join(ROOT, '.bench')
const RUNS = 3
const OUTPUT = outputOf('bench', '')
// The bench takes many minutes: a folder it cannot write fails it before the first run.
if (OUTPUT)
  await run('bench', OUTPUT, () => checkWritable(OUTPUT))

/**
 * @param {string} cmd the command
 * @param {string[]} args its arguments
 * @param {string} [cwd] where it runs
 * @returns {number} its wall time, in seconds
 */
function time(cmd, args, cwd = ROOT) {
  const t0 = process.hrtime.bigint()
  const run = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (run.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${run.stdout}\n${run.stderr}`)
  return Number(process.hrtime.bigint() - t0) / 1e9
}
/**
 * @param {string} cmd the command
 * @param {string[]} args its arguments
 * @param {string} [cwd] where it runs
 * @returns {number} the median wall time of RUNS runs, in seconds
 */
function median(cmd, args, cwd) {
  const t = Array.from({ length: RUNS }, () => time(cmd, args, cwd)).sort((a, b) => a - b)
  return t[Math.floor(t.length / 2)]
}
/**
 * @param {number[]} list numbers
 * @returns {number} their median (the upper one of an even count)
 */
function mid(list) {
  return [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
}
/** @type {(p: string) => number} a file's size, or a folder's with everything in it, in bytes */
const size = p => (statSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + size(join(p, f)), 0) : statSync(p).size)
const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`

/**
 * @param {string} dist a built deck
 * @returns {number} the gzipped size of the JavaScript its index.html loads first, in bytes
 */
function firstLoadJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map(m => m[1])
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0)
}

/** Slidev's starter deck from create-slidev, made offline-safe as this deck is. */
function starter() {
  const dir = join(WORK, 'starter')
  if (!existsSync(join(dir, 'slides.md'))) {
    rmSync(WORK, { recursive: true, force: true })
    mkdirSync(WORK, { recursive: true })
    const version = JSON.parse(execFileSync('npm', ['view', 'create-slidev@52', 'version', '--json'], { encoding: 'utf8' }))
    const latest = [].concat(version).pop()
    const tarball = execFileSync('npm', ['pack', `create-slidev@${latest}`, '--silent'], { cwd: WORK, encoding: 'utf8' }).trim()
    execFileSync('tar', ['xzf', tarball], { cwd: WORK })
    cpSync(join(WORK, 'package/template'), dir, { recursive: true })
    let md = readFileSync(join(dir, 'slides.md'), 'utf8')
    md = md.replace(/^theme: seriph$/m, 'theme: default')
      .replace(/^(background|image): https?:\/\/\S+$/gm, '')
      .replace(/<(Tweet|BlueSky|Youtube)[^>]*\/>/g, '')
      .replace(/```plantuml[\s\S]*?```/g, '')
      // Twoslash type-checks code blocks against packages the starter would install itself.
      .replace(/^(```.*) twoslash$/gm, '$1')
      .replace(/src="https?:\/\/[^"]+"/g, 'src="/favicon.svg"')
      .replace(/^---\n/, '---\nfonts:\n  provider: none\nfavicon: /favicon.svg\n')
    writeFileSync(join(dir, 'slides.md'), md)
    mkdirSync(join(dir, 'public'), { recursive: true })
    cpSync(join(ROOT, 'public/favicon.svg'), join(dir, 'public/favicon.svg'))
    writeFileSync(join(dir, 'vite.config.ts'), 'export default { define: { __SLIDEV_FEATURE_PRINT__: \'true\' } }\n')
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  }
  return dir
}

const deck = await loadDeck()
const pages = { slides: deck.slides.length, clicks: deck.slides.reduce((n, s) => n + Number(s.frontmatter.clicks ?? 0) + 1, 0) }
/** Seconds from starting `slidev` with no pre-bundled dependencies to the first slide, then to the map slide. */
async function devColdStart() {
  const { chromium } = await import('playwright-chromium')
  const { spawn } = await import('node:child_process')
  const mapNo = deck.slides.find(s => s.content.includes('<PlaceMap'))?.no ?? 1
  /** @type {{ first: number, map: number, reloads: number }[]} */
  const times = []
  for (let run = 0; run < RUNS; run++) {
    rmSync(join(ROOT, 'node_modules/.vite'), { recursive: true, force: true })
    const t0 = Date.now()
    const server = spawn('npx', ['slidev', '--port', '3039'], { cwd: ROOT, stdio: 'ignore', detached: true })
    const browser = await chromium.launch(await launchOptions())
    try {
      const page = await browser.newPage()
      let loads = 0
      page.on('load', () => loads++)
      for (let up = false; !up;) up = await fetch('http://localhost:3039').then(r => r.ok, () => false)
      await page.goto('http://localhost:3039/1')
      await page.locator('.slidev-page-1 h1').waitFor({ timeout: 120_000 })
      const first = (Date.now() - t0) / 1000
      await page.goto(`http://localhost:3039/${mapNo}`)
      await page.locator(`.slidev-page-${mapNo} svg[role="img"]`).waitFor({ timeout: 120_000 })
      times.push({ first, map: (Date.now() - t0) / 1000, reloads: loads - 2 })
    }
    finally {
      await browser.close()
      if (server.pid)
        process.kill(-server.pid)
    }
  }
  const m = (/** @type {'first' | 'map'} */ key) => mid(times.map(t => t[key])).toFixed(1)
  return `${m('first')} s, ${m('map')} s (reloads: ${times.map(t => t.reloads).join(', ')})`
}

/** @type {[string, string, string][]} the table's rows: what, its value, a note */
const rows = []
/**
 * @param {string} what the measure
 * @param {string} value its value, with its unit
 * @param {string} [note] what to read it with
 */
function row(what, value, note = '') {
  rows.push([what, value, note])
  console.error(`  ${what}: ${value} ${note}`)
}

/**
 * Plain slide text, components and notes stripped: what Marp can print of the deck.
 * @param {{ title: string, content: string }} s a slide
 * @returns {string} the slide as Markdown
 */
function plainSlide(s) {
  const text = s.content
    .replace(/^#.*$/m, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/::\w+::/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim()
  return `# ${s.title}\n\n${text}`
}

/** The deck's slides' text as a Marp deck and as a plain Slidev deck, for the runs beside Marp. */
function sameText() {
  const marpDir = join(WORK, 'marp')
  mkdirSync(marpDir, { recursive: true })
  writeFileSync(join(marpDir, 'deck.md'), `---\nmarp: true\n---\n\n${deck.slides.map(plainSlide).join('\n\n---\n\n')}\n`)
  // The same text as a Slidev deck, printed by scripts/export.mjs: how much of the gap is the exporter, how much the
  // deck's figures.
  const plainDir = join(WORK, 'plain')
  mkdirSync(join(plainDir, 'public'), { recursive: true })
  writeFileSync(join(plainDir, 'slides.md'), `---\ntheme: default\nfonts:\n  provider: none\nfavicon: /favicon.svg\n---\n\n${
    deck.slides.map(plainSlide).join('\n\n---\n\n')}\n`)
  cpSync(join(ROOT, 'public/favicon.svg'), join(plainDir, 'public/favicon.svg'))
  writeFileSync(join(plainDir, 'vite.config.ts'), 'export default { define: { __SLIDEV_FEATURE_PRINT__: \'true\' } }\n')
  if (!existsSync(join(plainDir, 'node_modules')))
    symlinkSync(join(ROOT, 'node_modules'), join(plainDir, 'node_modules'), 'dir')
  return { marpDir, plainDir }
}

// The author's loop: from a save of the Markdown to the new PDF whole on disk, the watch mode (npm run export:watch)
// against Marp CLI's own --watch on the same slides' text, and on this deck itself (a copy, so that the saves leave
// slides.md alone). All three run at once and are saved in turn; each save adds words to the same slide's title.
/**
 * @param {string} marpDir the Marp deck's folder (sameText)
 * @param {string} plainDir the plain Slidev deck's folder (sameText)
 * @param {string} chrome the Chromium both print with
 */
async function saveToPdf(marpDir, plainDir, chrome) {
  console.error('watch…')
  const LOOP_SAVES = 7
  const edited = deck.slides.find(s => s.no > 1 && s.content.includes(`# ${s.title}\n`)) ?? deck.slides[1]
  /** @type {(text: string, n: number) => string} */
  const retitle = (text, n) => text.replace(`# ${edited.title}\n`, `# ${edited.title} (save ${n})\n`)
  const deckDir = copyDeck(ROOT, join(WORK, 'deck'))
  const watchers = []
  try {
    rmSync(join(marpDir, 'watch.pdf'), { force: true })
    watchers.push(await startWatcher({
      name: 'marp',
      command: join(ROOT, 'node_modules/.bin/marp'),
      args: ['--watch', '--pdf', '--browser-path', chrome, '--allow-local-files', '-o', 'watch.pdf', 'deck.md'],
      cwd: marpDir,
      source: join(marpDir, 'deck.md'),
      edit: retitle,
      pdf: join(marpDir, 'watch.pdf'),
      ready: /Start watching/,
    }))
    for (const [name, cwd] of [['plain', plainDir], ['deck', deckDir]]) {
      rmSync(join(cwd, 'watch.pdf'), { force: true })
      watchers.push(await startWatcher({
        name,
        command: process.execPath,
        args: [join(ROOT, 'scripts/export-watch.mjs'), '--output', 'watch.pdf'],
        cwd,
        source: join(cwd, 'slides.md'),
        edit: retitle,
        pdf: join(cwd, 'watch.pdf'),
        ready: /^watching /,
      }))
    }
    const loop = await timeSaves(watchers, LOOP_SAVES)
    const saves = (/** @type {string} */ key) => `saves: ${loop[key].map(t => t.toFixed(2)).join(', ')} s`
    row(`watch: save to PDF, this deck (median of ${LOOP_SAVES})`, `${mid(loop.deck).toFixed(2)} s`, saves('deck'))
    row('watch: save to PDF, same slides\' text as a Slidev deck', `${mid(loop.plain).toFixed(2)} s`, saves('plain'))
    row('Marp CLI --watch: save to PDF, same slides\' text', `${mid(loop.marp).toFixed(2)} s`, saves('marp'))
    row('ratio watch/Marp --watch, same text', (mid(loop.plain) / mid(loop.marp)).toFixed(2), 'below 1: the watch is faster')
    row('ratio watch on this deck/Marp --watch', (mid(loop.deck) / mid(loop.marp)).toFixed(2))
  }
  finally {
    for (const w of watchers) await w.stop()
  }
}

function finish() {
  const table = [`| measure (median of ${RUNS}) | value | note |`, '|---|---|---|', ...rows.map(r => `| ${r.join(' | ')} |`)].join('\n')
  console.log(table)
  return OUTPUT ? run('bench', OUTPUT, () => writeFileAtomic(OUTPUT, `${table}\n`)) : undefined
}

// npm run bench -- --loop: the author's loop alone, a few minutes instead of the whole bench.
if (process.argv.includes('--loop')) {
  const { marpDir, plainDir } = sameText()
  await saveToPdf(marpDir, plainDir, await browserPath())
  await finish()
  process.exit(0)
}

console.error('deck…')
const build = median('npx', ['slidev', 'build'])
row('build (slidev build)', `${build.toFixed(2)} s`)
const exp = median('node', ['scripts/export.mjs'])
row('export, dist/ built', `${exp.toFixed(2)} s`, `${(exp / pages.slides).toFixed(3)} s a slide, ${pages.slides} pages`)
const clicks = median('node', ['scripts/export.mjs', '--with-clicks'])
row('export with clicks', `${clicks.toFixed(2)} s`, `${(clicks / pages.clicks).toFixed(3)} s a page, ${pages.clicks} pages`)
const handout = median('node', ['scripts/handout.mjs'])
row('handout', `${handout.toFixed(2)} s`, `${pages.slides + 2} pages`)
const slidevExp = median('node', ['scripts/export-slidev.mjs'])
row('export:slidev (slidev export)', `${slidevExp.toFixed(2)} s`, `${(slidevExp / pages.slides).toFixed(3)} s a slide`)

// The fastest peer: Marp CLI printing the same slides' text (components and notes stripped) with the same
// Chromium, runs alternating with ours so that both see the same machine.
console.error('marp…')
const { marpDir, plainDir } = sameText()
time('npx', ['slidev', 'build'], plainDir)
const chrome = await browserPath()
const PAIRS = 5
const rounds = Array.from({ length: PAIRS }, () => ({
  deck: time('node', ['scripts/export.mjs']),
  marp: time(join(ROOT, 'node_modules/.bin/marp'), [
    '--pdf',
    '--browser-path',
    chrome,
    '--allow-local-files',
    '-o',
    join(marpDir, 'deck.pdf'),
    join(marpDir, 'deck.md'),
  ]),
  plain: time('node', [join(ROOT, 'scripts/export.mjs'), '--output', join(plainDir, 'plain.pdf')], plainDir),
}))
/** @type {('deck' | 'marp' | 'plain')[]} */
const RUNNERS = ['deck', 'marp', 'plain']
const perPage = Object.fromEntries(RUNNERS.map(k => [k, mid(rounds.map(r => r[k])) / pages.slides]))
const runs = (/** @type {typeof RUNNERS[number]} */ key) => `runs: ${rounds.map(r => r[key].toFixed(2)).join(', ')} s`
row(`export, alternating with Marp (median of ${PAIRS})`, `${perPage.deck.toFixed(3)} s a page`, runs('deck'))
row('Marp CLI, same slides\' text', `${perPage.marp.toFixed(3)} s a page`, runs('marp'))
row('export.mjs, same slides\' text as a Slidev deck', `${perPage.plain.toFixed(3)} s a page`, runs('plain'))
row('ratio deck/Marp, per page', (perPage.deck / perPage.marp).toFixed(2), 'below 1: the deck is faster')
row('ratio same text, export.mjs/Marp, per page', (perPage.plain / perPage.marp).toFixed(2), 'the exporter alone')
row('ratio slidev export/deck, per page', (slidevExp / (perPage.deck * pages.slides)).toFixed(1))
await saveToPdf(marpDir, plainDir, chrome)

const single = median('node', ['scripts/build-single.mjs'])
row('build:single (one HTML file)', `${single.toFixed(2)} s`, kb(size('exports/iraq-playground.html')))

// The first `npm run dev` on a fresh clone: Vite's pre-bundle removed, first slide and the map slide timed.
console.error('dev cold start…')
row('dev: cold start to the first slide and the map', await devColdStart())
row('export speed-up over slidev export', `${(slidevExp / exp).toFixed(1)}×`)
row('first-load JavaScript, gzipped', kb(firstLoadJs('dist')))
row('dist/', kb(size('dist')))
for (const f of ['iraq-playground.pdf', 'iraq-playground-clicks.pdf', 'iraq-playground-handout.pdf'])
  row(`exports/${f}`, kb(size(join('exports', f))))
row('map geometry (data/geo/region.json)', kb(size('data/geo/region.json')))

console.error('starter…')
const dir = starter()
const starterSlides = (await loadDeck(dir)).slides.length
const sBuild = median('npx', ['slidev', 'build'], dir)
const sExp = median('node', [join(ROOT, 'scripts/export.mjs'), '--output', join(dir, 'starter.pdf')], dir)
row('starter: build', `${sBuild.toFixed(2)} s`, `${starterSlides} slides`)
row('starter: export, dist/ built', `${sExp.toFixed(2)} s`, `${(sExp / starterSlides).toFixed(3)} s a slide`)
row('ratio deck/starter, build per slide', ((build / pages.slides) / (sBuild / starterSlides)).toFixed(2))
row('ratio deck/starter, export per slide', ((exp / pages.slides) / (sExp / starterSlides)).toFixed(2))

await finish()
