import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { serveDist } from './server';

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await serveDist();
});
afterAll(() => server?.close());
const status = (path: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request(`${server.url}/`, { path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });

describe('the test server', () => {
  it('answers a malformed path with 400 and keeps serving', async () => {
    expect(await status('/%E0%A4%A')).toBe(400);
    expect(await status('/')).toBe(200);
  });
});

describe('the test server with a base path', () => {
  it('serves the site under the base path only', async () => {
    const based = await serveDist('dist', { base: '/iop/' });
    const get = (path: string) => fetch(based.url + path).then((r) => r.status);
    try {
      expect(await get('/iop/')).toBe(200);
      expect(await get('/iop/favicon.svg')).toBe(200);
      expect(await get('/')).toBe(404);
      expect(await get('/favicon.svg')).toBe(404);
      expect(await get('/iopx/favicon.svg')).toBe(404);
    } finally {
      await based.close();
    }
  });
});
