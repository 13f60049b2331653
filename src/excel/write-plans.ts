/**
 * Plans of an import into an existing resolution, written through the storage's `setPlans`,
 * which sets a target's plans to exactly a list: the list given is the stored plans with the
 * file's plans put in place by (period, kind, source), so plans the file does not mention stay.
 */
import type { Plan } from '../core';
import type { Database } from '../db/database';
import type { Actor } from '../services/app-error';
import { setPlans } from '../services/plan.service';

const keyOf = (p: Plan) => `${p.period}|${p.kind}|${p.source}`;

/** Writes the changed plans, target by target. */
export async function writePlans(db: Database, actor: Actor, changed: Plan[], stored: Plan[]): Promise<void> {
  const targets = [...new Set(changed.map((p) => p.targetId))];
  for (const targetId of targets) {
    const merged = new Map(stored.filter((p) => p.targetId === targetId).map((p) => [keyOf(p), p]));
    for (const p of changed.filter((x) => x.targetId === targetId)) merged.set(keyOf(p), p);
    await setPlans(
      db,
      actor,
      targetId,
      [...merged.values()].map(({ targetId: _t, ...plan }) => plan),
    );
  }
}
