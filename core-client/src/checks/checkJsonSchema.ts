/** A JSON Schema as `z.toJSONSchema` writes it (draft 2020-12), read as plain data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The outcome of {@link checkJsonSchema}: the value with defaults filled in, or where it fails. */
export type JsonSchemaCheck = { valid: true; value: unknown } | { valid: false; errors: string[] };

/** Keywords that only describe; every other keyword is enforced, and an unknown one is refused. */
const DESCRIPTIVE = [
  '$schema',
  '$id',
  'title',
  'description',
  'examples',
  'default',
  'format',
  'contentEncoding',
  'contentMediaType',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$comment',
];
const ENFORCED = [
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'anyOf',
  'oneOf',
  'allOf',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  '$ref',
  '$defs',
  'propertyNames',
];

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

const hasOwn = (object: object, name: string): boolean => Object.prototype.hasOwnProperty.call(object, name);

/** Code points, not UTF-16 units, as JSON Schema counts string length. */
const codePointLength = (text: string): number => {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    length += 1;
  }
  return length;
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

interface Walk {
  root: JsonSchema;
  errors: string[];
  patterns: { [source: string]: RegExp };
}

const fail = (walk: Walk, path: string, message: string): undefined => {
  walk.errors.push((path === '' ? '(root)' : path) + ': ' + message);
  return undefined;
};

/** Checks `value` against `schema`; returns the value (copied, defaults filled) or undefined after recording errors. */
const check = (walk: Walk, schema: JsonSchema, value: unknown, path: string): unknown => {
  for (const keyword in schema) {
    if (DESCRIPTIVE.indexOf(keyword) < 0 && ENFORCED.indexOf(keyword) < 0) {
      throw new TypeError('checkJsonSchema does not know the keyword "' + keyword + '" (at ' + (path || 'root') + ')');
    }
  }
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const defs = walk.root.$defs as { [name: string]: JsonSchema } | undefined;
    const target = defs && hasOwn(defs, name) ? defs[name] : undefined;
    if (!target || schema.$ref.indexOf('#/$defs/') !== 0) throw new TypeError('Unresolvable $ref ' + schema.$ref);
    return check(walk, target, value, path);
  }
  const errorsBefore = walk.errors.length;
  if (schema.type !== undefined) {
    const allowed = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const actual = typeOf(value);
    if (allowed.indexOf(actual) < 0 && !(actual === 'integer' && allowed.indexOf('number') >= 0)) {
      return fail(walk, path, 'expected ' + allowed.join(' or ') + ', got ' + actual);
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => sameJson(option, value))) {
    return fail(walk, path, 'expected one of ' + JSON.stringify(schema.enum));
  }
  if (hasOwn(schema, 'const') && !sameJson(schema.const, value))
    return fail(walk, path, 'expected ' + JSON.stringify(schema.const));
  let result: unknown = value;
  if (typeof value === 'string') checkString(walk, schema, value, path);
  else if (typeof value === 'number') checkNumber(walk, schema, value, path);
  else if (Array.isArray(value)) result = checkArray(walk, schema, value, path);
  else if (typeof value === 'object' && value !== null)
    result = checkObject(walk, schema, value as { [key: string]: unknown }, path);
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf as JsonSchema[]) result = check(walk, part, result, path);
  }
  const alternatives = (schema.anyOf || schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives))
    result = checkAlternatives(walk, alternatives, result, path, Array.isArray(schema.oneOf));
  return walk.errors.length === errorsBefore ? result : undefined;
};

const checkAlternatives = (
  walk: Walk,
  alternatives: JsonSchema[],
  value: unknown,
  path: string,
  exactlyOne: boolean,
): unknown => {
  let matched: unknown;
  let matches = 0;
  for (const alternative of alternatives) {
    const trial: Walk = { root: walk.root, errors: [], patterns: walk.patterns };
    const checked = check(trial, alternative, value, path);
    if (trial.errors.length === 0) {
      if (matches === 0) matched = checked;
      matches += 1;
    }
  }
  if (matches === 0) return fail(walk, path, 'matches none of the allowed forms');
  if (exactlyOne && matches > 1) return fail(walk, path, 'matches more than one of the allowed forms');
  return matched;
};

const checkString = (walk: Walk, schema: JsonSchema, value: string, path: string): void => {
  const length = codePointLength(value);
  if (typeof schema.minLength === 'number' && length < schema.minLength)
    fail(walk, path, 'shorter than ' + schema.minLength);
  if (typeof schema.maxLength === 'number' && length > schema.maxLength)
    fail(walk, path, 'longer than ' + schema.maxLength);
  if (typeof schema.pattern === 'string') {
    const source = schema.pattern;
    const pattern = walk.patterns[source] || (walk.patterns[source] = new RegExp(source));
    if (!pattern.test(value)) fail(walk, path, 'does not match ' + source);
  }
};

const checkNumber = (walk: Walk, schema: JsonSchema, value: number, path: string): void => {
  if (typeof schema.minimum === 'number' && value < schema.minimum) fail(walk, path, 'less than ' + schema.minimum);
  if (typeof schema.maximum === 'number' && value > schema.maximum) fail(walk, path, 'more than ' + schema.maximum);
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum)
    fail(walk, path, 'not more than ' + schema.exclusiveMinimum);
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum)
    fail(walk, path, 'not less than ' + schema.exclusiveMaximum);
};

const checkArray = (walk: Walk, schema: JsonSchema, value: unknown[], path: string): unknown[] => {
  if (typeof schema.minItems === 'number' && value.length < schema.minItems)
    fail(walk, path, 'fewer than ' + schema.minItems + ' items');
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
    fail(walk, path, 'more than ' + schema.maxItems + ' items');
  const items = schema.items as JsonSchema | undefined;
  const copy: unknown[] = [];
  for (let i = 0; i < value.length; i += 1)
    copy.push(items ? check(walk, items, value[i], path + '[' + i + ']') : value[i]);
  return copy;
};

const checkObject = (
  walk: Walk,
  schema: JsonSchema,
  value: { [key: string]: unknown },
  path: string,
): { [key: string]: unknown } => {
  const properties = (schema.properties || {}) as { [name: string]: JsonSchema };
  const required = (schema.required || []) as string[];
  const copy: { [key: string]: unknown } = {};
  for (const name of required) {
    if (!hasOwn(value, name) && !(hasOwn(properties, name) && hasOwn(properties[name] as JsonSchema, 'default')))
      fail(walk, path + '.' + name, 'is required');
  }
  for (const name in properties) {
    if (!hasOwn(properties, name)) continue;
    const property = properties[name] as JsonSchema;
    if (hasOwn(value, name)) copy[name] = check(walk, property, value[name], path + '.' + name);
    else if (hasOwn(property, 'default')) copy[name] = JSON.parse(JSON.stringify(property.default));
  }
  for (const name in value) {
    if (!hasOwn(value, name) || hasOwn(properties, name)) continue;
    if (schema.propertyNames) check(walk, schema.propertyNames as JsonSchema, name, path + '{' + name + '}');
    if (schema.additionalProperties === false) fail(walk, path + '.' + name, 'is not allowed');
    else if (typeof schema.additionalProperties === 'object' && schema.additionalProperties !== null) {
      copy[name] = check(walk, schema.additionalProperties as JsonSchema, value[name], path + '.' + name);
    } else copy[name] = value[name];
  }
  return copy;
};

/**
 * Checks a parsed JSON value against a JSON Schema generated from one of core-client's zod
 * schemas, without zod: for hosts whose engine cannot run zod (ServiceNow before Zurich). It
 * enforces every keyword `z.toJSONSchema` writes for our contract, fills in `default`s as zod's
 * parse does, and throws `TypeError` on a keyword it does not know rather than skip it.
 */
export const checkJsonSchema = (schema: JsonSchema, value: unknown): JsonSchemaCheck => {
  const walk: Walk = { root: schema, errors: [], patterns: {} };
  const checked = check(walk, schema, value, '');
  return walk.errors.length === 0 ? { valid: true, value: checked } : { valid: false, errors: walk.errors };
};
