/** One face the model found in a frame: detection, anti-spoof and liveness scores, head pose, embedding. */
export interface DetectedFace {
  /** Detection confidence, 0–1. */
  score: number;
  /** Anti-spoof score (Human's `real`), 0–1: high for a live face, low for a print or a screen. */
  real: number;
  /** Liveness score (Human's `live`), 0–1. */
  live: number;
  /** Head rotation in radians from the face mesh; yaw goes negative as the person turns to their own left. */
  yaw: number;
  pitch: number;
  /** Face box in frame pixels: x, y, width, height. */
  box: [number, number, number, number];
  /** The 1024-number face description compared with `faceSimilarity`. */
  embedding: number[];
}

/** What the model saw in one JPEG frame, or why it could not look. */
export type FaceFrameAnalysis =
  { ok: true; width: number; height: number; faces: DetectedFace[]; ms: number } | { ok: false; error: string };
