const PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The base64 HMAC key of a Standard Webhooks secret, given with or without its `whsec_` prefix. */
export const webhookSecretKey = (secret: string): string => {
  const key = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret;
  if (!BASE64.test(key) || key.length % 4 !== 0) {
    throw new TypeError('A webhook secret must be "whsec_" followed by base64 (or the base64 alone)');
  }
  return key;
};
