/**
 * HMAC-SHA256 with a base64 key over a UTF-8 message, returning base64. Same shape as ServiceNow's
 * `new CertificateEncryption().generateMac(base64Key, 'HmacSHA256', message)`; `nodeHmacSha256`
 * (from `@helpdesk-verify/core-client/node`) is the Node one.
 */
export type HmacSha256Sync = (base64Key: string, message: string) => string;

/** The asynchronous form, for WebCrypto hosts (browsers, Forge): see `webCryptoHmacSha256`. */
export type HmacSha256Async = (base64Key: string, message: string) => Promise<string>;
