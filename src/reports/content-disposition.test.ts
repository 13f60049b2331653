import { describe, expect, it } from 'vitest';
import { asciiFileName, attachmentDisposition, rfc5987 } from './content-disposition';

describe('Content-Disposition with a Vietnamese file name', () => {
  it('has an ASCII fallback and an RFC 5987 UTF-8 name', () => {
    const name = 'Báo cáo sơ kết giữa nhiệm kỳ - thành phố Đông Hà (năm 2023).docx';
    expect(asciiFileName(name)).toBe('Bao cao so ket giua nhiem ky - thanh pho Dong Ha (nam 2023).docx');
    expect(rfc5987("a'(b)*")).toBe('a%27%28b%29%2A');
    const header = attachmentDisposition(name);
    expect(
      header.startsWith(
        'attachment; filename="Bao cao so ket giua nhiem ky - thanh pho Dong Ha (nam 2023).docx"; filename*=UTF-8\'\'',
      ),
    ).toBe(true);
    expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe(name);
    expect(header).not.toMatch(/[^\x20-\x7e]/);
  });

  it('keeps quotes and slashes out of the fallback', () => {
    expect(asciiFileName('a"b/c\\d.docx')).toBe('a_b_c_d.docx');
  });
});
