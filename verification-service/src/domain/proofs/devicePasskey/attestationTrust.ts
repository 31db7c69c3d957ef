import { anchorChain } from './webauthn/anchorChain';
import type { TrustStore } from './webauthn/loadTrustStore';

/** Formats whose x5c chain we anchor ourselves at the trust store (the library anchors apple and android-key). */
const ANCHORED_BY_US = new Set(['packed', 'tpm', 'fido-u2f']);

/**
 * Our policy on what counts as attested hardware. `@simplewebauthn/server` verifies every format's
 * signature and anchors `apple` and `android-key` chains at the vendor roots it ships (it refuses the
 * enrolment otherwise). For `packed`, `tpm` and `fido-u2f` it checks the statement but holds no roots,
 * so we anchor their chains at the trust store (shipped roots plus `HV_WEBAUTHN_TRUST_DIR`). Anything
 * else (`none`, self attestation, an unknown root) is an unattested passkey: the signature is real,
 * the make of the device is not proven.
 */
export function attestationTrust(input: { fmt: string; x5c: readonly Uint8Array[]; store: TrustStore; at: Date }): {
  attested: boolean;
  detail: string;
} {
  if (input.fmt === 'apple' || input.fmt === 'android-key') {
    return { attested: true, detail: `${input.fmt} attestation anchored at the vendor root` };
  }
  if (input.fmt === 'none') return { attested: false, detail: 'unattested passkey (no attestation)' };
  if (input.x5c.length === 0) return { attested: false, detail: `unattested passkey (${input.fmt} self attestation)` };
  if (!ANCHORED_BY_US.has(input.fmt))
    return { attested: false, detail: `unattested passkey (${input.fmt} attestation is not trusted)` };
  const anchor = anchorChain(input.x5c, input.store, input.at);
  if (!anchor.anchored) return { attested: false, detail: `unattested passkey (${input.fmt} ${anchor.reason})` };
  return { attested: true, detail: `${input.fmt} attestation anchored at ${anchor.root}` };
}
