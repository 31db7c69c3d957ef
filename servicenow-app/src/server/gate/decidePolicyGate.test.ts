import type { VerificationRecord } from '../ports';
import { encodedQueryMatcher } from '../../../test/encodedQueryMatcher';
import { decidePolicyGate, type PolicyGateInput } from './decidePolicyGate';
import type { GateCondition } from './GateCondition';
import type { GateTaskView } from './GateTaskView';

const NOW = new Date('2026-01-15T12:00:00.000Z');
const CALLER = 'd'.repeat(32);

/** A task double: the fields its table has, their values, and encoded queries over them. */
const task = (table: string, values: Record<string, string>): GateTaskView => ({
  table,
  hasField: (field) => field in values,
  value: (field) => values[field] ?? '',
  matchesEncodedQuery: encodedQueryMatcher(values),
});

const row = (overrides: Partial<VerificationRecord>): VerificationRecord => ({
  verificationId: 'ver_0000000000000001',
  task: { table: 'incident', sysId: 'a'.repeat(32), number: 'INC0010001' },
  employeeSysId: CALLER,
  agentSysId: 'c'.repeat(32),
  linkId: 'lnk_0000000000000001',
  channels: 'email',
  status: 'passed',
  matchCode: '123456',
  riskScore: 10,
  riskReasons: '',
  outcomeReason: '',
  assuranceReached: 'high',
  requestedAt: '2026-01-15T11:30:00.000Z',
  completedAt: '2026-01-15T11:35:00.000Z',
  ...overrides,
});

const input = (
  condition: GateCondition,
  view: GateTaskView,
  overrides: Partial<PolicyGateInput> = {},
): PolicyGateInput => ({
  gate: { enabled: true, condition, maxAgeMinutes: 60 },
  task: view,
  closing: true,
  callerSysId: CALLER,
  verifications: [],
  now: NOW,
  ...overrides,
});

describe('decidePolicyGate', () => {
  const byCategory: GateCondition = { kind: 'category', categories: ['password_reset', 'mfa_reset'] };
  const incident = task('incident', { category: 'Password_Reset ', state: '6' });

  it('by category: holds a gated incident without a passed verification, and says why', () => {
    expect(decidePolicyGate(input(byCategory, incident))).toEqual({
      allow: false,
      message: expect.stringContaining('No identity verification of the requester'),
    });
    expect(decidePolicyGate(input(byCategory, incident, { verifications: [row({ status: 'failed' })] }))).toEqual({
      allow: false,
      message: expect.stringContaining('"failed", not "passed"'),
    });
    expect(decidePolicyGate(input(byCategory, incident, { verifications: [row({})] }))).toEqual({ allow: true });
    expect(decidePolicyGate(input(byCategory, task('incident', { category: 'hardware' })))).toEqual({ allow: true });
    // Request items and HR cases have no category: the category condition never holds them.
    expect(decidePolicyGate(input(byCategory, task('sc_req_item', { cat_item: 'x' })))).toEqual({ allow: true });
  });

  it('by field value: holds request items of a catalog item (tables without a category field)', () => {
    const byField: GateCondition = {
      kind: 'field',
      pairs: [
        { field: 'cat_item', value: 'abc123' },
        { field: 'u_reset_type', value: 'mfa' },
      ],
    };
    expect(decidePolicyGate(input(byField, task('sc_req_item', { cat_item: 'abc123' })))).toMatchObject({
      allow: false,
    });
    expect(decidePolicyGate(input(byField, task('sn_hr_core_case', { u_reset_type: 'MFA' })))).toMatchObject({
      allow: false,
    });
    expect(decidePolicyGate(input(byField, task('sc_req_item', { cat_item: 'other' })))).toEqual({ allow: true });
    expect(decidePolicyGate(input(byField, task('incident', { category: 'abc123' })))).toEqual({ allow: true });
    expect(
      decidePolicyGate(input(byField, task('sc_req_item', { cat_item: 'abc123' }), { verifications: [row({})] })),
    ).toEqual({ allow: true });
  });

  it('by encoded query: holds what the query matches', () => {
    const byQuery: GateCondition = {
      kind: 'encoded_query',
      query: 'categoryINpassword_reset,mfa_reset^ORsubcategory=mfa^active=true',
    };
    expect(
      decidePolicyGate(input(byQuery, task('incident', { category: 'mfa_reset', subcategory: '', active: 'true' }))),
    ).toMatchObject({ allow: false });
    expect(
      decidePolicyGate(input(byQuery, task('incident', { category: 'network', subcategory: 'mfa', active: 'true' }))),
    ).toMatchObject({ allow: false });
    expect(
      decidePolicyGate(input(byQuery, task('incident', { category: 'network', subcategory: 'vpn', active: 'true' }))),
    ).toEqual({ allow: true });
    expect(decidePolicyGate(input({ kind: 'encoded_query', query: ' ' }, incident))).toEqual({ allow: true });
  });

  it('counts only the latest verification of the task for its current caller, within the freshness window', () => {
    const older = row({ verificationId: 'ver_old', requestedAt: '2026-01-15T11:00:00.000Z' });
    const newerFailed = row({
      verificationId: 'ver_new',
      status: 'failed',
      requestedAt: '2026-01-15T11:40:00.000Z',
      completedAt: '2026-01-15T11:41:00.000Z',
    });
    expect(decidePolicyGate(input(byCategory, incident, { verifications: [older, newerFailed] }))).toMatchObject({
      allow: false,
    });
    // A pass for someone who is no longer the caller does not count.
    expect(
      decidePolicyGate(input(byCategory, incident, { verifications: [row({ employeeSysId: 'e'.repeat(32) })] })),
    ).toMatchObject({ allow: false });
    // A pass older than gate_max_age_minutes is stale; null means no window.
    const stale = row({ completedAt: '2026-01-15T10:30:00.000Z', requestedAt: '2026-01-15T10:25:00.000Z' });
    expect(decidePolicyGate(input(byCategory, incident, { verifications: [stale] }))).toEqual({
      allow: false,
      message: expect.stringContaining('more than 60 minutes ago'),
    });
    expect(
      decidePolicyGate(
        input(byCategory, incident, {
          verifications: [stale],
          gate: { enabled: true, condition: byCategory, maxAgeMinutes: null },
        }),
      ),
    ).toEqual({ allow: true });
  });

  it('lets every update through when the gate is off or the update does not close the task', () => {
    expect(
      decidePolicyGate(
        input(byCategory, incident, { gate: { enabled: false, condition: byCategory, maxAgeMinutes: 60 } }),
      ),
    ).toEqual({ allow: true });
    expect(decidePolicyGate(input(byCategory, incident, { closing: false }))).toEqual({ allow: true });
  });
});
