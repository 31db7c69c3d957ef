import type { Verification } from '../schemas/verifications';
import { checkJsonSchema } from './checkJsonSchema';
import { VERIFICATION_JSON_SCHEMA } from './generated/contractJsonSchemas';

/**
 * Checks a service answer as a `Verification` without zod (ServiceNow's outbound calls), against
 * the JSON Schema generated from the zod schema.
 */
export const checkVerification = (
  value: unknown,
): { valid: true; verification: Verification } | { valid: false; errors: string[] } => {
  const checked = checkJsonSchema(VERIFICATION_JSON_SCHEMA, value);
  return checked.valid
    ? { valid: true, verification: checked.value as Verification }
    : { valid: false, errors: checked.errors };
};
