import { readDataUrl } from './readDataUrl';

/** Long side of a converted photo: plenty for face matching, small enough for the 5 MB limit. */
const MAX_SIDE = 1600;

/**
 * The photo as a JPEG data URL: the face match proof decodes JPEG only, so a PNG or WebP is
 * re-encoded in the browser (scaled down if very large) before it is uploaded.
 */
export async function toJpegDataUrl(file: File): Promise<string> {
  if (file.type === 'image/jpeg') return readDataUrl(file);
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot convert the image; upload a JPEG');
  // JPEG has no transparency: draw on white rather than black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.toDataURL('image/jpeg', 0.92);
}
