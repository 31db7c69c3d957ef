import { createClient, fetchTransport, type HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';

let csrfToken = '';

/** Set from the session: unsafe calls carry it as `X-CSRF-Token` beside the session cookie. */
export const setCsrfToken = (token: string): void => {
  csrfToken = token;
};

export const csrfHeader = (): Record<string, string> => ({ 'X-CSRF-Token': csrfToken });

/**
 * The public /v1 API, as every integration sees it, authenticated by the console session cookie
 * (no API key ever reaches the browser). One retry only: a person is waiting.
 */
export const api: HelpdeskVerifyClient = createClient({
  baseUrl: window.location.origin,
  apiKey: null,
  retry: { retries: 1 },
  transport: fetchTransport((url, init) =>
    fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: init.method === 'GET' ? init.headers : { ...init.headers, ...csrfHeader() },
    }),
  ),
});
