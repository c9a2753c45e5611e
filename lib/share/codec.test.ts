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
} from './codec';

const sample = `FROM golang:1.22 AS build\nRUN go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\n`;

test('a Dockerfile round-trips through a share payload', async () => {
  const payload = await encodeShare(sample);
  expect(payload).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  await expect(decodeShare(payload)).resolves.toEqual({ ok: true, text: sample });
});

test('non-ASCII text and HTML survive as plain text', async () => {
  const text = '# café ☕ <script>alert(1)</script>\nFROM alpine\n';
  await expect(decodeShare(await encodeShare(text))).resolves.toEqual({ ok: true, text });
});

test('compression makes a repetitive Dockerfile much shorter than its text', async () => {
  const text = Array.from({ length: 200 }, (_, i) => `RUN echo step ${i}`).join('\n');
  const payload = await encodeShare(text);
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
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
      const decoded = await decodeShare(await encodeShare(text));
      expect(decoded).toEqual({ ok: true, text });
    }),
    { numRuns: 50 },
  );
});

test('a payload that inflates past the cap is refused, without inflating it all', async () => {
  const huge = 'A'.repeat(MAX_SHARE_BYTES * 50);
  const payload = await encodeShare(huge);
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

test('text exactly at the cap is accepted and one byte more is refused', async () => {
  const atCap = 'x'.repeat(MAX_SHARE_BYTES);
  await expect(decodeShare(await encodeShare(atCap))).resolves.toMatchObject({ ok: true });
  await expect(decodeShare(await encodeShare(atCap + 'x'))).resolves.toMatchObject({
    ok: false,
    reason: 'too-large',
  });
});

test('an absurdly long fragment is refused before decoding', async () => {
  const result = await decodeShare('v1.' + 'A'.repeat(200_000));
  expect(result).toMatchObject({ ok: false, reason: 'too-large' });
});

test('broken encodings are refused with a message', async () => {
  const valid = await encodeShare(sample);
  for (const payload of [
    'v1.',
    'v1.@@@not-base64@@@',
    'v1.<script>alert(1)</script>',
    'v1.' + 'QUJD', // valid base64url, not deflate data
    valid.slice(0, valid.length - 6), // cut off in transit
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
  const codec = streamCodec();
  const payload = 'v1.' + toBase64Url(await codec.compress(new Uint8Array([0xff, 0xfe, 0xc0])));
  await expect(decodeShare(payload)).resolves.toMatchObject({ ok: false, reason: 'broken' });
});

test('the share payload is read from a location hash, alone or beside other keys', async () => {
  const fragment = await shareFragment(sample);
  expect(fragment.startsWith('#share=v1.')).toBe(true);
  expect(readShareParam(fragment)).toBe(fragment.slice('#share='.length));
  expect(readShareParam('#other=1&share=v1.abc')).toBe('v1.abc');
  expect(readShareParam('')).toBeNull();
  expect(readShareParam('#section-2')).toBeNull();
});

test('the injected compressor is the one used', async () => {
  const identity: Codec = { compress: async (b) => b, decompress: async (b) => b };
  const payload = await encodeShare('FROM alpine', identity);
  expect(payload).toBe('v1.' + toBase64Url(new TextEncoder().encode('FROM alpine')));
  await expect(decodeShare(payload, identity)).resolves.toEqual({ ok: true, text: 'FROM alpine' });
});
