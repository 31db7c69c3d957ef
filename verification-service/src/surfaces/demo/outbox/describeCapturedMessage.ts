import type { CapturedMessage } from '../../../infrastructure/messaging/capture/createLocalOutbox';

/** A one-line headline for a captured message: its subject, or else the first line of its text. */
export function describeCapturedMessage(message: Pick<CapturedMessage, 'subject' | 'text'>): string {
  const line =
    message.subject?.trim() ||
    message.text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ||
    '(empty message)';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
