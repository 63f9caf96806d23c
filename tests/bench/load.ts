// Load benchmark (run `npm run build` first):  npm run bench:load
// 20,000 requests over 50 connections to nginx serving dist/ with deploy/'s configuration, gzip accepted, across a
// mix of pages and assets. Prints requests per second, latency p50 and p99, and errors. Numbers, not a test.
import { readdirSync } from 'node:fs';
import autocannon from 'autocannon';
import { builtPages } from '../helpers/dist.ts';
import { startNginx } from '../helpers/nginx.ts';

const pages = builtPages()
  .map((p) => p.path)
  .filter((p) => p !== '/404.html');
const assets = readdirSync('dist/_astro')
  .filter((f) => !f.endsWith('.gz'))
  .map((f) => `/_astro/${f}`);
const paths = [...pages, ...assets, '/pagefind/pagefind.js', '/links.json'];
const server = await startNginx();
try {
  const r = await autocannon({
    url: server.url,
    connections: 50,
    amount: 20_000,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  console.log(
    `Load: ${r.requests.total} requests, 50 connections, ${paths.length} paths (${pages.length} pages, ${assets.length + 2} assets), gzip`,
  );
  console.log(
    `  requests/s: ${Math.round(r.requests.average)} (mean)   latency p50: ${r.latency.p50} ms   p99: ${r.latency.p99} ms   max: ${r.latency.max} ms`,
  );
  console.log(
    `  errors: ${r.errors}   timeouts: ${r.timeouts}   non-2xx: ${r.non2xx}   throughput: ${(r.throughput.average / 1024 / 1024).toFixed(1)} MB/s`,
  );
} finally {
  server.stop();
}
