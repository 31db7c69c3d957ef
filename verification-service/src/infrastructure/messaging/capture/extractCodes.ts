/**
 * The six-digit numbers standing alone in a captured message (one-time codes), each once, in order;
 * digits inside a longer number or a token are not codes.
 */
export function extractCodes(text: string): string[] {
  return [...new Set(text.match(/(?<![\p{L}\p{N}_-])\d{6}(?![\p{L}\p{N}_])/gu) ?? [])];
}
