import type { DeviceInfo, LocationInfo } from '@helpdesk-verify/core-client/schemas';

/** The stored device jsonb as the API shows it (rows written before a field existed get null). */
export function toDeviceInfo(stored: Partial<DeviceInfo> | null): DeviceInfo | null {
  if (!stored) return null;
  return {
    user_agent: stored.user_agent ?? null,
    attestation: stored.attestation ?? null,
    aaguid: stored.aaguid ?? null,
    new_device: stored.new_device ?? null,
    same_device_as_link: stored.same_device_as_link ?? null,
  };
}

/** The stored location jsonb as the API shows it: region and country only. */
export function toLocationInfo(stored: Partial<LocationInfo> | null): LocationInfo | null {
  if (!stored) return null;
  return { region: stored.region ?? null, country: stored.country ?? null, source: stored.source ?? null };
}
