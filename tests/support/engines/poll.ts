import type { WaitOptions } from './types';

/**
 * Calls a check until it returns a truthy value; fails after the timeout with the last value
 * (or error) seen. Between tries it yields for a short interval, so the page gets on with its
 * work: this is a bounded poll for a condition, not a sleep standing in for one.
 */
export async function poll<R>(
  check: () => Promise<R>,
  { timeout = 10_000, message = 'condition' }: WaitOptions = {},
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<R>;
      last = value;
    } catch (error) {
      // A navigation in progress destroys the context the check ran in: try again.
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${message}; last: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
