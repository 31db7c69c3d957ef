import { escapeHtml } from '@helpdesk-verify/core-client/format';
import type { CapturedMessage } from '../../../infrastructure/messaging/capture/createLocalOutbox';
import { describeCapturedMessage } from './describeCapturedMessage';
import { extractCodes } from '../../../infrastructure/messaging/capture/extractCodes';
import { formatCapturedTime } from './formatCapturedTime';
import { outboxPageLayout } from './outboxPageLayout';
import { renderCapturedLinks } from './renderCapturedLinks';

/** The outbox page: captured messages newest first, refreshed every 5 s by the browser alone. */
export function renderOutboxList(
  messages: readonly CapturedMessage[],
  options: { basePath: string; dir: string },
): string {
  const items = messages.map((message) => {
    const id = escapeHtml(message.id);
    const codes = extractCodes(`${message.subject ?? ''}\n${message.text}`);
    return `<li>
<article aria-labelledby="h-${id}">
<p class="meta"><span class="badge">${message.channel === 'email' ? 'Email' : 'SMS'}</span> to <strong>${escapeHtml(message.to)}</strong>, <time datetime="${escapeHtml(message.createdAt)}">${escapeHtml(formatCapturedTime(message.createdAt))}</time></p>
<h2 id="h-${id}"><a href="${escapeHtml(`${options.basePath}/${message.id}`)}">${escapeHtml(describeCapturedMessage(message))}</a></h2>
${codes.length ? `<p class="codes">Code: ${codes.map((code) => `<code>${escapeHtml(code)}</code>`).join(' ')}</p>\n` : ''}${renderCapturedLinks(message.links)}
<pre>${escapeHtml(message.text)}</pre>
</article>
</li>`;
  });
  const list = items.length
    ? `<ol class="messages">\n${items.join('\n')}\n</ol>`
    : '<p class="card">No messages yet. What the service sends appears here within 5 seconds.</p>';
  return outboxPageLayout({
    title: `Outbox (${messages.length})`,
    refreshSeconds: 5,
    body: `<h1>Outbox</h1>
<p class="intro">Emails and SMS the service captured instead of sending, newest first, from <code>${escapeHtml(options.dir)}</code>. This page refreshes every 5 seconds.</p>
${list}`,
  });
}
