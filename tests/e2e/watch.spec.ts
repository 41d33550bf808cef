// The author's loop, `npm run export:watch`, run for real in a copy of the deck: a save becomes a new PDF with the new
// words, a save that breaks a component is reported in one line and the last good PDF stays byte for byte, and Ctrl-C
// stops it cleanly. Its PDF is the one-off export's document (the @slow test).
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { expect, test } from '@playwright/test'
import { deck } from '../deck'
import { info, outline, pageTexts, sha, structure, temps } from './pdf'

const WATCH = resolve('scripts/export-watch.mjs')
const LEFT_OUT = new Set(['node_modules', '.git', 'dist', 'exports', 'test-results', 'playwright-report', '.bench', '.slidev'])

/** A copy of the deck as it is now, in a temporary folder, sharing node_modules. */
function deckCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'deck-watch-'))
  for (const name of readdirSync('.').filter(n => !LEFT_OUT.has(n)))
    cpSync(name, join(dir, name), { recursive: true })
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir')
  mkdirSync(join(dir, 'out'))
  return dir
}

/** Saves `file` in `dir` with `change` applied, failing when the change changes nothing. */
function edit(dir: string, file: string, change: (text: string) => string) {
  const before = readFileSync(join(dir, file), 'utf8')
  const after = change(before)
  expect(after, `the edit of ${file} changes it`).not.toBe(before)
  writeFileSync(join(dir, file), after)
}

/**
 * A change to slides.md: the title of the first slide after the cover whose heading is plain text, followed by
 * `words`. The cover's title comes from the headmatter, so its heading would not reach the outline.
 */
function retitle(words: string) {
  const slide = deck.slides.find(s => s.no > 1 && s.content.includes(`# ${s.title}\n`))!
  return Object.assign((text: string) => text.replace(`# ${slide.title}\n`, `# ${slide.title}${words}\n`), { page: slide.no })
}

/** The watch mode running in `dir`, its output read line by line. */
function startWatch(dir: string, args: string[]) {
  const child: ChildProcess = spawn(process.execPath, [WATCH, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: string[] = []
  let stderr = ''
  createInterface({ input: child.stdout! }).on('line', line => lines.push(line))
  child.stderr!.on('data', (d) => {
    stderr += d
  })
  const exited = new Promise<number | null>(done => child.on('exit', code => done(code)))
  return {
    lines,
    /** The next line after the first `after` lines that matches `pattern`; a failure to write fails the wait for one. */
    async line(pattern: RegExp, after: number, timeout = 60_000) {
      for (const by = Date.now() + timeout; Date.now() < by;) {
        const found = lines.slice(after).find(l => pattern.test(l) || (/ wrote /.test(pattern.source) && / not written: /.test(l)))
        if (found)
          return found
        if (child.exitCode !== null)
          break
        await new Promise(r => setTimeout(r, 50))
      }
      throw new Error(`no line matching ${pattern} after line ${after}:\n${lines.join('\n')}\n${stderr}`)
    },
    /** Ctrl-C, as a terminal sends it; resolves to the exit code. */
    async interrupt() {
      child.kill('SIGINT')
      return exited
    },
    kill: () => child.exitCode === null && child.kill('SIGKILL'),
  }
}

test.describe('npm run export:watch', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 })
  let dir: string
  let pdf: string
  let watch: ReturnType<typeof startWatch>

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    dir = deckCopy()
    pdf = join(dir, 'out', 'talk.pdf')
    watch = startWatch(dir, ['--output', pdf])
    await watch.line(/^started: wrote .*talk\.pdf, \d+ pages/, 0, 150_000)
  })

  test.afterAll(() => {
    watch?.kill()
    rmSync(dir, { recursive: true, force: true })
  })

  const change = retitle(', kumquat orbit')

  test('a slide\'s text saved in slides.md is in the PDF about a second later, whole, and in its outline', async () => {
    const seen = watch.lines.length
    edit(dir, 'slides.md', change)
    const line = await watch.line(/^slides\.md saved: /, seen)
    expect(line).toMatch(/^slides\.md saved: wrote .*talk\.pdf, \d+ pages, \d+\.\d\d s after the save \(updated in place\)$/)
    // Rebuilding the deck and exporting it takes about 9.5 s here; the watch applies the save to a page kept open.
    expect(Number(line.match(/(\d+\.\d\d) s after/)![1]), line).toBeLessThan(5)
    expect((await pageTexts(pdf))[change.page - 1]).toContain('kumquat orbit')
    expect((await outline(pdf))[change.page - 1].title).toMatch(/, kumquat orbit$/)
    expect(temps(join(dir, 'out')), 'no temporary file left').toEqual([])
  })

  test('content that appears late is printed once it is there, on a slide updated in place and on a slide added', async () => {
    // Shown 1.5 s after the slide mounts; data-waitfor tells the exporters to wait for it.
    const late = (words: string) => ['<script setup>', 'import { onMounted, ref } from \'vue\'', '', 'const shown = ref(false)']
      .concat(['onMounted(() => setTimeout(() => shown.value = true, 1500))', '</script>', ''])
      .concat([`<div data-waitfor=".late"><p v-if="shown" class="late" style="position: absolute; top: 0">${words}</p></div>`])
      .join('\n')
    const pages = (await pageTexts(pdf)).length
    let seen = watch.lines.length
    const heading = `# ${deck.slides[change.page - 1].title}, kumquat orbit\n`
    edit(dir, 'slides.md', t => t.replace(heading, `${heading}\n${late('kumquat, late')}\n`))
    expect(await watch.line(/^slides\.md saved: /, seen)).toMatch(new RegExp(`wrote .*, ${pages} pages, .*\\(updated in place\\)$`))
    expect((await pageTexts(pdf))[change.page - 1]).toContain('kumquat, late')
    seen = watch.lines.length
    edit(dir, 'slides.md', t => `${t.trimEnd()}\n\n---\n\n# Late arrival\n\n${late('kumquat, at last')}\n`)
    expect(await watch.line(/^slides\.md saved: /, seen)).toMatch(new RegExp(`wrote .*, ${pages + 1} pages`))
    expect((await pageTexts(pdf)).at(-1)).toContain('kumquat, at last')
  })

  test('a component that does not compile is reported in one line and the last good PDF stays, until it is fixed', async () => {
    const good = sha(pdf)
    const component = readFileSync(join(dir, 'components/Fact.vue'), 'utf8')
    let seen = watch.lines.length
    edit(dir, 'components/Fact.vue', t => t.replace('</script>', 'const broken = = 1\n</script>'))
    const broken = /not written: \[vue\/compiler-sfc\] Unexpected token \S+ in components\/Fact\.vue; the earlier file is unchanged$/
    expect(await watch.line(/^components\/Fact\.vue saved: /, seen)).toMatch(broken)
    expect(sha(pdf), 'the last good PDF, byte for byte').toBe(good)
    // Another file saved while the component is still broken must not print the component's last good code.
    seen = watch.lines.length
    edit(dir, 'slides.md', t => t.replace('kumquat orbit', 'kumquat orbit, quince'))
    expect(await watch.line(/^slides\.md saved: /, seen)).toMatch(broken)
    expect(sha(pdf), 'still the last good PDF').toBe(good)
    seen = watch.lines.length
    writeFileSync(join(dir, 'components/Fact.vue'), component)
    expect(await watch.line(/^components\/Fact\.vue saved: /, seen)).toMatch(/^components\/Fact\.vue saved: wrote /)
    expect((await pageTexts(pdf)).join(' '), 'the save made while it was broken is printed too').toContain('kumquat orbit, quince')
  })

  test('Ctrl-C closes the browser and the server and exits with 0', async () => {
    const seen = watch.lines.length
    expect(await watch.interrupt()).toBe(0)
    expect(watch.lines.slice(seen)).toEqual(['export:watch stopped'])
    expect(temps(join(dir, 'out'))).toEqual([])
  })
})

/** Everything a reader or a screen reader gets from the PDF, but the dates and Chromium's node numbers. */
async function documentOf(file: string) {
  return {
    info: await info(file),
    texts: await pageTexts(file),
    outline: await outline(file),
    structure: await structure(file),
  }
}

test('@slow the watch mode writes the one-off export\'s document: slides after an edit, clicks and handout after a '
  + 'save and its undo', async () => {
  test.setTimeout(600_000)
  const dir = deckCopy()
  const out = (name: string) => join(dir, 'out', name)
  try {
    const slides = startWatch(dir, ['--output', out('slides.pdf')])
    try {
      await slides.line(/^started: wrote /, 0, 150_000)
      edit(dir, 'slides.md', retitle(', kumquat orbit'))
      await slides.line(/^slides\.md saved: wrote /, 1)
      expect(await slides.interrupt()).toBe(0)
    }
    finally {
      slides.kill()
    }
    // A save and its undo: the second print comes from a page the first one changed in place (the handout lays the
    // print view out as A4 pages and puts it back). The slides with every click get a slide's text, the handout a note.
    const saves = {
      clicks: (t: string) => t.replace(', kumquat orbit\n', ', kumquat orbit, kumquats\n'),
      handout: (t: string) => t.replace(/<!--\n/, '<!--\nA passing remark about kumquats.\n'),
    }
    for (const [kind, save] of Object.entries(saves)) {
      const watch = startWatch(dir, [kind === 'clicks' ? '--with-clicks' : '--handout', '--output', out(`${kind}.pdf`)])
      try {
        await watch.line(/^started: wrote /, 0, 150_000)
        const text = readFileSync(join(dir, 'slides.md'), 'utf8')
        edit(dir, 'slides.md', save)
        await watch.line(/^slides\.md saved: wrote /, 1)
        expect((await pageTexts(out(`${kind}.pdf`))).join(' '), `${kind} after the save`).toContain('kumquats')
        const seen = watch.lines.length
        writeFileSync(join(dir, 'slides.md'), text)
        await watch.line(/^slides\.md saved: wrote /, seen)
        expect(await watch.interrupt()).toBe(0)
      }
      finally {
        watch.kill()
      }
    }
    // The one-off exports of the same sources: they build the copy first.
    for (const [script, file] of [['scripts/export.mjs', 'slides-once.pdf'], ['scripts/handout.mjs', 'handout-once.pdf']]) {
      const run = spawn(process.execPath, [script, '--output', out(file)], { cwd: dir, stdio: 'ignore' })
      expect(await new Promise(done => run.on('exit', done)), script).toBe(0)
    }
    const clicksOnce = spawn(process.execPath, ['scripts/export.mjs', '--with-clicks', '--output', out('clicks-once.pdf')], { cwd: dir })
    expect(await new Promise(done => clicksOnce.on('exit', done))).toBe(0)
    for (const name of ['slides', 'clicks', 'handout']) {
      const watched = await documentOf(out(`${name}.pdf`))
      expect(watched, `${name}: the watch mode's PDF and the one-off export's`).toEqual(await documentOf(out(`${name}-once.pdf`)))
      expect(watched.structure.marked, `${name} is tagged`).toBe(true)
    }
    expect((await pageTexts(out('slides.pdf'))).join(' ')).toContain('kumquat orbit')
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
