import type { TrustCheckEvent } from '../schemas/webhooks';
import { checkJsonSchema, type JsonSchema } from './checkJsonSchema';
import { TRUST_CHECK_EVENT_JSON_SCHEMA } from './generated/contractJsonSchemas';

/** The `event_type`s of this contract version, read from the generated schema. */
export const KNOWN_EVENT_TYPES: readonly string[] = (
  (TRUST_CHECK_EVENT_JSON_SCHEMA.properties as { [name: string]: JsonSchema }).event_type as { enum: string[] }
).enum;

/** The outcome of {@link checkTrustCheckEvent}. */
export type TrustCheckEventCheck =
  { valid: true; event: TrustCheckEvent } | { valid: false; reason: 'invalid_event'; errors: string[] };

/**
 * `parseTrustCheckEvent` without zod, for engines that cannot run zod (ServiceNow before Zurich):
 * the payload is checked against the JSON Schema generated from the zod `TrustCheckEvent`, so both
 * accept the same events.
 */
export const checkTrustCheckEvent = (payload: unknown): TrustCheckEventCheck => {
  const checked = checkJsonSchema(TRUST_CHECK_EVENT_JSON_SCHEMA, payload);
  return checked.valid
    ? { valid: true, event: checked.value as TrustCheckEvent }
    : { valid: false, reason: 'invalid_event', errors: checked.errors };
};
