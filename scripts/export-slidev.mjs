// Slidev's own exporter, kept for comparison with scripts/export.mjs (npm run export:slidev).
// It compiles the deck on a dev server and prints it; the browser is ours, wrapped so that it
// resolves no host but loopback, since `slidev export` passes no extra browser flags.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkWritable, writeFileAtomic } from './lib/atomic-write.mjs'
import { browserPath, OFFLINE_ARGS } from './lib/browser.mjs'
import { outputOf, run } from './lib/cli.mjs'

export const SLIDEV_FILE = 'exports/iraq-playground-slidev.pdf'

export async function exportWithSlidev({ output = SLIDEV_FILE, withClicks = false } = {}) {
  checkWritable(output)
  const work = mkdtempSync(join(tmpdir(), 'slidev-export-'))
  try {
    const wrapper = join(work, 'chromium')
    const quoted = OFFLINE_ARGS.map(a => `'${a}'`).join(' ')
    writeFileSync(wrapper, `#!/bin/sh\nexec '${await browserPath()}' ${quoted} "$@"\n`)
    chmodSync(wrapper, 0o755)
    // slidev export writes straight onto its --output: it prints into a private folder, and the finished file is
    // then put in place atomically like every other export.
    const printed = join(work, 'deck.pdf')
    // Every slide, the backup slides too: Slidev 52's print view does not honour --range, and this file is for comparison.
    const args = ['slidev', 'export', '--executable-path', wrapper, '--output', printed, '--timeout', '120000']
    if (withClicks)
      args.push('--with-clicks')
    const child = spawnSync('npx', args, { stdio: 'inherit' })
    if (child.status !== 0)
      throw new Error(`slidev export failed (exit ${child.status})`)
    await writeFileAtomic(output, readFileSync(printed))
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
  return output
}

if (fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const output = outputOf('export:slidev', SLIDEV_FILE)
  await run('export:slidev', output, () => exportWithSlidev({ output, withClicks: process.argv.includes('--with-clicks') }))
}
