// What forms-blind157 .. 160 taught (fisheries, BUMD dividends, RSUD, Bapenda): revenue has a target,
// no ceiling, dividends and deposits too; a table beside another whose header heads three columns in
// two rows is a table of its own; a numbered three-column table led by its years is a table; a PK's
// "- kegiatan" lines under a numbered program are its parts; a tax's assessment is what its receipts
// are held to; a BUMD's ROE is higher-is-better and "merugi" lower, "ganti rugi" recovered is not.
import { detectTables } from "../../../src/core/detect";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { classifyHeader } from "../../../src/core/detect/roles";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("a dividend recap (forms-blind158)", () => {
  it("takes dividends above their target as good news, not spending above a pagu", () => {
    const spec: SheetSpec = {
      name: "Dividen BUMD 2024",
      rows: [
        ["Tabel 1. Rekapitulasi Target dan Realisasi Setoran Bagian Laba BUMD Tahun 2024"],
        [],
        ["No", "Nama BUMD", "Target Dividen APBD 2024 (Rp)", "Realisasi Setoran 2024 (Rp)", "% Realisasi"],
        [1, "PT Bank Pembangunan Daerah (Perseroda)", 6850000000, 7124360000, 104.01],
        [2, "Perumda Air Minum Tirta Pasaman", 450000000, 386540000, 85.9],
        [3, "PT BPR Lubuk Sikaping (Perseroda)", 1200000000, 1236000000, 103],
      ],
      formulas: { E4: "ROUND(D4/C4*100,2)", E5: "ROUND(D5/C5*100,2)", E6: "ROUND(D6/C6*100,2)" },
    };
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("a PBB-P2 recap beside its receipts per quarter (forms-blind160)", () => {
  const kec: [string, number, number, number][] = [
    ["Sukamanah Utara", 9184250000, 6912480500, 1304118000],
    ["Sukamanah Selatan", 10427615000, 7608230750, 1587402250],
    ["Cikareo", 4306880000, 2894105300, 702446700],
    ["Cigadog", 3558120000, 2210664900, 685930100],
  ];
  const triwulan: [string, number][] = [
    ["Triwulan I", 6418207300],
    ["Triwulan II", 11903655150],
    ["Triwulan III", 15600549050],
    ["Triwulan IV", 7240488000],
  ];
  const spec: SheetSpec = {
    name: "PBB-P2 Kecamatan",
    rows: [
      ["REKAPITULASI PENERIMAAN PBB-P2 MENURUT KECAMATAN"],
      [],
      [
        "No",
        "Kecamatan",
        "Pokok Ketetapan (Rp)",
        "Realisasi Penerimaan Tahun 2024 (Rp)",
        null,
        null,
        "Persentase Realisasi (%)",
        null,
        "Periode",
        "Penerimaan PBB-P2",
        null,
      ],
      [
        "No",
        "Kecamatan",
        "Pokok Ketetapan (Rp)",
        "s.d. Triwulan III",
        "Triwulan IV",
        "Jumlah s.d. Triwulan IV",
        "Persentase Realisasi (%)",
        null,
        "Periode",
        "Pada Triwulan (Rp)",
        "Kumulatif s.d. Triwulan (Rp)",
      ],
      ...kec.map(([k, tetap, a, b], i) => [
        i + 1,
        k,
        tetap,
        a,
        b,
        a + b,
        Math.round(((a + b) / tetap) * 10000) / 100,
        null,
        ...(triwulan[i]
          ? [triwulan[i][0], triwulan[i][1], triwulan.slice(0, i + 1).reduce((x, t) => x + t[1], 0)]
          : []),
      ]),
    ],
    merges: ["D3:F3", "J3:K3", "A3:A4", "B3:B4", "C3:C4", "G3:G4", "I3:I4"],
  };

  it("reads the two tables apart, the assessment as what the receipts are held to", () => {
    const tables = detectTables(sheet(spec));
    expect(tables.map((t) => [t.range.c1, t.range.c2])).toEqual([
      [1, 7],
      [9, 11],
    ]);
    expect(tables[0].columns[2].role).toBe("anggaran");
  });
});

describe("a numbered table of three columns led by its years (forms-blind160)", () => {
  const spec = (kategori: string): SheetSpec => ({
    name: "Tabel 3.2",
    rows: [
      ["Tabel 3.2"],
      ["Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP)"],
      ["Tahun Evaluasi", "Nilai AKIP", "Kategori"],
      ["2022", 64.12, "B"],
      ["2023", 68.9, "B"],
      ["2024", 72.35, kategori],
    ],
  });

  it("is a table, its grades checked", () => {
    expect(detectTables(sheet(spec("BB")))).toHaveLength(1);
    expect(foundOn(spec("BB"))).toEqual([]);
    expect(foundOn(spec("B"))).toEqual([["sakip-grade-mismatch", "C6"]]);
  });
});

describe("a PK's kegiatan lines under their numbered program (forms-blind160)", () => {
  const spec = (sum: string, value: number): SheetSpec => ({
    name: "PK 2025",
    rows: [
      ["No", "Program / Kegiatan", "Anggaran (Rp)", "Keterangan"],
      ["1", "Program Penunjang Urusan Pemerintahan Daerah", 11304450000, "APBD"],
      [null, "- Administrasi Keuangan Perangkat Daerah", 8412650000],
      [null, "- Administrasi Umum Perangkat Daerah", 1204300000],
      [null, "- Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", 1687500000],
      ["2", "Program Pengelolaan Pendapatan Daerah", value, "APBD"],
      [null, "- Pengelolaan Pajak Daerah", 5936800000],
      [null, "- Pengelolaan Retribusi Daerah", 1150250000],
      [null, "- Pengelolaan Pendapatan Daerah Lainnya", 642700000],
      ["JUMLAH", "JUMLAH", 11304450000 + value],
    ],
    formulas: { C2: "SUM(C3:C5)", C6: sum, C10: "C2+C6" },
  });

  it("names a program's SUM that leaves out its last kegiatan at the program", () => {
    expect(foundOn(spec("SUM(C7:C9)", 7729750000))).toEqual([]);
    expect(foundOn(spec("SUM(C7:C8)", 7087050000))).toEqual([["sum-mismatch", "C6"]]);
  });
});

describe("words", () => {
  it("reads a BUMD's ROE as higher-is-better, its losses as lower, recovered losses as higher", () => {
    expect(polaritasDariTeks("Rata-rata Return on Equity (ROE) BUMD")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Persentase BUMD yang merugi")?.polaritas).toBe("negatif");
    expect(
      polaritasDariTeks("Persentase kerugian daerah yang dipulihkan melalui tuntutan ganti rugi")?.polaritas,
    ).toBe("positif");
  });

  it("reads a fish auction place as a place", () => {
    expect(classifyHeader(["Nama TPI / PPI"]).role).toBe("lokasi");
  });
});

describe("a PBB-P2 list of sheets and rupiah assessed and paid (forms-blind89)", () => {
  it("reads the sheets' ratio of its own row as a capaian beside the money", () => {
    const rows: [string, number, number, number, number][] = [
      ["Lolak Selatan", 9846, 1284655214, 8112, 1094318400],
      ["Sangkub Hilir", 6218, 512904880, 4905, 402117560],
      ["Bintauna Raya", 7405, 618330125, 5662, 471806950],
    ];
    const spec: SheetSpec = {
      name: "PBB-P2 2024",
      rows: [
        ["DAFTAR KETETAPAN DAN REALISASI PBB-P2 MENURUT KECAMATAN TAHUN PAJAK 2024"],
        [],
        ["No", "Kecamatan", "Ketetapan (SPPT)", null, "Realisasi Pembayaran", null, "Persentase", null],
        [null, null, "Lembar", "Rupiah", "Lembar", "Rupiah", "Lembar (%)", "Rupiah (%)"],
        ...rows.map(([k, l, rp, bl, brp], i) => [
          i + 1,
          k,
          l,
          rp,
          bl,
          brp,
          Math.round((bl / l) * 10000) / 100,
          Math.round((brp / rp) * 10000) / 100,
        ]),
      ],
      merges: ["C3:D3", "E3:F3", "G3:H3", "A3:A4", "B3:B4"],
      formulas: Object.fromEntries(
        [5, 6, 7].flatMap((r) => [
          [`G${r}`, `ROUND(E${r}/C${r}*100,2)`],
          [`H${r}`, `ROUND(F${r}/D${r}*100,2)`],
        ]),
      ),
    };
    const cols = detectTables(sheet(spec))[0].columns;
    expect([cols[2].tebakan?.role, cols[3].role, cols[6].tebakan?.role]).toEqual([
      "target",
      "anggaran",
      "capaian",
    ]);
  });
});
