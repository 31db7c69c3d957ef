import { iso1A2Code } from '@rapideditor/country-coder';

/**
 * The ISO 3166-1 alpha-2 country of a point, offline (country-coder's borders), or null at sea or
 * for a point that is not a coordinate. Only the country is derived; the point itself is not kept.
 */
export function countryOfCoordinates(latitude: number, longitude: number): string | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)
    return null;
  const code = iso1A2Code([longitude, latitude]);
  return code && /^[A-Z]{2}$/.test(code) ? code : null;
}
