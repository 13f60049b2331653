/**
 * A turn of the event loop for long operations. On the embedded database every query resolves
 * without I/O, so a long import is one chain of promise callbacks: without a turn of the event
 * loop between its steps, no other request (and no progress poll) is even read until it ends.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
