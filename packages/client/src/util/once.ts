/** Wraps an async operation so every caller shares its first run: the shape of an idempotent close(). */
export function once(run: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= run();
    return running;
  };
}
