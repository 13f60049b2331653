import { describe, expect, it } from 'vitest';
import { draftAsTarget, recogniseTargets, splitStatements, termContaining, termOfList } from './index';
import { readStatement } from './read-statement';

const term = { start: 2020, end: 2025 };

describe('reading one target statement', () => {
  it("reads the issue's three examples", () => {
    const growth = readStatement('Tốc độ tăng giá trị sản xuất bình quân 15%/năm trở lên', { term });
    expect(growth).toMatchObject({
      kind: 'average-growth',
      direction: 'higher-is-better',
      qualifier: 'at-least',
      goal: { type: 'number', value: 15 },
      unit: '%',
      field: 'kinh-te',
      baseYear: 2020,
      targetYear: 2025,
      doubts: [],
    });
    expect(
      readStatement('Thu nhập bình quân đầu người đến năm 2025 đạt 100 triệu đồng', { term }),
    ).toMatchObject({
      name: 'Thu nhập bình quân đầu người',
      kind: 'end-level',
      goal: { type: 'number', value: 100 },
      unit: 'triệu đồng',
      targetYear: 2025,
    });
    expect(readStatement('Tỷ lệ hộ nghèo giảm còn dưới 1%', { term })).toMatchObject({
      name: 'Tỷ lệ hộ nghèo',
      kind: 'ratio',
      direction: 'lower-is-better',
      qualifier: 'less-than',
      goal: { type: 'number', value: 1 },
      field: 'van-hoa-xa-hoi',
    });
  });

  it('reads totals over the term, counts of additions, ranges, milestones, grades and structures', () => {
    expect(
      readStatement('Tổng vốn đầu tư phát triển 5 năm (2021-2025) đạt 180.000 tỷ đồng', { term }),
    ).toMatchObject({
      kind: 'cumulative-total',
      goal: { type: 'number', value: 180000 },
      baseYear: 2020,
      targetYear: 2025,
    });
    expect(readStatement('Kết nạp 640 đảng viên mới', { term })).toMatchObject({
      kind: 'count',
      accumulation: 'additions',
      unit: 'đảng viên',
      field: 'xay-dung-dang',
    });
    expect(readStatement('Tăng trưởng GRDP bình quân 7,5-8,0%/năm', { term })).toMatchObject({
      kind: 'range',
      goal: { type: 'range', min: 7.5, max: 8 },
      precision: 1,
    });
    expect(readStatement('Thành phố được công nhận đô thị loại I', { term }).kind).toBe('milestone');
    expect(readStatement('Đảng bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên', { term })).toMatchObject({
      kind: 'grade',
      qualifier: 'at-least',
      goal: { required: 'Hoàn thành tốt nhiệm vụ' },
    });
    expect(
      readStatement('Cơ cấu kinh tế: công nghiệp - xây dựng 75%, dịch vụ 20%, nông nghiệp 5%', { term }),
    ).toMatchObject({
      name: 'Cơ cấu kinh tế',
      kind: 'structure',
      goal: {
        shares: [
          { name: 'Công nghiệp - xây dựng', value: 75 },
          { name: 'Dịch vụ', value: 20 },
          { name: 'Nông nghiệp', value: 5 },
        ],
      },
    });
  });

  it('says what it only guessed and lowers its confidence', () => {
    const vague = readStatement('Chỉ số hài lòng đạt 80 điểm trở lên');
    expect(vague.doubts).toEqual(expect.arrayContaining(['year']));
    const sure = readStatement('Tỷ lệ lao động qua đào tạo đạt 65% trở lên', { term });
    expect(sure.confidence).toBeGreaterThan(vague.confidence);
    expect(readStatement('Có 10 bác sĩ và 30 giường bệnh/vạn dân', { term }).doubts).toContain('value');
  });

  it('keeps a year past the term as part of the name, not as the year of the goal', () => {
    expect(readStatement('Quy hoạch chung thị xã đến năm 2040 được phê duyệt', { term }).targetYear).toBe(
      2025,
    );
  });
});

describe('cutting a list into statements', () => {
  it('reads numbering, headings, semicolons and sentences', () => {
    const list = splitStatements(
      'Các chỉ tiêu chủ yếu:\na) Về kinh tế:\n1. Thu ngân sách đạt 1.500 tỷ đồng;\n2. Tốc độ tăng GRDP bình quân 11%/năm.\nb) Văn hóa - xã hội: tỷ lệ hộ nghèo dưới 1%; tỷ lệ lao động qua đào tạo 70%. Tuổi thọ bình quân đạt 74,5 tuổi',
    );
    expect(list.map((s) => [s.text, s.heading])).toEqual([
      ['Thu ngân sách đạt 1.500 tỷ đồng', 'kinh-te'],
      ['Tốc độ tăng GRDP bình quân 11%/năm', 'kinh-te'],
      ['tỷ lệ hộ nghèo dưới 1%', 'van-hoa-xa-hoi'],
      ['tỷ lệ lao động qua đào tạo 70%', 'van-hoa-xa-hoi'],
      ['Tuổi thọ bình quân đạt 74,5 tuổi', 'van-hoa-xa-hoi'],
    ]);
  });

  it('keeps a figure that opens a piece after ";" whole ("9.248,4" is no numbering "9.")', () => {
    expect(
      splitStatements('Thu ngân sách 7.959,7 tỷ đồng; 9.248,4 tỷ đồng theo dự toán').map((s) => s.text),
    ).toEqual(['Thu ngân sách 7.959,7 tỷ đồng', '9.248,4 tỷ đồng theo dự toán']);
  });

  it('numbers the drafts and turns a confirmed one into a target', () => {
    const { drafts } = recogniseTargets('Thu ngân sách đạt 1.500 tỷ đồng; Kết nạp 640 đảng viên mới', {
      term: '2020-2025',
    });
    expect(drafts.map((d) => d.code)).toEqual(['1', '2']);
    const target = draftAsTarget(drafts[1]!, 'x');
    expect(target).toMatchObject({
      id: 'x',
      code: '2',
      kind: 'count',
      accumulation: 'additions',
      baseYear: 2020,
    });
    expect(target).not.toHaveProperty('source');
  });
});

describe('the term of a list', () => {
  it('is read from the years its targets aim at', () => {
    const list =
      'Thu nhập bình quân đầu người đến năm 2030 đạt 100 triệu đồng; Tỷ lệ hộ nghèo đến năm 2030 giảm còn dưới 1%; ' +
      'Tầm nhìn đến năm 2045 trở thành đô thị loại II.';
    expect(termOfList(list)).toBe('2025-2030');
    expect(termOfList('Tỷ lệ hộ nghèo giảm còn dưới 1%.')).toBeUndefined();
  });

  it('follows the five-year calendar of Congresses for a day', () => {
    expect(termContaining('2026-11-26')).toBe('2025-2030');
    expect(termContaining('2024-03-01')).toBe('2020-2025');
  });

  it('doubts a goal year past the term it was given instead of trusting it', () => {
    const [draft] = recogniseTargets('Thu nhập bình quân đầu người đến năm 2030 đạt 100 triệu đồng', {
      term: '2020-2025',
    }).drafts;
    expect(draft?.targetYear).toBe(2025);
    expect(draft?.doubts).toContain('year');
    const [right] = recogniseTargets('Thu nhập bình quân đầu người đến năm 2030 đạt 100 triệu đồng', {
      term: '2025-2030',
    }).drafts;
    expect(right?.targetYear).toBe(2030);
    expect(right?.doubts).not.toContain('year');
  });
});
