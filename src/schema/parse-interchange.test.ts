import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  observationInputSchema,
  parseInterchange,
  parseInterchangeText,
  toInterchange,
  toIssues,
  viErrorMap,
} from '.';

const examplesDir = new URL('../../examples/', import.meta.url);
const exampleFiles = readdirSync(examplesDir).filter((name) => name.endsWith('.json'));

/** A small valid document; tests break one thing at a time. */
function minimal(): Record<string, unknown> {
  return {
    format: 'vedich/1',
    unit: { code: '380', name: 'thành phố Thanh Hóa', level: 'district', parentCode: '38' },
    issuer: {
      kind: 'party',
      superior: 'ĐẢNG BỘ TỈNH THANH HÓA',
      name: 'THÀNH ỦY THANH HÓA',
      place: 'Thanh Hóa',
    },
    congress: { number: 21, term: '2020-2025', committee: 'Đảng bộ thành phố Thanh Hóa' },
    title: 'Nghị quyết Đại hội lần thứ XXI',
    targets: [
      {
        id: 'thu-nhap',
        code: '1',
        name: 'Thu nhập bình quân đầu người năm 2025',
        field: 'kinh-te',
        kind: 'end-level',
        direction: 'higher-is-better',
        qualifier: 'at-least',
        unit: 'triệu đồng',
        precision: 2,
        goal: { type: 'number', value: 110 },
      },
      {
        id: 'dan-so',
        code: '2',
        name: 'Tỷ lệ tăng dân số tự nhiên',
        field: 'van-hoa-xa-hoi',
        kind: 'range',
        direction: 'higher-is-better',
        qualifier: 'none',
        unit: '%',
        precision: 2,
        goal: { type: 'range', min: 0.8, max: 1 },
      },
    ],
    observations: [{ targetId: 'thu-nhap', period: '2023', value: 84.67, status: 'estimate', revision: 1 }],
  };
}

type Json = Record<string, unknown> & {
  targets: Record<string, unknown>[];
  observations: Record<string, unknown>[];
};

function issuesOf(mutate: (doc: Json) => void): { path: string; message: string }[] {
  const doc = minimal() as Json;
  mutate(doc);
  const result = parseInterchange(doc);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.issues;
}

describe('parseInterchange', () => {
  it.each(exampleFiles)('accepts the example %s', (name) => {
    const result = parseInterchange(JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')));
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (result.ok) expect(result.facts[0]?.illustrative).toBe(true);
  });

  it.each(exampleFiles)('reads back what it writes for %s', (name) => {
    const first = parseInterchange(JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')));
    if (!first.ok) throw new Error(`${name} rejected`);
    const again = parseInterchange(JSON.parse(JSON.stringify(toInterchange(first.dossiers, first.facts[0]))));
    expect(again.ok && again.dossiers).toEqual(first.dossiers);
    expect(again.ok && again.facts).toEqual(first.facts);
  });

  it('returns a dossier with absent lists as empty lists', () => {
    const result = parseInterchange(minimal());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dossiers).toHaveLength(1);
    expect(result.dossiers[0]?.plans).toEqual([]);
    expect(result.dossiers[0]?.observations[0]?.value).toBe(84.67);
    expect(result.dossiers[0]).not.toHaveProperty('format');
  });

  it('reads a bundle of several documents and writes it back', () => {
    const second = {
      ...minimal(),
      unit: { code: '381', name: 'thị xã Bỉm Sơn', level: 'district', parentCode: '38' },
    };
    delete (second as Record<string, unknown>).format;
    const result = parseInterchange({
      format: 'vedich/1',
      illustrative: true,
      documents: [minimal(), second],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dossiers.map((d) => d.unit.code)).toEqual(['380', '381']);
    expect(result.facts.map((f) => f.illustrative)).toEqual([true, true]);
    const again = parseInterchange(toInterchange(result.dossiers));
    expect(again.ok && again.dossiers).toEqual(result.dossiers);
  });

  it('names the path and the reason in Vietnamese for a wrong type', () => {
    const issues = issuesOf((doc) => {
      (doc.targets[0] as { goal: unknown }).goal = { type: 'number', value: 'một trăm' };
    });
    expect(issues).toEqual([
      {
        path: 'targets[0].goal.value',
        message: 'Chỉ tiêu thứ 1 › mục tiêu › giá trị: phải là số, nhận được chuỗi văn bản.',
      },
    ]);
  });

  it('reports a missing field and an unknown field', () => {
    const issues = issuesOf((doc) => {
      delete doc.targets[1]?.name;
      doc.targets[1]!.nam = 'typo';
    });
    expect(issues).toContainEqual({
      path: 'targets[1].name',
      message: 'Chỉ tiêu thứ 2 › tên: thiếu trường bắt buộc.',
    });
    expect(
      issues.some(
        (i) => i.path === 'targets[1]' && i.message.includes('không được định dạng vedich/1 cho phép: nam'),
      ),
    ).toBe(true);
  });

  it('rejects an invalid period code and a backward term', () => {
    const issues = issuesOf((doc) => {
      doc.observations[0]!.period = '2023-Q5';
      (doc.congress as Record<string, unknown>).term = '2025-2020';
    });
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['observations[0].period', 'congress.term']));
    expect(issues.find((i) => i.path === 'observations[0].period')?.message).toContain('mã kỳ hợp lệ');
    expect(issues.find((i) => i.path === 'observations[0].period')?.message).toContain('"2023-Q5"');
  });

  it('rejects precision outside 0-3 and a range whose min exceeds max', () => {
    const issues = issuesOf((doc) => {
      doc.targets[0]!.precision = 4;
    });
    expect(issues[0]).toMatchObject({ path: 'targets[0].precision' });
    expect(issues[0]?.message).toContain('từ 0 đến 3');
    const rangeIssues = issuesOf((doc) => {
      doc.targets[1]!.goal = { type: 'range', min: 1.2, max: 1 };
    });
    expect(rangeIssues).toEqual([
      {
        path: 'targets[1].goal.min',
        message: 'Chỉ tiêu thứ 2 › mục tiêu › cận dưới: cận dưới (1.2) lớn hơn cận trên (1).',
      },
    ]);
  });

  it('reads aggregation and levelUnit, and names the allowed aggregations', () => {
    const doc = minimal() as Json;
    Object.assign(doc.targets[0]!, { aggregation: 'flow', levelUnit: 'tỷ đồng' });
    const result = parseInterchange(doc);
    expect(result.ok && result.dossiers[0]?.targets[0]).toMatchObject({
      aggregation: 'flow',
      levelUnit: 'tỷ đồng',
    });
    const issues = issuesOf((bad) => {
      bad.targets[0]!.aggregation = 'cumulative';
    });
    expect(issues[0]?.path).toBe('targets[0].aggregation');
    expect(issues[0]?.message).toContain('"flow", "stock"');
  });

  it('keeps the percent decimals of targets and plans, and checks their range', () => {
    const doc = minimal() as Json;
    Object.assign(doc.targets[0]!, { percentDecimals: 1 });
    doc.plans = [
      {
        targetId: doc.targets[0]!.id,
        period: '2023',
        kind: 'budget-estimate',
        source: 'tinh-giao',
        label: 'dự toán tỉnh giao',
        value: 100,
        percentDecimals: 0,
      },
    ];
    const result = parseInterchange(doc);
    expect(result.ok && result.dossiers[0]?.targets[0]?.percentDecimals).toBe(1);
    expect(result.ok && result.dossiers[0]?.plans[0]?.percentDecimals).toBe(0);
    const issues = issuesOf((bad) => {
      bad.targets[0]!.percentDecimals = 5;
    });
    expect(issues[0]?.path).toBe('targets[0].percentDecimals');
  });

  it('rejects a goal that does not fit the kind of target', () => {
    const issues = issuesOf((doc) => {
      doc.targets[1]!.goal = { type: 'number', value: 1 };
    });
    expect(issues[0]?.path).toBe('targets[1].goal.type');
    expect(issues[0]?.message).toContain('cần mục tiêu là một khoảng');
  });

  it('checks references, duplicates and value types across the document', () => {
    const issues = issuesOf((doc) => {
      doc.targets.push({ ...doc.targets[0], code: '3' });
      doc.observations.push(
        { targetId: 'khong-co', period: '2023', value: 1, status: 'official', revision: 1 },
        { targetId: 'thu-nhap', period: '2022', value: true, status: 'official', revision: 1 },
        { targetId: 'thu-nhap', period: '2023', value: 84.86, status: 'estimate', revision: 1 },
      );
      doc.plans = [
        {
          targetId: 'mat-tich',
          period: '2023',
          kind: 'annual-plan',
          source: 'ke-hoach-nam',
          label: 'kế hoạch năm',
          value: 1,
        },
      ];
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'targets[2].id', message: 'Chỉ tiêu thứ 3 › mã: mã chỉ tiêu "thu-nhap" bị trùng.' },
        {
          path: 'observations[1].targetId',
          message: 'Số liệu thứ 2 › mã chỉ tiêu: không có chỉ tiêu mã "khong-co" trong văn kiện.',
        },
        {
          path: 'observations[2].value',
          message:
            'Số liệu thứ 3 › giá trị: chỉ tiêu "thu-nhap" loại "end-level" cần số liệu là một số, nhận được giá trị true.',
        },
        {
          path: 'observations[3].revision',
          message: 'Số liệu thứ 4 › lần sửa: đã có số liệu lần sửa 1 của chỉ tiêu "thu-nhap" kỳ 2023.',
        },
        {
          path: 'plans[0].targetId',
          message: 'Kế hoạch, dự toán thứ 1 › mã chỉ tiêu: không có chỉ tiêu mã "mat-tich" trong văn kiện.',
        },
      ]),
    );
  });

  it('rejects a file without the format marker, and text that is not JSON', () => {
    const doc = minimal();
    delete doc.format;
    const result = parseInterchange(doc);
    expect(result.ok || result.issues[0]).toMatchObject({ path: 'format' });
    const text = parseInterchangeText('{ "format": ');
    expect(text.ok || text.issues[0]?.message).toMatch(/^Tệp: không phải JSON hợp lệ/);
  });

  it('gives the HTTP API dotted paths for its own schemas', () => {
    const parsed = observationInputSchema.safeParse(
      { targetId: 't', period: '2023', value: 1, status: 'ước', expectedRevision: 0 },
      { error: viErrorMap },
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const issues = toIssues(
      parsed.error.issues.map((i) => ({ ...i, path: ['items', 3, ...i.path] })),
      'dots',
    );
    expect(issues[0]?.path).toBe('items.3.status');
    expect(issues[0]?.message).toContain('"estimate", "preliminary", "official"');
  });
});

describe('docs/INTERCHANGE.md', () => {
  it('has an example that is a valid file', () => {
    const text = readFileSync(new URL('../../docs/INTERCHANGE.md', import.meta.url), 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(text)?.[1];
    expect(block).toBeDefined();
    const result = parseInterchangeText(block ?? '');
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.dossiers[0]?.plans.map((p) => p.label)).toEqual([
      'dự toán tỉnh giao',
      'dự toán thành phố giao',
    ]);
  });
});

describe('toInterchange', () => {
  it('writes only the fields of the format, so a dossier from the database reads back', () => {
    const parsed = parseInterchange(minimal());
    if (!parsed.ok) throw new Error('minimal document rejected');
    const dossier = parsed.dossiers[0]!;
    const fromDatabase = {
      ...dossier,
      targets: dossier.targets.map((t) => ({ ...t, resolutionId: 'r1', note: null, baseValue: undefined })),
      observations: dossier.observations.map((o) => ({
        ...o,
        id: 'o1',
        recordedAt: new Date('2023-07-20T01:00:00Z'),
        source: null,
      })),
    } as unknown as typeof dossier;
    const again = parseInterchange(
      JSON.parse(JSON.stringify(toInterchange([fromDatabase], { illustrative: true }))),
    );
    expect(again.ok ? [] : again.issues).toEqual([]);
    expect(again.ok && again.dossiers[0]?.observations[0]).toEqual({
      ...dossier.observations[0],
      recordedAt: '2023-07-20T01:00:00.000Z',
    });
    expect(again.ok && again.facts[0]?.illustrative).toBe(true);
  });
});

describe('messages', () => {
  it('says which values a figure may take', () => {
    const doc = minimal() as Json;
    doc.observations[0]!.value = { so: 1 };
    const result = parseInterchange(doc);
    expect(result.ok || result.issues).toEqual([
      {
        path: 'observations[0].value',
        message:
          'Số liệu thứ 1 › giá trị: phải là một số, true/false (mốc), tên một mức xếp loại hoặc danh sách tỷ trọng (cơ cấu).',
      },
    ]);
  });
});

describe('period codes at the edge', () => {
  it('accept exactly the canonical codes the core reads', async () => {
    const { PERIOD_CODE_PATTERN, periodCodeSchema } = await import('./primitives.schema');
    const { isCanonicalPeriodCode } = await import('../core');
    const samples = [
      '2023',
      '2023-07',
      '2023-Q3',
      '2023-H2',
      '2023-9M',
      '2023-8M',
      '2023-11M',
      '2020-2025',
      '2021-2022',
    ];
    const refused = [
      '2023-6M',
      '2023-3M',
      '2023-12M',
      '2023-1M',
      '2023-q1',
      '2023-13',
      '2023-Q5',
      '1899',
      '2025-2020',
      '2023-0M',
    ];
    for (const code of samples) {
      expect(isCanonicalPeriodCode(code)).toBe(true);
      expect(PERIOD_CODE_PATTERN.test(code)).toBe(true);
      expect(periodCodeSchema.safeParse(code).success).toBe(true);
    }
    for (const code of refused) expect(periodCodeSchema.safeParse(code).success).toBe(false);
    // "2023-6M" is the first half: the message says how to write it
    const sixMonths = periodCodeSchema.safeParse('2023-6M');
    expect(sixMonths.success ? '' : sixMonths.error.issues[0]?.message).toContain('2023-H1');
  });
});
