import type { Channel } from '@helpdesk-verify/core-client/schemas';

const CHANNELS: readonly Channel[] = ['email', 'sms'];

/** The channels the dialog sent: a non-empty list of `email` / `sms` without repeats, else null. */
export const readChannels = (value: unknown): Channel[] | null => {
  if (!Array.isArray(value) || value.length === 0) return null;
  const channels: Channel[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const item = value[i] as Channel;
    if (CHANNELS.indexOf(item) < 0 || channels.indexOf(item) >= 0) return null;
    channels.push(item);
  }
  return channels;
};
