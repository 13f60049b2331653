/**
 * The province view in Chromium against the real server with its demo data: the province's
 * approver lands on it, ranks the units on one indicator, reads the heat grid red first, opens a
 * late unit, returns its period with a reason, and the unit's editor sees the return.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshots, signIn, startServer, type Browser, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`Lỗi JavaScript trong trang: ${error.message}`);
  });
  return page;
}

const REASON = 'Số thu ngân sách năm 2023 nhập sau hạn và chưa khớp quyết toán; đề nghị rà soát, gửi lại.';

describe('province view in Chromium', { timeout: 180_000 }, () => {
  it('the approver ranks units, opens a late unit, returns its period with a reason; the unit sees it', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'tinh.approver');
    await page.waitForURL(/\/u\/38\/province/);
    const table = page.getByTestId('province-table');
    await table.waitFor();
    expect(await page.getByTestId('province-counts').textContent()).toMatch(/tỉnh Thanh Hóa · \d+ đơn vị/);
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(20);
    await screenshots(page, '20-toan-tinh-bang');

    // Ranked on one indicator, with the rule under the table.
    await page.getByRole('button', { name: 'Xếp hạng' }).click();
    await page.getByTestId('rank-indicator').selectOption('thu-ngan-sach');
    const ranking = page.locator('.compare-table');
    await ranking.waitFor();
    expect(await ranking.locator('tbody tr').count()).toBeGreaterThanOrEqual(10);
    expect((await ranking.locator('tbody tr').first().textContent()) ?? '').toContain('1');
    await screenshots(page, '21-toan-tinh-xep-hang');

    // The heat grid, red first, with a roll-up row.
    await page.getByRole('button', { name: 'Lưới nhiệt' }).click();
    const grid = page.getByTestId('heat-grid');
    await grid.waitFor();
    const reds = await grid
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.querySelectorAll('.light-red').length));
    expect(reds[0]).toBeGreaterThanOrEqual(reds[reds.length - 1] ?? 0);
    expect(await grid.locator('tfoot .rollup-cell').count()).toBeGreaterThan(3);
    await screenshots(page, '22-toan-tinh-luoi-nhiet');

    // A late unit: open it from the late list.
    const late = page.getByTestId('late-units').locator('li[data-unit="381"]');
    await late.waitFor();
    await late.getByRole('link').click();
    await page.waitForURL(/\/u\/381\/dashboard/);
    await expect(page.getByTestId('approval-notice').textContent()).resolves.toContain('chờ phê duyệt');

    // Back to the province, return Bỉm Sơn's 2023 with a reason.
    await page.goto(`${server.url}/u/38/province`);
    const row = page.getByTestId('province-table').locator('tr[data-unit="381"]');
    await row.getByRole('button', { name: 'Trả lại' }).click();
    await row.getByLabel(/Lý do/).fill(REASON);
    await row.locator('form').getByRole('button', { name: 'Trả lại' }).click();
    await row.locator('.state-returned').waitFor();
    expect(await row.textContent()).toContain(REASON);
    await screenshots(page, '23-toan-tinh-tra-lai');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();

    // The unit's editor sees the return and its reason.
    await signIn(page, server.url, 'bimson.editor');
    await page.waitForURL(/\/u\/381\/dashboard/);
    const notice = page.getByTestId('approval-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('bị trả lại');
    expect(text).toContain(REASON);
    await screenshots(page, '24-don-vi-bi-tra-lai');
    // The editor sends 2023 again from the same notice.
    await notice.getByLabel('Kỳ phê duyệt').selectOption('2023');
    await notice.getByRole('button', { name: 'Gửi' }).click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="approval-notice"]')?.textContent?.includes('chờ phê duyệt'),
    );
    await page.close();
  });
});
