import { describe, expect, it } from 'vitest';
import { buildChangeSet } from './change-set';
import { parseCsvFile, parseWorkbook } from './import-parse';
import { IssueList } from './issues';
import {
  FIGURE_COLUMNS,
  PLAN_COLUMNS,
  SHEET_FIGURES,
  SHEET_PLANS,
  SHEET_TARGETS,
  TARGET_COLUMNS,
} from './layout';
import { readXlsx } from './read-xlsx';
import { HEADERS, rowOf, workbookBytes } from './test-workbook';

const growth = {
  code: '1',
  name: 'Tốc độ tăng giá trị sản xuất bình quân',
  field: 'Kinh tế',
  kind: 'Tăng trưởng bình quân',
  direction: 'Càng cao càng tốt',
  qualifier: 'Trở lên',
  unit: '%',
  precision: 2,
  goal: 15,
  baseYear: 2020,
  baseValue: '19.876,54321',
  targetYear: 2025,
  seriesBasis: 'Giá trị tuyệt đối',
};
const milestone = {
  code: '9',
  name: 'Quy hoạch chung được phê duyệt',
  field: 'kinh-te',
  kind: 'Mốc hoàn thành',
  direction: 'Càng cao càng tốt',
};
const grade = {
  code: '27',
  name: 'Đảng bộ xếp loại hoàn thành tốt nhiệm vụ trở lên',
  field: 'Xây dựng Đảng và hệ thống chính trị',
  kind: 'Xếp loại',
  direction: 'Càng cao càng tốt',
  scale: 'Không hoàn thành; Hoàn thành; Hoàn thành tốt; Hoàn thành xuất sắc',
  required: 'Hoàn thành tốt',
};
const structure = {
  code: '2',
  name: 'Cơ cấu kinh tế',
  field: 'Kinh tế',
  kind: 'Cơ cấu',
  direction: 'Càng cao càng tốt',
  unit: '%',
  scale: 'Công nghiệp: 68; Dịch vụ: 30; Nông nghiệp: 2',
};
const range = {
  code: '18',
  name: 'Tỷ lệ tăng dân số',
  field: 'Văn hóa - xã hội',
  kind: 'Khoảng',
  direction: 'Càng cao càng tốt',
  unit: '%',
  min: '0,8',
  max: 1,
};

function counter(): () => string {
  let n = 0;
  return () => `id${++n}`;
}

async function parse(sheets: Parameters<typeof workbookBytes>[0]) {
  const issues = new IssueList();
  const parsed = await parseWorkbook(await workbookBytes(sheets), issues);
  return { parsed, issues: issues.list(), list: issues };
}

function goodSheets() {
  return {
    [SHEET_TARGETS]: [
      HEADERS.targets,
      ...[growth, milestone, grade, structure, range].map((t) => rowOf(TARGET_COLUMNS, t)),
    ],
    [SHEET_FIGURES]: [
      HEADERS.figures,
      rowOf(FIGURE_COLUMNS, { targetCode: '1', period: 'năm 2021', value: 21000.5, status: 'Chính thức' }),
      rowOf(FIGURE_COLUMNS, { targetCode: '1', period: 'quý I/2022', value: '9.710,8', status: 'Ước' }),
      rowOf(FIGURE_COLUMNS, {
        targetCode: '1',
        period: '6 tháng đầu năm 2023',
        value: { formula: 'SUM(1,2)', result: 3 },
        status: 'sơ bộ',
      }),
      rowOf(FIGURE_COLUMNS, { targetCode: '9', period: 2023, value: 'Đạt', status: 'Chính thức' }),
      rowOf(FIGURE_COLUMNS, {
        targetCode: '27',
        period: '2022',
        value: 'hoàn thành tốt',
        status: 'Chính thức',
      }),
      rowOf(FIGURE_COLUMNS, {
        targetCode: '2',
        period: '2022',
        value: '67,5; 30; 2,5',
        status: 'Chính thức',
      }),
      rowOf(FIGURE_COLUMNS, {
        targetCode: '18',
        period: '2023-H1',
        value: 0.9,
        status: 'Ước',
        source: '<script>alert("x")</script>',
        comment: "=cmd|' /C calc'!A0",
      }),
    ],
    [SHEET_PLANS]: [
      HEADERS.plans,
      rowOf(PLAN_COLUMNS, {
        targetCode: '1',
        period: 'năm 2023',
        kind: 'Dự toán',
        source: 'tinh-giao',
        label: 'dự toán tỉnh giao',
        value: 1200,
      }),
    ],
  };
}

describe('reading an Excel workbook', () => {
  it('reads every kind of target, figure and plan from a valid workbook', async () => {
    const { parsed, issues } = await parse(goodSheets());
    expect(issues).toEqual([]);
    expect(parsed.targets.map((t) => t.target.goal)).toEqual([
      { type: 'number', value: 15 },
      { type: 'milestone' },
      {
        type: 'grade',
        scale: ['Không hoàn thành', 'Hoàn thành', 'Hoàn thành tốt', 'Hoàn thành xuất sắc'],
        required: 'Hoàn thành tốt',
      },
      {
        type: 'structure',
        shares: [
          { name: 'Công nghiệp', value: 68 },
          { name: 'Dịch vụ', value: 30 },
          { name: 'Nông nghiệp', value: 2 },
        ],
      },
      { type: 'range', min: 0.8, max: 1 },
    ]);
    expect(parsed.targets[0]?.target).toMatchObject({
      field: 'kinh-te',
      kind: 'average-growth',
      qualifier: 'at-least',
      baseValue: 19876.54321,
      seriesBasis: 'level',
    });
    expect(parsed.targets[1]?.target).toMatchObject({ unit: '', qualifier: 'none', precision: 1 });
    expect(parsed.figures.map((f) => [f.period, f.status])).toEqual([
      ['2021', 'official'],
      ['2022-Q1', 'estimate'],
      ['2023-H1', 'preliminary'],
      ['2023', 'official'],
      ['2022', 'official'],
      ['2022', 'official'],
      ['2023-H1', 'estimate'],
    ]);
    const change = buildChangeSet(parsed, undefined, '381', new IssueList(), counter());
    expect(change.figures.map((f) => f.observation.value)).toEqual([
      21000.5,
      9710.8,
      3,
      true,
      'Hoàn thành tốt',
      [67.5, 30, 2.5],
      0.9,
    ]);
    // Hostile text stays inert text, exactly as typed.
    expect(change.figures[6]?.observation).toMatchObject({
      source: '<script>alert("x")</script>',
      comment: "=cmd|' /C calc'!A0",
    });
    expect(change.plans).toEqual([
      {
        targetId: 'id1',
        period: '2023',
        kind: 'budget-estimate',
        source: 'tinh-giao',
        label: 'dự toán tỉnh giao',
        value: 1200,
      },
    ]);
  });

  it('reports every planted error with its sheet, row, column and a Vietnamese reason', async () => {
    const sheets = goodSheets();
    sheets[SHEET_FIGURES].push(
      rowOf(FIGURE_COLUMNS, { targetCode: '1', period: '2024', value: '12,3,4', status: 'Ước' }), // row 9
      rowOf(FIGURE_COLUMNS, { targetCode: '1', period: '2025', value: 1e16, status: 'Ước' }), // row 10
      rowOf(FIGURE_COLUMNS, { targetCode: '1', period: 'quý V/2023', value: 1, status: 'Ước' }), // row 11
      rowOf(FIGURE_COLUMNS, { targetCode: '1', period: '2020', value: 1, status: 'tạm tính' }), // row 12
      rowOf(FIGURE_COLUMNS, {
        targetCode: '1',
        period: '2019',
        value: 1,
        status: 'Ước',
        source: { formula: 'HYPERLINK("http://x","bấm")', result: 'bấm' },
      }), // row 13
      rowOf(FIGURE_COLUMNS, { targetCode: '99', period: '2019', value: 1, status: 'Ước' }), // row 14
      rowOf(FIGURE_COLUMNS, { targetCode: '9', period: '2024', value: 'có lẽ', status: 'Ước' }), // row 15
      rowOf(FIGURE_COLUMNS, { period: '2018', value: 1, status: 'Ước' }), // row 16
      rowOf(FIGURE_COLUMNS, { targetCode: '1', period: 'năm 2021', value: 5, status: 'Ước' }), // row 17: duplicate of row 2
      rowOf(FIGURE_COLUMNS, {
        targetCode: '1',
        period: '2017',
        value: { formula: 'A1&"x"', result: 'x' },
        status: 'Ước',
      }), // row 18
    );
    sheets[SHEET_TARGETS].push(
      rowOf(TARGET_COLUMNS, {
        ...growth,
        code: '3',
        kind: 'Tăng nhanh',
        name: { formula: 'HYPERLINK("http://x")' },
      }),
    ); // row 7
    const { parsed, list } = await parse(sheets);
    // Values are read once the target (and its kind) is known, when the change set is built.
    buildChangeSet(parsed, undefined, '381', list, counter());
    const issues = list.list();
    const at = (row: number, column: string) =>
      issues.find((i) => i.sheet === SHEET_FIGURES && i.row === row && i.column === column)?.message;
    expect(at(9, 'C')).toBe(
      "Sheet Số liệu, dòng 9, cột C (Giá trị): '12,3,4' không phải là số (viết theo kiểu Việt Nam: 9.710,8)",
    );
    expect(at(10, 'C')).toContain('vượt quá giới hạn');
    expect(at(11, 'B')).toContain("'quý V/2023' không phải là kỳ hợp lệ");
    expect(at(12, 'D')).toContain("'tạm tính' không thuộc danh mục (Ước; Sơ bộ; Chính thức)");
    expect(at(13, 'E')).toContain('ô chứa công thức');
    expect(at(14, 'A')).toContain("không có chỉ tiêu mã '99'");
    expect(at(15, 'C')).toContain('không hợp lệ cho chỉ tiêu mốc');
    expect(at(16, 'A')).toContain('bắt buộc nhập');
    expect(at(17, 'B')).toContain('đã có ở một dòng trên');
    expect(at(18, 'C')).toContain('không có kết quả số');
    const targets = issues.filter((i) => i.sheet === SHEET_TARGETS && i.row === 7).map((i) => i.column);
    expect(targets).toEqual(['B', 'D']);
    expect(issues.find((i) => i.sheet === 'Nghị quyết')?.message).toContain('chưa có nghị quyết nào');
    expect(issues).toHaveLength(13);
  });

  it('reports a missing required column once, on the header row', async () => {
    const { issues } = await parse({
      [SHEET_FIGURES]: [
        ['Mã chỉ tiêu', 'Kỳ', 'Giá trị'],
        ['1', '2021', 5],
      ],
    });
    expect(issues).toEqual([
      expect.objectContaining({
        sheet: SHEET_FIGURES,
        row: 1,
        message: "Sheet Số liệu, dòng 1: thiếu cột bắt buộc 'Trạng thái' ở dòng tiêu đề",
      }),
    ]);
  });

  it('refuses a file that is not a workbook, and one without any known sheet', async () => {
    const bad = new IssueList();
    await parseWorkbook(new TextEncoder().encode('không phải excel'), bad);
    expect(bad.list()[0]?.message).toContain('không phải là tệp Excel .xlsx hợp lệ');
    const { issues } = await parse({ Sheet1: [['a'], [1]] });
    expect(issues[0]?.message).toContain("không có sheet nào tên 'Chỉ tiêu'");
  });

  it('refuses a goal that changes a stored target, and a range with Đến below Từ', async () => {
    const sheets = goodSheets();
    sheets[SHEET_TARGETS].push(rowOf(TARGET_COLUMNS, { ...range, code: '19', min: 2, max: 1 }));
    const { parsed, list } = await parse(sheets);
    expect(list.list().map((i) => `${i.row}${i.column}`)).toEqual(['7K']);
    list.items.length = 0;
    const stored = {
      targets: [
        { ...parsed.targets[0]!.target, id: 'stored-1', goal: { type: 'number' as const, value: 12 } },
      ],
      observations: [],
      plans: [],
    };
    buildChangeSet(parsed, stored as never, '381', list, () => 'n');
    expect(list.list()[0]?.message).toContain("mục tiêu của chỉ tiêu '1' khác mục tiêu đã lưu");
  });
});

describe('hostile workbooks', () => {
  it('refuses a workbook whose parts inflate beyond the limit (zip bomb) before opening it', async () => {
    const bytes = await workbookBytes({
      [SHEET_FIGURES]: [HEADERS.figures, ['1', '2021', 'x'.repeat(5000), 'Ước']],
    });
    const issues = new IssueList();
    expect(await readXlsx(bytes, issues, [SHEET_FIGURES], 4000)).toBeUndefined();
    expect(issues.list()[0]?.message).toContain('nội dung giải nén quá lớn');
    const fine = new IssueList();
    expect(await readXlsx(bytes, fine, [SHEET_FIGURES])).toBeDefined();
    expect(fine.list()).toEqual([]);
  });

  it('refuses text longer than 4.000 characters in a cell', async () => {
    const { parsed, list } = await parse({
      [SHEET_FIGURES]: [
        HEADERS.figures,
        rowOf(FIGURE_COLUMNS, {
          targetCode: '1',
          period: '2021',
          value: 1,
          status: 'Ước',
          comment: 'ấ'.repeat(4001),
        }),
      ],
    });
    expect(parsed.figures).toEqual([]);
    expect(list.list()[0]).toMatchObject({ row: 2, column: 'F' });
  });
});

describe('columns a file leaves out', () => {
  it('keep their stored values: an older template does not clear newer attributes', async () => {
    const header = [
      'Mã chỉ tiêu',
      'Tên chỉ tiêu',
      'Lĩnh vực',
      'Loại chỉ tiêu',
      'Chiều',
      'Đơn vị tính',
      'Mục tiêu',
    ];
    const { parsed, list } = await parse({
      [SHEET_TARGETS]: [
        header,
        ['1', 'Thu nhập bình quân', 'Kinh tế', 'Mức đạt cuối kỳ', 'Càng cao càng tốt', 'triệu đồng', 100],
      ],
    });
    expect(list.list()).toEqual([]);
    const stored = {
      targets: [
        {
          id: 's1',
          code: '1',
          name: 'Thu nhập bình quân',
          field: 'kinh-te',
          kind: 'end-level',
          direction: 'higher-is-better',
          qualifier: 'at-least',
          unit: 'triệu đồng',
          precision: 2,
          goal: { type: 'number', value: 100 },
          percentDecimals: 1,
          note: 'giữ',
        },
      ],
      observations: [],
      plans: [],
      benchmarks: [],
      adjustments: [],
    };
    const change = buildChangeSet(parsed, stored as never, '381', list, counter());
    expect(list.list()).toEqual([]);
    expect(change.updateTargets).toEqual([]);
    expect(change.unchanged).toBe(1);
  });
});

describe('reading a CSV file', () => {
  it('reads a Vietnamese CSV (semicolons, decimal comma, BOM) of figures and locates errors by line', () => {
    const text =
      '\uFEFFMã chỉ tiêu;Kỳ;Giá trị;Trạng thái;Nguồn\n1;quý I/2022;9.710,8;Ước;"Cục Thống kê; tỉnh"\n\n1;2022;12,3,4;Ước;\n';
    const issues = new IssueList();
    const parsed = parseCsvFile(text, issues);
    expect(parsed.figures.map((f) => [f.period, f.source])).toEqual([
      ['2022-Q1', 'Cục Thống kê; tỉnh'],
      ['2022', undefined],
    ]);
    const target = {
      id: 't',
      code: '1',
      name: 'x',
      field: 'kinh-te',
      kind: 'end-level',
      direction: 'higher-is-better',
      qualifier: 'none',
      unit: '',
      precision: 1,
      goal: { type: 'number', value: 1 },
    } as const;
    const change = buildChangeSet(
      parsed,
      { targets: [target], observations: [], plans: [] } as never,
      '381',
      issues,
      () => 'n',
    );
    expect(change.figures.map((f) => f.observation.value)).toEqual([9710.8]);
    expect(issues.list().map((i) => i.message)).toEqual([
      "Sheet Số liệu (CSV), dòng 4, cột C (Giá trị): '12,3,4' không phải là số (viết theo kiểu Việt Nam: 9.710,8)",
    ]);
  });

  it('reads a comma CSV with decimal points, and says so when it cannot tell the table', () => {
    const issues = new IssueList();
    const parsed = parseCsvFile('Mã chỉ tiêu,Kỳ,Giá trị,Trạng thái\n1,2021,"9,710.8",Chính thức\n', issues);
    expect(issues.list()).toEqual([]);
    expect(parsed.figures[0]?.value).toEqual({ type: 'text', value: '9,710.8' });
    const unknown = new IssueList();
    parseCsvFile('a;b\n1;2\n', unknown);
    expect(unknown.list()[0]?.message).toContain('không nhận ra bảng');
  });

  it('refuses a CSV of more than 50.000 rows before reading its rows', () => {
    const lines = ['Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái'];
    for (let i = 0; i < 50_001; i++) lines.push('1;2021;1;Ước');
    const issues = new IssueList();
    const parsed = parseCsvFile(lines.join('\n'), issues);
    expect(parsed.figures).toEqual([]);
    expect(issues.list()[0]?.message).toContain('vượt giới hạn');
  });

  it('refuses text that is not UTF-8-safe for storage: NUL and control characters', () => {
    const issues = new IssueList();
    parseCsvFile('Mã chỉ tiêu;Kỳ;Giá trị;Trạng thái;Nguồn\n1;2021;1;Ước;a\u0000b\n', issues);
    expect(issues.list()[0]).toMatchObject({ row: 2, column: 'E' });
    expect(issues.list()[0]?.message).toContain('ký tự điều khiển');
  });
});

describe('dates as offices write them', () => {
  it('reads the congress date written 15/08/2025 as well as 2025-08-15, and names a wrong one', async () => {
    const { SHEET_RESOLUTION } = await import('./layout');
    const sheet = (date: string) => ({
      ...goodSheets(),
      [SHEET_RESOLUTION]: [
        ['Mục', 'Giá trị'],
        ['Mã đơn vị', '14812'],
        ['Tên đơn vị', 'phường Bỉm Sơn'],
        ['Cấp đơn vị', 'Cấp xã'],
        ['Tên nghị quyết', 'Nghị quyết Đại hội Đảng bộ phường Bỉm Sơn lần thứ I'],
        ['Đại hội lần thứ', 1],
        ['Nhiệm kỳ', '2025-2030'],
        ['Ngày đại hội', date],
        ['Đảng bộ', 'Đảng bộ phường Bỉm Sơn'],
        ['Loại cơ quan ban hành', 'Cơ quan Đảng'],
        ['Cơ quan ban hành', 'ĐẢNG ỦY PHƯỜNG BỈM SƠN'],
        ['Địa danh', 'Bỉm Sơn'],
      ],
    });
    const slash = await parse(sheet('15/08/2025'));
    expect(slash.issues).toEqual([]);
    expect(slash.issues.filter((i) => /Ngày đại hội|ngày/.test(`${i.column ?? ''} ${i.message}`))).toEqual(
      [],
    );
    expect(slash.parsed.resolution?.congress.date).toBe('2025-08-15');
    const wrong = await parse(sheet('31/02/2025'));
    expect(wrong.issues.map((i) => i.message).join(' ')).toContain("'31/02/2025' không phải là ngày");
  });
});
