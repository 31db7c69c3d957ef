import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reachFrom, SRC, stripComments } from './sourceGraph';

describe('the receiver entry (@helpdesk-verify/core-client/receiver) runs on engines without zod', () => {
  const { files, packages } = reachFrom('receiver.ts', { valuesOnly: true });

  it('reaches no package at run time: no zod, no Node', () => {
    expect(files.sort()).toEqual(
      expect.arrayContaining([
        'receiver/receiveWebhookSync.ts',
        'checks/checkJsonSchema.ts',
        'format/formatVerificationResult.ts',
      ]),
    );
    expect(packages).toEqual([]);
    expect(files.filter((file) => file.startsWith('schemas/'))).toEqual([]);
  });

  it('uses none of what ServiceNow documents as missing before Zurich: globalThis, WeakMap, Promise, async, classes', () => {
    const offenders = files.filter((file) =>
      /\b(globalThis|WeakMap|WeakRef|Promise|async|await|class)\b/.test(
        stripComments(readFileSync(join(SRC, file), 'utf8')).replace(/'[^']*'|"[^"]*"|`[^`]*`/g, ''),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
