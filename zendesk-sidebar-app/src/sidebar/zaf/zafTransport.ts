import { NetworkError, TimeoutError, type HttpResponse, type Transport } from '@helpdesk-verify/core-client/client';
import type { ZafClient, ZafCompleteResponse, ZafRequestOptions } from './ZafClient';

/**
 * The API key as the sidebar knows it: ZAF's placeholder for the secure setting `api_key`.
 * Zendesk's proxy replaces it server-side, and only for `secure: true` requests to a domain of the
 * manifest's `domainWhitelist`; the key itself never reaches the browser.
 */
export const SECURE_API_KEY = '{{setting.api_key}}';

/**
 * A core-client {@link Transport} over ZAF's `client.request`: every call goes through Zendesk's
 * proxy with `secure: true` and asks for the complete response, so statuses and problem bodies
 * reach core-client untouched. Build the client with `apiKey: SECURE_API_KEY`.
 */
export const zafTransport =
  (client: Pick<ZafClient, 'request'>): Transport =>
  async (request) => {
    const headers: Record<string, string> = {};
    let contentType: string | undefined;
    for (const [name, value] of Object.entries(request.headers)) {
      if (name.toLowerCase() === 'content-type') contentType = value;
      else headers[name] = value;
    }
    const options: ZafRequestOptions = {
      url: request.url,
      type: request.method,
      headers,
      secure: true,
      cors: false,
      httpCompleteResponse: true,
      dataType: 'text',
      timeout: request.timeoutMs,
    };
    if (request.body !== undefined) {
      options.data = request.body;
      options.contentType = contentType ?? 'application/json';
    }
    let answer: unknown;
    try {
      answer = await client.request(options);
    } catch (failure) {
      if (isCompleteResponse(failure) && failure.status >= 100) return toHttpResponse(failure);
      if (isRecord(failure) && failure.statusText === 'timeout')
        throw new TimeoutError(request.timeoutMs, { cause: failure });
      throw new NetworkError(describe(failure), { cause: failure });
    }
    if (!isCompleteResponse(answer))
      throw new NetworkError('Zendesk answered client.request without a status (is httpCompleteResponse supported?)');
    return toHttpResponse(answer);
  };

const toHttpResponse = (response: ZafCompleteResponse): HttpResponse => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = String(value);
  const body =
    typeof response.responseText === 'string'
      ? response.responseText
      : response.responseJSON === undefined
        ? ''
        : JSON.stringify(response.responseJSON);
  return { status: response.status, headers, body };
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCompleteResponse = (value: unknown): value is ZafCompleteResponse =>
  isRecord(value) && typeof value.status === 'number';

const describe = (failure: unknown): string => {
  if (isRecord(failure)) {
    if (typeof failure.message === 'string') return failure.message;
    if (typeof failure.statusText === 'string' && failure.statusText !== '')
      return `The request through Zendesk failed: ${failure.statusText}`;
  }
  return 'The request through Zendesk failed before the service answered';
};
