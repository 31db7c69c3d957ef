import type { Endpoint } from '../api/endpoint';
import type { EndpointOutput } from '../api/EndpointInput';
import { ApiError } from '../errors/ApiError';
import { InvalidResponseError } from '../errors/InvalidResponseError';
import type { HttpResponse } from './Transport';

const EXCERPT_LENGTH = 200;

/**
 * Turns the response of one endpoint call into its typed data. Pure and synchronous (see `buildRequest`).
 * Throws an {@link ApiError} for any non-2xx status and an {@link InvalidResponseError} when a 2xx
 * body is not JSON or does not match the endpoint's response schema.
 */
export const parseResponse = <E extends Endpoint>(endpoint: E, response: HttpResponse): EndpointOutput<E> => {
  if (response.status < 200 || response.status > 299) throw ApiError.fromResponse(response);
  const operation = `${endpoint.method} ${endpoint.path}`;
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    const excerpt = JSON.stringify(response.body.slice(0, EXCERPT_LENGTH));
    throw new InvalidResponseError({
      message: `${operation} answered ${response.status} with a body that is not JSON: ${excerpt}`,
      status: response.status,
      issues: [],
    });
  }
  const parsed = endpoint.response.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new InvalidResponseError({
      message: `The response of ${operation} does not match its schema: ${where}`,
      status: response.status,
      issues: parsed.error.issues,
    });
  }
  return parsed.data as EndpointOutput<E>;
};
