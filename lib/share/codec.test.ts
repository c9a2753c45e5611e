import { expect, test } from 'vitest';
import fc from 'fast-check';
import {
  MAX_SHARE_BYTES,
  decodeShare,
  encodeShare,
  fromBase64Url,
  readShareParam,
  shareFragment,
  streamCodec,
  toBase64Url,
  type Codec,
  type ShareContent,
} from './codec';

const sample = `FROM golang:1.22 AS build\nRUN go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\n`;
const content: ShareContent = { dockerfile: sample, dockerignore: '*.md\n!README.md\n' };
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

async function payloadOf(input: ShareContent | string): Promise<string> {
  const encoded = await encodeShare(input);
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.payload;
}

/** A v2 payload around any body, as a hand-made link could be (the encoder refuses some). */
async function handMadeV2(body: string): Promise<string> {
  const member = await streamCodec('gzip').compress(new TextEncoder().encode(body));
  member.set([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff], 0);
  return 'v2.' + toBase64Url(member);
}

/** A link in the old format: deflate-raw of the Dockerfile, no checksum. */
async function legacyV1(text: string): Promise<string> {
  return (
    'v1.' + toBase64Url(await streamCodec('deflate-raw').compress(new TextEncoder().encode(text)))
  );
}

function substitutions(payload: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < payload.length; index++) {
    for (const char of ALPHABET + '.') {
      if (char !== payload[index]) {
        variants.push(payload.slice(0, index) + char + payload.slice(index + 1));
      }
    }
  }
  return variants;
}

test('a Dockerfile and its .dockerignore round-trip through a v2 share payload', async () => {
  const payload = await payloadOf(content);
  expect(payload).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
  await expect(decodeShare(payload)).resolves.toEqual({ ok: true, content });
});

test('a v1 link made before the checksum still opens, with no .dockerignore', async () => {
  await expect(decodeShare(await legacyV1(sample))).resolves.toEqual({
    ok: true,
    content: { dockerfile: sample, dockerignore: '' },
  });
});

test('no single-character change to a v2 link opens a different Dockerfile', async () => {
  const payload = await payloadOf(content);
  const variants = substitutions(payload);
  let refused = 0;
  for (const variant of variants) {
    const result = await decodeShare(variant);
    if (!result.ok) {
      refused++;
      expect(result.message, variant).toMatch(/damaged|format|more than/);
    } else {
      // Only the unused padding bits after deflate's last block can change and still decode; they
      // carry nothing, so what opens is exactly what was shared.
      expect(result.content, variant).toEqual(content);
    }
  }
  expect(variants.length).toBeGreaterThan(5000);
  expect(refused / variants.length).toBeGreaterThan(0.99);
});

test('the old v1 format, without a checksum, opened many changed links as other Dockerfiles', async () => {
  // The defect the checksum fixes, measured on the same kind of change.
  const payload = await legacyV1(sample);
  const variants = substitutions(payload).filter((v) => v.startsWith('v1.'));
  let openedAsOther = 0;
  for (const variant of variants) {
    const result = await decodeShare(variant);
    if (result.ok && result.content.dockerfile !== sample) openedAsOther++;
  }
  expect(openedAsOther / variants.length).toBeGreaterThan(0.3);
});

test('non-ASCII text and HTML survive as plain text', async () => {
  const dockerfile = '# café ☕ <script>alert(1)</script>\nFROM alpine\n';
  const shared = { dockerfile, dockerignore: '# ✓\n' };
  await expect(decodeShare(await payloadOf(shared))).resolves.toEqual({
    ok: true,
    content: shared,
  });
});

test('compression makes a repetitive Dockerfile much shorter than its text', async () => {
  const text = Array.from({ length: 200 }, (_, i) => `RUN echo step ${i}`).join('\n');
  const payload = await payloadOf(text);
  expect(payload.length).toBeLessThan(text.length / 3);
});

test('base64url round-trips arbitrary bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }),
  );
});

test('arbitrary strings round-trip through the real stream codec', async () => {
  const text = fc.string({ unit: 'binary', maxLength: 200 });
  await fc.assert(
    fc.asyncProperty(text, text, async (dockerfile, dockerignore) => {
      const decoded = await decodeShare(await payloadOf({ dockerfile, dockerignore }));
      expect(decoded).toEqual({ ok: true, content: { dockerfile, dockerignore } });
    }),
    { numRuns: 50 },
  );
});

test('share refuses text over the limit with a message, and the same limit is what opens', async () => {
  const atLimit = { dockerfile: 'x'.repeat(MAX_SHARE_BYTES - 4), dockerignore: 'y'.repeat(4) };
  await expect(decodeShare(await payloadOf(atLimit))).resolves.toMatchObject({ ok: true });
  const over = { ...atLimit, dockerignore: 'y'.repeat(5) };
  const refused = await encodeShare(over);
  expect(refused).toMatchObject({ ok: false, reason: 'too-large' });
  if (!refused.ok) expect(refused.message).toContain('more than the 64 KB a share link can carry');
  await expect(shareFragment(over)).rejects.toThrow(/64 KB/);
  // A hand-made link over the limit is refused by the playground with the same limit.
  await expect(decodeShare(await handMadeV2(JSON.stringify(over)))).resolves.toMatchObject({
    ok: false,
    reason: 'too-large',
  });
});

test('multi-byte text counts in UTF-8 bytes at both ends', async () => {
  const euros = '€'.repeat(Math.floor(MAX_SHARE_BYTES / 3) + 1); // 3 bytes each
  await expect(encodeShare(euros)).resolves.toMatchObject({ ok: false, reason: 'too-large' });
  const body = JSON.stringify({ dockerfile: euros, dockerignore: '' });
  await expect(decodeShare(await handMadeV2(body))).resolves.toMatchObject({ reason: 'too-large' });
});

test('a payload that inflates past the cap is refused, without inflating it all', async () => {
  const huge = JSON.stringify({ dockerfile: 'A'.repeat(MAX_SHARE_BYTES * 50), dockerignore: '' });
  const payload = await handMadeV2(huge);
  let produced = 0;
  const real = streamCodec();
  const counting: Codec = {
    compress: real.compress,
    decompress: async (input, limit) => {
      const out = await real.decompress(input, limit);
      produced = out.byteLength;
      return out;
    },
  };
  const result = await decodeShare(payload, counting);
  expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  expect(produced).toBeLessThan(huge.length / 2);
});

test('a v1 link over the limit is still refused', async () => {
  const result = await decodeShare(await legacyV1('x'.repeat(MAX_SHARE_BYTES + 1)));
  expect(result).toMatchObject({ ok: false, reason: 'too-large' });
});

test('an absurdly long fragment is refused before decoding', async () => {
  const result = await decodeShare('v2.' + 'A'.repeat(200_000));
  expect(result).toMatchObject({ ok: false, reason: 'too-large' });
});

test('broken encodings are refused with a message', async () => {
  const valid = await payloadOf(content);
  for (const payload of [
    'v2.',
    'v1.',
    'v2.@@@not-base64@@@',
    'v2.<script>alert(1)</script>',
    'v2.' + 'QUJD', // valid base64url, not gzip
    valid.slice(0, valid.length - 6), // cut off in transit
    valid + 'AAAA', // bytes after the end
    await handMadeV2('{"dockerfile": 1}'), // checksum fine, not a shared Dockerfile
    await handMadeV2('FROM alpine'),
    'v1.' + valid.slice(3), // a v2 link relabelled v1
  ]) {
    const result = await decodeShare(payload);
    expect(result.ok, payload).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/damaged|format/);
  }
});

test('an unknown version prefix is refused as unsupported', async () => {
  await expect(decodeShare('v9.abc')).resolves.toMatchObject({ ok: false, reason: 'unsupported' });
});

test('bytes that are not UTF-8 are refused', async () => {
  const bytes = new Uint8Array([0xff, 0xfe, 0xc0]);
  const legacy = 'v1.' + toBase64Url(await streamCodec('deflate-raw').compress(bytes));
  await expect(decodeShare(legacy)).resolves.toMatchObject({ ok: false, reason: 'broken' });
});

test('the share payload is read from a location hash, alone or beside other keys', async () => {
  const fragment = await shareFragment(sample);
  expect(fragment.startsWith('#share=v2.')).toBe(true);
  expect(readShareParam(fragment)).toBe(fragment.slice('#share='.length));
  expect(readShareParam('#other=1&share=v2.abc')).toBe('v2.abc');
  expect(readShareParam('')).toBeNull();
  expect(readShareParam('#section-2')).toBeNull();
});

test('the injected compressor is the one used, and must write gzip', async () => {
  const identity: Codec = { compress: async (b) => b, decompress: async (b) => b };
  await expect(encodeShare('FROM alpine', identity)).rejects.toThrow(/gzip/);
});
