import { efisiensi, kategoriEfisiensi } from "../../../src/core/indicators";
import { expectCetak, expectGagal } from "./bantu";

describe("efisiensi", () => {
  it("selisih (default): capaian 100 against serapan 97,29 (Kota Blitar Tabel 2.3.2 TOTAL 2017) is 2,71 points, wajar", () => {
    const h = efisiensi(100, "97,29");
    expectCetak(h, 2.71);
    expect(h.ok && h.metode).toBe("selisih");
    expect(h.ok && kategoriEfisiensi(h.value)).toBe("wajar");
  });

  it("rasio: capaian / serapan x 100", () => {
    const h = efisiensi("81,20", "97,29", "rasio");
    expectCetak(h, 83.46);
    expect(h.ok && h.metode).toBe("rasio");
  });

  it("accepts a negative capaian (refleksi below zero)", () => {
    expectCetak(efisiensi(-731, 90), -821);
  });

  it.each<[string, unknown, unknown, "selisih" | "rasio" | undefined, string]>([
    ["blank capaian", "", 90, undefined, "kosong"],
    ["blank serapan", 90, null, undefined, "kosong"],
    ["dash", "-", 90, undefined, "tidak-tersedia"],
    ["negative serapan", 90, -1, undefined, "nilai"],
    ["rasio with serapan 0", 90, 0, "rasio", "bagi-nol"],
    ["text", "efisien", 90, undefined, "nilai"],
    ["boolean", 90, true, undefined, "nilai"],
    ["NaN", NaN, 90, undefined, "nilai"],
    ["#N/A", 90, "#N/A", undefined, "nilai"],
    ["unknown method", 90, 90, "kuadrat" as never, "nilai"],
  ])("%s", (_case, c, s, metode, error) => {
    expectGagal(efisiensi(c, s, metode), error);
  });

  it("selisih with serapan 0 is still defined", () => {
    expectCetak(efisiensi(90, 0), 90);
  });
});

describe("kategoriEfisiensi", () => {
  it.each<[number, number | undefined, string]>([
    [5.01, undefined, "efisien"],
    [5, undefined, "wajar"],
    [0, undefined, "wajar"],
    [-5, undefined, "wajar"],
    [-5.01, undefined, "tidak-efisien"],
    [3, 2, "efisien"],
    [-3, 2, "tidak-efisien"],
    [0, 0, "wajar"],
  ])("selisih %p with pita %p -> %s", (selisih, pita, kategori) => {
    expect(kategoriEfisiensi(selisih, pita)).toBe(kategori);
  });

  it("does not let float noise cross the band (8,05 - 3,05 = 5.000000000000001)", () => {
    const h = efisiensi("8,05", "3,05");
    expect(h.ok && h.value).not.toBe(5);
    expect(h.ok && kategoriEfisiensi(h.value)).toBe("wajar");
  });

  it("capaian and serapan equal but for float noise: selisih 0, as a spreadsheet shows it", () => {
    expect(efisiensi(97.29000000000001, 97.29)).toEqual({ ok: true, value: 0, metode: "selisih" });
    expect(efisiensi(100.000001, 100)).not.toEqual({ ok: true, value: 0, metode: "selisih" });
  });

  it("throws RangeError on programming errors", () => {
    expect(() => kategoriEfisiensi(NaN)).toThrow(RangeError);
    expect(() => kategoriEfisiensi(1, -1)).toThrow(RangeError);
    expect(() => kategoriEfisiensi(1, Infinity)).toThrow(RangeError);
  });
});
