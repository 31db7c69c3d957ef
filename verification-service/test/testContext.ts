import { randomBytes } from 'node:crypto';
import type { AppContext } from '../src/kernel/AppContext';
import { manualClock } from '../src/kernel/clock';
import { newId } from '../src/kernel/ids';
import { silentLogger } from '../src/kernel/logger';
import { serviceKey } from '../src/kernel/secrets';
import { createOrganization } from '../src/domain/organizations/createOrganization';
import { openTestDatabase, type DatabaseKind } from '@helpdesk-verify/testkit/databases';

export type TestContext = AppContext & { clock: ReturnType<typeof manualClock>; orgId: string };

/** A fresh database of `kind` with one organisation, a manual clock and a random service key. */
export async function createTestContext(kind: DatabaseKind): Promise<TestContext> {
  const db = await openTestDatabase(kind);
  const clock = manualClock();
  const base = { db, clock, newId, key: serviceKey(randomBytes(32)), logger: silentLogger };
  const org = await createOrganization(base, { name: 'Acme Test' });
  return {
    ...base,
    config: { publicUrl: 'http://127.0.0.1:0', allowPrivateWebhookTargets: true },
    orgId: org.id,
  };
}
