/**
 * Every word the web app shows comes from the dictionary (`messages*.ts`), so English is
 * complete. This guard reads every source file with the TypeScript compiler and fails on a
 * string literal, template literal or JSX text with Vietnamese letters outside the dictionary.
 * Vietnamese that is data, not interface (words read from what users type, the default title
 * of a Vietnamese resolution), lives in named declarations listed in `ALLOWED` with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const WEB = join(import.meta.dirname, '..');

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** Files (relative to src/web) and the declarations in them whose Vietnamese is data. */
const ALLOWED: Record<string, { names: readonly string[] | 'whole file'; reason: string }> = {
  'lib/i18n.ts': {
    names: ['LANGUAGE_NAMES'],
    reason: 'each language named in itself, as language switchers show them',
  },
  'screens/setup/defaults.ts': {
    names: ['PARTY_BODY', 'issuerNameOf', 'committeeOf', 'resolutionTitleOf', 'DEFAULT_GRADES'],
    reason:
      'the issuing body, committee, title and grade scale as a Vietnamese resolution prints them (data the user edits)',
  },
  'screens/tasks/Programmes.tsx': {
    names: ['DEFAULT_INVESTMENT_UNIT'],
    reason: 'a unit of measure, stored with the figure as the user leaves or writes it',
  },
  'measure-bundle.ts': {
    names: 'whole file',
    reason: 'a build-time measuring script printing to the console, not part of the app',
  },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    if (/^messages[\w-]*\.ts$/.test(entry.name)) return [];
    return [path];
  });
}

/** The names of the declarations around a node, innermost first. */
function enclosingNames(node: ts.Node): string[] {
  const names: string[] = [];
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (
      (ts.isVariableDeclaration(at) ||
        ts.isFunctionDeclaration(at) ||
        ts.isPropertyAssignment(at) ||
        ts.isMethodDeclaration(at)) &&
      at.name &&
      ts.isIdentifier(at.name)
    )
      names.push(at.name.text);
  }
  return names;
}

/** "file:line: text" for every Vietnamese literal of one file that is not allowed. */
export function hardCodedText(path: string, text: string): string[] {
  const file = relative(WEB, path).split('\\').join('/');
  const allowed = ALLOWED[file];
  if (allowed?.names === 'whole file') return [];
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let literal: string | undefined;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
      literal = node.text;
    else if (ts.isJsxText(node)) literal = node.text;
    if (literal !== undefined && VIETNAMESE.test(literal)) {
      const names = enclosingNames(node);
      if (!(allowed && names.some((name) => allowed.names.includes(name)))) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${file}:${line + 1}: ${literal.trim().slice(0, 60)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the web app has no hard-coded Vietnamese text', () => {
  it('finds a literal, a template and JSX text, and keeps allowed data', () => {
    const sample = [
      "const a = 'Lưu';",
      'const b = `Đã lưu ${n} ô`;',
      'const c = <p>Của bạn: {x}</p>;',
      "const d = 'Save'; // Lưu",
    ].join('\n');
    expect(hardCodedText(join(WEB, 'screens/x/Sample.tsx'), sample)).toEqual([
      'screens/x/Sample.tsx:1: Lưu',
      'screens/x/Sample.tsx:2: Đã lưu',
      'screens/x/Sample.tsx:2: ô',
      'screens/x/Sample.tsx:3: Của bạn:',
    ]);
    const data = "const LANGUAGE_NAMES = { vi: 'Tiếng Việt' };\nconst hint = 'Ô trống';";
    expect(hardCodedText(join(WEB, 'lib/i18n.ts'), data)).toEqual(['lib/i18n.ts:2: Ô trống']);
  });

  it('every text of src/web is in the dictionary', () => {
    const found = sourceFiles(WEB).flatMap((path) => hardCodedText(path, readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });
});
