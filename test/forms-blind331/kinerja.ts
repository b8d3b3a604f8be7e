// LKjIP capaian table and Perjanjian Kinerja (beside its IKU Renstra) of the two invented Diskominfo
// offices of set 331. Every name, person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ik = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg: boolean;
  akhir: number;
};

/** LKjIP 2024 Diskominfo Kabupaten Wae Lolo: Tabel 3.1 with ROUND capaian formulas and refleksi on negatives. */
export function lkjipKominfo(): BookW {
  const b = new BookW(
    "lkjip-2024-diskominfo-wae-lolo-331.xlsx",
    "LKjIP capaian (Diskominfo)",
    "LKjIP 2024 Tabel 3.1: merged Sasaran, 'Tahun 2024' group over Target / Realisasi / Capaian, number row with (8) = (7)/(6) x 100, ROUND capaian formulas, refleksi on two negative indicators, predikat words, target akhir Renstra",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Dinas Komunikasi, Informatika, Statistik dan Persandian",
    "Kabupaten Wae Lolo Tahun 2024",
  ]);
  s.gap();
  const A = "Meningkatnya kematangan penyelenggaraan SPBE";
  const B = "Meningkatnya kualitas layanan pengaduan dan informasi publik";
  const C = "Meningkatnya ketersediaan data statistik sektoral";
  const rows: Ik[] = [
    {
      id: "i1",
      sas: A,
      ind: "Indeks SPBE Kabupaten",
      sat: "indeks",
      r23: 2.41,
      t: 2.75,
      r: 2.68,
      neg: false,
      akhir: 3.2,
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase OPD yang terhubung jaringan intra pemerintah",
      sat: "%",
      r23: 71.05,
      t: 85,
      r: 82.35,
      neg: false,
      akhir: 100,
    },
    {
      id: "i3",
      sas: B,
      ind: "Persentase aduan SP4N-LAPOR! yang ditindaklanjuti lebih dari 5 hari kerja",
      sat: "%",
      r23: 18.6,
      t: 15,
      r: 12.4,
      neg: true,
      akhir: 8,
    },
    {
      id: "i4",
      sas: B,
      ind: "Rata-rata waktu penyelesaian permohonan informasi publik",
      sat: "hari",
      r23: 9.5,
      t: 7,
      r: 8.2,
      neg: true,
      akhir: 5,
    },
    {
      id: "i5",
      sas: B,
      ind: "Nilai keterbukaan informasi publik (Komisi Informasi Provinsi NTT)",
      sat: "nilai",
      r23: 64.2,
      t: 82,
      r: 69.8,
      neg: false,
      akhir: 90,
    },
    {
      id: "i6",
      sas: C,
      ind: "Persentase dataset prioritas yang terpublikasi di portal Satu Data",
      sat: "%",
      r23: 58,
      t: 75,
      r: 71.5,
      neg: false,
      akhir: 90,
    },
  ];
  const cap = (e: Ik) => round(e.neg ? ((2 * e.t - e.r) / e.t) * 100 : (e.r / e.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], num: "(1)", role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], num: "(2)", role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], num: "(3)", role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], num: "(4)", role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], num: "(5)", role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], num: "(6)", role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], num: "(7)", role: "realisasi", year: 2024, fmt: DEC },
    {
      key: "c",
      head: ["Tahun 2024", "Capaian (%)"],
      num: "(8) = (7)/(6) x 100",
      role: "capaian",
      year: 2024,
      fmt: DEC,
    },
    { key: "pred", head: ["Predikat"], num: "(9)", role: "predikat" },
    { key: "akhir", head: ["Target Akhir Renstra (2026)"], num: "(10)", role: "target", fmt: DEC },
  ];
  const STALE = 98.67;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      // planted: the negative row i4 keeps the positive formula copied down the column
      const f = e.neg && e.id !== "i4" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
      return {
        no: i + 1,
        sas: e.sas,
        ind: e.ind,
        sat: e.sat,
        r23: e.r23,
        t: e.t,
        r: e.r,
        c: e.id === "i6" ? fx(f, STALE) : fx(f),
        pred: predikatBaik(cap(e)),
        akhir: e.akhir,
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 dan 4 bersifat negatif (semakin kecil semakin baik);",
    "capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `(2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100`;
  const rt = (id: string) => `${a("r", id)}/${a("t", id)}*100`;
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("i4"),
    note: "rata-rata waktu penyelesaian (lower is better) computed R/T = 117.14; refleksi (2T-R)/T gives 82.86",
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch"],
    truth: rt("i6"),
    note: `=ROUND(R/T*100,2) with a stale cached ${STALE}; T 75 and R 71.5 give 95.33`,
  });
  const ok = (k: string, id: string, rules: string[], truth: string, trap?: string) =>
    b.ok({ sheet: S, cell: a(k, id), rules, truth, trap });
  ok("c", "i3", ["capaian-mismatch", "inconsistent-formula"], refl("i3"), rt("i3"));
  ok("c", "i1", ["capaian-mismatch"], rt("i1"));
  ok("c", "i2", ["capaian-mismatch"], rt("i2"));
  ok("c", "i5", ["capaian-mismatch"], rt("i5"));
  ok("pred", "i3", ["predikat-mismatch"], `PREDIKAT_BAIK(${a("c", "i3")})`);
  ok("pred", "i5", ["predikat-mismatch"], `PREDIKAT_BAIK(${a("c", "i5")})`);
  ok("pred", "i1", ["predikat-mismatch"], `PREDIKAT_BAIK(${a("c", "i1")})`);
  return b.finish();
}

/** PK 2025 Diskominfo Kota Sungai Berlian (target before satuan, program table) beside its IKU Renstra. */
export function pkKominfo(): BookW {
  const b = new BookW(
    "pk-2025-diskominfo-sungai-berlian-331.xlsx",
    "Perjanjian Kinerja (Diskominfo)",
    "PK 2025 statement, indicator table (Target before Satuan, no number row) and program table with =SUM Jumlah; sheet 'IKU Renstra' with 'Tahun - 1..5' of Renstra 2025-2029 under an unmerged group header",
  );
  const P = "PK 2025";
  const R = "IKU Renstra";
  const iku = [
    {
      sas: "Tersedianya data statistik sektoral yang akurat dan mutakhir",
      ind: "Persentase OPD yang menyajikan data statistik sektoral sesuai prinsip Satu Data",
      sat: "%",
      awal: 42,
      t: [50, 60, 70, 80, 90],
    },
    {
      sas: "Meningkatnya keterbukaan informasi publik",
      ind: "Nilai keterbukaan informasi publik",
      sat: "nilai",
      awal: 78.4,
      t: [80, 82.5, 85, 87.5, 90],
    },
    {
      sas: "Meningkatnya kematangan SPBE",
      ind: "Indeks SPBE Kota",
      sat: "indeks",
      awal: 2.47,
      t: [2.6, 2.8, 3.0, 3.2, 3.5],
    },
    {
      sas: "Meningkatnya kualitas layanan pengaduan masyarakat",
      ind: "Persentase aduan masyarakat yang diselesaikan melalui SP4N-LAPOR!",
      sat: "%",
      awal: 74.5,
      t: [78, 82, 86, 90, 94],
    },
  ];
  const p = b.sheet(P);
  const r = b.sheet(R);
  // Renstra sheet first (the PK refers to nothing by formula; both are typed)
  r.lines([
    "INDIKATOR KINERJA UTAMA DINAS KOMUNIKASI DAN INFORMATIKA KOTA SUNGAI BERLIAN",
    "RENSTRA TAHUN 2025-2029",
  ]);
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja", `Tahun - ${y}`],
      role: "target",
      year: 2024 + y,
      fmt: DEC,
    })),
    { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    groups: "first",
    rows: iku.map((e, i) => {
      const c: Record<string, number | string> = {
        no: i + 1,
        sas: e.sas,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        ka: e.t[4],
      };
      e.t.forEach((v, j) => (c[`t${j + 1}`] = v));
      return { id: `k${i}`, cells: c };
    }),
  });
  letterhead(p, ["PEMERINTAH KOTA SUNGAI BERLIAN", "DINAS KOMUNIKASI DAN INFORMATIKA"]);
  p.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama: Rahmadi Noor Fikri, S.T., M.M. - Jabatan: Kepala Dinas Komunikasi dan Informatika",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  p.gap();
  p.lines(["SASARAN STRATEGIS, INDIKATOR KINERJA DAN TARGET TAHUN 2025"]);
  p.gap();
  const WRONG = 2; // index of the indicator whose PK target is copied from Tahun - 2
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "t", head: ["Target"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: iku.map((e, i) => ({
      id: `k${i}`,
      cells: { no: i + 1, sas: e.sas, ind: e.ind, t: i === WRONG ? e.t[1] : e.t[0], sat: e.sat },
    })),
  });
  p.gap();
  const progs: Array<[string, string, number]> = [
    ["2.16.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_845_320_000],
    ["2.16.02", "Program Pengelolaan Informasi dan Komunikasi Publik", 3_612_450_000],
    ["2.16.03", "Program Pengelolaan Aplikasi Informatika", 5_928_700_000],
    ["2.20.02", "Program Penyelenggaraan Statistik Sektoral", 1_138_900_000],
    ["2.21.02", "Program Penyelenggaraan Persandian untuk Pengamanan Informasi", 487_600_000],
  ];
  const gt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([k, n, v], i): Row => ({
        id: `g${i}`,
        cells: { no: i + 1, prog: `${k} ${n}`, rp: v, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({ prog: "Jumlah", rp: fx(`SUM(${x.a("rp", "g0")}:${x.a("rp", "g3")})`) }),
      },
    ],
  });
  p.gap();
  signature(p, 3, {
    tempat: "Sungai Berlian, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
    nama: "Rahmadi Noor Fikri, S.T., M.M.",
    nip: "19800925 200501 1 004",
  });
  const total = progs.reduce((n, g) => n + g[2], 0);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", `k${WRONG}`) },
        { sheet: R, cell: rt.a("t1", `k${WRONG}`) },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("t1", `k${WRONG}`)}`,
    note: "PK 2025 target of Indeks SPBE is 2.80, the Renstra Tahun - 2 (2026) target; Tahun - 1 (2025) is 2.60",
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: progs.map((_, i) => gt.a("rp", `g${i}`)).join("+"),
    note: `Jumlah =SUM stops one row short (persandian left out): ${(total - 487_600_000).toLocaleString("en")} instead of ${total.toLocaleString("en")}`,
  });
  for (const i of [0, 1, 3])
    b.ok({
      sheet: P,
      cell: pt.a("t", `k${i}`),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("t1", `k${i}`)}`,
    });
  for (const i of [0, 1, 2, 3]) {
    const ts = [1, 2, 3, 4, 5].map((y) => rt.a(`t${y}`, `k${i}`));
    b.ok({
      sheet: R,
      cell: rt.a("ka", `k${i}`),
      rules: ["kondisi-akhir-mismatch"],
      truth: ts[4],
      trap: ts.join("+"),
    });
  }
  return b.finish();
}
