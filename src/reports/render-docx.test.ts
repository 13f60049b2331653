import { describe, expect, it } from 'vitest';
import { buildReportModel } from './report-model';
import { renderDocx } from './render-docx';
import { cellText } from './cell-text';
import { attr, paragraphTexts, readDocx, sections, tableRows } from './fixtures/docx-inspect';
import { HAND_DOSSIER, HAND_EVALUATION, STATE_ISSUER } from './fixtures/hand-made';
import { mmToTwip } from './layout-spec';

describe.each([
  ['party', undefined],
  ['state', STATE_ISSUER],
] as const)('renderDocx (%s)', (_kind, issuer) => {
  const model = buildReportModel(HAND_DOSSIER, HAND_EVALUATION, {
    type: 'midterm',
    asOf: '2023',
    date: '2023-07-26',
    number: '12',
    ...(issuer ? { issuer } : {}),
  });
  const parts = renderDocx(model).then(readDocx);

  it('prints the header block, the title and every narrative paragraph', async () => {
    const { document } = await parts;
    const texts = paragraphTexts(document);
    for (const line of [
      model.header.issuer,
      model.header.numberLine,
      model.header.dateLine,
      ...model.header.mottoLines,
      'BÁO CÁO',
      ...model.title.subject,
    ]) {
      expect(texts).toContain(line);
    }
    if (model.header.superior) expect(texts).toContain(model.header.superior);
    if (model.layout.kind === 'party') expect(texts).toContain('*');
    for (const s of model.sections) {
      if (s.heading) expect(texts).toContain(s.heading);
      for (const p of s.paragraphs) expect(texts).toContain(p);
    }
  });

  it('has every appendix row and column', async () => {
    const { document } = await parts;
    const rows = tableRows(document);
    const headerIndex = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[headerIndex]).toEqual(model.appendix.columns.map((c) => c.header));
    const body = rows.slice(headerIndex + 1, headerIndex + 1 + model.appendix.rows.length);
    expect(body).toEqual(model.appendix.rows.map((r) => r.cells.map(cellText)));
    const texts = paragraphTexts(document);
    for (const n of model.appendix.notes) expect(texts).toContain(n);
  });

  it('sets A4, the margins, the font and the sizes of the layout', async () => {
    const { document, styles } = await parts;
    const [main, appendix] = sections(document);
    expect(attr(main ?? '', 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(main ?? '', 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(main ?? '', 'w:pgSz', 'w:orient')).toBe('portrait');
    const m = model.layout.marginsMm;
    expect(attr(main ?? '', 'w:pgMar', 'w:top')).toBe(String(mmToTwip(m.top)));
    expect(attr(main ?? '', 'w:pgMar', 'w:bottom')).toBe(String(mmToTwip(m.bottom)));
    expect(attr(main ?? '', 'w:pgMar', 'w:left')).toBe(String(mmToTwip(m.left)));
    expect(attr(main ?? '', 'w:pgMar', 'w:right')).toBe(String(mmToTwip(m.right)));
    expect(main).toContain('<w:titlePg/>');
    // the appendix: landscape A4
    expect(attr(appendix ?? '', 'w:pgSz', 'w:w')).toBe('16838');
    expect(attr(appendix ?? '', 'w:pgSz', 'w:h')).toBe('11906');
    expect(attr(appendix ?? '', 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(styles).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    expect(attr(styles.slice(styles.indexOf('<w:docDefaults')), 'w:sz', 'w:val')).toBe(
      String(model.layout.sizes.body * 2),
    );
  });

  it('numbers pages at the top centre from page 2', async () => {
    const { headers, document } = await parts;
    const withPage = headers.filter((h) => /PAGE/.test(h));
    expect(withPage.length).toBeGreaterThanOrEqual(1);
    for (const h of withPage) expect(h).toContain('<w:jc w:val="center"/>');
    // the first page header is empty
    expect(headers.some((h) => !/PAGE/.test(h) && paragraphTexts(h).join('') === '')).toBe(true);
    expect(document).toContain('w:type="first"');
  });
});
