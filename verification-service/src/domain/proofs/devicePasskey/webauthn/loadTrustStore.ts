import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Root certificates a `packed`, `tpm` or `fido-u2f` attestation chain may end at. */
export interface TrustStore {
  roots: readonly { certificate: X509Certificate; file: string }[];
}

/** The roots shipped with the service (see trust/webauthn/README.md for where each comes from). */
export const SHIPPED_TRUST_DIR = join(__dirname, '../../../../../trust/webauthn');

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Reads every `*.pem` file of the given folders (several certificates per file allowed). A file that
 * does not parse, or a folder without any certificate, stops the start with a message naming it:
 * a trust setting that silently trusts nothing would turn attested devices into unattested ones.
 */
export function loadTrustStore(dirs: readonly string[]): TrustStore {
  const roots: { certificate: X509Certificate; file: string }[] = [];
  for (const dir of dirs) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.pem'))
      .sort();
    if (files.length === 0) throw new Error(`WebAuthn trust folder ${dir} holds no .pem file`);
    for (const name of files) {
      const file = join(dir, name);
      const blocks = readFileSync(file, 'utf8').match(PEM_BLOCK) ?? [];
      if (blocks.length === 0) throw new Error(`WebAuthn trust file ${file} holds no certificate`);
      for (const pem of blocks) {
        let certificate: X509Certificate;
        try {
          certificate = new X509Certificate(pem);
        } catch (error) {
          throw new Error(
            `WebAuthn trust file ${file} holds a certificate that does not parse: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          );
        }
        if (!certificate.ca)
          throw new Error(
            `WebAuthn trust file ${file}: ${certificate.subject.replace(/\n/g, ', ')} is not a CA certificate`,
          );
        roots.push({ certificate, file });
      }
    }
  }
  return { roots };
}

const stores = new Map<string, TrustStore>();

/** The shipped roots plus the admin's folder (`HV_WEBAUTHN_TRUST_DIR`), read once per folder set. */
export function trustStoreFor(extraDir: string | null | undefined): TrustStore {
  const dirs = extraDir ? [SHIPPED_TRUST_DIR, extraDir] : [SHIPPED_TRUST_DIR];
  const key = dirs.join('\u0000');
  let store = stores.get(key);
  if (!store) {
    store = loadTrustStore(dirs);
    stores.set(key, store);
  }
  return store;
}
