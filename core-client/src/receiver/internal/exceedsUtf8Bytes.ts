/**
 * Whether a string takes more than `limit` bytes in UTF-8, counting only as far as needed (no
 * TextEncoder or Buffer: ServiceNow's engine has neither). A lone surrogate counts 3 bytes, as the
 * replacement character it becomes does.
 */
export const exceedsUtf8Bytes = (text: string, limit: number): boolean => {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
};
