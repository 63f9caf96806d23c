// Start Debian's nginx over dist/ with the repository's configuration (deploy/), on a free port of 127.0.0.1.
// No nginx is a failure with how to install it, never a silent skip.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { nginxConf, siteConf } from '../../src/features/hosting/nginx.ts';
import { INLINE_SCRIPT_HASHES } from '../../src/features/theme/head-script.ts';
import { readRedirects } from '../../src/model/link-registry.ts';
import { requireBuiltSite } from './dist.ts';

const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'];

/** Path to nginx: $NGINX_PATH or the usual places; throws with install help if none. */
export function findNginx(): string {
  const found = [process.env.NGINX_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found)
    throw new Error(
      `The web-server tests need nginx and none was found.\n  Debian/Ubuntu: sudo apt-get install nginx\n  Or set NGINX_PATH. Looked in: ${CANDIDATES.join(', ')}`,
    );
  return found;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

/**
 * Serve `dist` with deploy/site.conf under nginx; resolves with the server's URL and a stop function. With a base path
 * ("/iop/"), site.conf is generated for it (as `BASE_PATH=/iop/ npm run deploy:config` writes it) and the built files
 * sit in that folder under nginx's root, as the configuration asks.
 */
export async function startNginx(dist = 'dist', base = '/'): Promise<{ url: string; stop: () => void }> {
  requireBuiltSite(dist);
  const bin = findNginx();
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'iop-nginx-'));
  mkdirSync(join(prefix, 'deploy'));
  mkdirSync(join(prefix, '.astro/nginx'), { recursive: true });
  let root = resolve(dist);
  if (base === '/') writeFileSync(join(prefix, 'deploy/site.conf'), readFileSync('deploy/site.conf'));
  else {
    const redirects = readRedirects();
    writeFileSync(join(prefix, 'deploy/site.conf'), siteConf(INLINE_SCRIPT_HASHES, redirects, base));
    root = join(prefix, 'www');
    const folder = join(root, base);
    mkdirSync(dirname(folder.replace(/\/$/, '')), { recursive: true });
    symlinkSync(resolve(dist), folder.replace(/\/$/, ''));
  }
  // As root, nginx's workers would run as "nobody", and a checkout in a private folder (mktemp -d makes them 0700, as
  // the CI's clean clone is) would answer 403: run them as the user running the tests.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  writeFileSync(join(prefix, 'deploy/nginx.conf'), user + nginxConf(port).replace('root dist;', `root ${root};`));
  const run = (...args: string[]) =>
    spawnSync(bin, ['-p', prefix, '-c', join(prefix, 'deploy/nginx.conf'), ...args], { encoding: 'utf8' });
  const started = run();
  if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      run('-s', 'quit');
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
