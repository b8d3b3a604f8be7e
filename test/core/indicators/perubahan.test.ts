import { capaian, penurunan, pertumbuhan } from "../../../src/core/indicators";
import { expectCetak, expectGagal } from "./bantu";

describe("penurunan (Persentase penurunan PMKS, Kota Blitar Tabel 4.1/4.2 rumus)", () => {
  it("follows (X(n-1) - X(n)) / X(n-1) x 100: 1.000 PMKS down to 941,1 is a 5,89 % decrease", () => {
    expectCetak(penurunan("1.000", "941,1"), 5.89);
  });

  it("a rise is a negative decrease (Tabel 2.3.1, 2020: -7,31 during Covid-19)", () => {
    expectCetak(penurunan(1000, 1073.1), -7.31);
  });

  it("is a positif indicator: realisasi 5,89 against target 1 is capaian 589 (Tabel 2.3.1, 2018)", () => {
    const r = penurunan(1000, 941.1);
    expect(r.ok).toBe(true);
    if (r.ok) expectCetak(capaian(r.value, 1, { polaritas: "positif" }), 589);
  });

  it("is the mirror of pertumbuhan", () => {
    const a = penurunan(6212, 5000);
    const b = pertumbuhan(6212, 5000);
    expect(a.ok && b.ok && a.value + b.value).toBeCloseTo(0, 12);
  });
});

describe("pertumbuhan", () => {
  it("Tabel 2.3.2 Belanja Tidak Langsung anggaran 2017 -> 2018: +3,33 %", () => {
    expectCetak(pertumbuhan("2.161.905.000", "2.233.885.914"), 3.33);
  });

  it("Tabel 2.3.2 Belanja Pegawai anggaran 2020 -> 2021 (to 0): -100 %", () => {
    expectCetak(pertumbuhan("38.651.000", "0"), -100);
  });
});

describe.each([
  ["penurunan", penurunan],
  ["pertumbuhan", pertumbuhan],
])("%s bad input", (_name, f) => {
  it.each<[string, unknown, unknown, string]>([
    ["current value blank", 100, "", "kosong"],
    ["previous value blank", null, 100, "tidak-tersedia"],
    ["previous value '-'", "-", 100, "tidak-tersedia"],
    ["base 0", 0, 100, "bagi-nol"],
    ["base 0 and current 0", 0, 0, "bagi-nol"],
    ["negative base", -10, 100, "nilai"],
    ["negative current", 10, -100, "nilai"],
    ["text", "banyak", 100, "nilai"],
    ["boolean", 100, false, "nilai"],
    ["NaN", NaN, 100, "nilai"],
    ["#N/A from Excel", 100, "#N/A", "nilai"],
  ])("%s", (_case, a, b, error) => {
    expectGagal(f(a, b), error);
  });
});
