import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** Socket limits in milliseconds; any left out take DEFAULT_TIMEOUTS' value. */
export interface ServerTimeouts {
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  idleTimeoutMs?: number;
}
/** Socket limits: long enough for a slow phone on a large chunk, short enough to shed idle sockets. */
export const DEFAULT_TIMEOUTS: Required<ServerTimeouts>;
/** URL paths (`/learn/x`) of every folder under `root` that holds an index.html. */
export function listPageDirectories(root: string): Set<string>;
/** The request handler: 405, 404 page, same-site folder redirects, then sirv. */
export function createRequestHandler(
  root: string,
): (request: IncomingMessage, response: ServerResponse) => void;
/** An http.Server that serves `root`, with 404.html (status 404) for anything missing. */
export function createStaticServer(root: string, timeouts?: ServerTimeouts): Server;
/** Starts serving `root` on 127.0.0.1:`port`; resolves with the server once it listens. */
export function serve(root: string, port: number, timeouts?: ServerTimeouts): Promise<Server>;
