/**
 * Taking a chart away: the SVG drawn on a canvas as a PNG for slides (styles inlined, a white
 * background and the title above), and its table as a CSV that Excel in Vietnamese opens as is
 * (UTF-8 with BOM, ';' between cells, numbers already written the Vietnamese way by the core).
 * A whole screen (the dashboard's cards and charts) becomes one PNG through modern-screenshot,
 * loaded only when asked for so that the first load does not carry it.
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

const CONTROLS = new Set(['BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);

/** What stays out of a screen's image: controls with their labels (a copied select shows its
 * first option, not the chosen one; the screen states its choices in words) and elements marked
 * `data-export="skip"`. */
export function keptInImage(node: Node): boolean {
  if (node.nodeType !== 1) return true;
  const element = node as Element;
  if (element.getAttribute('data-export') === 'skip' || CONTROLS.has(element.tagName)) return false;
  return !(element.tagName === 'LABEL' && element.querySelector('select, input, textarea'));
}

/** Chromium draws no canvas taller than 16.384 px: a long screen is taken at a smaller scale. */
export function imageScale(height: number): number {
  return Math.max(0.5, Math.min(2, 16_000 / Math.max(1, height)));
}

/** A part of the page as one PNG image on white, twice its size on screen when it fits. */
export async function elementPng(element: HTMLElement): Promise<Blob> {
  const { domToBlob } = await import('modern-screenshot');
  return domToBlob(element, {
    type: 'image/png',
    scale: imageScale(element.scrollHeight),
    backgroundColor: '#ffffff',
    filter: keptInImage,
    // The app draws with the system's fonts; embedding web fonts would read the style sheets
    // through an inline <style>, which the Content-Security-Policy (style-src 'self') refuses.
    font: false,
  });
}

export async function downloadElementPng(element: HTMLElement, name: string): Promise<void> {
  saveBlob(await elementPng(element), name);
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
