import type { Database } from './database';
import type { Clock } from './clock';
import type { IdGenerator } from './ids';
import type { ServiceKey } from './secrets';
import type { Logger } from './logger';

/** Settings read once at start (see `loadConfig`). */
export interface ServiceConfig {
  /** The public base URL employees open, e.g. `https://verify.example.com`; links are built on it. */
  publicUrl: string;
  /** Webhook targets on private, loopback and link-local addresses are refused unless this is true. */
  allowPrivateWebhookTargets: boolean;
  /** Extra WebAuthn attestation roots (`HV_WEBAUTHN_TRUST_DIR`); the shipped ones are always trusted. */
  webauthnTrustDir?: string | null;
}

/**
 * Everything a module of the service needs, passed in explicitly: no module reaches a global
 * clock, database or logger.
 */
export interface AppContext {
  db: Database;
  clock: Clock;
  newId: IdGenerator;
  key: ServiceKey;
  logger: Logger;
  config: ServiceConfig;
}
