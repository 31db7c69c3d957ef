import { escapeHtml } from '@helpdesk-verify/core-client/format';
import type { CapturedMessage } from '../../../infrastructure/messaging/capture/createLocalOutbox';
import { describeCapturedMessage } from './describeCapturedMessage';
import { extractCodes } from '../../../infrastructure/messaging/capture/extractCodes';
import { formatCapturedTime } from './formatCapturedTime';
import { outboxPageLayout } from './outboxPageLayout';
import { renderCapturedLinks } from './renderCapturedLinks';

/**
 * One captured message: its details, links, the HTML part in a sandboxed iframe (no scripts, no
 * same-origin access, no navigation of this page) and the text part.
 */
export function renderOutboxMessage(message: CapturedMessage, options: { basePath: string }): string {
  const headline = describeCapturedMessage(message);
  const codes = extractCodes(`${message.subject ?? ''}\n${message.text}`);
  const rows: Array<[string, string]> = [
    ['Channel', message.channel === 'email' ? 'Email' : 'SMS'],
    ['To', message.to],
    ...(message.subject !== undefined ? ([['Subject', message.subject]] as Array<[string, string]>) : []),
    ['Captured', formatCapturedTime(message.createdAt)],
    ['Id', message.id],
    ...(codes.length ? ([['Code', codes.join(' ')]] as Array<[string, string]>) : []),
  ];
  const html = message.html
    ? `<section class="card" aria-labelledby="html-part">
<h2 id="html-part">HTML part</h2>
<iframe sandbox="" srcdoc="${escapeHtml(message.html)}" title="HTML part of the email" loading="lazy"></iframe>
</section>
`
    : '';
  const links = renderCapturedLinks(message.links);
  return outboxPageLayout({
    title: `${headline} - Outbox`,
    body: `<p><a href="${escapeHtml(options.basePath)}">Back to the outbox</a></p>
<h1>${escapeHtml(headline)}</h1>
<section class="card">
<dl>
${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('\n')}
</dl>
</section>
${links ? `<section class="card" aria-labelledby="links">\n<h2 id="links">Links</h2>\n${links}\n</section>\n` : ''}${html}<section class="card" aria-labelledby="text-part">
<h2 id="text-part">${message.channel === 'email' ? 'Text part' : 'Text'}</h2>
<pre>${escapeHtml(message.text)}</pre>
</section>`,
  });
}
