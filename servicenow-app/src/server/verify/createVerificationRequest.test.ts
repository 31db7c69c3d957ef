import { createVerificationRequest, type VerificationInput } from './createVerificationRequest';

const input: VerificationInput = {
  settings: { serviceUrl: 'https://verify.example.com/', apiKey: 'hv_key', timeoutMs: 15_000 },
  task: { table: 'sc_task', sysId: 'a'.repeat(32), number: 'SCTASK0010001' },
  taskUrl: 'https://acme.service-now.com/sc_task.do?sys_id=' + 'a'.repeat(32),
  caller: { email: ' dana@acme.example ', phone: '+1 (555) 555-0100' },
  agent: { name: 'Alex Agent', email: null, sysId: 'c'.repeat(32) },
  linkId: 'lnk_0123456789abcdef',
  channels: ['email', 'sms'],
  reason: 'Password reset',
  idempotencyKey: 'click-1',
};

describe('createVerificationRequest', () => {
  it('builds POST /v1/verifications with the key, the Idempotency-Key, the task and the caller', () => {
    const request = createVerificationRequest(input);
    expect(request).toMatchObject({
      method: 'POST',
      url: 'https://verify.example.com/v1/verifications',
      timeoutMs: 15_000,
    });
    expect(request.headers).toMatchObject({
      Authorization: 'Bearer hv_key',
      'Idempotency-Key': 'click-1',
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(request.body!)).toMatchObject({
      link_id: 'lnk_0123456789abcdef',
      employee: { email: 'dana@acme.example', phone: '+15555550100' },
      channels: ['email', 'sms'],
      ticket: { system: 'servicenow', id: 'SCTASK0010001', url: input.taskUrl },
      agent: { name: 'Alex Agent', email: null, id: 'c'.repeat(32) },
      metadata: { ticket_table: 'sc_task', ticket_sys_id: 'a'.repeat(32) },
    });
  });

  it('sends the task link as ticket.url, or null when the instance has no absolute base URL', () => {
    expect(JSON.parse(createVerificationRequest(input).body!).ticket.url).toBe(
      'https://acme.service-now.com/sc_task.do?sys_id=' + 'a'.repeat(32),
    );
    const relative = createVerificationRequest({ ...input, taskUrl: '/sc_task.do?sys_id=' + 'a'.repeat(32) });
    expect(JSON.parse(relative.body!).ticket).toEqual({ system: 'servicenow', id: 'SCTASK0010001', url: null });
  });

  it('leaves out a phone that is not E.164 and refuses a request without a way to find the employee', () => {
    expect(
      JSON.parse(
        createVerificationRequest({ ...input, caller: { email: 'dana@acme.example', phone: '555-0100 ext 3' } }).body!,
      ).employee,
    ).toEqual({ email: 'dana@acme.example' });
    expect(() => createVerificationRequest({ ...input, caller: { email: null, phone: null } })).toThrow(/employee/);
  });
});
