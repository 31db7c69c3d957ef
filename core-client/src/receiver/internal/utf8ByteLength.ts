/**
 * The UTF-8 size of a string, counted up to `stopAfter` (no TextEncoder or Buffer: ServiceNow's
 * engine has neither). Lone surrogates count 3 bytes, as their replacement character does.
 */
export const utf8ByteLength = (text: string, stopAfter: number): number => {
  if (text.length > stopAfter) return text.length;
  if (text.length * 3 <= stopAfter) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
};
