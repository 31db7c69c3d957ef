import { failedEvent, passedVerification, pendingVerification } from '../../test/fixtures';
import { formatVerificationResult } from './formatVerificationResult';

describe('formatVerificationResult', () => {
  it('formats a passed verification', () => {
    const result = formatVerificationResult(passedVerification);
    expect(result.outcome).toBe('passed');
    expect(result.headline).toBe('[PASSED] Identity verified: Ada Lovelace (ada@example.com)');
    expect(result.plainText).toBe(
      [
        '[PASSED] Identity verified: Ada Lovelace (ada@example.com)',
        '',
        'Employee: Ada Lovelace',
        'Email: ada@example.com',
        'Match code: K7-Q2',
        'Agent: Grace Hopper (grace@example.com)',
        'Ticket: Zendesk 4242',
        'Request reason: MFA reset requested by phone',
        'Assurance: high reached, medium required',
        'Link sent to: email to personal contact a•••@gmail.com (sent); SMS to work contact •••• 0100 (sent)',
        'Verification ID: ver_01JABCDEF0123456',
        'Completed: 2026-11-24T10:03:05.000Z',
        '',
        'Proofs:',
        '- Email possession: passed, assurance low: Opened the link sent by email',
        '- Device passkey: passed, assurance high: Passkey with trusted attestation (YubiKey 5)',
        '- Location (optional): skipped',
        '',
        'Risk score: 20/100',
        '- Link sent to a personal email address (+15)',
        '- First verification from this device (+5)',
      ].join('\n'),
    );
    expect(result.blocks.map((block) => block.kind)).toEqual(['heading', 'fields', 'proofs', 'risk']);
    expect(result.blocks[2]).toEqual({
      kind: 'proofs',
      title: 'Proofs',
      proofs: [
        {
          label: 'Email possession',
          required: true,
          status: 'passed',
          assurance: 'low',
          detail: 'Opened the link sent by email',
        },
        {
          label: 'Device passkey',
          required: true,
          status: 'passed',
          assurance: 'high',
          detail: 'Passkey with trusted attestation (YubiKey 5)',
        },
        { label: 'Location', required: false, status: 'skipped', assurance: null, detail: null },
      ],
    });
  });

  it('formats a failed trust check event with its reason, location and device', () => {
    const result = formatVerificationResult(failedEvent);
    expect(result.outcome).toBe('failed');
    expect(result.headline).toBe('[FAILED] Identity NOT verified: Linus Torvalds (linus@example.com)');
    expect(result.blocks[1]).toEqual({ kind: 'paragraph', text: 'Reason: The phone code was wrong five times' });
    expect(result.plainText).toContain('Agent: Grace Hopper\n');
    expect(result.plainText).toContain('Ticket: Jira IT-99');
    expect(result.plainText).toContain('Assurance: low reached, medium required');
    expect(result.plainText).toContain('Link sent to: SMS to personal contact •••• 0199 (sent)');
    expect(result.plainText).toContain('Request reason: MFA reset');
    expect(result.plainText).toContain('Location: Bavaria, DE');
    expect(result.plainText).toContain('Device: same device that opened the link');
    expect(result.plainText).toContain('Verification ID: ver_01JFAILED000001');
    expect(result.plainText).toContain('Completed: 2026-11-24T11:00:00.000Z');
    expect(result.plainText).toContain('- Phone one-time code: failed: Too many wrong codes');
    expect(result.plainText).toContain('Risk score: 85/100\n- Five wrong phone codes (+60)');
  });

  it('formats a verification still in progress, without risk', () => {
    const result = formatVerificationResult(pendingVerification);
    expect(result.headline).toBe(
      '[PENDING] Verification link sent, waiting for the employee: Ada Lovelace (ada@example.com)',
    );
    expect(result.plainText).toContain('Assurance: none reached, medium required');
    expect(result.plainText).toContain('Completed: not yet');
    expect(result.blocks.some((block) => block.kind === 'risk')).toBe(false);
    const opened = formatVerificationResult({ ...pendingVerification, status: 'opened' });
    expect(opened.headline).toMatch(/^\[OPENED\] Employee opened the verification link: /);
  });

  it('says why a verification expired or was cancelled', () => {
    const expired = formatVerificationResult({
      ...pendingVerification,
      status: 'expired',
      outcome_reason: 'The link expired after 15 minutes',
      completed_at: '2026-11-24T10:15:00Z',
    });
    expect(expired.headline).toMatch(/^\[EXPIRED\] Verification expired before it was completed: /);
    expect(expired.plainText).toContain('Reason: The link expired after 15 minutes');
    expect(expired.plainText).toContain('Completed: 2026-11-24T10:15:00.000Z');
    const cancelled = formatVerificationResult({
      ...failedEvent,
      status: 'cancelled',
      outcome_reason: 'Opened by mistake',
    });
    expect(cancelled.outcome).toBe('cancelled');
    expect(cancelled.headline).toMatch(/^\[CANCELLED\] /);
  });

  it('formats a trust_check.cancelled event: the headline says cancelled, then the reason and who cancelled (issue 12)', () => {
    const result = formatVerificationResult({
      ...failedEvent,
      event_type: 'trust_check.cancelled',
      status: 'cancelled',
      outcome_reason: 'Cancelled by the help desk: caller hung up',
      cancelled_by: { type: 'user', id: 'usr_0123456789abcdef', label: 'grace@example.com' },
    });
    expect(result.outcome).toBe('cancelled');
    expect(result.headline).toMatch(/^\[CANCELLED\] Verification cancelled: /);
    const lines = result.plainText.split('\n');
    expect(lines[0]).toBe(result.headline);
    expect(lines).toContain('Reason: Cancelled by the help desk: caller hung up');
    expect(lines).toContain('Cancelled by: grace@example.com (console user)');
    const byKey = formatVerificationResult({
      ...failedEvent,
      event_type: 'trust_check.cancelled',
      status: 'cancelled',
      cancelled_by: { type: 'api_key', id: 'key_0123456789abcdef', label: 'ServiceNow' },
    });
    expect(byKey.plainText).toContain('Cancelled by: ServiceNow (API key)');
  });

  it('shows failed deliveries and a verification not sent yet', () => {
    const failedDelivery = formatVerificationResult({
      ...pendingVerification,
      deliveries: [
        {
          channel: 'sms',
          contact: 'personal',
          destination: '•••• 0199',
          status: 'failed',
          error: 'Provider refused the number',
          sent_at: '2026-11-24T10:00:01Z',
        },
      ],
    });
    expect(failedDelivery.plainText).toContain(
      'Link sent to: SMS to personal contact •••• 0199 (failed: Provider refused the number)',
    );
    expect(formatVerificationResult({ ...pendingVerification, deliveries: [] }).plainText).toContain(
      'Link sent to: not sent yet',
    );
  });

  it('formats a trust_check.alert: the alert leads, in every rendering the apps use', () => {
    const alertEvent = {
      ...failedEvent,
      event_type: 'trust_check.alert' as const,
      outcome_reason: 'The employee reported that they did not request this verification',
      alert: {
        code: 'not_requested_by_employee',
        message: 'The employee says they did not request this verification.',
      },
    };
    const result = formatVerificationResult(alertEvent);
    expect(result.outcome).toBe('failed');
    expect(result.headline).toBe(
      '[ALERT] The employee did NOT request this verification: Linus Torvalds (linus@example.com)',
    );
    expect(result.blocks[1]).toEqual({
      kind: 'paragraph',
      text: 'Alert: The employee says they did not request this verification.',
    });
    expect(result.plainText.split('\n').slice(0, 3)).toEqual([
      '[ALERT] The employee did NOT request this verification: Linus Torvalds (linus@example.com)',
      '',
      'Alert: The employee says they did not request this verification.',
    ]);
    expect(result.plainText).toContain('Reason: The employee reported that they did not request this verification');
    // An alert code this version does not know still reads as an alert; a prototype key is not a headline.
    for (const code of ['something_new', 'constructor', '__proto__']) {
      expect(formatVerificationResult({ ...alertEvent, alert: { code, message: 'm' } }).headline).toBe(
        '[ALERT] Security alert on this verification: Linus Torvalds (linus@example.com)',
      );
    }
    // The alert field of any other event is not shown.
    expect(formatVerificationResult({ ...failedEvent, alert: alertEvent.alert }).headline).toMatch(/^\[FAILED\]/);
  });

  it("shows a verification's location (region and country)", () => {
    const located = formatVerificationResult({
      ...passedVerification,
      location: { region: 'England', country: 'GB', source: 'browser' },
    });
    expect(located.plainText).toContain('Location: England, GB\n');
  });
});
