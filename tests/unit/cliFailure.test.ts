// @vitest-environment node
// The one line a failed command prints: the file, the cause in words, the error's own words, nothing more.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { childFailure, describeFailure, outputArg } from '../../scripts/lib/cli.mjs'

const fsError = (code: string, message: string) => Object.assign(new Error(message), { code })

describe('describeFailure', () => {
  it('names the file and the cause of a file-system error, and says the earlier file is kept when there is one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'))
    const file = join(dir, 'talk.pdf')
    const full = fsError('ENOSPC', 'ENOSPC: no space left on device, write')
    expect(describeFailure(full, file)).toBe(`${file} not written: the disk is full (ENOSPC: no space left on device, write)`)
    writeFileSync(file, 'earlier')
    expect(describeFailure(full, file)).toMatch(/the disk is full .*; the earlier file is unchanged$/)
    expect(describeFailure(fsError('EACCES', 'EACCES: permission denied, open'), file)).toContain('the folder is not writable')
    const readOnly = Object.assign(fsError('EROFS', `EROFS: read-only file system, open '${dir}/.talk.pdf.1.0a0b0c0d.tmp'`), {
      path: `${dir}/.talk.pdf.1.0a0b0c0d.tmp`,
    })
    expect(describeFailure(readOnly, file), 'the temporary file is not the user\'s business')
      .toBe(`${file} not written: the file system is read-only (EROFS: read-only file system, open); the earlier file is unchanged`)
  })

  it('tells a browser that crashed from one that never started, on one line without Playwright\'s logs', () => {
    const crashed = new Error('page.pdf: Target page, context or browser has been closed\nCall log:\n  - printing')
    expect(describeFailure(crashed, 'x.pdf'))
      .toBe('x.pdf not written: the browser crashed (page.pdf: Target page, context or browser has been closed)')
    const launch = new Error('browserType.launch: Target page, context or browser has been closed\nBrowser logs:\n\n<launching> /x')
    expect(describeFailure(launch, 'x.pdf')).toMatch(/^x\.pdf not written: the browser did not start \(browserType\.launch: [^\n]+\)$/)
  })

  it('says the page never became ready, keeping the slide it names', () => {
    const e = new Error('slide 16 ("Never ready", page 16) did not become ready: locator.waitFor: Timeout 6000ms exceeded.')
    expect(describeFailure(e, 'x.pdf')).toBe(`x.pdf not written: the page never became ready (${e.message})`)
    expect(describeFailure(new Error('page.goto: Timeout 1ms exceeded.\nCall log:\n  - navigating'), 'x.pdf'))
      .toBe('x.pdf not written: the page never became ready (page.goto: Timeout 1ms exceeded.)')
  })

  it('puts a many-line message on one line', () => {
    const e = new Error('the print view logged problems:\n  console error: a\n  page error: b')
    expect(describeFailure(e, 'x.pdf'))
      .toBe('x.pdf not written: the page logged errors (the print view logged problems: console error: a page error: b)')
  })
})

describe('childFailure', () => {
  it('keeps the error\'s own lines from a failed build, and its whole output for DEBUG=1', () => {
    const stderr = '✗ Build failed in 947ms\nBuild failed with 1 error:\n\n[plugin deck:check-data]\nRolldownError: data/ has 1 problem:\n'
      + '  data/places.ts: place "balad": lat 999 is not a latitude (-90..90)\n    at error (file:///x.mjs:164:24)\n'
    const e = childFailure('slidev build', { status: 1, stdout: 'vite v8 building…', stderr })
    expect(e.message).toBe('slidev build failed: data/ has 1 problem: data/places.ts: place "balad": lat 999 is not a latitude (-90..90)')
    expect(e.detail).toContain('at error')
  })
})

describe('outputArg', () => {
  it('takes --output PATH and --output=PATH, falls back to the default, and refuses a --output with no path', () => {
    expect(outputArg(['node', 'x.mjs', '--with-clicks', '--output', 'a.pdf'], 'd.pdf')).toBe('a.pdf')
    expect(outputArg(['node', 'x.mjs', '--output=b.pdf'], 'd.pdf')).toBe('b.pdf')
    expect(outputArg(['node', 'x.mjs'], 'd.pdf')).toBe('d.pdf')
    expect(() => outputArg(['node', 'x.mjs', '--output'], 'd.pdf')).toThrow('--output needs a path')
    expect(() => outputArg(['node', 'x.mjs', '--output', '--with-clicks'], 'd.pdf')).toThrow('--output needs a path')
  })
})
