/**
 * Taking a chart away: the SVG drawn on a canvas as a PNG for slides (styles inlined, a white
 * background and the title above), and its table as a CSV that Excel in Vietnamese opens as is
 * (UTF-8 with BOM, ';' between cells, numbers already written the Vietnamese way by the core).
 */
import { saveBlob } from '../lib/api';

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'font-family',
  'font-weight',
  'opacity',
];

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  const from = Array.from(source.children);
  const to = Array.from(target.children);
  from.forEach((child, i) => {
    const copy = to[i];
    if (copy) inlineStyles(child, copy);
  });
}

/** The chart as a PNG image, twice its size on screen, titled. */
export async function chartPng(svg: SVGSVGElement, title: string): Promise<Blob> {
  const box = svg.viewBox.baseVal;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(box.width * 2));
  clone.setAttribute('height', String(box.height * 2));
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }),
  );
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg'));
      image.src = url;
    });
    const titleHeight = 44;
    const canvas = document.createElement('canvas');
    canvas.width = box.width * 2 + 32;
    canvas.height = box.height * 2 + titleHeight + 16;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#1b1f24';
    ctx.font = '600 20px system-ui, sans-serif';
    ctx.fillText(title, 16, 30, canvas.width - 32);
    ctx.drawImage(image, 16, titleHeight);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadChartPng(svg: SVGSVGElement, name: string, title: string): Promise<void> {
  saveBlob(await chartPng(svg, title), name);
}

/** A table as CSV for Excel in Vietnamese: BOM, ';', CRLF, quoted where needed, text that would
 * start a formula made inert. */
export function tableCsv(rows: string[][]): string {
  const cell = (text: string): string => {
    const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
    return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

export function downloadTableCsv(rows: string[][], name: string): void {
  saveBlob(new Blob([tableCsv(rows)], { type: 'text/csv;charset=utf-8' }), name);
}
