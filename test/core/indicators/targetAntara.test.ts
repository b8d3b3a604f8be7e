import { targetAntara } from "../../../src/core/indicators";
import { cetak, expectCetak, expectGagal } from "./bantu";
import { BULELENG_2_2_1 } from "./seed";

describe("targetAntara", () => {
  const row = BULELENG_2_2_1[1];
  it.each([
    [2023, "6,86"],
    [2024, "9,86"],
    [2025, "12,86"],
    [2026, "15,86"],
  ])("Buleleng Tabel 2.2.1 Persentase penanganan PMKS %i -> %s", (tahun, printed) => {
    const h = targetAntara(row?.target[0], row?.target[3], 2023, 2026, tahun);
    expectCetak(h, cetak(printed));
    expect(h.ok && h.metode).toBe("linear");
  });

  it("Kota Blitar Tabel 4.2 Nilai SAKIP: 85,00 and 85,04 lie on the line 84,96 (2023) to 85,08 (2026)", () => {
    // The printed header says 2022, 2024, 2025, 2026; the values fit 2023-2026 (a year gap in the header).
    expectCetak(targetAntara("A (84,96)", "A (85,08)", 2023, 2026, 2024), 85.0);
    expectCetak(targetAntara("A (84,96)", "A (85,08)", 2023, 2026, 2025), 85.04);
  });

  it("works for decreasing targets (Buleleng Persentase penduduk miskin 5,15 in 2023 to 4,6 in 2026)", () => {
    expectCetak(targetAntara("5,15", "4,6", 2023, 2026, 2024), 4.97, 2);
  });

  it("accepts negative conditions (Kota Blitar Tabel 4.2 Persentase penurunan PMKS from -2,38)", () => {
    expectCetak(targetAntara("-2,38", "1,54", 2021, 2026, 2022), -1.596, 3);
  });

  it("accepts years as text", () => {
    expectCetak(targetAntara(0, 10, "2021", "2026", "2023"), 4);
  });

  it.each<[string, unknown[], string]>([
    ["blank year", [1, 2, 2021, 2026, ""], "kosong"],
    ["blank kondisi awal", ["", 2, 2021, 2026, 2023], "tidak-tersedia"],
    ["NA kondisi akhir", [1, "NA", 2021, 2026, 2023], "tidak-tersedia"],
    ["year before the start", [1, 2, 2021, 2026, 2020], "angka"],
    ["year after the end", [1, 2, 2021, 2026, 2027], "angka"],
    ["same start and end year", [1, 2, 2026, 2026, 2026], "nilai"],
    ["start after end", [1, 2, 2026, 2021, 2023], "nilai"],
    ["fractional year", [1, 2, 2021, 2026, 2023.5], "nilai"],
    ["fractional year as text", [1, 2, 2021, 2026, "2023,5"], "nilai"],
    ["text", ["awal", 2, 2021, 2026, 2023], "nilai"],
    ["boolean", [1, true, 2021, 2026, 2023], "nilai"],
    ["NaN", [1, 2, NaN, 2026, 2023], "nilai"],
    ["#REF!", [1, 2, 2021, "#REF!", 2023], "nilai"],
  ])("%s", (_case, args, error) => {
    expectGagal(targetAntara(args[0], args[1], args[2], args[3], args[4]), error);
  });
});

describe("targetAntara near zero", () => {
  it("a line through 0 gives 0 where it crosses, as a spreadsheet shows it, not float noise", () => {
    expect(targetAntara(-0.1, 0.2, 2021, 2024, 2022)).toEqual({ ok: true, value: 0, metode: "linear" });
    expect(targetAntara(-0.7, 0.3, 2021, 2031, 2028)).toEqual({ ok: true, value: 0, metode: "linear" });
    // a small value that is not noise stays
    expect(targetAntara(-1e-6, 1, 2021, 2026, 2021)).toEqual({ ok: true, value: -1e-6, metode: "linear" });
  });
});
