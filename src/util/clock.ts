// Milliseconds for phase timings. `performance.now()` would do, but the first touch of the global
// `performance` loads Node's perf_hooks (~3 ms of a 170 ms run); process.hrtime is already there.

/** A monotonic time in milliseconds (only differences mean anything). */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
