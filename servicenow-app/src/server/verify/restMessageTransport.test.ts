import { restMessageTransport, type RestMessageLike, type RestResponseLike } from './restMessageTransport';

const answering =
  (response: Partial<RestResponseLike>, calls: string[] = []): (() => RestMessageLike) =>
  () => ({
    setHttpMethod: (m) => calls.push(`method ${m}`),
    setEndpoint: (u) => calls.push(`endpoint ${u}`),
    setRequestHeader: (n, v) => calls.push(`header ${n}: ${v}`),
    setRequestBody: (b) => calls.push(`body ${b}`),
    setHttpTimeout: (t) => calls.push(`timeout ${t}`),
    execute: () => ({
      getStatusCode: () => 0,
      getBody: () => '',
      getHeaders: () => ({}),
      haveError: () => false,
      getErrorCode: () => 0,
      getErrorMessage: () => '',
      ...response,
    }),
  });

const request = {
  method: 'POST' as const,
  url: 'https://verify.example.com/v1/verifications',
  headers: { Authorization: 'Bearer k' },
  body: '{}',
  timeoutMs: 5000,
};

describe('restMessageTransport', () => {
  it('drives RESTMessageV2 and returns any status with lower-case headers', () => {
    const calls: string[] = [];
    const send = restMessageTransport(
      answering(
        {
          getStatusCode: () => 422,
          getBody: () => '{"x":1}',
          getHeaders: () => ({ 'Content-Type': 'application/problem+json' }),
          haveError: () => true,
        },
        calls,
      ),
    );
    expect(send(request)).toEqual({
      answered: true,
      response: { status: 422, headers: { 'content-type': 'application/problem+json' }, body: '{"x":1}' },
    });
    expect(calls).toEqual([
      'method post',
      `endpoint ${request.url}`,
      'header Authorization: Bearer k',
      'body {}',
      'timeout 5000',
    ]);
  });

  it('says whether it timed out when no HTTP answer came', () => {
    expect(
      restMessageTransport(
        answering({ haveError: () => true, getErrorCode: () => 1, getErrorMessage: () => 'Connection refused' }),
      )(request),
    ).toEqual({
      answered: false,
      timedOut: false,
      message: `No answer from ${request.url}: Connection refused (code 1)`,
    });
    expect(
      restMessageTransport(answering({ haveError: () => true, getErrorMessage: () => 'Request timed out' }))(request),
    ).toMatchObject({ answered: false, timedOut: true });
  });
});
