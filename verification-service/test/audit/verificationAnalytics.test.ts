import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../testContext';
import { createOrganization } from '../../src/domain/organizations/createOrganization';
import { computeVerificationAnalytics } from '../../src/domain/analytics/computeVerificationAnalytics';
import { analyticsRange, utcDaysOf } from '../../src/domain/analytics/analyticsRange';
import { seedEmployee, seedLink, seedVerification, type SeededVerification } from './seedVerifications';

const t = (iso: string) => new Date(iso);
const zero = { total: 0, passed: 0, failed: 0, expired: 0, cancelled: 0, running: 0 };

describe.each(DATABASE_KINDS)('verification analytics on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const at = t('2026-02-01T00:00:00.000Z');
    const standard = await seedLink(ctx.db, ctx.orgId, 'Standard', at);
    const strict = await seedLink(ctx.db, ctx.orgId, 'Strict', at);
    const employeeId = await seedEmployee(ctx.db, ctx.orgId, { email: 'sam@acme.example', name: 'Sam', at });
    const alice = { name: 'Alice', email: 'alice@example.com' };
    const bob = { name: 'Bob', id: 'b-1' };
    const rows: Array<Omit<SeededVerification, 'employeeId'>> = [
      {
        status: 'failed',
        createdAt: t('2026-03-01T00:00:00.000Z'),
        completedAt: t('2026-03-01T00:01:00.000Z'),
        riskScore: 9,
        agent: alice,
        ticketSystem: 'servicenow',
        linkId: standard,
      },
      {
        status: 'passed',
        createdAt: t('2026-03-01T10:00:00.000Z'),
        openedAt: t('2026-03-01T10:01:00.000Z'),
        completedAt: t('2026-03-01T10:02:00.000Z'),
        riskScore: 5,
        agent: alice,
        ticketSystem: 'servicenow',
        linkId: standard,
      },
      {
        status: 'passed',
        createdAt: t('2026-03-01T11:00:00.000Z'),
        openedAt: t('2026-03-01T11:00:30.000Z'),
        completedAt: t('2026-03-01T11:03:00.000Z'),
        riskScore: 15,
        channels: ['email', 'sms'],
        agent: alice,
        ticketSystem: 'servicenow',
        linkId: standard,
      },
      {
        status: 'failed',
        createdAt: t('2026-03-01T12:00:00.000Z'),
        completedAt: t('2026-03-01T12:05:00.000Z'),
        riskScore: 95,
        channels: ['sms'],
        agent: bob,
        ticketSystem: 'zendesk',
        linkId: strict,
      },
      {
        status: 'expired',
        createdAt: t('2026-03-02T09:00:00.000Z'),
        completedAt: t('2026-03-02T09:15:00.000Z'),
        riskScore: 40,
        agent: { name: 'Carol' },
        ticketSystem: 'jira',
        linkId: standard,
      },
      {
        status: 'cancelled',
        createdAt: t('2026-03-02T10:00:00.000Z'),
        completedAt: t('2026-03-02T10:01:00.000Z'),
        riskScore: 20,
        agent: alice,
        ticketSystem: 'servicenow',
        linkId: strict,
      },
      {
        status: 'passed',
        createdAt: t('2026-03-02T23:00:00.000Z'),
        openedAt: t('2026-03-02T23:00:00.000Z'),
        completedAt: t('2026-03-02T23:10:00.000Z'),
        riskScore: 100,
        agent: bob,
        ticketSystem: 'zendesk',
        linkId: strict,
      },
      {
        status: 'pending',
        createdAt: t('2026-03-03T08:00:00.000Z'),
        agent: alice,
        ticketSystem: 'api',
        linkId: standard,
      },
      {
        status: 'opened',
        createdAt: t('2026-03-03T09:00:00.000Z'),
        openedAt: t('2026-03-03T09:01:00.000Z'),
        agent: alice,
        ticketSystem: 'api',
        linkId: standard,
      },
      // Outside [from, to): just before and exactly at `to`.
      {
        status: 'passed',
        createdAt: t('2026-02-28T23:59:59.999Z'),
        openedAt: t('2026-03-01T00:00:00.000Z'),
        completedAt: t('2026-03-01T00:00:10.000Z'),
        riskScore: 0,
        linkId: standard,
      },
      {
        status: 'failed',
        createdAt: t('2026-03-04T00:00:00.000Z'),
        completedAt: t('2026-03-04T00:00:10.000Z'),
        riskScore: 50,
        linkId: standard,
      },
    ];
    for (const row of rows) await seedVerification(ctx.db, ctx.orgId, { ...row, employeeId });
    // Another organisation's verification in the range counts only for it.
    const other = await createOrganization(ctx, { name: 'Other' });
    const otherLink = await seedLink(ctx.db, other.id, 'Theirs', at);
    const otherEmployee = await seedEmployee(ctx.db, other.id, { email: 'x@other.example', name: 'X', at });
    await seedVerification(ctx.db, other.id, {
      status: 'passed',
      createdAt: t('2026-03-02T12:00:00.000Z'),
      completedAt: t('2026-03-02T12:01:00.000Z'),
      riskScore: 50,
      linkId: otherLink,
      employeeId: otherEmployee,
    });
  }, 120_000); // PGlite takes tens of seconds to start on a loaded machine
  afterAll(() => ctx.db.close());

  it('computes exact totals, rates, series, durations, histogram and breakdowns in SQL', async () => {
    const stats = await computeVerificationAnalytics(ctx, {
      orgId: ctx.orgId,
      range: { from: t('2026-03-01T00:00:00.000Z'), to: t('2026-03-04T00:00:00.000Z') },
    });
    expect(stats.totals).toEqual({
      total: 9,
      passed: 3,
      failed: 2,
      expired: 1,
      cancelled: 1,
      running: 2,
      by_status: { pending: 1, opened: 1, passed: 3, failed: 2, expired: 1, cancelled: 1 },
    });
    expect(stats.rates).toEqual({ pass: 3 / 7, fail: 2 / 7, expired: 1 / 7, cancelled: 1 / 7 });
    expect(stats.series).toEqual([
      { date: '2026-03-01', ...zero, total: 4, passed: 2, failed: 2 },
      { date: '2026-03-02', ...zero, total: 3, passed: 1, expired: 1, cancelled: 1 },
      { date: '2026-03-03', ...zero, total: 2, running: 2 },
    ]);
    expect(stats.time_to_verify).toEqual({
      opened_to_completed: { count: 3, median_seconds: 150, p90_seconds: 510 },
      created_to_completed: { count: 3, median_seconds: 180, p90_seconds: 516 },
    });
    expect(stats.risk_histogram.map((b) => b.count)).toEqual([2, 1, 1, 0, 1, 0, 0, 0, 0, 2]);
    expect(stats.risk_histogram[9]).toEqual({ min: 90, max: 100, count: 2 });
    expect(stats.by_channel).toEqual([
      { key: 'email', label: 'email', total: 8, passed: 3, failed: 1, expired: 1, cancelled: 1, running: 2 },
      { key: 'sms', label: 'sms', ...zero, total: 2, passed: 1, failed: 1 },
    ]);
    expect(stats.by_agent).toEqual([
      {
        key: 'alice@example.com',
        label: 'Alice',
        total: 6,
        passed: 2,
        failed: 1,
        expired: 0,
        cancelled: 1,
        running: 2,
      },
      { key: 'b-1', label: 'Bob', ...zero, total: 2, passed: 1, failed: 1 },
      { key: 'Carol', label: 'Carol', ...zero, total: 1, expired: 1 },
    ]);
    expect(stats.by_ticket_system.map((r) => [r.key, r.total])).toEqual([
      ['servicenow', 4],
      ['api', 2],
      ['zendesk', 2],
      ['jira', 1],
    ]);
    expect(stats.by_link.map((r) => [r.label, r.total, r.passed])).toEqual([
      ['Standard', 6, 2],
      ['Strict', 3, 1],
    ]);
  });

  it('answers zeros and null rates for an empty range', async () => {
    const stats = await computeVerificationAnalytics(ctx, {
      orgId: ctx.orgId,
      range: { from: t('2025-01-01T00:00:00.000Z'), to: t('2025-01-02T00:00:00.000Z') },
    });
    expect(stats.totals.total).toBe(0);
    expect(stats.rates).toEqual({ pass: null, fail: null, expired: null, cancelled: null });
    expect(stats.series).toEqual([{ date: '2025-01-01', ...zero }]);
    expect(stats.time_to_verify.opened_to_completed).toEqual({ count: 0, median_seconds: null, p90_seconds: null });
    expect(stats.by_agent).toEqual([]);
  });

  it('defaults to the last 30 days and refuses ranges over 366 days or backwards', () => {
    const now = t('2026-03-04T12:00:00.000Z');
    expect(analyticsRange({}, now)).toEqual({ from: t('2026-02-02T12:00:00.000Z'), to: now });
    expect(analyticsRange({ to: '2026-03-01T00:00:00.000Z' }, now)).toEqual({
      from: t('2026-01-30T00:00:00.000Z'),
      to: t('2026-03-01T00:00:00.000Z'),
    });
    expect(() => analyticsRange({ from: '2025-03-01T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' }, now)).toThrow(
      /366 days/,
    );
    expect(analyticsRange({ from: '2025-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' }, now).from).toEqual(
      t('2025-03-02T00:00:00.000Z'),
    );
    expect(() => analyticsRange({ from: '2026-03-03T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' }, now)).toThrow(
      /before/,
    );
    expect(utcDaysOf({ from: t('2026-03-01T23:00:00.000Z'), to: t('2026-03-03T00:00:00.001Z') })).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
    expect(utcDaysOf({ from: t('2026-03-01T00:00:00.000Z'), to: t('2026-03-02T00:00:00.000Z') })).toEqual([
      '2026-03-01',
    ]);
  });
});
