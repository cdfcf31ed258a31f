import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor, DEFAULT_SLOWDOWN } from '../../support/cpu-slowdown.ts';

describe('Lighthouse CPU slowdown calibration', () => {
  it("keeps Lighthouse's default on a host as fast as it assumes, or faster", () => {
    expect(cpuSlowdownFor(1500)).toBe(DEFAULT_SLOWDOWN);
    expect(cpuSlowdownFor(2600)).toBe(DEFAULT_SLOWDOWN);
  });

  it('slows a weaker host down less, in proportion, so the simulated phone stays the same', () => {
    expect(cpuSlowdownFor(1125)).toBe(3);
    expect(cpuSlowdownFor(750)).toBe(2);
    expect(cpuSlowdownFor(800)).toBe(2.1);
  });

  it('never treats a host as slower than the phone it simulates', () => {
    expect(cpuSlowdownFor(200)).toBe(1);
  });
});
