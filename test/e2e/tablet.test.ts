/**
 * The office's daily work on a tablet, in Chromium with touch (taps, not clicks) in landscape
 * 1024×768 and portrait 768×1024: the dashboard cards say why they are red, a tap on a chart point
 * shows its value, a grid cell is edited by tapping it and typing, the set-up screen recognises a
 * pasted list and its draft table fits the screen. Screenshots test-output/screenshots/tablet-*.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  launchTablet,
  screenshot,
  SCREENSHOTS,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

const TEXT = `1. Tốc độ tăng giá trị sản xuất bình quân 10%/năm trở lên;
2. Thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng;
3. Tỷ lệ hộ nghèo giảm còn dưới 0,5%;
4. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97% trở lên;
5. Phường được công nhận đạt chuẩn đô thị văn minh.`;

/** Signs in with taps on the form's fields and button. */
async function signInByTouch(page: Page, username: string): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.getByLabel('Tên đăng nhập').tap();
  await page.keyboard.type(username);
  await page.getByLabel('Mật khẩu').tap();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).tap();
  await page.getByTestId('user-name').waitFor();
}

/** How far the page or an element scrolls sideways (0: it fits). */
async function overflowX(page: Page, selector?: string): Promise<number> {
  return page.evaluate((sel) => {
    const el = sel ? document.querySelector(sel) : document.documentElement;
    return el ? el.scrollWidth - el.clientWidth : -1;
  }, selector);
}

for (const [orientation, viewport] of [
  ['landscape', { width: 1024, height: 768 }],
  ['portrait', { width: 768, height: 1024 }],
] as const) {
  describe(`a tablet in ${orientation} ${viewport.width}×${viewport.height}`, { timeout: 150_000 }, () => {
    let tablet: Browser;
    let page: Page;
    const name = (screen: string) => `tablet-${orientation}-${screen}`;

    beforeAll(async () => {
      tablet = await launchTablet(viewport);
      page = await tablet.context.newPage();
      page.on('pageerror', (error) => {
        throw new Error(`Lỗi JavaScript trong trang: ${error.message}`);
      });
      await signInByTouch(page, 'thanhhoa.editor');
    }, 120_000);

    afterAll(async () => {
      await tablet?.close();
    });

    it('shows why a card is red, and a chart point’s value on a tap', async () => {
      await page.goto(`${server.url}/u/380/dashboard`);
      const red = page.locator('.target-card.light-red').first();
      await red.waitFor();
      const why = red.locator('.facts div', { has: page.locator('dt', { hasText: 'Vì sao' }) });
      expect(((await why.locator('dd').textContent()) ?? '').length).toBeGreaterThan(10);
      expect(await why.locator('dd').isVisible()).toBe(true);
      const box = await red.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
      expect(await overflowX(page)).toBe(0);
      await screenshot(page, name('dashboard'));

      const card = page.locator('.target-card', { has: page.locator('.trend-dot') }).first();
      await card.scrollIntoViewIfNeeded();
      const dots = card.locator('.trend-hit');
      const count = await dots.count();
      expect(count).toBeGreaterThan(1);
      await dots.nth(count - 1).tap();
      const tip = card.locator('.trend-tip');
      await tip.waitFor();
      expect(await tip.textContent()).toMatch(/^20\d\d: [\d.,]+/);
      // The target for a finger is the size of a fingertip (about 9 mm), not the dot's 7 px.
      const hit = await dots.nth(count - 1).boundingBox();
      expect(hit?.width ?? 0).toBeGreaterThanOrEqual(32);
      await card.screenshot({ path: path.join(SCREENSHOTS, `${name('chart-tap')}.png`) });
    });

    it('edits a grid cell by tapping it and typing', async () => {
      await page.goto(`${server.url}/u/380/entry`);
      await page.locator('.data-grid').waitFor();
      await page.locator('#entry-year').selectOption('2024');
      await page.locator('#entry-columns').selectOption('quarter');
      const target = '3. Thu nhập bình quân đầu người';
      const period = orientation === 'landscape' ? 'quý III/2024' : 'quý IV/2024';
      const cell = page.locator(
        `[role="gridcell"][aria-label^="${target}, ${period}"], [role="gridcell"]:has(input[aria-label="${target}, ${period}"])`,
      );
      await cell.scrollIntoViewIfNeeded();
      await cell.tap();
      // The tap leaves an input focused in the cell: the tablet's keyboard opens on it.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
      await page.keyboard.type('98,5');
      await page.keyboard.press('Enter');
      expect(await cell.getAttribute('aria-label')).toContain(': 98,5, ');
      await screenshot(page, name('entry'));
    });

    it('recognises a pasted list on the set-up screen, and its draft table fits the screen', async () => {
      await page.goto(`${server.url}/u/380/setup?new=1`);
      await page.getByRole('heading', { name: 'Tạo nghị quyết từ văn bản' }).waitFor();
      const box = page.locator('textarea[name="targets-text"]');
      await box.tap();
      await box.evaluate((el, text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, TEXT);
      await page.getByText('Nhận dạng được 5 chỉ tiêu').waitFor();
      expect(await page.locator('.draft-table tbody tr').count()).toBe(5);
      // A correction by touch: the milestone's field.
      await page.getByLabel('Lĩnh vực 5').selectOption('van-hoa-xa-hoi');
      expect(await page.getByLabel('Lĩnh vực 5').inputValue()).toBe('van-hoa-xa-hoi');
      await page.locator('.draft-table').scrollIntoViewIfNeeded();
      expect(await overflowX(page)).toBe(0);
      expect(await overflowX(page, '.table-scroll:has(.draft-table)')).toBe(0);
      await screenshot(page, name('setup-drafts'));
    });
  });
}
