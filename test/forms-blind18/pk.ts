// A Perjanjian Kinerja Perubahan 2025 of a Dinas Sosial in Papua: the statement, the indicator table
// with "Target Kinerja 2025" > Semula | Menjadi and the program table with the budget before and after
// the amendment on the same sheet, and the Renstra 2025-2029 targets (ordinal "Tahun ke-1 .. ke-5",
// the years in the title only) on a sheet of their own. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, sum, type Cell, type Col, type Row } from "../forms/kit";
import { NEG, plus } from "./common";

type KIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number | string;
  tg: number[];
  flow?: boolean;
  neg?: boolean;
  /** the amended target and why */
  ubah?: { v: number; why: string };
  f: string;
};

const YRS = [2025, 2026, 2027, 2028, 2029];

/** PK Perubahan 2025 and Renstra 2025-2029 of the Dinas Sosial, Kabupaten Yawa Onate. */
export function pkYawaOnate(): BookW {
  const b = new BookW(
    "pk-semula-menjadi-dinsos-yawaonate.xlsx",
    "PK Perubahan with the Renstra",
    "Perjanjian Kinerja Perubahan 2025 (Dinas Sosial): statement, then No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Target Kinerja 2025' > Semula | Menjadi | Keterangan; under it No | Kode | Program | 'Anggaran (Rp)' > Semula | Menjadi | Bertambah / (Berkurang) with a JUMLAH; both parties sign side by side; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > Tahun ke-1 .. Tahun ke-5 | Kondisi Akhir Periode Renstra, the years in the title only; a lower-is-better PMKS share; a count of KPM graduating (its kondisi akhir the sum by the note)",
  );
  const S = "PK Perubahan 2025";
  const SR = "Renstra 2025-2029";
  const S1 = "Meningkatnya pemenuhan kebutuhan dasar dan perlindungan sosial PPKS";
  const S2 = "Meningkatnya kemandirian keluarga miskin";
  const rows: KIn[] = [
    {
      id: "k1",
      sas: S1,
      ind: "Persentase PPKS yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      awal: 71.4,
      tg: [74, 77, 80, 83, 86],
      f: DEC,
    },
    {
      id: "k2",
      sas: S1,
      ind: "Persentase korban bencana yang menerima bantuan sosial selama masa tanggap darurat",
      sat: "%",
      awal: 92,
      tg: [94, 95, 96, 98, 100],
      f: DEC,
    },
    {
      id: "k3",
      sas: S1,
      ind: "Persentase penyandang disabilitas terlantar yang mendapat rehabilitasi sosial dasar di luar panti",
      sat: "%",
      awal: 38,
      tg: [42, 46, 50, 54, 58],
      f: DEC,
    },
    {
      id: "k4",
      sas: S2,
      ind: "Persentase PMKS terhadap jumlah penduduk",
      sat: "%",
      awal: 12.8,
      tg: [12.2, 11.6, 11, 10.4, 9.8],
      neg: true,
      f: DEC,
    },
    {
      id: "k5",
      sas: S2,
      ind: "Jumlah KPM PKH yang tergraduasi mandiri",
      sat: "KPM",
      awal: "-",
      tg: [150, 175, 200, 225, 250],
      flow: true,
      ubah: { v: 120, why: "Berubah: penyesuaian anggaran pendampingan (efisiensi belanja 2025)" },
      f: "#,##0",
    },
  ];
  // planted 1: the PK target of the korban bencana is 95.00, the Renstra target of Tahun ke-2 (2026)
  const PLANT_X = { id: "k2", v: 95 };
  // planted 2: kondisi akhir of the KPM graduating (a count) is the last target
  const PLANT_K = "k5";
  const semula = (x: KIn) => (x.id === PLANT_X.id ? PLANT_X.v : x.tg[0]);

  // ------------------------------------------------------------------ the PK sheet
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN YAWA ONATE",
    "DINAS SOSIAL",
    "Jl. Sam Ratulangi No. 12, Serui Baru - Papua",
  ]);
  s.lines([
    "PERJANJIAN KINERJA PERUBAHAN TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini bersepakat atas perubahan target kinerja dan anggaran berikut.",
  ]);
  s.gap();
  const TK = "Target Kinerja 2025";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "m", head: [TK, "Semula"], role: "target", year: 2025, width: 10 },
    { key: "u", head: [TK, "Menjadi"], role: "target", year: 2025, width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 30 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        m: fmt(semula(x), x.f),
        u: fmt(x.ubah ? x.ubah.v : semula(x), x.f),
        ket: x.ubah ? x.ubah.why : "Tetap",
      },
    })),
  });
  s.gap();
  s.lines(["Program dan anggaran untuk mencapai sasaran:"]);
  const progs = [
    {
      id: "g1",
      kode: "1.06.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      m: 6_284_500_000,
      u: 5_912_800_000,
    },
    { id: "g2", kode: "1.06.02", nama: "Program Pemberdayaan Sosial", m: 1_156_300_000, u: 984_250_000 },
    { id: "g3", kode: "1.06.04", nama: "Program Rehabilitasi Sosial", m: 2_418_750_000, u: 2_236_400_000 },
    {
      id: "g4",
      kode: "1.06.05",
      nama: "Program Perlindungan dan Jaminan Sosial",
      m: 3_062_400_000,
      u: 2_875_150_000,
    },
    { id: "g5", kode: "1.06.06", nama: "Program Penanganan Bencana", m: 1_485_000_000, u: 1_742_600_000 },
  ];
  // planted 3: the JUMLAH after the amendment is typed, the total before it left in place
  const STALE_TOTAL = sum(progs.map((g) => g.m));
  const AN = "Anggaran (Rp)";
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 9 },
    { key: "nama", head: ["Program"], width: 44 },
    { key: "m", head: [AN, "Semula"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    { key: "u", head: [AN, "Menjadi"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    { key: "d", head: [AN, "Bertambah / (Berkurang)"], fmt: NEG, width: 16 },
  ];
  const pt = s.table({
    cols: pcols,
    headerRows: 2,
    rows: [
      ...progs.map((g, k): Row => ({
        id: g.id,
        cells: (c) => ({
          no: k + 1,
          kode: g.kode,
          nama: g.nama,
          m: g.m,
          u: g.u,
          d: fx(`${c.a("u")}-${c.a("m")}`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nama"],
        cells: (c): Record<string, Cell> => ({
          no: "JUMLAH",
          m: fx(`SUM(${c.a("m", "g1")}:${c.a("m", "g5")})`),
          u: STALE_TOTAL,
          d: fx(`SUM(${c.a("d", "g1")}:${c.a("d", "g5")})`),
        }),
      },
    ],
  });
  s.gap();
  const top = s.r;
  s.lines(["", "Pihak Kedua,", "BUPATI YAWA ONATE,"], 2);
  s.gap(3);
  s.lines(["NATANIEL W. KARUBABA, S.Sos., M.Si."], 2);
  const end = s.r;
  s.r = top;
  s.lines(["Serui Baru, 8 Juli 2025", "Pihak Pertama,", "KEPALA DINAS SOSIAL,"], 5);
  s.gap(3);
  s.lines(["MARTHA I. WORABAY, S.Sos.", "Pembina", "NIP. 19770512 200312 2 008"], 5);
  s.r = Math.max(s.r, end);

  // ------------------------------------------------------------------ the Renstra sheet
  const r = b.sheet(SR);
  letterhead(r, ["PEMERINTAH KABUPATEN YAWA ONATE", "DINAS SOSIAL"]);
  r.lines(["Tabel 6.2", "Target Kinerja Sasaran Dinas Sosial Kabupaten Yawa Onate Tahun 2025-2029"]);
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
    ...YRS.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target Kinerja", `Tahun ke-${i + 1}`],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "akhir", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
  ];
  const tr = r.table({
    cols: rcols,
    headerRows: 2,
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          awal: typeof x.awal === "number" ? fmt(x.awal, x.f) : x.awal,
        };
        x.tg.forEach((v, i) => (cells[`y${i}`] = fmt(v, x.f)));
        if (x.flow) cells.akhir = x.id === PLANT_K ? fmt(x.tg[4], x.f) : fx(`SUM(${c.a("y0")}:${c.a("y4")})`);
        else cells.akhir = fmt(x.tg[4], x.f);
        return cells;
      },
    })),
  });
  r.gap();
  r.lines([
    "Catatan:",
    "1. Kondisi akhir indikator persentase = target Tahun ke-5; kondisi akhir Jumlah KPM PKH yang tergraduasi mandiri = jumlah target Tahun ke-1 s.d. ke-5.",
    "2. Persentase PMKS terhadap jumlah penduduk berpolaritas negatif (semakin kecil semakin baik).",
  ]);

  const Rn = (k: string, id: string) => `'${SR}'!${tr.a(k, id)}`;
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("m", PLANT_X.id) },
        { sheet: S, cell: a("u", PLANT_X.id) },
        { sheet: SR, cell: tr.a("y0", PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "the PK target 2025 (Semula, and Menjadi 'Tetap') of the korban bencana receiving aid is 95.00, the Renstra target of Tahun ke-2 (2026); Tahun ke-1 (2025) is 94.00",
    truth: Rn("y0", PLANT_X.id),
  });
  b.plant({
    at: { sheet: SR, cell: tr.a("akhir", PLANT_K) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the KPM PKH tergraduasi mandiri (a count, summed by note 1) is 250, the Tahun ke-5 target; the five years give 1,000",
    truth: [0, 1, 2, 3, 4].map((i) => tr.a(`y${i}`, PLANT_K)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: pt.a("u", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH of the amended budget is a typed 14,406,950,000, the total before the amendment; the five programs give 13,751,200,000",
    truth: `SUM(${pt.a("u", "g1")}:${pt.a("u", "g5")})`,
  });
  for (const x of rows) {
    if (x.id === PLANT_X.id) continue;
    b.ok({ sheet: S, cell: a("m", x.id), rules: ["cross-table-mismatch"], truth: Rn("y0", x.id) });
    if (!x.ubah)
      b.ok({ sheet: S, cell: a("u", x.id), rules: ["cross-table-mismatch"], truth: Rn("y0", x.id) });
  }
  for (const x of rows) {
    if (x.id === PLANT_K) continue;
    const ys = [0, 1, 2, 3, 4].map((i) => tr.a(`y${i}`, x.id));
    b.ok({
      sheet: SR,
      cell: tr.a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? plus(ys) : ys[4],
      trap: x.flow ? ys[4] : plus(ys),
    });
  }
  for (const i of [1, 2, 3, 4])
    b.ok({ sheet: SR, cell: tr.a(`y${i}`, "k4"), rules: ["target-trend"], truth: tr.a(`y${i}`, "k4") });
  b.ok({
    sheet: S,
    cell: pt.a("m", "jml"),
    rules: ["sum-mismatch"],
    truth: plus(progs.map((g) => pt.a("m", g.id))),
  });
  for (const g of progs)
    b.ok({
      sheet: S,
      cell: pt.a("d", g.id),
      rules: ["sum-mismatch"],
      truth: `${pt.a("u", g.id)}-${pt.a("m", g.id)}`,
    });
  return b.finish();
}
