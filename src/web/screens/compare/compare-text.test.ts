import { describe, expect, it } from 'vitest';
import { multipleSentence, rankSentence, scopeWords } from './compare-text';

describe('comparison sentences', () => {
  it('writes rank and multiple as the reports do', () => {
    expect(rankSentence(4, scopeWords('province', 'tỉnh Thanh Hóa'))).toBe('xếp thứ 4 toàn tỉnh');
    expect(multipleSentence(84.67 / 55.34, 'province')).toBe('gấp 1,53 lần bình quân chung của tỉnh');
    expect(multipleSentence(0.854, 'province')).toBe('bằng 0,85 lần bình quân chung của tỉnh');
    expect(scopeWords('district', 'thành phố Thanh Hóa')).toBe('trong thành phố Thanh Hóa');
  });
});
