// The LKjIP 2024 measurement table of BPBD Kabupaten Lembah Sirangkai and the Perjanjian Kinerja 2025 of
// BPBD Kota Teluk Wahana beside its Renstra IKU sheet. Every name and number is invented.
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

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  akhir: number;
};

/** LKjIP 2024, Tabel 3.3: no No column, Sasaran merged, capaian formulas (refleksi on negatives), predikat words. */
export function lkjipBpbd(): BookW {
  const b = new BookW(
    "lkjip-2024-bpbd-lembah-sirangkai-329.xlsx",
    "LKjIP capaian (BPBD)",
    "LKjIP 2024 Tabel 3.3: no No column, Sasaran merged over its indicators, Realisasi 2023 before the 2024 columns, ROUND capaian formulas with refleksi (2T-R)/T on negatives (IRBD, waktu tanggap), predikat words, target akhir Renstra 2026 and capaian against it",
  );
  const S = "Tabel 3.3";
  const s = b.sheet(S);
  s.lines(["Tabel 3.3", "Pengukuran Capaian Kinerja Sasaran BPBD Kabupaten Lembah Sirangkai Tahun 2024"]);
  s.gap();
  const S1 = "Menurunnya risiko bencana di Kabupaten Lembah Sirangkai";
  const S2 = "Meningkatnya kecepatan penanganan darurat bencana";
  const S3 = "Meningkatnya pemulihan wilayah pascabencana";
  const inds: Ind[] = [
    {
      id: "irbd",
      sas: S1,
      ind: "Indeks Risiko Bencana Daerah (IRBD)",
      sat: "indeks",
      neg: true,
      r23: 142.56,
      t: 138.2,
      r: 135.74,
      akhir: 130,
    },
    {
      id: "destana",
      sas: S1,
      ind: "Persentase nagari tangguh bencana",
      sat: "%",
      neg: false,
      r23: 38.5,
      t: 45,
      r: 46.2,
      akhir: 60,
    },
    {
      id: "wt",
      sas: S2,
      ind: "Rata-rata waktu tanggap darurat bencana",
      sat: "jam",
      neg: true,
      r23: 5.8,
      t: 5,
      r: 4.4,
      akhir: 4,
    },
    {
      id: "evak",
      sas: S2,
      ind: "Persentase korban bencana yang dievakuasi dalam 24 jam",
      sat: "%",
      neg: false,
      r23: 88.6,
      t: 92,
      r: 92.5,
      akhir: 95,
    },
    {
      id: "rumah",
      sas: S3,
      ind: "Persentase rumah rusak berat yang selesai direhabilitasi",
      sat: "%",
      neg: false,
      r23: 52.3,
      t: 80,
      r: 60,
      akhir: 100,
    },
    {
      id: "fasum",
      sas: S3,
      ind: "Persentase fasilitas umum terdampak yang dipulihkan",
      sat: "%",
      neg: false,
      r23: 61.2,
      t: 70,
      r: 66.4,
      akhir: 85,
    },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 11 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: ["Tahun 2024", "Predikat"], role: "predikat", width: 12 },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC, width: 12 },
    { key: "ca", head: ["Capaian terhadap Target Akhir Renstra (%)"], role: "capaian", fmt: DEC, width: 14 },
  ];
  const cap = (t: number, r: number, neg: boolean) => round(neg ? ((2 * t - r) / t) * 100 : (r / t) * 100);
  const rows: Row[] = inds.map((x) => ({
    id: x.id,
    cells: (c) => {
      const capF = (tk: string) =>
        x.neg && x.id !== "wt"
          ? fx(`ROUND((2*${c.a(tk)}-${c.a("r")})/${c.a(tk)}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a(tk)}*100,2)`);
      const shown = x.id === "wt" ? round((x.r / x.t) * 100) : cap(x.t, x.r, x.neg);
      return {
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: x.r23,
        t: x.t,
        r: x.r,
        c: capF("t"),
        pred: x.id === "rumah" ? "Baik" : predikatBaik(shown),
        ta: x.akhir,
        ca: x.neg
          ? fx(`ROUND((2*${c.a("ta")}-${c.a("r")})/${c.a("ta")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("ta")}*100,2)`),
      };
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows,
      {
        id: "avg",
        span: ["sas", "sat"],
        cells: (c) => ({
          sas: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "irbd")}:${c.a("c", "fasum")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator IRBD dan waktu tanggap bersifat negatif (semakin kecil semakin baik), capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (tk: string, id: string) => `(2*${a(tk, id)}-${a("r", id)})/${a(tk, id)}*100`;
  const rt = (tk: string, id: string) => `${a("r", id)}/${a(tk, id)}*100`;
  b.plant({
    at: { sheet: S, cell: a("c", "wt") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Waktu tanggap darurat (lower is better) computed R/T = 88.00; refleksi (2T-R)/T gives 112.00",
    truth: refl("t", "wt"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "rumah") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of exactly 75.00; > 65 - 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "rumah")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "irbd"),
    rules: ["capaian-mismatch"],
    truth: refl("t", "irbd"),
    trap: rt("t", "irbd"),
  });
  b.ok({
    sheet: S,
    cell: a("ca", "irbd"),
    rules: ["capaian-mismatch"],
    truth: refl("ta", "irbd"),
    trap: rt("ta", "irbd"),
  });
  b.ok({
    sheet: S,
    cell: a("ca", "wt"),
    rules: ["capaian-mismatch"],
    truth: refl("ta", "wt"),
    trap: rt("ta", "wt"),
  });
  for (const id of ["destana", "evak", "rumah", "fasum"]) {
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt("t", id) });
    b.ok({
      sheet: S,
      cell: a("ca", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: rt("ta", id),
    });
  }
  for (const id of ["irbd", "destana", "evak", "fasum"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  return b.finish();
}

/** PK 2025 of BPBD Kota Teluk Wahana (Target before Satuan, program table with Jumlah) + Renstra IKU "Tahun ke-1..5". */
export function pkBpbd(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-bpbd-teluk-wahana-329.xlsx",
    "Perjanjian Kinerja + Renstra (BPBD)",
    "PK 2025 statement, indicator table (Target 2025 then Satuan), program table with =SUM Jumlah; sheet 'IKU Renstra' with Tahun ke-1..5 of Renstra 2025-2029 and kondisi akhir",
  );
  const R = "IKU Renstra";
  const P = "PK 2025";
  const iku = [
    {
      id: "irb",
      sas: "Menurunnya indeks risiko bencana kota",
      ind: "Indeks Risiko Bencana Kota",
      sat: "indeks",
      awal: 146.2,
      k: [142, 138.5, 135, 131.5, 128],
    },
    {
      id: "ktb",
      sas: "Menurunnya indeks risiko bencana kota",
      ind: "Persentase kelurahan tangguh bencana",
      sat: "%",
      awal: 30,
      k: [36, 42, 50, 58, 65],
    },
    {
      id: "wt",
      sas: "Meningkatnya kecepatan penanganan darurat bencana",
      ind: "Rata-rata waktu tanggap darurat bencana",
      sat: "menit",
      awal: 45,
      k: [40, 35, 30, 28, 25],
    },
    {
      id: "rr",
      sas: "Meningkatnya pemulihan pascabencana",
      ind: "Persentase rumah rusak berat pascabencana yang direhabilitasi",
      sat: "%",
      awal: 55,
      k: [60, 65, 70, 75, 80],
    },
  ];
  // Renstra sheet first (the PK refers to it)
  const r = b.sheet(R);
  r.lines(["INDIKATOR KINERJA UTAMA BPBD KOTA TELUK WAHANA", "RENSTRA PERANGKAT DAERAH TAHUN 2025-2029"]);
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", num: 5, fmt: DEC, width: 10 },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `k${y}`,
      head: ["Target Kinerja", `Tahun ke-${y}`],
      role: "target",
      year: 2024 + y,
      num: 5 + y,
      fmt: DEC,
      width: 10,
    })),
    { key: "ka", head: ["Kondisi Akhir"], role: "kondisi-akhir", num: 11, fmt: DEC, width: 10 },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        k1: x.k[0],
        k2: x.k[1],
        k3: x.k[2],
        k4: x.k[3],
        k5: x.k[4],
        ka: x.k[4],
      },
    })),
  });
  // PK sheet
  const p = b.sheet(P);
  letterhead(p, ["PEMERINTAH KOTA TELUK WAHANA", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  p.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  p.gap();
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
  ];
  const PLANT_WT = iku[2].k[1]; // Tahun ke-2 (2026) instead of Tahun ke-1
  const pt = p.table({
    cols: pcols,
    headerRows: 1,
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: { no: `${i + 1}.`, sas: x.sas, ind: x.ind, t: x.id === "wt" ? PLANT_WT : x.k[0], sat: x.sat },
    })),
  });
  p.gap();
  const progs = [
    {
      id: "p1",
      nama: "1.05.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_842_315_400,
    },
    { id: "p2", nama: "1.05.03 Program Penanggulangan Bencana", rp: 4_215_600_000 },
    {
      id: "p3",
      nama: "1.05.04 Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
      rp: 1_938_250_000,
    },
  ];
  const prows: Row[] = progs.map((x, i) => ({
    id: x.id,
    cells: { no: i + 1, prog: x.nama, rp: x.rp, ket: "APBD" },
  }));
  const gt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...prows,
      {
        id: "jml",
        bold: true,
        cells: (c) => ({ prog: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p2")})`) }),
      },
    ],
  });
  p.gap();
  signature(p, 4, {
    tempat: "Teluk Wahana, 6 Januari 2025",
    jabatan: ["KEPALA PELAKSANA BPBD"],
    nama: "MOH. RIZAL LAMADJIDO, S.T., M.Si.",
    nip: "19790415 200501 1 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "wt") },
        { sheet: R, cell: rt.a("k1", "wt") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of waktu tanggap darurat is 35 menit, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 40",
    truth: `'${R}'!${rt.a("k1", "wt")}`,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM stops one row short (11,057,915,400); the three programs add up to 12,996,165,400",
    truth: `${gt.a("rp", "p1")}+${gt.a("rp", "p2")}+${gt.a("rp", "p3")}`,
  });
  for (const id of ["irb", "ktb", "rr"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("k1", id)}`,
    });
  const ks = (id: string) => [1, 2, 3, 4, 5].map((y) => rt.a(`k${y}`, id)).join("+");
  for (const x of iku)
    b.ok({
      sheet: R,
      cell: rt.a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", x.id),
      trap: ks(x.id),
    });
  return b.finish();
}
