import type { DevicePolicy } from '@helpdesk-verify/core-client/schemas';

/** What the policy looks at of a passkey, at enrolment (fresh attestation) or later (as stored). */
export interface PasskeyFacts {
  attested: boolean;
  attestationDetail: string;
  aaguid: string;
  /** A synced (multi-device) passkey: its key can be copied to other devices. */
  backupEligible: boolean;
}

/**
 * A Link's `device_policy` applied to one passkey: null when allowed, or the reason it is refused.
 * `require_attested` wants hardware whose attestation chains to a trusted root, and a key that stays
 * on it (a synced passkey can be copied to other devices); a non-empty `allowed_aaguids` lists the
 * authenticator models allowed.
 */
export function checkDevicePolicy(policy: DevicePolicy, passkey: PasskeyFacts): string | null {
  if (policy.require_attested && !passkey.attested) {
    return `this Link needs attested hardware and this is an ${passkey.attestationDetail}`;
  }
  if (policy.require_attested && passkey.backupEligible) {
    return 'this Link needs attested hardware and this is a synced passkey, which can be copied to other devices';
  }
  const allowed = policy.allowed_aaguids.map((a) => a.toLowerCase());
  if (allowed.length > 0 && !allowed.includes(passkey.aaguid.toLowerCase())) {
    return `this Link allows only approved authenticator models, and this one (AAGUID ${passkey.aaguid}) is not one of them`;
  }
  return null;
}
