/** Limits on the frames the employee page posts (it sends ~15–20 JPEGs of at most 640 px). */
export const FACE_FRAME_LIMITS = {
  minFrames: 6,
  maxFrames: 24,
  maxFrameBytes: 300_000,
  minSide: 120,
  maxSide: 1280,
} as const;

/** Width and height from a JPEG's start-of-frame marker, or null when the bytes are not a baseline/progressive JPEG. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[i + 5]! << 8) | bytes[i + 6]!, width: (bytes[i + 7]! << 8) | bytes[i + 8]! };
    }
    if (marker === 0xda || length < 2) return null;
    i += 2 + length;
  }
  return null;
}

/**
 * Reads the posted frames (base64 JPEG strings) and checks them before any model runs: their
 * number, each one's size in bytes and pixels, and that each really is a JPEG.
 */
export function readFaceFrames(
  frames: unknown,
):
  | { ok: true; frames: Buffer[] }
  | { ok: false; status: 'payload_too_large' | 'validation_error' | 'unsupported_media_type'; message: string } {
  const L = FACE_FRAME_LIMITS;
  if (!Array.isArray(frames) || frames.some((f) => typeof f !== 'string'))
    return { ok: false, status: 'validation_error', message: 'frames must be an array of base64 JPEG images' };
  if (frames.length < L.minFrames)
    return {
      ok: false,
      status: 'validation_error',
      message: `at least ${L.minFrames} frames are needed, got ${frames.length}`,
    };
  if (frames.length > L.maxFrames)
    return { ok: false, status: 'payload_too_large', message: `at most ${L.maxFrames} frames, got ${frames.length}` };
  const out: Buffer[] = [];
  for (const [i, text] of (frames as string[]).entries()) {
    if (text.length > Math.ceil((L.maxFrameBytes * 4) / 3) + 4)
      return {
        ok: false,
        status: 'payload_too_large',
        message: `frame ${i + 1} is larger than ${L.maxFrameBytes} bytes`,
      };
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
      return { ok: false, status: 'validation_error', message: `frame ${i + 1} is not base64` };
    const bytes = Buffer.from(text, 'base64');
    const size = jpegSize(bytes);
    if (!size) return { ok: false, status: 'unsupported_media_type', message: `frame ${i + 1} is not a JPEG image` };
    if (Math.max(size.width, size.height) > L.maxSide || Math.min(size.width, size.height) < L.minSide) {
      return {
        ok: false,
        status: 'validation_error',
        message: `frame ${i + 1} is ${size.width}×${size.height}; sides must be ${L.minSide}–${L.maxSide} px`,
      };
    }
    out.push(bytes);
  }
  return { ok: true, frames: out };
}
