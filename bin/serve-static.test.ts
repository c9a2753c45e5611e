import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createStaticServer } from './serve-static.mjs';

const SERVER_SCRIPT = fileURLToPath(new URL('./serve-static.mjs', import.meta.url));
// Large enough that a download is still streaming when the client hangs up on its first chunk.
const LARGE_FILE_BYTES = 4 * 1024 * 1024;
// Low enough that leaking one descriptor per aborted download exhausts it well before 300 aborts.
const OPEN_FILE_LIMIT = 256;

let parent = '';
let root = '';
let child: ChildProcess;
let port = 0;

function writeFixture(): void {
  parent = fs.mkdtempSync(path.join(os.tmpdir(), 'stagecraft-serve-'));
  root = path.join(parent, 'out');
  const files: Record<string, string> = {
    'index.html': '<h1>home</h1>',
    '404.html': '<h1>missing</h1>',
    '404/index.html': '<h1>missing</h1>',
    'learn/lesson/index.html': '<h1>lesson</h1>',
    'playground/index.html': '<h1>playground</h1>',
    '_next/static/app.js': 'console.log(1)',
    'fonts/a.woff2': 'w',
    'wasm/m.wasm': 'm',
    'favicon.ico': 'i',
    'digits.txt': '0123456789abcdef',
    'vanishing.txt': 'deleted after the server starts',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  fs.writeFileSync(path.join(root, 'large.bin'), Buffer.alloc(LARGE_FILE_BYTES, 7));
  fs.writeFileSync(path.join(parent, 'secret.txt'), 'do not serve');
}

/** Starts the CLI exactly as `npm start` and Playwright do, under a low open-file limit. */
function startServerProcess(): Promise<number> {
  child = spawn(
    'sh',
    ['-c', `ulimit -n ${OPEN_FILE_LIMIT} && exec node "$0" 0 "$1"`, SERVER_SCRIPT, root],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

beforeAll(async () => {
  writeFixture();
  port = await startServerProcess();
});

afterAll(() => {
  child?.kill();
  fs.rmSync(parent, { recursive: true, force: true });
});

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string; bytes: number };

function get(urlPath: string, headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
  // A raw request, so the path reaches the server exactly as written (no client-side normalising).
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: urlPath, method: 'GET', headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: body.length < 4096 ? body.toString() : '',
            bytes: body.length,
          });
        });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** Starts a download and hangs up as soon as the first chunk arrives. */
function abortedDownload(urlPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: urlPath, agent: false }, (response) =>
      response.once('data', () => {
        request.destroy();
        resolve();
      }),
    );
    request.on('error', (error) => (request.destroyed ? resolve() : reject(error)));
  });
}

async function inBatches(count: number, batchSize: number, task: () => Promise<void>) {
  for (let done = 0; done < count; done += batchSize)
    await Promise.all(Array.from({ length: Math.min(batchSize, count - done) }, task));
}

test('300 aborted downloads under a 256-file limit leave the server able to serve 50 more', async () => {
  await inBatches(300, 10, () => abortedDownload('/large.bin'));
  const sizes: number[] = [];
  await inBatches(50, 5, async () => {
    sizes.push((await get('/large.bin')).bytes);
  });
  expect(sizes).toEqual(Array(50).fill(LARGE_FILE_BYTES));
  expect(child.exitCode).toBeNull();
});

test('a file that cannot be read fails that one request, and the server keeps serving', async () => {
  fs.rmSync(path.join(root, 'vanishing.txt'));
  const failed = await get('/vanishing.txt').catch(() => null);
  if (failed) expect(failed.body).not.toContain('deleted after');
  expect(await get('/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
  expect(child.exitCode).toBeNull();
});

test('serves index.html for / and for trailing-slash directories', async () => {
  const home = await get('/');
  expect(home).toMatchObject({ status: 200, body: '<h1>home</h1>' });
  expect(home.headers['content-type']).toMatch(/^text\/html; ?charset=utf-8$/);
  expect(await get('/learn/lesson/')).toMatchObject({ status: 200, body: '<h1>lesson</h1>' });
  expect(await get('/learn/lesson/?x=1')).toMatchObject({ status: 200, body: '<h1>lesson</h1>' });
});

test('a directory without its slash is redirected to the slash form, query string kept', async () => {
  const plain = await get('/learn/lesson');
  expect(plain.status).toBe(308);
  expect(plain.headers.location).toBe('/learn/lesson/');
  const withQuery = await get('/learn/lesson?tab=quiz&x=%2F');
  expect(withQuery.status).toBe(308);
  expect(withQuery.headers.location).toBe('/learn/lesson/?tab=quiz&x=%2F');
});

test('no redirect leaves the site', async () => {
  const attempts = [
    '//evil.example/..%2fplayground',
    '//evil.example/..%2Fplayground',
    '//evil.example/..%2flearn%2flesson',
    '///evil.example/..%2fplayground',
    '/\\evil.example',
    '/\\evil.example/..%2fplayground',
    '/%5cevil.example/..%2fplayground',
    '/%2fevil.example/..%2fplayground',
    '/%2F%2Fevil.example%2F..%2Fplayground',
    '/playground/..%2f%2fevil.example',
    '/%09/evil.example/..%2fplayground',
  ];
  const base = `http://127.0.0.1:${port}/`;
  for (const attempt of attempts) {
    const reply = await get(attempt);
    const location = reply.headers.location;
    if (location === undefined) continue;
    expect(new URL(location, base).origin, `${attempt} → ${location}`).toBe(new URL(base).origin);
    expect(location, attempt).toMatch(/^\/(?![/\\])/);
  }
});

test('missing pages and the 404 page itself answer 404 with the 404 page', async () => {
  for (const missing of ['/nope/', '/nope', '/404.html', '/404/', '/learn/nope/']) {
    expect(await get(missing), missing).toMatchObject({ status: 404, body: '<h1>missing</h1>' });
  }
});

test('a Range request answers 206 with just those bytes; a malformed one gets the whole file', async () => {
  const partial = await get('/digits.txt', { Range: 'bytes=2-5' });
  expect(partial).toMatchObject({ status: 206, body: '2345' });
  expect(partial.headers['content-range']).toBe('bytes 2-5/16');
  const backwards = await get('/digits.txt', { Range: 'bytes=5-2' });
  expect(backwards).toMatchObject({ status: 200, body: '0123456789abcdef' });
  expect(child.exitCode).toBeNull();
});

test('path traversal never leaves the served folder', async () => {
  for (const attempt of [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
  ]) {
    const reply = await get(attempt);
    expect(reply.body, attempt).not.toContain('do not serve');
  }
});

test('methods other than GET and HEAD are refused', async () => {
  const reply = await new Promise<number>((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/', method: 'POST', agent: false },
      (response) => resolve(response.statusCode ?? 0),
    );
    request.on('error', reject);
    request.end();
  });
  expect(reply).toBe(405);
});

test('content types cover scripts, fonts, wasm and the favicon; built assets are cached for good', async () => {
  const script = await get('/_next/static/app.js');
  expect(script.headers['content-type']).toMatch(/^text\/javascript/);
  expect(script.headers['cache-control']).toContain('immutable');
  expect((await get('/')).headers['cache-control']).toBe('no-cache');
  expect((await get('/fonts/a.woff2')).headers['content-type']).toBe('font/woff2');
  expect((await get('/wasm/m.wasm')).headers['content-type']).toBe('application/wasm');
  expect((await get('/favicon.ico')).headers['content-type']).toBe('image/x-icon');
});

test('a connection that sends nothing is closed once it has been idle too long', async () => {
  const server = createStaticServer(root, { idleTimeoutMs: 100 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const idle = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
  await new Promise((resolve) => idle.once('close', resolve));
  expect(idle.destroyed).toBe(true);
  await new Promise((resolve) => server.close(resolve));
  expect(server.requestTimeout).toBeGreaterThan(0);
  expect(server.headersTimeout).toBeGreaterThan(0);
  expect(server.keepAliveTimeout).toBeGreaterThan(0);
});
