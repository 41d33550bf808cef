// @vitest-environment node
import { Buffer } from 'node:buffer'
import { PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { finishPdf, pdfText } from '../../scripts/lib/pdf-finish.mjs'
import { openPdf, textOfPages } from '../../scripts/lib/pdf-text.mjs'

/** A PDF as Chromium writes them: a classic xref table, a catalog with its own entries, text on every page. */
async function printed(pages = 3) {
  const doc = await PDFDocument.create()
  for (let i = 1; i <= pages; i++) doc.addPage([300, 200]).drawText(`page ${i}`, { x: 20, y: 100 })
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('en'))
  return doc.save({ useObjectStreams: false })
}

const INFO = {
  Title: 'Iraq, a playground (for) Iran – and the “US”',
  Author: 'Team',
  Subject: 'Rockets',
  Keywords: 'Iraq Erbil',
  Creator: 'test',
}

describe('finishing a printed PDF', () => {
  it('adds the document info and an outline whose entries open the right pages, keeping every page and the catalog', async () => {
    const raw = await printed(3)
    const outline = [{ title: 'First (one)', page: 1 }, { title: 'Ça – “third”', page: 3 }]
    const { bytes, pages } = finishPdf(raw, { info: INFO, outline })
    expect(pages).toBe(3)

    const doc = await openPdf(bytes.slice()) // pdf.js takes the buffer it is given
    const { info } = await doc.getMetadata() as unknown as { info: Record<string, string> }
    expect(info).toMatchObject(INFO)
    expect(await textOfPages(doc)).toEqual(['page 1', 'page 2', 'page 3'])
    const read = await doc.getOutline()
    expect(read.map(o => o.title)).toEqual(outline.map(o => o.title))
    const targets = await Promise.all(read.map(async o => 1 + await doc.getPageIndex((o.dest as [{ num: number, gen: number }])[0])))
    expect(targets).toEqual([1, 3])
    const again = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(again.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en)')
    expect(again.getPageCount()).toBe(3)
  })

  it('copies every stream as it was, keeps every object, and packs the dictionaries into object streams', async () => {
    const raw = await printed(40)
    const { bytes } = finishPdf(raw, { info: INFO, outline: [] })
    const streams = async (file: Uint8Array) => {
      const doc = await PDFDocument.load(file, { updateMetadata: false })
      return new Map(doc.context.enumerateIndirectObjects()
        .filter(([, o]) => o instanceof PDFRawStream && !/ObjStm|XRef/.test(o.dict.toString()))
        .map(([ref, o]) => [ref.objectNumber, Buffer.from((o as PDFRawStream).contents).toString('hex')]))
    }
    const before = await streams(raw)
    expect(before.size, 'a content stream per page').toBe(40)
    expect(await streams(bytes)).toEqual(before)
    const text = Buffer.from(bytes).toString('latin1')
    expect(text.match(/\/Type \/ObjStm/g)).toHaveLength(1)
    expect(text).not.toMatch(/\/Type \/Page\b/) // no page dictionary left outside the compressed streams
    expect(bytes.length).toBeLessThan(raw.length)
    const doc = await openPdf(bytes.slice())
    expect(await textOfPages(doc)).toHaveLength(40)
  })

  it('names the entry that points past the last page', async () => {
    expect(() => finishPdf(new Uint8Array(0), { info: {}, outline: [] })).toThrow(/not a complete PDF/)
    const raw = await printed(2)
    expect(() => finishPdf(raw, { info: {}, outline: [{ title: 'Sources', page: 3 }] })).toThrow(/"Sources" points to page 3 of 2/)
  })

  it('refuses a PDF whose cross-reference is a stream, which only a re-save could update', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    const withStream = await doc.save()
    expect(() => finishPdf(withStream, { info: {}, outline: [] })).toThrow(/classic xref tables/)
  })

  it('refuses a PDF updated after printing, whose objects a second xref table would move', async () => {
    const raw = await printed(1)
    const text = Buffer.from(raw).toString('latin1')
    const prev = text.slice(text.lastIndexOf('startxref') + 9).trim().split(/\s/)[0]
    const update = `xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 1 /Root 1 0 R /Prev ${prev}>>\nstartxref\n${raw.length}\n%%EOF\n`
    const updated = new Uint8Array([...raw, ...Buffer.from(update, 'latin1')])
    expect(() => finishPdf(updated, { info: {}, outline: [] })).toThrow(/updated after it was printed/)
  })

  it('writes any text as UTF-16 in hex, so brackets and accents need no escaping', () => {
    expect(pdfText('É(')).toBe('<FEFF00C90028>')
  })
})
