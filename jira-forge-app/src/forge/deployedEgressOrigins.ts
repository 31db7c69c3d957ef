import { getAppContext } from '@forge/api';

type EgressEntry = string | { address: string } | { remote: string };

/**
 * The backend egress entries Forge granted this installation, from the runtime's app context (what
 * `permissions.canFetchFrom` checks): the manifest's `permissions.external.fetch.backend` as deployed, so
 * `${HV_SERVICE_ORIGIN}` is already the deploy-time value. Null when the runtime does not expose permissions.
 */
export const deployedEgressOrigins = (): string[] | null => {
  try {
    const backend = (getAppContext().permissions?.external?.fetch?.backend ?? []) as readonly EgressEntry[];
    return backend.map((entry) =>
      typeof entry === 'string' ? entry : 'address' in entry ? entry.address : entry.remote,
    );
  } catch {
    return null;
  }
};
