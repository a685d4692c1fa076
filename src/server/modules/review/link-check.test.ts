import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkChecker } from './link-check.js';

let server: http.Server;
let base: string;

beforeAll(async () => {
  // /ok answers, /pindah redirects to /ok, /tanpa-head refuses HEAD, the rest is missing.
  server = http.createServer((req, res) => {
    if (req.url === '/pindah') return res.writeHead(302, { location: '/ok' }).end();
    if (req.url === '/tanpa-head') return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
    res.writeHead(req.url === '/ok' ? 200 : 404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe('evidence link check', () => {
  it('never reaches loopback, private or link-local addresses, other ports or other schemes by default', async () => {
    const check = createLinkChecker({ allowPrivate: false });
    const urls = [`${base}/ok`, 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.5/admin', 'http://[::1]/', 'http://localhost/', 'ftp://files.contoh.go.id/a', 'http://example.com:8080/'];
    expect((await check(urls)).sort()).toEqual([...urls].sort());
  });

  it('follows redirects, retries a refused HEAD with GET and reports what is missing, where allowed', async () => {
    const check = createLinkChecker({ allowPrivate: true });
    expect(await check([`${base}/ok`, `${base}/pindah`, `${base}/tanpa-head`, `${base}/hilang`])).toEqual([`${base}/hilang`]);
  });
});
