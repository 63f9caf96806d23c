// A tiny static server for dist/, as any static host would serve it (directory index.html, 404.html).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { requireBuiltSite } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Headers from dist/_headers (the "/*" block), so browser tests run under the same CSP a host would send. */
async function siteHeaders(root: string): Promise<Record<string, string>> {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((l) => /^\s+[\w-]+:/.test(l))
      .map((l) => {
        const i = l.indexOf(':');
        return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
      }),
  );
}

/**
 * Serve `root` on a free localhost port; resolves with the server's URL and a close function. With `base` ("/iop/"),
 * the site is served under that path only, as a GitHub project site is: anything outside it is a 404.
 */
export async function serveDist(
  root = 'dist',
  opts: { base?: string } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  requireBuiltSite(root);
  const prefix = (opts.base ?? '/').replace(/\/$/, '');
  const headers = await siteHeaders(root);
  const server: Server = createServer(async (req, res) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // A malformed percent-encoding is the client's mistake: answer 400, as a real server does, and keep serving.
      return void res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    try {
      if (prefix && !path.startsWith(`${prefix}/`)) throw new Error('outside the base path');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res
        .writeHead(404, { 'Content-Type': TYPES['.html'] })
        .end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
