/**
 * QR codes as SVG: built into handouts and the address list at build time, and drawn by the link builder in the
 * reader's browser. One encoder (uqr) and one drawing, so a printed code and a downloaded one are the same.
 */
import { encode } from 'uqr';
import type { Lang } from '../i18n/lang';
import { QR_WORDS } from '../i18n/qr-words';

/** Light modules around the code: the QR standard asks for 4, and phones read paper codes better with them. */
export const QUIET_ZONE = 4;

/** The modules of a QR code for `text`, row by row, true for dark. Medium error correction survives a smudge or fold. */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/**
 * An SVG path that draws each row's runs of dark modules as 1-module-wide strokes ("M4 4.5h7m2 0h1..."), shifted by
 * the quiet zone: exact, and about a third of the size of one rectangle per run (the address list holds 100+ codes).
 */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  let d = '';
  matrix.forEach((row, y) => {
    let pen = -1;
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      const w = end - x + 1;
      d += pen < 0 ? `M${x + QUIET_ZONE} ${y + QUIET_ZONE + 0.5}h${w}` : `m${x - pen} 0h${w}`;
      pen = end + 1;
      x = end;
    }
  });
  return d;
}

/** Text safe inside a double-quoted XML attribute. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * A complete, stand-alone SVG for `text`: black modules on a white square (also in dark mode, since scanners expect
 * dark on light), quiet zone included, with role="img" and `label` as its accessible name.
 */
export function qrSvg(text: string, label: string, className = 'qr-code'): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET_ZONE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${attr(className)}" viewBox="0 0 ${size} ${size}" ` +
    `width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges" role="img" aria-label="${attr(label)}">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="none" stroke="#000" d="${qrPath(matrix)}"/></svg>`
  );
}

/** What a QR code's accessible name says, in the page's language: that it is a QR code, and the address it opens. */
export function qrLabel(url: string, title?: string, lang: Lang = 'en'): string {
  const what = QR_WORDS[lang].opens;
  return title ? `${what} “${title}”: ${url}` : `${what} ${url}`;
}
