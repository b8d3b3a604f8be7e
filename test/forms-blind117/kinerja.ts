// Performance tables of the Dinas Tanaman Pangan dan Hortikultura: the LKjIP 2024 measurement of an
// invented Sulawesi Selatan kabupaten (Bulu Tanete), capaian stored as fractions with a % format and
// refleksi for the lower-is-better OPT and puso rows, and the PK 2025 of the Kalimantan Barat
// provincial Dinas with its program table beside the indicator table, next to the Renstra 2025-2029
// targets under ordinal "Tahun ke-" headers. Every name and number is invented.
import { BookW, RP, fmt, fx, letterhead, predikatBaik, signature, type Col, type Row } from "../forms/kit";

const PCT = "0.00%";
const pos = (R: string, T: string) => `${R}/${T}`;
const refl = (R: string, T: string) => `(2*${T}-${R})/${T}`;

type Ind = {
  id: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipBuluTanete(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-persen-distph-bulu-tanete.xlsx",
    "LKjIP measurement with % formatted fractions (Dinas TPH)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Tanaman Pangan dan Hortikultura in Sulawesi Selatan: No | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian | Kategori | Target Akhir Renstra 2026 | Capaian thd Target Renstra; capaian as fractions with a 0.00% format (R/T, refleksi (2T-R)/T for the negatives); Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS TANAMAN PANGAN DAN HORTIKULTURA KABUPATEN BULU TANETE"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    { id: "i1", ind: "Produktivitas padi", sat: "ku/ha", r23: 54.8, t: 55.4, r: 55.9, t26: 56.5, f: "0.00" },
    {
      id: "i2",
      ind: "Produksi jagung",
      sat: "ton",
      r23: 168_400,
      t: 182_000,
      r: 171_250,
      t26: 195_000,
      f: "#,##0",
    },
    {
      id: "i3",
      ind: "Nilai Tukar Petani (NTP) subsektor tanaman pangan",
      sat: "indeks",
      r23: 103.4,
      t: 104.5,
      r: 106.12,
      t26: 107,
      f: "0.00",
    },
    {
      id: "i4",
      ind: "Persentase luas serangan OPT terhadap luas tanam padi",
      sat: "%",
      r23: 5.1,
      t: 4.5,
      r: 3.8,
      t26: 3.5,
      neg: true,
      f: "0.00",
    },
    {
      id: "i5",
      ind: "Persentase luas puso akibat banjir dan kekeringan",
      sat: "%",
      r23: 1.8,
      t: 1.2,
      r: 1.5,
      t26: 0.8,
      neg: true,
      f: "0.00",
    },
    {
      id: "i6",
      ind: "Produksi cabai besar",
      sat: "ton",
      r23: 5_870,
      t: 6_400,
      r: 5_120,
      t26: 7_000,
      f: "#,##0",
    },
  ];
  const cap = (x: Ind) => (x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t);
  if (predikatBaik(cap(rows[5]) * 100) !== "Baik") throw new Error("lkjip i6");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 11 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 11 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, width: 11 },
    { key: "c26", head: ["Capaian thd Target Renstra"], role: "capaian", fmt: PCT, width: 11 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the puso row (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i5" ? refl(c.a("r"), c.a("t")) : pos(c.a("r"), c.a("t"))),
          // planted: "Cukup" for the cabai's 80.00 % (the band > 75 - 90 is Baik)
          p: x.id === "i6" ? "Cukup" : predikatBaik(cap(x) * 100),
          t26: fmt(x.t26, x.f),
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : pos(c.a("r"), c.a("t26"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian IKU",
          c: fx(`AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Indikator 4 dan 5 berpolaritas negatif: Capaian = (2 x Target - Realisasi) / Target.",
    "- Kategori: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Bulu Tanete, 26 Februari 2025",
    jabatan: ["Kepala Dinas Tanaman Pangan dan Hortikultura,"],
    nama: "Ir. ANDI MUHAMMAD SYAHRIR, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710416 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const TOL = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the luas puso (lower is better by the note) is =R/T = 125.00 %, the formula of the positive rows; (2 x 1.2 - 1.5) / 1.2 gives 75.00 %, as the OPT row and the Renstra column compute",
    truth: refl(a("r", "i5"), a("t", "i5")),
    tol: TOL,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Cukup' for the cabai's capaian of 80.00 % (5,120 of 6,400 ton); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i6")}*100)`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules:
          x.id === "i4"
            ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
            : ["capaian-mismatch", "percent-out-of-range"],
        truth: x.neg ? refl(R, a("t", x.id)) : pos(R, a("t", x.id)),
        // the OPT row is lower is better: its capaian is the refleksi 115.56 %, not R / T 84.44 %
        trap: x.id === "i4" ? pos(R, a("t", x.id)) : undefined,
        tol: TOL,
      });
    if (x.id !== "i6" && x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)}*100)`,
      });
    b.ok({
      sheet: S,
      cell: a("c26", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(R, a("t26", x.id)) : pos(R, a("t26", x.id)),
      trap: x.neg ? pos(R, a("t26", x.id)) : undefined,
      tol: TOL,
    });
  }
  return b.finish();
}

// ============================================ PK 2025 and Renstra 2025-2029, Dinas TPH Kalimantan Barat

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkKalbar(): BookW {
  const b = new BookW(
    "pk-2025-kadis-tph-kalbar-program-berdampingan.xlsx",
    "PK 2025 with side-by-side tables and the Renstra 2025-2029 (Dinas TPH provinsi)",
    "sheet 'PK 2025': statement, then side by side (one empty column between): No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025 and No | Program | Anggaran (Rp) | Keterangan with a Jumlah; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal | 'Target Tahun ke-' > 1 .. 5 | Kondisi Akhir Periode Renstra (years only in the title)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "DINAS TANAMAN PANGAN DAN HORTIKULTURA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : Ir. HERMANUS YOHANES SINAGA, M.P. - Jabatan : Kepala Dinas Tanaman Pangan dan Hortikultura",
    "Nama : Drs. H. ABDUL RAHMAN SYARIF, M.Si. - Jabatan : Gubernur Kalimantan Barat",
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Produksi padi",
      sat: "ton GKG",
      awal: 812_500,
      tg: [835_000, 858_000, 882_000, 905_000, 930_000],
      f: "#,##0",
    },
    {
      id: "r2",
      ind: "Produktivitas padi",
      sat: "ku/ha",
      awal: 31.85,
      tg: [32.4, 33.0, 33.6, 34.2, 34.8],
      f: "0.00",
    },
    {
      id: "r3",
      ind: "Nilai Tukar Petani tanaman pangan",
      sat: "indeks",
      awal: 101.2,
      tg: [102, 103, 104, 105, 106],
      f: "0.00",
    },
    {
      id: "r4",
      ind: "Persentase kehilangan hasil akibat serangan OPT",
      sat: "%",
      awal: 3.4,
      tg: [3.2, 3.0, 2.8, 2.6, 2.4],
      neg: true,
      f: "0.00",
    },
    {
      id: "r5",
      ind: "Produksi cabai",
      sat: "ton",
      awal: 9_850,
      tg: [10_200, 10_600, 11_000, 11_400, 11_800],
      f: "#,##0",
    },
  ];
  // planted: the PK target of the produktivitas padi is 33.00, the Renstra Tahun ke-2 (2026) target
  const pkTarget = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const top = s.r;
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
        { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
        { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
      ],
      headerRows: 1,
      vmerge: ["sas"],
      rows: rows.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          sas:
            i < 4
              ? "Meningkatnya produksi dan produktivitas tanaman pangan"
              : "Meningkatnya produksi hortikultura",
          ind: x.ind,
          sat: x.sat,
          tg: fmt(pkTarget(x), x.f),
        },
      })),
    },
    1,
    top,
  );
  const progs: Array<[string, string, number]> = [
    ["g1", "3.27.01 Program Penunjang Urusan Pemerintahan Daerah Provinsi", 28_415_630_000],
    ["g2", "3.27.02 Program Penyediaan dan Pengembangan Sarana Pertanian", 41_862_500_000],
    ["g3", "3.27.03 Program Penyediaan dan Pengembangan Prasarana Pertanian", 23_150_000_000],
    ["g4", "3.27.05 Program Pengendalian dan Penanggulangan Bencana Pertanian", 6_740_250_000],
    ["g5", "3.27.07 Program Penyuluhan Pertanian", 4_385_900_000],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "pg", head: ["Program"], width: 44 },
        { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
        { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
      ],
      headerRows: 1,
      rows: [
        ...progs.map(([id, pg, rp], i): Row => ({ id, cells: { no: i + 1, pg, rp, ket: "APBD" } })),
        {
          id: "j",
          bold: true,
          span: ["no", "pg"],
          // planted: the Jumlah stops one row short (the Program Penyuluhan left out)
          cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
        },
      ],
    },
    t1.right + 2,
    top,
  );
  s.gap();
  s.lines(["Pontianak, 6 Januari 2025"], 2);
  s.lines(["Gubernur Kalimantan Barat,", "", "", "", "Drs. H. ABDUL RAHMAN SYARIF, M.Si."], 2);
  s.r -= 5;
  s.lines(
    ["Kepala Dinas,", "", "", "", "Ir. HERMANUS YOHANES SINAGA, M.P.", "NIP. 19700822 199703 1 004"],
    8,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS TANAMAN PANGAN DAN HORTIKULTURA PROVINSI KALIMANTAN BARAT"]);
  r.lines([
    "Tabel 7.1 Indikator Kinerja yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra Tahun 2025-2029",
  ]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Kinerja pada Awal Periode Renstra"], role: "kondisi-awal", width: 12 },
      ...[1, 2, 3, 4, 5].map((k): Col => ({
        key: `y${k}`,
        head: ["Target Capaian Tahun ke-", String(k)],
        role: "target",
        year: 2024 + k,
        width: 10,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
        role: "kondisi-akhir",
        year: 2029,
        width: 12,
      },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, fmt(v, x.f)])),
        ak: fmt(x.tg[4], x.f),
      },
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
    note: "PK 2025 target of the produktivitas padi is 33.00, the Renstra Tahun ke-2 (2026) target; the Renstra 2025 target is 32.40",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM over the first four programs = 100,168,380,000; with the Program Penyuluhan Pertanian's 4,385,900,000 the five give 104,554,280,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows)
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
  for (const id of ["r2", "r3", "r4"])
    b.ok({
      sheet: R,
      cell: tr.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", id),
      // a rate's kondisi akhir is the last target, not the five years added up
      trap: [1, 2, 3, 4, 5].map((k) => tr.a(`y${k}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: tr.a("y5", "r4"), rules: ["target-trend"], truth: "2.4" });
  return b.finish();
}
