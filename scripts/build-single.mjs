// npm run build:single: the whole deck as one HTML file that opens with a double-click (file://), no server.
// Hash routes (#/3), every script, style, font and the map geometry inlined; the normal build is untouched.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkWritable, writeFileAtomicSync } from './lib/atomic-write.mjs'
import { childFailure, outputOf, run } from './lib/cli.mjs'

export const SINGLE_FILE = 'exports/iraq-playground.html'

export function buildSingle(output = SINGLE_FILE) {
  const started = Date.now()
  // A folder that cannot be written fails now, not after the build.
  checkWritable(output)
  const out = mkdtempSync(join(tmpdir(), 'deck-single-'))
  try {
    const build = spawnSync('npx', ['slidev', 'build', '--router-mode', 'hash', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, DECK_SINGLE_FILE: '1' },
    })
    if (build.status !== 0)
      throw childFailure('slidev build', build)
    writeFileAtomicSync(output, readFileSync(join(out, 'index.html')))
  }
  finally {
    rmSync(out, { recursive: true, force: true })
  }
  const kb = statSync(output).size / 1024
  console.log(`wrote ${output}: ${(kb / 1024).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return output
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const output = outputOf('build:single', SINGLE_FILE)
  await run('build:single', output, () => buildSingle(output))
}
