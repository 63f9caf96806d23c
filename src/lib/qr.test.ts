// QR codes: what is drawn is exactly the encoded code, and a decoder reads back the address.
import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { QUIET_ZONE, qrLabel, qrMatrix, qrPath, qrSvg } from './qr';

/** The matrix drawn as RGBA pixels (`scale` px per module, quiet zone included), as a scanner would see it. */
function pixels(matrix: boolean[][], scale = 4) {
  const size = (matrix.length + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + QUIET_ZONE) * scale + dy) * size + (x + QUIET_ZONE) * scale + dx) * 4;
          data.fill(0, i, i + 3);
        }
    }),
  );
  return { data, size };
}

/** The dark modules a path draws, read back from its strokes ("M x y.5 h w", then "m gap 0 h w" along the row). */
function modulesOf(d: string): Set<string> {
  const out = new Set<string>();
  let x = 0;
  let y = 0;
  for (const m of d.matchAll(/M(\d+) (\d+)\.5h(\d+)|m(\d+) 0h(\d+)/g)) {
    const w = Number(m[3] ?? m[5]);
    if (m[1] !== undefined) [x, y] = [Number(m[1]), Number(m[2])];
    else x += Number(m[4]);
    for (let i = 0; i < w; i++) out.add(`${x + i - QUIET_ZONE},${y - QUIET_ZONE}`);
    x += w;
  }
  return out;
}

describe('QR codes', () => {
  const url = 'https://iopguide.org/guide/what-is-iop/';

  it('encodes the address so that a decoder reads it back', () => {
    const { data, size } = pixels(qrMatrix(url));
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('draws exactly the dark modules, and nothing else', () => {
    const matrix = qrMatrix(url);
    const dark = new Set(matrix.flatMap((row, y) => row.flatMap((on, x) => (on ? [`${x},${y}`] : []))));
    const d = qrPath(matrix);
    expect(d.replace(/M\d+ \d+\.5h\d+|m\d+ 0h\d+/g, '')).toBe('');
    expect(modulesOf(d)).toEqual(dark);
  });

  it('makes a stand-alone SVG with a white quiet zone and an accessible name', () => {
    const svg = qrSvg(url, qrLabel(url, 'What is "IOP"?'));
    const size = qrMatrix(url).length + 2 * QUIET_ZONE;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain(`<rect width="${size}" height="${size}" fill="#fff"/>`);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`aria-label="QR code that opens “What is &quot;IOP&quot;?”: ${url}"`);
  });
});
