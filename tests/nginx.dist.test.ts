// The built site behind a real web server: Debian's nginx with the repository's configuration (deploy/), as a host
// would run it. Every page answers 200, unknown paths the 404 page with 404, every security header is sent, text is
// gzipped, hashed assets are cached for a year and pages revalidate, redirects land; the errors nginx answers itself
// (400, 405, 413, 414) get the site's own small page with the headers, and files that are not the site's are 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { builtPaths } from './helpers/built';
import { startNginx } from './helpers/nginx';
import { securityHeaders } from '../src/features/hosting/headers';
import { nginxConf, siteConf } from '../src/features/hosting/nginx';
import { INLINE_SCRIPT_HASHES } from '../src/features/theme/head-script';
import { ERROR_STATUSES } from '../src/features/hosting/error-pages';
import { CRISIS_LINES, CRISIS_LINES_ES } from '../src/lib/crisis';
import { readRedirects } from '../src/model/link-registry';

const pages = builtPaths().filter((p) => p !== '/404.html');
const redirects = readRedirects();
let server: { url: string; stop: () => void };
beforeAll(async () => {
  server = await startNginx();
});
afterAll(() => server?.stop());

/** A raw request (no URL normalising, no redirect following), gzip accepted unless `headers` say otherwise. */
function send(
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { 'Accept-Encoding': 'gzip', ...opts.headers };
    const req = request(`${server.url}/`, { path, method: opts.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}
const get = (path: string) => send(path);

describe('deploy/', () => {
  it('is what `npm run deploy:config` writes from the header source and the link contract', () => {
    expect(readFileSync('deploy/site.conf', 'utf8'), 'run `npm run deploy:config`').toBe(
      siteConf(INLINE_SCRIPT_HASHES, redirects),
    );
    expect(readFileSync('deploy/nginx.conf', 'utf8'), 'run `npm run deploy:config`').toBe(nginxConf());
  });
});

describe('nginx serving dist/', () => {
  it('answers 200 for every page, with every security header and no-cache', async () => {
    const bad: string[] = [];
    for (const path of pages) {
      const r = await get(path);
      if (r.status !== 200) bad.push(`${path}: ${r.status}`);
      for (const [k, v] of Object.entries(securityHeaders(INLINE_SCRIPT_HASHES, { https: false })))
        if (r.headers[k.toLowerCase()] !== v) bad.push(`${path}: ${k} is ${r.headers[k.toLowerCase()]}`);
      if (r.headers['cache-control'] !== 'no-cache') bad.push(`${path}: Cache-Control ${r.headers['cache-control']}`);
      if (r.headers['strict-transport-security'] !== undefined) bad.push(`${path}: HSTS over plain HTTP`);
    }
    expect(bad).toEqual([]);
  });
  it('answers unknown paths with the 404 page, status 404, headers included', async () => {
    const r = await get('/no/such/page/');
    expect(r.status).toBe(404);
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    const { gunzipSync } = await import('node:zlib');
    const html = (r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString();
    expect(html).toContain('find that page');
  });
  it('gzips text, caches hashed assets for a year, and serves Pagefind and WebAssembly with the right types', async () => {
    const css = readdirSync('dist/_astro').find((f) => f.endsWith('.css'))!;
    const js = readdirSync('dist/_astro').find((f) => f.endsWith('.js'))!;
    const wasm = readdirSync('dist/pagefind').find((f) => f.endsWith('.wasm') || f.includes('.pagefind'))!;
    for (const path of ['/', `/_astro/${css}`, `/_astro/${js}`, '/links.json', '/pagefind/pagefind.js']) {
      expect((await get(path)).headers['content-encoding'], path).toBe('gzip');
    }
    expect((await get(`/_astro/${css}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The search index's pieces are named by their content: cached for a year; its entry file names them: revalidated.
    for (const dir of ['fragment', 'index', 'filter']) {
      const piece = readdirSync(`dist/pagefind/${dir}`)[0];
      expect((await get(`/pagefind/${dir}/${piece}`)).headers['cache-control'], dir).toBe(
        'public, max-age=31536000, immutable',
      );
    }
    expect((await get('/pagefind/pagefind-entry.json')).headers['cache-control']).toBe('no-cache');
    expect((await get('/pagefind/pagefind.js')).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await get(`/pagefind/${wasm}`)).status).toBe(200);
    const meta = readdirSync('dist/pagefind').find((f) => f.endsWith('.pf_meta'))!;
    expect((await get(`/pagefind/${meta}`)).headers['content-type']).toBe('application/octet-stream');
  });
  it('redirects a path without its slash, relatively, and lands every moved page and short address', async () => {
    const r = await get('/guide');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/guide/');
    for (const [from, to] of Object.entries(redirects)) {
      const moved = await get(from);
      expect([moved.status, moved.headers.location], from).toEqual([301, to]);
      expect((await get(to)).status, to).toBe(200);
    }
  });
  it('lands short addresses typed from paper in capitals or without the last slash, and lists them at /h/', async () => {
    for (const [typed, to] of [
      ['/H/VS/', '/guide/iop-vs-php/'],
      ['/h/vs', '/guide/iop-vs-php/'],
      ['/H/Vs', '/guide/iop-vs-php/'],
      ['/ES/H/WHAT/', '/es/guide/what-is-iop/'],
      ['/P/VS/', '/handouts/iop-vs-php/'],
      ['/es/p/ask', '/es/handouts/questions-to-ask/'],
      ['/H/', '/h/'],
      ['/h', '/h/'],
      ['/P/', '/h/'],
      ['/p/', '/h/'],
      ['/Es/H', '/es/h/'],
    ]) {
      const r = await get(typed);
      expect([r.status, r.headers.location], typed).toEqual([301, to]);
      expect(r.headers['content-security-policy'], typed).toContain("default-src 'self'");
    }
    for (const list of ['/h/', '/es/h/']) {
      const r = await get(list);
      expect(r.status, list).toBe(200);
      expect(r.headers['content-security-policy'], list).toContain("default-src 'self'");
    }
  });
  it('answers unknown addresses under /es/ with the Spanish 404 page, and others with the English one', async () => {
    const { gunzipSync } = await import('node:zlib');
    const body = (r: { headers: Record<string, unknown>; body: Buffer }) =>
      (r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString();
    for (const path of ['/es/no-existe/', '/es/h/wat/', '/es/guide/whatis-iop']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.headers['content-security-policy'], path).toContain("default-src 'self'");
      expect(body(r), path).toContain('No encontramos esa página');
      expect(body(r), path).toContain('lang="es-US"');
    }
    const en = await get('/h/wat/');
    expect(en.status).toBe(404);
    expect(body(en)).toContain('find that page');
    // The Spanish pages themselves are still served.
    expect((await get('/es/guide/what-is-iop/')).status).toBe(200);
    expect((await get('/es/404.html')).status).toBe(200);
  });
  it('answers malformed paths with 400, and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/guide/%zz/', '/%00']) expect((await get(path)).status, path).toBe(400);
    expect((await get('/')).status).toBe(200);
  });
  it("answers the errors it meets before any page (400, 405, 413, 414) with the site's own page, headers and crisis lines", async () => {
    const answers = {
      400: await get('/%E0%A4%A'),
      // A shared link of 10,000 characters.
      414: await get(`/guide/what-is-iop/?q=${'a'.repeat(10_000)}`),
      405: await send('/', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' }),
      413: await send('/', { method: 'POST', headers: { 'Content-Length': '2000000' } }),
    };
    expect(Object.keys(answers).map(Number).sort()).toEqual([...ERROR_STATUSES].sort());
    const { gunzipSync } = await import('node:zlib');
    for (const [status, r] of Object.entries(answers)) {
      expect(r.status).toBe(Number(status));
      for (const [k, v] of Object.entries(securityHeaders(INLINE_SCRIPT_HASHES, { https: false })))
        expect(r.headers[k.toLowerCase()], `${status}: ${k}`).toBe(v);
      const html = (r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString();
      expect(html, status).toContain(readFileSync(`dist/errors/${status}.html`, 'utf8'));
      for (const a of [...CRISIS_LINES, ...CRISIS_LINES_ES].flatMap((l) => l.actions))
        expect(html, `${status}: ${a.label}`).toContain(`href="${a.href.replace(/&/g, '&amp;')}"`);
    }
  });
  it('answers those errors under /es/ too, where the Spanish 404 page has its own location', async () => {
    const r = await send('/es/', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hola' });
    expect(r.status).toBe(405);
    const { gunzipSync } = await import('node:zlib');
    const html = (r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString();
    expect(html).toContain(readFileSync('dist/errors/405.html', 'utf8'));
    expect((await get('/es/no-existe/')).status).toBe(404);
  });
  it('never serves dist/_headers, dist/_redirects or the .gz twins as files: 404 with the headers', async () => {
    const gz = readdirSync('dist/_astro').find((f) => f.endsWith('.js.gz'))!;
    for (const path of ['/_headers', '/_redirects', '/index.html.gz', `/_astro/${gz}`, '/errors/400.html.gz']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.headers['content-security-policy'], path).toContain("default-src 'self'");
    }
    // The twins still do their job: a page asked for with gzip comes gzipped.
    expect((await get('/index.html')).headers['content-encoding']).toBe('gzip');
  });
});
