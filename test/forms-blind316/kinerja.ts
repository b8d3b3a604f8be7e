// LKjIP and Perjanjian Kinerja of the two BKPSDM, and two recaps: ASN ikut pengembangan kompetensi per
// perangkat daerah (Kabupaten Lembah Sirandah) and pelanggaran disiplin / layanan pensiun per triwulan
// (Kota Selat Duyung). Every name and number is invented.
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
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type Ik = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  ak: number;
};

/** LKjIP 2024 BKPSDM Kabupaten Lembah Sirandah: Tabel 3.1 with refleksi for the negative indicators. */
export function lkjipBkpsdm(): BookW {
  const b = new BookW(
    "lkjip-2024-bkpsdm-lembah-sirandah-316.xlsx",
    "LKjIP capaian (BKPSDM)",
    "LKjIP 2024 Tabel 3.1: No, Sasaran merged, Realisasi 2023 before the 2024 group (Target / Realisasi / Capaian), predikat words, target akhir Renstra 2026 and capaian against it; ROUND formulas with refleksi (2T-R)/T on negative rows; a rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(
    [
      "BAB III AKUNTABILITAS KINERJA",
      "Tabel 3.1 Pengukuran Kinerja BKPSDM Kabupaten Lembah Sirandah Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const A = "Meningkatnya kualitas manajemen ASN berbasis sistem merit";
  const B = "Meningkatnya kompetensi dan disiplin ASN";
  const list: Ik[] = [
    {
      id: "ism",
      sas: A,
      ind: "Indeks Sistem Merit",
      sat: "nilai",
      neg: false,
      r23: 288,
      t: 310,
      r: 306,
      ak: 335,
    },
    {
      id: "kp",
      sas: A,
      ind: "Persentase layanan kenaikan pangkat dan pensiun tepat waktu",
      sat: "%",
      neg: false,
      r23: 91.4,
      t: 94,
      r: 95.2,
      ak: 98,
    },
    {
      id: "hari",
      sas: A,
      ind: "Rata-rata waktu penyelesaian layanan pensiun",
      sat: "hari",
      neg: true,
      r23: 17,
      t: 14,
      r: 16,
      ak: 12,
    },
    {
      id: "bk",
      sas: B,
      ind: "Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP",
      sat: "%",
      neg: false,
      r23: 52.6,
      t: 60,
      r: 68.4,
      ak: 80,
    },
    {
      id: "dis",
      sas: B,
      ind: "Persentase ASN yang melakukan pelanggaran disiplin",
      sat: "%",
      neg: true,
      r23: 1.5,
      t: 1.2,
      r: 0.9,
      ak: 0.8,
    },
    {
      id: "ikm",
      sas: B,
      ind: "Indeks kepuasan masyarakat atas layanan kepegawaian",
      sat: "nilai",
      neg: false,
      r23: 80.2,
      t: 82,
      r: 79.9,
      ak: 85,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat" },
    { key: "ak", head: ["Target Akhir Renstra 2026"], role: "target", fmt: DEC },
    { key: "cak", head: ["Capaian terhadap Target Akhir Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  const cap = (i: Ik, t: number) => (i.neg ? ((2 * t - i.r) / t) * 100 : (i.r / t) * 100);
  const rows: Row[] = list.map((i, n) => ({
    id: i.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      const AK = x.a("ak");
      // planted on "hari": R/T copied down onto a lower-is-better row
      const f = i.neg && i.id !== "hari" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
      const fak = i.neg ? `ROUND((2*${AK}-${R})/${AK}*100,2)` : `ROUND(${R}/${AK}*100,2)`;
      return {
        no: n + 1,
        sas: i.sas,
        ind: i.ind,
        sat: i.sat,
        r23: i.r23,
        t: i.t,
        r: i.r,
        // planted on "kp": a stale cached capaian from an earlier draft (realisasi 89.0)
        c: i.id === "kp" ? fx(f, 94.68) : fx(f),
        p: i.id === "hari" ? "Sangat Baik" : predikatBaik(cap(i, i.t)),
        ak: i.ak,
        cak: fx(fak),
      };
    },
  }));
  rows.push({
    id: "avg",
    span: ["no", "sat"],
    cells: (x) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${x.c("c")}${x.row("ism")}:${x.c("c")}${x.row("ikm")}),2)`),
      cak: fx(`ROUND(AVERAGE(${x.c("cak")}${x.row("ism")}:${x.c("cak")}${x.row("ikm")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "*) Indikator dengan polaritas negatif (semakin kecil semakin baik) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, tk = "t") => `(2*${a(tk, id)}-${a("r", id)})/${a(tk, id)}*100`;
  const rt = (id: string, tk = "t") => `${a("r", id)}/${a(tk, id)}*100`;
  b.plant({
    at: { sheet: S, cell: a("c", "hari") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("hari"),
    note: "Rata-rata waktu layanan pensiun (lower is better) computed R/T = 114.29; refleksi (2T-R)/T gives 85.71",
  });
  b.plant({
    at: { sheet: S, cell: a("c", "kp") },
    rules: ["capaian-mismatch"],
    truth: rt("kp"),
    note: "=ROUND(G/F*100,2) with a stale cached 94.68; T 94 and R 95.2 give 101.28",
  });
  b.ok({ sheet: S, cell: a("c", "dis"), rules: ["capaian-mismatch"], truth: refl("dis"), trap: rt("dis") });
  b.ok({
    sheet: S,
    cell: a("cak", "dis"),
    rules: ["capaian-mismatch"],
    truth: refl("dis", "ak"),
    trap: rt("dis", "ak"),
  });
  b.ok({
    sheet: S,
    cell: a("cak", "hari"),
    rules: ["capaian-mismatch"],
    truth: refl("hari", "ak"),
    trap: rt("hari", "ak"),
  });
  for (const id of ["ism", "bk", "ikm"]) {
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
    b.ok({ sheet: S, cell: a("cak", id), rules: ["capaian-mismatch"], truth: rt(id, "ak") });
  }
  b.ok({
    sheet: S,
    cell: a("p", "dis"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "dis")})`,
  });
  b.ok({ sheet: S, cell: a("p", "kp"), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${rt("kp")})` });
  return b.finish();
}

/** PK 2025 BKPSDM Kota Selat Duyung beside its IKU table of the Renstra 2025-2029 ("Tahun - 1..5"). */
export function pkBkpsdm(): BookW {
  const b = new BookW(
    "pk-2025-bkpsdm-selat-duyung-316.xlsx",
    "Perjanjian Kinerja (BKPSDM)",
    "PK 2025: statement page, IKU table (No., Sasaran, Indikator, Satuan, Target Tahun 2025) and program table with a SUM Jumlah; sheet 'IKU Renstra' with 'Tahun - 1..5' resolved from 'Tahun 2025-2029', kondisi awal 2024 and kondisi akhir",
  );
  const R = "IKU Renstra";
  const P = "PK 2025";
  const ik = [
    {
      sas: "Meningkatnya penerapan sistem merit dalam manajemen ASN",
      ind: "Indeks Sistem Merit",
      sat: "indeks",
      awal: 262.5,
      t: [275, 290, 305, 320, 335],
    },
    {
      sas: "Meningkatnya kompetensi ASN",
      ind: "Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP",
      sat: "%",
      awal: 58.4,
      t: [65, 70, 75, 80, 85],
    },
    {
      sas: "Meningkatnya disiplin ASN",
      ind: "Persentase pelanggaran disiplin yang diselesaikan",
      sat: "%",
      awal: 82,
      t: [85, 88, 90, 92, 95],
    },
    {
      sas: "Meningkatnya kualitas layanan kepegawaian",
      ind: "Persentase layanan pensiun dan kenaikan pangkat tepat waktu",
      sat: "%",
      awal: 88.5,
      t: [90, 92, 94, 96, 98],
    },
  ];
  // the PK statement comes first in the workbook
  const p = b.sheet(P);
  const r = b.sheet(R);
  r.lines(["Tabel 4.2", "Target Indikator Kinerja Utama BKPSDM Kota Selat Duyung Tahun 2025-2029"], 1, {
    bold: true,
  });
  r.gap();
  const Y = [1, 2, 3, 4, 5];
  const rt = r.table({
    headerRows: 2,
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC },
      ...Y.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Kinerja", `Tahun - ${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    rows: ik.map((i, n) => ({
      id: `i${n}`,
      cells: {
        no: n + 1,
        sas: i.sas,
        ind: i.ind,
        sat: i.sat,
        awal: i.awal,
        ...Object.fromEntries(Y.map((y) => [`t${y}`, i.t[y - 1]])),
        ak: i.t[4],
      },
    })),
  });
  letterhead(p, ["PEMERINTAH KOTA SELAT DUYUNG", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  p.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : RAJA AZHARI EFFENDI, S.STP., M.Si",
    "Jabatan : Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "selanjutnya disebut PIHAK PERTAMA,",
    "Nama    : Drs. H. TENGKU MAHMUD RIZAL, M.M.",
    "Jabatan : Wali Kota Selat Duyung",
    "selaku atasan pihak pertama, selanjutnya disebut PIHAK KEDUA.",
  ]);
  p.gap(2);
  p.lines(["PERJANJIAN KINERJA TAHUN 2025", "BKPSDM KOTA SELAT DUYUNG"], 1, { bold: true });
  p.gap();
  const pt = p.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    // planted: the kompetensi target is the Renstra Tahun - 2 (2026) value
    rows: ik.map((i, n) => ({
      id: `i${n}`,
      cells: { no: n + 1, sas: i.sas, ind: i.ind, sat: i.sat, tg: n === 1 ? i.t[1] : i.t[0] },
    })),
  });
  p.gap();
  const progs = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 14862350000],
    ["Program Kepegawaian Daerah", 871100000],
    ["Program Pengembangan Sumber Daya Manusia", 1635000000],
  ] as const;
  const gt = p.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    rows: [
      ...progs.map(([nm, rp], n) => ({ id: `g${n}`, cells: { no: n + 1, prog: nm, rp, ket: "APBD 2025" } })),
      // planted: the Jumlah stops one row short
      {
        id: "jml",
        bold: true,
        cells: (x) => ({ prog: "Jumlah", rp: fx(`SUM(${x.a("rp", "g0")}:${x.a("rp", "g1")})`) }),
      },
    ],
  });
  p.gap();
  signature(p, 3, {
    tempat: "Selat Duyung, 2 Januari 2025",
    jabatan: ["PIHAK PERTAMA,", "Kepala BKPSDM Kota Selat Duyung"],
    nama: "RAJA AZHARI EFFENDI, S.STP., M.Si",
    nip: "19800921 200212 1 003",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "i1") },
        { sheet: R, cell: rt.a("t1", "i1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: ra("t1", "i1"),
    note: "PK 2025 target 70 for ASN ikut pengembangan kompetensi is the Renstra Tahun - 2 (2026) target; Tahun - 1 (2025) is 65",
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: `${gt.a("rp", "g0")}+${gt.a("rp", "g1")}+${gt.a("rp", "g2")}`,
    note: "Jumlah =SUM over two of the three programs: 15,733,450,000 instead of 17,368,450,000",
  });
  for (const n of [0, 2, 3])
    b.ok({ sheet: P, cell: pt.a("tg", `i${n}`), rules: ["cross-table-mismatch"], truth: ra("t1", `i${n}`) });
  for (const n of [0, 1, 2, 3])
    b.ok({
      sheet: R,
      cell: rt.a("ak", `i${n}`),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t5", `i${n}`),
      trap: Y.map((y) => rt.a(`t${y}`, `i${n}`)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("t3", "i0"), rules: ["target-trend", "target-outlier"], truth: "305" });
  return b.finish();
}

type Opd = { nm: string; asn: number; ikut: number; jp: number; rp: number };

/** Recap of ASN ikut pengembangan kompetensi per perangkat daerah 2024, Kabupaten Lembah Sirandah, with a
 * table per jenis pengembangan kompetensi beside it (one empty column between). */
export function rekapBangkom(): BookW {
  const b = new BookW(
    "rekap-bangkom-asn-per-opd-lembah-sirandah-316.xlsx",
    "Rekap pengembangan kompetensi (BKPSDM)",
    "Per-OPD recap: number row '(5) = (4)/(3) x 100', '(7) = (6)/(3)', typed Jumlah row with a ratio of totals; a second table (per jenis pengembangan kompetensi) side by side after one empty column, shorter",
  );
  const S = "Bangkom 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANDAH",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines(["REKAPITULASI ASN YANG MENGIKUTI PENGEMBANGAN KOMPETENSI PER PERANGKAT DAERAH TAHUN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const opd: Opd[] = [
    { nm: "Sekretariat Daerah", asn: 212, ikut: 168, jp: 5124, rp: 186450000 },
    { nm: "Dinas Pendidikan dan Kebudayaan", asn: 1842, ikut: 1204, jp: 30582, rp: 642800000 },
    { nm: "Dinas Kesehatan", asn: 964, ikut: 702, jp: 18954, rp: 418250000 },
    { nm: "Dinas Pekerjaan Umum dan Penataan Ruang", asn: 148, ikut: 87, jp: 2175, rp: 96300000 },
    { nm: "Badan Perencanaan Pembangunan dan Litbang", asn: 64, ikut: 58, jp: 1914, rp: 74600000 },
    { nm: "Badan Kepegawaian dan Pengembangan SDM", asn: 71, ikut: 69, jp: 2346, rp: 88150000 },
    { nm: "Kecamatan (18 kecamatan)", asn: 486, ikut: 241, jp: 5302, rp: 57900000 },
  ];
  const T = opd.reduce(
    (a, o) => ({ asn: a.asn + o.asn, ikut: a.ikut + o.ikut, jp: a.jp + o.jp, rp: a.rp + o.rp }),
    { asn: 0, ikut: 0, jp: 0, rp: 0 },
  );
  const t = s.table({
    headerRows: 1,
    numberRow: "plain",
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Perangkat Daerah"], num: "(2)", width: 34 },
      { key: "asn", head: ["Jumlah ASN (orang)"], role: "lainnya", num: "(3)", fmt: INT },
      {
        key: "ikut",
        head: ["ASN Mengikuti Bangkom >= 20 JP (orang)"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
      },
      { key: "pct", head: ["Persentase (%)"], role: "capaian", num: "(5) = (4)/(3) x 100", fmt: DEC },
      { key: "jp", head: ["Jumlah JP"], role: "lainnya", num: "(6)", fmt: INT },
      { key: "rjp", head: ["Rata-rata JP per ASN"], role: "lainnya", num: "(7) = (6)/(3)", fmt: DEC },
      {
        key: "rp",
        head: ["Realisasi Anggaran Bangkom (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(8)",
        fmt: RP,
        width: 18,
      },
    ],
    rows: [
      ...opd.map((o, n) => ({
        id: `o${n}`,
        cells: {
          no: n + 1,
          nm: o.nm,
          asn: o.asn,
          ikut: o.ikut,
          // planted on Dinas Pendidikan: the division turned upside down (3)/(4)
          pct: n === 1 ? round((o.asn / o.ikut) * 100, 2) : round((o.ikut / o.asn) * 100, 2),
          jp: o.jp,
          rjp: round(o.jp / o.asn, 2),
          // planted on Dinas Kesehatan: a zero too many (the Jumlah row was typed from the right figure)
          rp: n === 2 ? o.rp * 10 : o.rp,
        },
      })),
      {
        id: "jml",
        bold: true,
        cells: {
          nm: "JUMLAH",
          asn: T.asn,
          ikut: T.ikut,
          pct: round((T.ikut / T.asn) * 100, 2),
          jp: T.jp,
          rjp: round(T.jp / T.asn, 2),
          rp: T.rp,
        },
      },
    ],
  });
  const jenis = [
    ["Pelatihan Kepemimpinan (PKA/PKP)", 46, 1840],
    ["Pelatihan Teknis dan Fungsional", 812, 24360],
    ["Seminar/Workshop/Bimtek", 936, 14976],
    ["Coaching dan Mentoring", 318, 6360],
    ["E-learning (ASN Corpu)", 417, 20811],
  ] as const;
  const st = s.table(
    {
      headerRows: 2,
      cols: [
        { key: "j", head: ["Jenis Pengembangan Kompetensi"], width: 30 },
        { key: "n", head: ["Tahun 2024", "Peserta (orang)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "jp", head: ["Tahun 2024", "JP"], role: "lainnya", fmt: INT },
      ],
      rows: [
        ...jenis.map(([j, n, jp], i) => ({ id: `j${i}`, cells: { j, n, jp } })),
        {
          id: "jj",
          bold: true,
          cells: (x) => ({
            j: "Jumlah",
            n: fx(`SUM(${x.a("n", "j0")}:${x.a("n", "j4")})`),
            jp: fx(`SUM(${x.a("jp", "j0")}:${x.a("jp", "j4")})`),
          }),
        },
      ],
    },
    t.right + 2,
    t.top,
  );
  s.r = t.lastDataRow + 2;
  s.lines(["Catatan: satu ASN dapat mengikuti lebih dari satu jenis pengembangan kompetensi."]);
  s.gap();
  signature(s, 6, {
    tempat: "Sirandah Gadang, 20 Januari 2025",
    jabatan: ["KEPALA BKPSDM KABUPATEN LEMBAH SIRANDAH"],
    nama: "Hj. NURLAILA SUTAN MARAJO, S.Sos., M.Si",
    nip: "19720314 199803 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const others = opd
    .map((_, n) => n)
    .filter((n) => n !== 2)
    .map((n) => a("rp", `o${n}`))
    .join("-");
  b.plant({
    at: { sheet: S, cell: a("pct", "o1") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `${a("ikut", "o1")}/${a("asn", "o1")}*100`,
    note: "Dinas Pendidikan 152.99 %: (3)/(4) instead of (4)/(3) = 65.36",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rp", "o2") },
        { sheet: S, cell: a("rp", "jml") },
      ],
    },
    rules: ["number-scale", "sum-mismatch"],
    truth: `${a("rp", "jml")}-${others}`,
    note: "Dinas Kesehatan typed 4,182,500,000, ten times its 418,250,000 (the typed JUMLAH 1,564,450,000 agrees with the latter)",
  });
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `${a("ikut", "jml")}/${a("asn", "jml")}*100`,
    trap: `(${opd.map((_, n) => a("pct", `o${n}`)).join("+")})/${opd.length}`,
  });
  b.ok({
    sheet: S,
    cell: a("rjp", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `${a("jp", "jml")}/${a("asn", "jml")}`,
    trap: `(${opd.map((_, n) => a("rjp", `o${n}`)).join("+")})/${opd.length}`,
  });
  b.ok({
    sheet: S,
    cell: a("asn", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("asn", "o0")}:${a("asn", "o6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ikut", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ikut", "o0")}:${a("ikut", "o6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jp", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("jp", "o0")}:${a("jp", "o6")})`,
  });
  for (const n of [0, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a("pct", `o${n}`),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${a("ikut", `o${n}`)}/${a("asn", `o${n}`)}*100`,
    });
    b.ok({
      sheet: S,
      cell: a("rjp", `o${n}`),
      rules: ["ratio-components-mismatch"],
      truth: `${a("jp", `o${n}`)}/${a("asn", `o${n}`)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: st.a("n", "jj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${st.a("n", "j0")}:${st.a("n", "j4")})`,
  });
  b.ok({
    sheet: S,
    cell: st.a("jp", "jj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${st.a("jp", "j0")}:${st.a("jp", "j4")})`,
  });
  return b.finish();
}

/** Pelanggaran disiplin per triwulan and layanan pensiun per jenis (a second table below), Kota Selat Duyung 2024. */
export function rekapDisiplinPensiun(): BookW {
  const b = new BookW(
    "rekap-disiplin-pensiun-triwulan-selat-duyung-316.xlsx",
    "Rekap disiplin dan pensiun (BKPSDM)",
    "Per-triwulan recap of kasus disiplin (hukuman ringan / sedang / berat merged under 'Diselesaikan', Jumlah = sum, % = selesai/masuk) with a Tahun 2024 row; below it a layanan pensiun per jenis table with a Jumlah row; no No column in the first table",
  );
  const S = "Disiplin dan Pensiun";
  const s = b.sheet(S);
  letterhead(s, ["BKPSDM KOTA SELAT DUYUNG", "Bidang Mutasi, Disiplin dan Kesejahteraan ASN"]);
  s.lines(["A. Rekapitulasi Penanganan Pelanggaran Disiplin ASN per Triwulan Tahun 2024"], 1, { bold: true });
  s.gap();
  const tw = [
    { q: "Triwulan I", masuk: 9, ri: 3, se: 2, be: 1 },
    { q: "Triwulan II", masuk: 12, ri: 4, se: 3, be: 2 },
    { q: "Triwulan III", masuk: 8, ri: 4, se: 2, be: 1 },
    { q: "Triwulan IV", masuk: 11, ri: 5, se: 3, be: 2 },
  ];
  const G = "Kasus Diselesaikan (Penjatuhan Hukuman Disiplin)";
  const t = s.table({
    headerRows: 2,
    numberRow: "plain",
    cols: [
      { key: "q", head: ["Periode"], num: 1, width: 16 },
      { key: "masuk", head: ["Kasus Masuk"], role: "target", num: 2, fmt: INT },
      { key: "ri", head: [G, "Ringan"], role: "lainnya", num: 3, fmt: INT },
      { key: "se", head: [G, "Sedang"], role: "lainnya", num: 4, fmt: INT },
      { key: "be", head: [G, "Berat"], role: "lainnya", num: 5, fmt: INT },
      { key: "jml", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "6 = 3+4+5", fmt: INT },
      { key: "pct", head: ["Persentase Penyelesaian (%)"], role: "capaian", num: "7 = 6/2 x 100", fmt: DEC },
    ],
    rows: [
      ...tw.map((w, i) => ({
        id: `q${i}`,
        cells: (x: { a: (k: string) => string }) => ({
          q: w.q,
          masuk: w.masuk,
          ri: w.ri,
          se: w.se,
          be: w.be,
          // planted on Triwulan III: typed Jumlah that leaves out the hukuman berat
          jml: i === 2 ? w.ri + w.se : fx(`SUM(${x.a("ri")}:${x.a("be")})`),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("masuk")}*100,2)`),
        }),
      })),
      {
        id: "th",
        bold: true,
        cells: (x) => {
          const c: Record<string, string | ReturnType<typeof fx>> = { q: "Tahun 2024" };
          for (const k of ["masuk", "ri", "se", "be", "jml"])
            c[k] = fx(`SUM(${x.a(k, "q0")}:${x.a(k, "q3")})`);
          c.pct = fx(`ROUND(${x.a("jml")}/${x.a("masuk")}*100,2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines(["B. Rekapitulasi Layanan Pensiun ASN menurut Jenis Tahun 2024"], 1, { bold: true });
  s.gap();
  const jenis = [
    ["Batas Usia Pensiun (BUP)", 148, 139, 12.4],
    ["Atas Permintaan Sendiri (APS)", 17, 13, 21.8],
    ["Janda/Duda", 26, 24, 15.1],
    ["Meninggal Dunia", 9, 9, 10.2],
    ["Tidak Cakap Jasmani/Rohani (Uzur)", 4, 3, 28.5],
  ] as const;
  const u = s.table({
    headerRows: 1,
    numberRow: "plain",
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "j", head: ["Jenis Pensiun"], num: "(2)", width: 30 },
      { key: "us", head: ["Usulan Masuk"], role: "target", num: "(3)", fmt: INT },
      { key: "tp", head: ["SK Terbit Tepat Waktu"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "pct", head: ["% Tepat Waktu"], role: "capaian", num: "(5) = (4)/(3) x 100", fmt: DEC },
      { key: "hr", head: ["Rata-rata Waktu Layanan (hari)"], role: "lainnya", num: "(6)", fmt: DEC },
    ],
    rows: [
      ...jenis.map(([j, us, tp, hr], i) => ({
        id: `j${i}`,
        cells: (x: { a: (k: string) => string }) => ({
          no: i + 1,
          j,
          us,
          tp,
          pct: fx(`ROUND(${x.a("tp")}/${x.a("us")}*100,2)`),
          hr,
        }),
      })),
      {
        id: "jj",
        bold: true,
        cells: (x) => ({
          j: "Jumlah",
          us: fx(`SUM(${x.a("us", "j0")}:${x.a("us", "j4")})`),
          tp: fx(`SUM(${x.a("tp", "j0")}:${x.a("tp", "j4")})`),
          // planted: the average of the five percentages instead of the ratio of the totals
          pct: fx(`ROUND(AVERAGE(${x.a("pct", "j0")}:${x.a("pct", "j4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 5, {
    tempat: "Selat Duyung, 10 Januari 2025",
    jabatan: ["Kepala Bidang Mutasi, Disiplin dan Kesejahteraan ASN"],
    nama: "SITI HAJAR BINTI OMAR, S.H., M.H.",
    pangkat: "Pembina (IV/a)",
    nip: "19830517 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "q2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("ri", "q2")}+${a("se", "q2")}+${a("be", "q2")}`,
    note: "Triwulan III Jumlah typed 6 in a column of SUM formulas, leaving out the one hukuman berat (4+2+1 = 7)",
  });
  b.plant({
    at: { sheet: S, cell: u.a("pct", "jj") },
    rules: ["ratio-components-mismatch"],
    truth: `${u.a("tp", "jj")}/${u.a("us", "jj")}*100`,
    note: "Jumlah % tepat waktu is the AVERAGE of the five rows (87.54); the totals give 188/204 = 92.16",
  });
  b.ok({
    sheet: S,
    cell: a("pct", "th"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `${a("jml", "th")}/${a("masuk", "th")}*100`,
    trap: `(${[0, 1, 2, 3].map((i) => a("pct", `q${i}`)).join("+")})/4`,
  });
  for (const i of [0, 1, 3]) {
    b.ok({
      sheet: S,
      cell: a("jml", `q${i}`),
      rules: ["sum-mismatch"],
      truth: `${a("ri", `q${i}`)}+${a("se", `q${i}`)}+${a("be", `q${i}`)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", `q${i}`),
      rules: ["capaian-mismatch", "ratio-components-mismatch"],
      truth: `${a("jml", `q${i}`)}/${a("masuk", `q${i}`)}*100`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("masuk", "th"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("masuk", "q0")}:${a("masuk", "q3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("be", "th"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("be", "q0")}:${a("be", "q3")})`,
  });
  for (const i of [0, 2, 4])
    b.ok({
      sheet: S,
      cell: u.a("pct", `j${i}`),
      rules: ["ratio-components-mismatch"],
      truth: `${u.a("tp", `j${i}`)}/${u.a("us", `j${i}`)}*100`,
    });
  b.ok({
    sheet: S,
    cell: u.a("us", "jj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${u.a("us", "j0")}:${u.a("us", "j4")})`,
  });
  b.ok({
    sheet: S,
    cell: u.a("tp", "jj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${u.a("tp", "j0")}:${u.a("tp", "j4")})`,
  });
  void sum;
  return b.finish();
}
