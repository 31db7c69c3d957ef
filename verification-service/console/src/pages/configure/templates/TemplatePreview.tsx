import type { Channel } from '@helpdesk-verify/core-client/schemas';
import { renderTemplate, SMS_MAX_LENGTH, type TemplateVariable } from '@helpdesk-verify/core-client/templates';

/**
 * The message as the service would send it, rendered here with the service's own template code:
 * values are inserted as text (preact escapes them) and HTML-escaped inside the HTML part, which
 * shows in a sandboxed frame that runs no script.
 */
export function TemplatePreview({
  channel,
  subject,
  text,
  html,
  values,
}: {
  channel: Channel;
  subject: string;
  text: string;
  html: string;
  values: Record<TemplateVariable, string>;
}) {
  let rendered: ReturnType<typeof renderTemplate>;
  try {
    rendered = renderTemplate({ channel, subject, text, html }, values);
  } catch (e) {
    return (
      <p class="notice notice-error" role="alert">
        The preview cannot be rendered: {e instanceof Error ? e.message : String(e)}
      </p>
    );
  }
  return (
    <section aria-labelledby="preview-title" class="card preview">
      <h2 id="preview-title">Preview</h2>
      {channel === 'email' && (
        <p>
          <strong>Subject:</strong> <span data-testid="preview-subject">{rendered.subject}</span>
        </p>
      )}
      <h3>
        {channel === 'sms' ? `SMS (${rendered.text.length} of at most ${SMS_MAX_LENGTH} characters)` : 'Text part'}
      </h3>
      <pre class="preview-text" data-testid="preview-text">
        {rendered.text}
      </pre>
      {channel === 'email' && (
        <>
          <h3>HTML part</h3>
          <p class="muted">
            The console's security policy blocks inline styles in this frame, so the layout is plainer than in a mail
            client.
          </p>
          <iframe
            class="preview-html"
            title="HTML email preview"
            sandbox=""
            srcdoc={rendered.html}
            data-testid="preview-html"
          />
        </>
      )}
    </section>
  );
}
