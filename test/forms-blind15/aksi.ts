// The Perjanjian Kinerja 2025 of a Dinas Kelautan dan Perikanan with its Rencana Aksi (targets per
// quarter: production and coached groups add their quarters up, the levels end the year at their
// Triwulan IV value, the fish consumption is measured once a year) and the Renstra 2025-2029 targets
// on a sheet of their own. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type AkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  /** Renstra targets 2025 .. 2029 */
  tg: number[];
  /** targets per quarter in the Rencana Aksi ("-" where measured once a year) */
  q: Array<number | string>;
  /** "flow": the quarters add up to the year; "level": TW IV is the year; "year": measured once */
  kind: "flow" | "level" | "year";
  neg?: boolean;
  f: string;
  pj: string;
};

type PrIn = { id: string; kode: string; prog: string; rp: number; ket: string };

const RY = [2025, 2026, 2027, 2028, 2029];

/** PK 2025, Rencana Aksi 2025 and Renstra 2025-2029 targets of the DKP of Kabupaten Lamuru. */
export function pkRencanaAksi(): BookW {
  const b = new BookW(
    "pk-rencanaaksi-dkp-lamuru.xlsx",
    "PK with Rencana Aksi and the Renstra",
    "Perjanjian Kinerja 2025 of a Dinas Kelautan dan Perikanan: statement, No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target (the year only in the title), then under it No | Kode | Program | Anggaran (Rp) | Keterangan with JUMLAH (SUM), both parties sign side by side; sheet 'Rencana Aksi 2025': No | Indikator Kinerja | Satuan | Target Tahun 2025 | 'Target per Triwulan' > TW I .. TW IV | Keterangan | Penanggung Jawab, number row (1) .. (9); production in ton and coached groups per quarter (they add up), NTN, insurance and quality shares as positions at the end of each quarter (TW IV = the year), fish consumption measured once ('-' in TW I .. III); sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > 2025 .. 2029 | Penanggung Jawab",
  );
  const S = "PK 2025";
  const SA = "Rencana Aksi 2025";
  const SR = "Renstra 2025-2029";
  const S1 = "Meningkatnya produksi perikanan tangkap dan budidaya";
  const S2 = "Meningkatnya kesejahteraan nelayan dan pembudidaya ikan";
  const S3 = "Meningkatnya konsumsi, mutu dan keamanan hasil perikanan";
  const BT = "Bidang Perikanan Tangkap";
  const BB = "Bidang Perikanan Budidaya";
  const BP = "Bidang Pengolahan dan Pemasaran Hasil Perikanan";
  const rows: AkIn[] = [
    {
      id: "tangkap",
      sas: S1,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      awal: 13_612,
      tg: [14_250, 14_900, 15_550, 16_200, 16_850],
      q: [2_850, 3_420, 4_380, 3_600],
      kind: "flow",
      f: "#,##0",
      pj: BT,
    },
    {
      id: "budidaya",
      sas: S1,
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      awal: 8_905,
      tg: [9_480, 10_050, 10_650, 11_250, 11_900],
      q: [1_920, 2_460, 2_310, 2_790],
      kind: "flow",
      f: "#,##0",
      pj: BB,
    },
    {
      id: "ntn",
      sas: S2,
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      awal: 104.12,
      tg: [104.8, 105.5, 106.2, 106.9, 107.6],
      q: [104.2, 104.45, 104.6, 104.8],
      kind: "level",
      f: DEC,
      pj: BT,
    },
    {
      id: "asuransi",
      sas: S2,
      ind: "Persentase nelayan yang terlindungi asuransi nelayan",
      sat: "%",
      awal: 18.5,
      tg: [26.5, 34, 41.5, 49, 56.5],
      q: [20, 22.5, 24, 26.5],
      kind: "level",
      f: DEC,
      pj: BT,
    },
    {
      id: "kelompok",
      sas: S2,
      ind: "Jumlah kelompok pembudidaya ikan yang dibina",
      sat: "kelompok",
      awal: 41,
      tg: [48, 50, 52, 54, 56],
      q: [6, 14, 16, 12],
      kind: "flow",
      f: "0",
      pj: BB,
    },
    {
      id: "konsumsi",
      sas: S3,
      ind: "Angka konsumsi ikan",
      sat: "kg/kapita/tahun",
      awal: 36.85,
      tg: [38.4, 40, 41.6, 43.2, 44.8],
      q: ["-", "-", "-", 38.4],
      kind: "year",
      f: DEC,
      pj: BP,
    },
    {
      id: "skp",
      sas: S3,
      ind: "Persentase unit pengolahan ikan yang memiliki Sertifikat Kelayakan Pengolahan (SKP)",
      sat: "%",
      awal: 41.5,
      tg: [48, 52, 56, 60, 64],
      q: [42, 44, 46, 48],
      kind: "level",
      f: DEC,
      pj: BP,
    },
    {
      id: "mutu",
      sas: S3,
      ind: "Persentase sampel produk perikanan yang tidak memenuhi standar mutu",
      sat: "%",
      awal: 6.8,
      tg: [4.5, 4, 3.5, 3, 2.5],
      q: [6, 5.5, 5, 4.5],
      kind: "level",
      neg: true,
      f: DEC,
      pj: BP,
    },
  ];
  // planted 1: the Rencana Aksi target 2025 of the SKP share is 52.00, the Renstra 2026 target, its
  // quarters climbing to it; the PK and the Renstra 2025 say 48.00
  const PLANT_X = { id: "skp", v: 52, q: [42, 45, 48, 52] };
  // planted 2: the third quarter of the budidaya production is 2,130 (2,310 with two digits swapped):
  // the quarters add up to 9,300, not to the year's 9,480
  const PLANT_Q = { id: "budidaya", i: 2, v: 2_130 };
  for (const x of rows) {
    if (x.kind === "flow" && sum(x.q as number[]) !== x.tg[0]) throw new Error(`pk: quarters of ${x.id}`);
    if (x.kind !== "flow" && x.q[3] !== x.tg[0]) throw new Error(`pk: TW IV of ${x.id}`);
  }
  const progs: PrIn[] = [
    {
      id: "p01",
      kode: "3.25.01",
      prog: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 9_846_212_500,
      ket: "APBD",
    },
    {
      id: "p03",
      kode: "3.25.03",
      prog: "Program Pengelolaan Perikanan Tangkap",
      rp: 6_418_750_000,
      ket: "APBD, DAK",
    },
    {
      id: "p04",
      kode: "3.25.04",
      prog: "Program Pengelolaan Perikanan Budidaya",
      rp: 4_972_300_000,
      ket: "APBD, DAK",
    },
    {
      id: "p06",
      kode: "3.25.06",
      prog: "Program Pengolahan dan Pemasaran Hasil Perikanan",
      rp: 2_185_640_000,
      ket: "APBD",
    },
  ];

  // ------------------------------------------------------------------------- PK 2025
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LAMURU",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Pelabuhan Lama No. 5 Lamuru 91872",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama: Ir. ANDI MAPPASESSU, M.Si.; Jabatan: Kepala Dinas Kelautan dan Perikanan, selanjutnya disebut pihak pertama;",
    "Nama: H. MUHAMMAD YUNUS DAENG MATTA, S.E.; Jabatan: Bupati Lamuru, selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025"], 1, { bold: true });
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "t", head: ["Target"], role: "target", year: 2025, width: 11 },
  ];
  const t = s.table({
    cols: pcols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: fmt(x.tg[0], x.f) },
    })),
  });
  s.gap();
  const prcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 10 },
    { key: "prog", head: ["Program"], width: 44 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 14 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 11 },
  ];
  const tp = s.table({
    cols: prcols,
    headerRows: 1,
    rows: [
      ...progs.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, prog: x.prog, rp: x.rp, ket: x.ket },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        cells: (c) => ({
          no: "JUMLAH",
          rp: fx(`SUM(${c.a("rp", progs[0].id)}:${c.a("rp", progs[progs.length - 1].id)})`),
        }),
      },
    ],
  });
  s.gap();
  const top = s.r;
  s.lines(["", "Pihak Kedua,", "BUPATI LAMURU,"], 2);
  s.gap(3);
  s.lines(["H. MUHAMMAD YUNUS DAENG MATTA, S.E."], 2);
  const end = s.r;
  s.r = top;
  signature(s, 4, {
    tempat: "Lamuru, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS KELAUTAN DAN PERIKANAN"],
    nama: "Ir. ANDI MAPPASESSU, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19710623 199803 1 006",
  });
  s.r = Math.max(s.r, end);

  // ------------------------------------------------------------------------- Rencana Aksi
  const r = b.sheet(SA);
  letterhead(r, ["PEMERINTAH KABUPATEN LAMURU", "DINAS KELAUTAN DAN PERIKANAN"]);
  r.lines(["RENCANA AKSI PERJANJIAN KINERJA", "TAHUN 2025"]);
  r.gap();
  const QN = ["TW I", "TW II", "TW III", "TW IV"];
  const KET = {
    flow: "Jumlah TW I s.d. TW IV = target tahunan",
    level: "Posisi akhir triwulan (kumulatif)",
    year: "Diukur akhir tahun (Susenas)",
  };
  const acols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(2)", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 14 },
    { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, num: "(4)", width: 11 },
    ...QN.map((q, i): Col => ({
      key: `q${i}`,
      head: ["Target per Triwulan", q],
      role: "target",
      year: 2025,
      num: `(${5 + i})`,
      width: 9,
    })),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(9)", width: 26 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(10)", width: 28 },
  ];
  const ta = r.table({
    cols: acols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: () => {
        const F = (v: number | string) => (typeof v === "number" ? fmt(v, x.f) : v);
        const q = x.id === PLANT_X.id ? PLANT_X.q : x.q;
        const cells: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          t: F(x.id === PLANT_X.id ? PLANT_X.v : x.tg[0]),
          ket: KET[x.kind],
          pj: x.pj,
        };
        q.forEach((v, k) => (cells[`q${k}`] = F(x.id === PLANT_Q.id && k === PLANT_Q.i ? PLANT_Q.v : v)));
        return cells;
      },
    })),
  });
  r.gap();
  r.lines([
    "Catatan: target tahunan sesuai Perjanjian Kinerja Tahun 2025 dan Renstra Dinas Kelautan dan Perikanan Tahun 2025 - 2029.",
  ]);
  r.gap();
  signature(r, 8, {
    tempat: "Lamuru, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "KABUPATEN LAMURU,"],
    nama: "Ir. ANDI MAPPASESSU, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19710623 199803 1 006",
  });

  // ------------------------------------------------------------------------- Renstra targets
  const n = b.sheet(SR);
  letterhead(n, ["PEMERINTAH KABUPATEN LAMURU", "DINAS KELAUTAN DAN PERIKANAN"]);
  n.lines([
    "Tabel 5.1",
    "Target Indikator Kinerja Sasaran Renstra Dinas Kelautan dan Perikanan Tahun 2025 - 2029",
  ]);
  n.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
    ...RY.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      width: 10,
    })),
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 28 },
  ];
  const tr = n.table({
    cols: rcols,
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: () => {
        const cells: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, x.f),
          pj: x.pj,
        };
        x.tg.forEach((v, k) => (cells[`y${k}`] = fmt(v, x.f)));
        return cells;
      },
    })),
  });
  n.gap();
  n.lines([
    "Persentase sampel produk perikanan yang tidak memenuhi standar mutu berpolaritas negatif (semakin kecil semakin baik).",
  ]);

  const Rn = (k: string, id: string) => `'${SR}'!${tr.a(k, id)}`;
  const Pk = (id: string) => `'${S}'!${t.a("t", id)}`;
  const A = (k: string, id: string) => ta.a(k, id);
  const qs = (id: string) => [0, 1, 2, 3].map((k) => A(`q${k}`, id));
  b.plant({
    at: {
      anyOf: [
        { sheet: SA, cell: A("t", PLANT_X.id) },
        { sheet: S, cell: t.a("t", PLANT_X.id) },
        { sheet: SR, cell: tr.a("y0", PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the Rencana Aksi target 2025 of the SKP share is 52.00 (its quarters climb to 52.00), the Renstra 2026 target; the PK and the Renstra 2025 target say 48.00",
    truth: Pk(PLANT_X.id),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: SA, cell: A("t", PLANT_Q.id) },
        { sheet: SA, cell: A(`q${PLANT_Q.i}`, PLANT_Q.id) },
      ],
    },
    rules: ["sum-mismatch"],
    note: "the quarterly targets of the budidaya production (a flow: 'Jumlah TW I s.d. TW IV = target tahunan') are 1,920 + 2,460 + 2,130 + 2,790 = 9,300, not the year's 9,480: TW III is 2,130 for 2,310 (two digits swapped)",
    truth: qs(PLANT_Q.id).join("+"),
  });
  for (const x of rows) {
    // PK = Renstra 2025; Rencana Aksi = PK, and = its quarters added up (flows) or TW IV (levels)
    if (x.id === PLANT_X.id) continue;
    b.ok({ sheet: S, cell: t.a("t", x.id), rules: ["cross-table-mismatch"], truth: Rn("y0", x.id) });
    if (x.id === PLANT_Q.id) continue;
    b.ok({
      sheet: SA,
      cell: A("t", x.id),
      rules: ["cross-table-mismatch", "sum-mismatch"],
      truth: Pk(x.id),
      // a position at the end of the year is not its quarters added up
      trap: x.kind === "level" ? qs(x.id).join("+") : undefined,
    });
    b.ok({
      sheet: SA,
      cell: A("q3", x.id),
      rules: ["sum-mismatch"],
      truth: x.kind === "flow" ? `${A("t", x.id)}-(${qs(x.id).slice(0, 3).join("+")})` : A("t", x.id),
    });
  }
  // the lower-is-better quality share falls from quarter to quarter and from year to year
  for (const k of [1, 2, 3])
    b.ok({ sheet: SA, cell: A(`q${k}`, "mutu"), rules: ["target-trend"], truth: A(`q${k}`, "mutu") });
  for (const k of [1, 2, 3, 4])
    b.ok({ sheet: SR, cell: tr.a(`y${k}`, "mutu"), rules: ["target-trend"], truth: tr.a(`y${k}`, "mutu") });
  b.ok({
    sheet: S,
    cell: tp.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: progs.map((x) => tp.a("rp", x.id)).join("+"),
  });
  return b.finish();
}
