import type { Problem } from '../schemas/problem';
import { checkJsonSchema } from './checkJsonSchema';
import { PROBLEM_JSON_SCHEMA } from './generated/contractJsonSchemas';

/** Checks an error answer as an RFC 9457 `Problem` without zod, against the schema generated from zod. */
export const checkProblem = (
  value: unknown,
): { valid: true; problem: Problem } | { valid: false; errors: string[] } => {
  const checked = checkJsonSchema(PROBLEM_JSON_SCHEMA, value);
  return checked.valid ? { valid: true, problem: checked.value as Problem } : { valid: false, errors: checked.errors };
};
