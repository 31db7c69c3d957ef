import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalOutbox } from '../capture/createLocalOutbox';
import { captureEmailSender } from './captureEmailSender';

describe('captureEmailSender', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hv-capture-email-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('records the email in the outbox and answers with its outbox id', async () => {
    const outbox = createLocalOutbox({ dir });
    const sender = captureEmailSender(outbox);
    const { messageId } = await sender.send({
      to: 'ann@example.com',
      subject: 'Acme help desk: confirm it is you',
      text: 'Open https://verify.example.com/v/abc',
      html: '<a href="https://verify.example.com/v/abc">Open</a>',
    });
    expect(await outbox.get(messageId)).toMatchObject({
      channel: 'email',
      to: 'ann@example.com',
      subject: 'Acme help desk: confirm it is you',
      html: '<a href="https://verify.example.com/v/abc">Open</a>',
      links: ['https://verify.example.com/v/abc'],
    });
  });

  it('refuses a recipient list, as the SMTP sender does', async () => {
    const outbox = createLocalOutbox({ dir });
    await expect(
      captureEmailSender(outbox).send({ to: 'a@example.com,b@example.com', subject: 's', text: 't', html: 'h' }),
    ).rejects.toThrow(TypeError);
    expect(await outbox.list()).toEqual([]);
  });
});
