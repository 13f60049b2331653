/**
 * The interchange file (JSON) as rows for the change set, when it is imported into a resolution
 * that already exists: its targets, plans and current figures are compared with what is stored
 * like the rows of a workbook. Problems are located by JSON path ("observations.3.value").
 */
import { hedged, type Hedge, type ResolutionDossier } from '../core';
import type { CellContext } from './cells';
import type { IssueList } from './issues';
import { currentObservations } from './export-rows';
import type { Locator, ParsedFile } from './parsed-file';
import { OPTIONAL_TARGET_KEYS } from './parse-targets';
import type { RawCell } from './raw-cell';

function at(path: string, issues: IssueList): Locator {
  return {
    ctx: (key: string): CellContext => ({
      place: { sheet: 'JSON', row: 0, column: `${path}.${key}` },
      issues,
      locale: 'en',
    }),
  };
}

/** The figure as a cell; a hedged number as its text ("trên 5000"), read back with its hedge. */
function rawOf(value: number | boolean | string | number[], hedge?: Hedge): RawCell {
  if (typeof value === 'number')
    return hedge ? { type: 'text', value: hedged(String(value), hedge) } : { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (Array.isArray(value)) return { type: 'text', value: value.join('; ') };
  return { type: 'text', value };
}

/** The dossier's targets, plans and current figures as parsed rows. */
export function dossierAsRows(dossier: ResolutionDossier, issues: IssueList): ParsedFile {
  const codeOf = new Map(dossier.targets.map((t) => [t.id, t.code]));
  const { unit, issuer, congress, title } = dossier;
  return {
    resolution: { unit, issuer, congress, title },
    targets: dossier.targets.map(({ id: _id, parentId, ...target }, i) => ({
      at: at(`targets.${i}`, issues),
      target,
      // A field the file leaves out keeps its stored value (the format may not carry it).
      absent: OPTIONAL_TARGET_KEYS.map(([key]) => key).filter(
        (key) => key !== 'parentId' && !(key in target),
      ),
      ...(parentId && codeOf.has(parentId) ? { parentCode: codeOf.get(parentId) } : {}),
    })),
    figures: currentObservations(dossier.observations).map((o, i) => ({
      at: at(`observations.${i}`, issues),
      targetCode: codeOf.get(o.targetId) ?? o.targetId,
      period: o.period,
      value: rawOf(o.value, o.hedge),
      status: o.status,
      ...(o.source ? { source: o.source } : {}),
      ...(o.comment ? { comment: o.comment } : {}),
    })),
    plans: dossier.plans.map(({ targetId, ...plan }, i) => ({
      at: at(`plans.${i}`, issues),
      targetCode: codeOf.get(targetId) ?? targetId,
      plan,
      ...('percentDecimals' in plan ? {} : { absent: ['percentDecimals' as const] }),
    })),
    benchmarks: dossier.benchmarks.map(({ targetId, ...benchmark }, i) => ({
      at: at(`benchmarks.${i}`, issues),
      targetCode: codeOf.get(targetId) ?? targetId,
      benchmark,
    })),
    adjustments: dossier.adjustments.map(({ targetId, recordedBy: _by, ...adjustment }, i) => ({
      at: at(`adjustments.${i}`, issues),
      targetCode: codeOf.get(targetId) ?? targetId,
      adjustment,
    })),
  };
}
