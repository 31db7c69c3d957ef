import type { Entry } from 'ldapts';

/**
 * The first value of an attribute as text, or null. Attribute names are matched case-insensitively
 * (servers answer in their own case). An Active Directory objectGUID (16 bytes) becomes its usual
 * string form, whose first three groups are little-endian.
 */
export function ldapValue(entry: Entry, attribute: string): string | null {
  const key = Object.keys(entry).find((k) => k.toLowerCase() === attribute.toLowerCase());
  if (!key) return null;
  const raw = entry[key];
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (first === undefined) return null;
  if (Buffer.isBuffer(first)) {
    if (first.length !== 16) return first.toString('hex');
    const hex = (indices: number[]) => indices.map((i) => first[i]!.toString(16).padStart(2, '0')).join('');
    return `${hex([3, 2, 1, 0])}-${hex([5, 4])}-${hex([7, 6])}-${hex([8, 9])}-${hex([10, 11, 12, 13, 14, 15])}`;
  }
  const text = String(first).trim();
  return text === '' ? null : text;
}
