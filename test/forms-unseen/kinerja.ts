// Performance tables in layouts test/forms does not have: an LKjIP "analisis capaian" table
// (three earlier years, the year's target / realisasi / capaian, the Renstra end target and the
// capaian against it, headers in Indonesian and English), a Perjanjian Kinerja of a BPBD (IKU list
// with a SAKIP grade as a target, program and kegiatan budget with Jumlah), an IKU matrix with
// numeric targets and a formula text column, two tables stacked on one sheet between a letterhead
// and a signature, and a row-wise table with Target and Realisasi rows only. Every name and number
// is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
  type SheetW,
} from "../forms/kit";

/** 1234567 -> "1,234,567" (the notes are in English) */
const en = (n: number): string => n.toLocaleString("en-US");

// ==================================================================== LKjIP analisis capaian

type Analisis = {
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  prev: [number, number, number];
  t: number;
  r: number;
  ak: number;
};

/** LKjIP 2024 "analisis capaian": Dinas Perikanan Kabupaten Lautanjaya; Realisasi (Actual) 2021 |
 * 2022 | 2023, "Tahun 2024" over Target | Realisasi | Capaian Kinerja (%), Target Akhir Renstra
 * (2026) and the capaian against it, both capaian columns formulas (refleksi for the negative
 * indicator, as the note says). */
export function lkjipAnalisis(): BookW {
  const b = new BookW(
    "lkjip-analisis-perikanan-lautanjaya.xlsx",
    "LKjIP analisis",
    "LKjIP 2024 analisis capaian, Dinas Perikanan Kab. Lautanjaya (three earlier years, end target, Indonesian-English headers)",
  );
  const s = b.sheet("Analisis Capaian 2024");
  s.lines([
    "Tabel 3.2",
    "Analisis Capaian Kinerja Dinas Perikanan Kabupaten Lautanjaya Tahun 2024",
    "(Performance Achievement Analysis, Renstra 2021-2026)",
  ]);
  s.gap();
  const S1 = "Meningkatnya produksi perikanan";
  const S2 = "Meningkatnya kesejahteraan nelayan dan pembudidaya ikan";
  const S3 = "Meningkatnya konsumsi dan mutu hasil perikanan";
  const rows: Analisis[] = [
    {
      sas: S1,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      prev: [18_420, 19_105, 19_870],
      t: 20_500,
      r: 20_964,
      ak: 22_000,
    },
    {
      sas: S1,
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      prev: [9_640, 10_215, 10_980],
      t: 11_800,
      r: 11_356,
      ak: 13_500,
    },
    {
      sas: S2,
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      prev: [101.24, 102.05, 103.18],
      t: 104,
      r: 103.42,
      ak: 106,
    },
    {
      sas: S2,
      ind: "Persentase kehilangan hasil tangkapan pasca panen",
      sat: "%",
      neg: true,
      prev: [12.8, 11.9, 11.2],
      t: 10.5,
      r: 10.1,
      ak: 8.5,
    },
    {
      sas: S3,
      ind: "Angka konsumsi ikan",
      sat: "kg/kapita/tahun",
      prev: [38.4, 40.1, 41.6],
      t: 43,
      r: 42.35,
      ak: 46,
    },
    {
      sas: S3,
      ind: "Persentase unit pengolahan ikan yang memiliki Sertifikat Kelayakan Pengolahan (SKP)",
      sat: "%",
      prev: [41.2, 46.5, 52.3],
      t: 58,
      r: 55.1,
      ak: 70,
    },
  ];
  const WRONG_SHAPE = 3;
  const WRONG_BASE = 1;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis (Strategic Objective)"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja (Performance Indicator)"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan (Unit)"], role: "satuan", width: 12 },
      ...[2021, 2022, 2023].map((y, k): Col => ({
        key: `p${k}`,
        head: ["Realisasi (Actual)", String(y)],
        role: "realisasi",
        year: y,
      })),
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
      { key: "c", head: ["Tahun 2024", "Capaian Kinerja (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target" },
      {
        key: "cak",
        head: ["Capaian terhadap Target Akhir Renstra (%) / Achievement vs End Target"],
        role: "capaian",
        fmt: DEC,
        width: 18,
      },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i) => ({
      id: `i${i}`,
      cells: (c) => {
        const [T, R, AK] = [c.a("t"), c.a("r"), c.a("ak")];
        const kf = [x.t, x.r, x.ak, ...x.prev].every(Number.isInteger) ? INT : DEC;
        const cap = x.neg && i !== WRONG_SHAPE ? `(2*${T}-${R})/${T}*100` : `${R}/${T}*100`;
        const capAk =
          i === WRONG_BASE ? `${R}/${T}*100` : x.neg ? `(2*${AK}-${R})/${AK}*100` : `${R}/${AK}*100`;
        return {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          p0: fmt(x.prev[0], kf),
          p1: fmt(x.prev[1], kf),
          p2: fmt(x.prev[2], kf),
          t: fmt(x.t, kf),
          r: fmt(x.r, kf),
          c: fx(cap),
          ak: fmt(x.ak, kf),
          cak: fx(capAk),
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Capaian indikator negatif (semakin kecil semakin baik) = (2 x Target - Realisasi) / Target x 100%, juga terhadap target akhir Renstra.",
    "- Sumber data: Statistik Perikanan Kabupaten Lautanjaya dan Laporan Bidang, diolah.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Lautanjaya, 20 Februari 2025",
    jabatan: ["KEPALA DINAS PERIKANAN", "KABUPATEN LAUTANJAYA"],
    nama: "Ir. Hendra Gunawan Lubis, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750405 200212 1 006",
  });
  const S = t.sheet;
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  const capTruth = (i: number) =>
    rows[i].neg ? `(2*${a("t", i)}-${a("r", i)})/${a("t", i)}*100` : `${a("r", i)}/${a("t", i)}*100`;
  const akTruth = (i: number) =>
    rows[i].neg ? `(2*${a("ak", i)}-${a("r", i)})/${a("ak", i)}*100` : `${a("r", i)}/${a("ak", i)}*100`;
  const w = rows[WRONG_SHAPE];
  b.plant({
    at: { sheet: S, cell: a("c", WRONG_SHAPE) },
    rules: ["capaian-mismatch"],
    note: `kehilangan hasil pasca panen (lower is better) is computed =R/T*100 = ${round((w.r / w.t) * 100)}; (2T-R)/T gives ${round(((2 * w.t - w.r) / w.t) * 100)}, as the note and the end-target column do`,
    truth: capTruth(WRONG_SHAPE),
    tol: 1e-6,
  });
  const v = rows[WRONG_BASE];
  b.plant({
    at: { sheet: S, cell: a("cak", WRONG_BASE) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `capaian against the end target of produksi budidaya divides by the 2024 target (=R/T*100 = ${round((v.r / v.t) * 100)}); ${en(v.r)} / ${en(v.ak)} gives ${round((v.r / v.ak) * 100)}`,
    truth: akTruth(WRONG_BASE),
    tol: 1e-6,
  });
  rows.forEach((x, i) => {
    if (i !== WRONG_SHAPE)
      b.ok({
        sheet: S,
        cell: a("c", i),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: capTruth(i),
        trap: x.neg ? `${a("r", i)}/${a("t", i)}*100` : undefined,
        tol: 1e-6,
      });
    if (i !== WRONG_BASE)
      b.ok({
        sheet: S,
        cell: a("cak", i),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: akTruth(i),
        trap: x.neg ? `${a("r", i)}/${a("ak", i)}*100` : `${a("r", i)}/${a("t", i)}*100`,
        tol: 1e-6,
      });
  });
  return b.finish();
}

// ========================================================================================== PK

/** PK 2025: Badan Penanggulangan Bencana Daerah Kota Arunika; statement page and signatures,
 * then the IKU list (No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Target Tahun 2025,
 * an index target above 100, a SAKIP grade with its score as a target) and the budget table
 * (programs as SUM formulas over their kegiatan, outline numbers, a typed Jumlah). */
export function pk(): BookW {
  const b = new BookW(
    "pk-bpbd-arunika.xlsx",
    "PK",
    "Perjanjian Kinerja 2025, BPBD Kota Arunika (IKU list with a SAKIP grade, program/kegiatan budget with Jumlah)",
  );
  const s = b.sheet("PK 2025");
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "BADAN PENANGGULANGAN BENCANA DAERAH KOTA ARUNIKA"], 1, {
    span: 5,
    bold: true,
  });
  s.gap();
  s.lines(
    [
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    ],
    1,
    { span: 5 },
  );
  s.gap();
  const person = (nama: string, jabatan: string) => {
    s.put(s.r, 2, "Nama");
    s.put(s.r, 3, `: ${nama}`);
    s.put(s.r + 1, 2, "Jabatan");
    s.put(s.r + 1, 3, `: ${jabatan}`);
    s.r += 2;
  };
  const KALAK = "Drs. Yudha Prasetya Nugraha, M.Si.";
  const WALI = "H. Muhammad Iqbal Firmansyah, S.E., M.M.";
  person(KALAK, "Kepala Pelaksana BPBD Kota Arunika");
  s.lines(["selanjutnya disebut PIHAK PERTAMA"], 1, { span: 5 });
  person(WALI, "Wali Kota Arunika");
  s.lines(["selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA"], 1, { span: 5 });
  s.gap();
  s.lines(
    [
      "PIHAK PERTAMA berjanji akan mewujudkan target kinerja sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah yang telah ditetapkan dalam dokumen perencanaan.",
    ],
    1,
    { span: 5 },
  );
  s.gap();
  const sign = () => {
    const r = s.r;
    s.put(r, 4, "Arunika, 6 Januari 2025");
    s.put(r + 1, 2, "PIHAK KEDUA,");
    s.put(r + 1, 4, "PIHAK PERTAMA,");
    s.put(r + 2, 2, "WALI KOTA ARUNIKA");
    s.put(r + 2, 4, "KEPALA PELAKSANA BPBD");
    s.put(r + 6, 2, WALI);
    s.put(r + 6, 4, KALAK);
    s.put(r + 7, 4, "NIP. 19760912 199803 1 004");
    s.r = r + 8;
  };
  sign();
  s.gap(2);
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", "BPBD KOTA ARUNIKA"], 1, { span: 5, bold: true });
  s.gap();
  const SA = "Menurunnya risiko bencana daerah";
  const SB = "Meningkatnya kualitas penanganan darurat bencana";
  const SC = "Meningkatnya akuntabilitas kinerja BPBD";
  const inds: Array<{ sas: string; ind: string; sat: string; t: Cell }> = [
    { sas: SA, ind: "Indeks Risiko Bencana (IRB) Kota Arunika", sat: "indeks", t: fmt(112.45, DEC) },
    { sas: SA, ind: "Indeks Ketahanan Daerah (IKD)", sat: "indeks", t: fmt(0.62, DEC) },
    { sas: SA, ind: "Persentase kelurahan tangguh bencana", sat: "%", t: fmt(45, DEC) },
    { sas: SB, ind: "Persentase korban bencana yang tertangani dalam 24 jam", sat: "%", t: fmt(100, DEC) },
    {
      sas: SB,
      ind: "Waktu tanggap (response time) penanganan kejadian bencana",
      sat: "menit",
      t: fmt(30, INT),
    },
    { sas: SC, ind: "Nilai SAKIP BPBD", sat: "predikat (nilai)", t: "BB (80,50)" },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 16 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 14 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: `i${i}`,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.t },
    })),
  });
  s.gap();
  type Line = { id: string; no: string; u: string; rp?: number; parent?: string };
  const lines: Line[] = [
    { id: "p1", no: "1", u: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" },
    {
      id: "k11",
      no: "1.1",
      u: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      rp: 184_250_000,
      parent: "p1",
    },
    { id: "k12", no: "1.2", u: "Administrasi Keuangan Perangkat Daerah", rp: 4_962_180_000, parent: "p1" },
    { id: "k13", no: "1.3", u: "Administrasi Umum Perangkat Daerah", rp: 612_400_000, parent: "p1" },
    {
      id: "k14",
      no: "1.4",
      u: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      rp: 1_086_490_000,
      parent: "p1",
    },
    { id: "p2", no: "2", u: "Program Penanggulangan Bencana" },
    {
      id: "k21",
      no: "2.1",
      u: "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
      rp: 386_750_000,
      parent: "p2",
    },
    {
      id: "k22",
      no: "2.2",
      u: "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
      rp: 1_245_600_000,
      parent: "p2",
    },
    {
      id: "k23",
      no: "2.3",
      u: "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
      rp: 1_028_300_000,
      parent: "p2",
    },
    {
      id: "k24",
      no: "2.4",
      u: "Penataan Sistem Dasar Penanggulangan Bencana",
      rp: 254_100_000,
      parent: "p2",
    },
  ];
  const total = sum(lines.filter((x) => x.rp).map((x) => x.rp!));
  const typedTotal = 9_670_070_000;
  if (typedTotal === total) throw new Error("PK: the planted Jumlah must be wrong");
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "u", head: ["Program / Kegiatan"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...lines.map((x): Row => ({
        id: x.id,
        bold: !x.parent,
        cells: (c) => {
          const kids = lines.filter((k) => k.parent === x.id);
          const rp: Cell = kids.length
            ? fx(`SUM(${c.a("rp", kids[0].id)}:${c.a("rp", kids[kids.length - 1].id)})`)
            : x.rp;
          return { no: x.parent ? x.no : Number(x.no), u: x.u, rp, ket: x.parent ? "APBD" : undefined };
        },
      })),
      { id: "jml", bold: true, span: ["no", "u"], cells: { no: "Jumlah", rp: typedTotal } },
    ],
  });
  s.gap();
  sign();
  const S = t1.sheet;
  const sakipCell = t1.a("t", "i5");
  b.plant({
    at: { sheet: S, cell: sakipCell },
    rules: ["sakip-grade-mismatch"],
    note: 'PK target "BB (80,50)": a SAKIP score of 80.50 is A (BB is > 70 to 80)',
    truth: `SAKIP(SCORE(${sakipCell}))`,
    actual: `GRADE(${sakipCell})`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah is a typed ${en(typedTotal)}; the two programs add up to ${en(total)}`,
    truth: `${t2.a("rp", "p1")}+${t2.a("rp", "p2")}`,
    tol: 0.5,
  });
  for (const p of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: t2.a("rp", p),
      rules: ["sum-mismatch", "inconsistent-formula"],
      truth: lines
        .filter((k) => k.parent === p)
        .map((k) => t2.a("rp", k.id))
        .join("+"),
      tol: 0.5,
    });
  for (const id of ["k11", "k14", "k21", "k24"]) {
    b.ok({ sheet: S, cell: t2.a("rp", id), rules: ["hardcoded-value"], truth: t2.a("rp", id) });
    b.ok({ sheet: S, cell: t2.a("no", id), rules: ["text-number"], truth: t2.a("no", id) });
  }
  for (const i of [0, 1]) {
    const cell = t1.a("t", `i${i}`);
    b.ok({ sheet: S, cell, rules: ["percent-out-of-range", "target-outlier"], truth: cell });
  }
  return b.finish();
}

// ========================================================================================= IKU

/** IKU matrix: Dinas Kesehatan Kabupaten Sekarwangi, Renstra 2025-2029: definition, a formula
 * text column ("... x 100.000"), Satuan, Kondisi Awal, "Target Kinerja" > Th. 2025 .. Th. 2029,
 * Kondisi Akhir, Sumber Data and Penanggung Jawab; numeric targets, three of them lower-is-better. */
export function iku(): BookW {
  const b = new BookW(
    "iku-dinkes-sekarwangi.xlsx",
    "IKU",
    "IKU matrix with numeric targets and a formula text column, Dinas Kesehatan Kab. Sekarwangi 2025-2029 (Th. 2025 .. Th. 2029)",
  );
  const s = b.sheet("IKU Dinkes");
  letterhead(s, ["PEMERINTAH KABUPATEN SEKARWANGI", "DINAS KESEHATAN"]);
  s.lines([
    "INDIKATOR KINERJA UTAMA (IKU) DINAS KESEHATAN KABUPATEN SEKARWANGI",
    "RENSTRA PERANGKAT DAERAH TAHUN 2025-2029",
  ]);
  s.gap();
  const SA = "Meningkatnya derajat kesehatan masyarakat";
  const SB = "Meningkatnya akses dan mutu pelayanan kesehatan";
  type Ik = {
    sas: string;
    ind: string;
    def: string;
    rumus: string;
    sat: string;
    neg?: boolean;
    awal: number;
    t: number[];
    sd: string;
    pj: string;
  };
  const rows: Ik[] = [
    {
      sas: SA,
      ind: "Angka Kematian Ibu (AKI)",
      def: "Jumlah kematian ibu selama kehamilan, persalinan dan nifas per 100.000 kelahiran hidup",
      rumus: "(Jumlah kematian ibu / Jumlah kelahiran hidup) x 100.000",
      sat: "per 100.000 KH",
      neg: true,
      awal: 112.6,
      t: [108, 104, 100, 96, 92],
      sd: "Profil Kesehatan, Bidang Kesmas",
      pj: "Bidang Kesehatan Masyarakat",
    },
    {
      sas: SA,
      ind: "Angka Kematian Bayi (AKB)",
      def: "Jumlah kematian bayi usia 0-11 bulan per 1.000 kelahiran hidup",
      rumus: "(Jumlah kematian bayi 0-11 bulan / Jumlah kelahiran hidup) x 1.000",
      sat: "per 1.000 KH",
      neg: true,
      awal: 9.8,
      t: [9.5, 9.2, 8.9, 8.6, 8.3],
      sd: "Profil Kesehatan, Bidang Kesmas",
      pj: "Bidang Kesehatan Masyarakat",
    },
    {
      sas: SA,
      ind: "Prevalensi stunting pada balita",
      def: "Persentase balita dengan tinggi badan menurut umur di bawah -2 SD standar WHO",
      rumus: "(Jumlah balita stunting / Jumlah balita yang diukur) x 100%",
      sat: "%",
      neg: true,
      awal: 18.4,
      t: [16.5, 14.8, 13.2, 11.6, 10],
      sd: "e-PPGBM, SSGI",
      pj: "Bidang Kesehatan Masyarakat",
    },
    {
      sas: SA,
      ind: "Umur Harapan Hidup (UHH)",
      def: "Rata-rata tahun hidup yang masih akan dijalani oleh bayi yang baru lahir",
      rumus: "Angka UHH hasil penghitungan BPS",
      sat: "tahun",
      awal: 73.42,
      t: [73.55, 73.68, 73.81, 73.94, 74.07],
      sd: "BPS Kabupaten Sekarwangi",
      pj: "Sekretariat",
    },
    {
      sas: SB,
      ind: "Persentase penduduk yang memiliki jaminan kesehatan (UHC)",
      def: "Penduduk yang terdaftar sebagai peserta JKN terhadap seluruh penduduk",
      rumus: "(Jumlah peserta JKN / Jumlah penduduk) x 100%",
      sat: "%",
      awal: 96.2,
      t: [97, 97.5, 98, 98.5, 99],
      sd: "BPJS Kesehatan Cabang Sekarwangi",
      pj: "Bidang Pelayanan Kesehatan",
    },
    {
      sas: SB,
      ind: "Indeks Kepuasan Masyarakat terhadap layanan kesehatan",
      def: "Hasil survei kepuasan masyarakat atas layanan puskesmas dan RSUD",
      rumus: "Nilai IKM sesuai PermenPANRB Nomor 14 Tahun 2017",
      sat: "nilai",
      awal: 81.35,
      t: [82, 83, 84, 85, 86],
      sd: "Laporan SKM",
      pj: "Bidang Pelayanan Kesehatan",
    },
  ];
  const UHH = 3;
  const UHC = 4;
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 36 },
    { key: "rumus", head: ["Formula Perhitungan"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal" },
    ...years.map((y, k): Col => ({
      key: `y${k}`,
      head: ["Target Kinerja", `Th. ${y}`],
      role: "target",
      year: y,
    })),
    { key: "akhir", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir" },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 22 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 24 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i) => {
      const c: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, DEC),
        akhir: fmt(i === UHH ? 74.7 : x.t[4], DEC),
        sd: x.sd,
        pj: x.pj,
      };
      x.t.forEach((v, k) => (c[`y${k}`] = fmt(i === UHC && k === 2 ? 9.8 : v, DEC)));
      return { id: `i${i}`, cells: c };
    }),
  });
  s.gap();
  signature(s, 12, {
    tempat: "Sekarwangi, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN SEKARWANGI"],
    nama: "dr. Ratna Dewi Anggraeni, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19770318 200501 2 009",
  });
  const S = t.sheet;
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  b.plant({
    at: { sheet: S, cell: a("akhir", UHH) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of UHH (a level) is 74.70; the Th. 2029 target is 74.07",
    truth: a("y4", UHH),
  });
  b.plant({
    at: { sheet: S, cell: a("y2", UHC) },
    rules: ["target-outlier", "number-scale"],
    note: "UHC target Th. 2027 is 9.80 between 97.50 and 98.50 (a decimal point one place off: 98.00)",
    truth: `(${a("y1", UHC)}+${a("y3", UHC)})/2`,
  });
  rows.forEach((x, i) => {
    if (i !== UHH)
      b.ok({
        sheet: S,
        cell: a("akhir", i),
        rules: ["kondisi-akhir-mismatch"],
        truth: a("y4", i),
        trap: [0, 1, 2, 3, 4].map((k) => a(`y${k}`, i)).join("+"),
      });
    if (x.neg)
      for (let k = 0; k < 5; k++) {
        const cell = a(`y${k}`, i);
        b.ok({ sheet: S, cell, rules: ["target-trend", "target-outlier"], truth: cell });
      }
  });
  return b.finish();
}

// ======================================================================= two tables stacked

/** Two tables stacked on one sheet: DPMPTSP Kota Cahayabumi; a letterhead, Tabel 2.1 (indicators,
 * Target / Realisasi / Rasio Capaian over 2022-2024), two blank rows, Tabel 2.2 (retribusi of TA
 * 2024: target, realisasi above it, capaian, Lebih/(Kurang), Jumlah), a note and a signature. */
export function susun(): BookW {
  const b = new BookW(
    "susun-dpmptsp-cahayabumi.xlsx",
    "stacked",
    "Two tables stacked on one sheet between a letterhead and a signature, DPMPTSP Kota Cahayabumi (revenue above target)",
  );
  const s = b.sheet("Kinerja Pelayanan");
  letterhead(s, [
    "PEMERINTAH KOTA CAHAYABUMI",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
    "Jl. Merdeka Timur No. 8, Cahayabumi 57123, Telp. (0271) 765432, Laman: dpmptsp.cahayabumi.example.go.id",
  ]);
  s.lines(["Tabel 2.1", "Pencapaian Kinerja Pelayanan DPMPTSP Kota Cahayabumi Tahun 2022-2024"]);
  s.gap();
  type Ind = { ind: string; sat: string; neg?: boolean; t: number[]; r: number[] };
  const inds: Ind[] = [
    {
      ind: "Indeks Kepuasan Masyarakat (IKM) pelayanan perizinan",
      sat: "nilai",
      t: [84, 85, 86],
      r: [84.62, 85.9, 85.45],
    },
    {
      ind: "Persentase perizinan yang diterbitkan tepat waktu sesuai SOP",
      sat: "%",
      t: [92, 94, 96],
      r: [93.4, 95.1, 97.2],
    },
    {
      ind: "Jumlah pengaduan pelayanan perizinan",
      sat: "pengaduan",
      neg: true,
      t: [60, 55, 50],
      r: [58, 61, 44],
    },
    {
      ind: "Nilai realisasi investasi (PMA dan PMDN)",
      sat: "miliar rupiah",
      t: [1_250, 1_400, 1_550],
      r: [1_318.6, 1_452.75, 1_612.4],
    },
    {
      ind: "Jumlah Nomor Induk Berusaha (NIB) yang diterbitkan melalui OSS",
      sat: "dokumen",
      t: [3_200, 3_500, 3_800],
      r: [3_412, 3_687, 4_105],
    },
  ];
  const years = [2022, 2023, 2024];
  const cap = (x: Ind, k: number) =>
    round(x.neg ? ((2 * x.t[k] - x.r[k]) / x.t[k]) * 100 : (x.r[k] / x.t[k]) * 100);
  const PLANT_I = 1;
  const PLANT_K = 1;
  const planted = 110.17;
  if (Math.abs(cap(inds[PLANT_I], PLANT_K) - planted) < 0.06)
    throw new Error("stacked: planted capaian must be wrong");
  const cols1: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    ...years.map((y, k): Col => ({ key: `t${k}`, head: ["Target", String(y)], role: "target", year: y })),
    ...years.map((y, k): Col => ({
      key: `r${k}`,
      head: ["Realisasi", String(y)],
      role: "realisasi",
      year: y,
    })),
    ...years.map((y, k): Col => ({
      key: `c${k}`,
      head: ["Rasio Capaian (%)", String(y)],
      role: "capaian",
      year: y,
      fmt: DEC,
    })),
  ];
  const t1 = s.table({
    cols: cols1,
    headerRows: 2,
    rows: inds.map((x, i) => {
      const kf = [...x.t, ...x.r].every(Number.isInteger) ? INT : DEC;
      const c: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat };
      years.forEach((_, k) => {
        c[`t${k}`] = fmt(x.t[k], kf);
        c[`r${k}`] = fmt(x.r[k], kf);
        c[`c${k}`] = i === PLANT_I && k === PLANT_K ? planted : cap(x, k);
      });
      return { id: `i${i}`, cells: c };
    }),
  });
  s.gap(2);
  s.lines(["Tabel 2.2 Target dan Realisasi Pendapatan Retribusi DPMPTSP Kota Cahayabumi TA 2024"]);
  type Ret = { id: string; u: string; t: number; r: number };
  const ret: Ret[] = [
    { id: "pbg", u: "Retribusi Persetujuan Bangunan Gedung (PBG)", t: 4_850_000_000, r: 5_318_472_500 },
    {
      id: "pptka",
      u: "Retribusi Perpanjangan Pengesahan Rencana Penggunaan Tenaga Kerja Asing (RPTKA)",
      t: 180_000_000,
      r: 168_450_000,
    },
    { id: "ling", u: "Retribusi Pelayanan Persetujuan Lingkungan", t: 320_000_000, r: 341_275_000 },
  ];
  const totT = sum(ret.map((x) => x.t));
  const totR = sum(ret.map((x) => x.r));
  const typedR = 5_882_197_500;
  if (typedR === totR) throw new Error("stacked: the planted Jumlah must be wrong");
  const SEL = "#,##0;(#,##0)";
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "u", head: ["Uraian"], width: 40 },
      {
        key: "t",
        head: ["Target Pendapatan TA 2024 (Rp)"],
        role: "anggaran",
        year: 2024,
        fmt: RP,
        width: 18,
      },
      {
        key: "r",
        head: ["Realisasi TA 2024 (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 18,
      },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "sel", head: ["Lebih/(Kurang) (Rp)"], fmt: SEL, width: 16 },
    ],
    headerRows: 1,
    rows: [
      ...ret.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, u: x.u, t: x.t, r: x.r, c: round((x.r / x.t) * 100), sel: x.r - x.t },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "u"],
        cells: { no: "Jumlah", t: totT, r: typedR, c: round((totR / totT) * 100), sel: totR - totT },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: rasio capaian indikator negatif (jumlah pengaduan) = (2 x target - realisasi) / target x 100%.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Cahayabumi, 27 Januari 2025",
    jabatan: ["KEPALA DINAS PENANAMAN MODAL DAN", "PELAYANAN TERPADU SATU PINTU", "KOTA CAHAYABUMI"],
    nama: "Dra. Siti Nurhaliza Rahmawati, M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780224 200312 2 005",
  });
  const S = t1.sheet;
  const a = (k: string, i: number) => t1.a(k, `i${i}`);
  const truthOf = (i: number, k: number) => {
    const [T, R] = [a(`t${k}`, i), a(`r${k}`, i)];
    return inds[i].neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
  };
  b.plant({
    at: { sheet: S, cell: a(`c${PLANT_K}`, PLANT_I) },
    rules: ["capaian-mismatch"],
    note: `rasio capaian 2023 of perizinan tepat waktu is ${planted}; 95.10 / 94 gives ${cap(inds[PLANT_I], PLANT_K)}`,
    truth: truthOf(PLANT_I, PLANT_K),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("r", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah realisasi is a typed ${en(typedR)}; the three retribusi add up to ${en(totR)}`,
    truth: ret.map((x) => t2.a("r", x.id)).join("+"),
    tol: 0.5,
  });
  inds.forEach((x, i) =>
    years.forEach((_, k) => {
      if (i === PLANT_I && k === PLANT_K) return;
      const [T, R] = [a(`t${k}`, i), a(`r${k}`, i)];
      b.ok({
        sheet: S,
        cell: a(`c${k}`, i),
        rules: ["capaian-mismatch"],
        truth: truthOf(i, k),
        trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
      });
    }),
  );
  for (const x of ret)
    b.ok({
      sheet: S,
      cell: t2.a("c", x.id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: `ROUND(${t2.a("r", x.id)}/${t2.a("t", x.id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: t2.a("t", "jml"),
    rules: ["sum-mismatch"],
    truth: ret.map((x) => t2.a("t", x.id)).join("+"),
    tol: 0.5,
  });
  for (const x of ret)
    b.ok({
      sheet: S,
      cell: t2.a("sel", x.id),
      rules: ["sum-mismatch"],
      truth: `${t2.a("r", x.id)}-${t2.a("t", x.id)}`,
      tol: 0.5,
    });
  return b.finish();
}

// ============================================================ row-wise, Target / Realisasi only

/** Row-wise table without capaian rows: Dinas PUPR Kabupaten Tirtakencana, Target and Realisasi
 * rows per indicator, 2021-2024 under a merged "Tahun", and a "Kondisi s.d. 2024" column (the sum
 * for counts, the last value for percentages and indices). */
export function barisTR(): BookW {
  const b = new BookW(
    "baris-tr-pupr-tirtakencana.xlsx",
    "row-wise T/R",
    "Row-wise table with Target / Realisasi rows only, Dinas PUPR Kab. Tirtakencana 2021-2024 (s.d. column)",
  );
  const s: SheetW = b.sheet("Tabel 3.5");
  s.lines([
    "Tabel 3.5",
    "Target dan Realisasi Indikator Kinerja Utama Tahun 2021-2024",
    "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Tirtakencana",
  ]);
  s.gap();
  type Tr = { ind: string; sat: string; flow?: boolean; t: number[]; r: number[] };
  const inds: Tr[] = [
    {
      ind: "Persentase jalan kabupaten dalam kondisi mantap",
      sat: "%",
      t: [68, 71, 74, 77],
      r: [67.35, 70.82, 74.6, 76.94],
    },
    {
      ind: "Panjang jalan kabupaten yang ditingkatkan",
      sat: "km",
      flow: true,
      t: [32, 35, 38, 40],
      r: [31.4, 36.2, 37.85, 40.6],
    },
    {
      ind: "Jumlah rumah tidak layak huni yang ditangani",
      sat: "unit",
      flow: true,
      t: [950, 1_000, 1_100, 1_150],
      r: [982, 1_092, 1_105, 1_163],
    },
    {
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      sat: "%",
      t: [78, 81, 84, 87],
      r: [78.6, 80.45, 84.9, 86.2],
    },
    {
      ind: "Indeks kepuasan masyarakat terhadap layanan jasa konstruksi",
      sat: "nilai",
      t: [80, 81, 82, 83],
      r: [80.4, 81.7, 81.2, 83.5],
    },
  ];
  const years = [2021, 2022, 2023, 2024];
  const SCALE_I = 2;
  const SCALE_K = 1;
  const SD_I = 1;
  const sdOf = (x: Tr, v: number[]) => (x.flow ? round(sum(v), 4) : v[3]);
  const rows: Row[] = [];
  inds.forEach((x, i) => {
    const kf = [...x.t, ...x.r].every(Number.isInteger) ? INT : DEC;
    const base = { no: i + 1, ind: x.ind, sat: x.sat };
    const y = (vals: number[]) => Object.fromEntries(vals.map((v, k) => [`y${k}`, fmt(v, kf)]));
    const r = [...x.r];
    if (i === SCALE_I) r[SCALE_K] = x.r[SCALE_K] / 1000;
    const sdR = i === SD_I ? sdOf(x, x.r) - 1 : sdOf(x, x.r);
    rows.push({ id: `t${i}`, cells: { ...base, u: "Target", ...y(x.t), sd: fmt(sdOf(x, x.t), kf) } });
    rows.push({
      id: `r${i}`,
      cells: { ...base, u: "Realisasi", ...y(r), sd: fmt(sdR, i === SCALE_I ? INT : kf) },
    });
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], width: 40 },
      { key: "sat", head: ["Satuan"], width: 10 },
      { key: "u", head: ["Uraian"], width: 12 },
      ...years.map((yr, k): Col => ({ key: `y${k}`, head: ["Tahun", String(yr)] })),
      { key: "sd", head: ["Kondisi s.d. 2024"], width: 14 },
    ],
    headerRows: 2,
    vmerge: ["no", "ind", "sat"],
    rows,
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi s.d. 2024 untuk indikator persentase dan indeks adalah kondisi tahun 2024; untuk indikator jumlah dan panjang adalah akumulasi 2021-2024.",
  ]);
  const S = t.sheet;
  const yk = (k: number, id: string) => t.a(`y${k}`, id);
  b.plant({
    at: { sheet: S, cell: yk(SCALE_K, `r${SCALE_I}`) },
    rules: ["number-scale"],
    note: "realisasi 2022 of RTLH ditangani is 1.092 (units among 950-1,163, the s.d. 2024 total takes 1,092): a thousands dot read as a decimal point",
    truth: `${t.a("sd", `r${SCALE_I}`)}-${yk(0, `r${SCALE_I}`)}-${yk(2, `r${SCALE_I}`)}-${yk(3, `r${SCALE_I}`)}`,
  });
  const x = inds[SD_I];
  b.plant({
    at: { sheet: S, cell: t.a("sd", `r${SD_I}`) },
    rules: ["sum-mismatch"],
    note: `realisasi s.d. 2024 of jalan ditingkatkan is ${round(sum(x.r) - 1)} km; 2021-2024 add up to ${round(sum(x.r))}`,
    truth: [0, 1, 2, 3].map((k) => yk(k, `r${SD_I}`)).join("+"),
  });
  inds.forEach((x, i) => {
    for (const u of ["t", "r"]) {
      const id = `${u}${i}`;
      if ((i === SD_I || i === SCALE_I) && u === "r") continue;
      const all = [0, 1, 2, 3].map((k) => yk(k, id)).join("+");
      if (x.flow) b.ok({ sheet: S, cell: t.a("sd", id), rules: ["sum-mismatch"], truth: all });
      else b.ok({ sheet: S, cell: t.a("sd", id), rules: ["sum-mismatch"], truth: yk(3, id), trap: all });
    }
  });
  return b.finish();
}
