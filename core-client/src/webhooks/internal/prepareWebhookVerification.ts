import type { VerifyWebhookOptions, WebhookFailureReason } from '../WebhookVerificationResult';
import { webhookSecretKey } from './webhookSecretKey';

const DEFAULT_TOLERANCE_SECONDS = 300;

/** Everything a verification needs besides the HMAC itself. */
export interface PreparedWebhookVerification {
  id: string;
  timestamp: Date;
  /** `{id}.{timestamp}.{body}`: what the sender signed. */
  signedContent: string;
  /** Base64 HMAC keys, one per secret. */
  keys: string[];
  /** The base64 signatures of the `v1` entries of `webhook-signature`. */
  signatures: string[];
}

/** Header extraction and the timestamp check, shared by the sync and async verifiers. */
export const prepareWebhookVerification = (
  options: VerifyWebhookOptions,
): { ok: true; prepared: PreparedWebhookVerification } | { ok: false; reason: WebhookFailureReason } => {
  if (options.secrets.length === 0) throw new TypeError('verifyWebhook needs at least one secret');
  const keys = options.secrets.map(webhookSecretKey);
  const id = header(options.headers, 'webhook-id', 'first');
  const timestampText = header(options.headers, 'webhook-timestamp', 'first');
  const signatureHeader = header(options.headers, 'webhook-signature', 'all');
  if (!id || !timestampText || !signatureHeader) return { ok: false, reason: 'missing_headers' };
  if (!/^[0-9]{1,12}$/.test(timestampText)) return { ok: false, reason: 'invalid_timestamp' };
  const timestamp = Number(timestampText);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const now = Math.floor(options.now.getTime() / 1000);
  if (now - timestamp > tolerance) return { ok: false, reason: 'timestamp_too_old' };
  if (timestamp - now > tolerance) return { ok: false, reason: 'timestamp_too_new' };
  const signatures = signatureHeader
    .split(/\s+/)
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => entry.slice(3));
  return {
    ok: true,
    prepared: {
      id,
      timestamp: new Date(timestamp * 1000),
      signedContent: `${id}.${timestampText}.${options.body}`,
      keys,
      signatures,
    },
  };
};

/** The JSON body once a signature matched. */
export const finishWebhookVerification = (prepared: PreparedWebhookVerification, body: string) => {
  try {
    return {
      verified: true as const,
      id: prepared.id,
      timestamp: prepared.timestamp,
      payload: JSON.parse(body) as unknown,
    };
  } catch {
    return { verified: false as const, reason: 'invalid_payload' as const };
  }
};

const header = (
  headers: VerifyWebhookOptions['headers'],
  name: string,
  arrays: 'first' | 'all',
): string | undefined => {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    const text = typeof value === 'string' ? value : arrays === 'first' ? value[0] : value.join(' ');
    const trimmed = text?.trim();
    if (trimmed) return trimmed;
  }
  return undefined;
};
