// A million random argument combinations for the worksheet functions: never a throw, always a
// number, a text or an Excel error.
import { ExcelError, fungsi } from "../../src";

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const POOL: unknown[] = [
  null,
  undefined,
  "",
  " ",
  "-",
  "NA",
  "n/a",
  "#REF!",
  "#DIV/0!",
  "11.653",
  "6,12",
  "2.161.905.000",
  "12,5%",
  "A (84,35)",
  "Baik 82",
  "0,24*)",
  "80 - 90",
  "80 s.d. 90",
  "1.2.3",
  "1,234.5",
  "abc",
  "negatif",
  "positif",
  "rasio",
  "refleksi",
  "geometrik",
  "jumlah",
  "lkjip",
  "berhasil",
  "permendagri86",
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.36,
  0.39,
  82,
  91.35,
  100,
  2021,
  2026,
  1e308,
  -1e308,
  5e-324,
  NaN,
  Infinity,
  -Infinity,
  [],
  [
    [1, 2],
    [3, 4],
  ],
  [
    [90, "A"],
    [null, "B"],
  ],
  [1, 2, 3],
  {},
  [[null]],
];

describe("fungsi under random input", () => {
  it("answers a million calls without throwing", () => {
    const r = rng(2026);
    const names = Object.keys(fungsi) as Array<keyof typeof fungsi>;
    const pick = (): unknown => POOL[Math.floor(r() * POOL.length)];
    let errors = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const f = fungsi[names[i % names.length]] as (...a: unknown[]) => unknown;
      const v = f(pick(), pick(), pick(), pick(), pick());
      if (v instanceof ExcelError) {
        errors++;
        if (!["#VALUE!", "#DIV/0!", "#N/A", "#NUM!"].includes(v.code) || !v.message)
          throw new Error(`bad error ${v.code}`);
      } else if (typeof v === "number") {
        if (!Number.isFinite(v)) throw new Error(`non-finite result from ${String(names[i % names.length])}`);
      } else if (typeof v !== "string") {
        throw new Error(`unexpected result ${String(v)}`);
      }
    }
    expect(errors).toBeGreaterThan(0);
  }, 120_000);
});
