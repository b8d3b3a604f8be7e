// kolomMenurut: a table's columns by a key of their own, for matching them with another table's.
import type { DetectedColumn } from "../../../src/core/detect";
import { kolomMenurut } from "../../../src/core/rules/values";

const col = (c: number, header: string, year?: number): DetectedColumn =>
  ({ col: c, header, role: "anggaran", certain: true, ...(year ? { year } : {}) }) as DetectedColumn;

it("maps columns by their key and matches none on a key two columns share", () => {
  const cols = [col(3, "APBD Murni", 2024), col(4, "APBD Perubahan", 2024), col(5, "Pagu 2025 (Rp)", 2025)];
  const m = kolomMenurut(cols, (c) => (c.year ? `rp ${c.year}` : undefined));
  expect([...m.keys()]).toEqual(["rp 2025"]);
  expect(m.get("rp 2025")?.col).toBe(5);
});

it("leaves out columns without a key, and keeps an empty key as a key", () => {
  const cols = [col(1, ""), col(2, "Jumlah"), col(3, "Pagu", 2024)];
  const m = kolomMenurut(cols, (c) => (c.year ? undefined : c.header));
  expect([...m.entries()].map(([k, c]) => [k, c.col])).toEqual([
    ["", 1],
    ["Jumlah", 2],
  ]);
  expect(kolomMenurut([], () => "x").size).toBe(0);
});
