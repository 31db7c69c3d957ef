import { X509Certificate } from 'node:crypto';
import type { TrustStore } from './loadTrustStore';

export type AnchorResult = { anchored: true; root: string } | { anchored: false; reason: string };

const validAt = (c: X509Certificate, at: Date) =>
  Date.parse(c.validFrom) <= at.getTime() && at.getTime() <= Date.parse(c.validTo);
const commonName = (c: X509Certificate) => /(?:^|\n)CN=([^\n]+)/.exec(c.subject)?.[1] ?? c.subject.replace(/\n/g, ', ');

/**
 * Whether an attestation certificate chain (`x5c`: leaf first, DER) ends at one of the trusted roots:
 * each certificate is issued and signed by the next, every one above the leaf is a CA, all are valid
 * at `at`, and the last is a trusted root or is issued and signed by one. The leaf's own signature
 * over the attestation is the WebAuthn library's job; this only says whose hardware signed it.
 */
export function anchorChain(x5c: readonly Uint8Array[], store: TrustStore, at: Date): AnchorResult {
  if (x5c.length === 0) return { anchored: false, reason: 'no certificate chain' };
  if (x5c.length > 5) return { anchored: false, reason: 'certificate chain too long' };
  let chain: X509Certificate[];
  try {
    chain = x5c.map((der) => new X509Certificate(Buffer.from(der)));
  } catch {
    return { anchored: false, reason: 'a certificate of the chain does not parse' };
  }
  for (const [i, cert] of chain.entries()) {
    if (!validAt(cert, at)) return { anchored: false, reason: `certificate ${i} is not valid now` };
    if (i > 0 && !cert.ca) return { anchored: false, reason: `certificate ${i} is not a CA` };
    const issuer = chain[i + 1];
    if (issuer && !(cert.checkIssued(issuer) && cert.verify(issuer.publicKey)))
      return { anchored: false, reason: `certificate ${i} is not signed by the next one` };
  }
  const top = chain[chain.length - 1]!;
  for (const { certificate: root } of store.roots) {
    if (!validAt(root, at)) continue;
    const isRoot = top.fingerprint256 === root.fingerprint256;
    if (isRoot || (top.checkIssued(root) && top.verify(root.publicKey)))
      return { anchored: true, root: commonName(root) };
  }
  return { anchored: false, reason: 'chain not anchored at a trusted root' };
}
