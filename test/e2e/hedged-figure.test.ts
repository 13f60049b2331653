/**
 * A hedged figure typed in the grid, in Chromium against the real server: Thanh Hóa city's editor
 * types "trên 3.200" for a quarter's budget revenue (the form Chí Linh reports it in, seed 004),
 * saves, and the figure is stored with its hedge and shown again as typed after a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, signIn, startServer, type Browser, type RunningServer } from './harness';
import { apiAs } from './api-client';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`Lỗi JavaScript trong trang: ${error.message}`);
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const REVENUE = '4. Thu ngân sách nhà nước trên địa bàn';
const cell = (target: string, period: string) =>
  page.locator(
    `[role="gridcell"][aria-label^="${target}, ${period}"], [role="gridcell"]:has(input[aria-label="${target}, ${period}"])`,
  );

async function openGrid(): Promise<void> {
  await page.goto(`${server.url}/u/380/entry`);
  await page.locator('.data-grid').waitFor();
  await page.locator('#entry-year').selectOption('2024');
  await page.locator('#entry-columns').selectOption('quarter');
}

describe('a hedged figure typed in the grid', () => {
  it('is saved with its word and shown as typed', async () => {
    await signIn(page, server.url, 'thanhhoa.editor');
    await openGrid();
    await cell(REVENUE, 'quý III/2024').click();
    await page.keyboard.type('trên 3.200');
    await page.keyboard.press('Enter');
    await expect(cell(REVENUE, 'quý III/2024').getAttribute('aria-invalid')).resolves.toBeNull();
    await page.getByTestId('save-figures').click();
    await expect(page.locator('.save-message').textContent()).resolves.toContain('Đã lưu 1 số liệu');

    const api = await apiAs(server.url, 'thanhhoa.editor');
    const list = (await api.get('/api/units/380/resolutions')) as { resolutions: { id: string }[] };
    const view = (await api.get(`/api/resolutions/${list.resolutions[0]?.id ?? ''}`)) as {
      dossier: {
        targets: { id: string; code: string }[];
        observations: { targetId: string; period: string; value: unknown; hedge?: string }[];
      };
    };
    const revenue = view.dossier.targets.find((t) => t.code === '4');
    const saved = view.dossier.observations.filter(
      (o) => o.targetId === revenue?.id && o.period === '2024-Q3',
    );
    expect(saved.map((o) => [o.value, o.hedge])).toEqual([[3200, 'over']]);

    await page.reload();
    await openGrid();
    await expect(cell(REVENUE, 'quý III/2024').textContent()).resolves.toContain('trên 3.200');
  }, 120_000);
});
