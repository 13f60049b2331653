/** The Content-Disposition of a download with a Vietnamese file name (RFC 6266 / RFC 5987). */

/** ASCII fallback of a Vietnamese name: tone marks dropped, đ → d, other characters → "_". */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ._()-]/g, '_');
}

/** RFC 5987 value: UTF-8 percent-encoded, with the characters encodeURIComponent leaves alone
 * but RFC 5987 forbids ('()*) encoded too. */
export function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment; filename="Bao cao ... .docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o...`. */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${rfc5987(fileName.normalize('NFC'))}`;
}
