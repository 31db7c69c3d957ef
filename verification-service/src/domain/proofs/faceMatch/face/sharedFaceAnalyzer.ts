import { createFaceAnalyzer, type FaceAnalyzer } from './createFaceAnalyzer';

let shared: FaceAnalyzer | null = null;

/**
 * The process's one face analyzer: the model is loaded once, lazily, and shared by every request
 * (and every app in the process, as in tests). Its worker is unreferenced while idle.
 */
export function sharedFaceAnalyzer(): FaceAnalyzer {
  shared ??= createFaceAnalyzer();
  return shared;
}
