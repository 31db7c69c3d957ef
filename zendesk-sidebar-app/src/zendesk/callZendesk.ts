import { authorizationHeader } from './ZendeskAuth';
import type { ZendeskApiOptions } from './ZendeskApiOptions';
import { ZendeskUnavailableError } from './ZendeskUnavailableError';

/** A final answer of Zendesk: 2xx, or a refusal that retrying will not change (400, 404, 409, 422 …). */
export interface ZendeskAnswer {
  status: number;
  /** The parsed JSON body, or null. */
  json: unknown;
  /** The start of the body, for logs and notes. */
  detail: string;
}

const TRANSIENT = (status: number) => status === 429 || status >= 500 || status === 401 || status === 403;

/**
 * One call to the Zendesk Support API with the connector's credentials, JSON in and out, no
 * redirects, a timeout. Resolves with final answers; throws {@link ZendeskUnavailableError} for
 * the transient ones (no answer, timeout, 429, 5xx, 401, 403).
 */
export const callZendesk = async (
  options: ZendeskApiOptions,
  request: { method: 'GET' | 'PUT' | 'DELETE'; path: string; body?: unknown },
): Promise<ZendeskAnswer> => {
  const fetchFn = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetchFn(`${options.baseUrl.replace(/\/+$/, '')}${request.path}`, {
      method: request.method,
      headers: {
        Authorization: authorizationHeader(options.auth),
        Accept: 'application/json',
        ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    throw new ZendeskUnavailableError(
      `Zendesk did not answer ${request.method} ${request.path}: ${error instanceof Error ? error.message : String(error)}`,
      null,
    );
  }
  const text = await response.text().catch(() => '');
  if (TRANSIENT(response.status))
    throw new ZendeskUnavailableError(
      `Zendesk answered ${response.status} to ${request.method} ${request.path}`,
      response.status,
    );
  let json: unknown;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, json, detail: text.slice(0, 300) };
};
