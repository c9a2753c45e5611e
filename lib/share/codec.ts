/**
 * Share links: a Dockerfile travels in the URL fragment as base64url(deflate-raw(UTF-8 text)).
 * Pure apart from the compressor, which is injectable so Node tests and browsers share one codec.
 */

/** Turns bytes into other bytes, e.g. deflate-raw or inflate-raw. `limit` caps the output size. */
export type ByteTransform = (input: Uint8Array, limit?: number) => Promise<Uint8Array>;

export interface Codec {
  compress: ByteTransform;
  decompress: ByteTransform;
}

/** The fragment key: `#share=<payload>`. The `v1.` prefix leaves room for another format later. */
export const SHARE_KEY = 'share';
const PREFIX = 'v1.';

/** Decoded Dockerfiles larger than this are refused, however well they compress. */
export const MAX_SHARE_BYTES = 64 * 1024;
/** Fragments longer than this are refused before any decoding work. */
export const MAX_FRAGMENT_CHARS = 96 * 1024;

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'broken' | 'unsupported'; message: string };

/** Codec backed by the platform's CompressionStream/DecompressionStream ('deflate-raw'). */
export function streamCodec(): Codec {
  return {
    compress: (input) => pipe(input, new CompressionStream('deflate-raw')),
    decompress: (input, limit) => pipe(input, new DecompressionStream('deflate-raw'), limit),
  };
}

async function pipe(
  input: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Errors surface on the reader; keep the writer's rejections from going unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    // Stop inflating as soon as the cap is passed: a tiny link may expand to gigabytes.
    if (size > limit) {
      await reader.cancel().catch(() => {});
      break;
    }
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Encodes bytes as unpadded base64url. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes unpadded base64url; returns null for any character outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Builds the fragment payload (without `#share=`) for a Dockerfile. */
export async function encodeShare(text: string, codec: Codec = streamCodec()): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  return PREFIX + toBase64Url(await codec.compress(bytes));
}

/** Builds a whole fragment, `#share=v1.…`, for a Dockerfile. */
export async function shareFragment(text: string, codec: Codec = streamCodec()): Promise<string> {
  return `#${SHARE_KEY}=${await encodeShare(text, codec)}`;
}

/** Finds the share payload in a location hash (`#share=…`); null when the hash holds none. */
export function readShareParam(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_KEY);
}

/**
 * Decodes a share payload into plain text. Never throws: oversized, corrupt or unknown payloads
 * come back as a reason and a message the learner can read.
 */
export async function decodeShare(
  payload: string,
  codec: Codec = streamCodec(),
): Promise<DecodeResult> {
  if (payload.length > MAX_FRAGMENT_CHARS) {
    return tooLarge();
  }
  if (!payload.startsWith(PREFIX)) {
    return {
      ok: false,
      reason: 'unsupported',
      message: 'This share link is not in a format Stagecraft knows. Ask for a fresh link.',
    };
  }
  const bytes = fromBase64Url(payload.slice(PREFIX.length));
  if (!bytes || bytes.length === 0) return broken();
  let inflated: Uint8Array;
  try {
    inflated = await codec.decompress(bytes, MAX_SHARE_BYTES);
  } catch {
    return broken();
  }
  if (inflated.byteLength > MAX_SHARE_BYTES) return tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return broken();
  }
  return { ok: true, text };
}

function tooLarge(): DecodeResult {
  return {
    ok: false,
    reason: 'too-large',
    message: `This share link holds more than ${MAX_SHARE_BYTES / 1024} KB of Dockerfile, which is more than the playground opens. Nothing was loaded.`,
  };
}

function broken(): DecodeResult {
  return {
    ok: false,
    reason: 'broken',
    message:
      'This share link is damaged (it may have been cut off when copied). Nothing was loaded.',
  };
}
