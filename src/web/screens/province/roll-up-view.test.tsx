/** The roll-up line and column as rendered: the counts shown are the answer's, written the
 * Vietnamese way, and nothing is shown without a roll-up (approved figures only). */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../lib/i18n';
import type { ProvinceRow } from './api';
import type { RollUp } from './roll-up';
import { RollUpSummary } from './RollUpSummary';
import { UnitsTable, type RowActions } from './UnitsTable';

const lights = { red: 0, orange: 0, green: 0, grey: 0 };

function row(code: string, resolutionId: string | null, rollUp: RollUp | null): ProvinceRow {
  return {
    unitCode: code,
    unitName: `Đơn vị ${code}`,
    resolutionId,
    title: null,
    met: null,
    lights,
    cells: [],
    approval: null,
    completeness: null,
    late: false,
    rollUp,
  };
}

const actions: RowActions = {
  canApprove: false,
  canAccept: false,
  onStep: async () => undefined,
  selected: new Set(),
  onSelect: () => undefined,
};

const district: RollUp = {
  code: '380',
  lights: { red: 1204, orange: 35, green: 2810, grey: 7 },
  met: 2810,
  judged: 4049,
  unitsReviewed: 1321,
};
const alone: RollUp = { code: '381', lights, met: 5, judged: 7, unitsReviewed: 1 };

/** The text of the page without its tags. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

afterEach(() => setLang('vi'));

describe('RollUpSummary', () => {
  it('says how many units and targets are added up, and the targets by light', () => {
    const html = renderToStaticMarkup(<RollUpSummary rollUp={district} />);
    expect(text(html)).toContain(
      'Toàn bộ 1.321 đơn vị có nghị quyết, tính cả các cấp dưới: 2.810/4.049 chỉ tiêu đạt',
    );
    expect(text(html)).toContain('đỏ 1.204');
    expect(text(html)).toContain('cam 35');
    expect(text(html)).toContain('xanh 2.810');
    expect(text(html)).toContain('chưa đánh giá 7');
    expect(html).toContain('badge badge-red');
  });

  it('speaks English on request, the numbers still written the Vietnamese way', () => {
    setLang('en');
    const html = renderToStaticMarkup(<RollUpSummary rollUp={district} />);
    expect(text(html)).toContain(
      'All 1.321 units with a resolution, every level below included: 2.810/4.049 targets met',
    );
    expect(text(html)).toContain('not assessed 7');
  });

  it('shows nothing without a roll-up or with no unit reviewed', () => {
    expect(renderToStaticMarkup(<RollUpSummary rollUp={null} />)).toBe('');
    expect(renderToStaticMarkup(<RollUpSummary rollUp={{ ...alone, unitsReviewed: 0 }} />)).toBe('');
  });
});

describe('UnitsTable roll-up column', () => {
  it('shows the units below only on the rows that have some, in the order given', () => {
    const html = renderToStaticMarkup(
      <UnitsTable
        rows={[row('380', 'r380', district), row('381', 'r381', alone)]}
        actions={actions}
        withDeadline={false}
      />,
    );
    expect(html).toContain('Tính cả cấp dưới');
    const cells = html.split('<tr').slice(2);
    expect(cells[0]).toContain('data-unit="380"');
    expect(text(cells[0] ?? '')).toContain('2.810/4.049 đỏ 1.204 1.321 đơn vị');
    expect(cells[1]).toContain('data-unit="381"');
    expect(cells[1]).not.toContain('data-testid="rollup-below"');
  });

  it('has no such column when no row has units below or there is no roll-up', () => {
    for (const rows of [[row('381', 'r381', alone)], [row('380', 'r380', null)]]) {
      const html = renderToStaticMarkup(<UnitsTable rows={rows} actions={actions} withDeadline={false} />);
      expect(html).not.toContain('Tính cả cấp dưới');
    }
  });
});
