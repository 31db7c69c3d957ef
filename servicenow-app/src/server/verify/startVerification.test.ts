import { pendingVerification } from '../../../../core-client/test/fixtures';
import { memoryPorts } from '../../../test/memoryPorts';
import type { VerificationInput } from './createVerificationRequest';
import type { SyncTransport } from './restMessageTransport';
import { startVerification } from './startVerification';

const input: VerificationInput & { employeeSysId: string } = {
  settings: { serviceUrl: 'https://verify.example.com', apiKey: 'hv_key', timeoutMs: 15_000 },
  task: { table: 'incident', sysId: 'a'.repeat(32), number: 'INC0010001' },
  taskUrl: 'https://acme.service-now.com/incident.do?sys_id=' + 'a'.repeat(32),
  caller: { email: 'dana@acme.example', phone: null },
  agent: { name: 'Alex Agent', email: null, sysId: 'c'.repeat(32) },
  employeeSysId: 'd'.repeat(32),
  linkId: pendingVerification.link_id,
  channels: ['email'],
  reason: 'MFA reset',
  idempotencyKey: 'click-1',
};

const answering =
  (status: number, body: unknown): SyncTransport =>
  () => ({ answered: true, response: { status, headers: {}, body: JSON.stringify(body) } });

describe('startVerification', () => {
  it('records the verification once and notes it once, even when the agent clicks twice', () => {
    const ports = memoryPorts();
    const deps = {
      transport: answering(201, pendingVerification),
      records: ports.records,
      notes: ports.notes$,
      now: () => '2026-01-15T09:00:00.000Z',
    };
    expect(startVerification(input, deps)).toMatchObject({ ok: true, verification: { id: pendingVerification.id } });
    expect(startVerification(input, deps)).toMatchObject({ ok: true });
    expect([...ports.rows.values()]).toEqual([
      expect.objectContaining({
        verificationId: pendingVerification.id,
        employeeSysId: 'd'.repeat(32),
        status: 'pending',
        requestedAt: '2026-01-15T09:00:00.000Z',
      }),
    ]);
    expect(ports.notes).toEqual([
      { table: 'incident', sysId: 'a'.repeat(32), text: expect.stringMatching(/^\[SENT\] Identity verification sent/) },
    ]);
  });

  it('says why and records nothing when the service refuses, does not answer, or the caller cannot be found', () => {
    const ports = memoryPorts();
    const deps = { records: ports.records, notes: ports.notes$, now: () => '' };
    expect(
      startVerification(input, {
        ...deps,
        transport: answering(422, { type: 'urn:x', title: 'Unprocessable', status: 422, detail: 'No employee' }),
      }),
    ).toEqual({ ok: false, message: 'The verification service refused the request (422 Unprocessable): No employee' });
    expect(
      startVerification(input, {
        ...deps,
        transport: () => ({ answered: false, timedOut: true, message: 'timed out' }),
      }),
    ).toEqual({ ok: false, message: 'The verification service did not answer in time. Try again in a moment.' });
    expect(
      startVerification(
        { ...input, caller: { email: null, phone: '555-0100' } },
        { ...deps, transport: answering(201, pendingVerification) },
      ),
    ).toEqual({ ok: false, message: expect.stringMatching(/^The request is not valid: .*employee/) });
    expect(ports.rows.size).toBe(0);
    expect(ports.notes).toEqual([]);
  });
});
