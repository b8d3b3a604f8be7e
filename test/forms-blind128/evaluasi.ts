// Evaluation and measurement tables of a Dinas Perikanan in Maluku: an E.81 evaluasi hasil Renja 2024
// (K only, quarters, level rows take Triwulan IV) and an LKjIP 2024 measurement table with a
// lower-is-better indicator (refleksi capaian) and typed predikat. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type E = { id: string; kode: string; nm: string; ind: string; sat: string; lvl: boolean; v: number[] };

export function e81Lease(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-diskan-lease-timur-2024.xlsx",
    "E.81 Evaluasi hasil Renja PD",
    "E.81 of the Dinas Perikanan of Kabupaten Kepulauan Lease Timur (Maluku), 2024, K only: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target akhir Renstra (2026) | (6) s.d. 2023 | (7) Renja 2024 | (8)-(11) Triwulan I-IV | (12) = 8+9+10+11 | (13) = 6 + 12 | (14) = 13 / 5 x 100 | PD penanggung jawab; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEPULAUAN LEASE TIMUR",
    "DINAS PERIKANAN",
    "Jl. Pelabuhan Haruku No. 7",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KEPULAUAN LEASE TIMUR",
    "RENJA PERANGKAT DAERAH DINAS PERIKANAN TAHUN 2024 (s.d. Triwulan IV)",
  ]);
  s.gap();
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "k5",
      head: ["Target Renstra PD pada Akhir Periode Renstra (2026)"],
      role: "target",
      num: "5",
      fmt: DEC,
    },
    {
      key: "k6",
      head: ["Realisasi Capaian Kinerja Renstra s.d. Renja Tahun 2023"],
      role: "realisasi",
      year: 2023,
      num: "6",
      fmt: DEC,
    },
    { key: "k7", head: ["Target Kinerja Renja Tahun 2024"], role: "target", year: 2024, num: "7", fmt: DEC },
    ...Q.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: ["Realisasi Kinerja pada Triwulan", q],
      role: "realisasi",
      year: 2024,
      num: String(8 + i),
      fmt: DEC,
    })),
    {
      key: "k12",
      head: ["Realisasi Capaian Kinerja Renja Tahun 2024"],
      role: "realisasi",
      year: 2024,
      num: "12 = 8+9+10+11",
      fmt: DEC,
    },
    {
      key: "k13",
      head: ["Realisasi Kinerja Renstra s.d. Tahun 2024"],
      role: "realisasi",
      year: 2024,
      num: "13 = 6 + 12",
      fmt: DEC,
    },
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja Renstra s.d. 2024 (%)"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // v: target akhir, s.d. 2023, target 2024, TW I-IV
  const R: E[] = [
    {
      id: "p",
      kode: "3.25.03",
      nm: "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA",
      ind: "Persentase pembudidaya ikan yang menerapkan CBIB",
      sat: "%",
      lvl: true,
      v: [60, 41.5, 48, 42.1, 44.3, 46.8, 49.2],
    },
    {
      id: "k",
      kode: "3.25.03.2.02",
      nm: "Pengelolaan Pembudidayaan Ikan",
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      lvl: false,
      v: [42_500, 23_860, 8_900, 1_940, 2_215, 2_380, 2_507],
    },
    {
      id: "s1",
      kode: "3.25.03.2.02.0003",
      nm: "Penyediaan Benih Ikan",
      ind: "Jumlah benih ikan yang didistribusikan",
      sat: "ribu ekor",
      lvl: false,
      v: [6_000, 3_420, 1_250, 280, 310, 365, 325],
    },
    {
      id: "s2",
      kode: "3.25.03.2.02.0005",
      nm: "Pendampingan pada Kelompok Pembudidaya Ikan",
      ind: "Persentase kelompok pembudidaya ikan kelas madya",
      sat: "%",
      lvl: true,
      v: [35, 22.4, 27, 22.9, 24.1, 25.6, 27.3],
    },
  ];
  const ids = R.map((r) => r.id);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...R.map((e, i): Row => ({
        id: e.id,
        bold: e.id === "p",
        cells: (x: Ctx) => ({
          no: i + 1,
          kode: e.kode,
          nm: e.nm,
          ind: e.ind,
          sat: e.sat,
          k5: e.v[0],
          k6: e.v[1],
          k7: e.v[2],
          q1: e.v[3],
          q2: e.v[4],
          q3: e.v[5],
          q4: e.v[6],
          // planted: the benih row's (12) typed 1,820 (280 + 310 + 365 + 325 = 1,280)
          k12:
            e.id === "s1"
              ? 1_820
              : e.lvl
                ? fx(x.a("q4"))
                : fx(`${x.a("q1")}+${x.a("q2")}+${x.a("q3")}+${x.a("q4")}`),
          k13: e.lvl ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`),
          // planted: the kegiatan's (14) divides by the Renja target (7), not the Renstra target (5)
          k14: fx(`ROUND(${x.a("k13")}/${x.a(e.id === "k" ? "k7" : "k5")}*100,2)`),
          pj: "Bidang Budidaya",
        }),
      })),
      {
        id: "avg",
        span: ["no", "k13"],
        cells: (x: Ctx) => ({
          no: "Rata-rata Capaian Kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "p")}:${x.a("k14", "s2")}),2)`),
        }),
      },
      { id: "pred", span: ["no", "k13"], cells: { no: "Predikat Kinerja", k14: "Sangat Tinggi" } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pendampingan penyuluh perikanan di setiap desa pesisir.",
    "Faktor penghambat: cuaca ekstrem Triwulan III menunda penebaran benih.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Pelauw, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERIKANAN", "KABUPATEN KEPULAUAN LEASE TIMUR,"],
    nama: "Ir. JOHANIS F. LATUHERU, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700812 199703 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi 2024 (12) of Penyediaan Benih Ikan is a typed 1,820 among formulas; Triwulan I-IV 280 + 310 + 365 + 325 give 1,280 ribu ekor",
    truth: `${a("q1", "s1")}+${a("q2", "s1")}+${a("q3", "s1")}+${a("q4", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "k") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian (14) of the kegiatan's produksi is =ROUND(13/7*100,2) = 369.69 while every other row divides by (5); 32,902 / 42,500 gives 77.42",
    truth: `ROUND(${a("k13", "k")}/${a("k5", "k")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "k"),
    rules: ["sum-mismatch"],
    truth: `${a("q1", "k")}+${a("q2", "k")}+${a("q3", "k")}+${a("q4", "k")}`,
  });
  b.ok({ sheet: S, cell: a("k13", "k"), rules: ["sum-mismatch"], truth: `${a("k6", "k")}+${a("k12", "k")}` });
  for (const id of ["p", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("q4", id),
      trap: `${a("q1", id)}+${a("q2", id)}+${a("q3", id)}+${a("q4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  void ids;
  return b.finish();
}

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  pred: string;
};

export function lkjipSeram(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-diskan-seram-utara-jaya-2024.xlsx",
    "LKjIP tabel pengukuran kinerja",
    "LKjIP 2024 Tabel 3.1 of the Dinas Perikanan of Kabupaten Seram Utara Jaya (Maluku): No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023; ROUND formulas, refleksi for the lower-is-better losses; typed predikat; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Perikanan Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, fmt: DEC },
  ];
  const S1 = "Meningkatnya produksi perikanan tangkap dan budidaya";
  const S2 = "Meningkatnya kesejahteraan dan daya saing pelaku usaha perikanan";
  const R: L[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      t: 58_400,
      r: 55_930,
      r23: 54_210,
      pred: "Sangat Baik",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Produksi perikanan budidaya (rumput laut dan ikan)",
      sat: "ton",
      t: 12_600,
      r: 10_045,
      r23: 9_880,
      pred: "Baik",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      t: 106.5,
      r: 104.2,
      r23: 103.1,
      pred: "Sangat Baik",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase kehilangan hasil pascapanen ikan",
      sat: "%",
      t: 12,
      r: 14.1,
      r23: 15.3,
      neg: true,
      pred: "Baik",
    },
    // planted: "Baik" for 65.75 (the band > 65 - 75 is Cukup)
    {
      id: "i5",
      sas: S2,
      ind: "Persentase kapal perikanan < 30 GT yang memiliki izin",
      sat: "%",
      t: 80,
      r: 52.6,
      r23: 47.9,
      pred: "Baik",
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...R.map((l, i): Row => ({
        id: l.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          sas: l.sas,
          ind: l.ind,
          sat: l.sat,
          t: l.t,
          r: l.r,
          // planted: i2's capaian typed 97.92 (10,045 / 12,600 gives 79.72)
          c:
            l.id === "i2"
              ? 97.92
              : l.neg
                ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
                : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
          p: l.pred,
          r23: l.r23,
        }),
      })),
      {
        id: "avg",
        span: ["no", "sat"],
        bold: true,
        cells: (x: Ctx) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator kehilangan hasil pascapanen semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the produksi budidaya is a typed 97.92 among ROUND formulas; 10,045 / 12,600 gives 79.72",
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of 65.75 (52.60 against 80); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  void INT;
  return b.finish();
}
