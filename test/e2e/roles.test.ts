/**
 * Each user sees only what their role allows: a viewer finds no edit control on any screen
 * (typing in the grid edits nothing, no Save, no override, no set-up form), an editor enters
 * figures but gets no approval action (overrides, adjustments by a decision). Last, every main
 * screen in English once English is chosen (screenshots en-<screen>.png at 1366×768).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn, startServer, type Browser, type RunningServer } from './harness';

/** Words of the interface that must not be left in Vietnamese once English is chosen. */
const VIETNAMESE_CHROME =
  /Tổng quan|Nhập số liệu|Thiết lập|Đăng xuất|Tính đến|Nhiệm vụ|Việc của tôi|Toàn tỉnh|Chỉ tiêu của nghị quyết|ngày \d/;

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

const SCREENS = ['dashboard', 'entry', 'review', 'compare', 'setup'] as const;
/** Names of the buttons that change data (Save, override, keep/take a conflicting figure, …). */
const EDIT_BUTTON = /Lưu|Điều chỉnh|Tạo|Thêm|Ghi|Nhập tệp|Giữ của tôi|Lấy giá trị|Đưa ra|Rút|Bỏ chỉ tiêu/;

async function newPage(): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`Lỗi JavaScript trong trang: ${error.message}`);
  });
  return page;
}

/** Opens a screen of the unit and waits until it has rendered (no loading indicator left). */
async function open(page: Page, unit: string, screen: string): Promise<void> {
  await page.goto(`${server.url}/u/${unit}/${screen}`);
  await page.locator('.workspace').waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .page-loading'));
}

/** Everything on the page that writes: forms, text areas, uploads and buttons named for a change. */
async function editControls(page: Page): Promise<string[]> {
  const found: string[] = [];
  const count = async (selector: string) => page.locator(selector).count();
  if (await count('form')) found.push(`${await count('form')} form(s)`);
  if (await count('textarea')) found.push(`${await count('textarea')} text area(s)`);
  if (await count('input[type="file"]')) found.push('a file upload');
  for (const name of await page.getByRole('button').allInnerTexts()) {
    if (EDIT_BUTTON.test(name)) found.push(`button '${name.trim()}'`);
  }
  return found;
}

describe('what each role is offered', { timeout: 150_000 }, () => {
  it('shows a viewer no edit control on any screen', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'chilinh.viewer');
    for (const screen of SCREENS) {
      await open(page, '290', screen);
      expect(await editControls(page), `${screen} of a viewer`).toEqual([]);
    }
    await open(page, '290', 'setup?new=1');
    expect(await editControls(page), 'set-up of a new resolution, by a viewer').toEqual([]);

    // The grid: a cell can be selected and read, typing and pasting change nothing.
    await open(page, '290', 'entry');
    const grid = page.getByRole('grid');
    await expect(grid.getAttribute('aria-readonly')).resolves.toBe('true');
    const first = page.locator('[role="gridcell"]').first();
    await first.click();
    await page.keyboard.type('12,5');
    await page.keyboard.press('F2');
    await page.keyboard.press('Delete');
    expect(await grid.locator('input').count()).toBe(0);
    expect(await page.locator('.cell-changed').count()).toBe(0);
    const panel = page.getByRole('complementary');
    expect(await panel.locator('select, input, textarea').count()).toBe(0);
    await screenshot(page, 'vai-tro-xem-nhap-so-lieu');
    await page.close();
  });

  it('shows an editor the grid and its Save, but no override or adjustment', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'thanhhoa.editor');
    await open(page, '380', 'entry');
    await expect(page.getByRole('grid').getAttribute('aria-readonly')).resolves.toBeNull();
    expect(await page.getByRole('button', { name: /Lưu/ }).count()).toBeGreaterThan(0);
    await open(page, '380', 'review');
    expect(await page.getByRole('button', { name: /Điều chỉnh đánh giá/ }).count()).toBe(0);
    await open(page, '380', 'setup');
    expect(await page.locator('#adjust-title').count()).toBe(0);
    expect(await page.locator('form').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows an approver the override buttons', async () => {
    const page = await newPage();
    await signIn(page, server.url, 'tinh.approver');
    await open(page, '380', 'review');
    expect(await page.getByRole('button', { name: /Điều chỉnh đánh giá/ }).count()).toBeGreaterThan(0);
    await open(page, '380', 'setup');
    expect(await page.locator('#adjust-title').count()).toBe(1);
    await page.close();
  });

  it('shows every main screen in English once English is chosen, dates as dd/mm/yyyy', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, server.url, 'tinh.approver');
    await page.waitForURL(/\/province/);
    const province = /\/u\/([^/]+)\/province/.exec(page.url())?.[1] ?? '';
    await page.locator('.lang-switch select').selectOption('en');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');

    /** The screen in English: its tab, its own words, no Vietnamese word of the interface. */
    const check = async (unit: string, screen: string, tab: string, words: (string | RegExp)[]) => {
      await open(page, unit, screen);
      await expect(page.locator('.tab[aria-current="page"]').innerText()).resolves.toBe(tab);
      await expect(page.title()).resolves.toMatch(new RegExp(`^${tab} · .+ · Về Đích$`));
      await screenshot(page, `en-${screen}`);
      const header = await page.locator('.app-header').innerText();
      expect(header).toContain('Sign out');
      expect(header).toContain('My tasks');
      const main = await page.locator('main').innerText();
      for (const word of words) expect(main, `${screen} in English`).toMatch(word);
      const tabs = await page.locator('nav.tabs').innerText();
      expect(`${header}\n${tabs}`, `${screen}: the header and tabs`).not.toMatch(VIETNAMESE_CHROME);
      const left = VIETNAMESE_CHROME.exec(main);
      expect(
        left && main.slice(Math.max(0, left.index - 80), left.index + 40),
        `${screen}: left in Vietnamese`,
      ).toBeNull();
    };

    await check('380', 'dashboard', 'Dashboard', [
      'Targets needing attention come first.',
      /As of (Q\d|first half of|9 months of|year) \d{4}/,
    ]);
    await check('380', 'entry', 'Data entry', ['Columns', /Save figures|Save/]);
    await expect(page.getByRole('grid', { name: 'Data entry grid' }).count()).resolves.toBe(1);
    await check('380', 'review', 'Mid-term review', ['Expected at the end of the term', 'Download report']);
    await check('380', 'compare', 'Compare', ['Indicator']);
    await check('380', 'setup', 'Set-up', ['Targets of the resolution', 'Import from the Excel template']);
    await check(province, 'province', 'Province', ['Units', 'Heat grid', 'Ranking', 'Approval period']);
    await check('380', 'tasks', 'Tasks', ['Board', 'Directives', 'Report on task implementation']);
    // Dates on the task board and in its report's fields are dd/mm/yyyy in English too.
    const dates = page.locator('main input[placeholder="dd/mm/yyyy"]');
    expect(await dates.count()).toBeGreaterThan(0);
    await dates.first().fill('5/8/2025');
    await expect(dates.first().evaluate((input: HTMLInputElement) => input.validity.valid)).resolves.toBe(
      true,
    );
    await dates.first().fill('31/02/2025');
    await expect(dates.first().evaluate((input: HTMLInputElement) => input.validity.valid)).resolves.toBe(
      false,
    );

    await page.locator('.lang-switch select').selectOption('vi');
    await expect(page.locator('.tab[aria-current="page"]').innerText()).resolves.toBe('Nhiệm vụ');
    await page.close();
  });
});
