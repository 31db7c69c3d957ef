import { Channel, ContactChoice, Email } from '@helpdesk-verify/core-client/schemas';
import { ResolverInputError } from './ResolverOutcome';

/** The "Verify identity" modal's submission; the issue comes from the context, never from here. */
export interface StartVerificationInput {
  linkId: string;
  channels: Channel[];
  contacts?: { email: ContactChoice; sms: ContactChoice };
  employeeEmail: string;
  reason: string;
  /** One per modal opening, so a double click creates one verification. */
  requestId?: string;
}

const KEYS = new Set(['linkId', 'channels', 'contacts', 'employeeEmail', 'reason', 'requestId']);

const refuse = (message: string): never => {
  throw new ResolverInputError('invalid_input', message);
};

/** Checks the browser's payload field by field with core-client's schemas; unknown fields are refused. */
export const parseStartVerificationInput = (payload: unknown): StartVerificationInput => {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return refuse('payload must be an object');
  const input = payload as Record<string, unknown>;
  const unknown = Object.keys(input).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) refuse(`unknown fields: ${unknown.join(', ')}`);
  const linkId =
    typeof input.linkId === 'string' && /^lnk_[A-Za-z0-9]+$/.test(input.linkId)
      ? input.linkId
      : refuse('linkId: choose a Link');
  const channels = Channel.array().min(1).max(2).safeParse(input.channels);
  if (!channels.success) refuse('channels: choose email and/or sms');
  const email = Email.safeParse(input.employeeEmail);
  if (!email.success) refuse("employeeEmail: enter the employee's email address");
  let contacts: StartVerificationInput['contacts'];
  if (input.contacts !== undefined) {
    const c = input.contacts as { email?: unknown; sms?: unknown } | null;
    const e = ContactChoice.safeParse(c?.email);
    const s = ContactChoice.safeParse(c?.sms);
    if (!e.success || !s.success) refuse('contacts: email and sms must each be "work" or "personal"');
    contacts = { email: e.data!, sms: s.data! };
  }
  const reason =
    input.reason === undefined
      ? ''
      : typeof input.reason === 'string' && input.reason.length <= 500
        ? input.reason
        : refuse('reason: at most 500 characters');
  const requestId =
    input.requestId === undefined
      ? undefined
      : typeof input.requestId === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(input.requestId)
        ? input.requestId
        : refuse('requestId: 8-64 letters, digits, _ or -');
  return {
    linkId,
    channels: channels.data!,
    ...(contacts ? { contacts } : {}),
    employeeEmail: email.data!,
    reason,
    ...(requestId ? { requestId } : {}),
  };
};

/** `{ verificationId, reason? }` of resend and cancel. */
export const parseVerificationIdInput = (payload: unknown): { verificationId: string; reason: string } => {
  const input = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<string, unknown>;
  const verificationId =
    typeof input.verificationId === 'string' && /^ver_[A-Za-z0-9]+$/.test(input.verificationId)
      ? input.verificationId
      : refuse('verificationId is required');
  const reason =
    input.reason === undefined
      ? ''
      : typeof input.reason === 'string' && input.reason.length <= 500
        ? input.reason
        : refuse('reason: at most 500 characters');
  return { verificationId, reason };
};
