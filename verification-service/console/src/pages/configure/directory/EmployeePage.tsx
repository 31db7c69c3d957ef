import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Employee, PasskeyCredential } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import type { PageProps } from '../../../ConsoleRoute';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { formatDateTime } from '../../../components/formatDateTime';
import { useAction } from '../shared/useAction';
import { useIsAdmin } from '../shared/useIsAdmin';
import { toJpegDataUrl } from './toJpegDataUrl';

const MAX_PHOTO_BYTES = 5_000_000;

/** One employee: contacts, the reference photo for face matching and their passkeys. */
export function EmployeePage({ params }: PageProps) {
  const id = params['id']!;
  const employee = useLoad(() => api.getEmployee({ params: { id } }), [id]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Employee</h1>
      <p>
        <a href="/console/directory">Back to the directory</a>
      </p>
      <LoadState state={employee} what="the employee">
        {(e) => (
          <>
            <EmployeeFacts employee={e} />
            <ReferencePhoto employee={e} onChanged={employee.reload} />
            <Passkeys employeeId={e.id} />
          </>
        )}
      </LoadState>
    </section>
  );
}

function EmployeeFacts({ employee: e }: { employee: Employee }) {
  const rows: [string, string | null][] = [
    ['Preferred name', e.display_name],
    ['Legal name', e.legal_name],
    ['Work email', e.email],
    ['Personal email', e.personal_email],
    ['Work mobile', e.phone],
    ['Personal mobile', e.personal_phone],
    ['Login', e.login],
    ['External id', e.external_id],
    ['Manager', e.manager_email],
    ['Department', e.department],
    ['Status', e.status],
    ['Updated', formatDateTime(e.updated_at)],
  ];
  return (
    <div class="card">
      <h2>{e.display_name}</h2>
      <dl class="facts">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value ?? '—'}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}

function ReferencePhoto({ employee, onChanged }: { employee: Employee; onChanged: () => void }) {
  const isAdmin = useIsAdmin();
  const [preview, setPreview] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const save = useAction();
  return (
    <section class="card" aria-labelledby="photo-title">
      <h2 id="photo-title">Reference photo</h2>
      <p>
        {employee.has_reference_photo
          ? 'A reference photo is on file; the face match proof compares the live face with it. The API never sends it back.'
          : 'No reference photo: the face match proof cannot pass for this employee.'}
      </p>
      {isAdmin && (
        <>
          <label for="photo-file">
            {employee.has_reference_photo ? 'Replace the photo' : 'Upload a photo'} (JPEG, PNG or WebP, at most 5 MB;
            PNG and WebP are saved as JPEG for the face match)
          </label>
          <input
            id="photo-file"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            onChange={async (e) => {
              save.clear();
              setFileError(null);
              setPreview(null);
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              if (!['image/jpeg', 'image/png', 'image/webp'].includes(file.type))
                return setFileError('Choose a JPEG, PNG or WebP image.');
              if (file.size > MAX_PHOTO_BYTES) return setFileError('The photo is larger than 5 MB.');
              try {
                setPreview(await toJpegDataUrl(file));
              } catch (error) {
                setFileError(error instanceof Error ? error.message : 'The image could not be read.');
              }
            }}
          />
          {fileError && (
            <p class="notice notice-error" role="alert">
              {fileError}
            </p>
          )}
          {preview && (
            <img class="photo-preview" src={preview} alt={`New reference photo of ${employee.display_name}`} />
          )}
          <ActionFeedback action={save} />
          <div class="button-row">
            {preview && (
              <button
                type="button"
                class="button-primary"
                disabled={save.busy}
                onClick={() =>
                  save.run(async () => {
                    await api.updateEmployee({ params: { id: employee.id }, body: { reference_photo: preview } });
                    setPreview(null);
                    onChanged();
                    return 'Reference photo saved.';
                  })
                }
              >
                Save photo
              </button>
            )}
            {employee.has_reference_photo && (
              <button
                type="button"
                class="button-danger"
                disabled={save.busy}
                onClick={() =>
                  window.confirm('Delete the reference photo?') &&
                  save.run(async () => {
                    await api.updateEmployee({ params: { id: employee.id }, body: { reference_photo: null } });
                    onChanged();
                    return 'Reference photo deleted.';
                  })
                }
              >
                Delete photo
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function Passkeys({ employeeId }: { employeeId: string }) {
  const passkeys = useLoad(() => api.listEmployeePasskeys({ params: { id: employeeId } }), [employeeId]);
  return (
    <section class="card" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">Passkeys</h2>
      <LoadState state={passkeys} what="passkeys">
        {(list) =>
          list.data.length === 0 ? (
            <p>No passkey enrolled yet: the first verification with the device passkey proof enrols one.</p>
          ) : (
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Passkeys">
              <table>
                <caption class="visually-hidden">Passkeys</caption>
                <thead>
                  <tr>
                    <th scope="col">Authenticator</th>
                    <th scope="col">Attestation</th>
                    <th scope="col">Synced</th>
                    <th scope="col">Enrolled</th>
                    <th scope="col">Last used</th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.map((p) => (
                    <PasskeyRow key={p.credential_id} passkey={p} onRevoked={passkeys.reload} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </LoadState>
    </section>
  );
}

function PasskeyRow({ passkey: p, onRevoked }: { passkey: PasskeyCredential; onRevoked: () => void }) {
  const isAdmin = useIsAdmin();
  const revoke = useAction();
  return (
    <tr>
      <td>
        <code>{p.aaguid}</code>
        <div class="muted">{p.transports.join(', ') || 'no transports reported'}</div>
      </td>
      <td>
        {p.fmt}, {p.attested ? 'attested' : 'not attested'}
        <div class="muted">{p.attestation_detail}</div>
      </td>
      <td>{p.backup_eligible ? 'Yes' : 'No'}</td>
      <td>{formatDateTime(p.created_at)}</td>
      <td>{formatDateTime(p.last_used_at)}</td>
      <td>
        {p.revoked_at ? (
          `Revoked ${formatDateTime(p.revoked_at)}`
        ) : isAdmin ? (
          <button
            type="button"
            class="button-danger"
            disabled={revoke.busy}
            aria-label={`Revoke passkey ${p.aaguid} enrolled ${formatDateTime(p.created_at)}`}
            onClick={() =>
              window.confirm('Revoke this passkey? Later verifications refuse it.') &&
              revoke.run(async () => {
                await api.revokeEmployeePasskey({ params: { id: p.employee_id, credential_id: p.credential_id } });
                onRevoked();
              })
            }
          >
            Revoke
          </button>
        ) : (
          'Active'
        )}
        <ActionFeedback action={revoke} />
      </td>
    </tr>
  );
}
