import type { Verification } from '@helpdesk-verify/core-client/schemas';
import { decideSolve } from './decideSolve';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 15, 9, minute)).toISOString();
const verification = (
  id: string,
  status: Verification['status'],
  email: string,
  requestedMinute: number,
  completedMinute: number | null = requestedMinute + 2,
) =>
  ({
    id,
    status,
    employee: { email },
    created_at: at(requestedMinute),
    completed_at: completedMinute === null ? null : at(completedMinute),
  }) as Verification;

describe('decideSolve (the kit rule decideTicketGate: the latest verification of this ticket for this requester passed, fresh enough)', () => {
  const ticket = { status: 'solved', tags: ['vip', 'MFA_Reset'], requesterEmail: 'Dana@Acme.example' };
  const now = new Date(at(30));
  const decide = (
    verifications: Verification[],
    overrides: {
      ticket?: typeof ticket | { status: string; tags: string[]; requesterEmail: string | null };
      maxAgeMinutes?: number | null;
    } = {},
  ) =>
    decideSolve({
      ticket: overrides.ticket ?? ticket,
      gateTag: 'mfa_reset',
      verifications,
      now,
      maxAgeMinutes: overrides.maxAgeMinutes === undefined ? null : overrides.maxAgeMinutes,
    });

  it('lets through tickets that are not being solved or lack the tag', () => {
    expect(decide([], { ticket: { ...ticket, status: 'open' } })).toEqual({ allow: true, verificationId: null });
    expect(decide([], { ticket: { ...ticket, tags: ['vip'] } })).toEqual({ allow: true, verificationId: null });
  });

  it('needs a passed verification of this requester', () => {
    expect(decide([])).toMatchObject({ allow: false, message: expect.stringContaining('mfa_reset') });
    expect(decide([verification('ver_1', 'failed', 'dana@acme.example', 1)]).allow).toBe(false);
    expect(decide([verification('ver_1', 'passed', 'eve@acme.example', 1)]).allow).toBe(false);
    expect(decide([verification('ver_1', 'passed', 'dana@acme.example', 1)])).toEqual({
      allow: true,
      verificationId: 'ver_1',
    });
    expect(decide([], { ticket: { ...ticket, requesterEmail: null } }).allow).toBe(false);
  });

  it('issue 11: an earlier pass does not count once a later verification of the requester failed or is still running', () => {
    const earlierPass = verification('ver_1', 'passed', 'dana@acme.example', 1);
    expect(decide([verification('ver_2', 'failed', 'dana@acme.example', 10), earlierPass])).toMatchObject({
      allow: false,
      message: expect.stringContaining('"failed"'),
    });
    expect(decide([earlierPass, verification('ver_3', 'pending', 'dana@acme.example', 20, null)])).toMatchObject({
      allow: false,
      message: expect.stringContaining('"pending"'),
    });
    // Someone else's later verification on the ticket does not hide the requester's pass.
    expect(decide([earlierPass, verification('ver_4', 'failed', 'eve@acme.example', 20)])).toEqual({
      allow: true,
      verificationId: 'ver_1',
    });
  });

  it('issue 11: a pass older than the freshness window does not count', () => {
    const pass = verification('ver_1', 'passed', 'dana@acme.example', 1); // completed at 09:03, now 09:30
    expect(decide([pass], { maxAgeMinutes: 15 })).toMatchObject({
      allow: false,
      message: expect.stringContaining('more than 15 minutes'),
    });
    expect(decide([pass], { maxAgeMinutes: 60 })).toEqual({ allow: true, verificationId: 'ver_1' });
  });
});
