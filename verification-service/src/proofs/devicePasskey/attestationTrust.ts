/**
 * Our policy on what counts as attested hardware. `@simplewebauthn/server` verifies every format's
 * signature, but only anchors a certificate chain where it holds roots: it ships Apple's WebAuthn root
 * and Google's hardware attestation roots, so `apple` and `android-key` chains are anchored. The
 * service ships no roots or FIDO metadata for `packed` and `tpm`, so those (and `none`, self
 * attestation) are recorded as unattested: the signature is real, the make of the device is not proven.
 */
export function attestationTrust(input: { fmt: string; hasCertificateChain: boolean }): { attested: boolean; detail: string } {
  if (input.fmt === 'apple' || input.fmt === 'android-key') {
    return { attested: true, detail: `${input.fmt} attestation anchored at the vendor root` };
  }
  if (input.fmt === 'none') return { attested: false, detail: 'unattested passkey (no attestation)' };
  if (!input.hasCertificateChain) return { attested: false, detail: `unattested passkey (${input.fmt} self attestation)` };
  return { attested: false, detail: `unattested passkey (${input.fmt} chain not anchored at a trusted root)` };
}
