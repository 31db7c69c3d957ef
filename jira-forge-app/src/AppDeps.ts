import type { APIResponse, RequestInit, Route } from '@forge/api';
import type { FetchLike } from '@helpdesk-verify/core-client/client';

/** `requestJira` of `@forge/api` (as the app or as the calling user): a route-tagged request to the site's REST API. */
export type RequestJira = (path: Route, init?: RequestInit) => Promise<APIResponse>;

/** The part of `@forge/kvs` the app uses: plain values and encrypted secrets. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, options?: { keyPolicy: 'OVERRIDE' | 'FAIL_IF_EXISTS' }): Promise<void>;
  delete(key: string): Promise<void>;
  getSecret<T>(key: string): Promise<T | undefined>;
  setSecret<T>(key: string, value: T): Promise<void>;
  deleteSecret(key: string): Promise<void>;
}

/**
 * Every edge the handlers touch, injected so the logic is plain functions: Jira as the app and as the
 * user, the Forge egress fetch and its granted origins, app storage, the Forge environment variables and the clock.
 */
export interface AppDeps {
  jira: { asApp: RequestJira; asUser: RequestJira };
  /** `@forge/api`'s `fetch` (egress limited by the manifest). */
  fetch: FetchLike;
  kvs: KeyValueStore;
  /** `process.env`: `forge variables set --encrypt` values arrive here. */
  env: Readonly<Record<string, string | undefined>>;
  now: () => Date;
  /** `webTrigger.getUrl(moduleKey)` of `@forge/api`: the URL to paste into the service's webhook endpoint. */
  webTriggerUrl: (moduleKey: string) => Promise<string>;
  /** The backend egress entries Forge granted this installation (deploy-time values); null when the runtime does not say. */
  egressOrigins: () => readonly string[] | null;
}
