import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { proofScript } from '../framework/proofAssets';

/** The passkey step's two browser scripts: @simplewebauthn/browser's bundle and our page script. */
export function passkeyScripts(): Record<string, string> {
  return {
    'simplewebauthn-browser.umd.min.js': readFileSync(
      join(dirname(require.resolve('@simplewebauthn/browser')), '..', 'dist', 'bundle', 'index.umd.min.js'),
      'utf8',
    ),
    'passkey.js': proofScript('devicePasskey', 'passkey.js'),
  };
}
