import * as jpeg from 'jpeg-js';
import { FACE_FRAME_LIMITS, jpegSize, readFaceFrames } from './readFaceFrames';

const frameOf = (width: number, height: number) =>
  jpeg.encode({ width, height, data: Buffer.alloc(width * height * 4, 128) }, 80).data;
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe('readFaceFrames', () => {
  const good = b64(frameOf(320, 240));

  it('reads the size of a JPEG from its start-of-frame marker', () => {
    expect(jpegSize(frameOf(321, 123))).toEqual({ width: 321, height: 123 });
    expect(jpegSize(Buffer.from('GIF89a'))).toBeNull();
    expect(jpegSize(Buffer.from([0xff, 0xd8, 0xff]))).toBeNull();
  });

  it('accepts between the minimum and maximum number of JPEG frames', () => {
    const read = readFaceFrames(Array.from({ length: FACE_FRAME_LIMITS.minFrames }, () => good));
    expect(read).toMatchObject({ ok: true });
    expect(read.ok && read.frames[0]!.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('refuses anything else with the status the route answers', () => {
    const six = (last: string) => [...Array.from({ length: 5 }, () => good), last];
    expect(readFaceFrames('frames')).toMatchObject({ ok: false, status: 'validation_error' });
    expect(readFaceFrames([good, good])).toMatchObject({ ok: false, status: 'validation_error' });
    expect(readFaceFrames(Array.from({ length: FACE_FRAME_LIMITS.maxFrames + 1 }, () => good))).toMatchObject({
      ok: false,
      status: 'payload_too_large',
    });
    expect(readFaceFrames(six(b64(Buffer.from('<svg/>'))))).toMatchObject({
      ok: false,
      status: 'unsupported_media_type',
      message: 'frame 6 is not a JPEG image',
    });
    expect(readFaceFrames(six('not base64!'))).toMatchObject({ ok: false, status: 'validation_error' });
    expect(readFaceFrames(six('A'.repeat(FACE_FRAME_LIMITS.maxFrameBytes * 2)))).toMatchObject({
      ok: false,
      status: 'payload_too_large',
    });
    expect(readFaceFrames(six(b64(frameOf(1400, 200))))).toMatchObject({
      ok: false,
      status: 'validation_error',
      message: expect.stringContaining('1400×200'),
    });
    expect(readFaceFrames(six(b64(frameOf(100, 100))))).toMatchObject({ ok: false, status: 'validation_error' });
  });
});
