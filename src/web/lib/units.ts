/** The unit tree as the switcher shows it: depth-first, each unit with its depth. */
import { formatShortDateVi } from './core';
import { translate } from './i18n';
import type { UnitNode as UnitAnswer } from './types';

/** What the switcher reads of a unit of `GET /api/units` (the answer's fields), nested or not. */
export type UnitNode = Pick<UnitAnswer, 'code' | 'name' | 'level'> &
  Partial<Pick<UnitAnswer, 'parentCode' | 'validFrom' | 'validTo' | 'role'>> & { children?: UnitNode[] };

export interface FlatUnit {
  code: string;
  name: string;
  level: UnitNode['level'];
  parentCode?: string;
  depth: number;
  validFrom?: string;
  validTo?: string;
  role?: UnitNode['role'];
}

const LEVEL_ORDER = { province: 0, district: 1, commune: 2 } as const;

function flat(node: UnitNode, depth: number): FlatUnit {
  return {
    code: node.code,
    name: node.name,
    level: node.level,
    parentCode: node.parentCode,
    depth,
    validFrom: node.validFrom,
    validTo: node.validTo,
    role: node.role,
  };
}

/** The switcher's words for a unit: name, code, and its validity when it has one. */
export function unitOptionLabel(unit: FlatUnit): string {
  const validity = unit.validTo
    ? translate('validTo', { date: formatShortDateVi(unit.validTo) })
    : unit.validFrom
      ? translate('validFrom', { date: formatShortDateVi(unit.validFrom) })
      : '';
  return `${unit.name} (${unit.code}${validity})`;
}

/** Flattens a tree (children nested) or a flat list (parentCode) into depth-first order. */
export function flattenUnits(nodes: UnitNode[]): FlatUnit[] {
  const nested = nodes.some((node) => node.children && node.children.length > 0);
  const out: FlatUnit[] = [];
  if (nested) {
    const walk = (list: UnitNode[], depth: number) => {
      for (const node of list) {
        out.push(flat(node, depth));
        walk(node.children ?? [], depth + 1);
      }
    };
    walk(nodes, 0);
    return out;
  }
  const codes = new Set(nodes.map((node) => node.code));
  const byParent = new Map<string | undefined, UnitNode[]>();
  for (const node of nodes) {
    const parent = node.parentCode && codes.has(node.parentCode) ? node.parentCode : undefined;
    byParent.set(parent, [...(byParent.get(parent) ?? []), node]);
  }
  const walk = (parent: string | undefined, depth: number) => {
    const children = (byParent.get(parent) ?? []).sort(
      (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code),
    );
    for (const node of children) {
      out.push(flat(node, depth));
      walk(node.code, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}
