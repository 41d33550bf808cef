// @vitest-environment node
// The faults are made for real where the machine allows: a full tmpfs, a file-size limit, a read-only folder, a
// writer killed with SIGKILL, two writers at once. Each test asserts the earlier file's hash, not just an error.
import type { ChildProcess } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { checkWritable, removeStaleTemps, tempPathFor, writeFileAtomic, writeFileAtomicSync } from '../../scripts/lib/atomic-write.mjs'

const IS_ROOT = process.getuid?.() === 0
const HELPER = pathToFileURL(resolve('scripts/lib/atomic-write.mjs')).href
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const temps = (dir: string) => readdirSync(dir).filter(n => n.endsWith('.tmp'))
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))
const fault = (code: string, syscall: string) => Object.assign(new Error(`${code}: injected, ${syscall}`), { code, syscall })

let scripts: string
const dirs: string[] = []
const mounts: string[] = []
function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'))
  dirs.push(dir)
  return dir
}
/** A tmpfs of `size` bytes: a disk that really fills up. Root only. */
function tmpfs(size: number, options = '') {
  const dir = scratch()
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${options}`, 'tmpfs', dir])
  mounts.push(dir)
  return dir
}
/** The earlier file: random bytes, so that any change, even a partial overwrite, changes its hash. */
function earlier(dir: string, name = 'talk.pdf', size = 20_000) {
  const file = join(dir, name)
  writeFileSync(file, Buffer.from(Array.from({ length: size }, () => Math.floor(Math.random() * 256))))
  return { file, hash: sha(file) }
}

// A child that writes `chunks` chunks of `size` bytes of one character through the helper, `delay` ms apart, and
// prints a line after each. With `wait`, after its first chunk it waits (up to 2 s) until that many temporary files
// sit in the folder, so that two writers really write side by side.
const SLOW_WRITER = `
import { readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { writeFileAtomic } from '${HELPER}'
const [target, fill, chunks, size, delay, wait] = process.argv.slice(2)
const sleep = ms => new Promise(r => setTimeout(r, ms))
const tmps = () => readdirSync(dirname(target)).filter(n => n.endsWith('.tmp')).length
async function* slowly() {
  for (let i = 0; i < Number(chunks); i++) {
    if (i > 0)
      console.log(i)
    yield Buffer.alloc(Number(size), fill)
    for (let t = 0; i === 0 && t < 400 && tmps() < Number(wait); t++) await sleep(5)
    await sleep(Number(delay))
  }
}
await writeFileAtomic(target, slowly())
`
// A child under a file-size limit (ulimit -f) trying both writers: the kernel refuses the write with EFBIG.
const LIMITED_WRITER = `
import { writeFileAtomic, writeFileAtomicSync } from '${HELPER}'
const codes = []
await writeFileAtomic(process.argv[2], Buffer.alloc(1 << 20, 'x')).catch(e => codes.push(e.code))
try { writeFileAtomicSync(process.argv[2], Buffer.alloc(1 << 20, 'y')) } catch (e) { codes.push(e.code) }
console.log(JSON.stringify(codes))
`

function writer(target: string, fill: string, chunks: number, size: number, delay: number, wait = 0) {
  return spawn(process.execPath, [join(scripts, 'slow.mjs'), target, fill, String(chunks), String(size), String(delay), String(wait)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}
function exited(child: ChildProcess) {
  return new Promise<{ code: number | null, signal: string | null }>(r => child.on('exit', (code, signal) => r({ code, signal })))
}

beforeAll(() => {
  scripts = scratch()
  writeFileSync(join(scripts, 'slow.mjs'), SLOW_WRITER)
  writeFileSync(join(scripts, 'limited.mjs'), LIMITED_WRITER)
})
afterEach(() => {
  vi.restoreAllMocks()
})
afterAll(() => {
  for (const m of mounts) spawnSync('umount', ['-l', m])
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

describe('writeFileAtomic on the happy path', () => {
  it('writes a new file, making its folder, and leaves no temporary file behind', async () => {
    const dir = scratch()
    await writeFileAtomic(join(dir, 'a/b/talk.pdf'), 'hello')
    writeFileAtomicSync(join(dir, 'a/c/talk.html'), 'hi')
    expect(readFileSync(join(dir, 'a/b/talk.pdf'), 'utf8')).toBe('hello')
    expect(readFileSync(join(dir, 'a/c/talk.html'), 'utf8')).toBe('hi')
    expect(temps(join(dir, 'a/b'))).toEqual([])
  })

  it('replaces the earlier file, keeping its permissions, and writes through a symlink', async () => {
    const dir = scratch()
    const { file } = earlier(dir)
    chmodSync(file, 0o600)
    await writeFileAtomic(file, [Buffer.from('new '), 'pdf'])
    expect(readFileSync(file, 'utf8')).toBe('new pdf')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    symlinkSync(file, join(dir, 'link.pdf'))
    writeFileAtomicSync(join(dir, 'link.pdf'), 'through the link')
    expect(readFileSync(file, 'utf8')).toBe('through the link')
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })
})

describe('a write that fails keeps the earlier file byte for byte', () => {
  it('on a full disk: ENOSPC on a real tmpfs (mounting one needs root: skipped when not root, failed in CI)', async (ctx) => {
    if (!IS_ROOT) {
      if (process.env.CI)
        throw new Error('mounting a tmpfs needs root: CI must run as root')
      ctx.skip('mounting a tmpfs needs root')
    }
    const dir = tmpfs(256 * 1024)
    const before = earlier(dir, 'talk.pdf', 100_000)
    writeFileSync(join(dir, 'filler'), Buffer.alloc(100_000))
    await expect(writeFileAtomic(before.file, Buffer.alloc(200_000, 'n'))).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(() => writeFileAtomicSync(before.file, Buffer.alloc(200_000, 'n')))
      .toThrow(expect.objectContaining({ code: 'ENOSPC' }))
    expect(sha(before.file)).toBe(before.hash)
    expect(temps(dir)).toEqual([])
  })

  it('when a write fails on purpose (ENOSPC injected into the second write)', async () => {
    const dir = scratch()
    const before = earlier(dir)
    const probe = await open(before.file, 'r')
    const FileHandle = Object.getPrototypeOf(probe)
    await probe.close()
    const write = FileHandle.write
    let calls = 0
    vi.spyOn(FileHandle, 'write').mockImplementation(function (this: unknown, ...args: unknown[]) {
      return ++calls === 2 ? Promise.reject(fault('ENOSPC', 'write')) : write.apply(this, args)
    })
    await expect(writeFileAtomic(before.file, [Buffer.alloc(50_000, 'a'), Buffer.alloc(50_000, 'b')]))
      .rejects
      .toMatchObject({ code: 'ENOSPC' })
    expect(calls).toBe(2)
    expect(sha(before.file)).toBe(before.hash)
    expect(temps(dir)).toEqual([])
  })

  it('when the content fails midway (a chunk source that throws)', async () => {
    const dir = scratch()
    const before = earlier(dir)
    async function* broken() {
      yield Buffer.alloc(10_000, 'a')
      throw new Error('the printer stopped')
    }
    await expect(writeFileAtomic(before.file, broken())).rejects.toThrow('the printer stopped')
    expect(sha(before.file)).toBe(before.hash)
    expect(temps(dir)).toEqual([])
  })

  it('when the file outgrows the size limit: EFBIG from the kernel (ulimit -f), both writers', () => {
    const dir = scratch()
    const before = earlier(dir)
    // 64 blocks of 512 bytes: the temporary file is cut off at 32 KB, well inside a 1 MB write.
    const run = spawnSync('sh', ['-c', `ulimit -f 64; exec "${process.execPath}" "${join(scripts, 'limited.mjs')}" "${before.file}"`], {
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual(['EFBIG', 'EFBIG'])
    expect(sha(before.file)).toBe(before.hash)
    expect(temps(dir)).toEqual([])
  })

  const readOnly = IS_ROOT ? 'a tmpfs mounted read-only, as root' : 'chmod 555, as a user'
  it(`in a read-only folder (${readOnly}): refused before writing`, async () => {
    const dir = IS_ROOT ? tmpfs(64 * 1024) : scratch()
    const before = earlier(dir)
    if (IS_ROOT)
      execFileSync('mount', ['-o', 'remount,ro', dir])
    else
      chmodSync(dir, 0o555)
    const code = IS_ROOT ? 'EROFS' : 'EACCES'
    expect(() => checkWritable(before.file)).toThrow(expect.objectContaining({ code }))
    await expect(writeFileAtomic(before.file, 'new')).rejects.toMatchObject({ code })
    expect(sha(before.file)).toBe(before.hash)
    if (!IS_ROOT)
      chmodSync(dir, 0o755)
  })
})

describe('writers that die or race', () => {
  it('a writer killed with SIGKILL mid-write leaves the earlier file; the next write removes its temporary file', async () => {
    const dir = scratch()
    const before = earlier(dir)
    // 400 chunks of 64 KB, 10 ms apart: about 4 s of writing, killed once 1 MB of it has been written.
    const child = writer(before.file, 'k', 400, 64 * 1024, 10)
    const done = exited(child)
    let progress = ''
    await new Promise<void>(r => child.stdout!.on('data', (d: Buffer) => /^16$/m.test(progress += d) && r()))
    child.kill('SIGKILL')
    expect(await done).toEqual({ code: null, signal: 'SIGKILL' })
    expect(sha(before.file), 'the earlier file, byte for byte').toBe(before.hash)
    const stray = temps(dir)
    const named = new RegExp(`^\\.talk\\.pdf\\.${child.pid}\\.[0-9a-f]{8}\\.tmp$`)
    expect(stray, 'the killed writer\'s temporary file stays').toEqual([expect.stringMatching(named)])
    expect(statSync(join(dir, stray[0])).size, 'killed mid-write: 1 MB in, not 25').toBeLessThan(400 * 64 * 1024)
    await writeFileAtomic(before.file, 'next')
    expect(temps(dir), 'the next write cleans it up').toEqual([])
    expect(readFileSync(before.file, 'utf8')).toBe('next')
  }, 20_000)

  it('two processes writing different content at once end with exactly one of them, whole', async () => {
    const dir = scratch()
    const { file } = earlier(dir)
    // Each waits, after its first chunk, until both temporary files exist: the two writes truly overlap. The shorter
    // one is the slower, so that writing in place would leave its bytes over the head of the longer one.
    const plan = [{ fill: 'a', chunks: 64, delay: 2 }, { fill: 'b', chunks: 40, delay: 10 }]
    const children = plan.map(p => writer(file, p.fill, p.chunks, 64 * 1024, p.delay, 2))
    const results = await Promise.all(children.map(exited))
    expect(results).toEqual([{ code: 0, signal: null }, { code: 0, signal: null }])
    const whole = plan.map(p => createHash('sha256').update(Buffer.alloc(p.chunks * 64 * 1024, p.fill)).digest('hex'))
    expect(whole).toContain(sha(file))
    expect(temps(dir)).toEqual([])
  }, 20_000)

  it('two writes at once in one process end with one of them, whole, neither taking the other\'s temporary file', async () => {
    const dir = scratch()
    const { file } = earlier(dir)
    async function* slowly(fill: string, chunks: number, delay: number) {
      for (let i = 0; i < chunks; i++) {
        yield Buffer.alloc(10_000, fill)
        await sleep(delay)
      }
    }
    await Promise.all([writeFileAtomic(file, slowly('a', 20, 2)), writeFileAtomic(file, slowly('b', 10, 3))])
    expect([Buffer.alloc(200_000, 'a'), Buffer.alloc(100_000, 'b')]).toContainEqual(readFileSync(file))
    expect(temps(dir)).toEqual([])
  })

  it('stale cleanup removes only the temporary files of this target whose writer is gone', async () => {
    const dir = scratch()
    const { file } = earlier(dir)
    const dead = spawnSync(process.execPath, ['-e', '']).pid!
    const alive = spawn('sleep', ['30'])
    try {
      const gone = tempPathFor(file, dead)
      const running = tempPathFor(file, alive.pid)
      const other = tempPathFor(join(dir, 'other.pdf'), dead)
      for (const f of [gone, running, other]) writeFileSync(f, 'partial')
      expect(await removeStaleTemps(file)).toEqual([gone])
      expect(temps(dir).sort()).toEqual([running, other].map(f => f.slice(dir.length + 1)).sort())
    }
    finally {
      alive.kill()
    }
  })
})
