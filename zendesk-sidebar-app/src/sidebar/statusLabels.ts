import type { VerificationStatus } from '@helpdesk-verify/core-client/schemas';

/** How each status reads in the sidebar, and the Garden tag hue that shows it. */
export const STATUS_LABELS: Record<VerificationStatus, { label: string; hue: string }> = {
  pending: { label: 'Sent', hue: 'blue' },
  opened: { label: 'Opened', hue: 'yellow' },
  passed: { label: 'Passed', hue: 'green' },
  failed: { label: 'Failed', hue: 'red' },
  expired: { label: 'Expired', hue: 'grey' },
  cancelled: { label: 'Cancelled', hue: 'grey' },
};

/** Timeline entries in words. */
export const EVENT_LABELS: Record<string, string> = {
  pending: 'Link sent',
  opened: 'Employee opened the link',
  resent: 'Link sent again',
  proof_passed: 'Proof passed',
  proof_failed: 'Proof failed',
  passed: 'Verification passed',
  failed: 'Verification failed',
  expired: 'Verification expired',
  cancelled: 'Verification cancelled',
};

/** Proof types in words. */
export const PROOF_LABELS: Record<string, string> = {
  email_possession: 'Email possession',
  phone_code: 'Phone one-time code',
  device_passkey: 'Device passkey',
  face_match: 'Face match',
  location: 'Location',
  employment: 'Employment status',
};
