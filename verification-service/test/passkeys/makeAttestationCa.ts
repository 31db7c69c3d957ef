import { execFileSync } from 'node:child_process';
import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** An authenticator vendor made for a test: a root CA and one attestation certificate it issued. */
export interface AttestationCa {
  /** A folder holding only `root.pem` (what an admin points HV_WEBAUTHN_TRUST_DIR at). */
  trustDir: string;
  rootPem: string;
  /** The attestation certificate (leaf, DER) and its private key, which signs attestation statements. */
  leafDer: Buffer;
  leafKey: KeyObject;
  /** A TPM attestation identity key certificate (empty subject, TPM manufacturer/model/version in the SAN, AIK EKU) and its key. */
  tpmAikDer: Buffer;
  tpmAikKey: KeyObject;
}

/**
 * Makes a root CA, a `packed` attestation certificate (the subject and extensions WebAuthn §8.2.1
 * asks for, the AAGUID extension naming the model) and a `tpm` AIK certificate (§8.3.1: empty
 * subject, TCG manufacturer, model and version in a critical subjectAltName, EKU 2.23.133.8.3) with
 * the openssl command line, in a temp folder.
 */
export function makeAttestationCa(name: string, aaguid: string): AttestationCa {
  const dir = mkdtempSync(join(tmpdir(), 'hv-attestation-ca-'));
  const trustDir = mkdtempSync(join(tmpdir(), 'hv-trust-'));
  const at = (f: string) => join(dir, f);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', at('root.key'));
  openssl(
    'req',
    '-x509',
    '-new',
    '-key',
    at('root.key'),
    '-sha256',
    '-days',
    '30',
    '-subj',
    `/C=SE/O=${name}/CN=${name} Attestation Root`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-out',
    at('root.pem'),
  );
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', at('leaf.key'));
  openssl(
    'req',
    '-new',
    '-key',
    at('leaf.key'),
    '-subj',
    `/C=SE/O=${name}/OU=Authenticator Attestation/CN=${name} Key Attestation`,
    '-out',
    at('leaf.csr'),
  );
  writeFileSync(
    at('leaf.ext'),
    `basicConstraints=critical,CA:FALSE\n1.3.6.1.4.1.45724.1.1.4=DER:04:10:${aaguid.replace(/-/g, '').match(/../g)!.join(':')}\n`,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    at('leaf.csr'),
    '-CA',
    at('root.pem'),
    '-CAkey',
    at('root.key'),
    '-CAcreateserial',
    '-days',
    '30',
    '-sha256',
    '-extfile',
    at('leaf.ext'),
    '-out',
    at('leaf.pem'),
  );
  // openssl reads "N." before a dirName field as a multi-value prefix, hence "1.2.23.133…" for 2.23.133….
  writeFileSync(
    at('aik.ext'),
    [
      'subjectAltName=critical,dirName:tpm_dn',
      'extendedKeyUsage=2.23.133.8.3',
      'basicConstraints=critical,CA:FALSE',
      `1.3.6.1.4.1.45724.1.1.4=DER:04:10:${aaguid.replace(/-/g, '').match(/../g)!.join(':')}`,
      '[tpm_dn]',
      '1.2.23.133.2.1=id:414D4400',
      '1.2.23.133.2.2=SoftTPM',
      '1.2.23.133.2.3=id:00020000',
      '',
    ].join('\n'),
  );
  openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', at('aik.key'));
  openssl('req', '-new', '-key', at('aik.key'), '-subj', '/CN=aik', '-out', at('aik.csr'));
  openssl(
    'x509',
    '-req',
    '-in',
    at('aik.csr'),
    '-CA',
    at('root.pem'),
    '-CAkey',
    at('root.key'),
    '-CAcreateserial',
    '-days',
    '30',
    '-sha256',
    '-extfile',
    at('aik.ext'),
    '-subj',
    '/',
    '-out',
    at('aik.pem'),
  );
  const rootPem = readFileSync(at('root.pem'), 'utf8');
  writeFileSync(join(trustDir, 'root.pem'), rootPem);
  return {
    trustDir,
    rootPem,
    leafDer: Buffer.from(new X509Certificate(readFileSync(at('leaf.pem'))).raw),
    leafKey: createPrivateKey(readFileSync(at('leaf.key'))),
    tpmAikDer: Buffer.from(new X509Certificate(readFileSync(at('aik.pem'))).raw),
    tpmAikKey: createPrivateKey(readFileSync(at('aik.key'))),
  };
}
