import type { LocationInfo } from '@helpdesk-verify/core-client/schemas';
import { countryOfCoordinates } from './geo/countryOfCoordinates';
import { lookupIpLocation, type IpLocation } from './geo/lookupIpLocation';

/** Where the employee is (region and country only) and, for the agent, how that was found. */
export interface Located {
  location: LocationInfo;
  explanation: string;
}

const UNKNOWN_IP: Record<Extract<IpLocation, { known: false }>['why'], string> = {
  not_public: 'a private or loopback network address, which no database places',
  not_listed: 'a network address the offline database does not place',
  not_an_ip: 'no usable network address',
};

const place = (l: { region: string | null; country: string | null }) =>
  [l.region, l.country].filter(Boolean).join(', ');

/**
 * Locates the employee from the browser's position (given with consent) or, without one, from the
 * request's address in the offline GeoLite2 City database. Coordinates are mapped offline to the
 * country only (country-coder); the region comes from the address when the address is in the same
 * country, else it stays null. Neither the coordinates nor the address leave this function.
 */
export async function locateEmployee(input: {
  ip: string | null;
  coordinates: { latitude: number; longitude: number } | null;
}): Promise<Located> {
  const byIp = await lookupIpLocation(input.ip);
  if (input.coordinates) {
    const country = countryOfCoordinates(input.coordinates.latitude, input.coordinates.longitude);
    if (country) {
      const region = byIp.known && byIp.country === country ? byIp.region : null;
      const regionNote = region
        ? 'region from the network address, which is in the same country'
        : byIp.known
          ? `region unknown: positions are mapped offline to the country only, and the network address is in ${byIp.country}, not ${country}`
          : `region unknown: positions are mapped offline to the country only, and the request came from ${UNKNOWN_IP[byIp.why]}`;
      return {
        location: { region, country, source: 'browser' },
        explanation: `${place({ region, country })} from the browser's location, shared with consent (${regionNote})`,
      };
    }
    if (!byIp.known)
      return {
        location: { region: null, country: null, source: 'browser' },
        explanation: `the browser's location is in no known country and the request came from ${UNKNOWN_IP[byIp.why]}`,
      };
    return {
      location: { region: byIp.region, country: byIp.country, source: 'ip' },
      explanation: `${place(byIp)} from the network address (the browser's location is in no known country)`,
    };
  }
  if (!byIp.known)
    return {
      location: { region: null, country: null, source: 'ip' },
      explanation: `country unknown: the request came from ${UNKNOWN_IP[byIp.why]}`,
    };
  return {
    location: { region: byIp.region, country: byIp.country, source: 'ip' },
    explanation: `${place(byIp)} from the network address (offline GeoLite2 database)`,
  };
}
