// npm run bench: wall times (median of 3) and sizes, for this deck and for Slidev's own starter deck.
// Prints a Markdown table. Nothing here is a pass/fail test: it measures.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { loadDeck } from './lib/deck.mjs'

const ROOT = resolve('.')
const WORK = join(ROOT, '.bench')
const RUNS = 3

function time(cmd, args, cwd = ROOT) {
  const t0 = process.hrtime.bigint()
  const run = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 })
  if (run.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${run.stdout}\n${run.stderr}`)
  return Number(process.hrtime.bigint() - t0) / 1e9
}
function median(cmd, args, cwd) {
  const t = Array.from({ length: RUNS }, () => time(cmd, args, cwd)).sort((a, b) => a - b)
  return t[Math.floor(t.length / 2)]
}
const size = p => (statSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + size(join(p, f)), 0) : statSync(p).size)
const kb = n => `${(n / 1024).toFixed(1)} KB`

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
const rows = []
function row(what, value, note = '') {
  rows.push([what, value, note])
  console.error(`  ${what}: ${value} ${note}`)
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

console.log(`| measure (median of ${RUNS}) | value | note |\n|---|---|---|`)
for (const r of rows) console.log(`| ${r.join(' | ')} |`)
