// The Renstra 2025-2029 T-C.27 of a Dinas Pendidikan in Jambi, printed over two sheets: the first
// with kondisi awal and 2025-2027, the second with 2028-2029 and the kondisi kinerja akhir whose
// pagu adds the five years across both sheets. Column numbers in roman numerals, headers wrapped
// with line breaks. Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type RsIn = {
  id: string;
  lvl: "p" | "k";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  rp?: number[];
  /** counts take the sum of the five targets as kondisi akhir, rates the 2029 target */
  sum?: boolean;
  of?: string[];
};

const ROMAN = [
  "I",
  "II",
  "III",
  "IV",
  "V",
  "VI",
  "VII",
  "VIII",
  "IX",
  "X",
  "XI",
  "XII",
  "XIII",
  "XIV",
  "XV",
  "XVI",
  "XVII",
];

/** Renstra T-C.27 2025-2029 of Dinas Pendidikan Kabupaten Batang Tabir (Jambi), two sheets. */
export function renstraDuaLembar(): BookW {
  const b = new BookW(
    "tc27-duasheet-romawi-disdik-batangtabir.xlsx",
    "Renstra T-C.27 over two sheets (Dinas Pendidikan)",
    "T-C.27 split: 2025-2027 on one sheet, 2028-2029 and kondisi akhir on the next",
  );
  const S1 = "T-C.27 (1)";
  const S2 = "T-C.27 (2)";
  const rows: RsIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.01.02",
      nama: "PROGRAM PENGELOLAAN PENDIDIKAN",
      ind: "Angka Partisipasi Murni (APM) SD/MI",
      sat: "%",
      awal: 96.12,
      t: [96.4, 96.75, 97.1, 97.4, 97.75],
      of: ["k11", "k12", "k13"],
    },
    {
      id: "k11",
      lvl: "k",
      kode: "1.01.02.2.01",
      nama: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Jumlah ruang kelas SD yang direhabilitasi",
      sat: "ruang",
      awal: 18,
      t: [24, 26, 26, 28, 30],
      rp: [9_842_500_000, 10_315_000_000, 10_620_750_000, 11_184_000_000, 11_730_500_000],
      sum: true,
    },
    {
      id: "k12",
      lvl: "k",
      kode: "1.01.02.2.02",
      nama: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Persentase SMP terakreditasi minimal B",
      sat: "%",
      awal: 81.6,
      t: [82.5, 84, 86, 88, 90],
      rp: [7_215_300_000, 7_604_000_000, 7_980_250_000, 8_346_500_000, 8_712_000_000],
    },
    {
      id: "k13",
      lvl: "k",
      kode: "1.01.02.2.03",
      nama: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      sat: "%",
      awal: 61.2,
      t: [63, 65, 67.5, 70, 72.5],
      rp: [2_148_600_000, 2_290_400_000, 2_415_000_000, 2_538_750_000, 2_660_000_000],
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.01.03",
      nama: "PROGRAM PENGEMBANGAN KURIKULUM",
      ind: "Persentase satuan pendidikan yang menerapkan kurikulum muatan lokal",
      sat: "%",
      awal: 72,
      t: [78, 84, 90, 95, 100],
      of: ["k21"],
    },
    {
      id: "k21",
      lvl: "k",
      kode: "1.01.03.2.01",
      nama: "Penetapan Kurikulum Muatan Lokal Pendidikan Dasar",
      ind: "Jumlah guru yang dilatih kurikulum muatan lokal",
      sat: "orang",
      awal: 120,
      t: [150, 150, 175, 175, 200],
      rp: [412_500_000, 428_000_000, 486_250_000, 502_000_000, 565_800_000],
      sum: true,
    },
  ];
  // planted: kondisi akhir of the kurikulum rate is the 2028 target (95), not 2029 (100)
  const PLANT_AK = "p2";
  // planted: the 2028 pagu of program 1.01.02 sums k11 and k12 only, missing PAUD
  const PLANT_SUM = "p1";

  const head = (prefix: number): Col[] => [
    { key: "kode", head: ["Kode"], role: "kode", num: ROMAN[prefix], width: 14 },
    { key: "nama", head: ["Program dan\nKegiatan"], num: ROMAN[prefix + 1], width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)\ndan Kegiatan (output)"],
      role: "indikator",
      num: ROMAN[prefix + 2],
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: ROMAN[prefix + 3], width: 9 },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const yearCols = (years: number[], from: number): Col[] =>
    years.flatMap((y, j) => {
      const i = y - 2025;
      return [
        {
          key: `t${i}`,
          head: [G, `Tahun ${y}`, "Target"],
          role: "target" as const,
          year: y,
          num: ROMAN[from + 2 * j],
          fmt: DEC,
        },
        {
          key: `r${i}`,
          head: [G, `Tahun ${y}`, "Rp"],
          role: "anggaran" as const,
          year: y,
          num: ROMAN[from + 2 * j + 1],
          fmt: RP,
          width: 17,
        },
      ];
    });

  // sheet 1
  const s1 = b.sheet(S1);
  letterhead(s1, ["PEMERINTAH KABUPATEN BATANG TABIR", "DINAS PENDIDIKAN"]);
  s1.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Pendidikan Kabupaten Batang Tabir Tahun 2025-2029",
    "(bersambung ke lembar T-C.27 (2))",
  ]);
  s1.gap();
  const cols1: Col[] = [
    ...head(0),
    {
      key: "awal",
      head: ["Data Capaian\npada Tahun Awal\nPerencanaan\n(2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "V",
      fmt: DEC,
    },
    ...yearCols([2025, 2026, 2027], 5),
  ];
  const owner = (id: string) => rows.find((r) => r.of?.includes(id))?.id ?? id;
  const rowsFor = (years: number[], last: boolean): Row[] =>
    rows.map((x) => ({
      id: x.id,
      bold: x.lvl === "p",
      cells: (c) => {
        const out: Record<string, Cell> = { kode: x.kode, nama: x.nama, ind: x.ind, sat: x.sat };
        if (!last) out.awal = x.awal;
        for (const y of years) {
          const i = y - 2025;
          out[`t${i}`] = x.t[i];
          if (x.rp) out[`r${i}`] = x.rp[i];
          else {
            const ks = x.of!;
            const end = x.id === PLANT_SUM && y === 2028 ? ks[ks.length - 2] : ks[ks.length - 1];
            out[`r${i}`] = fx(`SUM(${c.a(`r${i}`, ks[0])}:${c.a(`r${i}`, end)})`);
          }
        }
        if (last) {
          if (x.id === PLANT_AK) out.akT = x.t[3];
          else out.akT = x.sum ? fx(`SUM(${c.a("t3")},${c.a("t4")})+'${S1}'!${x.id}`) : x.t[4];
          out.akR = fx(`'${S1}'!${x.id}+${c.a("r3")}+${c.a("r4")}`);
          out.pj =
            x.lvl === "p" ? (x.id === "p1" ? "Bidang Pembinaan SD dan SMP" : "Bidang Kurikulum") : null;
        }
        return out;
      },
    }));
  const t1 = s1.table({
    cols: cols1,
    headerRows: 3,
    numberRow: "plain",
    rows: rowsFor([2025, 2026, 2027], false),
  });

  // sheet 2
  const s2 = b.sheet(S2);
  s2.lines(["Tabel T-C.27 (lanjutan)", "Tahun 2028-2029 dan Kondisi Kinerja pada Akhir Periode Renstra"]);
  s2.gap();
  const AK = "Kondisi Kinerja pada\nAkhir Periode Renstra\nPerangkat Daerah";
  const cols2: Col[] = [
    ...head(0),
    ...yearCols([2028, 2029], 11),
    { key: "akT", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: "XVI", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "XVII", fmt: RP, width: 18 },
    {
      key: "pj",
      head: ["Unit Kerja\nPerangkat Daerah\nPenanggung Jawab"],
      role: "penanggung-jawab",
      num: "XVIII",
      width: 24,
    },
  ];
  // the cross-sheet part of the kondisi akhir formulas is written by row id, resolved below
  const spec2 = {
    cols: cols2,
    headerRows: 3,
    numberRow: "plain" as const,
    rows: rowsFor([2028, 2029], true),
  };
  const t1a = (k: string, id: string) => t1.a(k, id);
  spec2.rows = spec2.rows.map((r) => ({
    ...r,
    cells: (c) => {
      const out = (r.cells as (x: typeof c) => Record<string, Cell>)(c);
      const id = r.id!;
      const x = rows.find((q) => q.id === id)!;
      const fix = (v: Cell, keys: string[]): Cell => {
        if (!v || typeof v !== "object" || !("f" in v)) return v;
        return fx(v.f.replace(`'${S1}'!${id}`, keys.map((k) => `'${S1}'!${t1a(k, id)}`).join("+")));
      };
      out.akR = fix(out.akR, ["r0", "r1", "r2"]);
      if (x.sum && id !== PLANT_AK) out.akT = fix(out.akT, ["t0", "t1", "t2"]);
      return out;
    },
  }));
  const t2 = s2.table(spec2);
  s2.gap();
  s2.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun 2029; indikator jumlah = akumulasi 2025-2029;",
    "pagu kondisi akhir = jumlah pagu 2025 s.d. 2029 (lembar 1 dan 2).",
  ]);
  s2.gap();
  signature(s2, 9, {
    tempat: "Muara Tabir, 12 Mei 2025",
    jabatan: ["Kepala Dinas Pendidikan", "Kabupaten Batang Tabir"],
    nama: "Drs. SYAMSUL BAHRI RANGKUTI, M.Pd.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19690305 199403 1 008",
  });

  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  const x1 = (k: string, id: string) => `'${S1}'!${a1(k, id)}`;
  b.plant({
    at: { sheet: S2, cell: a2("akT", PLANT_AK) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the kurikulum muatan lokal rate is 95.00, the 2028 target; the 2029 target is 100.00",
    truth: a2("t4", PLANT_AK),
  });
  b.plant({
    at: { sheet: S2, cell: a2("r3", PLANT_SUM) },
    rules: ["sum-mismatch"],
    note: "2028 pagu of Program Pengelolaan Pendidikan is =SUM over SD and SMP only (19,530,500,000); with PAUD (2,538,750,000) the three kegiatan give 22,069,250,000",
    truth: `${a2("r3", "k11")}+${a2("r3", "k12")}+${a2("r3", "k13")}`,
  });
  for (const x of rows) {
    const five = `${x1("t0", x.id)}+${x1("t1", x.id)}+${x1("t2", x.id)}+${a2("t3", x.id)}+${a2("t4", x.id)}`;
    if (x.id !== PLANT_AK)
      b.ok({
        sheet: S2,
        cell: a2("akT", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.sum ? five : a2("t4", x.id),
        trap: x.sum ? a2("t4", x.id) : five,
      });
    if (x.id !== PLANT_SUM)
      b.ok({
        sheet: S2,
        cell: a2("akR", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: `${x1("r0", x.id)}+${x1("r1", x.id)}+${x1("r2", x.id)}+${a2("r3", x.id)}+${a2("r4", x.id)}`,
        trap: `${a2("r3", x.id)}+${a2("r4", x.id)}`,
      });
    if (x.of) {
      [0, 1, 2].forEach((i) =>
        b.ok({
          sheet: S1,
          cell: a1(`r${i}`, x.id),
          rules: ["sum-mismatch"],
          truth: x.of!.map((k) => a1(`r${i}`, k)).join("+"),
        }),
      );
      b.ok({
        sheet: S2,
        cell: a2("r4", x.id),
        rules: ["sum-mismatch"],
        truth: x.of.map((k) => a2("r4", k)).join("+"),
      });
    }
    if (x.lvl === "k")
      b.ok({
        sheet: S1,
        cell: a1("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a1("kode", owner(x.id)),
        actual: `PARENT(${a1("kode", x.id)})`,
      });
  }
  b.ok({ sheet: S2, cell: a2("t4", "k11"), rules: ["target-trend"], truth: "30" });
  return b.finish();
}
