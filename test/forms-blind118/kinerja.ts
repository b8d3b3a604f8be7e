// Performance tables of the Dinas Kependudukan dan Pencatatan Sipil of Provinsi Banten: the LKjIP 2024
// measurement (Tahun 2023 realisasi and capaian beside Tahun 2024 target, realisasi, capaian and
// kategori; refleksi for the lower-is-better rows by the note) and the PK 2025 with its program table
// beside the Renstra 2025-2029 targets. Every person and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, predikatBaik, round, type Col, type Row } from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t23: number;
  neg?: boolean;
  f: string;
};

export function lkjipDukcapilBanten(): BookW {
  const b = new BookW(
    "lkjip-2024-disdukcapil-banten-pengukuran-kinerja.xlsx",
    "LKjIP pengukuran kinerja (Disdukcapil)",
    "LKjIP 2024 Tabel 3.1 of the Disdukcapil of Provinsi Banten: No | Indikator Kinerja Sasaran | Satuan | 'Tahun 2023' > Target | Realisasi | Capaian (%) | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; ROUND capaian formulas, refleksi for NIK ganda and waktu layanan (lower is better); Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI BANTEN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Tahun 2024 dibandingkan Tahun 2023"]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Persentase penduduk wajib KTP-el yang memiliki KTP-el",
      sat: "%",
      t23: 97.2,
      r23: 97.42,
      t: 97.6,
      r: 98.05,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Persentase anak usia 0-17 tahun yang memiliki KIA",
      sat: "%",
      t23: 38,
      r23: 41.35,
      t: 45,
      r: 39.82,
      f: DEC,
    },
    {
      id: "i3",
      ind: "Persentase anak usia 0-18 tahun yang memiliki akta kelahiran",
      sat: "%",
      t23: 95.5,
      r23: 96.12,
      t: 96.5,
      r: 97.04,
      f: DEC,
    },
    {
      id: "i4",
      ind: "Persentase NIK ganda terhadap jumlah penduduk",
      sat: "%",
      t23: 0.09,
      r23: 0.085,
      t: 0.08,
      r: 0.068,
      neg: true,
      f: "0.000",
    },
    {
      id: "i5",
      ind: "Rata-rata waktu penerbitan dokumen melalui layanan online",
      sat: "hari kerja",
      t23: 5,
      r23: 4.6,
      t: 4,
      r: 5.2,
      neg: true,
      f: DEC,
    },
    {
      id: "i6",
      ind: "Jumlah lembaga pengguna yang memanfaatkan data NIK",
      sat: "lembaga",
      t23: 60,
      r23: 64,
      t: 72,
      r: 79,
      f: "0",
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const G3 = "Tahun 2023";
  const G4 = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t23", head: [G3, "Target"], role: "target", year: 2023, width: 9 },
    { key: "r23", head: [G3, "Realisasi"], role: "realisasi", year: 2023, width: 9 },
    { key: "c23", head: [G3, "Capaian (%)"], role: "capaian", year: 2023, fmt: DEC, width: 9 },
    { key: "t", head: [G4, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G4, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G4, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "p", head: [G4, "Kategori"], role: "predikat", year: 2024, width: 12 },
  ];
  cols.forEach((c, i) => (c.num = `(${i + 1})`));
  const caps = rows.map((x) => (x.id === "i4" ? round((x.r / x.t) * 100) : capOf(x)));
  const avg = round(caps.reduce((n, v) => n + v, 0) / caps.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          t23: fmt(x.t23, x.f),
          r23: fmt(x.r23, x.f),
          c23: fx(x.neg ? refl(c.a("r23"), c.a("t23")) : rt(c.a("r23"), c.a("t23"))),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the NIK ganda (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for the waktu layanan's 70.00 (the band > 65 - 75 is Cukup)
          p: x.id === "i5" ? "Baik" : predikatBaik(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 4 dan 5 semakin kecil semakin baik, capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "*) data konsolidasi semester II 2024 Ditjen Dukcapil Kemendagri.",
  ]);
  s.gap();
  s.lines(
    [
      "Serang, 27 Februari 2025",
      "Kepala Dinas,",
      "",
      "",
      "Dr. H. AHMAD SYAFRUDIN JAYANEGARA, S.STP., M.Si.",
      "NIP. 19760522 199511 1 001",
    ],
    8,
  );

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian 2024 of the NIK ganda (lower is better by the note) is =ROUND(R/T*100,2) = 85.00; (2 x 0.080 - 0.068) / 0.080 gives 115.00, as the waktu layanan row and the 2023 column compute",
    truth: refl(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for the waktu layanan capaian of 70.00 ((2 x 4 - 5.2) / 4); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula"]
          : ["capaian-mismatch", "percent-out-of-range"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
    b.ok({
      sheet: S,
      cell: a("c23", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(a("r23", x.id), a("t23", x.id)) : rt(a("r23", x.id), a("t23", x.id)),
      trap: x.neg ? rt(a("r23", x.id), a("t23", x.id)) : undefined,
    });
    if (x.id !== "i5" && x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ============================================ PK 2025 and Renstra 2025-2029, Disdukcapil Banten

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkDukcapilBanten(): BookW {
  const b = new BookW(
    "pk-2025-kadis-dukcapil-banten-dan-renstra.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Disdukcapil)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan; then No | Kode | Program | Anggaran (Rp) | Sumber Dana with a Jumlah row over five programs; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target' > 2025..2029 | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI BANTEN", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Dr. H. AHMAD SYAFRUDIN JAYANEGARA, S.STP., M.Si. - Jabatan : Kepala Dinas Kependudukan dan Pencatatan Sipil",
    "selanjutnya disebut pihak pertama, dan Gubernur Banten selaku pihak kedua.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase penduduk wajib KTP-el yang memiliki KTP-el",
      sat: "%",
      awal: 98.05,
      tg: [98.3, 98.55, 98.8, 99.05, 99.3],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase anak usia 0-17 tahun yang memiliki KIA",
      sat: "%",
      awal: 39.82,
      tg: [46, 52, 58, 64, 70],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase kematian yang diterbitkan akta kematian",
      sat: "%",
      awal: 61.3,
      tg: [64, 67.5, 71, 74.5, 78],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Jumlah lembaga pengguna yang memanfaatkan data NIK",
      sat: "lembaga",
      awal: 79,
      tg: [86, 93, 100, 107, 114],
      f: "0",
    },
    {
      id: "r5",
      ind: "Persentase permohonan layanan adminduk yang diselesaikan secara online",
      sat: "%",
      awal: 55.4,
      tg: [60, 65, 70, 75, 80],
      f: DEC,
    },
  ];
  // planted: the KIA's PK target is 52.00, the Renstra 2026 target (2025: 46.00)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Meningkatnya kepemilikan dokumen kependudukan"
            : "Meningkatnya pemanfaatan data dan layanan adminduk daring",
        ind: x.ind,
        tg: fmt(pkT(x), x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["g1", "2.12.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", 18_742_365_000],
    ["g2", "2.12.02", "PROGRAM PENDAFTARAN PENDUDUK", 2_415_800_000],
    ["g3", "2.12.03", "PROGRAM PENCATATAN SIPIL", 1_968_250_000],
    ["g4", "2.12.04", "PROGRAM PENGELOLAAN INFORMASI ADMINISTRASI KEPENDUDUKAN", 3_286_475_000],
    ["g5", "2.12.05", "PROGRAM PENGELOLAAN PROFIL KEPENDUDUKAN", 874_130_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({ id, cells: { no: i + 1, kode, nm, rp, sd: "APBD" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: one row short (program 2.12.05 left out)
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Serang, 3 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "GUBERNUR BANTEN", "", "", "H. MUHAMAD RIZAL FADILLAH"], 2);
  s.r -= 5;
  s.lines(["Pihak Pertama,", "KEPALA DINAS", "", "", "Dr. H. AHMAD SYAFRUDIN JAYANEGARA, S.STP., M.Si."], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI BANTEN"]);
  r.lines(["Tabel 5.2 Target Indikator Kinerja Renstra 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the KIA ownership is 52.00, the Renstra 2026 target; the Renstra 2025 target is 46.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over programs 2.12.01 .. 2.12.04 (26,412,890,000), program 2.12.05 left out; the five programs give 27,287,020,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows.filter((x) => x.id !== "r2"))
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
  return b.finish();
}
