import { execFileSync } from 'node:child_process'
import { deck } from '../deck'
import { expect, test } from './guard'

function pdfText(file: string) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}
function pdfPages(file: string) {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
}

test('npm run export writes one page per slide, with every title as text', async () => {
  test.setTimeout(180_000)
  execFileSync('npm', ['run', 'export', '--silent'], { stdio: 'pipe' })
  const file = 'exports/iraq-playground.pdf'
  expect(pdfPages(file)).toBe(deck.slides.length)
  const pages = pdfText(file).split('\f')
  deck.slides.forEach((s, i) => expect(pages[i].replace(/\s+/g, ' ')).toContain(s.title.split(' ').slice(0, 3).join(' ')))
})
