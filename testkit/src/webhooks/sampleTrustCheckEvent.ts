import type { EventType, TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';

/** A valid `trust_check.*` payload for delivery tests. */
export function sampleTrustCheckEvent(
  eventType: EventType = 'trust_check.completed',
  at = new Date('2026-01-15T09:00:00.000Z'),
): TrustCheckEvent {
  const passed = eventType === 'trust_check.completed';
  return {
    event_type: eventType,
    link_id: 'lnk_0123456789abcdef',
    session_id: 'ver_0123456789abcdef',
    timestamp: at.toISOString(),
    status: passed
      ? 'passed'
      : eventType === 'trust_check.failed' || eventType === 'trust_check.alert'
        ? 'failed'
        : eventType === 'trust_check.cancelled'
          ? 'cancelled'
          : 'expired',
    identity: {
      employee_id: 'emp_0123456789abcdef',
      name: 'Dana Scully',
      email: 'dana@example.com',
      proofs_completed: passed ? ['email_possession'] : [],
    },
    proofs: [
      {
        type: 'email_possession',
        required: true,
        status: passed ? 'passed' : 'failed',
        assurance: passed ? 'low' : null,
        attempts: 1,
        completed_at: at.toISOString(),
        detail: null,
      },
    ],
    assurance_required: 'low',
    assurance_reached: passed ? 'low' : null,
    device: null,
    location: { region: 'Île-de-France', country: 'FR', source: 'ip' },
    risk: { score: 10, reasons: [{ code: 'new_device', message: 'First time on this device', weight: 10 }] },
    ticket: { system: 'zendesk', id: '4242', url: 'https://acme.zendesk.com/agent/tickets/4242' },
    agent: { name: 'Fox Mulder', email: 'fox@example.com', id: null },
    contacts: { email: 'work', sms: 'work' },
    deliveries: [
      {
        channel: 'email',
        contact: 'work',
        destination: 'd•••@example.com',
        status: 'sent',
        error: null,
        sent_at: at.toISOString(),
      },
    ],
    match_code: '4827',
    reason: 'Password reset',
    alert:
      eventType === 'trust_check.alert'
        ? {
            code: 'not_requested_by_employee',
            message:
              'The employee says they did not request this verification. Someone may be impersonating them to the help desk.',
          }
        : null,
    outcome_reason: passed ? null : 'The employee did not finish',
    metadata: { ticket_id: '4242' },
  };
}
