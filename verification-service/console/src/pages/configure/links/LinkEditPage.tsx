import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  Assurance,
  LINK_LIFETIME_MAX_SECONDS,
  LINK_LIFETIME_MIN_SECONDS,
  type Channel,
  type ProofCapability,
  type Template,
} from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import type { PageProps } from '../../../ConsoleRoute';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { useAction } from '../shared/useAction';
import { useIsAdmin } from '../shared/useIsAdmin';
import { NEW_LINK_DRAFT, draftFromLink, linkRequestFromDraft, type LinkDraft } from './linkDraft';

/** Create a Link (`/console/links/new`) or view, change and archive one (`/console/links/:id`). */
export function LinkEditPage({ params }: PageProps) {
  const id = params['id'];
  const isNew = id === undefined || id === 'new';
  const data = useLoad(async () => {
    const [proofs, templates, link] = await Promise.all([
      api.listProofs(),
      api.listTemplates({ query: { limit: 100 } }),
      isNew ? Promise.resolve(null) : api.getLink({ params: { id: id! } }),
    ]);
    return { proofs: proofs.data, templates: templates.data, link };
  }, [id]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{isNew ? 'New Link' : 'Link'}</h1>
      <p>
        <a href="/console/links">Back to Links</a>
      </p>
      <LoadState state={data} what="the Link">
        {(d) => (
          <LinkForm
            key={d.link?.id ?? 'new'}
            proofs={d.proofs}
            templates={d.templates}
            link={d.link}
            onChanged={data.reload}
          />
        )}
      </LoadState>
    </section>
  );
}

function LinkForm({
  proofs,
  templates,
  link,
  onChanged,
}: {
  proofs: ProofCapability[];
  templates: Template[];
  link: Awaited<ReturnType<typeof api.getLink>> | null;
  onChanged: () => void;
}) {
  const isAdmin = useIsAdmin();
  const { route } = useLocation();
  const [draft, setDraft] = useState<LinkDraft>(link ? draftFromLink(link) : NEW_LINK_DRAFT);
  const save = useAction();
  const archive = useAction();
  const set = <K extends keyof LinkDraft>(key: K, value: LinkDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const readOnly = !isAdmin || (link?.archived ?? false);
  // An edit clears the last save's message; `save` is a new object each render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => save.clear(), [draft]);

  const submit = async (event: Event) => {
    event.preventDefault();
    await save.run(async () => {
      const body = linkRequestFromDraft(draft);
      if (link) {
        await api.updateLink({ params: { id: link.id }, body });
        onChanged();
        return 'Link saved.';
      }
      const created = await api.createLink({ body });
      route(`/console/links/${created.id}?created=1`);
      return null;
    });
  };
  const templateOptions = (channel: Channel) => templates.filter((t) => t.channel === channel);

  return (
    <>
      {link && new URLSearchParams(window.location.search).get('created') === '1' && (
        <p class="notice notice-ok" role="status">
          Link created: <code>{link.id}</code>
        </p>
      )}
      {link?.archived && (
        <p class="notice notice-info">This Link is archived: agents can no longer start verifications with it.</p>
      )}
      <form onSubmit={submit} aria-label="Link settings">
        <fieldset disabled={readOnly} class="plain">
          <label for="link-name">Name</label>
          <input
            id="link-name"
            required
            maxLength={120}
            value={draft.name}
            onInput={(e) => set('name', e.currentTarget.value)}
          />
          <label for="link-description">Description</label>
          <textarea
            id="link-description"
            maxLength={1000}
            value={draft.description}
            onInput={(e) => set('description', e.currentTarget.value)}
          />

          <fieldset>
            <legend>Proofs</legend>
            <p class="muted">Choose each proof the employee completes, and whether it must pass or may be skipped.</p>
            <ul class="proof-list">
              {proofs.map((proof) => {
                const selectId = `proof-${proof.type}`;
                return (
                  <li key={proof.type} class="proof-row">
                    <div>
                      <label for={selectId} class="inline-label">
                        {proof.type.replace(/_/g, ' ')}
                      </label>{' '}
                      <span class="muted">(gives {proof.assurance})</span>
                      <div class="muted">{proof.description}</div>
                    </div>
                    <select
                      id={selectId}
                      value={draft.proofs[proof.type] ?? 'off'}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        setDraft((d) => {
                          const next = { ...d.proofs };
                          if (value === 'off') delete next[proof.type];
                          else next[proof.type] = value as 'required' | 'optional';
                          return { ...d, proofs: next };
                        });
                      }}
                    >
                      <option value="off">Not used</option>
                      <option value="required">Required</option>
                      <option value="optional">Optional</option>
                    </select>
                  </li>
                );
              })}
            </ul>
          </fieldset>

          <label for="link-assurance">Assurance to reach</label>
          <select
            id="link-assurance"
            value={draft.assurance}
            onChange={(e) => set('assurance', Assurance.parse(e.currentTarget.value))}
          >
            {Assurance.options.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
          <p class="muted">Email possession alone only ever gives “low”.</p>

          <label for="link-lifetime">Link lifetime (minutes)</label>
          <input
            id="link-lifetime"
            type="number"
            required
            min={LINK_LIFETIME_MIN_SECONDS / 60}
            max={LINK_LIFETIME_MAX_SECONDS / 60}
            step={1}
            value={draft.lifetimeMinutes}
            onInput={(e) => set('lifetimeMinutes', e.currentTarget.valueAsNumber)}
          />
          <div class="check">
            <input
              id="link-single-use"
              type="checkbox"
              checked={draft.singleUse}
              onChange={(e) => set('singleUse', e.currentTarget.checked)}
            />
            <label for="link-single-use">Single use (the link can be started once)</label>
          </div>

          <fieldset>
            <legend>Channels agents may send it through</legend>
            {(['email', 'sms'] as const).map((channel) => (
              <div class="check" key={channel}>
                <input
                  id={`link-channel-${channel}`}
                  type="checkbox"
                  checked={draft.channels.includes(channel)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    set(
                      'channels',
                      on
                        ? [...draft.channels.filter((c) => c !== channel), channel]
                        : draft.channels.filter((c) => c !== channel),
                    );
                  }}
                />
                <label for={`link-channel-${channel}`}>{channel === 'email' ? 'Email' : 'SMS'}</label>
              </div>
            ))}
          </fieldset>

          <label for="link-email-template">Email template</label>
          <select
            id="link-email-template"
            value={draft.emailTemplateId}
            onChange={(e) => set('emailTemplateId', e.currentTarget.value)}
          >
            <option value="">The default email template</option>
            {templateOptions('email').map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <label for="link-sms-template">SMS template</label>
          <select
            id="link-sms-template"
            value={draft.smsTemplateId}
            onChange={(e) => set('smsTemplateId', e.currentTarget.value)}
          >
            <option value="">The default SMS template</option>
            {templateOptions('sms').map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>

          {/* Each proof's options, shown while the Link uses that proof (they are saved with it). */}
          {draft.proofs.device_passkey && (
            <fieldset>
              <legend>Device policy (device passkey proof)</legend>
              <div class="check">
                <input
                  id="link-require-attested"
                  type="checkbox"
                  checked={draft.requireAttested}
                  onChange={(e) => set('requireAttested', e.currentTarget.checked)}
                />
                <label for="link-require-attested">Only attested passkeys count (synced passkeys fail)</label>
              </div>
              <label for="link-aaguids">Allowed authenticator models (AAGUIDs, one a line; empty allows any)</label>
              <textarea
                id="link-aaguids"
                value={draft.allowedAaguids}
                onInput={(e) => set('allowedAaguids', e.currentTarget.value)}
              />
            </fieldset>
          )}
          {draft.proofs.location && (
            <>
              <label for="link-countries">Allowed countries (ISO codes such as US, DE; empty allows any)</label>
              <input
                id="link-countries"
                value={draft.allowedCountries}
                onInput={(e) => set('allowedCountries', e.currentTarget.value)}
              />
            </>
          )}
          {draft.proofs.face_match && (
            <>
              <label for="link-face-threshold">Face match threshold (0.30–0.99)</label>
              <input
                id="link-face-threshold"
                type="number"
                min={0.3}
                max={0.99}
                step={0.01}
                value={draft.faceMatchThreshold}
                onInput={(e) => set('faceMatchThreshold', e.currentTarget.valueAsNumber)}
              />
            </>
          )}
        </fieldset>
        <ActionFeedback action={save} />
        {!readOnly && (
          <button type="submit" class="button-primary" disabled={save.busy}>
            {save.busy ? 'Saving…' : link ? 'Save Link' : 'Create Link'}
          </button>
        )}
      </form>
      {link && isAdmin && !link.archived && (
        <div class="card danger-zone">
          <h2>Archive</h2>
          <p>Agents can no longer start verifications with an archived Link; existing verifications keep it.</p>
          <ActionFeedback action={archive} />
          <button
            type="button"
            class="button-danger"
            disabled={archive.busy}
            onClick={() =>
              window.confirm(`Archive the Link “${link.name}”?`) &&
              archive.run(async () => {
                await api.archiveLink({ params: { id: link.id } });
                onChanged();
                return 'Link archived.';
              })
            }
          >
            Archive Link
          </button>
        </div>
      )}
    </>
  );
}
