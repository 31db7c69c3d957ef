import { endpoints } from '../api/endpoints';
import { RequestValidationError } from '../errors/RequestValidationError';
import { buildRequest, CLIENT_ID } from './buildRequest';

const options = { baseUrl: 'https://verify.example.com/', apiKey: 'hv_secret', timeoutMs: 5000 };
const body = {
  link_id: 'lnk_0123456789',
  employee: { email: 'ada@example.com' },
  ticket: { system: 'zendesk', id: '42' },
  agent: { name: 'Grace' },
} as const;

describe('buildRequest', () => {
  it('builds a POST with JSON body, auth, client and idempotency headers', () => {
    const request = buildRequest(endpoints.createVerification, { body, idempotencyKey: 'idem-123' }, options);
    expect(request).toEqual({
      method: 'POST',
      url: 'https://verify.example.com/v1/verifications',
      headers: {
        Authorization: 'Bearer hv_secret',
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'X-Client': CLIENT_ID,
        'Idempotency-Key': 'idem-123',
      },
      body: JSON.stringify(body),
      timeoutMs: 5000,
    });
    expect(CLIENT_ID).toBe('helpdesk-verify-core-client/0.1.0');
  });

  it('sends no Authorization header when the transport authenticates (apiKey null)', () => {
    const request = buildRequest(endpoints.getOrganization, {}, { ...options, apiKey: null });
    expect(request.headers).toEqual({ Accept: 'application/json', 'X-Client': CLIENT_ID });
  });

  it('substitutes and URL-encodes path params', () => {
    const request = buildRequest(
      endpoints.redeliverWebhook,
      { params: { id: 'whk_a/b', delivery_id: 'dlv 1?' } },
      options,
    );
    expect(request.url).toBe(
      'https://verify.example.com/v1/webhook-endpoints/whk_a%2Fb/deliveries/dlv%201%3F/redeliver',
    );
    expect(request.body).toBeUndefined();
    expect(request.headers['Content-Type']).toBeUndefined();
  });

  it('serialises the query, skipping undefined values, and keeps a base path prefix', () => {
    const request = buildRequest(
      endpoints.listVerifications,
      { query: { limit: 10, status: 'passed', ticket_id: 'INC 7&8', cursor: undefined } },
      { ...options, baseUrl: 'https://example.com/helpdesk-verify' },
    );
    expect(request.url).toBe(
      'https://example.com/helpdesk-verify/v1/verifications?limit=10&status=passed&ticket_id=INC%207%268',
    );
    expect(buildRequest(endpoints.listVerifications, {}, options).url).toBe(
      'https://verify.example.com/v1/verifications',
    );
  });

  it('builds calls that take no input at all', () => {
    expect(buildRequest(endpoints.getOrganization, {}, options)).toMatchObject({
      method: 'GET',
      url: 'https://verify.example.com/v1/organization',
    });
  });

  it('defaults an optional body to {}', () => {
    expect(buildRequest(endpoints.cancelVerification, { params: { id: 'ver_0123456789' } }, options).body).toBe('{}');
  });

  it('throws RequestValidationError with issues for an invalid body, params or query', () => {
    const invalid = () => buildRequest(endpoints.createVerification, { body: { ...body, employee: {} } }, options);
    expect(invalid).toThrow(RequestValidationError);
    try {
      invalid();
    } catch (error) {
      expect(error).toMatchObject({ code: 'request_validation', part: 'body' });
      expect((error as RequestValidationError).issues[0]?.path).toEqual(['employee']);
    }
    expect(() => buildRequest(endpoints.getVerification, { params: { id: '' } }, options)).toThrow(
      /Invalid request params: id/,
    );
    expect(() => buildRequest(endpoints.listVerifications, { query: { limit: 500 } }, options)).toThrow(
      /Invalid request query: limit/,
    );
  });

  it('throws TypeError on misuse', () => {
    expect(() =>
      buildRequest(endpoints.getLink, { params: { id: 'lnk_0123456789' }, idempotencyKey: 'k' }, options),
    ).toThrow(/does not accept an Idempotency-Key/);
    expect(() => buildRequest(endpoints.createVerification, { body, idempotencyKey: 'has space' }, options)).toThrow(
      TypeError,
    );
    expect(() => buildRequest(endpoints.getOrganization, { body: {} } as never, options)).toThrow(/takes no body/);
  });
});

// Types derived from the endpoint table (checked by `npm run typecheck`).
export const typeChecks = () => {
  // @ts-expect-error params are required for /{id}
  buildRequest(endpoints.getVerification, {}, options);
  // @ts-expect-error the body is required where it has required fields
  buildRequest(endpoints.createVerification, {}, options);
  // @ts-expect-error unknown query field
  buildRequest(endpoints.listVerifications, { query: { colour: 'red' } }, options);
  // @ts-expect-error no body on GET
  buildRequest(endpoints.getOrganization, { body: {} }, options);
  buildRequest(endpoints.cancelVerification, { params: { id: 'ver_1' }, body: { reason: 'duplicate' } }, options);
};
