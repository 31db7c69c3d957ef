/**
 * The Forge platform edge for jest: `@forge/api` and `@forge/kvs` are replaced (jest.mock in each test
 * file) by these implementations. `requestJira` goes over real HTTP to the local Jira contract server with
 * an app or user Bearer token; `fetch` is Node's fetch (the service runs on loopback); kvs is in memory with
 * `FAIL_IF_EXISTS` semantics. The app's own code runs unchanged on top.
 */
import type { RequestInit, Route } from '@forge/api';

/** What the tests point the edge at, and the in-memory storage they inspect. */
export const forgeEdge = {
  jiraUrl: '',
  values: new Map<string, unknown>(),
  secrets: new Map<string, unknown>(),
  webTriggerUrl: 'https://00000000-0000-4000-8000-000000000000.hello.atlassian-dev.net/x1/hv-webhook-test',
  reset() {
    this.values.clear();
    this.secrets.clear();
  },
};

const requestJiraAs = (token: string) => (path: Route, init: RequestInit = {}) => {
  if (forgeEdge.jiraUrl === '') throw new Error('forgeEdge.jiraUrl is not set');
  return fetch(`${forgeEdge.jiraUrl}${path.value}`, {
    ...init,
    headers: { ...(init.headers ?? {}), Authorization: `Bearer ${token}` },
  } as globalThis.RequestInit);
};

/** The `@forge/api` module as the tests see it; `route` is the real one (it escapes path parameters). */
export const mockForgeApi = () => {
  const actual = jest.requireActual<typeof import('@forge/api')>('@forge/api');
  const asApp = () => ({ requestJira: requestJiraAs('app-token') });
  const asUser = () => ({ requestJira: requestJiraAs('user-token') });
  const webTrigger = { getUrl: async () => forgeEdge.webTriggerUrl };
  const api = { asApp, asUser, fetch: (url: string, init?: RequestInit) => fetch(url, init as globalThis.RequestInit), requestJira: requestJiraAs('app-token') };
  return { __esModule: true, default: api, ...api, route: actual.route, webTrigger };
};

/** The `@forge/kvs` module as the tests see it. */
export const mockForgeKvs = () => {
  const kvs = {
    get: async (key: string) => structuredClone(forgeEdge.values.get(key)),
    set: async (key: string, value: unknown, options?: { keyPolicy?: string }) => {
      if (options?.keyPolicy === 'FAIL_IF_EXISTS' && forgeEdge.values.has(key)) {
        throw Object.assign(new Error('Key already exists'), { code: 'KEY_ALREADY_EXISTS' });
      }
      forgeEdge.values.set(key, structuredClone(value));
    },
    delete: async (key: string) => void forgeEdge.values.delete(key),
    getSecret: async (key: string) => structuredClone(forgeEdge.secrets.get(key)),
    setSecret: async (key: string, value: unknown) => void forgeEdge.secrets.set(key, structuredClone(value)),
    deleteSecret: async (key: string) => void forgeEdge.secrets.delete(key),
  };
  return { __esModule: true, default: kvs, kvs };
};
