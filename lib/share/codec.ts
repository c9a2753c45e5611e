/**
 * Share links: a Dockerfile and its `.dockerignore` travel in the URL fragment, nothing uploaded.
 *
 * - `v2.` (written now): base64url of a gzip member holding the JSON `{ dockerfile, dockerignore }`.
 *   gzip ends with a CRC-32 and the length of the text (RFC 1952 §2.3.1), which the browser's own
 *   DecompressionStream checks, so a link changed in transit is refused instead of opening some
 *   other Dockerfile. Using the platform's gzip keeps the checksum out of hand-written code, and
 *   works on plain-HTTP hosts, where Web Crypto is not available.
 * - `v1.` (still read): base64url of deflate-raw of the Dockerfile alone, with no checksum.
 *
 * Pure apart from the compressor, which is injectable so Node tests and browsers share one codec.
 */
import { fromBase64Url, fromCanonicalBase64Url, toBase64Url } from './base64url';

export { fromBase64Url, toBase64Url } from './base64url';

/** Turns bytes into other bytes, e.g. gzip or gunzip. `limit` caps the output size. */
export type ByteTransform = (input: Uint8Array, limit?: number) => Promise<Uint8Array>;

export interface Codec {
  compress: ByteTransform;
  decompress: ByteTransform;
}

/** What a share link carries. */
export interface ShareContent {
  dockerfile: string;
  /** the build context's `.dockerignore`; empty when there is none */
  dockerignore: string;
}

/** The fragment key: `#share=<payload>`. */
export const SHARE_KEY = 'share';
const PREFIX = 'v2.';
const LEGACY_PREFIX = 'v1.';

/**
 * The most text a share link carries (Dockerfile and `.dockerignore` together, in UTF-8 bytes).
 * Share refuses to make a larger link and the playground refuses to open one: one limit for both.
 */
export const MAX_SHARE_BYTES = 64 * 1024;
/** Fragments longer than this are refused before any decoding work. */
export const MAX_FRAGMENT_CHARS = 96 * 1024;
// JSON writes a control character as six (\u0000), so the body may be up to six times the text.
const MAX_BODY_BYTES = MAX_SHARE_BYTES * 6 + 64;

/**
 * The gzip header every v2 link starts with: no file name, no time, unknown OS (RFC 1952 §2.3).
 * Encoders differ in the bytes they put here, so they are normalized on the way out and required on
 * the way in: these bytes are not covered by the CRC. Keeping them makes a link relabelled `v1.`
 * fail too, since 0x1f begins a deflate block of the reserved type 3 (RFC 1951 §3.2.3).
 */
const GZIP_HEADER = [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff];
// The header, then at least an empty deflate block, then the CRC-32 and the size.
const MIN_GZIP_BYTES = GZIP_HEADER.length + 2 + 8;

export type EncodeResult =
  { ok: true; payload: string } | { ok: false; reason: 'too-large'; message: string };

export type DecodeResult =
  | { ok: true; content: ShareContent }
  | { ok: false; reason: 'too-large' | 'broken' | 'unsupported'; message: string };

/** Codec backed by the platform's CompressionStream/DecompressionStream. */
export function streamCodec(format: 'gzip' | 'deflate-raw' = 'gzip'): Codec {
  return {
    compress: (input) => pipe(input, new CompressionStream(format)),
    decompress: (input, limit) => pipe(input, new DecompressionStream(format), limit),
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

/** The size of shared text as the limit counts it: UTF-8 bytes of both files. */
export function shareSize(content: ShareContent): number {
  const encoder = new TextEncoder();
  return encoder.encode(content.dockerfile).length + encoder.encode(content.dockerignore).length;
}

function toContent(content: ShareContent | string): ShareContent {
  return typeof content === 'string' ? { dockerfile: content, dockerignore: '' } : content;
}

/** Builds the fragment payload (without `#share=`), or says why the text is too large to share. */
export async function encodeShare(
  input: ShareContent | string,
  codec: Codec = streamCodec(),
): Promise<EncodeResult> {
  const content = toContent(input);
  const size = shareSize(content);
  if (size > MAX_SHARE_BYTES) return tooLargeToShare(size);
  const body = new TextEncoder().encode(
    JSON.stringify({ dockerfile: content.dockerfile, dockerignore: content.dockerignore }),
  );
  const member = await codec.compress(body);
  if (member.length < MIN_GZIP_BYTES || member[0] !== 0x1f || member[1] !== 0x8b) {
    throw new Error('the compressor did not write gzip');
  }
  if (member[3] !== 0) throw new Error('the compressor wrote optional gzip header fields');
  member.set(GZIP_HEADER, 0);
  return { ok: true, payload: PREFIX + toBase64Url(member) };
}

/** Builds a whole fragment, `#share=v2.…`; throws when the text is too large to share. */
export async function shareFragment(
  content: ShareContent | string,
  codec: Codec = streamCodec(),
): Promise<string> {
  const encoded = await encodeShare(content, codec);
  if (!encoded.ok) throw new RangeError(encoded.message);
  return fragmentOf(encoded.payload);
}

/** The location hash that carries a payload. */
export function fragmentOf(payload: string): string {
  return `#${SHARE_KEY}=${payload}`;
}

/** Finds the share payload in a location hash (`#share=…`); null when the hash holds none. */
export function readShareParam(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_KEY);
}

/**
 * Decodes a share payload. Never throws: oversized, corrupt or unknown payloads come back as a
 * reason and a message the learner can read. `legacyCodec` reads `v1.` links.
 */
export async function decodeShare(
  payload: string,
  codec: Codec = streamCodec(),
  legacyCodec: Codec = streamCodec('deflate-raw'),
): Promise<DecodeResult> {
  if (payload.length > MAX_FRAGMENT_CHARS) return tooLargeToOpen();
  if (payload.startsWith(PREFIX)) return decodeCurrent(payload.slice(PREFIX.length), codec);
  if (payload.startsWith(LEGACY_PREFIX)) {
    return decodeLegacy(payload.slice(LEGACY_PREFIX.length), legacyCodec);
  }
  return {
    ok: false,
    reason: 'unsupported',
    message: 'This share link is not in a format Stagecraft knows. Ask for a fresh link.',
  };
}

async function decodeCurrent(encoded: string, codec: Codec): Promise<DecodeResult> {
  const bytes = fromCanonicalBase64Url(encoded);
  if (!bytes || bytes.length < MIN_GZIP_BYTES) return broken();
  if (GZIP_HEADER.some((byte, index) => bytes[index] !== byte)) return broken();
  const body = await inflate(bytes, codec, MAX_BODY_BYTES);
  if (body === 'too-large') return tooLargeToOpen();
  // gzip's last four bytes are the text's length: bytes added after the member fail here.
  if (body !== null && new TextEncoder().encode(body).length !== lastWord(bytes)) return broken();
  const content = body === null ? null : parseBody(body);
  if (!content) return broken();
  if (shareSize(content) > MAX_SHARE_BYTES) return tooLargeToOpen();
  return { ok: true, content };
}

async function decodeLegacy(encoded: string, codec: Codec): Promise<DecodeResult> {
  const bytes = fromBase64Url(encoded);
  if (!bytes || bytes.length === 0) return broken();
  const text = await inflate(bytes, codec, MAX_SHARE_BYTES);
  if (text === 'too-large') return tooLargeToOpen();
  if (text === null) return broken();
  return { ok: true, content: { dockerfile: text, dockerignore: '' } };
}

/** Inflates and reads UTF-8; null when the data or its checksum is bad. */
async function inflate(bytes: Uint8Array, codec: Codec, limit: number) {
  let inflated: Uint8Array;
  try {
    inflated = await codec.decompress(bytes, limit);
  } catch {
    return null;
  }
  if (inflated.byteLength > limit) return 'too-large' as const;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return null;
  }
}

/** The little-endian 32-bit number that ends `bytes`. */
function lastWord(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(
    bytes.byteLength - 4,
    true,
  );
}

function parseBody(body: string): ShareContent | null {
  try {
    const value = JSON.parse(body) as Partial<ShareContent> | null;
    if (typeof value?.dockerfile !== 'string' || typeof value.dockerignore !== 'string') {
      return null;
    }
    return { dockerfile: value.dockerfile, dockerignore: value.dockerignore };
  } catch {
    return null;
  }
}

function tooLargeToShare(size: number): EncodeResult {
  return {
    ok: false,
    reason: 'too-large',
    message: `This Dockerfile and .dockerignore hold ${Math.ceil(size / 1024)} KB of text, more than the ${MAX_SHARE_BYTES / 1024} KB a share link can carry, so no link was made.`,
  };
}

function tooLargeToOpen(): DecodeResult {
  return {
    ok: false,
    reason: 'too-large',
    message: `This share link holds more than ${MAX_SHARE_BYTES / 1024} KB of Dockerfile, which is more than the playground opens. Nothing was loaded; your draft is kept.`,
  };
}

function broken(): DecodeResult {
  return {
    ok: false,
    reason: 'broken',
    message:
      'This share link is damaged (it was cut off or changed when copied), so nothing was loaded and your draft is kept. Ask for a fresh link.',
  };
}
