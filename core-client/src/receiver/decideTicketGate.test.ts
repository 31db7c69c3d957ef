import { decideTicketGate, type GateVerification } from './decideTicketGate';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const v = (
  id: string,
  status: GateVerification['status'],
  requestedAt: string,
  employee: string | null = 'ada@example.com',
  completedAt: string | null = requestedAt,
): GateVerification => ({
  verificationId: id,
  status,
  employee,
  requestedAt,
  completedAt,
});

describe('decideTicketGate', () => {
  const gate = (
    verifications: GateVerification[],
    options: { employee?: string | null; maxAgeMinutes?: number | null } = {},
  ) =>
    decideTicketGate({
      verifications,
      employee: options.employee === undefined ? 'Ada@Example.com ' : options.employee,
      now: NOW,
      maxAgeMinutes: options.maxAgeMinutes === undefined ? 60 : options.maxAgeMinutes,
    });

  it('allows when the latest verification of this requester passed within the window', () => {
    expect(
      gate([v('ver_old', 'failed', '2026-11-24T11:00:00Z'), v('ver_new', 'passed', '2026-11-24T11:30:00Z')]),
    ).toEqual({ allow: true, verificationId: 'ver_new' });
  });

  it('refuses when there is none, or none for the current requester', () => {
    expect(gate([])).toMatchObject({ allow: false, reason: 'no_verification', verificationId: null });
    expect(gate([v('ver_bob', 'passed', '2026-11-24T11:30:00Z', 'bob@example.com')])).toMatchObject({
      allow: false,
      reason: 'no_verification',
    });
  });

  it('refuses when a newer verification did not pass, even after an older pass', () => {
    const decision = gate([
      v('ver_pass', 'passed', '2026-11-24T11:00:00Z'),
      v('ver_pending', 'pending', '2026-11-24T11:40:00Z', 'ada@example.com', null),
    ]);
    expect(decision).toMatchObject({ allow: false, reason: 'not_passed', verificationId: 'ver_pending' });
    expect(decision.allow === false && decision.message).toContain('"pending"');
  });

  it('refuses a pass older than the freshness window, and ignores the window when none is set', () => {
    const old = [v('ver_old', 'passed', '2026-11-24T09:00:00Z', 'ada@example.com', '2026-11-24T10:59:00Z')];
    expect(gate(old)).toMatchObject({ allow: false, reason: 'stale', verificationId: 'ver_old' });
    expect(gate(old, { maxAgeMinutes: 61 })).toEqual({ allow: true, verificationId: 'ver_old' });
    expect(gate(old, { maxAgeMinutes: null })).toEqual({ allow: true, verificationId: 'ver_old' });
  });

  it('considers every verification of the ticket when the host cannot name the requester', () => {
    expect(gate([v('ver_bob', 'passed', '2026-11-24T11:30:00Z', 'bob@example.com')], { employee: null })).toEqual({
      allow: true,
      verificationId: 'ver_bob',
    });
  });
});
