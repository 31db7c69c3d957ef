import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileSeenWebhookStore } from './fileSeenWebhookStore';

describe('fileSeenWebhookStore', () => {
  it('lets one of two concurrent claims win and a released id be claimed again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zd-seen-'));
    const store = fileSeenWebhookStore(join(dir, 'nested', 'seen.log'));
    const [a, b] = await Promise.all([store.claim('msg_1'), store.claim('msg_1')]);
    expect([a, b].sort()).toEqual([false, true]);
    await store.release('msg_1');
    expect(await store.claim('msg_1')).toBe(true);
    await store.complete('msg_1');
    expect(await store.claim('msg_1')).toBe(false);
    await store.close();
    const reopened = fileSeenWebhookStore(join(dir, 'nested', 'seen.log'));
    expect(await reopened.claim('msg_1')).toBe(false);
    await reopened.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
