// Slidev's own exporter, kept for comparison with scripts/export.mjs (npm run export:slidev).
// It compiles the deck on a dev server and prints it; the browser is ours, wrapped so that it
// resolves no host but loopback, since `slidev export` passes no extra browser flags.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { browserPath, OFFLINE_ARGS } from './lib/browser.mjs'

export async function exportWithSlidev({ output = 'exports/iraq-playground-slidev.pdf', withClicks = false } = {}) {
  const wrapper = join(mkdtempSync(join(tmpdir(), 'chromium-')), 'chromium')
  const quoted = OFFLINE_ARGS.map(a => `'${a}'`).join(' ')
  writeFileSync(wrapper, `#!/bin/sh\nexec '${await browserPath()}' ${quoted} "$@"\n`)
  chmodSync(wrapper, 0o755)
  const args = ['slidev', 'export', '--executable-path', wrapper, '--output', output, '--timeout', '120000']
  if (withClicks)
    args.push('--with-clicks')
  const run = spawnSync('npx', args, { stdio: 'inherit' })
  if (run.status !== 0)
    throw new Error(`slidev export failed (exit ${run.status})`)
  return output
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await exportWithSlidev({ withClicks: process.argv.includes('--with-clicks') }).catch((e) => {
    console.error(e.message)
    process.exit(1)
  })
}
