#!/usr/bin/env node
// Serves the exported site (`out/`) for `npm start` and Playwright: sirv does the file serving
// (content types, ETags, Range); this wrapper adds what a static host is configured to do.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Socket limits: long enough for a slow phone on a large chunk, short enough to shed idle sockets. */
export const DEFAULT_TIMEOUTS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000,
};

// Next's static export writes the not-found page under these names; served as pages they would
// answer 200 for a page that says it does not exist.
const NOT_FOUND_SEGMENTS = new Set(['404', '404.html', '_not-found', '_not-found.html']);

/** URL paths (`/learn/x`) of every folder under `root` that holds an index.html. */
export function listPageDirectories(root) {
  const directories = new Set();
  for (const entry of fs.readdirSync(root, { recursive: true })) {
    const relative = String(entry).split(path.sep);
    if (relative.length > 1 && relative.at(-1) === 'index.html')
      directories.add('/' + relative.slice(0, -1).join('/'));
  }
  return directories;
}

/** The path part of a request URL as sirv sees it (percent-decoded except for reserved characters). */
function requestPathname(url) {
  const pathname = url.split(/[?#]/, 1)[0];
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** The query string of a request URL, with its `?`, or ''. */
function requestSearch(url) {
  const withoutHash = url.split('#', 1)[0];
  const index = withoutHash.indexOf('?');
  return index === -1 ? '' : withoutHash.slice(index);
}

/**
 * Drops a Range header sirv would mishandle: anything but one `bytes=start-[end]` range with
 * start ≤ end. HTTP lets a server ignore Range (RFC 9110 §14.2), so such requests get the whole file.
 */
function keepOnlySimpleRange(request) {
  const range = request.headers.range;
  if (range === undefined) return;
  const match = /^bytes=(\d+)-(\d*)$/.exec(range.trim());
  if (!match || (match[2] !== '' && Number(match[2]) < Number(match[1])))
    delete request.headers.range;
}

/**
 * sirv pipes a file stream into the response; a plain pipe neither closes the file when the client
 * hangs up (one leaked descriptor per aborted download) nor handles a read error (a crash).
 */
function closeFileStreamsWithResponse(response) {
  response.on('pipe', (source) => {
    source.on('error', () => response.destroy());
    response.on('close', () => source.destroy());
  });
}

/** Answers with `root/404.html` and status 404, or a plain-text 404 when it cannot be read. */
function sendNotFound(root, request, response) {
  fs.readFile(path.join(root, '404.html'), (error, page) => {
    if (response.destroyed) return;
    if (error) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(404, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': page.length,
      'Cache-Control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : page);
  });
}

/** Sends `/learn/x?q` to `/learn/x/?q`; the target is rebuilt from a known folder, never from the URL. */
function redirectToFolder(pageDirectory, request, response) {
  const location =
    pageDirectory.split('/').map(encodeURIComponent).join('/') + '/' + requestSearch(request.url);
  response.writeHead(308, { Location: location }).end();
}

// Types sirv's table (mrmime) leaves out; without one a browser gets no Content-Type at all.
const EXTRA_CONTENT_TYPES = { '.ico': 'image/x-icon' };

function setHeaders(response, pathname) {
  const contentType = EXTRA_CONTENT_TYPES[path.extname(pathname).toLowerCase()];
  if (contentType) response.setHeader('Content-Type', contentType);
  // Next fingerprints everything under _next/static, so those files never change under one URL.
  response.setHeader(
    'Cache-Control',
    pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
}

/** The request handler: 405, 404 page, same-site folder redirects, then sirv. */
export function createRequestHandler(root) {
  const pageDirectories = listPageDirectories(root);
  const notFound = (request, response) => sendNotFound(root, request, response);
  const serveFile = sirv(root, { etag: true, setHeaders, onNoMatch: notFound });
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = requestPathname(request.url ?? '/');
    if (NOT_FOUND_SEGMENTS.has(pathname.split('/')[1])) return notFound(request, response);
    if (pageDirectories.has(pathname)) return redirectToFolder(pathname, request, response);
    keepOnlySimpleRange(request);
    closeFileStreamsWithResponse(response);
    serveFile(request, response);
  };
}

/** Never lets one bad request take the server down: answers 500, or drops the connection. */
function withErrorBoundary(handler) {
  return (request, response) => {
    try {
      handler(request, response);
    } catch (error) {
      console.error(`Could not serve ${request.url}: ${error.message}`);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    }
  };
}

/** An http.Server that serves `root`, with 404.html (status 404) for anything missing. */
export function createStaticServer(root, timeouts = {}) {
  const limits = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const server = http.createServer(
    {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      requestTimeout: limits.requestTimeoutMs,
    },
    withErrorBoundary(createRequestHandler(path.resolve(root))),
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  // With no 'timeout' listener, Node destroys a socket that has been silent this long.
  server.setTimeout(limits.idleTimeoutMs);
  server.on('clientError', (_error, socket) => socket.destroy());
  return server;
}

/** Starts serving `root` on 127.0.0.1:`port`; resolves with the server once it listens. */
export function serve(root, port, timeouts = {}) {
  const server = createStaticServer(root, timeouts);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  const root = path.resolve(process.argv[3] ?? 'out');
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`No built site in ${root}. Run \`npm run build\` first.`);
    process.exit(2);
  }
  serve(root, port).then(
    (server) => {
      const { port: actual } = server.address();
      console.log(
        `Serving ${path.relative(process.cwd(), root) || '.'} at http://127.0.0.1:${actual}/`,
      );
    },
    (error) => {
      console.error(`Could not listen on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
