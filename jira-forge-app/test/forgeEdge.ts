/**
 * The Forge platform edge for jest: `@forge/api` and `@forge/kvs` are replaced (jest.mock in each test
 * file) by these implementations. `requestJira` goes over real HTTP to the local Jira contract server with
 * an app or user Bearer token; `fetch` is Node's fetch (the service runs on loopback); kvs is in memory with
 * `FAIL_IF_EXISTS` semantics; `getAppContext().permissions` are the manifest's, with its variables
 * substituted as `forge deploy` does (`deployVariables`). The app's own code runs unchanged on top.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestInit, Route } from '@forge/api';
import { parse } from 'yaml';

interface ManifestPermissions {
  scopes: string[];
  external: { fetch: { backend: (string | { address: string })[] } };
}

/** What the tests point the edge at, and the in-memory storage they inspect. */
export const forgeEdge = {
  jiraUrl: '',
  values: new Map<string, unknown>(),
  secrets: new Map<string, unknown>(),
  webTriggerUrl: 'https://00000000-0000-4000-8000-000000000000.hello.atlassian-dev.net/x1/hv-webhook-test',
  /** The shell variables at `forge deploy` (e.g. `HV_SERVICE_ORIGIN`); unset ones take the manifest default. */
  deployVariables: {} as Record<string, string>,
  reset() {
    this.values.clear();
    this.secrets.clear();
    this.deployVariables = {};
  },
};

/** The manifest's permissions as deployed: `${VAR}` replaced by the deploy variable or the declared default. */
export const deployedPermissions = (): ManifestPermissions => {
  const text = readFileSync(join(__dirname, '..', 'manifest.yml'), 'utf8');
  const declared =
    (parse(text) as { environment?: { variables?: ({ key: string; default?: string } | string)[] } }).environment
      ?.variables ?? [];
  const defaults = new Map(declared.map((v) => (typeof v === 'string' ? [v, undefined] : [v.key, v.default])));
  const substituted = text.replace(/\$\{([A-Z0-9_]+)\}/g, (_m, name: string) => {
    if (!defaults.has(name)) throw new Error(`manifest variable ${name} is not declared in environment.variables`);
    const value = forgeEdge.deployVariables[name] ?? defaults.get(name);
    if (value === undefined) throw new Error(`manifest variable ${name} has no value at deploy`);
    return value;
  });
  return (parse(substituted) as { permissions: ManifestPermissions }).permissions;
};

const requestJiraAs =
  (token: string) =>
  (path: Route, init: RequestInit = {}) => {
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
  const api = {
    asApp,
    asUser,
    fetch: (url: string, init?: RequestInit) => fetch(url, init as globalThis.RequestInit),
    requestJira: requestJiraAs('app-token'),
  };
  const getAppContext = () => ({ permissions: deployedPermissions() });
  return { __esModule: true, default: api, ...api, route: actual.route, webTrigger, getAppContext };
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
