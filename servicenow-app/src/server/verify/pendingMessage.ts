import type { VerificationRecord } from '../ports';

/** The form message while a verification waits for the employee; null once it has a result. */
export const pendingMessage = (
  record: Pick<VerificationRecord, 'status' | 'matchCode' | 'channels' | 'verificationId'>,
): string | null => {
  if (record.status === 'pending') {
    return `Identity verification sent (${record.channels || 'no channel'}), waiting for the employee. Match code: ${record.matchCode}. (${record.verificationId})`;
  }
  if (record.status === 'opened')
    return `The employee opened the verification link and is verifying now. Match code: ${record.matchCode}.`;
  return null;
};
