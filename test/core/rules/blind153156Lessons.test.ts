// What forms-blind149 .. 156 taught about recaps (Disdukcapil, DPMD) and the civil service (BKPSDM):
// a recap of two ratios reads both as capaian, over wholes of their own or the same whole; a whole
// named for those who must be served ("Wajib KTP-el") is what the share is held to even beside its
// computed rest; a whole linked from another table (=C11) is typed there; "Alokasi Dana Desa" in a
// title is a fund's name, no plan; the civil service's merit and professionalism indices are
// higher-is-better.
import { detectTables } from "../../../src/core/detect";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

/** The guessed role of each column (a recap's figures are offered as guesses), by column letter. */
const tebakan = (spec: SheetSpec, table = 0): Record<string, string> => {
  const t = detectTables(sheet(spec))[table];
  return Object.fromEntries(
    t.columns.map((c) => [String.fromCharCode(65 + c.col - 1), c.tebakan?.role ?? c.role]),
  );
};

describe("a recap of KTP-el recording and KIA coverage per kecamatan (forms-blind149)", () => {
  const rows: [string, number, number, number, number][] = [
    ["Lamoa", 48216, 47305, 19842, 11927],
    ["Bontomarannu Raya", 36584, 35611, 15306, 8140],
    ["Pattallassang Hilir", 29773, 26355, 12418, 5206],
  ];
  const spec: SheetSpec = {
    name: "Rekap",
    rows: [
      ["REKAPITULASI PEREKAMAN KTP-el DAN KEPEMILIKAN KIA PER KECAMATAN SEMESTER II TAHUN 2024"],
      ["No", "Kecamatan", "Perekaman KTP-el", null, null, null, "Kartu Identitas Anak (KIA)", null, null],
      [
        "No",
        "Kecamatan",
        "Wajib KTP-el (jiwa)",
        "Sudah Rekam",
        "Belum Rekam",
        "% Perekaman",
        "Anak 0-17 Tahun (jiwa)",
        "Memiliki KIA",
        "Cakupan KIA (%)",
      ],
      ...rows.map(([k, wajib, rekam, anak, kia], i) => [
        i + 1,
        k,
        wajib,
        rekam,
        wajib - rekam,
        Math.round((rekam / wajib) * 10000) / 100,
        anak,
        kia,
        Math.round((kia / anak) * 10000) / 100,
      ]),
    ],
    merges: ["C2:F2", "G2:I2"],
    formulas: Object.fromEntries(
      [4, 5, 6].flatMap((r) => [
        [`E${r}`, `C${r}-D${r}`],
        [`F${r}`, `ROUND(D${r}/C${r}*100,2)`],
        [`I${r}`, `ROUND(H${r}/G${r}*100,2)`],
      ]),
    ),
  };

  it("reads both ratios as capaian, each over its own whole", () => {
    const g = tebakan(spec);
    expect([g.C, g.D, g.F, g.G, g.H, g.I]).toEqual([
      "target",
      "realisasi",
      "capaian",
      "target",
      "realisasi",
      "capaian",
    ]);
  });
});

describe("a recap of two documents over the same children (forms-blind118)", () => {
  const spec: SheetSpec = {
    name: "Rekap",
    rows: [
      ["REKAPITULASI KEPEMILIKAN DOKUMEN ANAK SEMESTER II TAHUN 2024"],
      ["No", "Kecamatan", "Jumlah Anak (jiwa)", "Memiliki Akta Kelahiran", "% Akta", "Memiliki KIA", "% KIA"],
      [1, "Serang Kota", 41200, 38120, 92.52, 22410, 54.39],
      [2, "Walantaka", 28650, 26010, 90.79, 14380, 50.19],
      [3, "Cipocok Jaya", 33480, 30905, 92.31, 17260, 51.55],
    ],
    formulas: Object.fromEntries(
      [3, 4, 5].flatMap((r) => [
        [`E${r}`, `ROUND(D${r}/C${r}*100,2)`],
        [`G${r}`, `ROUND(F${r}/C${r}*100,2)`],
      ]),
    ),
  };

  it("reads the second ratio over the same whole as a capaian too", () => {
    const g = tebakan(spec);
    expect([g.C, g.D, g.E, g.F, g.G]).toEqual(["target", "realisasi", "capaian", "realisasi", "capaian"]);
  });
});

describe("a BUMDes table beside the ADD table it copies its desa from (forms-blind154)", () => {
  const spec: SheetSpec = {
    name: "ADD dan BUMDes 2024",
    rows: [
      ["DATA ALOKASI DANA DESA DAN BADAN USAHA MILIK DESA MENURUT KECAMATAN"],
      ["Tahun 2024"],
      [
        "No.",
        "Kecamatan",
        "Jumlah Desa",
        "Pagu ADD",
        "Realisasi s.d. Triwulan IV",
        "Serapan (%)",
        null,
        "Kecamatan",
        "Jml Desa",
        "BUMDes Berbadan Hukum",
        "% Berbadan Hukum thd Desa",
      ],
      [1, "Bandarkidul", 18, 8412650, 8396210, 99.8, null, "Bandarkidul", 18, 15, 83.33],
      [2, "Sumberwaru", 22, 10018300, 9874915, 98.57, null, "Sumberwaru", 22, 19, 86.36],
      [3, "Kaliwungu Wetan", 14, 6207480, 6207480, 100, null, "Kaliwungu Wetan", 14, 14, 100],
    ],
    formulas: Object.fromEntries(
      [4, 5, 6].flatMap((r) => [
        [`F${r}`, `ROUND(E${r}/D${r}*100,2)`],
        [`I${r}`, `C${r}`],
        [`K${r}`, `ROUND(J${r}/I${r}*100,2)`],
      ]),
    ),
  };

  it("reads the share of BUMDes with legal status as a capaian over the desa", () => {
    const g = tebakan(spec, 1);
    expect([g.I, g.J, g.K]).toEqual(["target", "realisasi", "capaian"]);
  });
});

describe("polarity words of the civil service", () => {
  it("reads the merit system's and professionalism's indices as higher-is-better", () => {
    expect(polaritasDariTeks("Nilai Indeks Sistem Merit")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Indeks Profesionalitas ASN")?.polaritas).toBe("positif");
  });
});
