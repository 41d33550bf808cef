// Every file written for a user goes through here: into a temporary file in the target's own folder, flushed to disk,
// then renamed over the target. A rename within one file system is atomic, so a reader, a second writer or a crash
// (ENOSPC, SIGKILL, power cut) sees either the earlier file or the new one, whole, never a mix or a stub.
import { Buffer } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { mkdir, open, readdir, realpath, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** @typedef {string | Uint8Array} Chunk */
/** @typedef {Chunk | Iterable<Chunk> | AsyncIterable<Chunk>} Content */

/** @type {Set<string>} temporary files this process is writing now: stale-file cleanup must never take one of them */
const inflight = new Set()
let exitHookInstalled = false

/**
 * Where the bytes for `target` are written before the rename: hidden, in the same folder, named after the pid.
 * @param {string} target the file to be written
 * @param {number} [pid] the writer's process id
 * @returns {string} the temporary file's path
 */
export function tempPathFor(target, pid = process.pid) {
  return join(dirname(target), `.${basename(target)}.${pid}.${randomBytes(4).toString('hex')}.tmp`)
}

const escapeRe = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const tempPattern = (/** @type {string} */ target) => new RegExp(`^\\.${escapeRe(basename(target))}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`)

/** @param {number} pid */
export function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  }
  catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (e).code === 'EPERM'
  }
}

/**
 * The temporary files for `target` whose writer is gone (killed mid-write), given the folder's names.
 * @param {string} target the file written
 * @param {string[]} names the names in its folder
 * @returns {string[]} the stale temporary files' paths
 */
function staleAmong(target, names) {
  const pattern = tempPattern(target)
  return names.filter((name) => {
    const pid = Number(pattern.exec(name)?.[1] ?? 0)
    return pid > 0 && !inflight.has(join(dirname(target), name)) && (pid === process.pid || !isAlive(pid))
  }).map(name => join(dirname(target), name))
}

/**
 * Removes what earlier writers of `target` left when they were killed; returns the paths removed.
 * @param {string} target the file to be written
 */
export async function removeStaleTemps(target) {
  const names = await readdir(dirname(target)).catch(() => /** @type {string[]} */ ([]))
  const stale = staleAmong(target, names)
  await Promise.all(stale.map(p => rm(p, { force: true })))
  return stale
}

/** A process.exit() mid-write (Playwright's SIGINT handler calls one) takes its temporary files with it. */
function installExitHook() {
  if (exitHookInstalled)
    return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const temp of inflight) rmSync(temp, { force: true })
  })
}

/**
 * A symlinked target is replaced where it points, so the link survives.
 * @param {string} target the path asked for
 * @returns {Promise<string>} the file to replace
 */
async function resolveTarget(target) {
  return realpath(target).catch(() => target)
}

/** @param {Content} content @returns {AsyncGenerator<Uint8Array>} */
async function* chunksOf(content) {
  const list = typeof content === 'string' || content instanceof Uint8Array ? [content] : content
  for await (const chunk of /** @type {AsyncIterable<Chunk>} */ (list))
    yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk
}

/**
 * The rename is only durable once the folder's entry is on disk too; some systems cannot open a folder to sync it.
 * @param {string} dir the folder
 */
async function syncFolder(dir) {
  const handle = await open(dir, 'r').catch(() => undefined)
  await handle?.sync().catch(() => {})
  await handle?.close()
}

/**
 * Writes `content` to `target` atomically: on any failure the temporary file is removed, the error thrown, and the
 * earlier file stays byte for byte. Missing folders are made; the earlier file's permissions are kept.
 * @param {string} target
 * @param {Content} content bytes, text, or chunks of either (written as they come, so a big file need not be in memory)
 */
export async function writeFileAtomic(target, content) {
  const file = await resolveTarget(target)
  await mkdir(dirname(file), { recursive: true })
  await removeStaleTemps(file)
  const mode = await stat(file).then(s => s.mode & 0o7777, () => undefined)
  const temp = tempPathFor(file)
  installExitHook()
  inflight.add(temp)
  /** @type {import('node:fs/promises').FileHandle | undefined} */
  let handle
  try {
    handle = await open(temp, 'wx')
    if (mode !== undefined)
      await handle.chmod(mode)
    for await (const chunk of chunksOf(content)) {
      for (let done = 0; done < chunk.length;)
        done += (await handle.write(chunk, done, chunk.length - done)).bytesWritten
    }
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, file)
  }
  catch (e) {
    await handle?.close().catch(() => {})
    await rm(temp, { force: true })
    throw e
  }
  finally {
    inflight.delete(temp)
  }
  await syncFolder(dirname(file))
}

/**
 * The target resolved through a symlink, its folder made, its stale temporary files gone.
 * @param {string} target the path asked for
 * @returns {string} the file to replace
 */
function prepareSync(target) {
  let file = target
  try {
    file = realpathSync(target)
  }
  catch {}
  mkdirSync(dirname(file), { recursive: true })
  for (const stale of staleAmong(file, readdirSync(dirname(file)))) rmSync(stale, { force: true })
  return file
}

/** The same as writeFileAtomic, for the synchronous builders. @param {string} target @param {Chunk} content */
export function writeFileAtomicSync(target, content) {
  const file = prepareSync(target)
  const mode = statSync(file, { throwIfNoEntry: false })?.mode
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  const temp = tempPathFor(file)
  installExitHook()
  inflight.add(temp)
  /** @type {number | undefined} */
  let fd
  try {
    fd = openSync(temp, 'wx')
    if (mode !== undefined)
      fchmodSync(fd, mode & 0o7777)
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temp, file)
  }
  catch (e) {
    if (fd !== undefined)
      closeSync(fd)
    rmSync(temp, { force: true })
    throw e
  }
  finally {
    inflight.delete(temp)
  }
}

/**
 * Fails now, not after a minute of printing, when `target` could not be written at all: makes its folder, clears
 * stale temporary files, and creates and removes one. A full disk can still fail the real write later.
 * Synchronous, so that the synchronous builders can call it too: it is a few system calls.
 * @param {string} target
 */
export function checkWritable(target) {
  const file = prepareSync(target)
  const probe = tempPathFor(file)
  closeSync(openSync(probe, 'wx'))
  rmSync(probe, { force: true })
}
