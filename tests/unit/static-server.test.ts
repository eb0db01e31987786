import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'vidimost-serve-'));
const html = `<!doctype html><title>x</title>${'<p>Текст за компресиране. '.repeat(200)}`;
writeFileSync(join(root, 'index.html'), html);
writeFileSync(join(root, 'font.woff2'), Buffer.from([1, 2, 3, 4]));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = async (url: string, gzip: boolean) => {
  const { request } = await import('node:http');
  return new Promise<{ encoding?: string; body: Buffer }>((done, fail) => {
    request(url, { headers: gzip ? { 'Accept-Encoding': 'gzip, deflate' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
};

describe('the static server of the benchmarks', () => {
  it('compresses text with gzip for clients that accept it, as hosts do, when asked to', async () => {
    const server = await serveStatic(root, { gzip: true });
    try {
      const page = await get(`${server.url}/`, true);
      expect(page.encoding).toBe('gzip');
      expect(page.body.length).toBeLessThan(Buffer.byteLength(html) / 5);
      expect(gunzipSync(page.body).toString('utf8')).toBe(html);
      // Fonts are compressed already; a client without gzip gets the plain text.
      expect((await get(`${server.url}/font.woff2`, true)).encoding).toBeUndefined();
      expect((await get(`${server.url}/`, false)).body.toString('utf8')).toBe(html);
    } finally {
      await server.close();
    }
  });

  it('sends files as they are by default (the browser tests)', async () => {
    const server = await serveStatic(root);
    try {
      const page = await get(`${server.url}/`, true);
      expect(page.encoding).toBeUndefined();
      expect(page.body.toString('utf8')).toBe(html);
    } finally {
      await server.close();
    }
  });
});
