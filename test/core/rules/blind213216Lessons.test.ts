// What forms-blind213 .. 216 taught (youth, civil registration, disaster logistics, tourism): a
// number row may write its identities in words ("(10) = (9)/Jumlah (9) x 100", "Σ(9)") or a bare
// ratio with no number of its own ("12/7 x 100"); "(6) = (3)+(4)-(5)" is the form's arithmetic too;
// a capaian the number row writes as a ratio names its realisation and its target; a year row may
// carry a position ("Saldo Awal" =B9) or compute across its row, and neither is a sum; a share of
// the JUMLAH saved stale is named; what was sold of what was there is a part of it; a copy moved
// by a sum's difference is of the same magnitude, and a predikat beside a capaian stored as a
// fraction follows that capaian; akta kematian is a service, an aduan and a deadline passed are not.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const rekapWirausaha = (): SheetSpec => ({
  name: "Wirausaha Muda 2024",
  rows: [
    ["REKAPITULASI PELATIHAN DAN BANTUAN MODAL WIRAUSAHA MUDA PER KECAMATAN TAHUN 2024"],
    [],
    [
      "No",
      "Kecamatan",
      "Peserta Pelatihan (orang)",
      null,
      null,
      "Usaha Berjalan",
      "Bantuan Modal (Rp)",
      "Porsi Bantuan (%)",
    ],
    ["No", "Kecamatan", "L", "P", "Jumlah", "Usaha Berjalan", "Bantuan Modal (Rp)", "Porsi Bantuan (%)"],
    ["(1)", "(2)", "(3)", "(4)", "(5) = (3)+(4)", "(6)", "(7)", "(8) = (7)/Jumlah (7) x 100"],
    [1, "Lubuk Saranggi", 34, 22, 56, 41, 246000000, 40.59],
    [2, "Koto Ampalu", 27, 19, 46, 30, 184000000, 30.36],
    [3, "Sungai Taleh", 21, 17, 38, 26, 176000000, 29.04],
    ["JUMLAH", null, 82, 58, 140, 97, 606000000, 99.99],
  ],
  merges: ["C3:E3", "A3:A4", "B3:B4", "F3:F4", "G3:G4", "H3:H4"],
});

describe("a number row that writes its identities in words (forms-blind213, 215)", () => {
  it("is read as the number row: the data start under it", () => {
    const [t] = detectTables(sheet(rekapWirausaha()));
    expect([t.numberRow, t.dataRange.r1]).toEqual([5, 6]);
  });

  it("reads 'Σ(9)' the same way", () => {
    const spec = rekapWirausaha();
    spec.rows[4] = ["(1)", "(2)", "(3)", "(4)", "(5) = (3)+(4)", "(6)", "(7)", "(8) = (7)/Σ(7) x 100"];
    const [t] = detectTables(sheet(spec));
    expect([t.numberRow, t.dataRange.r1]).toEqual([5, 6]);
  });
});

describe("an E.81 number row whose capaian is a bare '12/7 x 100' (forms-blind214)", () => {
  const pair = (h: string): string[] => [h, h];
  const spec = (s13: number): SheetSpec => ({
    name: "Evaluasi Renja 2024",
    rows: [
      ["Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Disdukcapil s.d. Triwulan IV Tahun 2024"],
      [],
      [
        "Kode",
        "Indikator",
        "Satuan",
        ...pair("Target Renstra PD Tahun 2026"),
        ...pair("Realisasi Capaian Kinerja Renstra PD s.d. Tahun 2023"),
        ...pair("Target Kinerja dan Anggaran Renja Tahun 2024"),
        ...pair("Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"),
        ...pair("Tingkat Capaian Renja Tahun 2024 (%)"),
        ...pair("Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"),
      ],
      [
        "Kode",
        "Indikator",
        "Satuan",
        ...Array.from({ length: 6 }, () => ["Kinerja", "Keuangan (Rp)"]).flat(),
      ],
      [
        "1",
        "2",
        "3",
        "4",
        "4",
        "5",
        "5",
        "6",
        "6",
        "7",
        "7",
        "7/6 x 100",
        "7/6 x 100",
        "8 = 5 + 7",
        "8 = 5 + 7",
      ],
      // prettier-ignore
      ["2.12.02.2.01.0002", "Jumlah KTP-el yang dicetak", "keping", 92000, 2970000000, 51360, 1229200000, 19500, 648500000, 19235, 636890000, 98.64, 98.21, 70595, s13],
      // prettier-ignore
      ["2.12.02.2.01.0001", "Jumlah penduduk yang mengaktivasi IKD", "orang", 60000, 1850000000, 14820, 742300000, 22000, 412500000, 21585, 404340000, 98.11, 98.02, 36405, 1146640000],
    ],
    merges: ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "J3:K3", "L3:M3", "N3:O3"],
  });

  it("is the number row, its ratio numbering nothing: '5 + 7' adds the right columns", () => {
    const [t] = detectTables(sheet(spec(1866090000)));
    expect([t.numberRow, t.dataRange.r1]).toEqual([5, 6]);
    expect(foundOn(spec(1866090000))).toEqual([]);
  });

  it("names a Rp to date that is not 5 + 7", () => {
    expect(foundOn(spec(1886090000))).toEqual([["sum-mismatch", "O6"]]);
  });
});

describe("a recap whose number row subtracts: '(6) = (3)+(4)-(5)' (forms-blind214)", () => {
  const spec = (f11: number, e12 = 0): SheetSpec => ({
    name: "PKS 2024",
    rows: [
      ["REKAP PEMANFAATAN DATA KEPENDUDUKAN TAHUN 2024"],
      [],
      ["No", "Kategori Lembaga Pengguna", "Jumlah PKS", null, null, null],
      ["No", "Kategori Lembaga Pengguna", "s.d. 2023", "Baru 2024", "Berakhir 2024", "Aktif Akhir 2024"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (3)+(4)-(5)"],
      [1, "Perbankan", 6, 2, 1, 7],
      [2, "BPJS dan Asuransi", 3, 0, 0, 3],
      [3, "Rumah Sakit", 4, 3, 1, f11],
      [4, "Perangkat Daerah", 5, 2, e12, 7],
      ["Jumlah", null, 18, 7, 2 + e12, 17 + f11],
    ],
    merges: ["C3:F3", "A3:A4", "B3:B4"],
  });

  it("keeps a row that holds", () => {
    expect(foundOn(spec(6))).toEqual([]);
  });

  it("names the row that does not", () => {
    expect(foundOn(spec(7))).toEqual([["sum-mismatch", "F8"]]);
  });

  it("leaves a remainder the form would compute below zero to the term that makes it so", () => {
    expect(foundOn(spec(6, 9)).filter(([, cell]) => cell === "F9")).toEqual([]);
  });
});

describe("a side table's typed Total beside a ratio of its SUMs (forms-blind214)", () => {
  const spec = (c8: number): SheetSpec => ({
    name: "IKD 2024",
    rows: [
      ["REKAP AKTIVASI IKD TAHUN 2024"],
      [],
      ["No", "Unit Layanan", "Penduduk Wajib KTP-el (jiwa)", "Aktivasi IKD s.d. Des 2024", "% Aktivasi IKD"],
      [1, "Kantor Dinas", 48620, 9415, 19.36],
      [2, "Mal Pelayanan Publik", 31270, 7860, 25.14],
      [3, "UPT Ampenan Laras", 27845, 3120, 11.2],
      [4, "UPT Cakra Laras", 24310, 2475, 10.18],
      ["Total", null, c8, 22870, 17.32],
    ],
    formulas: { E8: "ROUND(SUM(D4:D7)/SUM(C4:C7)*100,2)" },
  });

  it("names the Total the ratio's own SUM contradicts", () => {
    expect(foundOn(spec(142045))).toEqual([["sum-mismatch", "C8"]]);
    expect(foundOn(spec(132045))).toEqual([]);
  });
});

describe("a logistics report's year row (forms-blind215)", () => {
  const spec = (c10?: number): SheetSpec => ({
    name: "Logistik 2024",
    rows: [
      ["LAPORAN MUTASI PERSEDIAAN LOGISTIK KEBENCANAAN TAHUN ANGGARAN 2024"],
      [],
      [
        "Periode",
        "Saldo Awal (Rp)",
        "Penerimaan",
        null,
        "Penyaluran ke Lokasi Bencana (Rp)",
        "Saldo Akhir (Rp)",
      ],
      [
        "Periode",
        "Saldo Awal (Rp)",
        "Bantuan BNPB / Provinsi (Rp)",
        "Pengadaan APBD (Rp)",
        "Penyaluran ke Lokasi Bencana (Rp)",
        "Saldo Akhir (Rp)",
      ],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6) = (2)+(3)+(4)-(5)"],
      ["Triwulan I", 412650000, 0, 185400000, 236900000, 361150000],
      ["Triwulan II", 361150000, 150000000, 96750000, 318420000, 289480000],
      ["Triwulan III", 289480000, 0, 210300000, 147260000, 352520000],
      ["Triwulan IV", 352520000, 275000000, 64800000, 498150000, 194170000],
      ["Jumlah 2024", 412650000, c10 ?? 425000000, 557250000, 1200730000, 194170000],
    ],
    merges: ["C3:D3", "A3:A4", "B3:B4", "E3:E4", "F3:F4"],
    formulas: {
      B10: "B6",
      ...(c10 === undefined ? { C10: "SUM(C6:C9)" } : {}),
      D10: "SUM(D6:D9)",
      E10: "SUM(E6:E9)",
      ...Object.fromEntries([6, 7, 8, 9, 10].map((r) => [`F${r}`, `B${r}+C${r}+D${r}-E${r}`])),
    },
  });

  it("takes the opening balance from Triwulan I and computes the closing across: neither is summed", () => {
    expect(foundOn(spec())).toEqual([]);
  });

  it("still names a flow's total that is not its quarters' sum (kept)", () => {
    expect(foundOn(spec(452000000)).map(([, c]) => c)).toContain("C10");
  });
});

describe("a row's share of the JUMLAH, saved stale (forms-blind216)", () => {
  const spec = (k4: number): SheetSpec => ({
    name: "Retribusi 2024",
    rows: [
      ["REKAPITULASI REALISASI RETRIBUSI OBJEK WISATA TAHUN 2024"],
      [],
      ["No", "Objek Wisata", "Realisasi", "Kontribusi (%)"],
      [1, "Pantai Air Manis", 1838550, k4],
      [2, "Danau Sirambai", 1256750, 30.36],
      [3, "Air Terjun Lubuk Tampang", 369950, 8.93],
      [4, "Agrowisata Bukit Tinjau", 674700, 16.3],
      ["JUMLAH", null, 4139950, 100],
    ],
    formulas: {
      D4: "ROUND(C4/$C$8*100,2)",
      D5: "ROUND(C5/$C$8*100,2)",
      D6: "ROUND(C6/$C$8*100,2)",
      D7: "ROUND(C7/$C$8*100,2)",
      C8: "SUM(C4:C7)",
    },
  });

  it("names the share the formula no longer gives", () => {
    expect(foundOn(spec(43.15))).toEqual([["ratio-components-mismatch", "D4"]]);
    expect(foundOn(spec(44.41))).toEqual([]);
  });
});

describe("rooms sold of rooms available (forms-blind216)", () => {
  it("is a part: an occupancy above 100 % is a slip", () => {
    const spec: SheetSpec = {
      name: "Homestay 2024",
      rows: [
        ["REKAPITULASI HOMESTAY DESA WISATA TAHUN 2024"],
        [],
        [
          "No",
          "Kecamatan",
          "Jumlah Kamar",
          "Kamar-malam Tersedia",
          "Kamar-malam Terjual",
          "Tingkat Hunian (%)",
        ],
        ["(1)", "(2)", "(3)", "(4) = (3) x 366", "(5)", "(6) = (5)/(4) x 100"],
        [1, "Selaparang Utara", 96, 35136, 14820, 42.18],
        [2, "Sembalun Raya", 188, 68808, 39450, 57.33],
        [3, "Pringgabaya Timur", 47, 17202, 6930, 104.15],
        [4, "Suela Baru", 33, 12078, 3985, 32.99],
      ],
    };
    expect(foundOn(spec)).toContainEqual(["percent-out-of-range", "F7"]);
  });
});

describe("a gelanggang's activities scheduled, held and their % (forms-blind213)", () => {
  it("reads the pair the number row's ratio divides as target and realised", () => {
    const spec: SheetSpec = {
      name: "Gelanggang 2024",
      rows: [
        ["LAPORAN PEMANFAATAN GELANGGANG REMAJA TAHUN 2024"],
        [],
        ["Periode", "Kegiatan Pemuda", null, null, "Kecamatan Asal"],
        ["Periode", "Dijadwalkan", "Terlaksana", "%", "Kecamatan Asal"],
        ["(1)", "(2)", "(3)", "(4) = (3)/(2) x 100", "(5)"],
        ["Triwulan I", 36, 31, 86.11, "Tanjung Lindai Barat"],
        ["Triwulan II", 42, 40, 95.24, "Sei Kelambu"],
        ["Triwulan III", 45, 43, 95.56, "Parit Jawi"],
        ["Triwulan IV", 38, 35, 92.11, "Sei Kelambu"],
      ],
      merges: ["B3:D3", "A3:A4", "E3:E4"],
    };
    const [t] = detectTables(sheet(spec));
    expect(t.columns.map((c) => c.role)).toEqual(["lainnya", "target", "realisasi", "capaian", "lokasi"]);
  });

  it("leaves a ratio's own terms, 'Numerator | Denominator', as they are (forms-blind206, kept)", () => {
    const spec: SheetSpec = {
      name: "SPM RS 2024",
      rows: [
        ["REKAPITULASI CAPAIAN SPM RUMAH SAKIT TAHUN 2024"],
        [],
        ["No", "Indikator SPM", "Pencapaian 2024", null, null],
        ["No", "Indikator SPM", "Numerator", "Denominator", "Capaian (%)"],
        ["(1)", "(2)", "(3)", "(4)", "(5) = (3)/(4) x 100"],
        [1, "Kepatuhan identifikasi pasien", 4812, 4850, 99.22],
        [2, "Waktu tanggap pelayanan gawat darurat", 2950, 3010, 98.01],
        [3, "Kepatuhan cuci tangan", 1720, 1800, 95.56],
      ],
      merges: ["C3:E3", "A3:A4", "B3:B4"],
    };
    const [t] = detectTables(sheet(spec));
    expect(t.columns.filter((c) => c.col === 3 || c.col === 4).map((c) => c.role)).toEqual([
      "lainnya",
      "lainnya",
    ]);
  });
});

describe("an E.81 predikat under a K average, beside a Rp sum slip (forms-blind213)", () => {
  const spec = (w9: string): SheetSpec => ({
    name: "Evaluasi Renja 2024",
    rows: [
      ["Evaluasi terhadap Hasil Renja Dispora Tahun 2024"],
      [],
      [
        "Kode",
        "Indikator",
        "Satuan",
        "Realisasi s.d. Renja Tahun 2023",
        null,
        "Realisasi Renja Tahun 2024",
        null,
        "Realisasi Renstra s.d. Tahun 2024",
        null,
        "Tingkat Capaian Renstra s.d. Tahun 2024 (%)",
        null,
      ],
      ["Kode", "Indikator", "Satuan", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
      ["1", "2", "3", "4", "4", "5", "5", "6 = 4 + 5", "6 = 4 + 5", "7", "7"],
      // prettier-ignore
      ["2.19.02.2.01.0001", "Jumlah pemuda pelopor yang dibina", "orang", 165, 812400000, 60, 279450000, 225, 1091850000, 75, 75.3],
      // prettier-ignore
      ["2.19.02.2.01.0004", "Jumlah wirausaha muda yang dilatih", "orang", 470, 1736800000, 190, 613600000, 660, 2305400000, 73.33, 72.04],
      // prettier-ignore
      ["2.19.02.2.01.0005", "Jumlah OKP yang difasilitasi", "OKP", 88, 566250000, 32, 200450000, 120, 766700000, 80, 78.23],
      ["Rata-rata Capaian Kinerja", null, null, null, null, null, null, null, null, 76.11, 75.19],
      ["Predikat Kinerja", null, null, null, null, null, null, null, null, w9, "Tinggi"],
    ],
    merges: [
      "D3:E3",
      "F3:G3",
      "H3:I3",
      "J3:K3",
      "A3:A4",
      "B3:B4",
      "C3:C4",
      "D5:E5",
      "F5:G5",
      "H5:I5",
      "J5:K5",
    ],
  });

  it("names the wrong predikat on its own: a capaian of 73,33 moved by 45.000.000 is no copy", () => {
    expect(foundOn(spec("Sangat Tinggi"))).toEqual([
      ["sum-mismatch", "I7"],
      ["predikat-mismatch", "J10"],
    ]);
  });
});

describe("a predikat beside a stale capaian stored as a fraction (forms-blind214)", () => {
  it("follows that capaian: one finding", () => {
    const tahun = (h: string): string[] => [h, h, h, h];
    const spec: SheetSpec = {
      name: "Tabel 3.2",
      rows: [
        ["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"],
        [],
        ["No", "Indikator Kinerja", "Satuan", ...tahun("Tahun 2024")],
        ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian", "Predikat"],
        [1, "Persentase penduduk wajib KTP-el yang telah aktivasi IKD", "%", 18, 19.3, 1.0722, "Sangat Baik"],
        [2, "Jumlah lembaga pengguna yang memanfaatkan data melalui PKS", "lembaga", 14, 12, 0.9286, "Baik"],
        [3, "Jumlah KTP-el yang dicetak", "keping", 19500, 19235, 0.9864, "Sangat Baik"],
      ],
      merges: ["D3:G3", "A3:A4", "B3:B4", "C3:C4"],
      formulas: { F5: "ROUND(E5/D5,4)", F6: "ROUND(E6/D6,4)", F7: "ROUND(E7/D7,4)" },
      numFmts: { F5: "0.00%", F6: "0.00%", F7: "0.00%" },
    };
    expect(foundOn(spec)).toEqual([["capaian-mismatch", "F6"]]);
  });
});

describe("polarity words (forms-blind214, 216)", () => {
  it("reads the coverage of death certificates as more-is-better", () => {
    expect(polaritasDariTeks("Cakupan kepemilikan akta kematian")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Angka kematian ibu")?.polaritas).toBe("negatif");
  });

  it("reads complaints, and complaints past their deadline, as less-is-better", () => {
    expect(polaritasDariTeks("Jumlah aduan wisatawan atas pelayanan objek wisata")?.polaritas).toBe(
      "negatif",
    );
    expect(
      polaritasDariTeks("Persentase aduan masyarakat yang melewati batas waktu tindak lanjut")?.polaritas,
    ).toBe("negatif");
    expect(polaritasDariTeks("Persentase aduan yang ditindaklanjuti")?.polaritas).toBe("positif");
  });
});

describe("where those served come from (forms-blind213)", () => {
  it("reads 'Kecamatan Asal' as a place", () => {
    expect(classifyHeader(["Kecamatan Asal"]).role).toBe("lokasi");
  });
});
