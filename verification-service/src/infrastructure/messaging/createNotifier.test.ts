import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNotifier } from './createNotifier';
import { captureEmailSender } from './email/captureEmailSender';
import { createLocalOutbox } from './capture/createLocalOutbox';
import { captureSmsSender } from './sms/captureSmsSender';

describe('createNotifier', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hv-notifier-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sends email through the email sender and SMS through the SMS sender', async () => {
    const outbox = createLocalOutbox({ dir });
    const notifier = createNotifier({ email: captureEmailSender(outbox), sms: captureSmsSender(outbox) });
    const email = await notifier.sendEmail({ to: 'ann@example.com', subject: 'Hi', text: 'text', html: '<p>html</p>' });
    const sms = await notifier.sendSms({ to: '+14155550100', body: 'body' });
    expect(await outbox.get(email.messageId)).toMatchObject({
      channel: 'email',
      to: 'ann@example.com',
      subject: 'Hi',
      text: 'text',
    });
    expect(await outbox.get(sms.messageId)).toMatchObject({ channel: 'sms', to: '+14155550100', text: 'body' });
  });

  it('passes a sender failure through unchanged', async () => {
    const failure = new Error('relay down');
    const notifier = createNotifier({
      email: { send: () => Promise.reject(failure) },
      sms: { send: () => Promise.resolve({ messageId: 'SM1' }) },
    });
    await expect(notifier.sendEmail({ to: 'ann@example.com', subject: 's', text: 't', html: 'h' })).rejects.toBe(
      failure,
    );
    await expect(notifier.sendSms({ to: '+14155550100', body: 'b' })).resolves.toEqual({ messageId: 'SM1' });
  });
});
