import type { ServerResponse } from 'node:http';
import { ApiError } from '../errors/ApiError';
import { InvalidResponseError } from '../errors/InvalidResponseError';
import { NetworkError } from '../errors/NetworkError';
import { RequestValidationError } from '../errors/RequestValidationError';
import { TimeoutError } from '../errors/TimeoutError';
import { problemType } from '../schemas/problem';
import { closedPort, startTestServer, type TestServer } from '../../test/startTestServer';
import { passedVerification } from '../../test/fixtures';
import { createClient } from './createClient';
import type { ClientOptions } from './createClientFor';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang';

describe('createClient against a real HTTP server', () => {
  let server: TestServer;
  let replies: Reply[] = [];
  let sleeps: number[] = [];

  beforeAll(async () => {
    server = await startTestServer((_, response: ServerResponse) => {
      const reply = replies.shift() ?? { status: 200, body: passedVerification };
      if (reply === 'hang') return;
      const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
      response.writeHead(reply.status, { 'Content-Type': 'application/json', ...reply.headers });
      response.end(body);
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    replies = [];
    sleeps = [];
    server.requests.length = 0;
  });

  const client = (overrides: Partial<ClientOptions> = {}) =>
    createClient({
      baseUrl: server.url,
      apiKey: 'hv_test_key',
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
      now: () => Date.parse('2026-11-24T10:00:00Z'),
      ...overrides,
    });
  const problem = (
    status: number,
    code: 'rate_limited' | 'service_unavailable' | 'employee_not_found' | 'internal_error',
  ) => ({
    type: problemType(code),
    title: code,
    status,
    detail: `${code} happened`,
  });
  const createInput = {
    body: {
      link_id: 'lnk_01JLINK0000001',
      employee: { email: 'ada@example.com' },
      ticket: { system: 'zendesk' as const, id: '4242' },
      agent: { name: 'Grace Hopper' },
    },
  };

  it('creates a verification with every header and returns the validated result', async () => {
    replies = [{ status: 201, body: passedVerification }];
    const verification = await client().createVerification({ ...createInput, idempotencyKey: 'idem-1' });
    expect(verification).toEqual(passedVerification);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/v1/verifications' });
    expect(request!.headers).toMatchObject({
      authorization: 'Bearer hv_test_key',
      accept: 'application/json',
      'content-type': 'application/json',
      'idempotency-key': 'idem-1',
      'x-client': 'helpdesk-verify-core-client/0.1.0',
    });
    expect(JSON.parse(request!.body)).toEqual(createInput.body);
  });

  it('gets by id and lists with a query', async () => {
    const verifications = client();
    const one = await verifications.getVerification({ params: { id: passedVerification.id } });
    expect(one.match_code).toBe('K7-Q2');
    replies = [{ status: 200, body: { data: [passedVerification], next_cursor: null } }];
    const page = await verifications.listVerifications({
      query: { status: 'passed', ticket_id: '4242', cursor: undefined },
    });
    expect(page.data).toHaveLength(1);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET /v1/verifications/${passedVerification.id}`,
      'GET /v1/verifications?status=passed&ticket_id=4242',
    ]);
  });

  it('calls endpoints without input', async () => {
    replies = [
      {
        status: 200,
        body: {
          id: 'org_0123456789',
          name: 'Example',
          settings: { face_image_retention_days: 0, verification_retention_days: null },
          created_at: '2026-11-24T10:00:00.000Z',
        },
      },
    ];
    await expect(client().getOrganization()).resolves.toMatchObject({ name: 'Example' });
  });

  it('rejects with an ApiError carrying the problem', async () => {
    replies = [
      {
        status: 422,
        body: problem(422, 'employee_not_found'),
        headers: { 'Content-Type': 'application/problem+json' },
      },
    ];
    const error = await client()
      .createVerification(createInput)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, problemCode: 'employee_not_found' });
    expect(server.requests).toHaveLength(1);
  });

  it('validates the body before sending anything', async () => {
    await expect(client().createVerification({ body: { ...createInput.body, link_id: 'nope' } })).rejects.toThrow(
      RequestValidationError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('rejects with an InvalidResponseError for a response off the schema, without retrying', async () => {
    replies = [{ status: 200, body: { ...passedVerification, status: 'weird' } }];
    await expect(client().getVerification({ params: { id: 'ver_1' } })).rejects.toThrow(InvalidResponseError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a GET on 502/503/504 with full-jitter backoff', async () => {
    replies = [{ status: 502 }, { status: 503 }, { status: 504 }];
    await expect(client().getVerification({ params: { id: 'ver_1' } })).resolves.toMatchObject({
      id: passedVerification.id,
    });
    expect(server.requests).toHaveLength(4);
    expect(sleeps).toEqual([125, 250, 500]);
  });

  it('caps the backoff at maxDelayMs', async () => {
    replies = [{ status: 503 }, { status: 503 }, { status: 503 }];
    await client({ random: () => 0.999, retry: { baseDelayMs: 1000, maxDelayMs: 1500 } }).getVerification({
      params: { id: 'ver_1' },
    });
    expect(sleeps).toEqual([999, 1498, 1498]);
  });

  it('gives up after the configured retries with the last ApiError', async () => {
    replies = [
      { status: 503 },
      { status: 503 },
      { status: 503 },
      { status: 503, body: problem(503, 'service_unavailable') },
    ];
    const error = await client()
      .getVerification({ params: { id: 'ver_1' } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, problemCode: 'service_unavailable' });
    expect(server.requests).toHaveLength(4);
  });

  it('never sends a POST twice without an Idempotency-Key', async () => {
    replies = [{ status: 503 }];
    await expect(client().createVerification(createInput)).rejects.toThrow(ApiError);
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a POST with an Idempotency-Key, sending the same key', async () => {
    replies = [{ status: 502 }, { status: 201, body: passedVerification }];
    await expect(client().createVerification({ ...createInput, idempotencyKey: 'idem-2' })).resolves.toMatchObject({
      status: 'passed',
    });
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['idem-2', 'idem-2']);
  });

  it('does not retry 500 or 4xx other than 429', async () => {
    replies = [{ status: 500, body: problem(500, 'internal_error') }];
    await expect(client().getVerification({ params: { id: 'ver_1' } })).rejects.toMatchObject({ status: 500 });
    replies = [{ status: 404 }];
    await expect(client().getVerification({ params: { id: 'ver_1' } })).rejects.toMatchObject({ status: 404 });
    expect(server.requests).toHaveLength(2);
  });

  it('honours Retry-After in seconds and as an HTTP date on 429/503', async () => {
    replies = [
      { status: 429, body: problem(429, 'rate_limited'), headers: { 'Retry-After': '2' } },
      { status: 503, headers: { 'Retry-After': 'Tue, 24 Nov 2026 10:00:03 GMT' } },
      { status: 502, headers: { 'Retry-After': '4' } },
    ];
    await client().getVerification({ params: { id: 'ver_1' } });
    expect(sleeps).toEqual([2000, 3000, 500]); // the 502 ignores Retry-After: third backoff, 0.5 × 1000
  });

  it('stops retrying when Retry-After asks for longer than maxDelayMs', async () => {
    replies = [{ status: 429, body: problem(429, 'rate_limited'), headers: { 'Retry-After': '60' } }];
    await expect(client().getVerification({ params: { id: 'ver_1' } })).rejects.toMatchObject({
      problemCode: 'rate_limited',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('retries timeouts, then rejects with a TimeoutError', async () => {
    replies = ['hang', 'hang'];
    const error = await client({ timeoutMs: 100, retry: { retries: 1 } })
      .getVerification({ params: { id: 'ver_1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([125]);
  });

  it('retries refused connections, then rejects with a NetworkError', async () => {
    const port = await closedPort();
    const refused = client({ baseUrl: `http://127.0.0.1:${port}` });
    await expect(refused.listLinks()).rejects.toThrow(NetworkError);
    expect(sleeps).toEqual([125, 250, 500]);
    await expect(refused.createLink({ body: { name: 'x', proofs: [{ type: 'email_possession' }] } })).rejects.toThrow(
      NetworkError,
    );
    expect(sleeps).toHaveLength(3);
  });

  it('refuses bad options', () => {
    expect(() => createClient({ baseUrl: 'verify.example.com', apiKey: 'k' })).toThrow(TypeError);
    expect(() => createClient({ baseUrl: 'https://verify.example.com', apiKey: ' ' })).toThrow(TypeError);
  });
});

// Method types come from the endpoint table (checked by `npm run typecheck`).
export const typeChecks = async () => {
  const api = createClient({ baseUrl: 'https://x.example', apiKey: 'k' });
  const verification = await api.getVerification({ params: { id: 'ver_1' } });
  const status: 'pending' | 'opened' | 'passed' | 'failed' | 'expired' | 'cancelled' = verification.status;
  // @ts-expect-error getVerification needs params
  await api.getVerification();
  // @ts-expect-error createVerification needs a body
  await api.createVerification({ idempotencyKey: 'k' });
  // @ts-expect-error no such endpoint
  await api.deleteEverything();
  const page = await api.listWebhookDeliveries({ params: { id: 'whk_1' }, query: { status: 'failed' } });
  const next: string | null = page.next_cursor;
  return [status, next];
};
