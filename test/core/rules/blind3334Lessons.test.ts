// What the thirty-fifth and thirty-sixth form sets (test/forms-blind33, new provinces of Papua;
// test/forms-blind34, Jawa Timur and Kalimantan Selatan exports from e-SAKIP and SIPD-RI) taught:
// "- Distrik ..." lines under a sub kegiatan are its parts; codes split over Kode Urusan .. Kode
// Sub Kegiatan give each row its most specific code, and each must extend the one on its left;
// without a title the plan's year is its one year beside "(Prakiraan Maju)"; a finding that two
// other mistakes explain together names none of its own; a rate "per 100.000 penduduk" is a
// level, and a dip off its regular path is target-outlier's (the gap a value leaves spans two
// steps); "Realisasi Keuangan s.d. Bulan > Des" is the year's own.
import { detectTables } from "../../../src/core/detect";
import { capaianMismatch } from "../../../src/core/rules/capaianMismatch";
import { codeHierarchy } from "../../../src/core/rules/codeHierarchy";
import { runRules } from "../../../src/core/rules";
import { serapanOver100 } from "../../../src/core/rules/serapanOver100";
import { sumMismatch } from "../../../src/core/rules/sumMismatch";
import { targetOutlier } from "../../../src/core/rules/targetOutlier";
import { findingsOf, ruleTester, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

function renja(h3: number): SheetSpec {
  return {
    name: "Renja 2026",
    rows: [
      ["RENCANA KERJA TAHUN 2026"],
      [
        "Kode",
        "Program / Kegiatan / Sub Kegiatan",
        "Indikator Kinerja",
        "Lokasi (Distrik)",
        "Target Kinerja 2026",
        "Satuan",
        "Pagu Indikatif 2026 (Rp)",
      ],
      [
        "2.13.05.2.01.0001",
        "Peningkatan Kapasitas Kelembagaan",
        "Jumlah lembaga yang ditingkatkan kapasitasnya",
        "4 distrik",
        36,
        "lembaga",
        h3,
      ],
      [null, "- Distrik Tigi Raya", null, "Distrik Tigi Raya", 12, "lembaga", 318_450_000],
      [null, "- Distrik Waghete Hilir", null, "Distrik Waghete Hilir", 9, "lembaga", 241_275_000],
      [null, "- Distrik Yatamo Baru", null, "Distrik Yatamo Baru", 8, "lembaga", 226_900_000],
      [null, "- Distrik Kamuu Tengah", null, "Distrik Kamuu Tengah", 7, "lembaga", 197_625_000],
      [
        "2.13.05.2.01.0002",
        "Fasilitasi Lembaga Adat",
        "Jumlah lembaga adat yang difasilitasi",
        "2 distrik",
        7,
        "lembaga",
        316_150_000,
      ],
      [null, "- Distrik Tigi Raya", null, "Distrik Tigi Raya", 4, "lembaga", 176_800_000],
      [null, "- Distrik Yatamo Baru", null, "Distrik Yatamo Baru", 3, "lembaga", 139_350_000],
    ],
  };
}

function sipd(e5: string): SheetSpec {
  return {
    name: "data",
    rows: [
      [
        "Kode Urusan",
        "Kode Bidang Urusan",
        "Kode Program",
        "Kode Kegiatan",
        "Kode Sub Kegiatan",
        "Nama Sub Kegiatan",
        "Indikator Keluaran",
        "Target",
        "Satuan",
        "Pagu 2025",
        "Pagu 2026 (Prakiraan Maju)",
      ],
      [
        "1",
        "1.02",
        "1.02.02",
        "1.02.02.2.01",
        "1.02.02.2.01.0003",
        "Pengembangan Puskesmas",
        "Jumlah Puskesmas yang dikembangkan",
        2,
        "unit",
        2_845_600_000,
        3_120_000_000,
      ],
      [
        "1",
        "1.02",
        "1.02.02",
        "1.02.02.2.02",
        "1.02.02.2.02.0001",
        "Pelayanan Kesehatan Ibu Hamil",
        "Jumlah ibu hamil yang mendapatkan pelayanan",
        3840,
        "orang",
        486_275_000,
        510_000_000,
      ],
      [
        "1",
        "1.02",
        "1.02.02",
        "1.02.02.2.02",
        "1.02.02.2.02.0004",
        "Pelayanan Kesehatan Balita",
        "Jumlah balita yang mendapatkan pelayanan",
        15_260,
        "orang",
        612_830_000,
        645_000_000,
      ],
      [
        "1",
        "1.02",
        "1.02.02",
        "1.02.02.2.02",
        e5,
        "Pelayanan Orang dengan Tuberkulosis",
        "Jumlah orang terduga TBC yang mendapatkan pelayanan",
        2175,
        "orang",
        398_940_000,
        420_000_000,
      ],
    ],
  };
}

/** A Rekap DPA by funding source: one kegiatan over three sub kegiatan, two mistakes in it. */
function rekapDpa(f3: number, g5: number): SheetSpec {
  return {
    name: "Rekap DPA 2025",
    rows: [
      ["REKAPITULASI DPA MENURUT SUMBER DANA TAHUN ANGGARAN 2025"],
      [],
      ["Kode", "Uraian", "Sumber Dana (Rp)", null, null, null, "Jumlah (Rp)"],
      ["Kode", "Uraian", "DAU", "DAK", "PAD", "BLUD", "Jumlah (Rp)"],
      [1, 2, 3, 4, 5, 6, "7 = 3+4+5+6"],
      [
        "1.02.02.2.02",
        "Penyediaan Layanan Kesehatan",
        356_820_000,
        5_120_915_000,
        186_450_000,
        f3,
        5_664_185_000 + f3,
      ],
      [
        "1.02.02.2.02.0001",
        "Pelayanan Kesehatan Ibu Hamil",
        356_820_000,
        148_600_000,
        0,
        92_500_000,
        597_920_000,
      ],
      ["1.02.02.2.02.0037", "Upaya Kesehatan Masyarakat (BOK)", 0, 4_972_315_000, 0, 0, g5],
      ["1.02.02.2.02.0040", "Pelayanan Kesehatan Dasar", 0, 0, 186_450_000, 2_934_780_000, 3_121_230_000],
    ],
    merges: ["A3:A4", "B3:B4", "C3:F3", "G3:G4"],
    formulas: {
      C6: "SUM(C7,C8,C9)",
      D6: "SUM(D7,D8,D9)",
      E6: "SUM(E7,E8,E9)",
      F6: "SUM(F7:F8)",
      G6: "SUM(C6:F6)",
    },
  };
}

function tc28(h4: number): SheetSpec {
  return {
    name: "T-C.28",
    rows: [
      ["Indikator Kinerja Perangkat Daerah Tahun 2025-2029"],
      [
        "No",
        "Indikator Tujuan / Sasaran",
        "Satuan",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
      ],
      ["T.1", "Indeks kepuasan pengguna angkutan umum", "indeks", 75, 76, 77, 78, 79],
      ["S.1", "Fatalitas kecelakaan lalu lintas per 100.000 penduduk", "jiwa", 4.7, 4.55, h4, 4.25, 4.1],
      ["S.2", "Persentase kendaraan wajib uji yang lulus uji berkala", "%", 89, 90, 91, 92, 93],
    ],
  };
}

function realisasiBulanan(des: number): SheetSpec {
  const bulan = ["Okt", "Nov", "Des"];
  return {
    name: "Real 2024",
    rows: [
      ["LAPORAN REALISASI FISIK DAN KEUANGAN TAHUN ANGGARAN 2024"],
      [
        "Kode Sub Kegiatan",
        "Sub Kegiatan",
        "Pagu (Rp)",
        ...bulan.map(() => "Realisasi Keuangan s.d. Bulan (Rp)"),
      ],
      ["Kode Sub Kegiatan", "Sub Kegiatan", "Pagu (Rp)", ...bulan],
      [
        "1.03.10.2.01.0012",
        "Rekonstruksi Jalan Kenanga",
        7_845_000_000,
        5_491_500_000,
        6_668_250_000,
        7_746_153_000,
      ],
      [
        "1.03.10.2.02.0004",
        "Pembangunan Jembatan Kali Brangkal",
        5_128_750_000,
        4_103_000_000,
        4_103_000_000,
        des,
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:F2"],
  };
}

it("takes the most specific of split codes, and the plan's year beside its forward estimate", () => {
  const t = detectTables(sheet(sipd("1.02.02.2.02.0011")))[0];
  expect(t.rows.map((r) => r.kind)).toEqual(["sub-kegiatan", "sub-kegiatan", "sub-kegiatan", "sub-kegiatan"]);
  expect([t.columns[7].role, t.columns[7].year]).toEqual(["target", 2025]);
});

ruleTester(sumMismatch, {
  valid: [{ name: "a sub kegiatan's pagu over all its distrik lines", sheets: [renja(984_250_000)] }],
  invalid: [
    {
      name: "a sub kegiatan's pagu that leaves out one distrik",
      sheets: [renja(786_625_000)],
      findings: [{ sheet: "Renja 2026", cell: "G3", expected: 984_250_000, actual: 786_625_000 }],
    },
  ],
});

ruleTester(codeHierarchy, {
  valid: [{ name: "split codes that extend each other", sheets: [sipd("1.02.02.2.02.0011")] }],
  invalid: [
    {
      name: "a sub kegiatan code beside another kegiatan's code",
      sheets: [sipd("1.02.02.2.03.0011")],
      findings: [{ sheet: "data", cell: "E5" }],
    },
  ],
});

it("names a total that two other mistakes explain as their consequence, not a third error", () => {
  const g = sheet(rekapDpa(92_500_000, 4_927_315_000));
  const found = runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter(
    (f) => f.severity === "error" && f.rule === "sum-mismatch",
  );
  expect(found.map((f) => f.cell).sort()).toEqual(["F6", "G8"]);
  expect(found.map((f) => f.message).join(" ")).toMatch(/G6 \((bersama|together with) (F6|G8)\)/);
});

ruleTester(targetOutlier, {
  valid: [{ name: "a fatality rate falling by its regular step", sheets: [tc28(4.4)] }],
  invalid: [
    {
      name: "a fatality rate's 4,40 typed 4,04",
      sheets: [tc28(4.04)],
      findings: [{ sheet: "T-C.28", cell: "F4", actual: 4.04 }],
    },
  ],
});

ruleTester(serapanOver100, {
  valid: [{ name: "a realisation to December within its pagu", sheets: [realisasiBulanan(5_042_900_000)] }],
  invalid: [
    {
      name: "a realisation to December above its pagu",
      sheets: [realisasiBulanan(5_781_340_000)],
      findings: [{ sheet: "Real 2024", cell: "F5", expected: 5_128_750_000, actual: 5_781_340_000 }],
    },
  ],
});

it("keeps the fatality rate's dip for target-outlier, not target-trend", () => {
  expect(findingsOf(targetOutlier, [tc28(4.04)]).map((f) => f.cell)).toEqual(["F4"]);
});

function lkjipBersatuan(dokumen: number, rekomendasi: number): SheetSpec {
  return {
    name: "Tabel 3.1",
    rows: [
      ["Pengukuran Capaian Kinerja Tahun 2024"],
      ["No", "Indikator Kinerja", "Target 2024", "Realisasi 2024", "Capaian (%)"],
      [1, "Jumlah dokumen perencanaan yang ditetapkan tepat waktu", "15 dokumen", "12 dokumen", dokumen],
      [2, "Jumlah kajian dan inovasi daerah yang dihasilkan", "6 kajian", "7 kajian", 116.67],
      [
        3,
        "Jumlah rekomendasi hasil evaluasi yang belum ditindaklanjuti",
        "10 rekomendasi",
        "8 rekomendasi",
        rekomendasi,
      ],
    ],
  };
}

ruleTester(capaianMismatch, {
  valid: [
    {
      name: "targets and realisations written with their units; what is left undone is lower-is-better",
      sheets: [lkjipBersatuan(80, 120)],
    },
  ],
  invalid: [
    {
      name: "a count's capaian as target / realisation",
      sheets: [lkjipBersatuan(125, 120)],
      findings: [{ sheet: "Tabel 3.1", cell: "E3", expected: 80, actual: 125 }],
    },
  ],
});
