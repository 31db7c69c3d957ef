import type { AppDeps } from '../AppDeps';

/** An origin (`https://host[:port]`) from an egress entry, or null for a wildcard or something that is no URL. */
const originOf = (entry: string): string | null => {
  if (entry.includes('*')) return null;
  try {
    return new URL(entry).origin;
  } catch {
    return null;
  }
};

/**
 * The service origins the app may reach, as deployed: the backend egress Forge granted this installation
 * (the manifest's `${HV_SERVICE_ORIGIN}` after deploy-time substitution, read from the runtime's app context);
 * where the runtime does not expose it, the `HV_SERVICE_ORIGIN` Forge variable (`forge variables set`).
 * Null when neither is known.
 */
export const resolveServiceOrigins = (deps: Pick<AppDeps, 'egressOrigins' | 'env'>): readonly string[] | null => {
  const granted = deps.egressOrigins();
  const entries = granted ?? (deps.env.HV_SERVICE_ORIGIN ? [deps.env.HV_SERVICE_ORIGIN] : []);
  const origins = entries.map(originOf).filter((o): o is string => o !== null);
  return origins.length > 0 ? origins : null;
};
