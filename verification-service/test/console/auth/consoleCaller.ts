import type { ConsoleSession } from '@helpdesk-verify/core-client/schemas';

/** A signed-in console browser: its cookie header and CSRF token, and fetch that sends both. */
export interface ConsoleCaller {
  cookie: string;
  session: ConsoleSession;
  fetch(
    path: string,
    init?: { method?: string; body?: unknown; csrf?: string | null; headers?: Record<string, string> },
  ): Promise<Response>;
}

/** The `hv_console=…` pair of a response's Set-Cookie, or null. */
export function consoleCookieOf(response: Response): string | null {
  const header = response.headers.getSetCookie().find((c) => c.startsWith('hv_console='));
  return header ? header.split(';')[0]! : null;
}

/** Signs in with a password over HTTP and returns a caller that uses the session like the console does. */
export async function signInWithPasswordOverHttp(
  baseUrl: string,
  email: string,
  password: string,
): Promise<ConsoleCaller> {
  const response = await fetch(`${baseUrl}/console/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = consoleCookieOf(response);
  if (!cookie) throw new Error('no session cookie');
  return consoleCaller(baseUrl, cookie, (await response.json()) as ConsoleSession);
}

export function consoleCaller(baseUrl: string, cookie: string, session: ConsoleSession): ConsoleCaller {
  return {
    cookie,
    session,
    fetch: (path, init = {}) => {
      const csrf = init.csrf === undefined ? session.csrf_token : init.csrf;
      return fetch(`${baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: {
          cookie,
          ...(csrf !== null ? { 'x-csrf-token': csrf } : {}),
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    },
  };
}
