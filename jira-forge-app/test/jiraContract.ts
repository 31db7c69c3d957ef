import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';

/** An operation of the Jira Cloud platform OpenAPI document (or the one JSM operation the app calls). */
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
}

interface OpenApiOperation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Record<string, unknown> }> };
  'x-atlassian-oauth2-scopes'?: { state: string; scopes: string[] }[];
}

/** The Jira Cloud platform REST API contract (`../shared/contracts/jira-platform-openapi.v3.json`). */
export const JIRA_OPENAPI_PATH = join(__dirname, '..', '..', '..', 'shared', 'contracts', 'jira-platform-openapi.v3.json');

const toPattern = (template: string): { pattern: RegExp; params: string[] } => {
  const params: string[] = [];
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}|\{([^}]+)\}/g, (_m, a: string, b: string) => {
    params.push(a ?? b);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), params };
};

let cached: { operations: ContractOperation[]; validateAdf: ValidateFunction } | undefined;

/**
 * Loads the OpenAPI document once and compiles, per operation, its path pattern, its declared query
 * parameters, its request-body schema (ajv over the document's own components) and its scopes; plus the
 * published ADF JSON schema (`@atlaskit/adf-schema`) for comment bodies.
 */
export const loadJiraContract = (): { operations: ContractOperation[]; validateAdf: ValidateFunction } => {
  if (cached) return cached;
  const doc = JSON.parse(readFileSync(JIRA_OPENAPI_PATH, 'utf8')) as { paths: Record<string, Record<string, OpenApiOperation>> };
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, validateFormats: false });
  ajv.addSchema(doc, 'jira');
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
        // Schemas are compiled lazily, on first use: the document has thousands.
        validateBody: schema ? lazy(ajv, schema) : null,
        scopes: op['x-atlassian-oauth2-scopes']?.find((s) => s.state === 'Current')?.scopes ?? [],
      });
    }
  }
  // Jira Service Management: POST /rest/servicedeskapi/request/{issueIdOrKey}/comment (CommentCreateDTO),
  // from the JSM Cloud REST reference; not part of the platform document.
  const jsm = toPattern('/rest/servicedeskapi/request/{issueIdOrKey}/comment');
  operations.push({
    operationId: 'createRequestComment',
    method: 'POST',
    template: '/rest/servicedeskapi/request/{issueIdOrKey}/comment',
    pattern: jsm.pattern,
    pathParams: jsm.params,
    query: new Map(),
    bodyRequired: true,
    validateBody: ajv.compile({
      type: 'object',
      required: ['body', 'public'],
      additionalProperties: false,
      properties: { body: { type: 'string', minLength: 1, maxLength: 32767 }, public: { type: 'boolean' } },
    }),
    scopes: ['write:servicedesk-request'],
  });
  const adf = { ...(JSON.parse(readFileSync(require.resolve('@atlaskit/adf-schema/json-schema/v1/full.json'), 'utf8')) as Record<string, unknown>) };
  delete adf.$schema; // draft-04 marker; the keywords it uses are the same in ajv's default draft
  cached = { operations, validateAdf: new Ajv({ strict: false, allErrors: true }).compile(adf) };
  return cached;
};

const lazy = (ajv: Ajv, schema: Record<string, unknown>): ValidateFunction => {
  let compiled: ValidateFunction | undefined;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `jira${v}` : rewrite(v)]));
  };
  const validate = ((data: unknown) => {
    compiled ??= ajv.compile(rewrite(schema) as Record<string, unknown>);
    const ok = compiled(data);
    validate.errors = compiled.errors;
    return ok;
  }) as ValidateFunction;
  return validate;
};
