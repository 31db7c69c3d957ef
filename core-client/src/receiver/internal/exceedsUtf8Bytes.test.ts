import { exceedsUtf8Bytes } from './exceedsUtf8Bytes';

describe('exceedsUtf8Bytes', () => {
  it('agrees with Buffer.byteLength at the limit for one- to four-byte characters and lone surrogates', () => {
    for (const unit of ['a', 'é', '日', '👩', '\ud800']) {
      for (let count = 1; count <= 12; count += 1) {
        const text = unit.repeat(count);
        const bytes = Buffer.byteLength(text, 'utf8');
        expect([exceedsUtf8Bytes(text, bytes), exceedsUtf8Bytes(text, bytes - 1)]).toEqual([false, true]);
      }
    }
  });
});
