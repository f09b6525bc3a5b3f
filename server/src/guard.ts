// Running server work so that a failure never reaches the client as a crash: a request is answered with its empty
// answer, a background task stops, and either way the error is logged with its stack.
import type { Logger } from './core';

const describe = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));

/** A logger that may also note how each guarded task ended (the server's health: health.ts). */
export interface GuardLogger extends Logger {
  failed?(what: string, error: unknown): void;
  succeeded?(what: string): void;
}

/** Runs a handler body; a failure is logged and answered with the fallback, never thrown at the client. */
export async function guard<T>(logger: GuardLogger, what: string, fallback: T, body: () => T | Promise<T>): Promise<T> {
  try {
    const result = await body();
    logger.succeeded?.(what);
    return result;
  } catch (error) {
    logger.error(`${what} failed: ${describe(error)}`);
    logger.failed?.(what, error);
    return fallback;
  }
}

/** Runs a task one step per turn of the event loop, so requests are answered between its steps. */
export function runInSteps(logger: Logger, what: string, steps: Iterator<void>): void {
  const step = (): void => {
    try {
      if (steps.next().done !== true) setImmediate(step);
    } catch (error) {
      logger.error(`${what} failed: ${describe(error)}`);
    }
  };
  setImmediate(step);
}
