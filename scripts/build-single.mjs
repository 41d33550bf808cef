// npm run build:single: the whole deck as one HTML file that opens with a double-click (file://), no server.
// Hash routes (#/3), every script, style, font and the map geometry inlined; the normal build is untouched.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SINGLE_FILE = 'exports/iraq-playground.html'

export function buildSingle(output = SINGLE_FILE) {
  const started = Date.now()
  const out = mkdtempSync(join(tmpdir(), 'deck-single-'))
  try {
    const run = spawnSync('npx', ['slidev', 'build', '--router-mode', 'hash', '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, DECK_SINGLE_FILE: '1' },
    })
    if (run.status !== 0)
      throw new Error(`slidev build failed:\n${run.stdout}\n${run.stderr}`)
    mkdirSync(resolve(output, '..'), { recursive: true })
    copyFileSync(join(out, 'index.html'), output)
  }
  finally {
    rmSync(out, { recursive: true, force: true })
  }
  const kb = statSync(output).size / 1024
  console.log(`wrote ${output}: ${(kb / 1024).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return output
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  buildSingle()
