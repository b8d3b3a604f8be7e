// Regional performance tables of two provincial Bappelitbangda: the E.79 evaluation of RPJMD
// achievement of Provinsi Kalimantan Barat (sasaran, indikator, target akhir RPJMD, realisasi per
// year, capaian kumulatif, predikat) and the IKU matrix 2025-2029 of Provinsi Sulawesi Tengah with
// qualitative targets for some rows. Every person and number is invented.
import { BookW, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type EvR = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  aw: number;
  ta: number;
  r: number[];
  neg?: boolean;
  pred: string;
  pd: string;
};

/** E.79 evaluasi capaian sasaran RPJMD 2021-2026 s.d. 2024, Bappelitbangda Provinsi Kalimantan Barat. */
export function e79Kalbar(): BookW {
  const b = new BookW(
    "e79-evaluasi-capaian-sasaran-rpjmd-sd-2024-bappelitbangda-kalimantan-barat.xlsx",
    "E.79 evaluation of RPJMD achievement",
    "No | Sasaran RPJMD (merged) | Indikator Sasaran | Satuan | Kondisi Awal RPJMD (2020) | Target Akhir RPJMD (2026) | 'Realisasi Kinerja Tahun' > 2021 .. 2024 | Capaian Kumulatif s.d. 2024 (%) | Predikat | PD Pengampu; number row '(1)'..'(13)' with '(11) = (10) / (6) x 100'; refleksi for lower-is-better; Rata-rata footer",
  );
  const S = "E.79";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN BARAT",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
  ]);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RPJMD PROVINSI KALIMANTAN BARAT TAHUN 2021-2026",
      "Capaian Sasaran Pembangunan Daerah s.d. Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const A = "Meningkatnya kualitas sumber daya manusia";
  const B = "Meningkatnya pertumbuhan ekonomi yang inklusif";
  const C = "Meningkatnya kualitas lingkungan hidup dan infrastruktur wilayah";
  const rs: EvR[] = [
    {
      id: "ipm",
      sas: A,
      ind: "Indeks Pembangunan Manusia (IPM)",
      sat: "indeks",
      aw: 67.66,
      ta: 70.95,
      r: [67.9, 68.63, 69.41, 70.18],
      pred: "Sangat Tinggi",
      pd: "Bappelitbangda",
    },
    {
      id: "miskin",
      sas: A,
      ind: "Persentase penduduk miskin",
      sat: "%",
      aw: 7.17,
      ta: 6.1,
      r: [7.15, 6.81, 6.71, 6.32],
      neg: true,
      pred: "Sangat Tinggi",
      pd: "Dinas Sosial",
    },
    {
      id: "tpt",
      sas: B,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      aw: 5.81,
      ta: 4.9,
      r: [5.82, 5.11, 5.05, 5.12],
      neg: true,
      pred: "Sangat Tinggi",
      pd: "Disnakertrans",
    },
    {
      id: "pe",
      sas: B,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      aw: -1.82,
      ta: 5.2,
      r: [4.78, 5.07, 4.46, 4.84],
      pred: "Sangat Tinggi",
      pd: "Bappelitbangda",
    },
    {
      id: "idm",
      sas: B,
      ind: "Rata-rata Indeks Desa Membangun",
      sat: "indeks",
      aw: 0.6512,
      ta: 0.75,
      r: [0.683, 0.7046, 0.7185, 0.7312],
      pred: "Sangat Tinggi",
      pd: "DPMPD",
    },
    {
      id: "iklh",
      sas: C,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      aw: 62.84,
      ta: 72.5,
      r: [63.1, 64.25, 61.9, 63.47],
      pred: "Sangat Tinggi",
      pd: "DLHK",
    },
    {
      id: "jalan",
      sas: C,
      ind: "Persentase jalan provinsi dalam kondisi mantap",
      sat: "%",
      aw: 71.3,
      ta: 82,
      r: [72.9, 75.4, 76.1, 77.85],
      pred: "Sangat Tinggi",
      pd: "Dinas PUPR",
    },
  ];
  const Y = [2021, 2022, 2023, 2024];
  const F = "#,##0.00##";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran RPJMD"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    {
      key: "aw",
      head: ["Kondisi Awal RPJMD (2020)"],
      role: "kondisi-awal",
      year: 2020,
      num: "(5)",
      fmt: F,
      width: 11,
    },
    { key: "ta", head: ["Target Akhir RPJMD (2026)"], role: "target", num: "(6)", fmt: F, width: 11 },
    ...Y.map((y, i): Col => ({
      key: `r${i}`,
      head: ["Realisasi Kinerja Tahun", String(y)],
      role: "realisasi",
      year: y,
      num: `(${7 + i})`,
      fmt: F,
      width: 9,
    })),
    {
      key: "cap",
      head: ["Capaian Kumulatif s.d. 2024 (%)"],
      role: "capaian",
      year: 2024,
      num: "(11) = (10) / (6) x 100",
      fmt: "0.00",
      width: 12,
    },
    { key: "pred", head: ["Predikat"], role: "predikat", num: "(12)", width: 13 },
    { key: "pd", head: ["PD Pengampu"], role: "penanggung-jawab", num: "(13)", width: 16 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        aw: x.aw,
        ta: x.ta,
        pred: x.pred,
        pd: x.pd,
      };
      x.r.forEach((v, k) => (out[`r${k}`] = v));
      // planted: the poverty rate (lower is better) copied the positive formula of the row above
      out.cap =
        x.neg && x.id !== "miskin"
          ? fx(`ROUND((2*${c.a("ta")}-${c.a("r3")})/${c.a("ta")}*100,2)`)
          : fx(`ROUND(${c.a("r3")}/${c.a("ta")}*100,2)`);
      return out;
    },
  }));
  rows.push({
    id: "avg",
    cells: (c) => ({
      no: "Rata-rata capaian sasaran",
      cap: fx(`ROUND(AVERAGE(${c.c("cap")}${c.row("ipm")}:${c.c("cap")}${c.row("jalan")}),2)`),
      pred: "Sangat Tinggi",
    }),
    bold: true,
    span: ["no", "r3"],
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: capaian indikator yang semakin kecil semakin baik (penduduk miskin, TPT) dihitung (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Pontianak, 17 Maret 2025",
    jabatan: ["Kepala Bappelitbangda", "Provinsi Kalimantan Barat"],
    nama: "Dr. ANTONIUS RAJA ALENG, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19720314 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "miskin") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "persentase penduduk miskin (lower is better) takes R / T = 6.32 / 6.10 x 100 = 103.61; the refleksi of the note gives (2 x 6.10 - 6.32) / 6.10 x 100 = 96.39",
    truth: `ROUND((2*${a("ta", "miskin")}-${a("r3", "miskin")})/${a("ta", "miskin")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "iklh") },
    rules: ["predikat-mismatch"],
    note: "IKLH predikat typed 'Sangat Tinggi' (copied down the column) for a capaian of 63.47 / 72.50 x 100 = 87.54; the band > 75 s.d. 90 is Tinggi",
    truth: `PREDIKAT(${a("cap", "iklh")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "tpt"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("ta", "tpt")}-${a("r3", "tpt")})/${a("ta", "tpt")}*100,2)`,
    trap: `ROUND(${a("r3", "tpt")}/${a("ta", "tpt")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "ipm"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("r3", "ipm")}/${a("ta", "ipm")}*100,2)`,
    trap: `ROUND(SUM(${a("r0", "ipm")}:${a("r3", "ipm")})/${a("ta", "ipm")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "jalan"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "jalan")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "pe"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r3", "pe")}/${a("ta", "pe")}*100,2)`,
  });
  return b.finish();
}

type IkuR = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  aw: number | string;
  k: Array<number | string>;
  flow?: boolean;
  sd: string;
};

/** Matriks IKU 2025-2029, Bappelitbangda Provinsi Sulawesi Tengah. */
export function ikuSulteng(): BookW {
  const b = new BookW(
    "matriks-iku-2025-2029-bappelitbangda-provinsi-sulawesi-tengah.xlsx",
    "IKU matrix with qualitative targets",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Capaian 2024 (Baseline) | 'Target IKU' > 2025 .. 2029 | Target Akhir Renstra | Sumber Data; SAKIP letters, 'WTP' and 'Level n' typed, numeric kondisi akhir by formula (rates the 2029 cell, a count the sum)",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI TENGAH",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
    "Jl. Cik Ditiro No. 14 Palu",
  ]);
  s.lines(["Lampiran Keputusan Kepala Bappelitbangda tentang Indikator Kinerja Utama 2025-2029"], 1, {
    bold: true,
  });
  s.gap();
  const A = "Meningkatnya kualitas perencanaan pembangunan daerah";
  const B = "Meningkatnya akuntabilitas kinerja dan tata kelola";
  const C = "Meningkatnya pemanfaatan hasil penelitian dan inovasi daerah";
  const rs: IkuR[] = [
    {
      id: "selaras",
      sas: A,
      ind: "Persentase keselarasan program RKPD dengan RPJMD",
      rumus: "Program RKPD yang selaras / seluruh program RKPD x 100%",
      sat: "%",
      aw: 88.5,
      k: [90, 92, 49, 96, 98],
      sd: "Dokumen RKPD",
    },
    {
      id: "deviasi",
      sas: A,
      ind: "Persentase deviasi realisasi program terhadap target RKPD",
      rumus: "Program yang realisasinya menyimpang > 10% / seluruh program x 100%",
      sat: "%",
      aw: 12.4,
      k: [11, 10, 9, 8, 7],
      sd: "Laporan evaluasi RKPD",
    },
    {
      id: "dok",
      sas: A,
      ind: "Jumlah dokumen perencanaan daerah yang ditetapkan tepat waktu",
      rumus: "Jumlah dokumen (RKPD, KUA-PPAS, Perubahan RKPD, evaluasi) yang ditetapkan sesuai jadwal",
      sat: "dokumen",
      aw: 6,
      k: [6, 6, 7, 7, 7],
      flow: true,
      sd: "Bidang PPEPD",
    },
    {
      id: "sakip",
      sas: B,
      ind: "Nilai SAKIP Pemerintah Provinsi",
      rumus: "Hasil evaluasi Kementerian PANRB",
      sat: "predikat",
      aw: "B",
      k: ["BB", "BB", "BB", "A", "A"],
      sd: "LHE KemenPANRB",
    },
    {
      id: "opini",
      sas: B,
      ind: "Opini BPK atas LKPD Provinsi",
      rumus: "Opini BPK RI",
      sat: "opini",
      aw: "WTP",
      k: ["WTP", "WTP", "WTP", "WTP", "WTP"],
      sd: "LHP BPK RI",
    },
    {
      id: "risiko",
      sas: B,
      ind: "Level maturitas perencanaan berbasis risiko",
      rumus: "Penilaian mandiri terverifikasi Inspektorat",
      sat: "level",
      aw: "Level 2",
      k: ["Level 3", "Level 3", "Level 3", "Level 4", "Level 4"],
      sd: "Inspektorat",
    },
    {
      id: "rekom",
      sas: C,
      ind: "Persentase rekomendasi hasil penelitian yang dimanfaatkan perangkat daerah",
      rumus: "Rekomendasi yang dimanfaatkan / rekomendasi yang disampaikan x 100%",
      sat: "%",
      aw: 35,
      k: [40, 45, 50, 55, 60],
      sd: "Bidang Litbang",
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Capaian 2024 (Baseline)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...Y.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target IKU", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "ka", head: ["Target Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 18 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        aw: x.aw,
        sd: x.sd,
      };
      x.k.forEach((v, k) => (out[`y${k}`] = v));
      if (typeof x.aw === "string") out.ka = x.k[4];
      // planted: the rekomendasi row's end target typed from the 2028 column
      else if (x.id === "rekom") out.ka = 55;
      else out.ka = x.flow ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : fx(c.a("y4"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: persentase deviasi bersifat negatif (semakin kecil semakin baik).",
    "Target akhir indikator persentase = target tahun 2029; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Palu, 8 Januari 2025",
    jabatan: ["Kepala Badan"],
    nama: "Ir. MOH. RIZAL LAMASIGI, M.T.",
    nip: "19700611 199603 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", "selaras") },
    rules: ["target-trend", "target-outlier"],
    note: "keselarasan program target 2027 typed 49 between 92 (2026) and 96 (2028); the steady step of 2 gives 94 (digits swapped)",
    truth: `(${a("y1", "selaras")}+${a("y3", "selaras")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "rekom") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "rekomendasi dimanfaatkan (a rate) target akhir typed 55, the 2028 target; the 2029 target is 60",
    truth: a("y4", "rekom"),
  });
  b.ok({
    sheet: S,
    cell: a("y4", "deviasi"),
    rules: ["target-trend"],
    truth: `${a("y3", "deviasi")}-1`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "dok"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y0", "dok")}:${a("y4", "dok")})`,
    trap: a("y4", "dok"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "deviasi"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y4", "deviasi"),
    trap: `SUM(${a("y0", "deviasi")}:${a("y4", "deviasi")})`,
  });
  b.ok({
    sheet: S,
    cell: a("y3", "sakip"),
    rules: ["target-trend", "text-number"],
    truth: `"A"`,
  });
  return b.finish();
}
