/** The unit tree as the switcher shows it: depth-first, each unit with its depth. */
import type { UnitNode } from './types';

export interface FlatUnit {
  code: string;
  name: string;
  level: UnitNode['level'];
  parentCode?: string;
  depth: number;
}

/** Flattens a tree (children nested) or a flat list (parentCode) into depth-first order. */
export function flattenUnits(nodes: UnitNode[]): FlatUnit[] {
  const nested = nodes.some((node) => node.children && node.children.length > 0);
  const out: FlatUnit[] = [];
  if (nested) {
    const walk = (list: UnitNode[], depth: number) => {
      for (const node of list) {
        out.push({ code: node.code, name: node.name, level: node.level, parentCode: node.parentCode, depth });
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
    for (const node of (byParent.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      out.push({ code: node.code, name: node.name, level: node.level, parentCode: node.parentCode, depth });
      walk(node.code, depth + 1);
    }
  };
  walk(undefined, 0);
  return out;
}
