import { problemType } from '../schemas/problem';
import { ApiError } from './ApiError';
import { HelpdeskVerifyError } from './HelpdeskVerifyError';

describe('ApiError.fromResponse', () => {
  it('keeps a problem+json body and resolves our problem code', () => {
    const problem = {
      type: problemType('employee_not_found'),
      title: 'Employee not found',
      status: 422,
      detail: 'No employee matches ada@example.com',
      errors: [{ path: ['employee', 'email'], message: 'unknown' }],
      request_id: 'req_1',
    };
    const error = ApiError.fromResponse({ status: 422, body: JSON.stringify(problem) });
    expect(error).toBeInstanceOf(HelpdeskVerifyError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('api_error');
    expect(error.name).toBe('ApiError');
    expect(error.status).toBe(422);
    expect(error.problem).toEqual(problem);
    expect(error.problemCode).toBe('employee_not_found');
    expect(error.message).toBe('422 Employee not found: No employee matches ada@example.com');
  });

  it('leaves problemCode undefined for a foreign problem type', () => {
    const body = JSON.stringify({ type: 'https://example.com/oops', title: 'Oops', status: 400, detail: 'bad' });
    const error = ApiError.fromResponse({ status: 400, body });
    expect(error.problem.type).toBe('https://example.com/oops');
    expect(error.problemCode).toBeUndefined();
  });

  it('makes a synthetic problem from an HTML body', () => {
    const error = ApiError.fromResponse({ status: 502, body: '<html><body>Bad gateway</body></html>' });
    expect(error.problem).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: '<html><body>Bad gateway</body></html>',
    });
    expect(error.problemCode).toBeUndefined();
  });

  it('makes a synthetic problem from an empty body and an unknown status', () => {
    const error = ApiError.fromResponse({ status: 599, body: '' });
    expect(error.problem.title).toBe('HTTP 599');
    expect(error.problem.detail).toBe('The server answered 599 with an empty body');
  });

  it("reads Fastify's default error shape", () => {
    const body = JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Route GET:/v2/x not found' });
    const error = ApiError.fromResponse({ status: 404, body });
    expect(error.problem).toMatchObject({
      type: 'about:blank',
      title: 'Not Found',
      detail: 'Route GET:/v2/x not found',
    });
  });

  it('cuts a long body to an excerpt', () => {
    const error = ApiError.fromResponse({ status: 500, body: 'x'.repeat(5000) });
    expect(error.problem.detail).toHaveLength(200);
  });

  it('serialises to JSON', () => {
    const error = ApiError.fromResponse({ status: 503, body: '' });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'ApiError',
      code: 'api_error',
      message: error.message,
      status: 503,
      problem: error.problem,
    });
  });
});
