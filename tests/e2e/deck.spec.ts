import { deck } from '../deck'
import { expect, test } from './guard'

for (const slide of deck.slides) {
  test(`slide ${slide.no} renders its title: ${slide.title}`, async ({ page }) => {
    await page.goto(`/${slide.no}`)
    const current = page.locator(`.slidev-page-${slide.no}`)
    await expect(current).toBeVisible()
    await expect(current).toContainText(slide.title.slice(0, 20))
  })
}

test('a click step reveals its content', async ({ page }) => {
  await page.goto('/2')
  const step = page.locator('.slidev-page-2 .slidev-vclick-target').first()
  await expect(step).toHaveClass(/slidev-vclick-hidden/)
  await page.keyboard.press('ArrowRight')
  await expect(step).not.toHaveClass(/slidev-vclick-hidden/)
  await expect(page).toHaveURL(/\/2\?clicks=1/)
})

test('the presenter view shows the speaker note of slide 1', async ({ page }) => {
  await page.goto('/presenter/1')
  await expect(page.locator('.slidev-note').first()).toContainText(deck.slides[0].note.split(/\s+/).slice(0, 6).join(' '))
})
