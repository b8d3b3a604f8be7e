// The worksheet functions as Node callers and the Excel wrappers see them: plain values in,
// a number, a text, "" (blank) or an ExcelError out. The calculations themselves are tested
// on the seed tables in test/core/indicators; here the mapping of every outcome is.
import { ExcelError, fungsi, isExcelError, KATALOG } from "../../src";

const err = (v: unknown): ExcelError => {
  expect(isExcelError(v)).toBe(true);
  return v as ExcelError;
};

describe("fungsi: results", () => {
  it.each([
    ["CAPAIAN(91.35, 82), Tabel 2.3.1 rehabilitasi sosial 2018", fungsi.CAPAIAN(91.35, 82), 111.4],
    ["CAPAIAN of the Gini row, negatif (refleksi by default)", fungsi.CAPAIAN(0.39, 0.36, "negatif"), 91.67],
    ["CAPAIAN Gini 2018", fungsi.CAPAIAN("0,35", "0,36", "negatif"), 102.78],
    ["CAPAIAN Gini 2019", fungsi.CAPAIAN("0,33", "0,36", "-", "refleksi"), 108.33],
    ["CAPAIAN negatif rasio", fungsi.CAPAIAN(0.39, 0.36, "negatif", "rasio"), 92.31],
    ["CAPAIAN inside a range target", fungsi.CAPAIAN(85, "80 - 90"), 100],
    ["CAPAIAN above a range target", fungsi.CAPAIAN(99, "80 - 90"), 110],
    ["PENURUNAN", fungsi.PENURUNAN(1250, 1100), 12],
    ["PERTUMBUHAN", fungsi.PERTUMBUHAN("100", "112"), 12],
    ["SERAPAN, Tabel 2.3.2 Belanja Langsung 2020", fungsi.SERAPAN("21.014.747.235", "21.434.854.461"), 98.04],
    ["EFISIENSI selisih", fungsi.EFISIENSI(98, 92.5), 5.5],
    ["EFISIENSI rasio", fungsi.EFISIENSI(98, 98, "rasio"), 100],
    ["KONDISIAKHIR last (Tabel 4.2: 7,04)", fungsi.KONDISIAKHIR([7.37, 7.3, 7.2, 7.12, 7.04]), 7.04],
    ["KONDISIAKHIR jumlah", fungsi.KONDISIAKHIR([1, 2, 3], "jumlah"), 6],
    ["TARGETANTARA", fungsi.TARGETANTARA(10, 20, 2021, 2026, 2023), 14],
    ["ANGKA", fungsi.ANGKA("2.161.905.000"), 2161905000],
    ["ANGKA of a SAKIP text", fungsi.ANGKA("A (84,35)"), 84.35],
  ])("%s", (_name, got, want) => {
    expect(typeof got).toBe("number");
    expect(got as number).toBeCloseTo(want, 2);
  });

  it("gives the labels of the scales", () => {
    expect(fungsi.PREDIKAT(90.5)).toBe("Sangat Tinggi");
    expect(fungsi.PREDIKAT(90)).toBe("Tinggi");
    expect(fungsi.PREDIKAT(90.5, "lkjip")).toBe("Sangat Baik");
    expect(fungsi.PREDIKAT(80, "berhasil")).toBe("Berhasil");
    expect(
      fungsi.PREDIKAT(85, [
        [90, "A"],
        [80, "B"],
        [null, "C"],
      ]),
    ).toBe("B");
    expect(fungsi.NILAISAKIP(90)).toBe("A");
    expect(fungsi.NILAISAKIP(90.01)).toBe("AA");
    expect(fungsi.NILAISAKIP("BB (84,35)")).toBe("A");
  });
});

describe("fungsi: blanks and bad input", () => {
  it("gives a blank-like result for a blank realisation, not 0 %", () => {
    expect(fungsi.CAPAIAN(null, 82)).toBe("");
    expect(fungsi.CAPAIAN("", 82)).toBe("");
    expect(fungsi.SERAPAN(undefined, 100)).toBe("");
  });

  it.each([
    ["zero target", () => fungsi.CAPAIAN(50, 0), "#DIV/0!"],
    ["text", () => fungsi.CAPAIAN("banyak", 80), "#VALUE!"],
    ["boolean", () => fungsi.SERAPAN(true, 100), "#VALUE!"],
    ["an Excel error text", () => fungsi.PERTUMBUHAN("#REF!", 10), "#VALUE!"],
    ["NA", () => fungsi.CAPAIAN("NA", 80), "#N/A"],
    ["dash", () => fungsi.PENURUNAN("-", 80), "#N/A"],
    ["blank target", () => fungsi.CAPAIAN(80, null), "#N/A"],
    ["negative target", () => fungsi.CAPAIAN(80, -5), "#VALUE!"],
    ["unknown polarity", () => fungsi.CAPAIAN(80, 90, "kadang"), "#VALUE!"],
    ["unknown method", () => fungsi.CAPAIAN(80, 90, "negatif", "ajaib"), "#VALUE!"],
    ["unknown growth method", () => fungsi.RATAPERTUMBUHAN([1, 2], "median"), "#VALUE!"],
    ["unknown kondisi akhir kind", () => fungsi.KONDISIAKHIR([1, 2], "maksimum"), "#VALUE!"],
    ["unknown efficiency method", () => fungsi.EFISIENSI(1, 2, "lain"), "#VALUE!"],
    ["unknown scale", () => fungsi.PREDIKAT(80, "skala-x"), "#VALUE!"],
    ["SAKIP score above 100", () => fungsi.NILAISAKIP(120), "#NUM!"],
    ["one growth value", () => fungsi.RATAPERTUMBUHAN([5]), "#N/A"],
    ["year outside the period", () => fungsi.TARGETANTARA(10, 20, 2021, 2026, 2030), "#NUM!"],
  ])("%s gives %s with messages in both languages", (_name, call, code) => {
    const e = err(call());
    expect(e.code).toBe(code);
    expect(e.message.length).toBeGreaterThan(10);
    expect(e.messageEn.length).toBeGreaterThan(10);
    expect(e.message).not.toBe(e.messageEn);
  });

  it("never throws on junk", () => {
    const junk = [
      null,
      undefined,
      "",
      " ",
      "x",
      "#DIV/0!",
      true,
      false,
      NaN,
      Infinity,
      -1,
      0,
      1e308,
      [],
      [
        [1, 2],
        [3, 4],
      ],
      {},
      "1.2.3,4,5",
    ];
    for (const a of junk)
      for (const b of junk) {
        for (const name of Object.keys(fungsi) as Array<keyof typeof fungsi>) {
          const f = fungsi[name] as (...xs: unknown[]) => unknown;
          const v = f(a, b, a, b, a);
          expect(typeof v === "number" || typeof v === "string" || isExcelError(v)).toBe(true);
          if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        }
      }
  });
});

describe("the package's main module", () => {
  it("exports the engine next to the functions", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require("../../src") as typeof import("../../src");
    expect(typeof lib.detectTables).toBe("function");
    expect(typeof lib.runRules).toBe("function");
    expect(typeof lib.checkFile).toBe("function");
    expect(lib.RULES.length).toBeGreaterThan(3);
    // the catalogue (pane, help page) has every function; its examples: definitions.test.ts
    expect(KATALOG.map((k) => k.nama)).toEqual(Object.keys(fungsi));
  });
});
