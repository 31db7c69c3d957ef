import { useState } from 'preact/hooks';
import { ConsoleRole, type ConsoleUser, type ConsoleUserWithPassword } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../../api';
import { useLoad } from '../../../components/useLoad';
import { useSession } from '../../../sessionContext';
import { ActionFeedback } from '../shared/ActionFeedback';
import { LoadState } from '../../../components/LoadState';
import '../configure.css';
import { CursorPager } from '../../../components/CursorPager';
import { ShownOnce } from '../shared/ShownOnce';
import { formatDateTime } from '../../../components/formatDateTime';
import { useAction } from '../shared/useAction';
import { useCursorPages } from '../../../components/useCursorPages';
import { useIsAdmin } from '../shared/useIsAdmin';
import { SsoSettings } from './SsoSettings';

/** Console users (invite, role, disable, unlock) and the organisation's single sign-on. */
export function UsersPage() {
  const isAdmin = useIsAdmin();
  const pages = useCursorPages();
  const users = useLoad(() => api.listUsers({ query: { limit: 50, cursor: pages.cursor } }), [pages.cursor]);
  const [invited, setInvited] = useState<ConsoleUserWithPassword | null>(null);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Users</h1>
      <p class="muted">
        Admins change everything; agents send and follow verifications; auditors read everything and change nothing.
      </p>
      {invited && (
        <div>
          <p class="notice notice-ok" role="status">
            {invited.name} ({invited.email}) can now sign in
            {invited.initial_password ? ' with this password' : ' through single sign-on'}.
          </p>
          {invited.initial_password && (
            <ShownOnce label="Initial password" value={invited.initial_password} onDone={() => setInvited(null)} />
          )}
        </div>
      )}
      <LoadState state={users} what="users">
        {(page) => (
          <>
            <div class="table-wrap" tabIndex={0} role="region" aria-label="Console users">
              <table>
                <caption class="visually-hidden">Console users</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Role</th>
                    <th scope="col">Sign-in</th>
                    <th scope="col">Last sign-in</th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.map((user) => (
                    <UserRow key={user.id} user={user} canEdit={isAdmin} onChanged={users.reload} />
                  ))}
                </tbody>
              </table>
            </div>
            <CursorPager pages={pages} nextCursor={page.next_cursor} label="Users" />
          </>
        )}
      </LoadState>
      {isAdmin && (
        <InviteForm
          onInvited={(user) => {
            setInvited(user);
            users.reload();
          }}
        />
      )}
      <SsoSettings />
    </section>
  );
}

function UserRow({ user, canEdit, onChanged }: { user: ConsoleUser; canEdit: boolean; onChanged: () => void }) {
  const session = useSession();
  const change = useAction();
  const self = user.id === session.user.id;
  const editable = canEdit && !self;
  const roleId = `role-${user.id}`;
  const locked = user.locked_until !== null;
  return (
    <tr>
      <td>
        {user.name}
        <div class="muted">{user.email}</div>
      </td>
      <td>
        {editable ? (
          <>
            <label for={roleId} class="visually-hidden">
              Role of {user.name}
            </label>
            <select
              id={roleId}
              value={user.role}
              disabled={change.busy}
              onChange={(e) => {
                const role = ConsoleRole.parse(e.currentTarget.value);
                void change.run(async () => {
                  await api.updateUser({ params: { id: user.id }, body: { role } });
                  onChanged();
                  return `${user.name} is now ${role}.`;
                });
              }}
            >
              {ConsoleRole.options.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </>
        ) : (
          user.role
        )}
      </td>
      <td>{[user.has_password && 'password', user.has_sso && 'single sign-on'].filter(Boolean).join(', ') || '—'}</td>
      <td>{formatDateTime(user.last_sign_in_at)}</td>
      <td>
        {user.disabled ? 'Disabled' : 'Active'}
        {locked && <div class="notice notice-error">Password locked until {formatDateTime(user.locked_until)}</div>}
        {self && <div class="muted">(you)</div>}
        {editable && locked && (
          <div>
            <button
              type="button"
              disabled={change.busy}
              onClick={() =>
                change.run(async () => {
                  await api.updateUser({ params: { id: user.id }, body: { unlock: true } });
                  onChanged();
                  return `${user.name} can sign in with their password again.`;
                })
              }
            >
              Unlock {user.name}
            </button>
          </div>
        )}
        {editable && (
          <div>
            <button
              type="button"
              disabled={change.busy}
              onClick={() =>
                change.run(async () => {
                  await api.updateUser({ params: { id: user.id }, body: { disabled: !user.disabled } });
                  onChanged();
                  return user.disabled ? `${user.name} can sign in again.` : `${user.name} is disabled and signed out.`;
                })
              }
            >
              {user.disabled ? `Enable ${user.name}` : `Disable ${user.name}`}
            </button>
          </div>
        )}
        <ActionFeedback action={change} />
      </td>
    </tr>
  );
}

function InviteForm({ onInvited }: { onInvited: (user: ConsoleUserWithPassword) => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<ConsoleRole>('agent');
  const [withPassword, setWithPassword] = useState(false);
  const invite = useAction();
  return (
    <form
      class="card"
      aria-labelledby="invite-title"
      onSubmit={(event) => {
        event.preventDefault();
        void invite.run(async () => {
          const user = await api.createUser({ body: { email, name, role, initial_password: withPassword } });
          setEmail('');
          setName('');
          onInvited(user);
        });
      }}
    >
      <h2 id="invite-title">Invite a user</h2>
      <label for="invite-email">Email</label>
      <input id="invite-email" type="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      <label for="invite-name">Name</label>
      <input id="invite-name" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <label for="invite-role">Role</label>
      <select id="invite-role" value={role} onChange={(e) => setRole(ConsoleRole.parse(e.currentTarget.value))}>
        {ConsoleRole.options.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <div class="check">
        <input
          id="invite-password"
          type="checkbox"
          checked={withPassword}
          onChange={(e) => setWithPassword(e.currentTarget.checked)}
        />
        <label for="invite-password">
          Generate a local password (shown once); otherwise the user signs in by single sign-on
        </label>
      </div>
      <ActionFeedback action={invite} />
      <button type="submit" class="button-primary" disabled={invite.busy}>
        {invite.busy ? 'Inviting…' : 'Invite user'}
      </button>
    </form>
  );
}
