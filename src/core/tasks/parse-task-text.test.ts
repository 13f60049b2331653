import { describe, expect, it } from 'vitest';
import { parseDeadlineVi } from './parse-deadline';
import { parseTaskText } from './parse-task-text';

describe('parseDeadlineVi', () => {
  it.each([
    ['hoàn thành trước ngày 30/9/2023', { kind: 'date', date: '2023-09-30' }],
    ['Thời hạn: ngày 15 tháng 10 năm 2023', { kind: 'date', date: '2023-10-15' }],
    ['hoàn thành trong quý III/2023', { kind: 'date', date: '2023-09-30' }],
    ['trong tháng 11/2023', { kind: 'date', date: '2023-11-30' }],
    ['báo cáo kết quả hằng quý', { kind: 'recurring', every: 'quarter' }],
    ['hàng tháng báo cáo', { kind: 'recurring', every: 'month' }],
    ['thực hiện thường xuyên', { kind: 'continuous' }],
    ['không nói gì', { kind: 'none' }],
  ])('%s', (text, deadline) => {
    expect(parseDeadlineVi(text).deadline).toEqual(deadline);
  });
  it('completes a date without a year from the directive', () => {
    expect(parseDeadlineVi('trước 30/9', 2023).deadline).toEqual({ kind: 'date', date: '2023-09-30' });
    expect(parseDeadlineVi('trước 31/2/2023').deadline).toEqual({ kind: 'none' });
  });
});

describe('parseTaskText', () => {
  const text = `KẾT LUẬN
I. Về phát triển kinh tế
1. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính và các đơn vị liên quan rà soát, tham mưu điều chỉnh kế hoạch vốn đầu tư công năm 2023; hoàn thành trước ngày 30/9/2023.
2. UBND thành phố Thanh Hóa: đẩy nhanh tiến độ giải phóng mặt bằng các dự án trọng điểm,
báo cáo kết quả hằng quý.
3. Giao Sở Xây dựng thực hiện kiểm tra giá vật liệu xây dựng trong tháng 10/2023.
II. Về xây dựng Đảng
4. Ban Tổ chức Tỉnh ủy:
a) Hướng dẫn sơ kết giữa nhiệm kỳ, trước ngày 15/8/2023;
b) Xây dựng kế hoạch lấy phiếu tín nhiệm, thường xuyên theo dõi.
5. Các cấp ủy tiếp tục làm tốt công tác vận động quần chúng.`;
  const drafts = parseTaskText(text, 2023);
  it('reads numbered and lettered items, skipping headings with sub-items', () => {
    expect(drafts.map((d) => d.number)).toEqual(['1', '2', '3', '4.a', '4.b', '5']);
  });
  it('finds lead and cooperating units, deadlines and the section', () => {
    expect(drafts[0]).toMatchObject({
      leadUnit: 'Sở Kế hoạch và Đầu tư',
      cooperatingUnits: ['Sở Tài chính'],
      deadline: { kind: 'date', date: '2023-09-30' },
      section: 'I. Về phát triển kinh tế',
      warnings: [],
    });
    expect(drafts[1]).toMatchObject({
      leadUnit: 'UBND thành phố Thanh Hóa',
      deadline: { kind: 'recurring', every: 'quarter' },
    });
    expect(drafts[1]?.content).toContain('báo cáo kết quả hằng quý');
    expect(drafts[2]).toMatchObject({
      leadUnit: 'Sở Xây dựng',
      deadline: { kind: 'date', date: '2023-10-31' },
    });
    expect(drafts[3]).toMatchObject({
      leadUnit: 'Ban Tổ chức Tỉnh ủy',
      deadline: { kind: 'date', date: '2023-08-15' },
      section: 'II. Về xây dựng Đảng',
    });
    expect(drafts[4]?.deadline).toEqual({ kind: 'continuous' });
  });
  it('says what it could not read', () => {
    expect(drafts[5]?.warnings).toEqual(['Chưa rõ thời hạn.']);
    expect(drafts[5]?.leadUnit).toBe('Các cấp ủy');
  });
});
