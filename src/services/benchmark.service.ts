/** Benchmarks of a target (another unit's value, a rank), set as a whole list per target, kept as
 * revisions like plans. */
import type { Benchmark } from '../core';
import type { Database } from '../db/database';
import { insertAudit } from '../db/audit.repository';
import {
  insertBenchmarkRevision,
  selectBenchmarkHistory,
  selectCurrentBenchmarks,
  type BenchmarkRevision,
} from '../db/benchmark.repository';
import { AppError, type Actor, type Issue } from './app-error';
import { isPeriodCode, numberProblem } from './figure-checks';
import { nulIssues } from './text-checks';
import { lockTarget } from './target.service';

export type { BenchmarkRevision };

/** A benchmark as given for a target. */
export type BenchmarkInput = Omit<Benchmark, 'targetId'>;

const keyOf = (b: BenchmarkInput) => `${b.period}|${b.label}`;
const same = (a: BenchmarkInput, b: BenchmarkInput) =>
  a.value === b.value && JSON.stringify(a.rank) === JSON.stringify(b.rank);

function checkBenchmarks(list: BenchmarkInput[]): Issue[] {
  const issues: Issue[] = nulIssues(list, 'benchmarks');
  const seen = new Set<string>();
  list.forEach((b, i) => {
    const at = `benchmarks.${i}`;
    if (!isPeriodCode(b.period)) issues.push({ path: `${at}.period`, message: 'Kỳ so sánh không hợp lệ.' });
    if (typeof b.label !== 'string' || !b.label.trim() || b.label.length > 500)
      issues.push({ path: `${at}.label`, message: 'Thiếu tên giá trị so sánh.' });
    const problem = numberProblem(b.value);
    if (problem) issues.push({ path: `${at}.value`, message: problem });
    if (
      b.rank &&
      !(
        Number.isInteger(b.rank.position) &&
        Number.isInteger(b.rank.of) &&
        b.rank.position >= 1 &&
        b.rank.position <= b.rank.of
      )
    )
      issues.push({ path: `${at}.rank`, message: 'Thứ hạng phải là số nguyên, không lớn hơn tổng số.' });
    if (seen.has(keyOf(b))) issues.push({ path: at, message: 'Trùng giá trị so sánh cùng kỳ.' });
    seen.add(keyOf(b));
  });
  return issues;
}

/** Sets the benchmarks of a target to exactly this list; returns the current ones afterwards. */
export async function setBenchmarks(
  db: Database,
  actor: Actor,
  targetId: string,
  list: BenchmarkInput[],
): Promise<BenchmarkRevision[]> {
  const issues = checkBenchmarks(list);
  if (issues.length)
    throw new AppError('validation_failed', 'Giá trị so sánh chưa hợp lệ; chưa lưu gì.', { issues });
  return db.transaction(async (tx) => {
    const ctx = await lockTarget(tx, targetId);
    const current = new Map((await selectCurrentBenchmarks(tx, { targetId })).map((b) => [keyOf(b), b]));
    const by = { id: actor.userId, name: actor.username };
    const audit = (before: unknown, after: unknown) =>
      insertAudit(tx, actor, {
        action: 'benchmark.set',
        entity: 'benchmark',
        entityId: targetId,
        unitCode: ctx.unitCode,
        before,
        after,
      });
    for (const b of list) {
      const now = current.get(keyOf(b));
      if (now && !now.deleted && same(now, b)) continue;
      await insertBenchmarkRevision(tx, { ...b, targetId }, (now?.revision ?? 0) + 1, false, by);
      await audit(now && !now.deleted ? now : null, { ...b, targetId });
    }
    const given = new Set(list.map(keyOf));
    for (const [key, now] of current) {
      if (given.has(key) || now.deleted) continue;
      await insertBenchmarkRevision(tx, now, now.revision + 1, true, by);
      await audit(now, null);
    }
    return (await selectCurrentBenchmarks(tx, { targetId })).filter((b) => !b.deleted);
  });
}

/** Every revision of a target's benchmarks (withdrawals included), oldest first. */
export async function benchmarkHistory(db: Database, targetId: string): Promise<BenchmarkRevision[]> {
  return selectBenchmarkHistory(db, targetId);
}
