import { resolve } from 'node:path'
// What the exporters need to know about the deck, read with Slidev's own parser.
import { load } from '@slidev/parser/fs'

export async function loadDeck(root = process.cwd(), entry = 'slides.md') {
  const data = await load({ userRoot: root, roots: [root] }, resolve(root, entry))
  const head = data.headmatter
  const canvasWidth = Number(head.canvasWidth ?? 980)
  const [w, h] = String(head.aspectRatio ?? '16/9').split(/[/:]/).map(Number)
  return {
    slides: data.slides.map(s => ({
      no: s.index + 1,
      title: s.title ?? '',
      level: s.level ?? 1,
      note: s.note ?? '',
      content: s.content ?? '',
      frontmatter: s.frontmatter ?? {},
    })),
    title: String(head.title ?? ''),
    subject: String(head.info ?? ''),
    author: String(head.author ?? ''),
    keywords: String(head.keywords ?? '').split(',').map(k => k.trim()).filter(Boolean),
    width: canvasWidth,
    // The slide is 551.25 px tall at 16:9; a page a fraction shorter would spill onto an extra page.
    height: Math.ceil(canvasWidth / (w / (h || 1))),
  }
}
