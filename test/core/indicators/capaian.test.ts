import { capaian, parseMetode, parsePolaritas } from "../../../src/core/indicators";
import { cetak, expectCetak, expectGagal } from "./bantu";
import { TABEL_2_3_1 } from "./seed";

const NO_DATA = new Set(["-", "NA"]);

describe("capaian reproduces Kota Blitar Tabel 2.3.1 (Rasio Capaian)", () => {
  const cases = TABEL_2_3_1.flatMap((row) =>
    row.realisasi.map((r, i) => ({
      name: `${row.label}, kolom ke-${i + 1}: R ${r} / T ${row.target[i]} -> ${row.rasio[i]}`,
      row,
      r,
      t: row.target[i] as string,
      printed: row.rasio[i] as string,
    })),
  );

  it.each(cases)("$name", ({ row, r, t, printed }) => {
    const h = capaian(r, t, { polaritas: row.polaritas });
    if (NO_DATA.has(printed)) {
      expectGagal(h, "tidak-tersedia");
    } else {
      expectCetak(h, cetak(printed));
      expect(h.ok && h.metode).toBe(row.polaritas === "negatif" ? "negatif-refleksi" : "positif");
    }
  });

  it("Indeks Gini (lower is better) uses refleksi by default: T 0,36 R 0,39 -> 91,67", () => {
    expectCetak(capaian("0,39", "0,36", { polaritas: "negatif" }), 91.67);
    expectCetak(capaian("0,35", "0,36", { polaritas: "negatif" }), 102.78);
    expectCetak(capaian("0,33", "0,36", { polaritas: "negatif" }), 108.33);
  });

  it("the rasio convention gives different numbers for the same Gini rows", () => {
    const h = capaian("0,39", "0,36", { polaritas: "negatif", metode: "rasio" });
    expectCetak(h, 92.31);
    expect(h.ok && h.metode).toBe("negatif-rasio");
    expectCetak(capaian("0,33", "0,36", { polaritas: "negatif", metode: "rasio" }), 109.09);
  });

  it("Persentase penurunan PMKS is positif: a realisasi of -7,31 against 1 keeps its sign (-731)", () => {
    expectCetak(capaian(-7.31, 1), -731);
  });

  it("Tabel 4.1 Indeks Keparahan Kemiskinan 2022 (negatif), T 0,25 R 0,19: refleksi 124, rasio 131,58", () => {
    expectCetak(capaian("0,19", "0,25", { polaritas: "negatif" }), 124);
    expectCetak(capaian("0,19", "0,25", { polaritas: "negatif", metode: "rasio" }), 131.58);
  });

  it("Tabel 4.1 predicted realisasi with a footnote, T 7,37 R 7,37*) -> 100", () => {
    expectCetak(capaian("7,37*)", "7,37", { polaritas: "negatif" }), 100);
  });
});

describe("capaian conventions", () => {
  it("never caps the raw value", () => {
    expectCetak(capaian(589, 100), 589);
  });

  it("keeps refleksi below zero when R > 2T", () => {
    expectCetak(capaian(30, 10, { polaritas: "negatif" }), -100);
  });

  it.each<
    [string, unknown, unknown, "positif" | "negatif", "refleksi" | "rasio" | undefined, number, string]
  >([
    ["inside the range", 85, "80 - 90", "positif", undefined, 100, "rentang"],
    ["on the lower bound", 80, "80-90", "positif", undefined, 100, "rentang"],
    ["on the upper bound", "90", "80 – 90", "positif", undefined, 100, "rentang"],
    ["above, positif: R / upper", 99, "80 s.d. 90", "positif", undefined, 110, "rentang-positif"],
    ["below, positif: R / lower", 72, "80 s/d 90", "positif", undefined, 90, "rentang-positif"],
    [
      "above, negatif refleksi against upper",
      99,
      "80 - 90",
      "negatif",
      undefined,
      90,
      "rentang-negatif-refleksi",
    ],
    ["above, negatif rasio against upper", 100, "80 - 90", "negatif", "rasio", 90, "rentang-negatif-rasio"],
    [
      "below, negatif refleksi against lower",
      72,
      "80 - 90",
      "negatif",
      undefined,
      110,
      "rentang-negatif-refleksi",
    ],
    ["percent signs in the range", "95%", "80% - 90%", "positif", undefined, 105.56, "rentang-positif"],
  ])("stable indicator, %s", (_case, r, t, polaritas, metode, expected, metodeHasil) => {
    const h = capaian(r, t, { polaritas, metode });
    expectCetak(h, expected);
    expect(h.ok && h.metode).toBe(metodeHasil);
  });

  it.each<
    [string, unknown, unknown, "positif" | "negatif", "refleksi" | "rasio" | undefined, number | string]
  >([
    ["positif T=0", 5, 0, "positif", undefined, "bagi-nol"],
    ["positif T=0 and R=0", 0, 0, "positif", undefined, "bagi-nol"],
    ["negatif T=0 and R=0 is achieved", 0, 0, "negatif", undefined, 100],
    ["negatif rasio T=0 and R=0 is achieved", 0, "0", "negatif", "rasio", 100],
    ["negatif refleksi T=0, R>0", 3, 0, "negatif", undefined, "bagi-nol"],
    ["negatif rasio R=0, T>0", 0, 5, "negatif", "rasio", "bagi-nol"],
    ["negatif rasio T=0, R>0 gives 0", 3, 0, "negatif", "rasio", 0],
    ["negatif rasio with negative R", -2, 5, "negatif", "rasio", "angka"],
    ["positif R=0 is a reported zero, 0 %", 0, 80, "positif", undefined, 0],
    ["range below a lower bound of 0 (negative R)", -1, "0 - 10", "positif", undefined, "bagi-nol"],
  ])("zero rule: %s", (_case, r, t, polaritas, metode, expected) => {
    const h = capaian(r, t, { polaritas, metode });
    if (typeof expected === "number") expectCetak(h, expected);
    else expectGagal(h, expected);
  });
});

describe("capaian bad input", () => {
  it.each<[string, unknown, unknown, string]>([
    ["blank realisasi means not reported yet", "", 80, "kosong"],
    ["null realisasi", null, 80, "kosong"],
    ["blank realisasi and blank target", undefined, "", "kosong"],
    ["blank target with realisasi present", 80, "", "tidak-tersedia"],
    ["target '-'", 80, "-", "tidak-tersedia"],
    ["realisasi 'NA'", "NA", 80, "tidak-tersedia"],
    ["text realisasi", "tinggi", 80, "nilai"],
    ["text target", 80, "delapan puluh", "nilai"],
    ["boolean realisasi", true, 80, "nilai"],
    ["boolean target", 80, false, "nilai"],
    ["NaN realisasi", NaN, 80, "nilai"],
    ["Infinity target", 80, Infinity, "nilai"],
    ["#REF! realisasi", "#REF!", 80, "nilai"],
    ["#DIV/0! target", 80, "#DIV/0!", "nilai"],
    ["negative target", 5, -3, "nilai"],
    ["negative target as text", 5, "-3,5", "nilai"],
    ["reversed range", 85, "90 - 80", "nilai"],
    ["range with text realisasi", "abc", "80 - 90", "nilai"],
    ["range with blank realisasi", "", "80 - 90", "kosong"],
    ["junk wins over blank", "", "#N/A", "nilai"],
  ])("%s", (_case, r, t, error) => {
    expectGagal(capaian(r, t), error);
  });

  it("names the argument and says what to do", () => {
    const h = capaian("#REF!", 80);
    expect(h).toMatchObject({ ok: false, error: "nilai" });
    if (!h.ok && h.error !== "kosong") {
      expect(h.pesan.id).toContain("Realisasi");
      expect(h.pesan.id).toContain("#REF!");
      expect(h.pesan.en).toContain("Realisation");
    }
    const t = capaian(80, "");
    if (!t.ok && t.error !== "kosong") expect(t.pesan.id).toBe("Target kosong: isi target dulu.");
  });

  it("rejects an unknown polarity or method passed at run time", () => {
    expectGagal(capaian(1, 1, { polaritas: "atas" as never }), "nilai");
    expectGagal(capaian(1, 1, { polaritas: "negatif", metode: "kuadrat" as never }), "nilai");
  });
});

describe("parsePolaritas and parseMetode", () => {
  it.each<[unknown, "positif" | "negatif"]>([
    ["positif", "positif"],
    ["Positif", "positif"],
    ["+", "positif"],
    ["naik", "positif"],
    ["1", "positif"],
    [1, "positif"],
    ["negatif", "negatif"],
    [" NEGATIF ", "negatif"],
    ["-", "negatif"],
    ["turun", "negatif"],
    ["-1", "negatif"],
    [-1, "negatif"],
  ])("polaritas %j -> %s", (x, value) => {
    expect(parsePolaritas(x)).toEqual({ ok: true, value });
  });

  it.each([undefined, null, "", "  "])("blank polaritas %j -> default (undefined)", (x) => {
    expect(parsePolaritas(x)).toBeUndefined();
    expect(parseMetode(x)).toBeUndefined();
  });

  it.each<[unknown]>([["tinggi"], [2], [true], [NaN], [{}]])("unknown polaritas %j -> nilai", (x) => {
    expectGagal(parsePolaritas(x) as never, "nilai");
  });

  it.each<[unknown, "refleksi" | "rasio"]>([
    ["refleksi", "refleksi"],
    ["Rasio", "rasio"],
    ["ratio", "rasio"],
  ])("metode %j -> %s", (x, value) => {
    expect(parseMetode(x)).toEqual({ ok: true, value });
  });

  it("unknown metode lists the valid ones", () => {
    const h = parseMetode("kuadrat");
    expect(h).toMatchObject({ ok: false, error: "nilai" });
    if (h && !h.ok && h.error !== "kosong") expect(h.pesan.id).toMatch(/refleksi.*rasio/);
  });
});
