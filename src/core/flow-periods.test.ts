import { describe, expect, it } from 'vitest';
import { evaluateDossier } from './evaluate';
import { FlowLedger } from './flow-ledger';
import { parsePeriod } from './periods';
import { formatPeriodVi, parsePeriodVi } from './periods-vi';
import { makeDossier, makeTarget, obs } from './test-builders';

const total = makeTarget({
  id: 'von',
  name: 'Tổng vốn đầu tư',
  kind: 'cumulative-total',
  unit: 'tỷ đồng',
  precision: 0,
  goal: { type: 'number', value: 1000 },
});
const of = (o: ReturnType<typeof obs>) => ({ ...o, targetId: 'von' });

describe('periods as offices report them', () => {
  it('reads and prints the year to date of any length', () => {
    expect(parsePeriod('2023-8M')).toMatchObject({ ok: true, code: '2023-8M' });
    expect(parsePeriod('2023-6M')).toMatchObject({ ok: true, code: '2023-H1' });
    expect(parsePeriod('2023-3M')).toMatchObject({ ok: true, code: '2023-Q1' });
    expect(parsePeriod('2023-12M')).toMatchObject({ ok: true, code: '2023' });
    expect(parsePeriod('2023-13M').ok).toBe(false);
    expect(formatPeriodVi('2023-8M')).toBe('8 tháng năm 2023');
    expect(parsePeriodVi('8 tháng đầu năm 2023')).toMatchObject({ ok: true, code: '2023-8M' });
    expect(parsePeriodVi('6 tháng đầu năm 2023')).toMatchObject({ ok: true, code: '2023-H1' });
  });
});

describe('flows over spans of months', () => {
  it('adds quarters to their year and derives a part by difference', () => {
    const ledger = new FlowLedger([
      obs('2023-Q1', 10),
      obs('2023-Q2', 20),
      obs('2023-9M', 60, 'estimate'),
      obs('2023-Q4', 40),
    ]);
    expect(ledger.amountOf('2023-H1')?.value).toBe(30);
    expect(ledger.amountOf('2023-Q3')).toMatchObject({ value: 30, status: 'estimate' });
    expect(ledger.amountOf('2023')).toMatchObject({ value: 100, status: 'estimate' });
  });

  it('prefers the official figure and never mixes two contradicting sources', () => {
    const ledger = new FlowLedger([
      obs('2023', 999, 'estimate'),
      obs('2023-Q1', 10),
      obs('2023-Q2', 20),
      obs('2023-Q3', 30),
      obs('2023-Q4', 40),
    ]);
    expect(ledger.amountOf('2023')).toMatchObject({ value: 100, status: 'official' });
  });

  it('gives no amount for a year with a missing quarter', () => {
    const ledger = new FlowLedger([obs('2023-Q1', 10), obs('2023-Q2', 20), obs('2023-Q4', 40)]);
    expect(ledger.amountOf('2023')).toBeUndefined();
    expect(ledger.amountOf('2023-H1')?.value).toBe(30);
  });
});

describe('a cumulative total entered by quarter', () => {
  it('adds every quarter, not only the first of each year', () => {
    const quarters = [2021, 2022].flatMap((y) => [1, 2, 3, 4].map((q) => of(obs(`${y}-Q${q}`, 50))));
    const e = evaluateDossier(makeDossier({ targets: [total], observations: quarters }), { asOf: '2022' })
      .targets[0];
    expect(e?.achievement?.actual).toBe(400);
    expect(e?.achievement?.percent).toBe(40);
    expect(e?.final.band).toBe('below-50');
    const mid = evaluateDossier(
      makeDossier({
        targets: [total],
        observations: [...quarters, of(obs('2023-Q1', 60)), of(obs('2023-Q2', 70))],
      }),
      { asOf: '2023-H1' },
    ).targets[0];
    expect(mid?.achievement?.actual).toBe(530);
    expect(mid?.final.band).toBe('above-50');
  });

  it('says a missing year instead of adding a 2021 quarter to a 2022 quarter', () => {
    const dossier = makeDossier({
      targets: [total],
      observations: [of(obs('2021-Q1', 50)), of(obs('2022-Q1', 60))],
    });
    const evaluation = evaluateDossier(dossier, { asOf: '2022-Q1' });
    const e = evaluation.targets[0];
    expect(e?.achievement).toBeUndefined();
    expect(e?.gaps).toContainEqual(
      expect.objectContaining({ code: 'missing-period', what: 'từ tháng 4/2021 đến tháng 12/2021' }),
    );
    expect(evaluation.narrative.join(' ')).not.toMatch(/5 năm còn lại|bình quân .*\/năm/);
    expect(evaluation.narrative.join(' ')).toContain('chưa có số liệu từ tháng 4/2021 đến tháng 12/2021');
  });

  it('counts a figure entered for several years at once', () => {
    const e = evaluateDossier(
      makeDossier({ targets: [total], observations: [of(obs('2021-2022', 420)), of(obs('2023', 200))] }),
      { asOf: '2023' },
    ).targets[0];
    expect(e?.achievement?.actual).toBe(620);
  });
});

describe('same period of last year, like with like', () => {
  it("compares nine months with nine months added up from last year's quarters", () => {
    const revenue = makeTarget({ id: 'thu', unit: 'tỷ đồng', precision: 1 });
    const o = (p: string, v: number) => ({ ...obs(p, v), targetId: 'thu' });
    const e = evaluateDossier(
      makeDossier({
        targets: [revenue],
        observations: [o('2022-Q1', 10), o('2022-Q2', 10), o('2022-Q3', 10), o('2023-9M', 36)],
      }),
      { asOf: '2023-9M' },
    ).targets[0];
    expect(e?.latest?.period).toBe('2023-9M');
    expect(e?.yearOnYear).toMatchObject({ previousPeriod: '2022-9M', previous: 30 });
    expect(e?.yearOnYear?.change).toBeCloseTo(0.2, 10);
  });
});
