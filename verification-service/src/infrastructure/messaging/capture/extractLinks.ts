const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/**
 * The http(s) URLs in a captured message's text, each once, in order, without the punctuation a
 * sentence puts after them; what a developer (or an end-to-end test) opens from the outbox.
 */
export function extractLinks(text: string): string[] {
  const links = new Set<string>();
  for (const match of text.matchAll(URL_PATTERN)) {
    const link = match[0].replace(TRAILING_PUNCTUATION, '');
    if (/^https?:\/\/[^/?#]+/i.test(link)) links.add(link);
  }
  return [...links];
}
