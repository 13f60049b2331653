/**
 * A year's plan from its text in Chromium against the real server: Thanh Hóa city's editor pastes
 * issue 13's list on the set-up screen, the table matches each line to a target, the poverty
 * rate's stated change ("giảm 0,5%") waits for a value, the save is refused until it has one, and
 * the plans are then stored (read back through the API) beside the resolution's other plans, in
 * one request for the whole resolution. When the server refuses one target of that request, no
 * plan is stored and the table stays for another try.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshots, signIn, startServer, type Browser, type RunningServer } from './harness';
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

const LIST =
  'Năm 2024 phấn đấu: tổng giá trị sản xuất tăng 12%; thu ngân sách trên địa bàn đạt 1.250 tỷ đồng; tỷ lệ hộ nghèo giảm 0,5%';

type Plan = { targetId: string; period: string; kind: string; source: string; value: number };
type Dossier = { targets: { id: string; code: string; name: string }[]; plans: Plan[] };

const chosen = (page: Page, row: number) =>
  page
    .locator('form[aria-labelledby="plans-title"] tbody tr')
    .nth(row)
    .locator('select option:checked')
    .textContent();

describe('a year’s plan pasted on the set-up screen', () => {
  it('is matched to the targets, checked, and saved beside the stored plans', async () => {
    await signIn(page, server.url, 'thanhhoa.editor');
    await page.goto(`${server.url}/u/380/setup`);
    const form = page.locator('form[aria-labelledby="plans-title"]');
    await form.waitFor();
    const api = await apiAs(server.url, 'thanhhoa.editor');
    const list = (await api.get('/api/units/380/resolutions')) as { resolutions: { id: string }[] };
    const shown = await page.evaluate(() => new URL(window.location.href).searchParams.get('r'));
    const resolutionId = shown ?? list.resolutions[0]!.id;
    const before = ((await api.get(`/api/resolutions/${resolutionId}`)) as { dossier: Dossier }).dossier;

    await form.getByLabel('Danh sách chỉ tiêu kế hoạch').fill(LIST);
    await form.getByRole('button', { name: 'Nhận dạng kế hoạch' }).click();
    const rows = form.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await expect(chosen(page, 0)).resolves.toContain('Tốc độ tăng giá trị sản xuất');
    await expect(chosen(page, 1)).resolves.toContain('Thu ngân sách nhà nước trên địa bàn');
    await expect(rows.nth(1).getByLabel('Giá trị kế hoạch').inputValue()).resolves.toBe('1.250');
    const poverty = rows.nth(2);
    await expect(chosen(page, 2)).resolves.toContain('Tỷ lệ hộ nghèo');
    await expect(poverty.textContent()).resolves.toContain('mức thay đổi -0,5%');
    await screenshots(page, 'setup-plans-recognised');

    await form.getByRole('button', { name: 'Lưu 3 kế hoạch' }).click();
    await expect(form.getByRole('alert').first().textContent()).resolves.toContain('Còn 1 dòng có lỗi');
    await poverty.getByLabel('Giá trị kế hoạch').fill('0,7');
    const writes: string[] = [];
    const listen = (request: { method(): string; url(): string }) => {
      if (/\/plans(\?|$)/.test(request.url()) && request.method() !== 'GET')
        writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
    };
    page.on('request', listen);
    await form.getByRole('button', { name: 'Lưu 3 kế hoạch' }).click();
    await form.getByText('Đã lưu 3 kế hoạch của 3 chỉ tiêu.').waitFor();
    page.off('request', listen);
    // All three targets in one request: the server saves them all or none.
    expect(writes).toEqual([`POST /api/resolutions/${resolutionId}/plans`]);

    const after = ((await api.get(`/api/resolutions/${resolutionId}`)) as { dossier: Dossier }).dossier;
    const nameOf = new Map(after.targets.map((t) => [t.id, t.name]));
    const of2024 = after.plans
      .filter((p) => p.period === '2024')
      .map((p) => [nameOf.get(p.targetId), p.kind, p.source, p.value])
      .sort();
    expect(of2024).toEqual([
      ['Thu ngân sách nhà nước trên địa bàn', 'annual-plan', 'ke-hoach-nam', 1250],
      ['Tốc độ tăng giá trị sản xuất bình quân', 'annual-plan', 'ke-hoach-nam', 12],
      ['Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', 'annual-plan', 'ke-hoach-nam', 0.7],
    ]);
    // The plans stored before (seed 000's estimates for 2023) are all still there.
    for (const plan of before.plans)
      expect(after.plans).toContainEqual(
        expect.objectContaining({
          targetId: plan.targetId,
          period: plan.period,
          source: plan.source,
          value: plan.value,
        }),
      );
  }, 120_000);

  it('stores nothing when the server refuses one target, and keeps the table', async () => {
    await page.goto(`${server.url}/u/380/setup`);
    const form = page.locator('form[aria-labelledby="plans-title"]');
    await form.waitFor();
    const api = await apiAs(server.url, 'thanhhoa.editor');
    const list = (await api.get('/api/units/380/resolutions')) as { resolutions: { id: string }[] };
    const shown = await page.evaluate(() => new URL(window.location.href).searchParams.get('r'));
    const resolutionId = shown ?? list.resolutions[0]!.id;
    const before = ((await api.get(`/api/resolutions/${resolutionId}`)) as { dossier: Dossier }).dossier;

    await form.getByLabel('Danh sách chỉ tiêu kế hoạch').fill(LIST.replace('Năm 2024', 'Năm 2025'));
    await form.getByRole('button', { name: 'Nhận dạng kế hoạch' }).click();
    const rows = form.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(3);
    await rows.nth(2).getByLabel('Giá trị kế hoạch').fill('0,6');
    // On its way, the second target of the request is replaced by one no resolution has.
    await page.route('**/plans', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { items?: { targetId: string }[] };
      if (body.items?.[1]) body.items[1].targetId = 'khong-co-chi-tieu-nay';
      await route.continue({ postData: JSON.stringify(body) });
    });
    await form.getByRole('button', { name: 'Lưu 3 kế hoạch' }).click();
    await expect(form.getByRole('alert').first().textContent()).resolves.toContain('Chưa lưu kế hoạch nào');
    await page.unroute('**/plans');
    await expect(form.textContent()).resolves.toContain('Chỉ tiêu không thuộc nghị quyết này.');
    await expect(rows.count()).resolves.toBe(3);

    const after = ((await api.get(`/api/resolutions/${resolutionId}`)) as { dossier: Dossier }).dossier;
    expect(after.plans.filter((p) => p.period === '2025')).toEqual([]);
    expect(after.plans).toEqual(before.plans);
  }, 120_000);
});
