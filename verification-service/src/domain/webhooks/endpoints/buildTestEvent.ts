import type { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';

/** `webhook-id`s and session ids of test events start with this, after the usual prefix. */
export const TEST_SESSION_PREFIX = 'ver_test';

/**
 * The sample a "send test event" delivers. It is a contract-valid `trust_check.failed` (no new event
 * type for receivers to learn), made harmless on purpose: a failure grants nothing even to a receiver
 * that ignores the markers; `metadata.test` is `"true"`; the session id (`ver_test…`) matches no
 * verification and the ticket (`api` / `hv-test-event`) no ticket, so the ITSM apps find nothing to
 * update (ServiceNow answers 404 unknown_verification after checking the signature); the identity
 * uses the reserved `.invalid` domain.
 */
export function buildTestEvent(input: { sessionId: string; at: Date }): TrustCheckEvent {
  const at = input.at.toISOString();
  return {
    event_type: 'trust_check.failed',
    link_id: 'lnk_test000000000000',
    session_id: input.sessionId,
    timestamp: at,
    status: 'failed',
    identity: {
      employee_id: 'emp_test000000000000',
      name: 'Test Event',
      email: 'test-event@helpdesk-verify.invalid',
      proofs_completed: [],
    },
    proofs: [],
    assurance_required: 'low',
    assurance_reached: null,
    device: null,
    location: null,
    risk: {
      score: 0,
      reasons: [
        { code: 'test_event', message: 'A test event sent from the console; no verification took place', weight: 0 },
      ],
    },
    alert: null,
    ticket: { system: 'api', id: 'hv-test-event', url: null },
    agent: { name: 'Helpdesk Verify test', email: null, id: null },
    contacts: { email: 'work', sms: 'work' },
    deliveries: [],
    match_code: 'TST-EVT',
    reason: 'Webhook endpoint test',
    outcome_reason: 'Test event: no verification took place',
    metadata: { test: 'true' },
  };
}
