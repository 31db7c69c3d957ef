#!/usr/bin/env node
// Validates manifest.yml offline with @forge/manifest's validate() (the same checks as `forge lint`'s
// schema step, without a login). Fails on errors; prints warnings with why they are acceptable.
const path = require('node:path');
const { validate } = require('@forge/manifest');

const KNOWN_WARNINGS = [
  // Add { match: /regex/, why: '...' } for each warning we accept, with the reason.
];

(async () => {
  const manifestPath = path.join(__dirname, '..', 'manifest.yml');
  process.chdir(path.dirname(manifestPath));
  const result = await validate(false, manifestPath);
  const errors = (result.errors ?? []).filter((e) => (e.level ?? 'error') === 'error');
  const warnings = (result.errors ?? []).filter((e) => e.level === 'warning');
  for (const warning of warnings) {
    const known = KNOWN_WARNINGS.find((k) => k.match.test(warning.message));
    console.warn(
      `manifest warning: ${warning.message}${known ? `\n  accepted: ${known.why}` : '\n  (not yet explained)'}`,
    );
  }
  for (const error of errors)
    console.error(`manifest error: ${error.message}${error.line ? ` (line ${error.line})` : ''}`);
  if (!result.success || errors.length > 0) {
    console.error(`manifest.yml is invalid (${errors.length} error(s))`);
    process.exit(1);
  }
  console.log(`manifest.yml is valid (${warnings.length} warning(s))`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
