// LKjIP, Perjanjian Kinerja and two recaps of the Disdukcapil of Kabupaten Lembah Sirampog (Jawa
// Tengah) and Kota Batu Pualam (Sumatera Barat): KTP-el, KIA, akta, waktu layanan, per kecamatan and
// per triwulan. Every name, person and number is invented.
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

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  r23: number;
  t: number;
  r: number;
  ta: number;
};

/** LKjIP 2024 Tabel 3.1, Kabupaten Lembah Sirampog: ROUND capaian formulas, refleksi on negatives. */
export function lkjipDukcapil(): BookW {
  const b = new BookW(
    "lkjip-2024-disdukcapil-lembah-sirampog-314.xlsx",
    "LKjIP capaian (Disdukcapil)",
    "LKjIP 2024 Tabel 3.1: merged Sasaran, Realisasi 2023, ROUND capaian formulas (refleksi for waktu layanan and pengaduan), predikat words, target akhir Renstra 2026 and capaian against it; number row '(8) = (7)/(6) x 100'",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Sasaran Dinas Kependudukan dan Pencatatan Sipil Kabupaten Lembah Sirampog Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya cakupan kepemilikan dokumen kependudukan";
  const S2 = "Meningkatnya kualitas pelayanan administrasi kependudukan";
  const ls: L[] = [
    {
      id: "ktp",
      sas: S1,
      ind: "Persentase penduduk wajib KTP yang memiliki KTP-el",
      sat: "%",
      r23: 97.12,
      t: 98.4,
      r: 98.26,
      ta: 99.5,
    },
    {
      id: "akta",
      sas: S1,
      ind: "Cakupan kepemilikan akta kelahiran anak usia 0-18 tahun",
      sat: "%",
      r23: 93.6,
      t: 95.5,
      r: 95.14,
      ta: 98,
    },
    {
      id: "kia",
      sas: S1,
      ind: "Persentase anak usia 0-17 tahun yang memiliki KIA",
      sat: "%",
      r23: 38.2,
      t: 55,
      r: 43.6,
      ta: 75,
    },
    {
      id: "waktu",
      sas: S2,
      ind: "Rata-rata waktu penerbitan akta kelahiran",
      sat: "hari",
      neg: true,
      r23: 3.8,
      t: 3,
      r: 3.4,
      ta: 2,
    },
    {
      id: "aduan",
      sas: S2,
      ind: "Jumlah pengaduan masyarakat atas layanan adminduk",
      sat: "kasus",
      neg: true,
      r23: 52,
      t: 40,
      r: 46,
      ta: 30,
    },
    {
      id: "ikm",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat (IKM) layanan adminduk",
      sat: "nilai",
      r23: 81.4,
      t: 85,
      r: 83.1,
      ta: 88,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5)", fmt: DEC, width: 11 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(6)", fmt: DEC, width: 10 },
    {
      key: "r",
      head: ["Tahun 2024", "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: DEC,
      width: 10,
    },
    {
      key: "c",
      head: ["Tahun 2024", "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7)/(6) x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", num: "(9)", width: 12 },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(10)", fmt: DEC, width: 12 },
    {
      key: "ca",
      head: ["Capaian terhadap Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(11) = (7)/(10) x 100",
      fmt: DEC,
      width: 14,
    },
  ];
  const cap = (l: L) => round(l.neg ? ((2 * l.t - l.r) / l.t) * 100 : (l.r / l.t) * 100);
  const rows: Row[] = ls.map((l, i) => ({
    id: l.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      const TA = x.a("ta");
      const wrong = l.id === "aduan"; // the R/T formula copied down onto a negative indicator
      const c = l.neg && !wrong ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
      const shown = wrong ? round((l.r / l.t) * 100) : cap(l);
      const pred = l.id === "kia" ? "Sangat Baik" : predikatBaik(shown);
      return {
        no: i + 1,
        sas: l.sas,
        ind: l.ind,
        sat: l.sat,
        r23: l.r23,
        t: l.t,
        r: l.r,
        c: fx(c),
        p: pred,
        ta: l.ta,
        ca: fx(l.neg ? `ROUND((2*${TA}-${R})/${TA}*100,2)` : `ROUND(${R}/${TA}*100,2)`),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: indikator waktu penerbitan akta dan jumlah pengaduan bersifat negatif; capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Lembah Sirampog, 20 Februari 2025",
    jabatan: ["Kepala Dinas"],
    nama: "Drs. HARYO WICAKSONO, M.Si",
    nip: "19710314 199603 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, tk = "t") => `ROUND((2*${a(tk, id)}-${a("r", id)})/${a(tk, id)}*100,2)`;
  const rt = (id: string, tk = "t") => `ROUND(${a("r", id)}/${a(tk, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "aduan") },
    rules: ["capaian-mismatch"],
    truth: refl("aduan"),
    note: "Jumlah pengaduan (negative) computed with R/T = 115.00; refleksi (2T-R)/T gives 85.00",
  });
  b.plant({
    at: { sheet: S, cell: a("p", "kia") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "kia")})`,
    note: `"Sangat Baik" for a KIA capaian of ${cap(ls[2])} (Baik)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "waktu"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("waktu"),
    trap: rt("waktu"),
  });
  b.ok({
    sheet: S,
    cell: a("ca", "waktu"),
    rules: ["capaian-mismatch"],
    truth: refl("waktu", "ta"),
    trap: rt("waktu", "ta"),
  });
  for (const id of ["ktp", "akta", "kia", "ikm"]) {
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
    b.ok({ sheet: S, cell: a("ca", id), rules: ["capaian-mismatch"], truth: rt(id, "ta") });
  }
  for (const id of ["ktp", "akta", "waktu", "ikm"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of Disdukcapil Kota Batu Pualam beside its Renstra IKU sheet (Tahun ke-1..5 of 2025-2029). */
export function pkDukcapil(): BookW {
  const b = new BookW(
    "pk-2025-disdukcapil-batu-pualam-314.xlsx",
    "Perjanjian Kinerja (Disdukcapil)",
    "PK 2025: statement lines, IKU table without a No column (Sasaran merged, Satuan, Target Tahun 2025), program table with a typed Jumlah; sheet 'Renstra IKU' with 'Tahun ke-1..5' resolved from 'Renstra 2025-2029' and Kondisi Akhir",
  );
  const R = "Renstra IKU";
  const rs = b.sheet(R);
  rs.lines(
    [
      "MATRIKS INDIKATOR KINERJA UTAMA",
      "RENSTRA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BATU PUALAM 2025-2029",
    ],
    1,
    { bold: true },
  );
  rs.gap();
  const TUJ = "Terwujudnya tertib administrasi kependudukan";
  const iku = [
    {
      id: "kia",
      sas: "Meningkatnya kepemilikan dokumen kependudukan",
      ind: "Persentase anak usia 0-17 tahun yang memiliki KIA",
      sat: "%",
      awal: 61.4,
      k: [66, 71, 75.5, 80, 84],
    },
    {
      id: "mati",
      sas: "Meningkatnya kepemilikan dokumen kependudukan",
      ind: "Rasio akta kematian terhadap jumlah peristiwa kematian",
      sat: "%",
      awal: 54.2,
      k: [60, 65, 70, 75, 80],
    },
    {
      id: "ktp",
      sas: "Meningkatnya kepemilikan dokumen kependudukan",
      ind: "Persentase penduduk wajib KTP yang memiliki KTP-el",
      sat: "%",
      awal: 97.1,
      k: [97.5, 98, 98.5, 99, 99.5],
    },
    {
      id: "waktu",
      sas: "Meningkatnya kualitas pelayanan adminduk",
      ind: "Rata-rata waktu layanan penerbitan akta kelahiran",
      sat: "hari",
      awal: 3.5,
      k: [3, 2.5, 2, 2, 1.5],
    },
    {
      id: "ikm",
      sas: "Meningkatnya kualitas pelayanan adminduk",
      ind: "Indeks Kepuasan Masyarakat layanan adminduk",
      sat: "nilai",
      awal: 80.6,
      k: [82, 83, 84, 85, 86],
    },
  ];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 24 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", fmt: DEC, width: 10 },
    ...[0, 1, 2, 3, 4].map((i): Col => ({
      key: `k${i}`,
      head: ["Target Kinerja", `Tahun ke-${i + 1}`],
      role: "target",
      year: 2025 + i,
      fmt: DEC,
      width: 10,
    })),
    { key: "ka", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC, width: 12 },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    vmerge: ["tuj", "sas"],
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        tuj: TUJ,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        k0: x.k[0],
        k1: x.k[1],
        k2: x.k[2],
        k3: x.k[3],
        k4: x.k[4],
        ka: x.k[4],
      },
    })),
  });

  const P = "PK 2025";
  const s = b.sheet(P);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BATU PUALAM"], 1, {
    bold: true,
  });
  s.gap();
  s.lines([
    "Yang bertanda tangan di bawah ini: YULIANTI RAHMAH, S.STP, M.AP, Kepala Dinas Kependudukan dan Pencatatan Sipil,",
    "berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini kepada Wali Kota Batu Pualam.",
  ]);
  s.gap();
  const pkT: Record<string, number> = { kia: 66, mati: 65, ktp: 97.5, waktu: 3, ikm: 82 };
  const pt = s.table({
    cols: [
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: iku.map((x) => ({ id: x.id, cells: { sas: x.sas, ind: x.ind, sat: x.sat, t: pkT[x.id] } })),
  });
  s.gap();
  const progs = [
    {
      id: "p1",
      nm: "2.12.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_842_150_000,
    },
    { id: "p2", nm: "2.12.02 Program Pendaftaran Penduduk", rp: 1_542_380_000 },
    { id: "p3", nm: "2.12.03 Program Pencatatan Sipil", rp: 812_640_000 },
    { id: "p4", nm: "2.12.04 Program Pengelolaan Informasi Administrasi Kependudukan", rp: 694_275_000 },
    { id: "p5", nm: "2.12.05 Program Pengelolaan Profil Kependudukan", rp: 138_900_000 },
  ];
  const JUMLAH = sum(progs.map((p) => p.rp)) - progs[3].rp;
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({ id: p.id, cells: { no: i + 1, prog: p.nm, rp: p.rp, ket: "APBD" } })),
      { id: "jml", bold: true, cells: { prog: "Jumlah", rp: JUMLAH } },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Batu Pualam, 2 Januari 2025",
    jabatan: ["Kepala Dinas Kependudukan dan Pencatatan Sipil"],
    nama: "YULIANTI RAHMAH, S.STP, M.AP",
    nip: "19800522 200212 2 003",
  });
  const ren = (id: string) => `'${R}'!${rt.a("k0", id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "mati") },
        { sheet: R, cell: rt.a("k0", "mati") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: ren("mati"),
    note: "PK target 65 for rasio akta kematian is the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 60",
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: progs.map((p) => gt.a("rp", p.id)).join("+"),
    note: `Typed Jumlah ${JUMLAH} leaves out program 2.12.04 (694,275,000); the five programs add up to ${sum(progs.map((p) => p.rp))}`,
  });
  for (const id of ["kia", "ktp", "waktu", "ikm"])
    b.ok({ sheet: P, cell: pt.a("t", id), rules: ["cross-table-mismatch"], truth: ren(id) });
  const five = (id: string) => [0, 1, 2, 3, 4].map((i) => rt.a(`k${i}`, id)).join("+");
  for (const id of ["kia", "waktu", "ikm"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k4", id),
      trap: five(id),
    });
  return b.finish();
}

/** Rekap per kecamatan (KTP-el, akta kelahiran) with a per-triwulan table below, Lembah Sirampog 2024. */
export function rekapKecamatan(): BookW {
  const b = new BookW(
    "rekap-ktp-el-akta-per-kecamatan-lembah-sirampog-314.xlsx",
    "Rekap per kecamatan (Disdukcapil)",
    "Rekap per kecamatan 2024: merged 'KTP-el' and 'Akta Kelahiran' groups, number row '(5) = (4)/(3) x 100', typed %, SUM Jumlah row with a ratio-of-totals %; a per-triwulan table below with SUM across",
  );
  const S = "Rekap Kecamatan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SIRAMPOG", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "REKAPITULASI PEREKAMAN KTP-el DAN KEPEMILIKAN AKTA KELAHIRAN PER KECAMATAN",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const kec: Array<[string, number, number, number, number]> = [
    ["Sirampog Kidul", 52_410, 51_636, 18_920, 18_768],
    ["Sirampog Lor", 47_835, 46_911, 17_340, 16_512],
    ["Karangjati", 38_260, 37_402, 13_985, 13_326],
    ["Watukumpul", 41_200, 38_048, 15_610, 14_502],
    ["Banyumudal", 29_748, 29_133, 10_874, 10_331],
    ["Kaliwadas", 33_512, 32_611, 12_206, 11_580],
    ["Gunungsari", 26_904, 26_177, 9_715, 8_126],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "wk", head: ["KTP-el", "Wajib KTP (jiwa)"], num: "(3)", fmt: INT, width: 12 },
    { key: "rk", head: ["KTP-el", "Sudah Rekam (jiwa)"], num: "(4)", fmt: INT, width: 12 },
    { key: "pk", head: ["KTP-el", "% Perekaman"], num: "(5) = (4)/(3) x 100", fmt: DEC, width: 12 },
    { key: "an", head: ["Akta Kelahiran", "Anak 0-18 Tahun (jiwa)"], num: "(6)", fmt: INT, width: 12 },
    { key: "ak", head: ["Akta Kelahiran", "Memiliki Akta (jiwa)"], num: "(7)", fmt: INT, width: 12 },
    { key: "pa", head: ["Akta Kelahiran", "% Kepemilikan"], num: "(8) = (7)/(6) x 100", fmt: DEC, width: 12 },
  ];
  const rows: Row[] = kec.map(([nm, wk, rk, an, ak], i) => ({
    id: `k${i}`,
    cells: {
      no: i + 1,
      kec: nm,
      wk,
      rk,
      pk: nm === "Watukumpul" ? 102.35 : round((rk / wk) * 100),
      an,
      ak,
      pa: round((ak / an) * 100),
    },
  }));
  const n = kec.length - 1;
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => {
      const col = (k: string) => `SUM(${x.c(k)}${x.row("k0")}:${x.c(k)}${x.row(`k${n}`)})`;
      return {
        no: "JUMLAH",
        wk: fx(col("wk")),
        rk: fx(col("rk")),
        pk: fx(`ROUND(${x.a("rk")}/${x.a("wk")}*100,2)`),
        an: fx(col("an")),
        ak: fx(col("ak")),
        pa: fx(`ROUND(${x.a("ak")}/${x.a("an")}*100,2)`),
      };
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Penerbitan dokumen kependudukan per triwulan tahun 2024 (lembar)"], 1, { bold: true });
  const tw: Array<[string, number, number, number, number]> = [
    ["Triwulan I", 13_870, 6_412, 3_418, 1_088],
    ["Triwulan II", 16_215, 7_908, 3_902, 1_229],
    ["Triwulan III", 15_940, 8_115, 3_655, 1_222],
    ["Triwulan IV", 17_305, 7_236, 4_087, 1_303],
  ];
  const qcols: Col[] = [
    { key: "tw", head: ["Periode"], width: 14 },
    { key: "ktp", head: ["KTP-el"], fmt: INT },
    { key: "kia", head: ["KIA"], fmt: INT },
    { key: "lhr", head: ["Akta Kelahiran"], fmt: INT },
    { key: "mt", head: ["Akta Kematian"], fmt: INT },
    { key: "j", head: ["Jumlah"], fmt: INT },
  ];
  const across = (x: { c: (k: string) => string; r: number }) =>
    `SUM(${x.c("ktp")}${x.r}:${x.c("mt")}${x.r})`;
  const STALE = 29_932; // cached before the Triwulan III KTP-el count was corrected
  const qrows: Row[] = tw.map(([nm, ktp, kia, lhr, mt], i) => ({
    id: `q${i}`,
    cells: (x) => ({ tw: nm, ktp, kia, lhr, mt, j: i === 2 ? fx(across(x), STALE) : fx(across(x)) }),
  }));
  qrows.push({
    id: "qj",
    bold: true,
    cells: (x) => {
      const dn = (k: string) => fx(`SUM(${x.c(k)}${x.row("q0")}:${x.c(k)}${x.row("q3")})`);
      return { tw: "Jumlah", ktp: dn("ktp"), kia: dn("kia"), lhr: dn("lhr"), mt: dn("mt"), j: fx(across(x)) };
    },
  });
  const q = s.table({ cols: qcols, headerRows: 1, rows: qrows });
  s.gap();
  signature(s, 6, {
    tempat: "Lembah Sirampog, 6 Januari 2025",
    jabatan: ["Kepala Bidang Pelayanan Pendaftaran Penduduk"],
    nama: "SITI NURJANAH, S.Sos",
    nip: "19820917 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const w = kec.findIndex((k) => k[0] === "Watukumpul");
  b.plant({
    at: { sheet: S, cell: a("pk", `k${w}`) },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `ROUND(${a("rk", `k${w}`)}/${a("wk", `k${w}`)}*100,2)`,
    note: "Watukumpul % perekaman typed 102.35; 38,048 / 41,200 x 100 = 92.35",
  });
  const row3 = (id: string) => ["ktp", "kia", "lhr", "mt"].map((k) => q.a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: q.a("j", "q2") },
    rules: ["sum-mismatch"],
    truth: row3("q2"),
    note: `Triwulan III Jumlah =SUM across with a stale cached ${STALE}; the four documents add up to ${sum(tw[2].slice(1) as number[])}`,
  });
  const avg = (k: string) => `AVERAGE(${a(k, "k0")}:${a(k, `k${n}`)})`;
  b.ok({
    sheet: S,
    cell: a("pa", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("ak", "jml")}/${a("an", "jml")}*100,2)`,
    trap: avg("pa"),
  });
  b.ok({
    sheet: S,
    cell: a("pk", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("rk", "jml")}/${a("wk", "jml")}*100,2)`,
    trap: avg("pk"),
  });
  for (const k of ["wk", "rk", "an", "ak"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: kec.map((_, i) => a(k, `k${i}`)).join("+"),
    });
  for (const i of [0, 1, 2, 4, 5, 6]) {
    b.ok({
      sheet: S,
      cell: a("pk", `k${i}`),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND(${a("rk", `k${i}`)}/${a("wk", `k${i}`)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("pa", `k${i}`),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("ak", `k${i}`)}/${a("an", `k${i}`)}*100,2)`,
    });
  }
  for (const id of ["q0", "q1", "q3", "qj"])
    b.ok({ sheet: S, cell: q.a("j", id), rules: ["sum-mismatch"], truth: row3(id) });
  for (const k of ["ktp", "kia", "lhr", "mt"])
    b.ok({
      sheet: S,
      cell: q.a(k, "qj"),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3].map((i) => q.a(k, `q${i}`)).join("+"),
    });
  return b.finish();
}

/** Realisasi anggaran per unit per triwulan beside waktu layanan per dokumen, Kota Batu Pualam 2024. */
export function rekapUnitLayanan(): BookW {
  const b = new BookW(
    "rekap-serapan-unit-waktu-layanan-batu-pualam-314.xlsx",
    "Rekap per unit + waktu layanan (Disdukcapil)",
    "Realisasi anggaran per unit kerja and triwulan (typed Jumlah, serapan formulas, TOTAL row) side by side, after one empty column, with standar vs realisasi waktu layanan per dokumen (typed refleksi capaian)",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BATU PUALAM",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Sudirman No. 8, Batu Pualam",
  ]);
  s.lines(["REKAPITULASI REALISASI ANGGARAN PER UNIT KERJA DAN WAKTU LAYANAN TAHUN ANGGARAN 2024"]);
  s.gap();
  const units: Array<[string, number, number[]]> = [
    ["Sekretariat", 6_415_300_000, [1_402_650_000, 1_618_200_000, 1_575_940_000, 1_690_310_000]],
    [
      "Bidang Pelayanan Pendaftaran Penduduk",
      1_488_600_000,
      [286_410_000, 371_250_000, 352_880_000, 401_760_000],
    ],
    ["Bidang Pelayanan Pencatatan Sipil", 786_250_000, [148_300_000, 192_475_000, 176_020_000, 214_605_000]],
    [
      "Bidang Pengelolaan Informasi Adminduk",
      671_900_000,
      [98_640_000, 165_300_000, 172_815_000, 201_450_000],
    ],
    ["Bidang Pemanfaatan Data dan Inovasi", 132_500_000, [18_250_000, 34_600_000, 31_975_000, 40_115_000]],
  ];
  const BAD = 2; // Jumlah realisasi typed with one zero too many
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "unit", head: ["Unit Kerja"], role: "penanggung-jawab", width: 30 },
    { key: "pagu", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    ...[1, 2, 3, 4].map((i): Col => ({
      key: `q${i}`,
      head: ["Realisasi Anggaran (Rp)", `TW ${["I", "II", "III", "IV"][i - 1]}`],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 15,
    })),
    {
      key: "j",
      head: ["Realisasi Anggaran (Rp)", "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "ser", head: ["Serapan (%)"], fmt: DEC, width: 10 },
  ];
  const rows: Row[] = units.map(([nm, pagu, q], i) => ({
    id: `u${i}`,
    cells: (x) => ({
      no: i + 1,
      unit: nm,
      pagu,
      q1: q[0],
      q2: q[1],
      q3: q[2],
      q4: q[3],
      j: i === BAD ? sum(q) * 10 : sum(q),
      ser: fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "unit"],
    cells: (x) => {
      const dn = (k: string) => fx(`SUM(${x.c(k)}${x.row("u0")}:${x.c(k)}${x.row("u4")})`);
      return {
        no: "TOTAL",
        pagu: dn("pagu"),
        q1: dn("q1"),
        q2: dn("q2"),
        q3: dn("q3"),
        q4: dn("q4"),
        j: dn("j"),
        ser: fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
      };
    },
  });
  const top = s.r;
  const t = s.table({ cols, headerRows: 2, rows });
  const docs: Array<[string, number, number]> = [
    ["KTP-el (cetak baru)", 1, 0.8],
    ["Kartu Identitas Anak", 1, 1.2],
    ["Akta Kelahiran", 3, 2.6],
    ["Akta Kematian", 3, 3.5],
    ["Surat Keterangan Pindah", 1, 1.3],
  ];
  const refl = (st: number, r: number) => round(((2 * st - r) / st) * 100);
  const w = s.table(
    {
      cols: [
        { key: "dok", head: ["Jenis Dokumen"], role: "indikator", width: 24 },
        {
          key: "st",
          head: ["Waktu Layanan (hari)", "Standar"],
          role: "target",
          year: 2024,
          fmt: DEC,
          width: 10,
        },
        {
          key: "re",
          head: ["Waktu Layanan (hari)", "Rata-rata Realisasi"],
          role: "realisasi",
          year: 2024,
          fmt: DEC,
          width: 11,
        },
        { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      ],
      headerRows: 2,
      rows: docs.map(([nm, st, r], i) => ({
        id: `d${i}`,
        cells: { dok: nm, st, re: r, c: nm === "Akta Kematian" ? round((r / st) * 100) : refl(st, r) },
      })),
    },
    t.right + 2,
    top,
  );
  s.gap();
  s.lines([
    "*) Waktu layanan adalah indikator negatif: capaian = (2 x standar - realisasi) / standar x 100.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Batu Pualam, 10 Januari 2025",
    jabatan: ["Sekretaris Dinas"],
    nama: "ANDI SYAHPUTRA, S.E., M.M",
    nip: "19780406 200501 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => [1, 2, 3, 4].map((i) => a(`q${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", `u${BAD}`) },
    rules: ["number-scale", "sum-mismatch"],
    truth: qs(`u${BAD}`),
    note: `Bidang Pencatatan Sipil Jumlah realisasi typed ${sum(units[BAD][2]) * 10}, ten times the four quarters (${sum(units[BAD][2])})`,
  });
  const d = (k: string, i: number) => w.a(k, `d${i}`);
  const wr = (i: number) => `ROUND((2*${d("st", i)}-${d("re", i)})/${d("st", i)}*100,2)`;
  const rt = (i: number) => `ROUND(${d("re", i)}/${d("st", i)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: d("c", 3) },
    rules: ["capaian-mismatch"],
    truth: wr(3),
    note: "Akta kematian waktu layanan (negative) typed as R/T = 116.67; refleksi gives 83.33",
  });
  for (const i of [0, 1, 2, 4])
    b.ok({ sheet: S, cell: d("c", i), rules: ["capaian-mismatch"], truth: wr(i), trap: rt(i) });
  for (const i of [0, 1, 3, 4]) {
    b.ok({ sheet: S, cell: a("j", `u${i}`), rules: ["sum-mismatch"], truth: qs(`u${i}`) });
    b.ok({
      sheet: S,
      cell: a("ser", `u${i}`),
      rules: ["serapan-over-100", "ratio-components-mismatch"],
      truth: `ROUND(${a("j", `u${i}`)}/${a("pagu", `u${i}`)}*100,2)`,
    });
  }
  for (const k of ["pagu", "q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3, 4].map((i) => a(k, `u${i}`)).join("+"),
    });
  return b.finish();
}
