import { z } from 'zod';
import { problemType } from '../schemas/problem';
import { ApiError } from './ApiError';
import { InvalidResponseError } from './InvalidResponseError';
import { NetworkError } from './NetworkError';
import { RequestValidationError } from './RequestValidationError';
import { TimeoutError } from './TimeoutError';
import { toHelpdeskVerifyError } from './toHelpdeskVerifyError';

const roundTrip = (error: Error) => toHelpdeskVerifyError(JSON.parse(JSON.stringify(error)));

describe('toHelpdeskVerifyError', () => {
  it('returns our errors unchanged', () => {
    const error = new TimeoutError(100);
    expect(toHelpdeskVerifyError(error)).toBe(error);
  });

  it('rebuilds every error from its JSON form', () => {
    const issues = z.object({ a: z.string() }).safeParse({}).error!.issues;
    const api = roundTrip(ApiError.fromResponse({ status: 404, body: '' }));
    expect(api).toBeInstanceOf(ApiError);
    expect((api as ApiError).status).toBe(404);
    const timeout = roundTrip(new TimeoutError(2500));
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect((timeout as TimeoutError).timeoutMs).toBe(2500);
    const network = roundTrip(new NetworkError('connect ECONNREFUSED'));
    expect(network).toBeInstanceOf(NetworkError);
    expect(network.message).toBe('connect ECONNREFUSED');
    const invalid = roundTrip(new InvalidResponseError({ message: 'bad', status: 200, issues }));
    expect(invalid).toBeInstanceOf(InvalidResponseError);
    expect((invalid as InvalidResponseError).issues).toEqual(issues);
    const request = roundTrip(new RequestValidationError({ part: 'body', issues }));
    expect(request).toBeInstanceOf(RequestValidationError);
    expect((request as RequestValidationError).part).toBe('body');
    expect(request.message).toBe('Invalid request body: a: Invalid input: expected string, received undefined');
  });

  it('turns a problem document into an ApiError', () => {
    const problem = { type: problemType('rate_limited'), title: 'Slow down', status: 429, detail: 'later' };
    const error = toHelpdeskVerifyError(problem);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problemCode).toBe('rate_limited');
  });

  it('turns a ZAF-style HTTP failure into an ApiError', () => {
    const error = toHelpdeskVerifyError({ status: 401, responseText: '{"message":"nope"}', statusText: 'error' });
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.detail).toBe('nope');
  });

  it('wraps anything else in a NetworkError with the cause', () => {
    const cause = new TypeError('fetch failed');
    const error = toHelpdeskVerifyError(cause);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.cause).toBe(cause);
    expect(toHelpdeskVerifyError('boom').message).toBe('boom');
    expect(toHelpdeskVerifyError({ code: 'api_error' })).toBeInstanceOf(NetworkError);
  });
});
