/** Options of ZAF's `client.request` that this app uses (jQuery.ajax-like, proxied by Zendesk). */
export interface ZafRequestOptions {
  url: string;
  type: string;
  headers?: Record<string, string>;
  contentType?: string;
  data?: string;
  dataType?: 'text' | 'json';
  /** Send through Zendesk's proxy, which substitutes `{{setting.…}}` secure settings server-side. */
  secure?: boolean;
  cors?: boolean;
  /** Resolve (and reject) with `{ status, responseText, headers }` instead of the parsed body. */
  httpCompleteResponse?: boolean;
  timeout?: number;
}

/** What `request` resolves or rejects with when `httpCompleteResponse` is set. */
export interface ZafCompleteResponse {
  status: number;
  responseText?: string;
  responseJSON?: unknown;
  headers?: Record<string, string>;
  statusText?: string;
}

/** App metadata (installation settings; secure settings are never included). */
export interface ZafMetadata {
  appId?: number;
  installationId?: number;
  version?: string;
  settings: Record<string, unknown>;
}

/** App context. */
export interface ZafContext {
  location: string;
  product?: string;
  ticketId?: number;
  instanceGuid?: string;
  account?: { subdomain?: string };
}

/** The subset of the ZAF v2 client (`ZAFClient.init()`) this app calls. */
export interface ZafClient {
  get(paths: string | string[]): Promise<Record<string, unknown>>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  request(options: ZafRequestOptions): Promise<unknown>;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
  on(name: string, handler: (...args: unknown[]) => unknown): void;
}
