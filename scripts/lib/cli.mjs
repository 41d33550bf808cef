// What the commands share at their edges: the --output argument, and a failure told in one line on stderr that
// names the file and the cause in words. A stack trace helps whoever debugs the script, not whoever runs it, so it
// is printed only with DEBUG=1.
import { existsSync } from 'node:fs'

/** @type {Record<string, string>} */
const FS_CAUSES = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'the folder is not writable',
  EPERM: 'the folder is not writable',
  EFBIG: 'the file is larger than this system allows',
  EISDIR: 'a folder has that name',
  ENOTDIR: 'part of the path is a file, not a folder',
  EIO: 'the disk reported an input/output error',
  EMFILE: 'too many files are open',
}

// Playwright's and our own messages, by what a user can do about them. The launch comes first: a browser that dies
// while starting also reports itself "closed".
/** @type {[RegExp, string][]} */
const MESSAGE_CAUSES = [
  [/^No Chromium found/, 'no Chromium found: run npx playwright install chromium, apt-get install chromium, or set CHROMIUM_PATH'],
  [/browserType\.launch|Failed to launch/i, 'the browser did not start'],
  [/has been closed|browser has disconnected|Target crashed|Page crashed|Browser closed/i, 'the browser crashed'],
  [/did not become ready|kept changing|Timeout \d+ms exceeded/i, 'the page never became ready'],
  [/logged problems/, 'the page logged errors'],
]

// eslint-disable-next-line no-control-regex
const ANSI = /\x1B\[[0-9;]*m/g

/**
 * The error's own words on one line, without Playwright's call log or browser log, and not too long to read.
 * @param {string} message the error's message
 * @returns {string} the line
 */
function oneLine(message) {
  const text = String(message).replace(ANSI, '').split(/\n\s*(?:Call log:|Browser logs:|=+)/)[0].replace(/\s+/g, ' ').trim()
  return text.length > 300 ? `${text.slice(0, 299)}…` : text
}

/**
 * The sentence a user reads when `file` was not written: the cause in words, the error's own words after it.
 * @param {unknown} error
 * @param {string} [file]
 */
export function describeFailure(error, file) {
  const e = /** @type {NodeJS.ErrnoException & { dest?: string }} */ (error instanceof Error ? error : new Error(String(error)))
  // A file-system error's paths are the hidden temporary file's: the file the user asked for is named already.
  let message = e.message
  for (const p of [e.dest, e.path].filter(Boolean))
    message = message.replace(` -> '${p}'`, '').replace(` '${p}'`, '')
  const words = oneLine(message)
  const known = (e.code && FS_CAUSES[e.code]) ?? MESSAGE_CAUSES.find(([re]) => re.test(e.message))?.[1]
  const cause = known ? `${known} (${words})` : words
  if (!file)
    return cause
  const kept = existsSync(file) ? '; the earlier file is unchanged' : ''
  return `${file} not written: ${cause}${kept}`
}

/**
 * Reports a failed command and ends the process with exit code 1.
 * @param {string} what the command, as the line starts: "export", "handout"…
 * @param {unknown} error
 * @param {string} [file] the file it was writing
 * @returns {never} it does not return
 */
export function fail(what, error, file) {
  console.error(`${what} failed: ${describeFailure(error, file)}`)
  if (process.env.DEBUG && process.env.DEBUG !== '0') {
    const e = /** @type {Error & { detail?: string }} */ (error)
    console.error(e?.stack ?? e)
    if (e?.detail)
      console.error(e.detail)
  }
  process.exit(1)
}

/**
 * The path after --output (or --output=PATH), or the default. A --output with no path is a mistake, not a default.
 * @param {string[]} argv
 * @param {string} fallback
 */
export function outputArg(argv, fallback) {
  const i = argv.indexOf('--output')
  const joined = argv.find(a => a.startsWith('--output='))
  if (joined)
    return joined.slice('--output='.length)
  if (i === -1)
    return fallback
  const value = argv[i + 1]
  if (!value || value.startsWith('--'))
    throw new Error('--output needs a path: --output exports/talk.pdf')
  return value
}

/**
 * outputArg for a command's own argv: a bad --output ends it with the one line.
 * @param {string} what the command, as the line starts
 * @param {string} fallback the path when there is no --output
 * @param {string[]} [argv] the command's arguments
 */
export function outputOf(what, fallback, argv = process.argv) {
  try {
    return outputArg(argv, fallback)
  }
  catch (e) {
    fail(what, e)
  }
}

/**
 * The lines that say what went wrong in a child's output: an `…Error:` line and its continuation, before the stack.
 * @param {string} output the child's stderr and stdout
 * @returns {string[]} the lines, trimmed
 */
function tellingLines(output) {
  const lines = output.replace(ANSI, '').split('\n').map(l => l.trim())
  const start = lines.findIndex(l => /^\w*Error:/.test(l))
  if (start === -1)
    return [lines.find(l => /\berror\b/i.test(l)) ?? lines.filter(Boolean).at(-1) ?? ''].filter(Boolean)
  const end = lines.findIndex((l, i) => i > start && (!l || l.startsWith('at ') || l === '{'))
  return lines.slice(start, end === -1 ? undefined : end).map((l, i) => i ? l : l.replace(/^\w*Error:\s*/, ''))
}

/**
 * A failed child build as an error: its telling lines for the message, its whole output for DEBUG=1.
 * @param {string} what
 * @param {{ status: number | null, stdout: string, stderr: string }} child
 */
export function childFailure(what, child) {
  const telling = tellingLines(`${child.stderr}\n${child.stdout}`).join(' ') || `exit code ${child.status}`
  return Object.assign(new Error(`${what} failed: ${telling}`), { detail: `${child.stdout}\n${child.stderr}` })
}

/**
 * Runs a command's body, turning any failure into the one line and exit code 1.
 * @param {string} what
 * @param {string | undefined} file
 * @param {() => Promise<unknown> | unknown} body
 */
export async function run(what, file, body) {
  try {
    await body()
  }
  catch (e) {
    fail(what, e, file)
  }
}
