import { failedEvent, passedVerification } from '../../test/fixtures';
import { Problem } from '../schemas/problem';
import { Verification } from '../schemas/verifications';
import { TrustCheckEvent } from '../schemas/webhooks';
import { checkJsonSchema } from './checkJsonSchema';
import { checkProblem } from './checkProblem';
import { checkTrustCheckEvent, KNOWN_EVENT_TYPES } from './checkTrustCheckEvent';
import { checkVerification } from './checkVerification';
import {
  PROBLEM_JSON_SCHEMA,
  TRUST_CHECK_EVENT_JSON_SCHEMA,
  VERIFICATION_JSON_SCHEMA,
} from './generated/contractJsonSchemas';

type Json = unknown;

/** Every path to a value inside `value`, objects and arrays alike. */
const paths = (value: Json, prefix: (string | number)[] = []): (string | number)[][] => {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string | number, Json>)[key], [...prefix, key]))];
};

const withChange = (value: Json, path: (string | number)[], change: 'delete' | { set: Json }): Json => {
  const copy = structuredClone(value) as Record<string | number, Json>;
  if (path.length === 0) return change === 'delete' ? undefined : change.set;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (change === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = change.set;
  return copy;
};

const CHANGES: ('delete' | { set: Json })[] = [
  'delete',
  { set: null },
  { set: 42 },
  { set: 1.5 },
  { set: -1 },
  { set: 'x' },
  { set: '' },
  { set: true },
  { set: [] },
  { set: {} },
  { set: '2026-13-45T99:00:00Z' },
  { set: 'ver_' },
  { set: 'a'.repeat(3000) },
];

/** Mutates every field of a valid value every way and asks both checks; they must agree each time. */
const disagreements = (
  valid: Json,
  zod: { safeParse(value: unknown): { success: boolean; data?: unknown } },
  check: (value: unknown) => { valid: boolean },
) => {
  const found: string[] = [];
  let cases = 0;
  for (const path of paths(valid)) {
    for (const change of CHANGES) {
      const mutated = withChange(valid, path, change);
      cases += 1;
      const expected = zod.safeParse(mutated).success;
      if (check(mutated).valid !== expected) found.push(`${path.join('.')} ${JSON.stringify(change)}: zod ${expected}`);
    }
  }
  return { found, cases };
};

describe('checkJsonSchema (the zod-free checks)', () => {
  it('accepts what zod accepts, with the same value (defaults filled in)', () => {
    const { alert: _alert, ...withoutAlert } = failedEvent;
    for (const event of [
      failedEvent,
      withoutAlert,
      { ...failedEvent, event_type: 'trust_check.alert', alert: { code: 'not_requested', message: 'x' } },
    ]) {
      const zod = TrustCheckEvent.safeParse(event);
      const checked = checkTrustCheckEvent(event);
      expect(zod.success).toBe(true);
      expect(checked).toEqual({ valid: true, event: zod.data });
    }
    expect(checkVerification(passedVerification)).toEqual({
      valid: true,
      verification: Verification.parse(passedVerification),
    });
    const problem = {
      type: 'https://helpdesk-verify.dev/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'x',
      code: 'validation',
    };
    expect(checkProblem(problem).valid).toBe(Problem.safeParse(problem).success);
  });

  it('agrees with zod on every field of an event changed every way', () => {
    const { found, cases } = disagreements(failedEvent, TrustCheckEvent, checkTrustCheckEvent);
    expect(cases).toBeGreaterThan(900);
    expect(found).toEqual([]);
  });

  it('agrees with zod on every field of a verification changed every way', () => {
    const { found, cases } = disagreements(passedVerification, Verification, checkVerification);
    expect(cases).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });

  it('says where a value fails', () => {
    expect(checkTrustCheckEvent({ ...failedEvent, risk: { score: 'high', reasons: [] } })).toEqual({
      valid: false,
      reason: 'invalid_event',
      errors: [expect.stringContaining('.risk.score: expected')],
    });
  });

  it('knows the event types of the contract', () => {
    expect(KNOWN_EVENT_TYPES).toEqual(TrustCheckEvent.shape.event_type.options);
  });

  it('refuses to skip a keyword it does not know, rather than let a value through unchecked', () => {
    expect(() => checkJsonSchema({ type: 'string', contains: {} }, 'x')).toThrow(TypeError);
    for (const schema of [TRUST_CHECK_EVENT_JSON_SCHEMA, VERIFICATION_JSON_SCHEMA, PROBLEM_JSON_SCHEMA])
      expect(() => checkJsonSchema(schema, {})).not.toThrow();
  });
});
