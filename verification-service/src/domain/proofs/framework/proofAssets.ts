import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package root: this file is three folders below `src/` (jest) and below `dist/` (the built service). */
const PACKAGE_ROOT = join(__dirname, '..', '..', '..', '..');

/**
 * The text of a browser script kept in a proof's own `assets/` folder, e.g. `proofScript('faceMatch', 'face.js')`.
 * Scripts are not compiled, so the built service reads them from `src/` too.
 */
export function proofScript(proofFolder: string, name: string): string {
  return readFileSync(join(PACKAGE_ROOT, 'src', 'domain', 'proofs', proofFolder, 'assets', name), 'utf8');
}

/** Where the employee page loads a proof's script from (the page CSP allows script-src 'self'). */
export function proofScriptUrl(type: string, name: string): string {
  return `/proofs/${type}/assets/${name}`;
}
