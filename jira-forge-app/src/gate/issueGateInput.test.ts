import type { Verification } from '@helpdesk-verify/core-client/schemas';
import { decideTicketGate } from '@helpdesk-verify/core-client/receiver';
import { issueGateInput, REPORTER_ACCOUNT_METADATA_KEY } from './issueGateInput';

const NOW = new Date('2026-01-15T10:00:00.000Z');

const verification = (
  id: string,
  status: Verification['status'],
  email: string,
  createdAt: string,
  reporterAccountId?: string,
): Verification =>
  ({
    id,
    status,
    employee: { id: 'emp_1', display_name: 'Dana', email },
    metadata: reporterAccountId ? { [REPORTER_ACCOUNT_METADATA_KEY]: reporterAccountId } : {},
    created_at: createdAt,
    completed_at: status === 'pending' ? null : createdAt,
  }) as Verification;

const decide = (
  reporter: { accountId: string; displayName: string; email: string | null } | null,
  verifications: Verification[],
  maxAgeMinutes: number | null = null,
) => decideTicketGate(issueGateInput({ issue: { reporter }, verifications, now: NOW, maxAgeMinutes }));

describe("issueGateInput (the Jira issue as core-client's gate sees it)", () => {
  const dana = { accountId: '557058:dana', displayName: 'Dana', email: 'Dana@Acme.example' };

  it('matches the current reporter by email, case-insensitively, and lets only their latest verification decide', () => {
    expect(decide(dana, [verification('ver_1', 'passed', 'dana@acme.example', '2026-01-15T09:00:00Z')])).toEqual({
      allow: true,
      verificationId: 'ver_1',
    });
    expect(
      decide(dana, [
        verification('ver_1', 'passed', 'dana@acme.example', '2026-01-15T09:00:00Z'),
        verification('ver_2', 'failed', 'dana@acme.example', '2026-01-15T09:30:00Z'),
      ]),
    ).toMatchObject({ allow: false, reason: 'not_passed' });
    // Eve's pass is not Dana's.
    expect(decide(dana, [verification('ver_3', 'passed', 'eve@acme.example', '2026-01-15T09:45:00Z')])).toMatchObject({
      allow: false,
      reason: 'no_verification',
    });
    expect(
      decide(dana, [verification('ver_1', 'passed', 'dana@acme.example', '2026-01-15T09:00:00Z')], 30),
    ).toMatchObject({ allow: false, reason: 'stale' });
  });

  it("matches by account id where the site hides the reporter's email, against the reporter each verification recorded", () => {
    const hidden = { ...dana, email: null };
    expect(
      decide(hidden, [verification('ver_1', 'passed', 'dana@acme.example', '2026-01-15T09:00:00Z', '557058:dana')]),
    ).toEqual({ allow: true, verificationId: 'ver_1' });
    expect(
      decide(hidden, [verification('ver_1', 'passed', 'dana@acme.example', '2026-01-15T09:00:00Z', '557058:eve')]),
    ).toMatchObject({ allow: false, reason: 'no_verification' });
    expect(
      decide(hidden, [verification('ver_1', 'passed', 'dana@acme.example', '2026-01-15T09:00:00Z')]),
    ).toMatchObject({ allow: false, reason: 'no_verification' });
  });

  it('accepts the latest verification of anyone on an issue without a reporter', () => {
    expect(decide(null, [verification('ver_1', 'passed', 'eve@acme.example', '2026-01-15T09:00:00Z')])).toEqual({
      allow: true,
      verificationId: 'ver_1',
    });
  });
});
