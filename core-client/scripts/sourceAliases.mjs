// Vite aliases that build an app from core-client's TypeScript source rather than its dist/: the root
// entry and every subpath entry (`@helpdesk-verify/core-client/client` -> src/client.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

export const coreClientSourceAliases = [
  { find: /^@helpdesk-verify\/core-client$/, replacement: join(src, 'index.ts') },
  { find: /^@helpdesk-verify\/core-client\/([a-z-]+)$/, replacement: join(src, '$1.ts') },
];
