import type { GateCondition } from './GateCondition';

/** The gate's properties as text, as `gs.getProperty` reads them. */
export interface GateConditionProperties {
  /** `category` (default), `field` or `encoded_query`. */
  type: string;
  /** Comma-separated categories. */
  categories: string;
  /** Comma-separated `field=value` pairs. */
  fieldValues: string;
  /** An encoded query, e.g. `category=password_reset^ORsubcategory=mfa`. */
  encodedQuery: string;
}

const list = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/**
 * The gate condition from its properties. An unknown type reads as `category`, the historic
 * behaviour, so a typo never silently opens the gate wider than before; a pair without `=` is
 * left out (and matches nothing).
 */
export const readGateCondition = (properties: GateConditionProperties): GateCondition => {
  const type = properties.type.trim().toLowerCase();
  if (type === 'encoded_query') return { kind: 'encoded_query', query: properties.encodedQuery.trim() };
  if (type === 'field') {
    const pairs: { field: string; value: string }[] = [];
    const items = list(properties.fieldValues);
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i] as string;
      const at = item.indexOf('=');
      if (at > 0) pairs.push({ field: item.slice(0, at).trim(), value: item.slice(at + 1).trim() });
    }
    return { kind: 'field', pairs };
  }
  return { kind: 'category', categories: list(properties.categories).map((category) => category.toLowerCase()) };
};
