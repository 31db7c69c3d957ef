import api, { fetch, webTrigger } from '@forge/api';
import { kvs } from '@forge/kvs';
import type { FetchLike } from '@helpdesk-verify/core-client/client';
import type { AppDeps } from '../AppDeps';
import { deployedEgressOrigins } from './deployedEgressOrigins';

/** The real Forge edges: `@forge/api` (Jira as app / as user, egress fetch), `@forge/kvs`, `process.env`, the system clock, the granted egress. */
export const forgeDeps = (): AppDeps => ({
  jira: {
    asApp: (path, init) => api.asApp().requestJira(path, init),
    asUser: (path, init) => api.asUser().requestJira(path, init),
  },
  // @forge/api's fetch is fetch-like; the abort signal is passed through where the runtime supports it.
  fetch: ((url, init) => fetch(url, init)) as FetchLike,
  kvs: {
    get: (key) => kvs.get(key),
    set: (key, value, options) => (options ? kvs.set(key, value, options) : kvs.set(key, value)),
    delete: (key) => kvs.delete(key),
    getSecret: (key) => kvs.getSecret(key),
    setSecret: (key, value) => kvs.setSecret(key, value),
    deleteSecret: (key) => kvs.deleteSecret(key),
  },
  env: process.env,
  now: () => new Date(),
  webTriggerUrl: (moduleKey) => webTrigger.getUrl(moduleKey),
  egressOrigins: deployedEgressOrigins,
});
