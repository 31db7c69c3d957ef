import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Problem } from '../schemas/problem';
import { Verification } from '../schemas/verifications';
import { TrustCheckEvent } from '../schemas/webhooks';
import {
  PROBLEM_JSON_SCHEMA,
  TRUST_CHECK_EVENT_JSON_SCHEMA,
  VERIFICATION_JSON_SCHEMA,
} from './generated/contractJsonSchemas';

const fresh = (schema: z.ZodType) => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return rest;
};

const FILE = join(__dirname, 'generated', 'contractJsonSchemas.ts');

describe('the generated JSON Schemas of the zod-free checks', () => {
  const schemas = {
    TRUST_CHECK_EVENT_JSON_SCHEMA: fresh(TrustCheckEvent),
    VERIFICATION_JSON_SCHEMA: fresh(Verification),
    PROBLEM_JSON_SCHEMA: fresh(Problem),
  };

  if (process.env.HV_UPDATE_SCHEMAS === '1') {
    const lines = [
      "/* Generated from core-client's zod schemas by src/checks/contractJsonSchemas.test.ts (HV_UPDATE_SCHEMAS=1); do not edit. */",
      "import type { JsonSchema } from '../checkJsonSchema';",
      '',
      ...Object.entries(schemas).map(
        ([name, schema]) => `export const ${name}: JsonSchema = ${JSON.stringify(schema, null, 2)};\n`,
      ),
    ];
    writeFileSync(FILE, lines.join('\n'));
  }

  it('are what z.toJSONSchema writes for the zod schemas today (regenerate with HV_UPDATE_SCHEMAS=1)', () => {
    expect(TRUST_CHECK_EVENT_JSON_SCHEMA).toEqual(schemas.TRUST_CHECK_EVENT_JSON_SCHEMA);
    expect(VERIFICATION_JSON_SCHEMA).toEqual(schemas.VERIFICATION_JSON_SCHEMA);
    expect(PROBLEM_JSON_SCHEMA).toEqual(schemas.PROBLEM_JSON_SCHEMA);
  });
});
