declare module 'zendesk_app_framework_sdk' {
  import type { ZafClient } from './ZafClient';
  /** The SDK's global: `init` returns false outside a Zendesk frame (no `origin`/`app_guid` in the URL). */
  const ZAFClient: { init(callback?: (context: unknown) => void): ZafClient | false };
  export default ZAFClient;
}
