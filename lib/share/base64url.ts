/** Unpadded base64url (RFC 4648 §5), the alphabet share links travel in. */

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

/**
 * Decodes base64url only in its one canonical spelling. The last character of a base64 text can
 * carry unused bits; a link whose unused bits changed decodes to the same bytes, so without this
 * a corrupted link would pass for the original.
 */
export function fromCanonicalBase64Url(text: string): Uint8Array | null {
  const bytes = fromBase64Url(text);
  return bytes && toBase64Url(bytes) === text ? bytes : null;
}
