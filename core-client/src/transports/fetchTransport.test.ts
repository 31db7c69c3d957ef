import nodeFetch from 'node-fetch';
import { NetworkError } from '../errors/NetworkError';
import { TimeoutError } from '../errors/TimeoutError';
import { closedPort, startTestServer, type TestServer } from '../../test/startTestServer';
import { fetchTransport, type FetchLike } from './fetchTransport';

const implementations: [string, FetchLike][] = [
  ['global fetch', globalThis.fetch],
  ['node-fetch@2', nodeFetch],
];

describe.each(implementations)('fetchTransport with %s', (_, fetchFn) => {
  let server: TestServer;
  const transport = fetchTransport(fetchFn);

  beforeAll(async () => {
    server = await startTestServer((request, response) => {
      if (request.url === '/hang') return; // never answers
      if (request.url === '/stall-body') {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.write('{"partial":');
        return; // never ends the body
      }
      response.writeHead(request.url === '/missing' ? 404 : 201, {
        'Content-Type': 'application/json',
        'X-Request-Id': 'req_42',
        'Retry-After': '3',
      });
      response.end(JSON.stringify({ echo: request.body }));
    });
  });
  afterAll(() => server.close());

  it('sends method, headers and body and returns status, lower-case headers and body', async () => {
    const response = await transport({
      method: 'POST',
      url: `${server.url}/v1/things?x=1`,
      headers: { Authorization: 'Bearer k', 'Content-Type': 'application/json', 'Idempotency-Key': 'idem-1' },
      body: '{"a":"é"}',
      timeoutMs: 2000,
    });
    expect(response.status).toBe(201);
    expect(response.headers['x-request-id']).toBe('req_42');
    expect(response.headers['retry-after']).toBe('3');
    expect(Object.keys(response.headers).every((name) => name === name.toLowerCase())).toBe(true);
    expect(JSON.parse(response.body)).toEqual({ echo: '{"a":"é"}' });
    const received = server.requests.at(-1)!;
    expect(received.method).toBe('POST');
    expect(received.url).toBe('/v1/things?x=1');
    expect(received.headers.authorization).toBe('Bearer k');
    expect(received.headers['idempotency-key']).toBe('idem-1');
  });

  it('resolves with non-2xx responses instead of throwing', async () => {
    const response = await transport({ method: 'GET', url: `${server.url}/missing`, headers: {}, timeoutMs: 2000 });
    expect(response.status).toBe(404);
  });

  it('rejects with a TimeoutError when no response arrives in time', async () => {
    const pending = transport({ method: 'GET', url: `${server.url}/hang`, headers: {}, timeoutMs: 150 });
    await expect(pending).rejects.toThrow(TimeoutError);
    await expect(pending).rejects.toMatchObject({ code: 'timeout', timeoutMs: 150 });
  });

  it('rejects with a TimeoutError when the body stalls', async () => {
    const pending = transport({ method: 'GET', url: `${server.url}/stall-body`, headers: {}, timeoutMs: 150 });
    await expect(pending).rejects.toThrow(TimeoutError);
  });

  it('rejects with a NetworkError when the connection is refused', async () => {
    const port = await closedPort();
    const pending = transport({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: {}, timeoutMs: 2000 });
    await expect(pending).rejects.toThrow(NetworkError);
    await expect(pending).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('fetchTransport', () => {
  it('times out even when the fetch function ignores the abort signal', async () => {
    const deaf: FetchLike = () => new Promise(() => undefined);
    await expect(
      fetchTransport(deaf)({ method: 'GET', url: 'http://127.0.0.1:1/', headers: {}, timeoutMs: 20 }),
    ).rejects.toThrow(TimeoutError);
  });

  it('refuses to start without a fetch function', () => {
    expect(() => fetchTransport(undefined as unknown as FetchLike)).not.toThrow(); // undefined means "the global fetch"
    expect(() => fetchTransport(null as unknown as FetchLike)).toThrow(TypeError);
  });
});
