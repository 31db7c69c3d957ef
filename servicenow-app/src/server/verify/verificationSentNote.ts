import type { Verification } from '@helpdesk-verify/core-client/schemas';

/** The work note written when the link went out: who, where (masked), the match code and when it expires. */
export const verificationSentNote = (verification: Verification): string => {
  const deliveries = verification.deliveries.map(
    (d) =>
      `${d.channel} to ${d.destination} (${d.contact}${d.status === 'failed' ? `, FAILED: ${d.error ?? 'unknown error'}` : ''})`,
  );
  return [
    `[SENT] Identity verification sent to ${verification.employee.display_name} (${verification.employee.email})`,
    `Sent by: ${deliveries.length > 0 ? deliveries.join('; ') : 'no channel'}`,
    `Match code: ${verification.match_code} (the employee sees the same code on the verification page)`,
    `Link: ${verification.link_id}`,
    `Expires: ${verification.expires_at}`,
    `Verification ID: ${verification.id}`,
  ].join('\n');
};
