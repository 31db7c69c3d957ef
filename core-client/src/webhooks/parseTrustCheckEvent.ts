import type { z } from 'zod';
import { TrustCheckEvent } from '../schemas/webhooks';

/** The outcome of {@link parseTrustCheckEvent}. */
export type TrustCheckEventParseResult =
  | { valid: true; event: TrustCheckEvent }
  | { valid: false; reason: 'invalid_event'; issues: readonly z.core.$ZodIssue[] };

/** Validates a verified webhook payload as a `trust_check.*` event. */
export const parseTrustCheckEvent = (payload: unknown): TrustCheckEventParseResult => {
  const parsed = TrustCheckEvent.safeParse(payload);
  return parsed.success
    ? { valid: true, event: parsed.data }
    : { valid: false, reason: 'invalid_event', issues: parsed.error.issues };
};
