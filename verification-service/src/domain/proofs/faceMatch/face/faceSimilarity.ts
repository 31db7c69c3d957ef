/**
 * Similarity (0–1) of two face embeddings, as `@vladmandic/human`'s `match.similarity` computes it with
 * its defaults (Euclidean distance × 25, normalised over 0.2–0.8), so the service compares embeddings
 * without loading the model. Same image: 1; different people on the sample photos: ≈0.1–0.45.
 */
export function faceSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0)
    throw new TypeError(`embeddings differ in length: ${a.length} vs ${b.length}`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const diff = a[i]! - b[i]!;
    sum += diff * diff;
  }
  const distance = Math.round(100 * 25 * sum) / 100;
  if (distance === 0) return 1;
  const norm = (1 - Math.sqrt(distance) / 100 - 0.2) / (0.8 - 0.2);
  return Math.round(100 * Math.max(Math.min(norm, 1), 0)) / 100;
}
