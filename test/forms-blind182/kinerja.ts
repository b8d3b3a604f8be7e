// Performance tables of the percepatan penurunan stunting: the LKjIP 2024 of a Bappeda in Nusa
// Tenggara Timur (TPPS indicators, lower-is-better prevalences with the refleksi), a rekap e-PPGBM
// per kecamatan of the bulan timbang Agustus 2024 (NTT), and in a Kalimantan Selatan kabupaten the
// PK 2025 of the Kepala Bappeda beside the Renstra Bappeda 2025-2029 and the IKU matrix of the Dinas
// Kesehatan. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ======================================== Bappeda Kabupaten Flores Wulanggitang (NTT), LKjIP 2024

type Ind = { id: string; ind: string; sat: string; r23: number; t: number; r: number; neg?: boolean };

export function lkjipBappedaFlores(): BookW {
  const b = new BookW(
    "lkjip-tpps-bappeda-flores-wulanggitang.xlsx",
    "LKjIP pengukuran kinerja (Bappeda, TPPS stunting)",
    "LKjIP 2024 Tabel 3.1 of a Bappeda in NTT: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; refleksi formulas for the lower-is-better prevalences; Rata-rata and Predikat rows; note on the bands",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
    "KABUPATEN FLORES WULANGGITANG",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    { id: "i1", ind: "Prevalensi stunting balita (SKI)", sat: "%", r23: 27.9, t: 22.5, r: 20.9, neg: true },
    { id: "i2", ind: "Prevalensi stunting balita (e-PPGBM)", sat: "%", r23: 16.8, t: 14, r: 12.6, neg: true },
    {
      id: "i3",
      ind: "Persentase desa lokus yang melaksanakan 8 aksi konvergensi",
      sat: "%",
      r23: 81.25,
      t: 100,
      r: 92.5,
    },
    {
      id: "i4",
      ind: "Persentase ibu hamil Kurang Energi Kronis (KEK)",
      sat: "%",
      r23: 17.4,
      t: 15,
      r: 16.2,
      neg: true,
    },
    {
      id: "i5",
      ind: "Persentase remaja putri yang mengonsumsi Tablet Tambah Darah",
      sat: "%",
      r23: 38.6,
      t: 60,
      r: 45.3,
    },
    { id: "i6", ind: "Persentase baduta yang mendapat MP-ASI", sat: "%", r23: 52.7, t: 85, r: 59.8 },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[4]) !== 75.5 || predikatBaik(75.5) !== "Baik") throw new Error("lkjip i5");
  // the footer follows the planted formula of i2 (R / T = 90.00)
  const shown = (x: Ind) => (x.id === "i2" ? round((x.r / x.t) * 100) : capOf(x));
  const avg = round(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas:
            k < 2
              ? "Menurunnya prevalensi stunting"
              : "Meningkatnya konvergensi intervensi spesifik dan sensitif penurunan stunting",
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the e-PPGBM prevalence (lower is better) has the R / T formula
          c: fx(x.neg && x.id !== "i2" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Cukup" for 75.50 (the band > 75 - 90 is Baik)
          p: x.id === "i5" ? "Cukup" : predikatBaik(shown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator prevalensi dan ibu hamil KEK semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Sumber: SKI 2023 (Kemenkes), e-PPGBM bulan timbang Agustus 2024, laporan TPPS kabupaten.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Larantuka Wulanggitang, 27 Februari 2025",
    jabatan: ["Kepala Bappelitbangda,"],
    nama: "YOHANES B. KELEN DORE, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780302 200501 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the e-PPGBM prevalence (lower is better by the note) is =ROUND(R/T*100,2) = 90.00; (2 x 14 - 12.6) / 14 gives 110.00, as the SKI and KEK rows compute",
    truth: refl(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Cukup' for the capaian of 75.50 (45.30 against 60); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const x of rows) {
    if (x.id === "i2") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch", "inconsistent-formula"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================== TPPS Kabupaten Sumba Laut (NTT), rekap e-PPGBM Agustus 2024

type Kec = {
  id: string;
  nm: string;
  desa: number;
  lokus: number;
  s: number;
  d: number;
  tb: number;
  st: number;
};

export function rekapPpgbmSumba(): BookW {
  const b = new BookW(
    "rekap-eppgbm-kecamatan-tpps-sumba-laut.xlsx",
    "rekap sektor: e-PPGBM per kecamatan (TPPS, stunting)",
    "rekap hasil pengukuran bulan timbang Agustus 2024 per kecamatan of a TPPS in NTT: No | Kecamatan | Jumlah Desa | Desa Lokus | Balita Sasaran (S) | Balita Ditimbang (D) | D/S (%) | Balita Diukur TB/PB | Balita Stunting | Prevalensi Stunting (%); number row (1) .. (10) with '(7) = (6)/(5) x 100', '(10) = (9)/(8) x 100'; JUMLAH row with the ratios of the totals",
  );
  const S = "Rekap e-PPGBM Agt 2024";
  const s = b.sheet(S);
  letterhead(s, ["TIM PERCEPATAN PENURUNAN STUNTING (TPPS)", "KABUPATEN SUMBA LAUT"]);
  s.lines([
    "REKAPITULASI HASIL PENGUKURAN BALITA BULAN TIMBANG AGUSTUS 2024 PER KECAMATAN",
    "Sumber: aplikasi e-PPGBM, diunduh 15 September 2024",
  ]);
  s.gap();
  const kec: Kec[] = [
    { id: "c1", nm: "Waingapu Selatan", desa: 12, lokus: 3, s: 2864, d: 2517, tb: 2490, st: 412 },
    { id: "c2", nm: "Lewa Tidahu", desa: 15, lokus: 5, s: 2138, d: 1802, tb: 1779, st: 391 },
    { id: "c3", nm: "Pandawai Raya", desa: 11, lokus: 4, s: 1675, d: 1433, tb: 1420, st: 268 },
    { id: "c4", nm: "Haharu Timur", desa: 9, lokus: 4, s: 1247, d: 1016, tb: 1003, st: 236 },
    { id: "c5", nm: "Kambera Hilir", desa: 14, lokus: 3, s: 2395, d: 2146, tb: 2118, st: 327 },
    { id: "c6", nm: "Tabundung Lama", desa: 10, lokus: 5, s: 1106, d: 872, tb: 861, st: 214 },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "desa", head: ["Desa/Kel.", "Jumlah"], role: "lainnya", num: "(3)", fmt: INT, width: 9 },
      {
        key: "lokus",
        head: ["Desa/Kel.", "Lokus Stunting"],
        role: "lainnya",
        num: "(4)",
        fmt: INT,
        width: 9,
      },
      {
        key: "s",
        head: ["Penimbangan", "Balita Sasaran (S)"],
        role: "lainnya",
        num: "(5)",
        fmt: INT,
        width: 11,
      },
      {
        key: "d",
        head: ["Penimbangan", "Balita Ditimbang (D)"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: INT,
        width: 11,
      },
      {
        key: "ds",
        head: ["Penimbangan", "D/S (%)"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(5) x 100",
        fmt: DEC,
        width: 11,
      },
      {
        key: "tb",
        head: ["Pengukuran", "Balita Diukur TB/PB"],
        role: "lainnya",
        num: "(8)",
        fmt: INT,
        width: 11,
      },
      {
        key: "st",
        head: ["Pengukuran", "Pendek + Sangat Pendek"],
        role: "realisasi",
        year: 2024,
        num: "(9)",
        fmt: INT,
        width: 11,
      },
      {
        key: "pv",
        head: ["Pengukuran", "Prevalensi Stunting (%)"],
        role: "realisasi",
        year: 2024,
        num: "(10) = (9)/(8) x 100",
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          desa: k.desa,
          lokus: k.lokus,
          s: k.s,
          d: k.d,
          ds: fx(`ROUND(${c.a("d")}/${c.a("s")}*100,2)`),
          tb: k.tb,
          st: k.st,
          // planted: Haharu Timur's prevalence typed 18.53 (236 / 1,003 gives 23.53)
          pv: k.id === "c4" ? 18.53 : fx(`ROUND(${c.a("st")}/${c.a("tb")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const col = (k: string) => `SUM(${c.a(k, "c1")}:${c.a(k, "c6")})`;
          const dTrue = kec.reduce((n, k) => n + k.d, 0);
          return {
            no: "JUMLAH KABUPATEN",
            desa: fx(col("desa")),
            lokus: fx(col("lokus")),
            s: fx(col("s")),
            // planted: a stale cached total (Lewa Tidahu's D corrected from 1,762 after the last recalculation)
            d: fx(col("d"), dTrue - 40),
            ds: fx(`ROUND(${c.a("d")}/${c.a("s")}*100,2)`),
            tb: fx(col("tb")),
            st: fx(col("st")),
            pv: fx(`ROUND(${c.a("st")}/${c.a("tb")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: prevalensi kabupaten = jumlah balita stunting / jumlah balita diukur x 100 (bukan rata-rata kecamatan).",
    "Desa lokus sesuai SK Bupati Sumba Laut Nomor 112/KEP/HK/2024.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Waingapu, 20 September 2024",
    jabatan: ["Ketua Pelaksana TPPS Kabupaten Sumba Laut,"],
    nama: "UMBU NDATA HAMAPATI, S.E., M.Si.",
    nip: "19720914 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pv", "c4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Prevalensi stunting of Kecamatan Haharu Timur is a typed 18.53 among (9)/(8) formulas; 236 / 1,003 gives 23.53",
    truth: `ROUND(${a("st", "c4")}/${a("tb", "c4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("d", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Balita Ditimbang is SUM with a stale cached 9,746, 40 short (Lewa Tidahu's D corrected from 1,762 to 1,802 after the last recalculation); the six kecamatan give 9,786",
    truth: kec.map((k) => a("d", k.id)).join("+"),
  });
  for (const k of ["desa", "lokus", "s", "tb", "st"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map((x) => a(k, x.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("pv", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("st", "tot")}/${a("tb", "tot")}*100,2)`,
    // the ratio of the totals, not the average of the kecamatan prevalences
    trap: `ROUND(AVERAGE(${a("pv", "c1")}:${a("pv", "c6")}),2)`,
    tol: 0.006,
  });
  for (const k of kec) {
    b.ok({
      sheet: S,
      cell: a("ds", k.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("d", k.id)}/${a("s", k.id)}*100,2)`,
    });
    if (k.id !== "c4")
      b.ok({
        sheet: S,
        cell: a("pv", k.id),
        rules: ["capaian-mismatch", "hardcoded-value"],
        truth: `ROUND(${a("st", k.id)}/${a("tb", k.id)}*100,2)`,
      });
  }
  return b.finish();
}

// ============================== Bappeda Kabupaten Batang Alai Raya (Kalsel), PK 2025 and Renstra

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkBappedaBatangAlai(): BookW {
  const b = new BookW(
    "pk-kepala-bappeda-renstra-stunting-batang-alai.xlsx",
    "PK 2025 and Renstra Bappeda 2025-2029 targets (TPPS stunting)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan, then No | Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH of three programs; sheet 'Renstra Bappeda': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir Renstra (2029)",
  );
  const S = "PK 2025";
  const R = "Renstra Bappeda";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG ALAI RAYA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pada hari ini Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:",
    "Nama : Ir. H. AHMAD FAUZAN, M.T. - Jabatan : Kepala Bappeda Kabupaten Batang Alai Raya, selanjutnya disebut PIHAK PERTAMA",
    "Nama : H. SYAHRIANI RAHMAN, S.E. - Jabatan : Bupati Batang Alai Raya, selanjutnya disebut PIHAK KEDUA",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Prevalensi stunting balita (SSGI/SKI)",
      sat: "%",
      awal: 24.7,
      tg: [18.7, 17.2, 15.8, 14.5, 14],
      neg: true,
    },
    {
      id: "r2",
      ind: "Persentase desa lokus yang melaksanakan 8 aksi konvergensi",
      sat: "%",
      awal: 72.5,
      tg: [80, 85, 90, 95, 100],
    },
    {
      id: "r3",
      ind: "Persentase rekomendasi TPPS yang ditindaklanjuti perangkat daerah",
      sat: "%",
      awal: 61.9,
      tg: [65, 70, 75, 80, 85],
    },
    {
      id: "r4",
      ind: "Indeks kualitas dokumen perencanaan daerah",
      sat: "indeks",
      awal: 3.12,
      tg: [3.25, 3.4, 3.55, 3.7, 3.85],
    },
  ];
  // planted: the PK target of the prevalence is 17.80 (digits of the Renstra 2025 18.70 swapped)
  const pkT = (x: PkInd) => (x.id === "r1" ? 17.8 : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 11 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Menurunnya prevalensi stunting melalui konvergensi lintas sektor"
            : "Meningkatnya kualitas perencanaan pembangunan daerah",
        ind: x.ind,
        tg: pkT(x),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["g1", "5.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 6_842_315_000],
    ["g2", "5.01.02", "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", 1_976_450_000],
    ["g3", "5.01.03", "PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH", 1_284_700_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBD 2025" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: the JUMLAH's range stops at the second program
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g2")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Barabai Hulu, 2 Januari 2025"]);
  s.lines(["PIHAK KEDUA,", "BUPATI BATANG ALAI RAYA", "", "", "H. SYAHRIANI RAHMAN, S.E."], 2);
  s.r -= 5;
  s.lines(
    ["PIHAK PERTAMA,", "KEPALA BAPPEDA", "", "", "Ir. H. AHMAD FAUZAN, M.T.", "NIP. 19700517 199603 1 002"],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["BAPPEDA KABUPATEN BATANG ALAI RAYA"]);
  r.lines([
    "Tabel 6.1 Indikator Kinerja Bappeda yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra Bappeda 2025-2029",
  ]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir Renstra (2029)"],
        role: "kondisi-akhir",
        year: 2029,
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, x.tg[k]])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y2025", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the prevalensi stunting is 17.80; the Renstra 2025 target is 18.70 (digits swapped)",
    truth: `'${R}'!${tr.a("y2025", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is SUM over the first two programs = 8,818,765,000; with program 5.01.03's 1,284,700,000 the three give 10,103,465,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  b.ok({ sheet: R, cell: tr.a("y2029", "r1"), rules: ["target-trend"], truth: "14" });
  return b.finish();
}

// ============================== Dinas Kesehatan Kabupaten Batang Alai Raya (Kalsel), IKU 2025-2029

type Iku = {
  id: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  src: string;
};

export function ikuDinkesBatangAlai(): BookW {
  const b = new BookW(
    "iku-matriks-dinkes-stunting-batang-alai.xlsx",
    "IKU matrix (Dinas Kesehatan, stunting)",
    "Matriks IKU 2025-2029 of a Dinas Kesehatan in Kalimantan Selatan: No | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir | Sumber Data | Penanggung Jawab",
  );
  const S = "IKU Dinkes";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KABUPATEN BATANG ALAI RAYA"]);
  s.lines([
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU) TAHUN 2025-2029",
    "Lampiran Keputusan Kepala Dinas Kesehatan Nomor 440/118/Dinkes/2025",
  ]);
  s.gap();
  const rows: Iku[] = [
    {
      id: "u1",
      ind: "Prevalensi stunting balita",
      def: "Persentase balita dengan tinggi badan menurut umur < -2 SD standar WHO",
      rumus: "Jumlah balita pendek dan sangat pendek / jumlah balita diukur x 100%",
      sat: "%",
      awal: 24.7,
      // planted: 2027 typed 1.58 for 15.8
      tg: [18.7, 17.2, 1.58, 14.5, 14],
      src: "SSGI/SKI, e-PPGBM",
    },
    {
      id: "u2",
      ind: "Persentase ibu hamil KEK",
      def: "Ibu hamil dengan lingkar lengan atas < 23,5 cm",
      rumus: "Jumlah ibu hamil KEK / jumlah ibu hamil diukur LiLA x 100%",
      sat: "%",
      awal: 14.8,
      tg: [14, 13, 12, 11, 10],
      src: "e-Kohort, SIGIZI",
    },
    {
      id: "u3",
      ind: "Persentase balita ditimbang (D/S)",
      def: "Balita yang ditimbang di posyandu terhadap seluruh balita sasaran",
      rumus: "D / S x 100%",
      sat: "%",
      awal: 76.2,
      tg: [78, 80, 82, 84, 86],
      src: "e-PPGBM",
    },
    {
      id: "u4",
      ind: "Persentase baduta yang mendapat MP-ASI",
      def: "Anak usia 6-23 bulan yang mendapat MP-ASI sesuai standar",
      rumus: "Jumlah baduta mendapat MP-ASI / jumlah baduta 6-23 bulan x 100%",
      sat: "%",
      awal: 61.4,
      tg: [65, 68, 72, 76, 80],
      src: "SIGIZI",
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 30 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 34 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 16 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, x.tg[k]])),
        // planted: the KEK row's kondisi akhir is the average of the five targets
        ak: x.id === "u2" ? fx(`ROUND(AVERAGE(${c.a("y2025")}:${c.a("y2029")}),2)`) : fx(c.a("y2029")),
        src: x.src,
        pj: "Bidang Kesmas",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: prevalensi stunting dan ibu hamil KEK semakin rendah semakin baik; kondisi akhir = target tahun 2029.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "u1") },
    rules: ["target-outlier", "target-trend"],
    note: "2027 target of the prevalensi stunting is 1.58, ten times below its neighbours 17.20 and 14.50 (the decimal point slipped); the series gives 15.80",
    truth: "15.8",
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "u2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the ibu hamil KEK is =ROUND(AVERAGE(2025:2029),2) = 12.00; a rate ends at its 2029 target, 10.00, as the other rows take",
    truth: a("y2029", "u2"),
  });
  for (const id of ["u1", "u3", "u4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: `SUM(${a("y2025", id)}:${a("y2029", id)})`,
    });
  b.ok({ sheet: S, cell: a("y2029", "u2"), rules: ["target-trend"], truth: "10" });
  b.ok({ sheet: S, cell: a("y2026", "u1"), rules: ["target-outlier", "target-trend"], truth: "17.2" });
  return b.finish();
}
