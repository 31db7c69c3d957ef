import { extractLinks } from './extractLinks';

describe('extractLinks', () => {
  it('finds http and https links in order, each once', () => {
    const text =
      'Open https://verify.example.com/v/abc123 now.\nOr http://127.0.0.1:3000/v/x?y=1&z=2\nhttps://verify.example.com/v/abc123';
    expect(extractLinks(text)).toEqual(['https://verify.example.com/v/abc123', 'http://127.0.0.1:3000/v/x?y=1&z=2']);
  });

  it('drops punctuation that ends the sentence, and stops at quotes and brackets', () => {
    expect(extractLinks('(see https://a.example/p), "https://b.example/q"; <https://c.example/r>!')).toEqual([
      'https://a.example/p',
      'https://b.example/q',
      'https://c.example/r',
    ]);
  });

  it('finds a link glued to text before it, as SMS apps do', () => {
    expect(extractLinks('Code 123456.https://a.example/v/t Expires')).toEqual(['https://a.example/v/t']);
  });

  it('ignores other schemes and bare hosts', () => {
    expect(extractLinks('javascript:alert(1) mailto:a@b.example verify.example.com/v/x https:// http://')).toEqual([]);
  });
});
