import { ApiError, createClient, NetworkError, TimeoutError } from '@helpdesk-verify/core-client/client';
import type { ZafRequestOptions } from './ZafClient';
import { SECURE_API_KEY, zafTransport } from './zafTransport';

describe('zafTransport', () => {
  it('sends every call as a secure ZAF request with the secure-setting placeholder and the body as text', async () => {
    const seen: ZafRequestOptions[] = [];
    const transport = zafTransport({
      request: async (options) => {
        seen.push(options);
        return {
          status: 200,
          responseText: JSON.stringify({ data: [], next_cursor: null }),
          headers: { 'Content-Type': 'application/json' },
        };
      },
    });
    const client = createClient({
      baseUrl: 'https://verify.example.com',
      apiKey: SECURE_API_KEY,
      transport,
      retry: { retries: 0 },
    });
    await expect(client.listVerifications({ query: { ticket_system: 'zendesk', ticket_id: '7' } })).resolves.toEqual({
      data: [],
      next_cursor: null,
    });
    expect(seen[0]).toMatchObject({
      url: 'https://verify.example.com/v1/verifications?ticket_system=zendesk&ticket_id=7',
      type: 'GET',
      secure: true,
      httpCompleteResponse: true,
      dataType: 'text',
      headers: expect.objectContaining({ Authorization: 'Bearer {{setting.api_key}}' }),
    });
    expect(seen[0]!.data).toBeUndefined();

    await client
      .cancelVerification({ params: { id: 'ver_0123456789abcdef' }, body: { reason: 'x' } })
      .catch(() => undefined);
    expect(seen[1]).toMatchObject({ type: 'POST', contentType: 'application/json', data: '{"reason":"x"}' });
    expect(Object.keys(seen[1]!.headers!).map((h) => h.toLowerCase())).not.toContain('content-type');
  });

  it('turns a ZAF failure with a status into the service problem, and one without into a network error', async () => {
    const problem = {
      type: 'https://helpdesk-verify.dev/problems/unauthorized',
      title: 'Unauthorized',
      status: 401,
      detail: 'The API key is not valid',
    };
    const unauthorised = createClient({
      baseUrl: 'https://verify.example.com',
      apiKey: SECURE_API_KEY,
      retry: { retries: 0 },
      transport: zafTransport({
        request: () => Promise.reject({ status: 401, responseText: JSON.stringify(problem), headers: {} }),
      }),
    });
    const error = await unauthorised
      .getVerification({ params: { id: 'ver_0123456789abcdef' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401 });

    const down = zafTransport({ request: () => Promise.reject({ status: 0, statusText: 'error', responseText: '' }) });
    await expect(
      down({ method: 'GET', url: 'https://x.example/v1/proofs', headers: {}, timeoutMs: 5 }),
    ).rejects.toBeInstanceOf(NetworkError);
    const slow = zafTransport({ request: () => Promise.reject({ status: 0, statusText: 'timeout' }) });
    await expect(
      slow({ method: 'GET', url: 'https://x.example/v1/proofs', headers: {}, timeoutMs: 5 }),
    ).rejects.toBeInstanceOf(TimeoutError);
  });
});
