import type { AppContext } from '../../../../kernel/AppContext';

/** Float32 little-endian, one embedding after another, sealed as base64 (the service key seals text). */
export function sealEmbeddings(ctx: Pick<AppContext, 'key'>, embeddings: readonly (readonly number[])[]): Buffer {
  const packed = Buffer.from(new Float32Array(embeddings.flat()).buffer);
  return ctx.key.encrypt(packed.toString('base64'));
}

/** Reads back what `sealEmbeddings` sealed, as embeddings of `length` numbers. */
export function openEmbeddings(ctx: Pick<AppContext, 'key'>, sealed: Uint8Array, length = 1024): number[][] {
  const packed = Buffer.from(ctx.key.decrypt(sealed), 'base64');
  const all = Array.from(new Float32Array(packed.buffer, packed.byteOffset, packed.byteLength / 4));
  const out: number[][] = [];
  for (let i = 0; i < all.length; i += length) out.push(all.slice(i, i + length));
  return out;
}
