/**
 * The office's daily work in Chromium against the real server: a ward created on 1 July 2025 sets
 * up its 10-target resolution by pasting the text (the actions are counted), enters 6- and
 * 9-month figures (one as "97,5%"), types "Đạt" into a milestone through an input method's
 * composition, marks a block as chính thức at once, and sees its cards with charts. Screenshots
 * of every screen at 1366×768 and 1024×768 go to test-output/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchBrowser,
  pngSize,
  screenshots,
  SCREENSHOTS,
  signIn,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';
import { apiAs } from './api-client';

let server: RunningServer;
let browser: Browser;
let page: Page;

const TEXT = `Về kinh tế
1. Tốc độ tăng giá trị sản xuất bình quân 10%/năm trở lên;
2. Thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng;
3. Thu ngân sách nhà nước trên địa bàn năm 2030 đạt 150 tỷ đồng trở lên;
4. Tổng vốn đầu tư phát triển 5 năm đạt 5.000 tỷ đồng;
Về văn hóa - xã hội
5. Tỷ lệ hộ nghèo giảm còn dưới 0,5%;
6. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97% trở lên;
Về môi trường
7. Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%;
Về quốc phòng - an ninh
8. Hằng năm hoàn thành 100% chỉ tiêu giao quân;
Về xây dựng Đảng và hệ thống chính trị
9. Kết nạp 60 đảng viên mới trở lên;
10. Phường được công nhận đạt chuẩn đô thị văn minh.`;

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

/** A ward created on 1 July 2025 whose code no older unit had. */
async function wardCode(): Promise<string> {
  const api = await apiAs(server.url, 'tinh.approver');
  type U = { code: string; name: string; validFrom?: string; children?: unknown[] };
  const answer = (await api.get('/api/units')) as { units: U[] };
  const flat: U[] = [];
  const walk = (list: unknown[]) => {
    for (const u of list as U[]) {
      flat.push(u);
      if (u.children) walk(u.children);
    }
  };
  walk(answer.units);
  // New wards took a predecessor's code; the web app opens the unit by code (see the closing
  // note), so the ward's own validity may not reach the form: the term is then typed (counted).
  const ward =
    flat.find((u) => u.validFrom === '2025-07-01' && flat.filter((o) => o.code === u.code).length === 1) ??
    flat.find((u) => u.validFrom === '2025-07-01' && u.name.startsWith('phường '));
  if (!ward)
    throw new Error(
      `no ward: ${JSON.stringify(flat.filter((u) => u.validFrom === '2025-07-01').slice(0, 5))} of ${flat.length}`,
    );
  return ward.code;
}

function cell(target: string, period: string) {
  return page.locator(
    `[role="gridcell"][aria-label^="${target}, ${period}"], [role="gridcell"]:has(input[aria-label="${target}, ${period}"])`,
  );
}

describe('the office’s daily work', () => {
  let code = '';
  let resolutionPath = '';

  it('sets up a 10-target resolution by pasting its text, in a handful of actions', async () => {
    code = await wardCode();
    await signIn(page, server.url, 'tinh.approver');
    await page.goto(`${server.url}/u/${code}/setup?new=1`);
    await page.getByRole('heading', { name: 'Tạo nghị quyết từ văn bản' }).waitFor();
    // The term and the congress come from the unit (a ward created on 1 July 2025: 2025-2030).
    expect(await page.locator('input[name="issuer-name"]').inputValue()).toMatch(/^ĐẢNG ỦY PHƯỜNG /);
    await screenshots(page, 'setup-empty');

    let actions = 0;
    if ((await page.locator('input[name="term"]').inputValue()) !== '2025-2030') {
      await page.locator('input[name="term"]').fill('2025-2030');
      actions += 1;
    }
    if ((await page.locator('input[name="congress-number"]').inputValue()) === '') {
      await page.locator('input[name="congress-number"]').fill('1');
      actions += 1;
    }
    // 1: paste the list into the box (Ctrl+V); it is recognised at once.
    const box = page.locator('textarea[name="targets-text"]');
    await box.click();
    await box.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, TEXT);
    actions += 1;
    await page.getByText('Nhận dạng được 10 chỉ tiêu').waitFor();
    const rows = page.locator('.draft-table tbody tr');
    expect(await rows.count()).toBe(10);
    await screenshots(page, 'setup-drafts');
    // 2: one correction: the milestone is about culture, not the economy.
    await page.getByLabel('Lĩnh vực 10').selectOption('van-hoa-xa-hoi');
    actions += 1;
    // 3: create.
    await page.getByRole('button', { name: 'Tạo nghị quyết với 10 chỉ tiêu' }).click();
    actions += 1;
    await page.waitForURL(/\/dashboard\?r=/);
    resolutionPath = new URL(page.url()).search;
    console.log(`Set-up of 10 targets by pasting: ${actions} actions (clicks, pastes, selects)`);
    expect(actions).toBeLessThan(30);
    await page.waitForFunction(() => document.querySelectorAll('.target-card').length === 10);
  }, 120_000);

  it('shows a wrong field where the user is', async () => {
    await page.goto(`${server.url}/u/${code}/setup?new=1`);
    const box = page.locator('textarea[name="targets-text"]');
    await box.fill('Thu nhập bình quân đầu người đạt 120 triệu đồng');
    await page.getByRole('button', { name: 'Nhận dạng chỉ tiêu' }).click();
    await page.locator('input[name="congress-number"]').fill('');
    await page.getByLabel('Mục tiêu 1').fill('12,3,4');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole('button', { name: /Tạo nghị quyết với 1 chỉ tiêu/ }).click();
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('name'));
    expect(focused).toBe('congress-number');
    const inView = await page.locator('input[name="congress-number"]').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await screenshots(page, 'setup-error');
  });

  it('enters 6- and 9-month figures, a percentage as "97,5%" and "Đạt" through a composition', async () => {
    await page.goto(`${server.url}/u/${code}/entry${resolutionPath}`);
    await page.locator('#entry-year').selectOption('2026');
    await page.locator('#entry-columns').selectOption('to-date');
    const revenue = '3. Thu ngân sách nhà nước trên địa bàn';
    await cell(revenue, '6 tháng đầu năm 2026').click();
    await page.keyboard.type('70');
    await page.keyboard.press('Tab');
    await page.keyboard.type('110,5');
    await page.keyboard.press('Enter');
    const insurance = '6. Tỷ lệ dân số tham gia bảo hiểm y tế';
    await cell(insurance, '6 tháng đầu năm 2026').click();
    await page.keyboard.type('97,5%');
    await page.keyboard.press('Enter');
    // A Vietnamese input method composes "Đạt" in the focused cell: the edit starts with it.
    const milestone = '10. Phường được công nhận đạt chuẩn đô thị văn minh';
    await cell(milestone, 'năm 2026').click();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'Đ', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'Đạ', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: 'Đạt' });
    await page.keyboard.press('Enter');
    const label = await cell(milestone, 'năm 2026').getAttribute('aria-label');
    expect(label, String(label)).toContain(': Đạt');
    await screenshots(page, 'entry-to-date');
    await page.getByTestId('save-figures').click();
    await page.getByText('Đã lưu 4 số liệu.').waitFor();
    expect(await cell(revenue, '9 tháng năm 2026').getAttribute('aria-label')).toContain('110,5');
    expect(await cell(insurance, '6 tháng đầu năm 2026').getAttribute('aria-label')).toContain('97,5');
  }, 120_000);

  it('marks a block as chính thức at once', async () => {
    const revenue = '3. Thu ngân sách nhà nước trên địa bàn';
    const insurance = '6. Tỷ lệ dân số tham gia bảo hiểm y tế';
    await cell(revenue, '6 tháng đầu năm 2026').click();
    await cell(insurance, '9 tháng năm 2026').click({ modifiers: ['Shift'] });
    await page.getByRole('heading', { name: /ô đang chọn/ }).waitFor();
    await page.locator('.bulk-panel select').selectOption('official');
    await page.getByRole('button', { name: 'Đặt trạng thái' }).click();
    await page.getByText('Đã đặt cho 3 ô.').waitFor();
    await page.locator('input[type="checkbox"]').check();
    await screenshots(page, 'entry-block-selected');
    await page.getByTestId('save-figures').click();
    await page.getByText('Đã lưu 3 số liệu.').waitFor();
    for (const [target, period] of [
      [revenue, '6 tháng đầu năm 2026'],
      [revenue, '9 tháng năm 2026'],
      [insurance, '6 tháng đầu năm 2026'],
    ] as const)
      expect(await cell(target, period).getAttribute('aria-label')).toContain('Chính thức');
  }, 120_000);

  it('shows every screen with its cards and charts, at 1366×768 and 1024×768', async () => {
    await page.goto(`${server.url}/u/${code}/dashboard${resolutionPath}`);
    await page.locator('.target-card').first().waitFor();
    await screenshots(page, 'dashboard-ward');
    await page.goto(`${server.url}/u/380/dashboard`);
    await page.locator('.trend-chart').first().waitFor();
    await page.locator('.trend-hit').first().hover();
    await page.locator('.trend-tip').first().waitFor();
    await screenshots(page, 'dashboard-city');
    // The whole dashboard as one PNG for slides: cards with their lights and charts.
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: 'Tải ảnh tổng quan (PNG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tong-quan-.+\.png$/);
    const png = readFileSync((await download.path()) as string);
    const size = pngSize(png);
    console.log(`Dashboard image: ${size.width}×${size.height} px, ${Math.round(png.length / 1024)} KB`);
    expect(size.width).toBeGreaterThan(800);
    expect(size.height).toBeGreaterThan(size.width);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, 'dashboard-export.png'), png);
    // The table under the dashboard in Excel: the unit's figures and the core's assessment sheet.
    const [workbook] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Tải số liệu và đánh giá (Excel)' }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsx = readFileSync((await workbook.path()) as string);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(xlsx.includes(Buffer.from('xl/workbook.xml'))).toBe(true);
    // Each screen once its content has come (not its loading text).
    for (const [screen, ready] of [
      ['entry', '.data-grid'],
      ['review', '[data-testid="verdict-counts"]'],
      ['compare', '.compare-table'],
      ['setup', 'form[aria-labelledby="add-target-title"]'],
    ] as const) {
      await page.goto(`${server.url}/u/380/${screen}`);
      await page.locator(ready).first().waitFor();
      await page.waitForTimeout(300);
      await screenshots(page, `screen-${screen}`);
    }
    await page.goto(`${server.url}/u/380/setup?new=1`);
    await page.getByRole('heading', { name: 'Tạo nghị quyết từ văn bản' }).waitFor();
    expect(await page.locator('input[name="term"]').inputValue()).toBe('2020-2025');
  }, 180_000);
});
