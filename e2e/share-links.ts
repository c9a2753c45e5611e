import { deflateRawSync, gzipSync } from 'node:zlib';

/** Share links made by hand, for the formats and sizes the Share button no longer makes. */

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** A link in the first format: deflate-raw of the Dockerfile, no checksum. */
export function legacyShareFragment(dockerfile: string): string {
  return `#share=v1.${base64url(deflateRawSync(Buffer.from(dockerfile)))}`;
}

/** A v2 link around any body, with the header the playground expects (for oversized text). */
export function handMadeShareFragment(dockerfile: string, dockerignore = ''): string {
  const member = gzipSync(Buffer.from(JSON.stringify({ dockerfile, dockerignore })));
  member.set([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff], 0);
  return `#share=v2.${base64url(member)}`;
}

/** The link with one character of its payload replaced, as a bad copy could leave it. */
export function corruptOneCharacter(link: string, fromEnd: number): string {
  const index = link.length - fromEnd;
  const replacement = link[index] === 'A' ? 'B' : 'A';
  return link.slice(0, index) + replacement + link.slice(index + 1);
}
