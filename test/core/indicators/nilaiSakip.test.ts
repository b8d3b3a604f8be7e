import { cekNilaiSakip, hurufSakip, nilaiSakip } from "../../../src/core/indicators";
import { expectGagal } from "./bantu";
import { TABEL_4_1_SAKIP, TABEL_4_2 } from "./seed";

describe("nilaiSakip (PermenPANRB 88/2021), lower bounds exclusive", () => {
  it.each<[unknown, string]>([
    [100, "AA"],
    [90.01, "AA"],
    [90, "A"],
    ["90,00", "A"],
    [80.01, "A"],
    [80, "BB"],
    [70.01, "BB"],
    [70, "B"],
    [60, "CC"],
    [50.01, "CC"],
    [50, "C"],
    [30.01, "C"],
    [30, "D"],
    [0, "D"],
    ["84,35", "A"],
    ["A (84,35)", "A"],
    ["BB (84,35)", "A"],
    ["84,35%", "A"],
  ])("%p -> %s", (nilai, huruf) => {
    expect(nilaiSakip(nilai)).toEqual({ ok: true, value: huruf, metode: "permenpanrb88" });
  });

  it.each([...TABEL_4_1_SAKIP, ...(TABEL_4_2[0]?.target ?? [])])(
    "Kota Blitar Tabel 4.1/4.2: %s is graded A",
    (t) => {
      expect(nilaiSakip(t)).toMatchObject({ ok: true, value: "A" });
      expect(cekNilaiSakip(t)).toMatchObject({ letter: "A", expected: "A", cocok: true });
    },
  );

  it.each<[string, unknown, string]>([
    ["blank", "", "kosong"],
    ["NA", "NA", "tidak-tersedia"],
    ["a letter without score", "A", "nilai"],
    ["a word", "memuaskan", "nilai"],
    ["boolean", false, "nilai"],
    ["NaN", NaN, "nilai"],
    ["#REF!", "#REF!", "nilai"],
    ["above 100", 100.5, "angka"],
    ["above 100 in text", "AA (101)", "angka"],
    ["negative", -1, "angka"],
  ])("bad input: %s", (_case, nilai, error) => {
    expectGagal(nilaiSakip(nilai), error);
  });
});

describe("cekNilaiSakip", () => {
  it("matches the written letter with the score", () => {
    expect(cekNilaiSakip("A (84,35)")).toEqual({ letter: "A", score: 84.35, expected: "A", cocok: true });
    expect(cekNilaiSakip("BB (84,35)")).toEqual({ letter: "BB", score: 84.35, expected: "A", cocok: false });
    expect(cekNilaiSakip("a (90,00)")).toEqual({ letter: "A", score: 90, expected: "A", cocok: true });
    expect(cekNilaiSakip("A (90,01)")).toMatchObject({ expected: "AA", cocok: false });
  });

  it.each<[string, unknown]>([
    ["a bare score", "84,35"],
    ["a word label", "Baik 82"],
    ["a score above 100", "A (120)"],
    ["blank", ""],
    ["a number", 84.35],
  ])("undefined for %s", (_case, text) => {
    expect(cekNilaiSakip(text)).toBeUndefined();
  });

  it("hurufSakip is undefined outside 0..100", () => {
    expect(hurufSakip(84.35)).toBe("A");
    expect(hurufSakip(-0.1)).toBeUndefined();
    expect(hurufSakip(100.1)).toBeUndefined();
    expect(hurufSakip(NaN)).toBeUndefined();
  });
});
