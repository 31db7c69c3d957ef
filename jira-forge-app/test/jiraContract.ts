import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

/** An operation of a published Atlassian OpenAPI document (the Jira platform or the JSM subset). */
export interface ContractOperation {
  operationId: string;
  method: string;
  template: string;
  pattern: RegExp;
  pathParams: string[];
  /** Query parameters the operation declares (name → required). */
  query: Map<string, boolean>;
  bodyRequired: boolean;
  validateBody: ValidateFunction | null;
  /** OAuth 2.0 (classic) scopes the operation needs. */
  scopes: string[];
  /** Response statuses the document lists, with their descriptions. */
  responses: Map<string, string>;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Record<string, unknown> }> };
  responses?: Record<string, { description?: string }>;
  'x-atlassian-oauth2-scopes'?: { state: string; scopes: string[] }[];
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

/** The Jira Cloud platform REST API contract, read-only in the shared contracts folder. */
export const JIRA_OPENAPI_PATH = join(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'contracts',
  'jira-platform-openapi.v3.json',
);
/**
 * The Jira Service Management Cloud REST API operations the app calls, copied with their schemas from
 * Atlassian's published document by `scripts/extractJsmContract.js` (never edited by hand).
 */
export const JSM_OPENAPI_SUBSET_PATH = join(__dirname, 'contracts', 'jsm-openapi.subset.json');

const toPattern = (template: string): { pattern: RegExp; params: string[] } => {
  const params: string[] = [];
  const source = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\\?\{([^}]+)\\?\}|\{([^}]+)\}/g, (_m, a: string, b: string) => {
      params.push(a ?? b);
      return '([^/]+)';
    });
  return { pattern: new RegExp(`^${source}$`), params };
};

/** Turns local `#/components/…` references into references into the document registered as `id`. */
const prefixRefs = (id: string, value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((v) => prefixRefs(id, v));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${id}${v}` : prefixRefs(id, v),
    ]),
  );
};

/** Schemas are compiled on first use: the platform document has thousands. */
const lazy = (ajv: Ajv, id: string, schema: Record<string, unknown>): ValidateFunction => {
  let compiled: ValidateFunction | undefined;
  const validate = ((data: unknown) => {
    compiled ??= ajv.compile(prefixRefs(id, schema) as Record<string, unknown>);
    const ok = compiled(data);
    validate.errors = compiled.errors;
    return ok;
  }) as ValidateFunction;
  return validate;
};

const operationsOf = (ajv: Ajv, id: string, path: string): ContractOperation[] => {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
  ajv.addSchema(doc as unknown as Record<string, unknown>, id);
  const operations: ContractOperation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
      const { pattern, params } = toPattern(template);
      const schema = op.requestBody?.content?.['application/json']?.schema;
      operations.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        pattern,
        pathParams: params,
        query: new Map((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p.required === true])),
        bodyRequired: op.requestBody?.required === true,
        validateBody: schema ? lazy(ajv, id, schema) : null,
        scopes: op['x-atlassian-oauth2-scopes']?.find((s) => s.state === 'Current')?.scopes ?? [],
        responses: new Map(Object.entries(op.responses ?? {}).map(([status, r]) => [status, r.description ?? ''])),
      });
    }
  }
  return operations;
};

let cached: { operations: ContractOperation[]; validateAdf: ValidateFunction } | undefined;

/**
 * Loads the published contracts once: every operation of the Jira platform OpenAPI document and of the JSM
 * subset, with path pattern, declared query parameters, request-body schema (ajv over the document's own
 * components), scopes and documented responses; plus the published ADF JSON schema (`@atlaskit/adf-schema`)
 * for comment bodies.
 */
export const loadJiraContract = (): { operations: ContractOperation[]; validateAdf: ValidateFunction } => {
  if (cached) return cached;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: false });
  const operations = [
    ...operationsOf(ajv, 'jira', JIRA_OPENAPI_PATH),
    ...operationsOf(ajv, 'jsm', JSM_OPENAPI_SUBSET_PATH),
  ];
  const adf = {
    ...(JSON.parse(readFileSync(require.resolve('@atlaskit/adf-schema/json-schema/v1/full.json'), 'utf8')) as Record<
      string,
      unknown
    >),
  };
  delete adf.$schema; // draft-04 marker; the keywords it uses are the same in ajv's default draft
  cached = { operations, validateAdf: new Ajv({ strict: false, allErrors: true }).compile(adf) };
  return cached;
};
