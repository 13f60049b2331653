/**
 * The whole chase in Chromium against the real server with its demo data: the province's leader
 * assigns a task of Kết luận 2402-KL/TU to an officer of Thanh Hóa city with a deadline already
 * past, reminds at once; the officer finds the reminder in "Việc của tôi" and reports progress,
 * late; the leader asks for an explanation in one click from the board; the officer answers; the
 * report on task implementation (Word) lists the overdue task with the explanation.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocxParagraphs } from '../../src/reports/draft-check/extract-text';
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

async function pageAs(username: string): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`Lỗi JavaScript trong trang: ${error.message}`);
  });
  await signIn(page, server.url, username);
  return page;
}

/** Today in Vietnam, `days` later (negative: earlier), as the server counts it. */
function vietnamDay(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

const TASK = 'Hoàn thành giải phóng mặt bằng Khu công nghiệp Lễ Môn mở rộng';
const ANSWER = 'Còn 4 hộ chưa đồng ý phương án bồi thường; dự kiến bàn giao trong 10 ngày.';

describe('tasks from directives in the browser', () => {
  it('assign, remind, report late, ask for an explanation, answer, report', async () => {
    // 1. The leader assigns a task whose deadline passed two days ago.
    let page = await pageAs('tinh.approver');
    await page.goto(`${server.url}/u/38/tasks?view=directives`);
    await page.getByTestId('directive-link').filter({ hasText: '2402-KL/TU' }).click();
    await page.getByTestId('directive-page').waitFor();
    const form = page.getByTestId('assign-form');
    await form.getByTestId('task-content').fill(TASK);
    await form.getByTestId('task-lead').fill('UBND thành phố Thanh Hóa');
    const owner = await form
      .locator('[data-testid="task-owner"] option', { hasText: '(thanhhoa.editor)' })
      .getAttribute('value');
    await form.getByTestId('task-owner').selectOption(owner as string);
    await form.getByTestId('deadline-date').fill(vietnamDay(-2));
    await form.getByTestId('assign-submit').click();
    const row = page.getByTestId('task-row').filter({ hasText: TASK });
    await row.getByTestId('task-status').filter({ hasText: 'Quá hạn 2 ngày' }).waitFor();
    await screenshots(page, 'tasks-directive-page');

    // 2. The leader reminds now from the board (red first).
    await page.getByTestId('view-board').click();
    await page.getByTestId('task-board').waitFor();
    expect(await page.getByTestId('task-row').first().getByTestId('task-status').textContent()).toContain(
      'Quá hạn',
    );
    await page.getByTestId('remind-now').click();
    await page.getByTestId('board-note').filter({ hasText: 'Đã gửi' }).waitFor();
    await screenshots(page, 'tasks-board');
    // A task's panel beside the board, the directives, programmes and the reminder settings.
    await page.getByTestId('task-row').filter({ hasText: TASK }).getByRole('button', { name: 'Xem' }).click();
    await page.getByTestId('task-panel').waitFor();
    await screenshots(page, 'tasks-panel');
    await page.goto(`${server.url}/u/38/tasks?view=directives`);
    await page.getByTestId('directive-list').waitFor();
    await screenshots(page, 'tasks-directives');
    await page.goto(`${server.url}/u/38/tasks?view=programmes`);
    await page.getByTestId('programmes').waitFor();
    await screenshots(page, 'tasks-programmes');
    await page.goto(`${server.url}/u/38/tasks?view=settings`);
    await page.locator('.chase-settings form').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshots(page, 'tasks-reminder-settings');
    await page.close();

    // 3. The officer finds the reminder and reports progress, late.
    page = await pageAs('thanhhoa.editor');
    await page.getByTestId('nav-my-tasks').click();
    await page.getByTestId('my-tasks').waitFor();
    const reminder = page.getByTestId('inbox-message').filter({ hasText: 'Nhắc việc' }).first();
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain(TASK);
    await page.getByTestId('task-row').filter({ hasText: TASK }).getByRole('button', { name: 'Xem' }).click();
    const panel = page.getByTestId('task-panel');
    await panel
      .getByTestId('progress-text')
      .fill('Đã bàn giao 85% mặt bằng; còn 4 hộ chưa nhận tiền bồi thường.');
    await panel.getByTestId('progress-percent').fill('85');
    await panel.getByTestId('progress-send').click();
    await panel.getByTestId('task-reports').filter({ hasText: 'Đã bàn giao 85% mặt bằng' }).waitFor();
    expect(await panel.getByTestId('task-status').textContent()).toContain('Quá hạn 2 ngày');
    await screenshots(page, 'tasks-my-tasks');
    await page.close();

    // 4. The leader asks for an explanation in one click.
    page = await pageAs('tinh.approver');
    await page.goto(`${server.url}/u/38/tasks`);
    await page.getByTestId('task-row').filter({ hasText: TASK }).getByTestId('ask-explanation').click();
    await page.getByTestId('board-note').filter({ hasText: 'Đã gửi yêu cầu giải trình' }).waitFor();
    await page.close();

    // 5. The officer answers in the app.
    page = await pageAs('thanhhoa.editor');
    await page.goto(`${server.url}/viec-cua-toi`);
    const request = page
      .getByTestId('explanation')
      .filter({ hasText: 'Đề nghị giải trình lý do chậm tiến độ' })
      .first();
    await request.getByTestId('answer-text').fill(ANSWER);
    await request.getByTestId('answer-send').click();
    await page.getByTestId('explanation-answer').filter({ hasText: ANSWER }).first().waitFor();
    await page.close();

    // 6. The report lists the overdue task with its explanation.
    page = await pageAs('tinh.approver');
    await page.goto(`${server.url}/u/38/tasks`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-docx').click(),
    ]);
    const file = await download.path();
    const paragraphs = await extractDocxParagraphs(readFileSync(file as string));
    expect(paragraphs).toContain('II. NHIỆM VỤ QUÁ HẠN VÀ GIẢI TRÌNH');
    const listed = paragraphs.find((p) => p.includes(TASK) && p.includes('quá hạn 2 ngày'));
    expect(listed).toContain(`"${ANSWER}"`);
    expect(listed).toContain('Đã bàn giao 85% mặt bằng');
    await page.close();
  }, 240_000);
});
