import type { TrustCheckEvent } from '../src/schemas/webhooks';
import type { Verification } from '../src/schemas/verifications';

/** A verification that passed with a passkey and a phone code, sent to the employee's personal contacts. */
export const passedVerification: Verification = {
  id: 'ver_01JABCDEF0123456',
  link_id: 'lnk_01JLINK0000001',
  status: 'passed',
  employee: { id: 'emp_01JEMP00000001', display_name: 'Ada Lovelace', email: 'ada@example.com' },
  agent: { name: 'Grace Hopper', email: 'grace@example.com', id: 'agent-7' },
  ticket: { system: 'zendesk', id: '4242', url: 'https://example.zendesk.com/agent/tickets/4242' },
  reason: 'MFA reset requested by phone',
  metadata: { priority: 'high' },
  match_code: 'K7-Q2',
  deliveries: [
    {
      channel: 'email',
      contact: 'personal',
      destination: 'a•••@gmail.com',
      status: 'sent',
      error: null,
      sent_at: '2026-11-24T10:00:01.000Z',
    },
    {
      channel: 'sms',
      contact: 'work',
      destination: '•••• 0100',
      status: 'sent',
      error: null,
      sent_at: '2026-11-24T10:00:02.000Z',
    },
  ],
  proofs: [
    {
      type: 'email_possession',
      required: true,
      status: 'passed',
      assurance: 'low',
      attempts: 1,
      completed_at: '2026-11-24T10:02:00.000Z',
      detail: 'Opened the link sent by email',
    },
    {
      type: 'device_passkey',
      required: true,
      status: 'passed',
      assurance: 'high',
      attempts: 1,
      completed_at: '2026-11-24T10:03:00.000Z',
      detail: 'Passkey with trusted attestation (YubiKey 5)',
    },
    {
      type: 'location',
      required: false,
      status: 'skipped',
      assurance: null,
      attempts: 0,
      completed_at: null,
      detail: null,
    },
  ],
  assurance_required: 'medium',
  assurance_reached: 'high',
  risk: {
    score: 20,
    reasons: [
      { code: 'personal_contact', message: 'Link sent to a personal email address', weight: 15 },
      { code: 'new_device', message: 'First verification from this device', weight: 5 },
    ],
  },
  device: null,
  location: null,
  outcome_reason: null,
  timeline: [
    { status: 'pending', at: '2026-11-24T10:00:00.000Z', detail: null },
    { status: 'passed', at: '2026-11-24T10:03:05.000Z', detail: null },
  ],
  expires_at: '2026-11-24T10:15:00.000Z',
  created_at: '2026-11-24T10:00:00.000Z',
  updated_at: '2026-11-24T10:03:05.000Z',
  completed_at: '2026-11-24T10:03:05.000Z',
};

/** The same verification, still waiting for the employee. */
export const pendingVerification: Verification = {
  ...passedVerification,
  status: 'pending',
  proofs: passedVerification.proofs.map((proof) => ({
    ...proof,
    status: 'pending',
    assurance: null,
    attempts: 0,
    completed_at: null,
    detail: null,
  })),
  assurance_reached: null,
  risk: null,
  timeline: [{ status: 'pending', at: '2026-11-24T10:00:00.000Z', detail: null }],
  completed_at: null,
};

/** A `trust_check.failed` event: the phone code failed. */
export const failedEvent: TrustCheckEvent = {
  event_type: 'trust_check.failed',
  link_id: 'lnk_01JLINK0000001',
  session_id: 'ver_01JFAILED000001',
  timestamp: '2026-11-24T11:00:00.000Z',
  status: 'failed',
  identity: {
    employee_id: 'emp_01JEMP00000002',
    name: 'Linus Torvalds',
    email: 'linus@example.com',
    proofs_completed: ['email_possession'],
  },
  proofs: [
    {
      type: 'email_possession',
      required: true,
      status: 'passed',
      assurance: 'low',
      attempts: 1,
      completed_at: '2026-11-24T10:58:00.000Z',
      detail: null,
    },
    {
      type: 'phone_code',
      required: true,
      status: 'failed',
      assurance: null,
      attempts: 5,
      completed_at: '2026-11-24T10:59:59.000Z',
      detail: 'Too many wrong codes',
    },
  ],
  assurance_required: 'medium',
  assurance_reached: 'low',
  device: { user_agent: 'Mozilla/5.0', attestation: null, aaguid: null, new_device: false, same_device_as_link: true },
  location: { region: 'Bavaria', country: 'DE', source: 'ip' },
  risk: { score: 85, reasons: [{ code: 'code_attempts', message: 'Five wrong phone codes', weight: 60 }] },
  ticket: { system: 'jira', id: 'IT-99', url: null },
  agent: { name: 'Grace Hopper', email: null, id: null },
  contacts: { email: 'work', sms: 'personal' },
  deliveries: [
    {
      channel: 'sms',
      contact: 'personal',
      destination: '•••• 0199',
      status: 'sent',
      error: null,
      sent_at: '2026-11-24T10:55:00.000Z',
    },
  ],
  reason: 'MFA reset',
  match_code: 'ZX-81',
  alert: null,
  outcome_reason: 'The phone code was wrong five times',
  metadata: {},
};
