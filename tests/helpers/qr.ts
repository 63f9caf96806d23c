// Read QR codes back the way a phone would: from a PNG (a screenshot or a saved file) or from the SVG markup the site
// builds, decoded with jsQR (a maintained decoder, independent of the uqr encoder the site uses).
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text in a PNG's QR code, or null when none can be read. */
export function decodePng(png: Buffer): string | null {
  const { data, width, height } = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(data), width, height)?.data ?? null;
}

/** The dark modules (as "x,y" in drawing units) of an SVG path in the site's form: "M x y.5 h w", then "m gap 0 h w". */
export function darkModules(d: string): Set<string> {
  const out = new Set<string>();
  let x = 0;
  let y = 0;
  for (const m of d.matchAll(/M(\d+) (\d+)\.5h(\d+)|m(\d+) 0h(\d+)/g)) {
    const w = Number(m[3] ?? m[5]);
    if (m[1] !== undefined) [x, y] = [Number(m[1]), Number(m[2])];
    else x += Number(m[4]);
    for (let i = 0; i < w; i++) out.add(`${x + i},${y}`);
    x += w;
  }
  return out;
}

/** The text in a QR code SVG built by src/lib/qr.ts, drawn pixel by pixel from its path, or null. */
export function decodeSvg(svg: string, scale = 4): string | null {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const d = /<path[^>]* d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !d) return null;
  const dark = darkModules(d);
  const px = size * scale;
  const data = new Uint8ClampedArray(px * px * 4).fill(255);
  for (let y = 0; y < px; y++)
    for (let x = 0; x < px; x++)
      if (dark.has(`${Math.floor(x / scale)},${Math.floor(y / scale)}`))
        data.fill(0, (y * px + x) * 4, (y * px + x) * 4 + 3);
  return jsQR(data, px, px)?.data ?? null;
}
