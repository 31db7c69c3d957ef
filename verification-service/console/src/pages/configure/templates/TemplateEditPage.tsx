import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { TEMPLATE_VARIABLES, type Channel, type Template } from '@helpdesk-verify/core-client/schemas';
import { findUnknownTemplateVariables } from '@helpdesk-verify/core-client/templates';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import type { PageProps } from '../../../ConsoleRoute';
import { useSession } from '../../../sessionContext';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { useAction } from '../shared/useAction';
import { useIsAdmin } from '../shared/useIsAdmin';
import { TemplatePreview } from './TemplatePreview';
import { sampleTemplateValues } from './sampleTemplateValues';

/** Create (`/console/templates/new`) or edit a template, with the variables and a live preview. */
export function TemplateEditPage({ params }: PageProps) {
  const id = params['id'];
  const isNew = id === undefined || id === 'new';
  const template = useLoad(() => (isNew ? Promise.resolve(null) : api.getTemplate({ params: { id: id! } })), [id]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{isNew ? 'New template' : 'Template'}</h1>
      <p>
        <a href="/console/templates">Back to templates</a>
      </p>
      <LoadState state={template} what="the template">
        {(t) => <TemplateForm key={t?.id ?? 'new'} template={t} />}
      </LoadState>
    </section>
  );
}

function TemplateForm({ template }: { template: Template | null }) {
  const isAdmin = useIsAdmin();
  const session = useSession();
  const { route } = useLocation();
  const [name, setName] = useState(template?.name ?? '');
  const [channel, setChannel] = useState<Channel>(template?.channel ?? 'email');
  const [subject, setSubject] = useState(template?.subject ?? '');
  const [text, setText] = useState(template?.text ?? '');
  const [html, setHtml] = useState(template?.html ?? '');
  const [values, setValues] = useState(() => sampleTemplateValues(session.organization.name));
  const save = useAction();
  const remove = useAction();
  const unknown = [...new Set([subject, text, html].flatMap((part) => findUnknownTemplateVariables(part)))];

  const submit = (event: Event) => {
    event.preventDefault();
    void save.run(async () => {
      const email = channel === 'email';
      if (template) {
        await api.updateTemplate({
          params: { id: template.id },
          body: { name, text, ...(email ? { subject, html } : {}) },
        });
        return 'Template saved.';
      }
      const created = await api.createTemplate({ body: { name, channel, text, ...(email ? { subject, html } : {}) } });
      route(`/console/templates/${created.id}`);
      return null;
    });
  };

  return (
    <div class="split">
      <form onSubmit={submit} aria-label="Template">
        <fieldset disabled={!isAdmin} class="plain">
          <label for="tpl-name">Name</label>
          <input id="tpl-name" required maxLength={120} value={name} onInput={(e) => setName(e.currentTarget.value)} />
          <label for="tpl-channel">Channel</label>
          <select
            id="tpl-channel"
            value={channel}
            disabled={template !== null}
            onChange={(e) => setChannel(e.currentTarget.value === 'sms' ? 'sms' : 'email')}
          >
            <option value="email">Email</option>
            <option value="sms">SMS</option>
          </select>
          {channel === 'email' && (
            <>
              <label for="tpl-subject">Subject</label>
              <input
                id="tpl-subject"
                maxLength={300}
                value={subject}
                onInput={(e) => setSubject(e.currentTarget.value)}
              />
            </>
          )}
          <label for="tpl-text">{channel === 'email' ? 'Text part' : 'Message'}</label>
          <textarea
            id="tpl-text"
            required
            maxLength={5000}
            rows={10}
            aria-describedby="tpl-variables"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <div id="tpl-variables">
            <span class="muted">Variables:</span>
            <ul class="variables">
              {TEMPLATE_VARIABLES.map((variable) => (
                <li key={variable}>
                  <code>{`{{${variable}}}`}</code>
                </li>
              ))}
            </ul>
          </div>
          {channel === 'email' && (
            <>
              <label for="tpl-html">HTML part (empty: made from the text part)</label>
              <textarea
                id="tpl-html"
                maxLength={50_000}
                rows={8}
                value={html}
                onInput={(e) => setHtml(e.currentTarget.value)}
              />
            </>
          )}
        </fieldset>
        {unknown.length > 0 && (
          <p class="notice notice-error" role="alert">
            Unknown variables: {unknown.map((u) => `{{${u}}}`).join(', ')}. The service refuses templates with them.
          </p>
        )}
        <ActionFeedback action={save} />
        {isAdmin && (
          <button type="submit" class="button-primary" disabled={save.busy}>
            {save.busy ? 'Saving…' : template ? 'Save template' : 'Create template'}
          </button>
        )}
        <details class="card">
          <summary>Variables and sample values</summary>
          <p class="muted">Write a variable as {'{{name}}'}. Change a sample value to see it in the preview.</p>
          {TEMPLATE_VARIABLES.map((variable) => (
            <div key={variable}>
              <label for={`sample-${variable}`}>
                <code>{`{{${variable}}}`}</code>
              </label>
              <input
                id={`sample-${variable}`}
                value={values[variable]}
                onInput={(e) => setValues((v) => ({ ...v, [variable]: e.currentTarget.value }))}
              />
            </div>
          ))}
        </details>
        {template && isAdmin && !template.is_default && (
          <div class="card danger-zone">
            <ActionFeedback action={remove} />
            <button
              type="button"
              class="button-danger"
              disabled={remove.busy}
              onClick={() =>
                window.confirm(`Delete the template “${template.name}”?`) &&
                remove.run(async () => {
                  await api.deleteTemplate({ params: { id: template.id } });
                  route('/console/templates');
                })
              }
            >
              Delete template
            </button>
          </div>
        )}
      </form>
      <TemplatePreview channel={channel} subject={subject} text={text} html={html} values={values} />
    </div>
  );
}
