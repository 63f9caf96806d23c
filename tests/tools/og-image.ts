// Draws public/og-image.png, the default link-preview image (1200 x 630), in headless Chromium from the site's own
// name and colours. Run again only when they change:  node tests/tools/og-image.ts
import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../helpers/browser.ts';
import { SITE_NAME, SITE_TAGLINE } from '../../src/lib/site.ts';

const html = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px 90px;background:#0b5d7a;color:#fff;
  font-family:system-ui,'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:space-between">
  <div style="font-size:92px;font-weight:800;letter-spacing:-1px">${SITE_NAME}</div>
  <div style="font-size:54px;line-height:1.2;max-width:960px">${SITE_TAGLINE}</div>
  <div style="font-size:30px;opacity:.9">Neutral · Sourced · No ads, no tracking · Crisis help: call or text 988</div>
</div></body></html>`;
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 1200, height: 630 } })).newPage();
await page.setContent(html);
writeFileSync('public/og-image.png', await page.screenshot({ type: 'png' }));
await browser.close();
console.log('wrote public/og-image.png');
