/**
 * The province view in Chromium against the real server with its demo data: the province's
 * approver lands on it, reads the province's roll-up as the server answers it, ranks the units on
 * one indicator, reads the heat grid red first, opens a late unit, returns its period with a
 * reason, and the unit's editor sees the return. Once a commune has a resolution, its district's
 * row adds the commune up; with approved figures only, no roll-up is shown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatNumberVi } from '../../src/core';
import type { ProvinceViewAnswer } from '../../src/web/screens/province/api';
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

/** The province view as the server answers it to the signed-in user of the page. */
async function provinceAnswer(page: Page): Promise<ProvinceViewAnswer> {
  const response = await page.request.get(`${server.url}/api/units/38/province-view`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ProvinceViewAnswer;
}

/** The roll-up line shows exactly the counts of the answer, written the Vietnamese way. */
async function expectSummaryOf(page: Page, answer: ProvinceViewAnswer): Promise<void> {
  const r = answer.rollUp;
  if (!r) throw new Error('the province view answered no roll-up');
  const f = (n: number) => formatNumberVi(n);
  const summary = page.getByTestId('rollup-summary');
  await expect(summary.getByTestId('rollup-lead').textContent()).resolves.toBe(
    `Toàn bộ ${f(r.unitsReviewed)} đơn vị có nghị quyết, tính cả các cấp dưới: ${f(r.met)}/${f(r.judged)} chỉ tiêu đạt`,
  );
  const words = { red: 'đỏ', orange: 'cam', green: 'xanh', grey: 'chưa đánh giá' } as const;
  for (const light of ['red', 'orange', 'green', 'grey'] as const)
    await expect(summary.locator(`[data-light="${light}"]`).textContent()).resolves.toBe(
      `${words[light]} ${f(r.lights[light])}`,
    );
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
    // The province's roll-up, as the API answers the same view.
    const answer = await provinceAnswer(page);
    expect(answer.rollUp?.unitsReviewed).toBeGreaterThanOrEqual(20);
    await expectSummaryOf(page, answer);
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

  it('adds a commune up into its district’s row and the province; none with approved figures only', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'admin');
    const { csrfToken } = (await (await page.request.get(`${server.url}/api/auth/me`)).json()) as {
      csrfToken: string;
    };
    const before = await provinceAnswer(page);
    const district = before.rows.find((r) => r.unitCode === '380');
    if (!district?.resolutionId || !district.rollUp || !before.rollUp) throw new Error('no roll-up of 380');
    // One of the city's communes (before 1 July 2025) adopts the city's resolution as its own.
    const { units } = (await (await page.request.get(`${server.url}/api/units`)).json()) as {
      units: { code: string; level: string; parentCode?: string }[];
    };
    const commune = units.find((u) => u.parentCode === '380' && u.level === 'commune');
    if (!commune) throw new Error('no commune under 380');
    const { dossier } = (await (
      await page.request.get(`${server.url}/api/resolutions/${district.resolutionId}`)
    ).json()) as { dossier: Record<string, unknown> };
    const created = await page.request.post(`${server.url}/api/units/${commune.code}/resolutions`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { ...dossier, unit: undefined, title: 'Nghị quyết Đại hội Đảng bộ phường (thử cộng dồn)' },
    });
    expect(created.status()).toBe(201);

    await page.goto(`${server.url}/u/38/province`);
    const table = page.getByTestId('province-table');
    await table.waitFor();
    const answer = await provinceAnswer(page);
    expect(answer.rollUp?.unitsReviewed).toBe(before.rollUp.unitsReviewed + 1);
    await expectSummaryOf(page, answer);
    const r = answer.rows.find((row) => row.unitCode === '380')?.rollUp;
    expect(r?.unitsReviewed).toBe(2);
    if (!r) throw new Error('no roll-up of 380');
    const f = (n: number) => formatNumberVi(n);
    await expect(table.getByRole('columnheader', { name: 'Tính cả cấp dưới' }).count()).resolves.toBe(1);
    const cell = table.locator('tr[data-unit="380"] [data-testid="rollup-below"]');
    await expect(cell.locator('.rollup-met').textContent()).resolves.toBe(`${f(r.met)}/${f(r.judged)}`);
    await expect(cell.locator('.badge-red').textContent()).resolves.toBe(`đỏ ${f(r.lights.red)}`);
    await expect(cell.locator('.muted').textContent()).resolves.toBe('2 đơn vị');
    // A district without communes of its own adds nothing up: no figure in its cell.
    await expect(table.locator('tr[data-unit="381"] [data-testid="rollup-below"]').count()).resolves.toBe(0);
    // Red first remains the order of the rows.
    const reds = answer.rows.map((row) => row.unitCode);
    const shown = await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-unit')));
    expect(shown).toEqual(reds);
    await screenshots(page, '25-toan-tinh-cong-don');
    // At 1024 px the page does not scroll sideways: the summary wraps, the column stays in view.
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
      1024,
    );
    const box = await cell.boundingBox();
    expect((box?.x ?? Number.POSITIVE_INFINITY) + (box?.width ?? 0)).toBeLessThanOrEqual(1024);
    await page.setViewportSize({ width: 1366, height: 900 });

    // Approved figures only: the engine keeps no such roll-up, so none is shown.
    const approvedOnly = page.waitForResponse((res) => res.url().includes('approvedOnly=true'));
    await page.getByLabel('Chỉ số liệu đã phê duyệt').check();
    await approvedOnly;
    await page.getByTestId('rollup-summary').waitFor({ state: 'detached' });
    await expect(table.getByRole('columnheader', { name: 'Tính cả cấp dưới' }).count()).resolves.toBe(0);
    await page.close();
  });
});
