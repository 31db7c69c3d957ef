import type { Verification, VerificationListQuery } from '@helpdesk-verify/core-client/schemas';
import { registerSolveGate } from './registerSolveGate';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 15, 9, minute)).toISOString();
const verification = (id: string, status: Verification['status'], minute: number) =>
  ({
    id,
    status,
    employee: { email: 'dana@acme.example' },
    ticket: { system: 'zendesk', id: '77', url: null },
    created_at: at(minute),
    completed_at: at(minute + 1),
  }) as Verification;

/** A ZAF client that keeps the `ticket.save` hook and answers `get` with the ticket being saved. */
const fakeZaf = (ticket: Record<string, unknown>) => {
  let hook: (() => Promise<unknown>) | null = null;
  return {
    on: (event: string, handler: () => Promise<unknown>) => {
      if (event === 'ticket.save') hook = handler;
    },
    get: async () => ticket,
    save: () => hook!(),
  };
};

/** The service's list endpoint for this ticket: it honours the `status` filter like the real one. */
const fakeService = (verifications: Verification[]) => {
  const queries: VerificationListQuery[] = [];
  return {
    queries,
    listVerifications: async (input?: { query?: VerificationListQuery }) => {
      const query = input?.query ?? {};
      queries.push(query);
      const data = verifications.filter(
        (v) =>
          (query.status === undefined || v.status === query.status) &&
          (query.ticket_id === undefined || v.ticket.id === query.ticket_id),
      );
      return { data, next_cursor: null } as never;
    },
  };
};

describe('registerSolveGate (the sidebar gate)', () => {
  const ticket = {
    'ticket.id': 77,
    'ticket.status': 'solved',
    'ticket.tags': ['mfa_reset'],
    'ticket.requester': { email: 'dana@acme.example' },
  };
  const register = (verifications: Verification[], maxAgeMinutes: number | null = null) => {
    const zaf = fakeZaf(ticket);
    const hv = fakeService(verifications);
    registerSolveGate({
      zaf: zaf as never,
      hv,
      gateTag: 'mfa_reset',
      maxAgeMinutes,
      serviceUrl: 'https://verify.acme.internal',
      now: () => new Date(at(30)),
    });
    return { zaf, hv };
  };

  it('issue 11: asks for every verification of the ticket, so a later failure outweighs an earlier pass', async () => {
    const { zaf, hv } = register([verification('ver_2', 'failed', 10), verification('ver_1', 'passed', 1)]);
    await expect(zaf.save()).rejects.toThrow('"failed", not "passed"');
    expect(hv.queries).toEqual([{ ticket_system: 'zendesk', ticket_id: '77', limit: 100 }]);
  });

  it('allows the save when the latest verification passed within the freshness window, and refuses a stale one', async () => {
    await expect(register([verification('ver_1', 'passed', 20)], 15).zaf.save()).resolves.toBe(true);
    await expect(register([verification('ver_1', 'passed', 1)], 15).zaf.save()).rejects.toThrow('more than 15 minutes');
  });

  it('fails closed when the service cannot be asked', async () => {
    const zaf = fakeZaf(ticket);
    registerSolveGate({
      zaf: zaf as never,
      hv: { listVerifications: async () => Promise.reject(new Error('down')) },
      gateTag: 'mfa_reset',
      maxAgeMinutes: null,
      serviceUrl: 'https://verify.acme.internal',
    });
    await expect(zaf.save()).rejects.toThrow('could not be checked');
  });
});
