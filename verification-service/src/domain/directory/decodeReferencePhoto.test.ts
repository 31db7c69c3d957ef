import { decodeReferencePhoto } from './decodeReferencePhoto';

/** A real 1×1 PNG. */
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');
const WEBP_START = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]).toString(
  'base64',
);

describe('decodeReferencePhoto', () => {
  it('decodes PNG, JPEG and WebP data URLs into bytes and their media type', () => {
    const png = decodeReferencePhoto(`data:image/png;base64,${PNG_1PX}`);
    expect(png).toEqual({ valid: true, bytes: Buffer.from(PNG_1PX, 'base64'), type: 'image/png' });
    expect(decodeReferencePhoto(`data:image/jpeg;base64,${JPEG_START}`)).toMatchObject({
      valid: true,
      type: 'image/jpeg',
    });
    expect(decodeReferencePhoto(`data:image/webp;base64,${WEBP_START}`)).toMatchObject({
      valid: true,
      type: 'image/webp',
    });
  });

  it('refuses content that is not the declared image type', () => {
    expect(decodeReferencePhoto(`data:image/jpeg;base64,${PNG_1PX}`)).toEqual({
      valid: false,
      message: 'the data is not a JPEG image',
    });
    const html = Buffer.from('<script>alert(1)</script>').toString('base64');
    expect(decodeReferencePhoto(`data:image/png;base64,${html}`)).toMatchObject({ valid: false });
  });

  it('refuses what is not a base64 image data URL', () => {
    for (const bad of [
      '',
      'data:image/gif;base64,R0lGODlh',
      'data:text/html;base64,PGI+',
      `data:image/png,${PNG_1PX}`,
      'https://example.com/a.png',
    ]) {
      expect(decodeReferencePhoto(bad)).toMatchObject({ valid: false });
    }
  });
});
