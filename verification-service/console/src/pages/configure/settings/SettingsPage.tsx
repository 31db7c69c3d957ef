import { useState } from 'preact/hooks';
import type { Organization } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { useAction } from '../shared/useAction';
import { useIsAdmin } from '../shared/useIsAdmin';

/** The organisation's name and data retention. */
export function SettingsPage() {
  const organization = useLoad(() => api.getOrganization(), []);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Settings</h1>
      <LoadState state={organization} what="the organisation">
        {(org) => <SettingsForm key={org.id} organization={org} onSaved={organization.reload} />}
      </LoadState>
    </section>
  );
}

function SettingsForm({ organization, onSaved }: { organization: Organization; onSaved: () => void }) {
  const isAdmin = useIsAdmin();
  const [name, setName] = useState(organization.name);
  const [faceDays, setFaceDays] = useState(organization.settings.face_image_retention_days);
  const [keepForever, setKeepForever] = useState(organization.settings.verification_retention_days === null);
  const [verificationDays, setVerificationDays] = useState(organization.settings.verification_retention_days ?? 365);
  const save = useAction();
  return (
    <form
      class="card"
      aria-label="Organisation settings"
      onSubmit={(event) => {
        event.preventDefault();
        void save.run(async () => {
          await api.updateOrganization({
            body: {
              name,
              settings: {
                face_image_retention_days: faceDays,
                verification_retention_days: keepForever ? null : verificationDays,
              },
            },
          });
          onSaved();
          return 'Settings saved.';
        });
      }}
    >
      <fieldset disabled={!isAdmin} class="plain">
        <label for="org-name">Organisation name</label>
        <input id="org-name" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <p class="muted">
          Organisation id <code>{organization.id}</code>
        </p>
        <h2>Data retention</h2>
        <label for="face-retention">Keep face images after the decision for (days)</label>
        <input
          id="face-retention"
          type="number"
          min={0}
          max={365}
          step={1}
          required
          value={faceDays}
          onInput={(e) => setFaceDays(e.currentTarget.valueAsNumber)}
        />
        <p class="muted">0 deletes them at the decision (the default, and what the employee page promises).</p>
        <div class="check">
          <input
            id="keep-verifications"
            type="checkbox"
            checked={keepForever}
            onChange={(e) => setKeepForever(e.currentTarget.checked)}
          />
          <label for="keep-verifications">Keep finished verifications without a time limit</label>
        </div>
        {!keepForever && (
          <>
            <label for="verification-retention">Delete finished verifications after (days)</label>
            <input
              id="verification-retention"
              type="number"
              min={30}
              max={3650}
              step={1}
              required
              value={verificationDays}
              onInput={(e) => setVerificationDays(e.currentTarget.valueAsNumber)}
            />
            <p class="muted">Proofs, device and location data go with them; the audit log keeps its entries.</p>
          </>
        )}
      </fieldset>
      <ActionFeedback action={save} />
      {isAdmin && (
        <button type="submit" class="button-primary" disabled={save.busy}>
          {save.busy ? 'Saving…' : 'Save settings'}
        </button>
      )}
    </form>
  );
}
