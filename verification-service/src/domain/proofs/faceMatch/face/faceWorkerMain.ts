/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The body of the face worker thread. It is run from its own source text (`new Worker(code, { eval:
 * true })`), so it may use nothing from its module: only `require` of Node built-ins and of the
 * absolute paths the parent resolved (`workerData`). It loads Human on the WASM backend once, from
 * the models directory served by a loopback HTTP server that closes after the load (Human cannot
 * load `file://` URLs), then answers `{ id, frames }` messages with one analysis per JPEG frame.
 */
export function faceWorkerMain(): void {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const http = require('node:http') as typeof import('node:http');
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const paths = workerData as { human: string; wasmDir: string; modelsDir: string; jpeg: string };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const H = require(paths.human) as any;
  const jpeg = require(paths.jpeg) as typeof import('jpeg-js');

  /** The part of the face library (loaded by path, so untyped here) this worker uses. */
  interface DetectedFace {
    score?: number;
    real?: number;
    live?: number;
    rotation?: { angle?: { yaw?: number; pitch?: number } };
    box: [number, number, number, number];
    embedding?: number[];
  }
  interface Human {
    load(): Promise<void>;
    tf: { tensor4d(data: Uint8Array, shape: number[], dtype: 'int32'): { dispose(): void } };
    detect(input: unknown): Promise<{ face: DetectedFace[] }>;
  }

  async function load(): Promise<{ human: Human }> {
    const server = http.createServer((request, response) => {
      const name = path.basename(request.url ?? '');
      if (!/^[a-z0-9-]+\.(json|bin)$/.test(name)) {
        response.statusCode = 404;
        response.end();
        return;
      }
      fs.readFile(path.join(paths.modelsDir, name), (error, body) => {
        response.statusCode = error ? 404 : 200;
        response.end(error ? undefined : body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as import('node:net').AddressInfo;
    const human = new H.Human({
      backend: 'wasm',
      wasmPath: `${paths.wasmDir}/`,
      modelBasePath: `http://127.0.0.1:${port}/`,
      debug: false,
      cacheSensitivity: 0,
      face: {
        enabled: true,
        detector: { rotation: false, maxDetected: 3, minConfidence: 0.3, return: false },
        mesh: { enabled: true },
        iris: { enabled: false },
        description: { enabled: true },
        emotion: { enabled: false },
        antispoof: { enabled: true },
        liveness: { enabled: true },
      },
      body: { enabled: false },
      hand: { enabled: false },
      object: { enabled: false },
      gesture: { enabled: false },
      segmentation: { enabled: false },
      filter: { enabled: false },
    });
    try {
      await human.load();
    } finally {
      server.close();
    }
    return { human };
  }

  const loaded = load();

  async function analyse(human: Human, bytes: Uint8Array): Promise<unknown> {
    const started = performance.now();
    let image: { width: number; height: number; data: Uint8Array };
    try {
      image = jpeg.decode(bytes, {
        formatAsRGBA: false,
        useTArray: true,
        maxResolutionInMP: 4,
        maxMemoryUsageInMB: 64,
      });
    } catch (error) {
      return {
        ok: false,
        error: `not a decodable JPEG (${error instanceof Error ? error.message.slice(0, 80) : 'unknown'})`,
      };
    }
    const tensor = human.tf.tensor4d(image.data, [1, image.height, image.width, 3], 'int32');
    try {
      const result = await human.detect(tensor);
      const faces = result.face.map((f) => ({
        score: f.score ?? 0,
        real: f.real ?? 0,
        live: f.live ?? 0,
        yaw: f.rotation?.angle?.yaw ?? 0,
        pitch: f.rotation?.angle?.pitch ?? 0,
        box: f.box,
        embedding: Array.from(f.embedding ?? []),
      }));
      return { ok: true, width: image.width, height: image.height, faces, ms: Math.round(performance.now() - started) };
    } finally {
      tensor.dispose();
    }
  }

  parentPort!.on('message', (message: { id: number; frames: Uint8Array[] }) => {
    loaded
      .then(async ({ human }) => {
        const results = [];
        for (const frame of message.frames) results.push(await analyse(human, frame));
        parentPort!.postMessage({ id: message.id, results });
      })
      .catch((error: unknown) =>
        parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}
