import type { ScimPatchOperation } from '@helpdesk-verify/core-client/schemas';
import { ScimError } from './ScimError';
import { parseScimPath, type ScimValueFilter } from './parseScimPath';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** SCIM attribute names are case-insensitive: the key the object already uses, else `name`. */
const keyOf = (object: Json, name: string): string =>
  Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;

const matches = (element: unknown, filter: ScimValueFilter): boolean => {
  if (!isObject(element)) return false;
  const actual = element[keyOf(element, filter.attribute)];
  return typeof actual === 'string' && typeof filter.value === 'string'
    ? actual.toLowerCase() === filter.value.toLowerCase()
    : actual === filter.value;
};

/** Sets `value` at `key`: merging into a complex attribute (RFC 7644 §3.5.2.3), appending to a multi-valued one on add. */
function put(target: Json, name: string, value: unknown, op: 'add' | 'replace'): void {
  const key = keyOf(target, name);
  const current = target[key];
  if (op === 'add' && Array.isArray(current)) target[key] = [...current, ...(Array.isArray(value) ? value : [value])];
  else if (isObject(current) && isObject(value))
    for (const [sub, subValue] of Object.entries(value)) put(current, sub, subValue, op);
  else target[key] = value;
}

function applyOne(doc: Json, op: 'add' | 'replace' | 'remove', path: string, value: unknown): void {
  const parsed = parseScimPath(path);
  let container = doc;
  if (parsed.schema) {
    const schemaKey = keyOf(doc, parsed.schema);
    if (!isObject(doc[schemaKey])) {
      if (op === 'remove') return;
      doc[schemaKey] = {};
    }
    container = doc[schemaKey] as Json;
  }
  const key = keyOf(container, parsed.attribute);
  if (!parsed.filter) {
    if (!parsed.subAttribute) {
      if (op === 'remove') delete container[key];
      else put(container, parsed.attribute, value, op);
      return;
    }
    if (!isObject(container[key])) {
      if (op === 'remove') return;
      container[key] = {};
    }
    const complex = container[key] as Json;
    if (op === 'remove') delete complex[keyOf(complex, parsed.subAttribute)];
    else put(complex, parsed.subAttribute, value, op);
    return;
  }
  const list = Array.isArray(container[key]) ? (container[key] as unknown[]) : [];
  const filter = parsed.filter;
  if (op === 'remove') {
    container[key] = parsed.subAttribute
      ? list.map((el) =>
          matches(el, filter) && isObject(el)
            ? Object.fromEntries(
                Object.entries(el).filter(([k]) => k.toLowerCase() !== parsed.subAttribute!.toLowerCase()),
              )
            : el,
        )
      : list.filter((el) => !matches(el, filter));
    return;
  }
  const hits = list.filter((el) => matches(el, filter)) as Json[];
  if (hits.length === 0) {
    // Entra ID adds `emails[type eq "work"].value` to a user that has no work email yet.
    const created: Json = { [filter.attribute]: filter.value };
    if (parsed.subAttribute) created[parsed.subAttribute] = value;
    else if (isObject(value)) Object.assign(created, value);
    else throw new ScimError(400, `${path} needs an object value`, 'invalidValue');
    container[key] = [...list, created];
    return;
  }
  for (const hit of hits) {
    if (parsed.subAttribute) put(hit, parsed.subAttribute, value, 'replace');
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) put(hit, k, v, 'replace');
    else throw new ScimError(400, `${path} needs an object value`, 'invalidValue');
  }
  container[key] = list;
}

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a copy of a resource and returns it. Accepts what
 * Okta sends (`{"op":"replace","value":{"active":false}}`, no path) and what Entra ID sends
 * (capitalised ops, `"path":"active","value":"False"`, filtered and extension paths).
 */
export function applyScimPatch(resource: Json, operations: readonly ScimPatchOperation[]): Json {
  const doc = structuredClone(resource);
  for (const operation of operations) {
    const op = operation.op.toLowerCase() as 'add' | 'replace' | 'remove';
    if (operation.path !== undefined) {
      applyOne(doc, op, operation.path, operation.value);
      continue;
    }
    if (op === 'remove') throw new ScimError(400, 'A remove operation needs a path', 'noTarget');
    if (!isObject(operation.value))
      throw new ScimError(400, 'An operation without a path needs an object value', 'invalidValue');
    for (const [path, value] of Object.entries(operation.value)) {
      // `{"urn:…:enterprise:2.0:User": {"department": "…"}}`: each attribute of the extension.
      if (/^urn:/i.test(path) && isObject(value))
        for (const [sub, subValue] of Object.entries(value)) applyOne(doc, op, `${path}:${sub}`, subValue);
      else applyOne(doc, op, path, value);
    }
  }
  return doc;
}
