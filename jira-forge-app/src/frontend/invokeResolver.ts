import { invoke } from '@forge/bridge';
import type { ResolverOutcome } from '../resolvers/ResolverOutcome';

/** Calls a resolver function and turns a transport failure into the same `{ ok: false }` shape. */
export const invokeResolver = async <T>(
  name: string,
  payload: Record<string, unknown> = {},
): Promise<ResolverOutcome<T>> => {
  try {
    const response = await invoke<ResolverOutcome<T>>(name, payload);
    // The bridge wraps the body only when metadata was asked for; these calls ask for none.
    return 'ok' in response ? response : response.body;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'service_error', message: error instanceof Error ? error.message : String(error) },
    };
  }
};
