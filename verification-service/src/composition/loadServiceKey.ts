import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The 32-byte service key: from HV_SECRET_KEY, or — on the embedded default only — a key generated
 * once and kept beside the PGlite data (mode 0600), so a restart can still read its secrets.
 */
export function loadServiceKey(input: { secretKey: Buffer | null; dataDir: string; embedded: boolean }): {
  key: Buffer;
  source: 'env' | 'file' | 'generated';
} {
  if (input.secretKey) return { key: input.secretKey, source: 'env' };
  if (!input.embedded)
    throw new Error('HV_SECRET_KEY is required with DATABASE_URL: generate one with `openssl rand -base64 32`');
  const file = join(input.dataDir, 'service.key');
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
    return { key, source: 'file' };
  }
  mkdirSync(input.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
  return { key, source: 'generated' };
}
