import type { FieldError } from '@helpdesk-verify/core-client/schemas';

const NUL = /\u0000/;
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why PostgreSQL could not store a string as sent (NUL; UTF-16 halves with no UTF-8 form), or null. */
export const unstorable = (text: string): string | null =>
  NUL.test(text)
    ? 'must not contain the NUL character (\\u0000)'
    : UNPAIRED_SURROGATE.test(text)
      ? 'must be well-formed Unicode (an unpaired surrogate)'
      : null;

/** Every string and key of a JSON value that cannot be stored, walked without recursion (bodies can be large). */
export function unstorableTextErrors(value: unknown, prefix: (string | number)[]): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Array<[unknown, (string | number)[]]> = [[value, prefix]];
  while (stack.length > 0 && errors.length < 20) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      const why = unstorable(item);
      if (why) errors.push({ path, message: why });
    } else if (Array.isArray(item)) {
      item.forEach((child, i) => stack.push([child, [...path, i]]));
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const why = unstorable(key);
        if (why) errors.push({ path: [...path, key], message: `key ${why}` });
        stack.push([child, [...path, key]]);
      }
    }
  }
  return errors;
}
