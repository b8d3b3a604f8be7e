// Test helpers shared by the indicator tests (not a test file itself).
import type { Hasil } from "../../../src/core/indicators";
import { parseAngka } from "../../../src/core/numbers";

/**
 * The computed value prints as the seed prints it: within half a unit of the last printed decimal
 * (0.005 for two decimals). The bound is inclusive, so 42,35 / 40 = 105,875 matches "105,88".
 */
export function expectCetak(h: Hasil<number>, printed: number, decimals = 2): void {
  expect(h.ok).toBe(true);
  if (!h.ok) return;
  const within = Math.abs(h.value - printed) <= 0.5 * 10 ** -decimals + 1e-9;
  expect({ value: h.value, printed, within }).toEqual({ value: h.value, printed, within: true });
}

/** A number as the seed text prints it ("83,55", "11.60"). */
export function cetak(text: string): number {
  const a = parseAngka(text);
  if (a.kind !== "angka") throw new Error(`test data "${text}" is not a number`);
  return a.value;
}

export function expectGagal(h: Hasil<unknown>, error: string): void {
  expect(h.ok).toBe(false);
  if (h.ok) return;
  expect(h.error).toBe(error);
  if (h.error !== "kosong") {
    expect(h.pesan.id.length).toBeGreaterThan(10);
    expect(h.pesan.en.length).toBeGreaterThan(10);
  }
}
