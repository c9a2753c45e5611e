#!/usr/bin/env node
// A small static file server for the exported site (`out/`): used by `npm start` and Playwright.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};

/** Content-Type for a file name; unknown extensions are served as bytes. */
export function mimeType(file) {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file under `root`, or null when it escapes root or does not exist.
 * `/a/` → a/index.html; `/a` → a, a.html or a/index.html; `..` and encoded separators are refused.
 */
export function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = path.resolve(root);
  const target = path.resolve(base, '.' + path.posix.normalize('/' + decoded));
  if (target !== base && !target.startsWith(base + path.sep)) return null;
  const candidates = decoded.endsWith('/')
    ? [path.join(target, 'index.html')]
    : [target, `${target}.html`, path.join(target, 'index.html')];
  for (const file of candidates) {
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** An http.Server that serves `root`, with 404.html (status 404) for anything missing. */
export function createStaticServer(root) {
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = (req.url ?? '/').split('?')[0];
    let file = resolveFile(root, urlPath);
    // `/learn/x` is a directory: redirect so relative URLs and trailingSlash routing agree.
    if (file && !urlPath.endsWith('/') && path.basename(file) === 'index.html') {
      const dir = path.resolve(root, '.' + decodeURIComponent(urlPath));
      if (path.dirname(file) === dir) {
        res.writeHead(308, { Location: urlPath + '/' }).end();
        return;
      }
    }
    let status = 200;
    if (!file) {
      status = 404;
      const notFound = path.join(root, '404.html');
      file = fs.existsSync(notFound) ? notFound : null;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const stat = fs.statSync(file);
    res.writeHead(status, {
      'Content-Type': mimeType(file),
      'Content-Length': stat.size,
      'Cache-Control': file.includes(`${path.sep}_next${path.sep}static${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
}

/** Starts serving `root` on 127.0.0.1:`port`; resolves with the server once it listens. */
export function serve(root, port) {
  const server = createStaticServer(root);
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
    (err) => {
      console.error(`Could not listen on 127.0.0.1:${port}: ${err.message}`);
      process.exit(1);
    },
  );
}
