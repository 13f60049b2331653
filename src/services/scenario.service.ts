/** The scenario of a target for the remaining years (growth rate or values), kept as revisions. */
import type { Scenario } from '../core';
import type { Database } from '../db/database';
import { insertAudit } from '../db/audit.repository';
import {
  insertScenarioRevision,
  selectCurrentScenarios,
  selectScenarioHistory,
  type ScenarioRevision,
} from '../db/scenario.repository';
import { AppError, type Actor, type Issue } from './app-error';
import { isPeriodCode, numberProblem } from './figure-checks';
import { nulIssues } from './text-checks';
import { lockTarget } from './target.service';

export type { ScenarioRevision };

/** Sets (or with null, withdraws) the scenario of a target; returns the current one. */
export async function setScenario(
  db: Database,
  actor: Actor,
  targetId: string,
  scenario: Omit<Scenario, 'targetId'> | null,
): Promise<ScenarioRevision | null> {
  const issues: Issue[] = nulIssues(scenario, '');
  if (scenario) {
    if (scenario.growthRate !== undefined && numberProblem(scenario.growthRate))
      issues.push({ path: 'growthRate', message: 'Tốc độ tăng phải là một số.' });
    scenario.values?.forEach((v, i) => {
      if (!isPeriodCode(v.period)) issues.push({ path: `values.${i}.period`, message: 'Kỳ không hợp lệ.' });
      const problem = numberProblem(v.value);
      if (problem) issues.push({ path: `values.${i}.value`, message: problem });
    });
    if (scenario.growthRate === undefined && !scenario.values?.length)
      issues.push({ path: 'growthRate', message: 'Kịch bản cần tốc độ tăng hoặc giá trị từng năm.' });
  }
  if (issues.length) throw new AppError('validation_failed', 'Kịch bản chưa hợp lệ.', { issues });
  return db.transaction(async (tx) => {
    const ctx = await lockTarget(tx, targetId);
    const [now] = await selectCurrentScenarios(tx, { targetId });
    const before = now && !now.deleted ? now : null;
    if (!scenario && !before) return null;
    const next: Scenario = { ...(scenario ?? {}), targetId };
    await insertScenarioRevision(tx, next, (now?.revision ?? 0) + 1, !scenario, {
      id: actor.userId,
      name: actor.username,
    });
    await insertAudit(tx, actor, {
      action: scenario ? 'scenario.set' : 'scenario.withdraw',
      entity: 'scenario',
      entityId: targetId,
      unitCode: ctx.unitCode,
      before,
      after: scenario ? next : null,
    });
    const [current] = await selectCurrentScenarios(tx, { targetId });
    return current && !current.deleted ? current : null;
  });
}

/** Every revision of a target's scenario (withdrawals included), oldest first. */
export async function scenarioHistory(db: Database, targetId: string): Promise<ScenarioRevision[]> {
  return selectScenarioHistory(db, targetId);
}
