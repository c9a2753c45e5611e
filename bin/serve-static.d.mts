import type { Server } from 'node:http';

export const MIME_TYPES: Record<string, string>;
/** Content-Type for a file name; unknown extensions are served as bytes. */
export function mimeType(file: string): string;
/** Maps a URL path to a file under `root`, or null when it escapes root or does not exist. */
export function resolveFile(root: string, urlPath: string): string | null;
/** An http.Server that serves `root`, with 404.html (status 404) for anything missing. */
export function createStaticServer(root: string): Server;
/** Starts serving `root` on 127.0.0.1:`port`; resolves with the server once it listens. */
export function serve(root: string, port: number): Promise<Server>;
