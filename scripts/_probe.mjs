import { chromium } from 'playwright-chromium'
import { launchOptions } from './browser.mjs'
import { serve } from './serve.mjs'
const server = await serve('dist')
const browser = await chromium.launch(await launchOptions())
const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
await page.goto(server.url + '/2', { waitUntil: 'networkidle' })
console.log(await page.evaluate(() => { const li = document.querySelector('.slidev-page-2 li'); const l = document.querySelector('.slidev-page-2 .slidev-layout'); return [getComputedStyle(li).fontSize, getComputedStyle(l).fontSize, l.className, [...document.styleSheets].flatMap(s => { try { return [...s.cssRules] } catch { return [] } }).filter(r => r.selectorText && r.selectorText.includes('.slidev-layout') && r.style && r.style.fontSize).map(r => r.selectorText + ' ' + r.style.fontSize).slice(0, 20)] }))
await browser.close(); await server.close()
