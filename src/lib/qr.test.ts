// QR codes: what is drawn is exactly the encoded code, and a decoder reads back the address.
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrLabel, qrMatrix, qrPath, qrSvg } from './qr';
import { darkModules, decodeSvg } from '../../tests/helpers/qr';

describe('QR codes', () => {
  const url = 'https://iopguide.org/guide/what-is-iop/';

  it('draws a code that a decoder reads back as the address', () => {
    expect(decodeSvg(qrSvg(url, 'x'))).toBe(url);
    expect(decodeSvg(qrSvg('https://iopguide.org/compare/?levels=iop,php&diff=1', 'x'))).toBe(
      'https://iopguide.org/compare/?levels=iop,php&diff=1',
    );
  });

  it('draws exactly the dark modules, shifted by the quiet zone, and nothing else', () => {
    const matrix = qrMatrix(url);
    const dark = new Set(
      matrix.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x + QUIET_ZONE},${y + QUIET_ZONE}`] : []))),
    );
    const d = qrPath(matrix);
    expect(d.replace(/M\d+ \d+\.5h\d+|m\d+ 0h\d+/g, '')).toBe('');
    expect(darkModules(d)).toEqual(dark);
  });

  it('makes a stand-alone SVG with a white quiet zone and an accessible name', () => {
    const svg = qrSvg(url, qrLabel(url, 'What is "IOP"?'));
    const size = qrMatrix(url).length + 2 * QUIET_ZONE;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain(`<rect width="${size}" height="${size}" fill="#fff"/>`);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`aria-label="QR code that opens “What is &quot;IOP&quot;?”: ${url}"`);
    expect(qrLabel(url, '¿Qué es un IOP?', 'es')).toBe(`Código QR que abre “¿Qué es un IOP?”: ${url}`);
    expect(qrLabel(url, undefined, 'es')).toBe(`Código QR que abre ${url}`);
  });
});
