// What forms-blind37 .. 40 taught (an RSUD run as a BLUD and a Dinas Sosial; trade, cooperatives
// and tourism offices of kota in Sumatera Utara and Kepulauan Riau; public works, agriculture and
// fisheries of kabupaten in NTT and Sulawesi Selatan): a running total's JUMLAH is its last
// position and its first row adds nothing above it; counts spread over kecamatan add up; an SPM
// table's served cannot pass its target population; a works report's plan and SP2D; a row a
// table computes from other rows; a group of counts whose first column is the sum of the others;
// "J U M L A H"; "indikator jumlah" in the notes; a capaian "s.d. 2024" against the end target;
// a DPA's cash plan against its pagu; money that is no budget.
import { detectTables } from "../../../src/core/detect";
import { runRules } from "../../../src/core/rules";
import type { Finding } from "../../../src/core/report";
import { sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";
import type { CellValue } from "../../../src/core/grid";

function findings(spec: SheetSpec): Finding[] {
  const g = sheet(spec);
  return runRules(detectTables(g).map((table) => ({ table, grid: g }))).filter((f) => f.severity !== "info");
}
const said = (fs: Finding[]): string[][] => fs.map((f) => [f.rule, f.cell]);
function roles(spec: SheetSpec): string[] {
  const [t] = detectTables(sheet(spec));
  return t.columns.map((c) => `${c.role}${c.year ? ` ${c.year}` : ""}${c.quarter ? ` q${c.quarter}` : ""}`);
}

// BLUD realisation per month: "Realisasi s.d. Bulan Ini" = last month's + this month's
function blud(desemberDalamJumlah: boolean): SheetSpec {
  const bulan = ["Januari", "Februari", "Maret", "April"];
  const real = [6_412_836_500, 6_128_450_250, 7_384_912_700, 6_905_227_400];
  const rows: CellValue[][] = [
    ["LAPORAN REALISASI PENDAPATAN BLUD PER BULAN"],
    ["TAHUN ANGGARAN 2024"],
    ["No", "Bulan", "Pendapatan BLUD (Rp)", null, null],
    ["No", "Bulan", "Target Bulanan", "Realisasi Bulan Ini", "Realisasi s.d. Bulan Ini"],
    [1, 2, 3, 4, "5 = 5 (bln lalu) + 4"],
  ];
  const formulas: Record<string, string> = {};
  let kum = 0;
  bulan.forEach((b, i) => {
    const r = i + 6;
    kum += real[i];
    rows.push([i + 1, b, 6_850_000_000, real[i], kum]);
    formulas[`E${r}`] = i === 0 ? `D${r}` : `E${r - 1}+D${r}`;
  });
  const upTo = desemberDalamJumlah ? 9 : 8;
  const jumlah = real.slice(0, upTo - 5).reduce((a, v) => a + v, 0);
  rows.push(["JUMLAH", null, 27_400_000_000, jumlah, kum]);
  Object.assign(formulas, { C10: "SUM(C6:C9)", D10: `SUM(D6:D${upTo})`, E10: "E9" });
  return { name: "LRA BLUD 2024", rows, formulas, merges: ["A3:A4", "B3:B4", "C3:E3"] };
}

it("reads a running total: its first row, its JUMLAH, and the month JUMLAH that leaves one out", () => {
  expect(findings(blud(true))).toEqual([]);
  expect(said(findings(blud(false)))).toEqual([["sum-mismatch", "D10"]]);
  expect(detectTables(sheet(blud(true)))[0].numberRow).toBe(5);
});

// PBI-JK recap per kecamatan: counts of people, positions at each quarter's end
function pbi(tw3Jumlah: string): SheetSpec {
  const data: Array<[string, number, number[]]> = [
    ["Sibalaya Utara", 8420, [8105, 8262, 8318, 8391]],
    ["Sibalaya Selatan", 6915, [6840, 6712, 6798, 6880]],
    ["Tongoa", 5230, [4986, 5044, 5120, 5102]],
    ["Lembah Pakuli", 7680, [7412, 7530, 7495, 7644]],
  ];
  const rows: CellValue[][] = [
    ["REKAPITULASI PESERTA PBI JAMINAN KESEHATAN PER KECAMATAN TAHUN 2024"],
    [
      "No",
      "Kecamatan",
      "Kuota PBI-JK 2024 (jiwa)",
      "Jumlah Peserta Aktif Akhir Triwulan (jiwa)",
      null,
      null,
      null,
      "Posisi 31 Desember 2024",
      "% Terhadap Kuota",
    ],
    [
      "No",
      "Kecamatan",
      "Kuota PBI-JK 2024 (jiwa)",
      "I",
      "II",
      "III",
      "IV",
      "Posisi 31 Desember 2024",
      "% Terhadap Kuota",
    ],
  ];
  data.forEach(([k, kuota, q], i) =>
    rows.push([i + 1, k, kuota, ...q, q[3], Math.round((q[3] / kuota) * 10000) / 100]),
  );
  const sum = (j: number, n = 4) => data.slice(0, n).reduce((a, d) => a + d[2][j], 0);
  const tw3 = tw3Jumlah === "F4:F7" ? sum(2) : sum(2, 3);
  rows.push([
    "JUMLAH",
    null,
    28_245,
    sum(0),
    sum(1),
    tw3,
    sum(3),
    sum(3),
    Math.round((sum(3) / 28_245) * 10000) / 100,
  ]);
  return {
    name: "PBI-JK 2024",
    rows,
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3", "I2:I3"],
    formulas: {
      C8: "SUM(C4:C7)",
      D8: "SUM(D4:D7)",
      E8: "SUM(E4:E7)",
      F8: `SUM(${tw3Jumlah})`,
      G8: "SUM(G4:G7)",
    },
  };
}

it("reads a recap of people per kecamatan and adds its counts over the kecamatan", () => {
  expect(roles(pbi("F4:F7"))).toEqual([
    "no",
    "lokasi",
    "target 2024",
    "realisasi 2024 q1",
    "realisasi 2024 q2",
    "realisasi 2024 q3",
    "realisasi 2024 q4",
    "realisasi 2024",
    "capaian 2024",
  ]);
  expect(findings(pbi("F4:F7"))).toEqual([]);
  expect(said(findings(pbi("F4:F6")))).toEqual([["sum-mismatch", "F8"]]);
});

// SPM coverage per kecamatan
function spm(terlayani: number): SheetSpec {
  return {
    name: "SPM PU 2024",
    rows: [
      ["LAPORAN PENCAPAIAN STANDAR PELAYANAN MINIMAL BIDANG PEKERJAAN UMUM TAHUN 2024"],
      [
        "No",
        "Kecamatan",
        "Jumlah Rumah Tangga Sasaran (RT)",
        "RT Terlayani Pengolahan Air Limbah",
        "Capaian SPM (%)",
      ],
      [1, "Lappariaja Utara", 6842, 3115, 45.53],
      [2, "Bonto Sikuyu", 4315, 1986, 46.03],
      [3, "Tellu Limpoe Baru", 5508, terlayani, Math.round((terlayani / 5508) * 10000) / 100],
    ],
    formulas: { E3: "ROUND(D3/C3*100,2)", E4: "ROUND(D4/C4*100,2)", E5: "ROUND(D5/C5*100,2)" },
  };
}

it("holds an SPM table's households served within its target households", () => {
  expect(roles(spm(4805)).slice(2)).toEqual(["target 2024", "realisasi 2024", "capaian 2024"]);
  expect(findings(spm(4805))).toEqual([]);
  expect(said(findings(spm(5805)))).toEqual([["percent-out-of-range", "D5"]]);
});

it("reads a works report's planned progress and its SP2D", () => {
  const spec: SheetSpec = {
    name: "Progres",
    rows: [
      ["LAPORAN PERKEMBANGAN PELAKSANAAN KEGIATAN TAHUN ANGGARAN 2024"],
      ["No", "Nama Paket Pekerjaan", "Nilai Kontrak (Rp)", "Progres Fisik (%)", null, "Keuangan", null],
      ["No", "Nama Paket Pekerjaan", "Nilai Kontrak (Rp)", "Rencana", "Realisasi", "SP2D (Rp)", "%"],
      [1, "Rehabilitasi Jalan Ruas Nualolo - Wolotopo", 4_862_350_000, 78.5, 81.2, 2_917_410_000, 60],
      [2, "Pembangunan Jembatan Wae Lengga", 2_987_600_000, 64.2, 66.1, 896_280_000, 30],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2"],
  };
  expect(roles(spec).slice(2)).toEqual([
    "anggaran 2024",
    "target 2024",
    "realisasi 2024",
    "realisasi-anggaran 2024",
    "capaian 2024",
  ]);
});

// LKjIP: productivity = production / harvested area, computed in the other years
function produktivitas(real2024: number): SheetSpec {
  return {
    name: "Pengukuran Kinerja",
    rows: [
      ["Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024"],
      ["No", "Indikator Kinerja", "Satuan", "Realisasi 2023", "Target 2024", "Realisasi 2024"],
      [1, "Produksi padi (GKG)", "ton", 182_640, 190_000, 186_420],
      [2, "Luas panen padi", "ha", 35_880, 36_500, 36_150],
      [3, "Produktivitas padi", "ton/ha", 5.09, 5.21, real2024],
    ],
    formulas: { D5: "ROUND(D3/D4,2)", E5: "ROUND(E3/E4,2)" },
  };
}

it("holds a row to the formula the table computes it with in its other years", () => {
  expect(findings(produktivitas(5.16))).toEqual([]);
  const f = findings(produktivitas(5.75));
  expect(said(f)).toEqual([["ratio-components-mismatch", "F5"]]);
  expect(f[0].message).toContain("=ROUND(F3/F4,2)");
});

// Musrenbang: "Jumlah Usulan > Masuk | Diakomodir | Tidak Diakomodir", a JUMLAH spaced out
function musrenbang(masuk: number, jumlahTidak: string): SheetSpec {
  const data: Array<[string, number, number]> = [
    ["Bontoa Riaja", 62, 86],
    ["Marusu Baru", 58, 68],
    ["Tanralili Timur", 71, 116],
    ["Camba Selatan", 45, 52],
    ["Mallawa Raya", 57, 106],
  ];
  const rows: CellValue[][] = [
    ["REKAPITULASI USULAN MUSRENBANG KECAMATAN UNTUK RKPD TAHUN 2025"],
    ["No.", "Kecamatan", "Jumlah Usulan", null, null, "Ket."],
    ["No.", "Kecamatan", "Masuk", "Diakomodir", "Tidak Diakomodir", "Ket."],
  ];
  data.forEach(([k, a, t], i) => rows.push([`${i + 1}.`, k, i === 4 ? masuk : a + t, a, t]));
  const tidak = jumlahTidak === "E4:E8" ? 428 : 342;
  rows.push(["J U M L A H", null, 558 + masuk, 293, tidak]);
  return {
    name: "Rekap Musrenbang",
    rows,
    merges: ["A2:A3", "B2:B3", "C2:E2", "F2:F3"],
    formulas: { C9: "SUM(C4:C8)", D9: "SUM(D4:D8)", E9: `SUM(${jumlahTidak})` },
  };
}

it("holds a group's first column to the sum of the others, and a spaced JUMLAH to its rows", () => {
  expect(findings(musrenbang(163, "E4:E8"))).toEqual([]);
  expect(said(findings(musrenbang(160, "E5:E8")))).toEqual([
    ["sum-mismatch", "C8"],
    ["sum-mismatch", "E9"],
  ]);
});

// Renstra: the notes say which final conditions add the years
function renstra(embung: number): SheetSpec {
  return {
    name: "Target Renstra",
    rows: [
      ["Tabel 6.1 Indikator Kinerja dan Target Kinerja Perangkat Daerah 2025-2029"],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Awal (2024)",
        "2025",
        "2026",
        "2027",
        "2028",
        "2029",
        "Kondisi Kinerja pada Akhir Periode Renstra",
      ],
      [1, "Skor Pola Pangan Harapan (PPH)", "skor", 78.4, 79.5, 80.6, 81.7, 82.8, 84, 84],
      [2, "Jumlah petani yang mengikuti pelatihan", "orang", 420, 450, 480, 500, 520, 550, 2500],
      [3, "Jumlah embung pertanian yang dibangun", "unit", 4, 5, 5, 6, 6, 6, embung],
      [],
      ["Keterangan: kondisi akhir indikator persentase/indeks/skor = target tahun 2029;"],
      ["indikator jumlah (kumulatif) = jumlah target 2025-2029."],
    ],
  };
}

it("reads 'indikator jumlah' in the notes as the rows named Jumlah", () => {
  expect(findings(renstra(28))).toEqual([]);
  expect(said(findings(renstra(6)))).toEqual([["kondisi-akhir-mismatch", "J5"]]);
});

// LKjIP: three years' realisations, the year's capaian and predikat, a capaian s.d. to the end target
function tigaTahun(capaianAkhir: number): SheetSpec {
  return {
    name: "Tabel 3.2",
    rows: [
      ["Perbandingan Realisasi Kinerja Tahun 2022 s.d. 2024 dan Capaian terhadap Target Akhir Renstra"],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Realisasi Kinerja",
        null,
        null,
        "Target 2024",
        "Capaian 2024 (%)",
        "Predikat",
        "Target Akhir Renstra 2026",
        "Capaian s.d. 2024 terhadap Target Akhir Renstra (%)",
      ],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "2022",
        "2023",
        "2024",
        "Target 2024",
        "Capaian 2024 (%)",
        "Predikat",
        "Target Akhir Renstra 2026",
        "Capaian s.d. 2024 terhadap Target Akhir Renstra (%)",
      ],
      [
        1,
        "Persentase ketersediaan stok barang kebutuhan pokok",
        "%",
        88.4,
        90.15,
        91.3,
        92,
        99.24,
        "Sangat Baik",
        95,
        96.11,
      ],
      [2, "Persentase pasar rakyat yang memenuhi SNI", "%", 35, 42, 48.5, 50, 97, "Sangat Baik", 60, 80.83],
      [
        3,
        "Persentase UTTP bertanda tera sah yang berlaku",
        "%",
        71.2,
        76.8,
        82.45,
        80,
        103.06,
        "Sangat Baik",
        90,
        capaianAkhir,
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3", "I2:I3", "J2:J3", "K2:K3"],
  };
}

it("reads a capaian s.d. the year against the end target from the year's realisation", () => {
  expect(roles(tigaTahun(91.61))[8]).toBe("predikat 2024");
  expect(findings(tigaTahun(91.61))).toEqual([]);
  expect(said(findings(tigaTahun(103.06)))).toEqual([["capaian-mismatch", "K6"]]);
});

// DPA: the cash plan per quarter against the pagu
function dpa(tw4: number): SheetSpec {
  return {
    name: "Rekap DPA 2025",
    rows: [
      ["REKAPITULASI DPA DAN ANGGARAN KAS PER TRIWULAN TAHUN ANGGARAN 2025"],
      [
        "No",
        "Kode",
        "Program / Kegiatan",
        "Pagu DPA 2025 (Rp)",
        "Anggaran Kas (Rp)",
        null,
        null,
        null,
        "Jumlah Anggaran Kas (Rp)",
      ],
      [
        "No",
        "Kode",
        "Program / Kegiatan",
        "Pagu DPA 2025 (Rp)",
        "Triwulan I",
        "Triwulan II",
        "Triwulan III",
        "Triwulan IV",
        "Jumlah Anggaran Kas (Rp)",
      ],
      [
        1,
        "3.26.03",
        "PROGRAM PEMASARAN PARIWISATA",
        1_726_500_000,
        258_975_000,
        517_950_000,
        577_925_000,
        tw4,
        1_354_850_000 + tw4,
      ],
      [
        null,
        "3.26.03.2.01",
        "Pemasaran Pariwisata Dalam dan Luar Negeri",
        1_726_500_000,
        258_975_000,
        517_950_000,
        577_925_000,
        tw4,
        1_354_850_000 + tw4,
      ],
    ],
    merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"],
    formulas: {
      D4: "SUM(D5:D5)",
      E4: "SUM(E5:E5)",
      F4: "SUM(F5:F5)",
      G4: "SUM(G5:G5)",
      H4: "SUM(H5:H5)",
      I4: "SUM(E4:H4)",
      I5: "SUM(E5:H5)",
    },
  };
}

it("holds a DPA's cash plan to its pagu, at the row where the quarters are typed", () => {
  expect(findings(dpa(371_650_000))).toEqual([]);
  expect(said(findings(dpa(317_650_000)))).toEqual([["sum-mismatch", "I5"]]);
});

it("reads a cooperative's assets as money that is no budget, and a market as a place", () => {
  expect(
    roles({
      name: "Rekap",
      rows: [
        ["REKAPITULASI KOPERASI DAN RETRIBUSI 2024"],
        ["No", "Nama Pasar", "Jumlah Anggota (orang)", "Aset (Rp)", "Volume Usaha (Rp)"],
        [1, "Pasar Induk", 5812, 38_462_750_000, 21_905_400_000],
        [2, "Pasar Ikan", 4126, 27_318_400_500, 15_662_180_000],
      ],
    }),
  ).toEqual(["no", "lokasi", "lainnya", "lainnya", "lainnya"]);
});

it("reads 'Sifat Target' beside a Rencana Aksi's quarters as remarks", () => {
  expect(
    roles({
      name: "Renaksi 2025",
      rows: [
        ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025"],
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Target Tahunan",
          "Target per Triwulan",
          null,
          null,
          null,
          "Sifat Target",
        ],
        [
          "No",
          "Indikator Kinerja",
          "Satuan",
          "Target Tahunan",
          "TW I",
          "TW II",
          "TW III",
          "TW IV",
          "Sifat Target",
        ],
        [1, "Bed Occupancy Rate (BOR)", "%", 70, 62, 65, 68, 70, "Posisi akhir triwulan"],
        [2, "Jumlah pasien rujukan yang dilayani", "orang", 6400, 1500, 1600, 1650, 1650, "Kumulatif"],
      ],
      merges: ["A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"],
    })[8],
  ).toBe("keterangan");
});
