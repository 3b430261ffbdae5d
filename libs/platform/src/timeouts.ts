/** Rejects with "<what> timed out after <ms> ms" when the promise has not settled by then. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether the promise settled (resolved or rejected) within `ms`: for shutdowns that wait for
 * something that may never end (a BullMQ close with Redis away) and then go on without it.
 */
export async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return withTimeout(
    promise.then(
      () => true,
      () => true,
    ),
    ms,
    'settle',
  ).catch(() => false);
}
