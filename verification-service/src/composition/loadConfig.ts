import { isIP } from 'node:net';
import { z } from 'zod';

/** `10.0.0.1`, `10.0.0.0/8`, `fd00::/8`. */
function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every setting the service reads, from the environment, validated once at start. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  HV_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  HV_DATA_DIR: z.string().default('.data'),
  HV_SECRET_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  HV_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be smtp:// or smtps://')
    .optional(),
  HV_MAIL_FROM: z.string().default('Helpdesk Verify <no-reply@localhost>'),
  HV_TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-fA-F]{32}$/)
    .optional(),
  HV_TWILIO_AUTH_TOKEN: z.string().min(16).optional(),
  HV_TWILIO_FROM: z.string().optional(),
  HV_TWILIO_BASE_URL: z.url().optional(),
  HV_ALLOW_PRIVATE_WEBHOOK_TARGETS: bool.default(false),
  HV_DEMO: bool.default(false),
  HV_TRUST_PROXY: bool.default(false),
  /**
   * The reverse proxies' addresses or CIDR ranges (comma-separated). The client address is then the
   * nearest X-Forwarded-For hop that is not one of them, so a client cannot choose it by sending its
   * own header. HV_TRUST_PROXY=true trusts every hop (safe only when the proxy overwrites the header).
   */
  HV_TRUSTED_PROXIES: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .refine(
      (list) => list.length > 0 && list.every(isAddressOrRange),
      'must be comma-separated IP addresses or CIDR ranges, e.g. 10.0.0.0/8,127.0.0.1',
    )
    .optional(),
  /** How long a webhook dispatcher holds a claimed delivery; after a crash it is sent again once this runs out. */
  HV_WEBHOOK_LEASE_SECONDS: z.coerce.number().int().min(1).default(60),
  /** How long a claimed link or code message is held; after a crash it is sent again once this runs out. */
  HV_MESSAGE_LEASE_SECONDS: z.coerce.number().int().min(1).default(60),
  /** A folder of PEM root certificates trusted for WebAuthn attestation, besides the shipped ones (trust/webauthn). */
  HV_WEBAUTHN_TRUST_DIR: z.string().min(1).optional(),
  /** A console session unused this long ends. */
  HV_CONSOLE_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  /** A console session ends this long after sign-in, however busy. */
  HV_CONSOLE_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Strict-Transport-Security max-age in seconds, sent when HV_PUBLIC_URL is https; 0 sends none. */
  HV_HSTS_MAX_AGE: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 * 365 * 24 * 3600)
    .default(365 * 24 * 3600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.output<typeof EnvSchema>) {
  const twilio =
    env.HV_TWILIO_ACCOUNT_SID && env.HV_TWILIO_AUTH_TOKEN && env.HV_TWILIO_FROM
      ? {
          accountSid: env.HV_TWILIO_ACCOUNT_SID,
          authToken: env.HV_TWILIO_AUTH_TOKEN,
          from: env.HV_TWILIO_FROM,
          ...(env.HV_TWILIO_BASE_URL ? { baseUrl: env.HV_TWILIO_BASE_URL } : {}),
        }
      : null;
  const publicUrl = (env.HV_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  return {
    port: env.PORT,
    host: env.HOST,
    publicUrl,
    hstsMaxAgeSeconds: publicUrl.startsWith('https://') ? env.HV_HSTS_MAX_AGE : 0,
    databaseUrl: env.DATABASE_URL ?? null,
    dataDir: env.HV_DATA_DIR,
    secretKey: env.HV_SECRET_KEY ? Buffer.from(env.HV_SECRET_KEY, 'base64') : null,
    smtpUrl: env.HV_SMTP_URL ?? null,
    mailFrom: env.HV_MAIL_FROM,
    twilio,
    allowPrivateWebhookTargets: env.HV_ALLOW_PRIVATE_WEBHOOK_TARGETS,
    demo: env.HV_DEMO,
    trustProxy: env.HV_TRUSTED_PROXIES ?? env.HV_TRUST_PROXY,
    webhookLeaseMs: env.HV_WEBHOOK_LEASE_SECONDS * 1000,
    messageLeaseMs: env.HV_MESSAGE_LEASE_SECONDS * 1000,
    logLevel: env.LOG_LEVEL,
    consoleIdleMinutes: env.HV_CONSOLE_IDLE_MINUTES,
    consoleAbsoluteHours: env.HV_CONSOLE_ABSOLUTE_HOURS,
    webauthnTrustDir: env.HV_WEBAUTHN_TRUST_DIR ?? null,
  };
}

/** Reads the configuration; a bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const partialTwilio = [
    parsed.data.HV_TWILIO_ACCOUNT_SID,
    parsed.data.HV_TWILIO_AUTH_TOKEN,
    parsed.data.HV_TWILIO_FROM,
  ].filter(Boolean).length;
  if (partialTwilio > 0 && partialTwilio < 3) {
    throw new Error(
      'Invalid configuration:\n  HV_TWILIO_ACCOUNT_SID, HV_TWILIO_AUTH_TOKEN and HV_TWILIO_FROM go together',
    );
  }
  return toConfig(parsed.data);
}
