import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalOutbox } from '../capture/createLocalOutbox';
import { captureSmsSender } from './captureSmsSender';

describe('captureSmsSender', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hv-capture-sms-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('records the SMS in the outbox and answers with its outbox id', async () => {
    const outbox = createLocalOutbox({ dir });
    const { messageId } = await captureSmsSender(outbox).send({
      to: '+14155550100',
      body: 'Code 123456. https://v.example/v/t',
    });
    const captured = await outbox.get(messageId);
    expect(captured).toMatchObject({
      channel: 'sms',
      to: '+14155550100',
      text: 'Code 123456. https://v.example/v/t',
      links: ['https://v.example/v/t'],
    });
    expect(captured?.subject).toBeUndefined();
    expect(captured?.html).toBeUndefined();
  });

  it('refuses a number that is not E.164, as the Twilio sender does', async () => {
    const outbox = createLocalOutbox({ dir });
    await expect(captureSmsSender(outbox).send({ to: '415-555-0100', body: 'x' })).rejects.toThrow(TypeError);
    expect(await outbox.list()).toEqual([]);
  });
});
