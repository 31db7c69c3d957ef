import type { Verification } from '@helpdesk-verify/core-client';
import { decideSolve } from './decideSolve';

const verification = (status: Verification['status'], email: string) => ({ status, employee: { email } }) as Verification;

describe('decideSolve', () => {
  const ticket = { status: 'solved', tags: ['vip', 'MFA_Reset'], requesterEmail: 'Dana@Acme.example' };

  it('lets through tickets that are not being solved or lack the tag', () => {
    expect(decideSolve({ ticket: { ...ticket, status: 'open' }, gateTag: 'mfa_reset', verifications: [] })).toEqual({ allow: true });
    expect(decideSolve({ ticket: { ...ticket, tags: ['vip'] }, gateTag: 'mfa_reset', verifications: [] })).toEqual({ allow: true });
  });

  it('needs a passed verification of this requester', () => {
    expect(decideSolve({ ticket, gateTag: 'mfa_reset', verifications: [] })).toMatchObject({ allow: false, message: expect.stringContaining('mfa_reset') });
    expect(decideSolve({ ticket, gateTag: 'mfa_reset', verifications: [verification('failed', 'dana@acme.example')] }).allow).toBe(false);
    expect(decideSolve({ ticket, gateTag: 'mfa_reset', verifications: [verification('passed', 'eve@acme.example')] }).allow).toBe(false);
    expect(decideSolve({ ticket, gateTag: 'mfa_reset', verifications: [verification('passed', 'dana@acme.example')] })).toEqual({ allow: true });
    expect(decideSolve({ ticket: { ...ticket, requesterEmail: null }, gateTag: 'mfa_reset', verifications: [] }).allow).toBe(false);
  });
});
