import { describe, expect, it } from 'vitest';
import { evaluateDossier, type Target } from '../core';
import { buildReportModel } from './report-model';
import { cellText } from './cell-text';
import { HAND_DOSSIER, HAND_EVALUATION, STATE_ISSUER } from './fixtures/hand-made';

const party = buildReportModel(HAND_DOSSIER, HAND_EVALUATION, {
  type: 'midterm',
  asOf: '2023',
  date: '2023-07-26',
  number: '12',
});
const state = buildReportModel(HAND_DOSSIER, HAND_EVALUATION, {
  type: 'midterm',
  asOf: '2023',
  date: '2023-07-26',
  number: '12',
  issuer: STATE_ISSUER,
});

describe('buildReportModel: header and title', () => {
  it('Party committee header (Hướng dẫn 36)', () => {
    expect(party.header).toEqual({
      superior: 'ĐẢNG BỘ TỈNH THANH HÓA',
      issuer: 'THÀNH ỦY THANH HÓA',
      issuerMark: 'star',
      numberLine: 'Số 12-BC/TU',
      mottoLines: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
      dateLine: 'Thanh Hóa, ngày 26 tháng 7 năm 2023',
    });
    expect(party.title).toEqual({
      kind: 'BÁO CÁO',
      subject: [
        'SƠ KẾT GIỮA NHIỆM KỲ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ THANH HÓA LẦN THỨ XXI, NHIỆM KỲ 2020 - 2025',
      ],
    });
    expect(party.signature.capacity).toBe('T/M BAN THƯỜNG VỤ');
  });

  it('state body header (Nghị định 30)', () => {
    expect(state.header.issuer).toBe('UBND THÀNH PHỐ THANH HÓA');
    expect(state.header.superior).toBe('UBND TỈNH THANH HÓA');
    expect(state.header.numberLine).toBe('Số: 12/BC-UBND');
    expect(state.header.mottoLines).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect(state.title.subject).toEqual([
      'Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ thành phố Thanh Hóa lần thứ XXI, nhiệm kỳ 2020 - 2025',
    ]);
  });

  it('titles of the other report types', () => {
    const final = buildReportModel(HAND_DOSSIER, HAND_EVALUATION, {
      type: 'final',
      asOf: '2023',
      issuer: STATE_ISSUER,
    });
    expect(final.title.subject[0]).toMatch(/^Tổng kết thực hiện Nghị quyết Đại hội/);
    const q = buildReportModel(
      HAND_DOSSIER,
      { ...HAND_EVALUATION, asOf: '2022-Q1' },
      { type: 'quarter', asOf: '2022-Q1', issuer: STATE_ISSUER },
    );
    expect(q.title.subject[0]).toBe(
      'Kết quả thực hiện các chỉ tiêu chủ yếu quý I/2022 theo Nghị quyết Đại hội Đảng bộ thành phố Thanh Hóa lần thứ XXI, nhiệm kỳ 2020 - 2025',
    );
    expect(q.header.dateLine).toBe('Thanh Hóa, ngày      tháng      năm 2022');
    expect(q.appendix.subtitle).toContain('số liệu tính đến quý I/2022');
  });
});

describe('buildReportModel: narrative', () => {
  it('frames the core sentences: results by field, counts, targets needing very high effort, proposals', () => {
    expect(party.sections.map((s) => s.heading)).toEqual([
      '',
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU',
      '1. Về kinh tế',
      '2. Về văn hóa - xã hội',
      '3. Về môi trường',
      '4. Về xây dựng Đảng và hệ thống chính trị',
      'II. ĐÁNH GIÁ, DỰ BÁO KHẢ NĂNG HOÀN THÀNH CÁC CHỈ TIÊU ĐẾN NĂM 2025',
      'III. CÁC CHỈ TIÊU PHẢI PHẤN ĐẤU, NỖ LỰC RẤT CAO',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(party.sections[2]?.paragraphs).toEqual([
      'Trong 3 chỉ tiêu về kinh tế, 1 chỉ tiêu đạt trên 80% mục tiêu Đại hội và 2 chỉ tiêu đạt trên 50%.',
      'Tốc độ tăng giá trị sản xuất bình quân giai đoạn 2021-2023 ước đạt 10,67%, bằng 71,1% mục tiêu Đại hội. Để đạt mục tiêu Đại hội, giai đoạn 2024-2025 cần tăng bình quân 21,82%/năm.',
      'Thu ngân sách nhà nước ước đạt 9.710,8 tỷ đồng, đạt 122% dự toán tỉnh giao, 105% dự toán thành phố giao và tăng 10,35% so với năm trước; 1/2 năm đạt mục tiêu.',
      'Tổng huy động vốn đầu tư phát triển ước đạt 93.867 tỷ đồng, bằng 52,15% kế hoạch cả nhiệm kỳ. Để hoàn thành kế hoạch cả nhiệm kỳ, giai đoạn 2024-2025 cần đạt bình quân 43.067 tỷ đồng/năm.',
    ]);
    expect(party.sections[6]?.paragraphs).toEqual([
      'Trong tổng số 6 chỉ tiêu Nghị quyết đề ra, có 2 chỉ tiêu đạt trên 80% mục tiêu đại hội, 3 chỉ tiêu đạt trên 50% và 1 chỉ tiêu đạt dưới 50%.',
      'Dự kiến đến cuối nhiệm kỳ, trong số 6 chỉ tiêu chủ yếu, có 1 chỉ tiêu vượt kế hoạch, 1 chỉ tiêu hoàn thành kế hoạch, 3 chỉ tiêu phải phấn đấu, nỗ lực rất cao mới có thể hoàn thành và 1 chỉ tiêu đề nghị điều chỉnh, đưa ra ngoài kế hoạch.',
    ]);
    expect(party.sections[7]?.paragraphs).toEqual([
      'Chỉ tiêu 1 (Tốc độ tăng giá trị sản xuất bình quân): tốc độ tăng bình quân ước đạt 10,67%/năm, bằng 71,1% mục tiêu Đại hội (15%), để đạt mục tiêu cần tăng bình quân 21,82%/năm trong 2 năm còn lại. Nguyên nhân: ảnh hưởng của dịch COVID-19 và giá nguyên vật liệu tăng cao. Trách nhiệm chủ trì: UBND thành phố.',
      'Chỉ tiêu 2 (Thu ngân sách nhà nước): ước đạt 9.710,8 tỷ đồng, bằng 107,9% mục tiêu Đại hội (9.000 tỷ đồng).',
      'Chỉ tiêu 3 (Tổng huy động vốn đầu tư phát triển): lũy kế ước đạt 93.867 tỷ đồng, bằng 52,15% mục tiêu Đại hội (180.000 tỷ đồng), để đạt mục tiêu cần đạt bình quân 43.067 tỷ đồng/năm trong 2 năm còn lại.',
    ]);
    expect(party.sections[8]?.paragraphs.at(-1)).toBe(
      'Đề nghị điều chỉnh, đưa ra ngoài kế hoạch chỉ tiêu 5 (Số xã đạt chuẩn nông thôn mới kiểu mẫu), do các xã được chọn đang thực hiện lộ trình trở thành phường.',
    );
  });

  it('an end-of-term report states what was reached, not a forecast', () => {
    const final = buildReportModel(HAND_DOSSIER, HAND_EVALUATION, { type: 'final', asOf: '2023' });
    const counts = final.sections.find((s) => s.heading.startsWith('II.'))?.paragraphs[1];
    expect(counts).toMatch(/^Kết thúc nhiệm kỳ, trong số 6 chỉ tiêu chủ yếu, có /);
  });
});

describe('buildReportModel: appendix', () => {
  it('has every column of a term report', () => {
    expect(party.appendix.columns.map((c) => c.header)).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Mục tiêu Đại hội',
      'TH 2021',
      'TH 2022',
      'Ước TH 2023',
      '% so với mục tiêu Đại hội',
      '% so với kế hoạch',
      'Tăng, giảm so với cùng kỳ (%)',
      'Dự báo đến năm 2025',
      'Đánh giá',
      'Ghi chú',
    ]);
    expect(party.appendix.landscape).toBe(true);
  });

  it('has a row per target, grouped by field, with the computed figures', () => {
    const rows = party.appendix.rows.map((r) => r.cells.map(cellText));
    expect(rows.map((r) => r[1])).toEqual([
      'Chỉ tiêu về kinh tế',
      'Tốc độ tăng giá trị sản xuất bình quân',
      'Thu ngân sách nhà nước',
      'Tổng huy động vốn đầu tư phát triển',
      'Chỉ tiêu về văn hóa - xã hội',
      'Tỷ lệ hộ nghèo',
      'Chỉ tiêu về môi trường',
      'Số xã đạt chuẩn nông thôn mới kiểu mẫu',
      'Chỉ tiêu về xây dựng Đảng và hệ thống chính trị',
      'Kết nạp đảng viên mới',
    ]);
    // growth target: year columns are annual growth from levels (110000/100000, 122100/110000, ...)
    expect(rows[1]?.slice(0, 11)).toEqual([
      '1',
      'Tốc độ tăng giá trị sản xuất bình quân',
      '%',
      '15,00',
      '10,00',
      '11,00',
      '11,00',
      '71,1',
      '',
      '11',
      '10,67',
    ]);
    expect(rows[1]?.[11]).toBe('Phải phấn đấu, nỗ lực rất cao');
    expect(rows[1]?.[12]).toBe(
      'Cấp ủy: Tốc độ tăng 3 năm đầu thấp hơn mục tiêu. Nguyên nhân: ảnh hưởng của dịch COVID-19 và giá nguyên vật liệu tăng cao',
    );
    // percentages as the narrative prints them ("122%", "52,15%"), never "122,0" or "52,1"
    expect(rows[2]?.slice(3, 10)).toEqual(['9.000,0', '', '8.800,0', '9.710,8', '107,9', '122', '10,35']);
    expect(rows[3]?.slice(3, 9)).toEqual(['180.000', '30.000', '32.000', '31.867', '52,15', '']);
    expect(rows[5]?.[3]).toBe('< 1,00');
    expect(rows[7]?.[11]).toBe('Đề nghị điều chỉnh, đưa ra ngoài kế hoạch (*)');
    expect(rows[7]?.[12]).toBe(
      'Đề xuất theo số liệu: phải phấn đấu, nỗ lực rất cao; cấp ủy đánh giá: các xã được chọn đang thực hiện lộ trình trở thành phường',
    );
    expect(rows[9]?.slice(3, 7)).toEqual(['≥ 1.500', '320', '330', '310']);
    expect(party.appendix.notes[0]).toBe(
      '2. Thu ngân sách nhà nước: đạt 122% dự toán tỉnh giao, đạt 105% dự toán thành phố giao.',
    );
  });

  it('periodic reports show the plan, the period and the same period of last year', () => {
    const q = buildReportModel(HAND_DOSSIER, HAND_EVALUATION, {
      type: 'year',
      asOf: '2023',
      issuer: STATE_ISSUER,
    });
    expect(q.appendix.columns.map((c) => c.key)).toEqual([
      'stt',
      'name',
      'unit',
      'goal',
      'plan',
      'actual',
      'pctGoal',
      'pctPlan',
      'yoy',
      'forecast',
      'verdict',
      'note',
    ]);
    const budget = q.appendix.rows.find((r) => r.targetId === 't2')?.cells.map(cellText);
    // the percentage and the change as the narrative prints them: "122%", "tăng 10,35%"
    expect(budget?.slice(4, 9)).toEqual(['7.959,7', '9.710,8', '107,9', '122', '10,35']);
    expect(q.sections.flatMap((s) => s.paragraphs).join(' ')).toContain('122%');
  });
});

describe('every report type', () => {
  it.each([
    ['midterm', '2023', 'Sơ kết giữa nhiệm kỳ thực hiện', 'IV. ĐỀ XUẤT, KIẾN NGHỊ'],
    ['final', '2025', 'Tổng kết thực hiện', 'IV. ĐỀ XUẤT, KIẾN NGHỊ'],
    [
      'quarter',
      '2023-Q2',
      'Kết quả thực hiện các chỉ tiêu chủ yếu quý II/2023',
      'IV. NHIỆM VỤ TRỌNG TÂM QUÝ III/2023',
    ],
    [
      'half',
      '2023-H1',
      'Kết quả thực hiện các chỉ tiêu chủ yếu 6 tháng đầu năm 2023',
      'IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023',
    ],
    [
      'nine-months',
      '2023-9M',
      'Kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2023',
      'IV. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023',
    ],
    ['year', '2023', 'Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023', 'IV. NHIỆM VỤ TRỌNG TÂM NĂM 2024'],
  ] as const)('%s as of %s: title and closing section', (type, asOf, subject, closing) => {
    const evaluation = evaluateDossier(HAND_DOSSIER, { asOf });
    const model = buildReportModel(HAND_DOSSIER, evaluation, { type, asOf, issuer: STATE_ISSUER });
    expect(model.title.subject[0]).toContain(subject);
    expect(model.sections.at(-1)?.heading).toBe(closing);
    const keys = model.appendix.columns.map((c) => c.key);
    expect(keys).toContain(type === 'midterm' || type === 'final' ? 'y2021' : 'actual');
    expect(model.appendix.rows.filter((r) => r.kind === 'target')).toHaveLength(HAND_DOSSIER.targets.length);
  });
});

describe('a quarter report never mixes periods', () => {
  it("prints no whole year's percentage beside a quarter's value, in the table or the text", () => {
    const revenue: Target = {
      ...(HAND_DOSSIER.targets[1] as Target),
      id: 'rev',
      code: '9',
      name: 'Doanh thu dịch vụ',
      kind: 'end-level' as const,
      unit: 'tỷ đồng',
      precision: 1,
      goal: { type: 'number' as const, value: 343 },
    };
    const dossier = {
      ...HAND_DOSSIER,
      targets: [revenue],
      observations: [
        { targetId: 'rev', period: '2021', value: 231.9, status: 'official' as const, revision: 1 },
        { targetId: 'rev', period: '2022-Q1', value: 61.2, status: 'estimate' as const, revision: 1 },
      ],
      plans: [],
      benchmarks: [],
      adjustments: [],
      scenarios: [],
      overrides: [],
    };
    const evaluation = evaluateDossier(dossier, { asOf: '2022-Q1' });
    expect(evaluation.targets[0]?.achievement?.basis?.period).toBe('2021');
    const model = buildReportModel(dossier, evaluation, {
      type: 'quarter',
      asOf: '2022-Q1',
      issuer: STATE_ISSUER,
    });
    const columns = model.appendix.columns.map((c) => c.key);
    const row = model.appendix.rows.find((r) => r.targetId === 'rev')?.cells.map(cellText) ?? [];
    expect(row[columns.indexOf('actual')]).toBe('61,2');
    expect(row[columns.indexOf('pctGoal')]).toBe('');
    const text = model.sections.flatMap((s) => s.paragraphs).join(' ');
    expect(text).toContain('61,2 tỷ đồng');
    expect(text).not.toMatch(/61,2 tỷ đồng[^.]*mục tiêu/);
  });
});
