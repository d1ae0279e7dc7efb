// The V8 flags every svclint run sets at start, before its code is compiled (see cli.ts: a code
// cache is only accepted under the flags it was made with). Measurements in bench/README.md.

/**
 * V8 tiers hot WebAssembly functions up to TurboFan after a small budget of work, and that compile
 * blocked the main thread for ~80 ms after the first SQL parse: more than the whole lint of a small
 * tree. Init scripts are short, so libpg-query's baseline code is fast enough; 50x V8's default
 * budget (1,800,000) still lets a big workload tier up. Given on the command line instead, the
 * flag makes V8 reject the code cache (it was made under other flags).
 */
export const WASM_TIERING_BUDGET_FLAG = '--wasm-tiering-budget=90000000';

/**
 * V8 grows the old generation by a large factor after each mark-compact, so at 10,000 services the
 * process peaked at ~410 MB RSS while ~160 MB of heap was live at the end: the rest was garbage
 * V8 had not yet needed to collect. A smaller growth factor collects it sooner (measured in
 * bench/README.md); set at run time, so it applies to every svclint run, not to a Node a user starts.
 */
export const HEAP_GROWING_PERCENT_FLAG = '--heap-growing-percent=30';

export const V8_FLAGS: readonly string[] = [WASM_TIERING_BUDGET_FLAG, HEAP_GROWING_PERCENT_FLAG];
