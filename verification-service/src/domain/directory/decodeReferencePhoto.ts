/** The image types a reference photo may have (those `ReferencePhoto` accepts). */
export type ReferencePhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

const DATA_URL = /^data:(image\/(?:jpeg|png|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** Whether the first bytes are those of the declared image type. */
function looksLike(type: ReferencePhotoType, b: Buffer): boolean {
  if (type === 'image/jpeg') return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  if (type === 'image/png')
    return b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP';
}

/**
 * Decodes a reference photo data URL into the bytes to store. The content must really be the
 * declared image type (its magic bytes), so no other file is stored under an image type.
 */
export function decodeReferencePhoto(
  dataUrl: string,
): { valid: true; bytes: Buffer; type: ReferencePhotoType } | { valid: false; message: string } {
  const match = DATA_URL.exec(dataUrl);
  if (!match) return { valid: false, message: 'must be a base64 data URL of a JPEG, PNG or WebP image' };
  const type = match[1] as ReferencePhotoType;
  const bytes = Buffer.from(match[2]!, 'base64');
  if (!looksLike(type, bytes))
    return { valid: false, message: `the data is not a ${type.slice(6).toUpperCase()} image` };
  return { valid: true, bytes, type };
}
