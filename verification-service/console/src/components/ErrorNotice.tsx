import { ApiError } from '@helpdesk-verify/core-client/client';

/** What went wrong, in words an admin can act on: the problem's detail and each field error. */
export function describeError(error: unknown): { message: string; fields: { path: string; message: string }[] } {
  if (error instanceof ApiError) {
    const fields = (error.problem.errors ?? []).map((e) => ({ path: e.path.join('.'), message: e.message }));
    if (error.status === 403) return { message: 'Your role does not allow this.', fields };
    if (error.status === 401) return { message: 'Your session has ended. Sign in again.', fields };
    return { message: error.problem.detail, fields };
  }
  return { message: error instanceof Error ? error.message : String(error), fields: [] };
}

export function ErrorNotice({ error }: { error: unknown }) {
  const { message, fields } = describeError(error);
  return (
    <div class="notice notice-error" role="alert">
      <p>{message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.path}>
              {f.path ? <code>{f.path}</code> : null} {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
