// The Perjanjian Kinerja 2025 of a Camat in Kabupaten Gamkonora with quarterly targets (cumulative
// positions for rates and indices, per-quarter counts for the "jumlah" indicators, as the note under
// the table says), the program budget with its Jumlah, and on a second sheet the Kecamatan's Renstra
// targets 2022-2026 the PK must follow. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, type Cell, type Col, type Row } from "../forms/kit";
import { KAB } from "./common";

type KIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  level: boolean;
  neg?: boolean;
  y: number;
  q: [number, number, number, number];
  ren: [number, number, number, number, number];
  awal: number;
  f?: string;
};

const SAS1 = "Meningkatnya kualitas pelayanan publik di tingkat kecamatan";
const SAS2 = "Meningkatnya partisipasi masyarakat dalam pembangunan desa";
const SAS3 = "Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan";

/** PK 2025 of the Camat Loloda Tengah with quarterly targets, beside the Kecamatan's Renstra. */
export function pkCamat(): BookW {
  const b = new BookW(
    "pk-target-triwulan-camat-loloda-tengah.xlsx",
    "PK of a Camat with quarterly targets, beside the Renstra",
    "PK 2025 of a Camat: statement, No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target Tahun 2025 | 'Target Triwulan' > I | II | III | IV; levels cumulative, counts per quarter (by the note); program table No | Program | Anggaran (Rp) | Sumber Dana with a Jumlah row; sheet 'Renstra Kec 2022-2026': No | Indikator Kinerja | Satuan | Kondisi Awal (2021) | Target Tahun 2022 .. 2026",
  );
  const S = "PK Camat 2025";
  const R = "Renstra Kec 2022-2026";
  const s = b.sheet(S);
  letterhead(s, [`PEMERINTAH ${KAB}`, "KECAMATAN LOLODA TENGAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : MUHAMMAD RIZAL SANGADJI, S.STP., M.Si.",
    "Jabatan : Camat Loloda Tengah",
    "selanjutnya disebut pihak pertama, berjanji akan mewujudkan target kinerja tahunan dan triwulanan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["LAMPIRAN PERJANJIAN KINERJA CAMAT LOLODA TENGAH TAHUN 2025"], 1, { bold: true });
  s.gap();
  const rows: KIn[] = [
    {
      id: "a",
      sas: SAS1,
      ind: "Indeks Kepuasan Masyarakat (IKM) layanan PATEN",
      sat: "nilai",
      level: true,
      y: 84.5,
      q: [82, 83, 84, 84.5],
      ren: [80.5, 82, 83.25, 84.5, 85.5],
      awal: 78.9,
      f: DEC,
    },
    {
      id: "b",
      sas: SAS1,
      ind: "Jumlah dokumen layanan administrasi terpadu kecamatan yang diterbitkan",
      sat: "dokumen",
      level: false,
      y: 2_400,
      q: [540, 620, 610, 630],
      ren: [2_050, 2_150, 2_300, 2_400, 2_500],
      awal: 1_936,
      f: "#,##0",
    },
    {
      id: "c",
      sas: SAS1,
      ind: "Rata-rata waktu penyelesaian layanan PATEN",
      sat: "hari",
      level: true,
      neg: true,
      y: 2,
      q: [3, 3, 2, 2],
      ren: [4, 3, 3, 2, 2],
      awal: 5,
    },
    {
      id: "d",
      sas: SAS2,
      ind: "Persentase desa yang menetapkan APBDes tepat waktu",
      sat: "%",
      level: true,
      y: 100,
      q: [75, 81.25, 87.5, 100],
      ren: [62.5, 68.75, 75, 87.5, 100],
      awal: 56.25,
      f: DEC,
    },
    {
      id: "e",
      sas: SAS2,
      ind: "Jumlah kader pemberdayaan masyarakat desa yang dilatih",
      sat: "orang",
      level: false,
      y: 160,
      q: [30, 45, 50, 25],
      ren: [96, 112, 128, 160, 160],
      awal: 80,
    },
    {
      id: "f",
      sas: SAS3,
      ind: "Jumlah kejadian gangguan ketenteraman dan ketertiban umum",
      sat: "kejadian",
      level: false,
      neg: true,
      y: 24,
      q: [7, 6, 6, 5],
      ren: [36, 32, 28, 24, 20],
      awal: 41,
    },
  ];
  // planted 1: the APBDes indicator's PK target (and its Triwulan IV) is 100.00, the Renstra's 2026
  // target; the Renstra 2025 target is 87.50. planted 2: the kader quarters (30 + 45 + 50 + 25 = 150)
  // do not give the year's 160
  const WRONG_YEAR = "d";
  const SHORT_Q = "e";
  const TT = "Target Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "y", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 11 },
    { key: "q1", head: [TT, "I"], role: "target", year: 2025, width: 9 },
    { key: "q2", head: [TT, "II"], role: "target", year: 2025, width: 9 },
    { key: "q3", head: [TT, "III"], role: "target", year: 2025, width: 9 },
    { key: "q4", head: [TT, "IV"], role: "target", year: 2025, width: 9 },
  ];
  const F = (x: KIn, v: number): Cell => (x.f ? fmt(v, x.f) : v);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        y: F(x, x.y),
        q1: F(x, x.q[0]),
        q2: F(x, x.q[1]),
        q3: F(x, x.q[2]),
        q4: F(x, x.q[3]),
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: target triwulan indikator nilai, persentase dan rata-rata waktu adalah posisi kumulatif pada akhir triwulan (target triwulan IV = target tahunan);",
    "target triwulan indikator jumlah adalah target pada triwulan berkenaan (jumlah triwulan I s.d. IV = target tahunan).",
  ]);
  s.gap();
  s.lines(["Program dan Anggaran Tahun 2025"], 1, { bold: true });
  s.gap();
  const progs = [
    {
      id: "g1",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 2_146_820_000,
      sd: "DAU",
    },
    {
      id: "g2",
      nama: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
      rp: 318_450_000,
      sd: "DAU",
    },
    { id: "g3", nama: "Program Pemberdayaan Masyarakat Desa dan Kelurahan", rp: 246_700_000, sd: "DAU" },
    { id: "g4", nama: "Program Koordinasi Ketentraman dan Ketertiban Umum", rp: 158_300_000, sd: "DAU" },
    { id: "g5", nama: "Program Penyelenggaraan Urusan Pemerintahan Umum", rp: 97_250_000, sd: "PAD" },
  ];
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Program"], width: 32 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 40 },
    { key: "sd", head: ["Sumber Dana"], width: 10 },
  ];
  const pt = s.table({
    cols: pcols,
    headerRows: 1,
    rows: [
      ...progs.map((g, k): Row => ({ id: g.id, cells: { no: k + 1, nama: g.nama, rp: g.rp, sd: g.sd } })),
      // planted 3: the Jumlah stops at the fourth program
      {
        id: "jml",
        bold: true,
        cells: (c) => ({ nama: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Loloda Tengah, 3 Januari 2025"], 6);
  s.lines(["Pihak Kedua,", "BUPATI GAMKONORA,"], 2);
  s.r -= 2;
  s.lines(["Pihak Pertama,", "CAMAT LOLODA TENGAH,"], 6);
  s.gap(3);
  s.lines(["Drs. HASAN BASRI FABANYO, M.Si."], 2);
  s.r -= 1;
  s.lines(["MUHAMMAD RIZAL SANGADJI, S.STP., M.Si.", "NIP. 19850611 200312 1 002"], 6);

  // ---------------------------------------------------------------------- the Renstra on sheet 2
  const r = b.sheet(R);
  letterhead(r, [`PEMERINTAH ${KAB}`, "KECAMATAN LOLODA TENGAH"]);
  r.lines(["Tabel 5.1 Indikator Kinerja Kecamatan yang Mengacu pada Tujuan dan Sasaran RPJMD"]);
  r.gap();
  const YRS = [2022, 2023, 2024, 2025, 2026];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, width: 11 },
    ...YRS.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
  ];
  const rt2 = r.table({
    cols: rcols,
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: Object.fromEntries([
        ["no", i + 1],
        ["ind", x.ind],
        ["sat", x.sat],
        ["awal", F(x, x.awal)],
        ...YRS.map((y, k) => [`t${y}`, F(x, x.ren[k])]),
      ]),
    })),
  });
  r.gap();
  r.lines(["Sumber: Renstra Kecamatan Loloda Tengah Tahun 2022-2026 (Perubahan)"]);

  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => ["q1", "q2", "q3", "q4"].map((q) => a(q, id)).join("+");
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("y", WRONG_YEAR) },
        { sheet: R, cell: rt2.a("t2025", WRONG_YEAR) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the desa menetapkan APBDes tepat waktu is 100.00, the Renstra's 2026 target (copied from the wrong year); the Renstra 2025 target is 87.50",
    truth: `'${R}'!${rt2.a("t2025", WRONG_YEAR)}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("y", SHORT_Q) },
        { sheet: S, cell: a("q4", SHORT_Q) },
      ],
    },
    rules: ["sum-mismatch"],
    note: "quarterly targets of the kader dilatih (a count, per quarter by the note) are 30 + 45 + 50 + 25 = 150; the year's target (and the Renstra 2025) is 160",
    truth: qs(SHORT_Q),
  });
  b.plant({
    at: { sheet: S, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah of the program budget is =SUM over the first four programs (2,870,270,000); with the Program Penyelenggaraan Urusan Pemerintahan Umum (97,250,000) the five give 2,967,520,000",
    truth: progs.map((g) => pt.a("rp", g.id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== WRONG_YEAR && x.id !== SHORT_Q)
      b.ok({
        sheet: S,
        cell: a("y", x.id),
        rules: x.level ? ["cross-table-mismatch", "sum-mismatch"] : ["cross-table-mismatch"],
        truth: `'${R}'!${rt2.a("t2025", x.id)}`,
        trap: x.level ? qs(x.id) : undefined,
      });
    if (!x.level && x.id !== SHORT_Q)
      b.ok({
        sheet: S,
        cell: a("q4", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("y", x.id)}-${a("q1", x.id)}-${a("q2", x.id)}-${a("q3", x.id)}`,
      });
    if (x.level && x.id !== WRONG_YEAR)
      b.ok({ sheet: S, cell: a("q4", x.id), rules: ["target-trend"], truth: a("y", x.id) });
    if (x.neg)
      b.ok({ sheet: R, cell: rt2.a("t2026", x.id), rules: ["target-trend"], truth: String(x.ren[4]) });
  }
  return b.finish();
}
