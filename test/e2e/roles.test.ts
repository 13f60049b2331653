/**
 * Each user sees only what their role allows: a viewer finds no edit control on any screen
 * (typing in the grid edits nothing, no Save, no override, no set-up form), an editor enters
 * figures but gets no approval action (overrides, adjustments by a decision).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn, startServer, type Browser, type RunningServer } from './harness';

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
});
