// Writes styles/palette.css, the deck's colours as CSS variables, from charts/palette.ts, where they are named. Run after
// changing the palette: a unit test fails while the CSS is not what the palette says. Run: npm run build:palette
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import { writeFileAtomic } from './lib/atomic-write.mjs'
import { run } from './lib/cli.mjs'

const OUT = 'styles/palette.css'

await run('build:palette', OUT, async () => {
  const entry = fileURLToPath(new URL('../charts/palette.ts', import.meta.url))
  const { module } = await runnerImport(entry, { configFile: false, logLevel: 'silent' })
  await writeFileAtomic(fileURLToPath(new URL(`../${OUT}`, import.meta.url)), module.paletteCss())
  console.log(`wrote ${OUT} (${Object.keys(module.PALETTE).length} colours)`)
})
