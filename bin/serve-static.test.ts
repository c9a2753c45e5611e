import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mimeType, resolveFile, serve } from './serve-static.mjs';

let root = '';
let server: http.Server;
let port = 0;

beforeAll(async () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'stagecraft-serve-'));
  root = path.join(parent, 'out');
  const files: Record<string, string> = {
    'index.html': '<h1>home</h1>',
    '404.html': '<h1>missing</h1>',
    'learn/lesson/index.html': '<h1>lesson</h1>',
    '_next/static/app.js': 'console.log(1)',
    'fonts/a.woff2': 'w',
    'wasm/m.wasm': 'm',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  fs.writeFileSync(path.join(parent, 'secret.txt'), 'do not serve');
  server = await serve(root, 0);
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(path.dirname(root), { recursive: true, force: true });
});

function get(
  urlPath: string,
): Promise<{ status: number; type: string; body: string; location?: string }> {
  // A raw request, so the path reaches the server exactly as written (no client-side normalising).
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: 'GET', agent: false },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body,
            location: res.headers.location,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

test('serves index.html for / and for trailing-slash directories', async () => {
  expect(await get('/')).toMatchObject({
    status: 200,
    body: '<h1>home</h1>',
    type: 'text/html; charset=utf-8',
  });
  expect(await get('/learn/lesson/')).toMatchObject({ status: 200, body: '<h1>lesson</h1>' });
  expect(await get('/learn/lesson/?x=1')).toMatchObject({ status: 200, body: '<h1>lesson</h1>' });
});

test('a directory without its slash is redirected to the slash form', async () => {
  expect(await get('/learn/lesson')).toMatchObject({ status: 308, location: '/learn/lesson/' });
});

test('missing paths get 404.html with status 404', async () => {
  expect(await get('/nope/')).toMatchObject({ status: 404, body: '<h1>missing</h1>' });
});

test('path traversal never leaves the served folder', async () => {
  for (const attempt of [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
  ]) {
    const res = await get(attempt);
    expect(res.body, attempt).not.toContain('do not serve');
  }
  expect(resolveFile(root, '/../secret.txt')).toBeNull();
  expect(resolveFile(root, '/%E0%A4%A')).toBeNull();
});

test('content types cover scripts, styles, fonts, data and wasm', async () => {
  expect((await get('/_next/static/app.js')).type).toBe('text/javascript; charset=utf-8');
  expect((await get('/fonts/a.woff2')).type).toBe('font/woff2');
  expect((await get('/wasm/m.wasm')).type).toBe('application/wasm');
  expect(mimeType('x.css')).toBe('text/css; charset=utf-8');
  expect(mimeType('x.json')).toBe('application/json; charset=utf-8');
  expect(mimeType('x.svg')).toBe('image/svg+xml');
  expect(mimeType('x.ttf')).toBe('font/ttf');
  expect(mimeType('x.unknown')).toBe('application/octet-stream');
});
