import { NotificationDeliveryError } from '../NotificationDeliveryError';
import { assertE164 } from './assertE164';
import type { SmsSender } from './SmsSender';

/** Twilio account settings. */
export interface TwilioOptions {
  accountSid: string;
  authToken: string;
  /** An E.164 sender number, or a Messaging Service SID (`MG…`). */
  from: string;
  /** Defaults to `https://api.twilio.com`. */
  baseUrl?: string;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Defaults to 15 s. */
  timeoutMs?: number;
}

/**
 * An SMS sender for Twilio's Messages API: `POST /2010-04-01/Accounts/{sid}/Messages.json`, HTTP
 * Basic auth, a form-encoded `To`, `From` (or `MessagingServiceSid`) and `Body`; Twilio answers 201
 * with `{ sid, status }`, and `{ code, message, status, more_info }` when it refuses.
 */
export function twilioSmsSender(options: TwilioOptions): SmsSender {
  const { accountSid, authToken, from, baseUrl = 'https://api.twilio.com', timeoutMs = 15_000 } = options;
  const fetchFn = options.fetch ?? fetch;
  const url = `${baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`, 'utf8').toString('base64')}`;
  const sender: Record<string, string> = from.startsWith('MG') ? { MessagingServiceSid: from } : { From: from };

  return {
    async send(message) {
      assertE164(message.to);
      let response: Response;
      let text: string;
      try {
        response = await fetchFn(url, {
          method: 'POST',
          headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
          body: new URLSearchParams({ To: message.to, ...sender, Body: message.body }).toString(),
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        });
        text = await response.text();
      } catch (error) {
        const code = networkCode(error);
        throw new NotificationDeliveryError(`Twilio request to ${url} failed (${code}): ${explain(error)}`, {
          channel: 'sms',
          provider: 'twilio',
          retryable: true,
          code,
          cause: error,
        });
      }
      const json = parseJson(text);
      if (response.ok && typeof json?.sid === 'string') return { messageId: json.sid };
      throw twilioRefusal(response.status, json, text);
    },
  };
}

function twilioRefusal(
  status: number,
  json: Record<string, unknown> | undefined,
  text: string,
): NotificationDeliveryError {
  const code = typeof json?.code === 'number' || typeof json?.code === 'string' ? String(json.code) : undefined;
  const message = typeof json?.message === 'string' ? json.message : text.slice(0, 200) || '(empty body)';
  const moreInfo = typeof json?.more_info === 'string' ? ` (${json.more_info})` : '';
  const what =
    status >= 200 && status < 300
      ? `an answer without a message sid (HTTP ${status})`
      : `HTTP ${status}${code ? `, code ${code}` : ''}`;
  return new NotificationDeliveryError(`Twilio refused the SMS: ${what}: ${message}${moreInfo}`, {
    channel: 'sms',
    provider: 'twilio',
    retryable: status === 429 || status >= 500,
    ...(code !== undefined ? { code } : {}),
    status,
  });
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The most telling code of a fetch failure: the socket's (ECONNREFUSED…) or ETIMEDOUT. */
function networkCode(error: unknown): string {
  const failure = (error ?? {}) as FailureLike;
  if (failure.name === 'TimeoutError') return 'ETIMEDOUT';
  if (typeof failure.cause?.code === 'string') return failure.cause.code;
  return typeof failure.code === 'string' ? failure.code : 'EFETCH';
}

/** The error's message and its cause's (fetch says only "fetch failed"; the cause says why). */
function explain(error: unknown): string {
  const failure = (error ?? {}) as FailureLike;
  if (typeof failure.message !== 'string') return String(error);
  const cause = typeof failure.cause?.message === 'string' ? `: ${failure.cause.message}` : '';
  return `${failure.message}${cause}`;
}

interface FailureLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: { code?: unknown; message?: unknown };
}
