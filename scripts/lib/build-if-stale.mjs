// Builds dist/ only when a source is newer than the last build, so exports reuse it.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { childFailure } from './cli.mjs'

/** What the deck is built from: its Markdown, its folders, and the Vue files Slidev picks up by name at its root. */
export const SOURCES = [
  'slides.md',
  'global-top.vue',
  'global-bottom.vue',
  'slide-top.vue',
  'slide-bottom.vue',
  'custom-nav-controls.vue',
  'pages',
  'components',
  'composables',
  'charts',
  'data',
  'layouts',
  'setup',
  'styles',
  'public',
  'vite.config.ts',
  'package-lock.json',
]

/**
 * @param {string} path a file or a folder
 * @returns {number} the latest modification time in it, in ms; 0 when it does not exist
 */
function newest(path) {
  if (!existsSync(path))
    return 0
  const info = statSync(path)
  if (!info.isDirectory())
    return info.mtimeMs
  return Math.max(info.mtimeMs, ...readdirSync(path).map(f => newest(join(path, f))))
}

export function buildIfStale(root = process.cwd()) {
  const stamp = join(root, 'dist', 'index.html')
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0
  if (built > Math.max(...SOURCES.map(s => newest(join(root, s)))))
    return false
  console.log('building the deck (dist/ is missing or older than its sources)…')
  const run = spawnSync('npx', ['slidev', 'build'], { cwd: root, encoding: 'utf8' })
  if (run.status !== 0)
    throw childFailure('slidev build', run)
  return true
}
