// Performance tables of a Dinas Pemberdayaan Perempuan dan Perlindungan Anak: the LKjIP 2024
// measurement of the DP3AKB of Provinsi Sumatera Utara (capaian as fractions with a % format, refleksi
// on the lower-is-better perkawinan anak and kekerasan rows), the PK 2025 of the DP3A of Kota
// Selaparang (NTB) beside its Renstra 2025-2029 with ordinal Tahun ke- headers, and the IKU matrix
// 2025-2029 of the Sumatera Utara DP3AKB. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";
const rt = (R: string, T: string) => `ROUND(${R}/${T},4)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T},4)`;

// ============================================ DP3AKB Provinsi Sumatera Utara, LKjIP 2024 (Bab III)

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r22: number;
  r23: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipSumut(): BookW {
  const b = new BookW(
    "lkjip-2024-dp3akb-provsu-pengukuran.xlsx",
    "LKjIP pengukuran kinerja (DP3AKB, IPG / IDG / kekerasan / perkawinan anak)",
    "LKjIP 2024 Tabel 3.1 of the DP3AKB of Provinsi Sumatera Utara: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Realisasi Tahun Sebelumnya' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | Capaian | Predikat | Target Akhir Renstra (2026); capaian ROUND(R/T,4) shown as %, refleksi for the two lower-is-better rows; Permendagri predikat words typed; Rata-rata row; note on the scale below",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA UTARA",
    "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA",
  ]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Sasaran Strategis DP3AKB Provinsi Sumatera Utara Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya kesetaraan gender dan keberdayaan perempuan";
  const S2 = "Meningkatnya perlindungan perempuan dan anak dari tindak kekerasan";
  const S3 = "Meningkatnya pemenuhan hak anak";
  const rows: L[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Pembangunan Gender (IPG)",
      sat: "indeks",
      t: 91.6,
      r: 91.82,
      r22: 91.05,
      r23: 91.34,
      t26: 92.1,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      t: 73.5,
      r: 71.96,
      r22: 70.88,
      r23: 71.42,
      t26: 74.5,
      f: DEC,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
      sat: "%",
      t: 100,
      r: 94.38,
      r22: 90.4,
      r23: 92.15,
      t26: 100,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rasio kasus kekerasan terhadap perempuan per 10.000 penduduk perempuan",
      sat: "rasio",
      t: 2.4,
      r: 2.1,
      r22: 2.71,
      r23: 2.55,
      t26: 2.1,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: S3,
      ind: "Persentase perempuan umur 20-24 tahun yang berstatus kawin sebelum umur 18 tahun (perkawinan anak)",
      sat: "%",
      t: 6.2,
      r: 6.85,
      r22: 7.48,
      r23: 7.12,
      t26: 5.6,
      neg: true,
      f: DEC,
    },
    {
      id: "i6",
      sas: S3,
      ind: "Jumlah kabupaten/kota yang memperoleh predikat Kabupaten/Kota Layak Anak (KLA)",
      sat: "kab/kota",
      t: 18,
      r: 16,
      r22: 12,
      r23: 14,
      t26: 22,
      f: "0",
    },
  ];
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  // the stated capaian: planted, the perkawinan anak row uses R / T like the positive rows
  const shown = (x: L) => r4(x.neg && x.id !== "i4" ? (2 * x.t - x.r) / x.t : x.r / x.t);
  const avg = r4(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
  const G = "Tahun 2024";
  const P = "Realisasi Tahun Sebelumnya";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r22", head: [P, "2022"], role: "realisasi", year: 2022, width: 9 },
    { key: "r23", head: [P, "2023"], role: "realisasi", year: 2023, width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 14 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 11 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: fmt(x.r22, x.f),
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the perkawinan anak row (lower is better) has the R / T formula
          c: fx(x.neg && x.id !== "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Tinggi" for the KLA row's 88.89 %
          p: x.id === "i6" ? "Sangat Tinggi" : predikat(shown(x) * 100),
          t26: fmt(x.t26, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata Capaian Kinerja Sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),4)`),
          p: predikat(avg * 100),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator rasio kekerasan terhadap perempuan dan perkawinan anak bersifat negatif (semakin kecil semakin baik);",
    "capaian = (2 x target - realisasi) / target. Skala predikat (Permendagri 86/2017): > 90% Sangat Tinggi; > 75% - 90% Tinggi;",
    "> 65% - 75% Sedang; > 50% - 65% Rendah; <= 50% Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Medan, 26 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Dra. ROSMAIDA BR. SIREGAR, M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690814 199403 2 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const TOL = 0.0001;
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the perkawinan anak (lower is better by the note) is =ROUND(R/T,4) = 110.48 %; (2 x 6.20 - 6.85) / 6.20 gives 89.52 %, as the rasio kekerasan row computes",
    truth: refl(a("r", "i4"), a("t", "i4")),
    tol: TOL,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Tinggi' for the KLA capaian of 88.89 % (16 of 18 kab/kota); the band > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("c", "i6")}*100)`,
  });
  for (const x of rows) {
    if (x.id === "i4") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the rasio kekerasan is lower is better: its capaian is the refleksi 112.50 %, not R / T
      trap: x.neg ? rt(R, T) : undefined,
      tol: TOL,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)}*100)`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("p", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c", "avg")}*100)`,
  });
  for (const id of ["i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("t26", id),
      rules: ["target-trend"],
      truth: String(rows.find((x) => x.id === id)!.t26),
    });
  return b.finish();
}

// ============================= DP3A Kota Selaparang (NTB), PK 2025 and Renstra 2025-2029 targets

type P = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkSelaparang(): BookW {
  const b = new BookW(
    "pk-2025-dp3a-kota-selaparang-renstra.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (DP3A)",
    "sheet 'PK 2025': statement page, Tabel 1 No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; Tabel 2 No | Program | Anggaran (Rp) | Keterangan with a Jumlah =SUM; both parties sign; sheet 'Renstra': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > 1..5 | Kondisi Akhir Renstra, years only in the title 2025-2029; kondisi akhir formulas",
  );
  const S = "PK 2025";
  const R = "Renstra";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SELAPARANG", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Hj. BAIQ NURUL HIDAYATI, S.Psi., M.M. - Jabatan : Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Nama : H. LALU MUHAMMAD ZAINI, S.T., M.T. - Jabatan : Wali Kota Selaparang",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "r1",
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
      sat: "%",
      awal: 93.5,
      tg: [95, 96, 97, 98, 100],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Indeks Pembangunan Gender (IPG) Kota Selaparang",
      sat: "indeks",
      awal: 93.12,
      tg: [93.35, 93.6, 93.85, 94.1, 94.35],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Angka perkawinan anak (per 1.000 perempuan usia 15-19 tahun)",
      sat: "per 1.000",
      awal: 14.8,
      tg: [13.9, 13.1, 12.4, 11.7, 11],
      neg: true,
      f: DEC,
    },
    {
      id: "r4",
      ind: "Persentase kelurahan layak anak",
      sat: "%",
      awal: 40,
      tg: [45, 50, 55, 60, 70],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Indeks kepuasan masyarakat terhadap layanan UPTD PPA dan PUSPAGA",
      sat: "indeks",
      awal: 80.2,
      tg: [81, 82, 83, 84, 85],
      f: DEC,
    },
  ];
  // planted: the PK target of the IPG is 93.60, the Renstra target for Tahun ke-2 (2026)
  const pkT = (x: P) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Meningkatnya perlindungan dan kesetaraan bagi perempuan dan anak"
            : "Meningkatnya kualitas layanan pemenuhan hak anak",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_286_735_000],
    ["p2", "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan", 512_460_000],
    ["p3", "Program Perlindungan Perempuan", 1_046_250_000],
    ["p4", "Program Peningkatan Kualitas Keluarga", 378_900_000],
    ["p5", "Program Pengelolaan Sistem Data Gender dan Anak", 164_300_000],
    ["p6", "Program Pemenuhan Hak Anak (PHA)", 623_780_000],
    ["p7", "Program Perlindungan Khusus Anak", 1_129_640_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, prog, rp], i): Row => ({ id, cells: { no: i + 1, prog, rp, ket: "APBD 2025" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "prog"],
        // planted: one row short
        cells: (c: Ctx) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p6")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Selaparang, 2 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "Wali Kota Selaparang", "", "", "H. LALU MUHAMMAD ZAINI, S.T., M.T."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Dinas",
      "",
      "",
      "Hj. BAIQ NURUL HIDAYATI, S.Psi., M.M.",
      "NIP. 19760412 200003 2 004",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA SELAPARANG"]);
  r.lines([
    "Tabel 4.2",
    "Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "RENSTRA DP3A KOTA SELAPARANG 2025-2029",
  ]);
  r.gap();
  const Y = [1, 2, 3, 4, 5];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 10 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode RPJMD"],
        role: "kondisi-awal",
        year: 2024,
        num: 4,
        width: 12,
      },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Capaian Setiap Tahun", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: 4 + y,
        width: 10,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode RPJMD"],
        role: "kondisi-akhir",
        year: 2029,
        num: 10,
        width: 12,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(Y.map((y) => [`y${y}`, fmt(x.tg[y - 1], x.f)])),
        ak: fx(c.a("y5")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the IPG is 93.60, the Renstra Tahun ke-2 (2026) target; the Renstra Tahun ke-1 (2025) target is 93.35",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first six programs, one row short: 7,012,425,000 instead of 8,142,065,000 (Program Perlindungan Khusus Anak left out)",
    truth: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "p7")})`,
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      // rates and indices end at the last target, not the five years added up
      trap: `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r3"), rules: ["target-trend"], truth: "11" });
  return b.finish();
}

// ========================================== DP3AKB Provinsi Sumatera Utara, matriks IKU 2025-2029

type U = {
  id: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  ak: number;
  src: string;
  f: string;
};

export function ikuSumut(): BookW {
  const b = new BookW(
    "matriks-iku-dp3akb-provsu-2025-2029.xlsx",
    "IKU matrix (DP3AKB, IPG / IDG / KLA / PUSPAGA)",
    "Matriks IKU 2025-2029 of the DP3AKB of Provinsi Sumatera Utara: No | Indikator Kinerja Utama | Definisi Operasional | Formulasi Perhitungan | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 (group header written once, not merged) | Kondisi Akhir 2029 | Sumber Data; typed kondisi akhir; the perkawinan anak is lower is better",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK DAN KELUARGA BERENCANA PROVINSI SUMATERA UTARA",
  ]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Nomor 050/1187/DP3AKB/2025",
    "INDIKATOR KINERJA UTAMA (IKU) TAHUN 2025-2029",
  ]);
  s.gap();
  const rows: U[] = [
    {
      id: "u1",
      ind: "Indeks Pembangunan Gender (IPG)",
      def: "Rasio IPM perempuan terhadap IPM laki-laki",
      rumus: "IPM perempuan / IPM laki-laki x 100",
      sat: "indeks",
      awal: 91.82,
      // planted: 92.55 typed as 9.26 in 2027
      tg: [92.05, 92.3, 9.26, 92.8, 93.05],
      ak: 93.05,
      src: "BPS Provinsi Sumatera Utara",
      f: DEC,
    },
    {
      id: "u2",
      ind: "Indeks Pemberdayaan Gender (IDG)",
      def: "Peran aktif perempuan dalam kehidupan ekonomi dan politik",
      rumus: "Komposit keterlibatan perempuan di parlemen, manajer/profesional dan sumbangan pendapatan",
      sat: "indeks",
      awal: 71.96,
      tg: [72.4, 72.85, 73.3, 73.75, 74.2],
      ak: 74.2,
      src: "BPS Provinsi Sumatera Utara",
      f: DEC,
    },
    {
      id: "u3",
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
      def: "Kasus yang mendapat layanan sesuai standar dibanding kasus yang dilaporkan",
      rumus: "Kasus tertangani / kasus dilaporkan x 100%",
      sat: "%",
      awal: 94.38,
      tg: [95, 96, 97, 98, 99],
      ak: 99,
      src: "SIMFONI-PPA",
      f: DEC,
    },
    {
      id: "u4",
      ind: "Persentase perempuan umur 20-24 tahun yang berstatus kawin sebelum umur 18 tahun",
      def: "Proporsi perempuan 20-24 tahun yang menikah pertama kali sebelum 18 tahun (semakin kecil semakin baik)",
      rumus: "Perempuan 20-24 th kawin < 18 th / seluruh perempuan 20-24 th x 100%",
      sat: "%",
      awal: 6.85,
      // planted: 2028 rises to 6.30 on a falling path (5.70 in 2027, 4.90 in 2029)
      tg: [6.5, 6.1, 5.7, 6.3, 4.9],
      ak: 4.9,
      src: "BPS (Susenas)",
      f: DEC,
    },
    {
      id: "u5",
      ind: "Jumlah kabupaten/kota yang memperoleh predikat KLA",
      def: "Kabupaten/kota dengan predikat Pratama s.d. KLA dari KemenPPPA",
      rumus: "Jumlah kabupaten/kota berpredikat KLA pada tahun berjalan",
      sat: "kab/kota",
      awal: 16,
      tg: [18, 20, 22, 24, 26],
      ak: 26,
      src: "KemenPPPA",
      f: "0",
    },
    {
      id: "u6",
      ind: "Jumlah kabupaten/kota yang memiliki PUSPAGA terstandar",
      def: "Pusat Pembelajaran Keluarga yang memenuhi standar layanan",
      rumus: "Jumlah kabupaten/kota yang memiliki PUSPAGA (kumulatif)",
      sat: "kab/kota",
      awal: 11,
      tg: [13, 15, 18, 21, 24],
      ak: 24,
      src: "Laporan PUSPAGA kab/kota",
      f: "0",
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 36 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 10 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 22 },
    ],
    headerRows: 2,
    groups: "first",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fmt(x.ak, x.f),
        src: x.src,
      },
    })),
  });
  s.gap();
  s.lines([
    "Penanggung jawab seluruh IKU: Kepala Dinas, dibantu para Kepala Bidang sesuai tugas dan fungsi.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Medan, 6 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Dra. ROSMAIDA BR. SIREGAR, M.AP.",
    nip: "19690814 199403 2 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "u1") },
    rules: ["target-outlier"],
    note: "IPG target 2027 is 9.26 among targets of 92.05 .. 93.05 (the decimal point slipped); the path gives 92.55",
    truth: `(${a("y2026", "u1")}+${a("y2028", "u1")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2028", "u4") },
    rules: ["target-trend", "target-outlier"],
    note: "perkawinan anak (lower is better) rises to 6.30 in 2028 on a falling path 6.50, 6.10, 5.70, .., 4.90; between 5.70 and 4.90 it is 5.30",
    truth: `(${a("y2027", "u4")}+${a("y2029", "u4")})/2`,
  });
  for (const x of rows)
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", x.id),
      // indices, rates and cumulative counts of kab/kota end at the last target, not the sum
      trap: `SUM(${a("y2025", x.id)}:${a("y2029", x.id)})`,
    });
  b.ok({ sheet: S, cell: a("y2029", "u4"), rules: ["target-trend"], truth: "4.9" });
  b.ok({ sheet: S, cell: a("y2028", "u1"), rules: ["target-outlier"], truth: "92.8" });
  for (const id of ["u2", "u5", "u6"])
    b.ok({
      sheet: S,
      cell: a("y2029", id),
      rules: ["target-trend"],
      truth: String(rows.find((x) => x.id === id)!.ak),
    });
  return b.finish();
}
