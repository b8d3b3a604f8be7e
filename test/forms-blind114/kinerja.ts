// Performance tables: the LKjIP 2024 measurement of an invented NTT kabupaten's Dinas Pendidikan
// (APK PAUD, APM SD, angka putus sekolah SD and SMP lower is better, sekolah terakreditasi, guru
// berkualifikasi S1) and the PK 2025 of an invented Kepulauan Riau provincial Dinas Pendidikan beside
// its Renstra 2025-2029 targets (Tahun ke-1 .. ke-5). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ======================================== Dinas Pendidikan Kabupaten Nangaroro Raya (NTT), LKjIP 2024

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
};

export function lkjipDisdik(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-disdik-nangaroro-raya.xlsx",
    "LKjIP 2024 pengukuran kinerja (Dinas Pendidikan kabupaten, NTT)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Pendidikan in NTT: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori | Realisasi 2023 | Target Akhir Renstra (2026); number row (1) .. '(7) = (6) : (5) x 100%'; ROUND formulas, refleksi for the angka putus sekolah (lower is better); Kategori typed on the Permendagri scale; Rata-rata and Kategori footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN NANGARORO RAYA", "DINAS PENDIDIKAN DAN KEBUDAYAAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis Dinas Pendidikan dan Kebudayaan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya akses pendidikan anak usia dini dan pendidikan dasar";
  const S2 = "Meningkatnya mutu layanan pendidikan dasar";
  const rows: Ind[] = [
    { id: "l1", ind: "Angka Partisipasi Kasar (APK) PAUD", sat: "%", t: 72, r: 69.45, r23: 66.8, t26: 76 },
    {
      id: "l2",
      ind: "Angka Partisipasi Murni (APM) SD/MI",
      sat: "%",
      t: 96.4,
      r: 96.85,
      r23: 95.12,
      t26: 97.5,
    },
    { id: "l3", ind: "Angka putus sekolah SD", sat: "%", t: 0.35, r: 0.41, r23: 0.44, t26: 0.25, neg: true },
    { id: "l4", ind: "Angka putus sekolah SMP", sat: "%", t: 0.9, r: 0.72, r23: 1.06, t26: 0.7, neg: true },
    {
      id: "l5",
      ind: "Persentase SD dan SMP terakreditasi minimal B",
      sat: "%",
      t: 80,
      r: 61.2,
      r23: 57.9,
      t26: 86,
    },
    {
      id: "l6",
      ind: "Persentase guru SD dan SMP berkualifikasi S1/D-IV",
      sat: "%",
      t: 92,
      r: 93.4,
      r23: 90.75,
      t26: 95,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[4]) !== 76.5 || predikat(76.5) !== "Tinggi") throw new Error("lkjip l5");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(5)", fmt: DEC, width: 10 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC, width: 10 },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6) : (5) x 100%",
      fmt: DEC,
      width: 12,
    },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024, num: "(8)", width: 13 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(9)", fmt: DEC, width: 10 },
    {
      key: "t26",
      head: ["Target Akhir Renstra (2026)"],
      role: "target",
      year: 2026,
      num: "(10)",
      fmt: DEC,
      width: 11,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: k < 4 ? S1 : S2,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the angka putus sekolah SD (lower is better) has the R / T formula
          c: fx(x.id === "l4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sedang" for 76.50 (> 75 - 90 is Tinggi)
          p: x.id === "l5" ? "Sedang" : predikat(capOf(x)),
          r23: x.r23,
          t26: x.t26,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "l1")}:${c.a("c", "l6")}),2)`),
          p: "Sangat Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) Angka putus sekolah: semakin rendah semakin baik, capaian = (2 x target - realisasi) : target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Nangaroro, 27 Februari 2025",
    jabatan: ["Kepala Dinas Pendidikan dan Kebudayaan,"],
    nama: "Drs. PETRUS KANISIUS LAGA DUA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700309 199503 1 008",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "l3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the angka putus sekolah SD (lower is better by the note) is =ROUND(R/T*100,2) = 117.14; (2 x 0.35 - 0.41) / 0.35 gives 82.86, as the SMP row computes",
    truth: refl(a("r", "l3"), a("t", "l3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "l5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sedang' for the capaian 76.50 (61.20 against 80); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "l5")})`,
  });
  for (const x of rows) {
    if (x.id === "l3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the angka putus sekolah SMP is lower is better: the refleksi 120.00, not R / T 80.00
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "l5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("t26", "l3"), rules: ["target-trend"], truth: "0.25" });
  b.ok({ sheet: S, cell: a("t26", "l4"), rules: ["target-trend"], truth: "0.7" });
  return b.finish();
}

// ============================ Dinas Pendidikan Provinsi Kepulauan Riau, PK 2025 and Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[] };

export function pkKepri(): BookW {
  const b = new BookW(
    "pk-2025-kadisdik-provinsi-kepri-dan-renstra.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Pendidikan provinsi, SMA/SMK)",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; Tabel 2 No | Kode | Program | Anggaran (Rp) | Keterangan with a typed Jumlah; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal | 'Target Kinerja' > Tahun ke-1 .. ke-5 (years only in the title) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KEPULAUAN RIAU", "DINAS PENDIDIKAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pada hari ini, Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:",
    "Nama : Drs. RAJA SUHAIMI AZHAR, M.Pd. - Jabatan : Kepala Dinas Pendidikan Provinsi Kepulauan Riau",
    "Nama : H. ANSAR AHMAD RASYID, S.E., M.M. - Jabatan : Gubernur Kepulauan Riau",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Angka Partisipasi Kasar (APK) SMA/SMK/MA",
      sat: "%",
      awal: 92.1,
      tg: [92.8, 93.5, 94.2, 95, 95.8],
    },
    {
      id: "r2",
      ind: "Angka putus sekolah SMA/SMK",
      sat: "%",
      awal: 0.48,
      tg: [0.45, 0.42, 0.39, 0.36, 0.33],
    },
    {
      id: "r3",
      ind: "Persentase SMA/SMK terakreditasi minimal B",
      sat: "%",
      awal: 84.2,
      tg: [85, 86.5, 88, 89.5, 91],
    },
    {
      id: "r4",
      ind: "Persentase lulusan SMK yang bekerja, melanjutkan atau berwirausaha",
      sat: "%",
      awal: 61.5,
      tg: [63, 64.5, 66, 67.5, 69],
    },
    {
      id: "r5",
      ind: "Persentase SMA/SMK dengan capaian literasi minimal baik (Rapor Pendidikan)",
      sat: "%",
      awal: 55.4,
      tg: [58, 61, 64, 67, 70],
    },
  ];
  // planted: the PK target of the akreditasi is 86.50, the Renstra 2026 target (2025: 85.00)
  const pkT = (x: PkInd) => (x.id === "r3" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 2 ? "Meningkatnya akses pendidikan menengah" : "Meningkatnya mutu pendidikan menengah",
        ind: x.ind,
        sat: x.sat,
        tg: pkT(x),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["g1", "1.01.01", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", 98_412_650_000],
    ["g2", "1.01.02", "Program Pengelolaan Pendidikan", 412_786_300_000],
    ["g3", "1.01.03", "Program Pengembangan Kurikulum", 2_145_000_000],
    ["g4", "1.01.04", "Program Pendidik dan Tenaga Kependidikan", 3_870_500_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBD 2025" },
      })),
      // planted: typed 517,241,450,000 (digits swapped); the programs add to 517,214,450,000
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: 517_241_450_000 } },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Tanjungpinang, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN PROVINSI KEPULAUAN RIAU"],
    nama: "Drs. RAJA SUHAIMI AZHAR, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690517 199403 1 003",
  });

  const r = b.sheet(R);
  r.lines([
    "RENCANA STRATEGIS DINAS PENDIDIKAN PROVINSI KEPULAUAN RIAU TAHUN 2025-2029",
    "Tabel 7.1 Target Kinerja Sasaran",
  ]);
  r.gap();
  const G = "Target Kinerja Tahun ke-";
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...YEARS.map((y, i): Col => ({
        key: `t${i + 1}`,
        head: [G, String(i + 1)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        t1: x.tg[0],
        t2: x.tg[1],
        t3: x.tg[2],
        t4: x.tg[3],
        t5: x.tg[4],
        ak: fmt(x.tg[4], DEC),
      },
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: t3.a("t1", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the akreditasi minimal B is 86.50, the Renstra Tahun ke-2 (2026) target; the Renstra 2025 target is 85.00",
    truth: `'${R}'!${t3.a("t1", "r3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 517,241,450,000; the four programs add to 517,214,450,000 (digits swapped)",
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g4")})`,
  });
  for (const x of rows) {
    if (x.id === "r3") continue;
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${t3.a("t1", x.id)}`,
    });
    b.ok({
      sheet: R,
      cell: t3.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t3.a("t5", x.id),
      trap: YEARS.map((_, k) => t3.a(`t${k + 1}`, x.id)).join("+"),
    });
  }
  b.ok({ sheet: R, cell: t3.a("t5", "r2"), rules: ["target-trend"], truth: "0.33" });
  return b.finish();
}
