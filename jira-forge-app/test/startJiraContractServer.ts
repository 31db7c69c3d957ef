import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadJiraContract, type ContractOperation } from './jiraContract';

/** An issue the fake site holds. */
export interface FakeIssue {
  id: string;
  key: string;
  summary: string;
  projectTypeKey: 'service_desk' | 'software' | 'business';
  reporter: { accountId: string; displayName: string; emailAddress?: string } | null;
  /**
   * The JSM request type; null for an issue of a service project created without one (through the platform
   * API, an import, a move), which the servicedesk API does not know as a customer request.
   */
  requestTypeId: string | null;
  properties: Map<string, unknown>;
  /** Platform comments (ADF bodies), with their comment properties and whether JSM shows them to the customer. */
  comments: { id: string; body: unknown; principal: string; properties: Map<string, unknown>; jsdPublic: boolean }[];
  /** JSM request comments. */
  requestComments: { id: string; body: string; public: boolean; principal: string }[];
}

/** One request the server accepted or refused. */
export interface RecordedCall {
  operationId: string | null;
  method: string;
  path: string;
  principal: string | null;
  status: number;
  scopes: string[];
}

const USERS: Record<string, { accountId: string; displayName: string; emailAddress: string }> = {
  'user-token': { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Alex Agent', emailAddress: 'alex@acme.example' },
};

/** The comment property that makes a platform comment on a service project internal (agents only). */
const SD_PUBLIC_COMMENT = 'sd.public.comment';

/**
 * A local Jira Cloud site on 127.0.0.1 that enforces the contract of the calls the app makes: the operation
 * must exist in the platform OpenAPI document or the JSM subset copied from Atlassian's published document,
 * with its method, declared query parameters only, a Bearer token, a JSON body that validates against the
 * operation's schema, and ADF comment bodies that validate against the published ADF schema. Anything else
 * is a 4xx and a recorded violation. Holds issues, comments, request comments and issue properties in memory.
 *
 * Behaviour the documents state in prose is enforced too: the servicedesk API answers 404 for an issue
 * that is not a customer request (no request type) and 400 without `public`; entity properties need `key`
 * and `value`; a platform comment is public in JSM (`jsdPublic` is read-only and defaults to true) unless
 * it carries the `sd.public.comment` property `{ internal: true }`.
 */
export async function startJiraContractServer() {
  const { operations, validateAdf } = loadJiraContract();
  const issues = new Map<string, FakeIssue>();
  const calls: RecordedCall[] = [];
  const violations: string[] = [];
  const failures = new Map<string, number>();
  let nextId = 10000;

  const find = (key: string): FakeIssue | undefined =>
    issues.get(key) ?? [...issues.values()].find((i) => i.id === key);

  const handle = (req: IncomingMessage, raw: string, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://jira.local');
    const method = req.method ?? 'GET';
    const send = (status: number, body?: unknown, operation?: ContractOperation, violation?: string) => {
      if (violation) violations.push(`${method} ${url.pathname}: ${violation}`);
      calls.push({
        operationId: operation?.operationId ?? null,
        method,
        path: url.pathname + url.search,
        principal: principalOf(req),
        status,
        scopes: operation?.scopes ?? [],
      });
      res.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    const candidates = operations
      .filter((op) => op.pattern.test(url.pathname))
      .sort((a, b) => a.pathParams.length - b.pathParams.length);
    if (candidates.length === 0)
      return send(404, { errorMessages: ['No such operation in the Jira REST contract'] }, undefined, 'unknown path');
    const operation = candidates.find((op) => op.method === method);
    if (!operation)
      return send(405, { errorMessages: [`${method} is not allowed here`] }, undefined, 'method not in contract');
    const principal = principalOf(req);
    if (!principal) return send(401, { errorMessages: ['Authentication required'] }, operation, 'no Bearer token');
    for (const name of url.searchParams.keys()) {
      if (!operation.query.has(name))
        return send(
          400,
          { errorMessages: [`Unknown query parameter ${name}`] },
          operation,
          `undeclared query parameter ${name}`,
        );
    }
    for (const [name, required] of operation.query) {
      if (required && !url.searchParams.has(name))
        return send(400, { errorMessages: [`${name} is required`] }, operation, `missing query ${name}`);
    }
    let body: unknown;
    if (raw !== '') {
      if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
        return send(415, { errorMessages: ['Content-Type must be application/json'] }, operation, 'not JSON');
      try {
        body = JSON.parse(raw);
      } catch {
        return send(400, { errorMessages: ['Malformed JSON'] }, operation, 'malformed JSON');
      }
    }
    if (operation.bodyRequired && body === undefined)
      return send(400, { errorMessages: ['A body is required'] }, operation, 'missing body');
    if (body !== undefined && operation.validateBody && !operation.validateBody(body)) {
      return send(
        400,
        { errorMessages: [JSON.stringify(operation.validateBody.errors)] },
        operation,
        `body does not match the schema: ${JSON.stringify(operation.validateBody.errors)}`,
      );
    }
    const failing = failures.get(operation.operationId) ?? 0;
    if (failing > 0) {
      failures.set(operation.operationId, failing - 1);
      return send(503, { errorMessages: ['Injected failure'] }, operation);
    }
    const params = Object.fromEntries(
      operation.pathParams.map((name, i) => [name, decodeURIComponent(operation.pattern.exec(url.pathname)![i + 1]!)]),
    );
    const issue = params.issueIdOrKey === undefined ? undefined : find(params.issueIdOrKey);
    switch (operation.operationId) {
      case 'getCurrentUser': {
        const user = USERS[principal];
        return user
          ? send(200, { ...user, accountType: 'atlassian', active: true }, operation)
          : send(401, { errorMessages: ['Not a user token'] }, operation, 'getCurrentUser as the app');
      }
      case 'getIssue':
        if (!issue)
          return send(
            404,
            { errorMessages: ['Issue does not exist or you do not have permission to see it.'] },
            operation,
          );
        return send(
          200,
          {
            id: issue.id,
            key: issue.key,
            fields: {
              summary: issue.summary,
              project: { key: issue.key.split('-')[0], projectTypeKey: issue.projectTypeKey },
              reporter: issue.reporter,
            },
          },
          operation,
        );
      case 'addComment': {
        if (!issue) return send(404, { errorMessages: ['Issue does not exist'] }, operation);
        const comment = body as { body?: unknown; properties?: { key?: string; value?: unknown }[] };
        if (!validateAdf(comment.body))
          return send(
            400,
            { errorMessages: ['Comment body is not valid ADF'] },
            operation,
            `ADF invalid: ${JSON.stringify(validateAdf.errors?.slice(0, 3))}`,
          );
        // EntityProperty: "key … Required on create and update", "value … Required on create and update".
        const properties = comment.properties ?? [];
        if (properties.some((p) => typeof p.key !== 'string' || p.key === '' || p.value === undefined)) {
          return send(
            400,
            { errorMessages: ['A comment property needs a key and a value'] },
            operation,
            'comment property without key or value',
          );
        }
        const byKey = new Map(properties.map((p) => [p.key!, p.value]));
        const visibility = byKey.get(SD_PUBLIC_COMMENT) as { internal?: unknown } | undefined;
        const id = String(nextId++);
        issue.comments.push({
          id,
          body: comment.body,
          principal,
          properties: byKey,
          jsdPublic: visibility?.internal !== true,
        });
        return send(201, { id, body: comment.body, jsdPublic: visibility?.internal !== true }, operation);
      }
      case 'createRequestComment': {
        // "404: Returned if the customer request does not exist": an issue without a request type is not one.
        if (!issue || issue.projectTypeKey !== 'service_desk' || issue.requestTypeId === null) {
          return send(404, { errorMessage: 'The request does not exist' }, operation);
        }
        const comment = body as { body?: string; public?: boolean };
        // "400: Returned if the HTTP request is invalid, e.g. missing the required `public`."
        if (typeof comment.public !== 'boolean')
          return send(400, { errorMessage: 'public is required' }, operation, 'request comment without public');
        if (typeof comment.body !== 'string' || comment.body.trim() === '')
          return send(400, { errorMessage: 'The comment body is empty' }, operation, 'request comment without body');
        const id = String(nextId++);
        issue.requestComments.push({ id, body: comment.body, public: comment.public, principal });
        return send(201, { id, body: comment.body, public: comment.public }, operation);
      }
      case 'getIssueProperty': {
        if (!issue) return send(404, { errorMessages: ['Issue does not exist'] }, operation);
        if (!issue.properties.has(params.propertyKey!))
          return send(404, { errorMessages: ['Property not found'] }, operation);
        return send(200, { key: params.propertyKey, value: issue.properties.get(params.propertyKey!) }, operation);
      }
      case 'setIssueProperty': {
        if (!issue) return send(404, { errorMessages: ['Issue does not exist'] }, operation);
        if (raw.length > 32768)
          return send(400, { errorMessages: ['The property value is too large'] }, operation, 'property over 32 KB');
        const existed = issue.properties.has(params.propertyKey!);
        issue.properties.set(params.propertyKey!, body);
        return send(existed ? 200 : 201, undefined, operation);
      }
      default:
        return send(
          501,
          { errorMessages: [`${operation.operationId} is in the contract but this fake site does not implement it`] },
          operation,
          `unimplemented ${operation.operationId}`,
        );
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issues,
    calls,
    violations,
    /** Adds an issue to the site; a service project's issue gets a request type unless `requestTypeId: null` is given. */
    addIssue(issue: Pick<FakeIssue, 'key' | 'projectTypeKey'> & Partial<FakeIssue>): FakeIssue {
      const made: FakeIssue = {
        id: String(nextId++),
        summary: 'Reset my MFA',
        reporter: null,
        requestTypeId: issue.projectTypeKey === 'service_desk' ? '10010' : null,
        properties: new Map(),
        comments: [],
        requestComments: [],
        ...issue,
      };
      issues.set(made.key, made);
      return made;
    },
    /** The next `times` calls of `operationId` answer 503. */
    failNext(operationId: string, times = 1) {
      failures.set(operationId, times);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type JiraContractServer = Awaited<ReturnType<typeof startJiraContractServer>>;

const principalOf = (req: IncomingMessage): string | null => {
  const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
};
