import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const b64 = (data: Buffer) => isoBase64URL.fromBuffer(new Uint8Array(data));
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** How the authenticator attests at enrolment. */
export type SoftAttestation =
  | { kind: 'none' }
  /** `packed` signed by the credential key itself. */
  | { kind: 'self' }
  /** `packed` full attestation: signed by an attestation key whose certificate chain is sent as x5c. */
  | { kind: 'packed'; x5c: readonly Buffer[]; key: KeyObject }
  /** `tpm`: an ECC P-256 pubArea for the credential key, certified (certInfo) and signed by an AIK whose certificate chain is x5c. */
  | { kind: 'tpm'; x5c: readonly Buffer[]; key: KeyObject };

/**
 * A software WebAuthn authenticator for tests: a P-256 key, `none`, self or full `packed`
 * attestation, a model id (AAGUID), optionally a synced passkey (backup eligible), a sign counter the
 * test can move (to play a cloned authenticator), and hooks to tamper with what it sends.
 */
export class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  counter = 0;

  constructor(
    private readonly rpId: string,
    private readonly origin: string,
    private readonly model: { attestation?: SoftAttestation; aaguid?: string; synced?: boolean } = {},
  ) {}

  get id(): string {
    return b64(this.credentialId);
  }

  register(options: { challenge: string }): Record<string, unknown> {
    const jwk = this.keys.publicKey.export({ format: 'jwk' });
    const cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, isoBase64URL.toBuffer(jwk.x!)],
        [-3, isoBase64URL.toBuffer(jwk.y!)],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    // Flags: user present, user verified, attested credential data; plus backup eligible and backed up when synced.
    const flags = 0x45 | (this.model.synced ? 0x18 : 0);
    const aaguid = Buffer.from((this.model.aaguid ?? '00000000-0000-0000-0000-000000000000').replace(/-/g, ''), 'hex');
    const authData = Buffer.concat([
      sha256(this.rpId),
      Buffer.from([flags]),
      u32(this.counter),
      aaguid,
      idLength,
      this.credentialId,
      Buffer.from(cose),
    ]);
    const clientDataJSON = JSON.stringify({
      type: 'webauthn.create',
      challenge: options.challenge,
      origin: this.origin,
      crossOrigin: false,
    });
    const signedData = Buffer.concat([authData, sha256(clientDataJSON)]);
    const attestation = this.model.attestation ?? { kind: 'none' };
    const [fmt, attStmt] =
      attestation.kind === 'none'
        ? ['none', new Map()]
        : attestation.kind === 'self'
          ? [
              'packed',
              new Map<string, unknown>([
                ['alg', -7],
                ['sig', new Uint8Array(sign('sha256', signedData, this.keys.privateKey))],
              ]),
            ]
          : attestation.kind === 'packed'
            ? [
                'packed',
                new Map<string, unknown>([
                  ['alg', -7],
                  ['sig', new Uint8Array(sign('sha256', signedData, attestation.key))],
                  ['x5c', attestation.x5c.map((c) => new Uint8Array(c))],
                ]),
              ]
            : ['tpm', this.tpmStatement(jwk, signedData, attestation)];
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', fmt],
        ['attStmt', attStmt],
        ['authData', new Uint8Array(authData)],
      ]) as never,
    );
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64(Buffer.from(clientDataJSON)),
        attestationObject: b64(Buffer.from(attestationObject)),
        transports: ['internal'],
      },
      clientExtensionResults: {},
    };
  }

  /** TPM 2.0 structures (TPMT_PUBLIC and TPMS_ATTEST of type TPM_ST_ATTEST_CERTIFY) for the credential key. */
  private tpmStatement(
    jwk: { x?: string; y?: string },
    signedData: Buffer,
    attestation: { x5c: readonly Buffer[]; key: KeyObject },
  ): Map<string, unknown> {
    const u16 = (n: number) => {
      const b = Buffer.alloc(2);
      b.writeUInt16BE(n);
      return b;
    };
    const sized = (b: Buffer) => Buffer.concat([u16(b.length), b]);
    const [x, y] = [Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')];
    // type ECC, nameAlg SHA-256, attributes (fixedTPM, fixedParent, sensitiveDataOrigin, userWithAuth, sign), no policy,
    // symmetric NULL, scheme NULL, curve NIST P-256, kdf NULL, then the point.
    const pubArea = Buffer.concat([
      u16(0x0023),
      u16(0x000b),
      u32(0x00040072),
      u16(0),
      u16(0x0010),
      u16(0x0010),
      u16(0x0003),
      u16(0x0010),
      sized(x),
      sized(y),
    ]);
    const certInfo = Buffer.concat([
      u32(0xff544347), // TPM_GENERATED_VALUE
      u16(0x8017), // TPM_ST_ATTEST_CERTIFY
      sized(Buffer.alloc(0)), // qualifiedSigner
      sized(sha256(signedData)), // extraData: the hash of authData || clientDataHash
      Buffer.alloc(8),
      u32(1),
      u32(1),
      Buffer.from([1]), // clockInfo
      Buffer.alloc(8), // firmwareVersion
      sized(Buffer.concat([u16(0x000b), sha256(pubArea)])), // attested name
      sized(Buffer.alloc(0)), // attested qualifiedName
    ]);
    return new Map<string, unknown>([
      ['ver', '2.0'],
      ['alg', -7],
      ['x5c', attestation.x5c.map((c) => new Uint8Array(c))],
      ['sig', new Uint8Array(sign('sha256', certInfo, attestation.key))],
      ['certInfo', new Uint8Array(certInfo)],
      ['pubArea', new Uint8Array(pubArea)],
    ]);
  }

  assert(
    options: { challenge: string },
    tamper: { origin?: string; clientData?: (json: string) => string } = {},
  ): Record<string, unknown> {
    this.counter += 1;
    const authData = Buffer.concat([
      sha256(this.rpId),
      Buffer.from([0x05 | (this.model.synced ? 0x18 : 0)]),
      u32(this.counter),
    ]);
    const signed = JSON.stringify({
      type: 'webauthn.get',
      challenge: options.challenge,
      origin: tamper.origin ?? this.origin,
      crossOrigin: false,
    });
    const signature = sign('sha256', Buffer.concat([authData, sha256(signed)]), this.keys.privateKey);
    const sent = tamper.clientData ? tamper.clientData(signed) : signed;
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64(Buffer.from(sent)), authenticatorData: b64(authData), signature: b64(signature) },
      clientExtensionResults: {},
    };
  }
}
