/**
 * The CPU slowdown that makes Lighthouse's simulated phone the same phone on any test machine.
 * Lighthouse's default 4x is meant for a high-end desktop host (its benchmarkIndex 1500 and up) and
 * lands in the mid-tier phone bracket; on a slower host the same 4x simulates a far weaker phone, and
 * a CI runner that is busy or slow fails pages that are fine (Lighthouse docs/throttling.md,
 * "Calibrating the CPU slowdown": lower the multiplier on a weaker machine).
 */
export const DEFAULT_SLOWDOWN = 4;
/** The host benchmarkIndex Lighthouse's default slowdown assumes (bottom of the high-end desktop bracket). */
export const HOST_INDEX_FOR_DEFAULT = 1500;

/**
 * The slowdown for a host with this benchmarkIndex: proportional below the index the default
 * assumes, never above Lighthouse's default (a faster host is judged as Lighthouse judges it), and
 * never below 1 (no host is treated as slower than the phone).
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  const proportional = (DEFAULT_SLOWDOWN * benchmarkIndex) / HOST_INDEX_FOR_DEFAULT;
  return Math.round(Math.min(DEFAULT_SLOWDOWN, Math.max(1, proportional)) * 10) / 10;
}
