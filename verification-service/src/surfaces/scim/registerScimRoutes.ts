import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ScimPatchRequest, problemStatus } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Authenticate } from '../api/registerApiRoutes';
import { hasScope } from '../../infrastructure/http/hasScope';
import { addJsonParser } from '../../infrastructure/http/addJsonParser';
import { ProblemError } from '../../kernel/ProblemError';
import { unstorable, unstorableTextErrors } from '../../infrastructure/http/unstorableText';
import { ScimError } from './ScimError';
import { applyScimPatch } from './applyScimPatch';
import { deprovisionScimEmployee } from './deprovisionScimEmployee';
import { employeeToScimUser } from './employeeToScimUser';
import { findScimEmployee } from './findScimEmployee';
import { listResponse } from './listResponse';
import { listScimEmployees } from './listScimEmployees';
import { scimDiscovery } from './scimDiscovery';
import { writeScimEmployee } from './writeScimEmployee';

const SCIM_JSON = 'application/scim+json';
const MAX_COUNT = 200;
/** The largest startIndex read exactly (a JavaScript number; PostgreSQL's OFFSET is a bigint). */
const MAX_START_INDEX = Number.MAX_SAFE_INTEGER;

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The organisation of the Bearer API key; SCIM needs the admin scope. */
async function orgOf(request: FastifyRequest, authenticate: Authenticate): Promise<string> {
  const match = /^Bearer ([\x21-\x7e]{1,200})$/.exec(request.headers.authorization ?? '');
  const caller = match?.[1] ? await authenticate(match[1]) : null;
  if (!caller) throw new ScimError(401, 'Send an API key as "Authorization: Bearer <key>"');
  if (!hasScope(caller.scopes, 'admin')) throw new ScimError(403, 'This API key lacks the "admin" scope');
  return caller.orgId;
}

function bodyOf(request: FastifyRequest): Record<string, unknown> {
  if (!isObject(request.body)) throw new ScimError(400, 'The body must be a JSON object', 'invalidSyntax');
  return request.body;
}

/**
 * The input guards of `/v1`, answered in SCIM's error format: a path id or query value, or any string
 * or key of the body, that PostgreSQL cannot store (NUL, unpaired surrogates) is a 400 invalidValue.
 */
function refuseUnstorableText(request: FastifyRequest): void {
  for (const [where, values] of [
    ['path', request.params],
    ['query', request.query],
  ] as const) {
    for (const [name, value] of Object.entries((values ?? {}) as Record<string, unknown>)) {
      const why = typeof value === 'string' ? unstorable(value) : null;
      if (why)
        throw new ScimError(
          400,
          `The ${where} parameter ${name} ${why}`,
          name === 'filter' ? 'invalidFilter' : 'invalidValue',
        );
    }
  }
  const [first] = unstorableTextErrors(request.body, []);
  if (first)
    throw new ScimError(
      400,
      `The body at ${first.path.length > 0 ? first.path.join('.') : '(top)'} ${first.message}`,
      'invalidValue',
    );
}

/** A whole number from the query (lenient like Okta and Entra expect: junk reads as `fallback`), or a 400 beyond what is read exactly. */
function queryNumber(text: string | undefined, name: string, fallback: number): number {
  const value = Number.parseInt(text ?? String(fallback), 10);
  if (!Number.isFinite(value)) return fallback;
  if (value > MAX_START_INDEX) throw new ScimError(400, `${name} must be at most ${MAX_START_INDEX}`, 'invalidValue');
  return value;
}

/** A problem from the shared HTTP layer (body parsers, headers) as a SCIM error: a bad body is invalidSyntax. */
function scimErrorOf(error: ProblemError): ScimError {
  const status = problemStatus[error.code];
  if (error.code === 'validation_error' || error.code === 'malformed_request')
    return new ScimError(400, error.detail, 'invalidSyntax');
  return new ScimError(status, error.detail);
}

const send = (reply: FastifyReply, status: number, body: unknown) =>
  reply.code(status).header('content-type', SCIM_JSON).header('cache-control', 'no-store').send(JSON.stringify(body));

/**
 * SCIM 2.0 (RFC 7643/7644) under `/scim/v2`, so Okta and Entra ID can provision and deprovision
 * employees: discovery, Users search (filter, startIndex, count), get, create, replace, PATCH and
 * DELETE (disables, keeps history). Bodies are read as `application/scim+json` or JSON; answers
 * and errors are `application/scim+json` with the SCIM error schema.
 */
export function registerScimRoutes(
  app: FastifyInstance,
  deps: AppContext,
  options: { authenticate: Authenticate },
): void {
  void app.register(
    async (scim) => {
      // The same depth-limited JSON parser as /v1, for SCIM's media type too (application/json is inherited).
      addJsonParser(scim, SCIM_JSON);
      scim.addHook('preValidation', async (request) => refuseUnstorableText(request));
      scim.setErrorHandler((error: Error, request, reply) => {
        if (error instanceof ScimError) return send(reply, error.status, error.toBody());
        if (error instanceof ProblemError) {
          const scimError = scimErrorOf(error);
          return send(reply, scimError.status, scimError.toBody());
        }
        const status = (error as { statusCode?: number }).statusCode;
        if (status && status >= 400 && status < 500)
          return send(
            reply,
            status,
            new ScimError(status, error.message, status === 400 ? 'invalidSyntax' : undefined).toBody(),
          );
        request.log.error({ err: error }, 'unhandled SCIM error');
        return send(
          reply,
          500,
          new ScimError(500, `Something went wrong on our side; quote request id ${request.id}`).toBody(),
        );
      });
      const base = deps.config.publicUrl;
      const discovery = scimDiscovery(base);
      const user = (row: Parameters<typeof employeeToScimUser>[0]) => employeeToScimUser(row, base);

      scim.get(
        '/ServiceProviderConfig',
        async (request, reply) => (
          await orgOf(request, options.authenticate),
          send(reply, 200, discovery.serviceProviderConfig)
        ),
      );
      scim.get(
        '/ResourceTypes',
        async (request, reply) => (
          await orgOf(request, options.authenticate),
          send(reply, 200, listResponse(discovery.resourceTypes, 1))
        ),
      );
      scim.get(
        '/Schemas',
        async (request, reply) => (
          await orgOf(request, options.authenticate),
          send(reply, 200, listResponse(discovery.schemas, discovery.schemas.length))
        ),
      );

      scim.get('/Users', async (request: FastifyRequest<{ Querystring: Record<string, string> }>, reply) => {
        const orgId = await orgOf(request, options.authenticate);
        const startIndex = Math.max(1, queryNumber(request.query.startIndex, 'startIndex', 1));
        const count = Math.min(MAX_COUNT, Math.max(0, Number.parseInt(request.query.count ?? '100', 10) || 0));
        const { total, rows } = await listScimEmployees(deps, {
          orgId,
          query: { filter: request.query.filter, startIndex, count },
        });
        return send(reply, 200, listResponse(rows.map(user), total, startIndex));
      });
      scim.get('/Users/:id', async (request: IdRequest, reply) => {
        const orgId = await orgOf(request, options.authenticate);
        const row = await findScimEmployee(deps, { orgId, id: request.params.id });
        if (!row) throw new ScimError(404, `User ${request.params.id} not found`);
        return send(reply, 200, user(row));
      });
      scim.post('/Users', async (request, reply) => {
        const orgId = await orgOf(request, options.authenticate);
        const doc = bodyOf(request);
        const row = await deps.db.transaction((tx) => writeScimEmployee(deps, { tx, orgId, id: null, doc }));
        return send(reply.header('location', `${base}/scim/v2/Users/${row.id}`), 201, user(row));
      });
      scim.put('/Users/:id', async (request: IdRequest, reply) => {
        const orgId = await orgOf(request, options.authenticate);
        const doc = bodyOf(request);
        const row = await deps.db.transaction(async (tx) => {
          if (!(await findScimEmployee(deps, { tx, orgId, id: request.params.id, forUpdate: true })))
            throw new ScimError(404, `User ${request.params.id} not found`);
          return writeScimEmployee(deps, { tx, orgId, id: request.params.id, doc });
        });
        return send(reply, 200, user(row));
      });
      scim.patch('/Users/:id', async (request: IdRequest, reply) => {
        const orgId = await orgOf(request, options.authenticate);
        const patch = ScimPatchRequest.safeParse(bodyOf(request));
        if (!patch.success)
          throw new ScimError(
            400,
            `Not a PatchOp: ${patch.error.issues[0]?.path.join('.')} ${patch.error.issues[0]?.message}`,
            'invalidSyntax',
          );
        const row = await deps.db.transaction(async (tx) => {
          const current = await findScimEmployee(deps, { tx, orgId, id: request.params.id, forUpdate: true });
          if (!current) throw new ScimError(404, `User ${request.params.id} not found`);
          const doc = applyScimPatch(user(current), patch.data.Operations);
          return writeScimEmployee(deps, { tx, orgId, id: current.id, doc });
        });
        return send(reply, 200, user(row));
      });
      scim.delete('/Users/:id', async (request: IdRequest, reply) => {
        const orgId = await orgOf(request, options.authenticate);
        if (!(await deprovisionScimEmployee(deps, { orgId, id: request.params.id })))
          throw new ScimError(404, `User ${request.params.id} not found`);
        return reply.code(204).header('cache-control', 'no-store').send();
      });
    },
    { prefix: '/scim/v2' },
  );
}
