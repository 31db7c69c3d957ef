import type { Channel } from '@helpdesk-verify/core-client/schemas';
import type { SessionVerification } from './loadSessionVerification';

/** The address a channel goes to, given the agent's work/personal choice. */
export function destinationOf(
  verification: Pick<SessionVerification, 'employee' | 'contacts'>,
  channel: Channel,
): string | null {
  const { employee, contacts } = verification;
  if (channel === 'email') return contacts.email === 'personal' ? employee.personal_email : employee.email;
  return contacts.sms === 'personal' ? employee.personal_phone : employee.phone;
}
