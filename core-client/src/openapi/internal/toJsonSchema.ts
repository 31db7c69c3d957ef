import { z } from 'zod';

/** A JSON value as the OpenAPI document holds it. */
export type JsonObject = { [key: string]: unknown };

/**
 * JSON Schema (2020-12, the OpenAPI 3.1 dialect) of a zod schema, ready to embed: no `$schema`,
 * and any `$defs` moved into `components` (their `$ref`s rewritten) so every reference resolves
 * from the document root.
 */
export const toJsonSchema = (
  schema: z.ZodType,
  io: 'input' | 'output',
  components: Record<string, JsonObject>,
): JsonObject => {
  const {
    $schema: _dialect,
    $defs,
    ...rest
  } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonObject;
  if (!$defs) return rest;
  const renames = new Map<string, string>();
  for (const name of Object.keys($defs as JsonObject)) {
    let unique = name;
    for (let n = 2; unique in components; n += 1) unique = `${name}${n}`;
    renames.set(`#/$defs/${name}`, `#/components/schemas/${unique}`);
    components[unique] = {};
  }
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === '$ref' && typeof inner === 'string' ? (renames.get(inner) ?? inner) : rewrite(inner),
      ]),
    );
  };
  for (const [name, definition] of Object.entries($defs as JsonObject)) {
    components[renames.get(`#/$defs/${name}`)!.slice('#/components/schemas/'.length)] = rewrite(
      definition,
    ) as JsonObject;
  }
  return rewrite(rest) as JsonObject;
};
