/**
 * The web app in Chromium against the real server with its demo data: signing in, entering a
 * quarter by keyboard and by pasting a block, fixing a rejected value, the dashboard changing,
 * a conflict with someone else's save, overriding an assessment in the review workspace, and a
 * user who cannot open another unit. Screenshots of each main screen go to
 * test-output/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import {
  launchBrowser,
  ROOT,
  screenshot,
  screenshots,
  signIn,
  startServer,
  type Browser,
  type RunningServer,
} from './harness';
import { apiAs } from './api-client';

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

/** A new page with no session: each test signs in as its own user. */
async function newPage(): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`Lỗi JavaScript trong trang: ${error.message}`);
  });
  return page;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.getByLabel('Tên đăng nhập').waitFor();
}

/** The grid cell of a target (by its code and name prefix) and a period label. */
function cell(page: Page, target: string, period: string) {
  return page.locator(
    `[role="gridcell"][aria-label^="${target}, ${period}"], [role="gridcell"]:has(input[aria-label="${target}, ${period}"])`,
  );
}

const INCOME = '3. Thu nhập bình quân đầu người';
const REVENUE = '4. Thu ngân sách nhà nước trên địa bàn';
const INVEST = '5. Tổng huy động vốn đầu tư phát triển';
const RETAIL = '6. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng';
const EXPORTS = '7. Giá trị xuất khẩu hàng hóa';

describe('web app in Chromium', { timeout: 150_000 }, () => {
  it('refuses a wrong password with a Vietnamese message, then signs in', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await screenshots(page, '01-dang-nhap');
    await page.getByLabel('Tên đăng nhập').fill('thanhhoa.editor');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /[ạảấầẩậắằẳặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i,
    );
    await signIn(page, server.url, 'thanhhoa.editor');
    await page.waitForURL(/\/u\/380\/dashboard/);
    const resolutions = await page.request.get(`${server.url}/api/units/380/resolutions`);
    const list = (await resolutions.json()) as { resolutions: unknown[] };
    expect(
      list.resolutions.length,
      'the demo data (serve --demo) must hold a resolution for Thanh Hóa city (380)',
    ).toBeGreaterThan(0);
    await page.locator('.target-card').first().waitFor();
    expect(await page.locator('.target-card').count()).toBeGreaterThanOrEqual(20);
    // Red first: the first card is red or orange, never green, when reds exist.
    const lights = await page
      .locator('.target-card')
      .evaluateAll((cards) => cards.map((c) => /light-(\w+)/.exec(c.className)?.[1]));
    const order = { red: 0, orange: 1, green: 2, grey: 3 } as Record<string, number>;
    expect(lights.map((l) => order[l ?? 'grey'])).toEqual(
      [...lights.map((l) => order[l ?? 'grey'])].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    await screenshot(page, '02-tong-quan');
    // Tablet width: the same screen, one column narrower.
    await page.setViewportSize({ width: 820, height: 1180 });
    await screenshot(page, '10-tong-quan-may-tinh-bang');
    // English is one choice away, Vietnamese stays the default.
    await page.getByLabel('Ngôn ngữ').first().selectOption('en');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByLabel('Language').first().selectOption('vi');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.close();
  });

  it('enters a quarter by keyboard and by paste, shows a rejected value on its cell, saves after the fix, and the dashboard changes', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'thanhhoa.editor');
    await page.goto(`${server.url}/u/380/dashboard?asOf=2024-Q1`);
    const incomeCard = page.locator('.target-card', { hasText: 'Thu nhập bình quân đầu người' });
    await incomeCard.waitFor();
    const before = await incomeCard.locator('.facts').textContent();
    expect(before).not.toContain('97,25');

    await page.getByRole('link', { name: 'Nhập số liệu' }).click();
    await page.locator('.data-grid').waitFor();
    await page.locator('#entry-year').selectOption('2024');
    await page.locator('#entry-columns').selectOption('quarter');
    await cell(page, INCOME, 'quý I/2024').click();
    await page.keyboard.type('97,25');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2.500');
    await page.keyboard.press('Enter');
    await page.keyboard.type('12,3,4');
    await page.keyboard.press('Enter');

    const wrong = cell(page, INVEST, 'quý I/2024');
    await expect(wrong.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(wrong.locator('.cell-error').textContent()).resolves.toContain('12,3,4');
    await page.getByTestId('save-figures').click();
    await expect(page.locator('.save-message').textContent()).resolves.toContain('Còn 1 ô có lỗi');
    await screenshot(page, '03-nhap-so-lieu-loi');
    // Nothing typed was lost by the refused save.
    await expect(cell(page, INCOME, 'quý I/2024').textContent()).resolves.toContain('97,25');

    await wrong.click();
    await page.keyboard.type('12.345,6');
    await page.keyboard.press('Enter');
    await expect(cell(page, INVEST, 'quý I/2024').getAttribute('aria-invalid')).resolves.toBeNull();

    // A block copied from Excel (two rows, two quarters) pasted from the focused cell.
    await cell(page, RETAIL, 'quý I/2024').click();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, '20.100\t21.300,5\r\n350,2\t360\r\n');
    await expect(page.getByText('Đã dán 4 ô.').isVisible()).resolves.toBe(true);
    await expect(cell(page, RETAIL, 'quý II/2024').textContent()).resolves.toContain('21.300,5');
    await expect(cell(page, EXPORTS, 'quý I/2024').textContent()).resolves.toContain('350,2');
    // Keyboard moves: Tab goes right, arrows go down.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(focused.startsWith(`${EXPORTS}, quý II/2024`)).toBe(true);

    // Status, source and comment of the focused figure in the side panel.
    await cell(page, INCOME, 'quý I/2024').click();
    await page.getByLabel('Nguồn số liệu').fill('Chi cục Thống kê');
    await page.getByTestId('save-figures').click();
    await expect(page.locator('.save-message').textContent()).resolves.toBe('Đã lưu 7 số liệu.');
    await screenshot(page, '04-nhap-so-lieu');

    // The history is one click away.
    await cell(page, INCOME, 'quý I/2024').click();
    await page.getByRole('button', { name: 'Lịch sử' }).click();
    const history = page.locator('.history-table tbody tr');
    await history.first().waitFor();
    await expect(history.first().textContent()).resolves.toContain('97,25');
    await expect(history.first().textContent()).resolves.toContain('Chi cục Thống kê');

    await page.goto(`${server.url}/u/380/dashboard?asOf=2024-Q1`);
    await incomeCard.waitFor();
    const after = await incomeCard.locator('.facts').textContent();
    expect(after).toContain('97,25');
    expect(after).not.toBe(before);
    await page.close();
  });

  it('shows the other person’s value when someone saved the same figure meanwhile, and keeps what was typed', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'thanhhoa.editor');
    await page.goto(`${server.url}/u/380/entry`);
    await page.locator('#entry-year').selectOption('2024');
    await page.locator('#entry-columns').selectOption('quarter');
    await cell(page, REVENUE, 'quý II/2024').click();
    // Typed but not confirmed with Enter: clicking Save still takes it.
    await page.keyboard.type('3.000');

    const other = await apiAs(server.url, 'admin');
    const dossier = (await other.get(`/api/units/380/resolutions`)) as { resolutions: { id: string }[] };
    const id = dossier.resolutions[0]?.id ?? '';
    const view = (await other.get(`/api/resolutions/${id}`)) as {
      dossier: { targets: { id: string; code: string }[] };
    };
    const revenue = view.dossier.targets.find((t) => t.code === '4');
    await other.post(`/api/resolutions/${id}/observations`, {
      items: [
        { targetId: revenue?.id, period: '2024-Q2', value: 2999, status: 'estimate', expectedRevision: 0 },
      ],
    });

    await page.getByTestId('save-figures').click();
    await expect(page.locator('.save-message').textContent()).resolves.toContain('người khác');
    const conflicted = cell(page, REVENUE, 'quý II/2024');
    await expect(conflicted.textContent()).resolves.toContain('3.000');
    await expect(conflicted.locator('.cell-conflict-note').textContent()).resolves.toContain('2.999');
    await conflicted.click();
    await screenshot(page, '05-xung-dot');
    await page.getByRole('button', { name: 'Giữ của tôi' }).click();
    await page.getByTestId('save-figures').click();
    await expect(page.locator('.save-message').textContent()).resolves.toBe('Đã lưu 1 số liệu.');
    await cell(page, REVENUE, 'quý II/2024').filter({ hasText: '3.000' }).waitFor();
    await expect(cell(page, REVENUE, 'quý II/2024').getAttribute('class')).resolves.not.toContain(
      'cell-changed',
    );
    await page.close();
  });

  it('overrides an assessment with a required reason in the review workspace', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'tinh.approver');
    await page.locator('#unit-switcher').selectOption('380');
    await page.waitForURL(/\/u\/380\//);
    await page.getByRole('link', { name: 'Sơ kết giữa nhiệm kỳ' }).click();
    const counts = page.getByTestId('verdict-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toMatch(/^\d+ [^\d]+(, \d+ [^\d]+)*$/);

    const row = page.locator('tr[data-target="9"]');
    await row.getByRole('button', { name: /Điều chỉnh đánh giá/ }).click();
    const form = page.locator('.override-form');
    await form.getByLabel('Đánh giá mới').selectOption('meet');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('Hãy ghi lý do');
    await form
      .getByLabel('Lý do điều chỉnh (bắt buộc)')
      .fill('Lượng khách giảm do dịch bệnh, Ban Thường vụ thống nhất đánh giá hoàn thành.');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(row.locator('.override-reason').textContent()).resolves.toContain(
      'Lượng khách giảm do dịch bệnh',
    );
    await expect(row.locator('.badge').textContent()).resolves.toContain('Hoàn thành kế hoạch');

    await page.getByLabel('Tăng trưởng dự kiến mỗi năm (%)').fill('12,5');
    await expect(page.getByTestId('scenario-result').textContent()).resolves.toContain(
      'Kết quả theo kịch bản',
    );
    expect((await page.getByTestId('narrative').textContent())?.length ?? 0).toBeGreaterThan(100);
    await screenshot(page, '06-so-ket');

    // The mid-term report (offered first on the review screen), downloaded with progress.
    await expect(page.getByLabel('Loại báo cáo').inputValue()).resolves.toBe('midterm');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Tải báo cáo', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    await page.getByText(/Đã tải xong/).waitFor();

    await page.getByRole('link', { name: 'So sánh' }).click();
    await page.locator('.compare-table').waitFor();
    await expect(page.locator('.compare-table').textContent()).resolves.toMatch(/xếp thứ \d+ toàn tỉnh/);
    await screenshot(page, '07-so-sanh');
    await page.getByRole('link', { name: 'Thiết lập' }).click();
    await page.getByRole('heading', { name: /Chỉ tiêu của nghị quyết/ }).waitFor();
    await screenshot(page, '08-thiet-lap');
    await signOut(page);
    await page.close();
  });

  it('adds a target (its error shown on the field first) and records an adjustment with its decision', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'tinh.approver');
    await page.goto(`${server.url}/u/380/setup`);
    const add = page.locator('form[aria-labelledby="add-target-title"]');
    await add.waitFor();
    await add.getByLabel('Tên chỉ tiêu').fill('Số sản phẩm OCOP đạt 3 sao trở lên');
    await add.getByLabel('Giá trị mục tiêu').fill('12,3,4');
    await add.getByLabel('Đơn vị tính').fill('sản phẩm');
    await add.getByLabel('Số chữ số thập phân').fill('0');
    await add.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const goal = add.getByLabel('Giá trị mục tiêu');
    await expect(goal.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(add.locator('.field-error').first().textContent()).resolves.toContain('12,3,4');
    await goal.fill('20');
    await add.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await page
      .getByRole('cell', { name: 'Số sản phẩm OCOP đạt 3 sao trở lên' })
      .or(page.getByRole('rowheader', { name: 'Số sản phẩm OCOP đạt 3 sao trở lên' }))
      .first()
      .waitFor();

    const adjust = page.locator('form[aria-labelledby="adjust-title"]');
    await adjust
      .getByLabel('Chỉ tiêu điều chỉnh')
      .selectOption({ label: '8. Số doanh nghiệp thành lập mới (≥ 5.000 doanh nghiệp)' });
    await adjust.getByLabel('Mục tiêu mới').fill('4.500');
    await adjust.getByRole('button', { name: 'Lưu' }).click();
    await expect(adjust.getByLabel('Số văn bản quyết định').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await adjust.getByLabel('Số văn bản quyết định').fill('Nghị quyết số 15-NQ/TU');
    await adjust.getByLabel('Ngày văn bản').fill('2023-07-26');
    await adjust.getByLabel('Lý do').fill('Ảnh hưởng của dịch COVID-19');
    await adjust.getByRole('button', { name: 'Lưu' }).click();
    await adjust.getByText(/Nghị quyết số 15-NQ\/TU, 26\/07\/2023/).waitFor();
    await screenshot(page, '11-thiet-lap-dieu-chinh');
    await page.close();
  });

  it('imports a file through the set-up screen and follows its progress to the result', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'admin');
    await page.goto(`${server.url}/u/381/setup`);
    const panel = page.locator('section[aria-labelledby="import-title"]');
    await panel.waitFor();
    const template = await page.request.get(`${server.url}/api/templates/import.xlsx`);
    expect(template.status()).toBe(200);
    expect((await template.body()).subarray(0, 2).toString()).toBe('PK');
    await panel
      .getByLabel('Tệp số liệu (xlsx, csv, json)')
      .setInputFiles(path.join(ROOT, 'examples/bim-son-midterm-2023.json'));
    await panel.getByRole('button', { name: 'Tải lên và nhập' }).click();
    await panel.getByText(/Đã nhập xong/).waitFor({ timeout: 90_000 });
    await screenshot(page, '12-nhap-tu-tep');
    await page.close();
  });

  it('does not let a user of Bỉm Sơn open Thanh Hóa city, from the switcher or by URL', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'bimson.editor');
    const options = await page.locator('#unit-switcher option').allTextContents();
    expect(options.some((o) => o.includes('(381'))).toBe(true);
    expect(options.some((o) => o.includes('(380'))).toBe(false);
    await page.goto(`${server.url}/u/380/dashboard`);
    const refusal = page.getByTestId('forbidden');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('không có quyền');
    expect(await page.locator('.target-card').count()).toBe(0);
    const direct = await page.request.get(`${server.url}/api/units/380/resolutions`);
    expect(direct.status()).toBe(403);
    await screenshot(page, '09-khong-co-quyen');
    await page.close();
  });
});
