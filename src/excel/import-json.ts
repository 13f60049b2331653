/**
 * The interchange file (`vedich/1`, validated by `src/schema`): the document of the importing
 * unit is taken; a bundle may hold other units' documents, which are not imported here.
 */
import type { ResolutionDossier } from '../core';
import { parseInterchangeText } from '../schema';
import type { IssueList } from './issues';
import { dossierAsRows } from './json-rows';
import type { ParsedFile } from './parsed-file';

/** The rows of the unit's document, and the document itself (to create it whole when new). */
export function parseJsonFile(
  text: string,
  unitCode: string,
  issues: IssueList,
): { parsed: ParsedFile; dossier?: ResolutionDossier } {
  const empty: ParsedFile = { targets: [], figures: [], plans: [] };
  const result = parseInterchangeText(text);
  if (!result.ok) {
    for (const issue of result.issues) issues.addIssue({ ...issue, message: `Tệp JSON: ${issue.message}` });
    return { parsed: empty };
  }
  const mine = result.dossiers.filter((d) => d.unit.code === unitCode);
  if (mine.length !== 1) {
    const units = result.dossiers.map((d) => d.unit.code).join(', ');
    issues.add(
      { sheet: 'JSON', row: 0 },
      mine.length === 0
        ? `tệp không có nghị quyết của đơn vị ${unitCode} (có: ${units})`
        : `tệp có ${mine.length} nghị quyết của đơn vị ${unitCode}; hãy nhập từng nghị quyết một`,
    );
    return { parsed: empty };
  }
  const dossier = mine[0] as ResolutionDossier;
  return { parsed: dossierAsRows(dossier, issues), dossier };
}
