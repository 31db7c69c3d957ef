import { unstorable } from '../../infrastructure/http/unstorableText';
import { ScimError } from './ScimError';

/** A value filter inside brackets: only `attr eq value`, what Okta and Entra ID send. */
export interface ScimValueFilter {
  attribute: string;
  value: string | boolean | number | null;
}

/** A PATCH path split into its parts: `[urn:]attr[filter].sub`. */
export interface ScimPath {
  /** The extension schema URN the attribute lives under (not the core User schema), or null. */
  schema: string | null;
  attribute: string;
  filter: ScimValueFilter | null;
  subAttribute: string | null;
}

const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:user';
const PATH = /^([A-Za-z][\w$-]*)(?:\[(.+)\])?(?:\.([A-Za-z][\w$-]*))?$/;
const FILTER = /^\s*([A-Za-z][\w.$-]*)\s+eq\s+(?:"((?:[^"\\]|\\.)*)"|(true|false|null|-?\d+(?:\.\d+)?))\s*$/i;

/** The string inside a filter's quotes, its JSON escapes read; one that is not JSON, or not storable, is an invalidFilter error. */
function quotedValue(quoted: string): string {
  let value: string;
  try {
    value = JSON.parse(`"${quoted}"`) as string;
  } catch {
    throw new ScimError(400, `The filter value "${quoted.slice(0, 200)}" is not a valid JSON string`, 'invalidFilter');
  }
  const why = unstorable(value);
  if (why) throw new ScimError(400, `The filter value ${why}`, 'invalidFilter');
  return value;
}

/** Parses a `attr eq "value"` filter; anything else is an invalidFilter error. */
export function parseScimValueFilter(text: string): ScimValueFilter {
  const match = FILTER.exec(text);
  if (!match)
    throw new ScimError(400, `Unsupported filter: ${text.slice(0, 200)} (only "attribute eq value")`, 'invalidFilter');
  const [, attribute, quoted, bare] = match;
  if (quoted !== undefined) return { attribute: attribute!, value: quotedValue(quoted) };
  const lower = bare!.toLowerCase();
  return {
    attribute: attribute!,
    value: lower === 'true' ? true : lower === 'false' ? false : lower === 'null' ? null : Number(bare),
  };
}

/**
 * Parses a SCIM attribute path (RFC 7644 §3.5.2): `active`, `name.givenName`,
 * `emails[type eq "work"].value`, `urn:…:enterprise:2.0:User:manager`.
 */
export function parseScimPath(path: string): ScimPath {
  let schema: string | null = null;
  let rest = path.trim();
  if (/^urn:/i.test(rest)) {
    const bracket = rest.indexOf('[');
    const colon = rest.lastIndexOf(':', bracket === -1 ? rest.length : bracket);
    schema = rest.slice(0, colon);
    rest = rest.slice(colon + 1);
    if (schema.toLowerCase() === CORE_USER) schema = null;
  }
  const match = PATH.exec(rest);
  if (!match) throw new ScimError(400, `Unsupported path: ${path.slice(0, 200)}`, 'invalidPath');
  return {
    schema,
    attribute: match[1]!,
    filter: match[2] ? parseScimValueFilter(match[2]) : null,
    subAttribute: match[3] ?? null,
  };
}
