/** The admin's service URL, accepted or refused with the message the admin page shows. */
export type ServiceUrlCheck = { ok: true; url: string } | { ok: false; message: string };

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/**
 * Accepts a service URL only on an origin the app may reach: `allowedOrigins` are the egress origins the app
 * was deployed with (`HV_SERVICE_ORIGIN`); the URL's scheme, host and port must equal one of them exactly (a
 * look-alike such as `verify.acme.example.evil.example` or another port is another origin). Forge egress is
 * https only; plain http passes only for a loopback origin that is itself the deployed one (local development).
 * `allowedOrigins` null means the deploy-time origin is unknown, and nothing is accepted.
 */
export const checkServiceUrl = (value: unknown, allowedOrigins: readonly string[] | null): ServiceUrlCheck => {
  let url: URL;
  try {
    url = new URL(String(value ?? '').trim());
  } catch {
    return { ok: false, message: 'Service URL: enter an https:// URL, e.g. https://verify.acme.example' };
  }
  if (url.username || url.password || url.search || url.hash)
    return { ok: false, message: 'Service URL: no credentials, query or fragment' };
  if (allowedOrigins === null || allowedOrigins.length === 0) {
    return {
      ok: false,
      message:
        'The service origin this app was deployed with is unknown, so no service URL can be accepted. ' +
        'Deploy with HV_SERVICE_ORIGIN set (export HV_SERVICE_ORIGIN=https://your-host && forge deploy), ' +
        'or set it for the functions: forge variables set HV_SERVICE_ORIGIN https://your-host',
    };
  }
  const allowed = allowedOrigins.includes(url.origin);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname) && allowed)) {
    return {
      ok: false,
      message: `Service URL must use https:// (Forge functions reach only https hosts): ${url.origin} is not allowed`,
    };
  }
  if (!allowed) {
    return {
      ok: false,
      message:
        `Service URL must be on ${allowedOrigins.join(' or ')}, the service origin this app was deployed with ` +
        `(HV_SERVICE_ORIGIN); ${url.origin} is another origin and Forge would block every call to it. ` +
        'To use another host, deploy again with HV_SERVICE_ORIGIN set to it.',
    };
  }
  return { ok: true, url: url.toString().replace(/\/+$/, '') };
};
