// BPKAD tables: the realisation of the APBD 2024 per OPD of Kabupaten Sukalarang (pagu and realisasi
// of belanja pegawai / barang dan jasa / modal, % serapan, a JUMLAH row) and of Kabupaten Panimbang
// (a pendapatan table realised above target over a belanja table on the same sheet). Every person
// and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Opd = { id: string; nama: string; p: [number, number, number]; r: [number, number, number] };

/** Realisasi APBD 2024 per OPD, Kabupaten Sukalarang (rupiah penuh). */
export function realisasiSukalarang(): BookW {
  const b = new BookW(
    "realisasi-apbd-2024-per-opd-bpkad-sukalarang.xlsx",
    "Realisasi belanja APBD per OPD (pagu / realisasi per jenis belanja, % serapan, JUMLAH)",
    "No | 'Organisasi Perangkat Daerah' | 'Belanja Pegawai' > Pagu, Realisasi | 'Belanja Barang dan Jasa' > Pagu, Realisasi | 'Belanja Modal' > Pagu, Realisasi | 'Total Pagu' | 'Total Realisasi' | '% Serapan'; two header rows, a number row with formulas written out; JUMLAH row of SUMs",
  );
  const S = "Realisasi OPD";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUKALARANG",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "LAPORAN REALISASI BELANJA PER PERANGKAT DAERAH TAHUN ANGGARAN 2024 (posisi 31 Desember 2024)",
  ]);
  const xs: Opd[] = [
    {
      id: "o1",
      nama: "Dinas Pendidikan dan Kebudayaan",
      p: [612_480_350_000, 88_415_200_000, 42_310_600_000],
      r: [598_214_062_500, 84_106_418_250, 39_874_215_000],
    },
    {
      id: "o2",
      nama: "Dinas Kesehatan",
      p: [214_906_100_000, 126_730_450_000, 31_502_000_000],
      r: [209_118_473_200, 118_420_310_600, 29_845_166_000],
    },
    {
      id: "o3",
      nama: "Dinas Pekerjaan Umum dan Penataan Ruang",
      p: [18_240_000_000, 24_615_800_000, 61_500_000_000],
      // planted: modal realisasi 61,245,800,000 typed as 61,524,800,000 (digits swapped), above its pagu
      r: [17_786_410_000, 22_904_117_500, 61_524_800_000],
    },
    {
      id: "o4",
      nama: "Dinas Perumahan dan Kawasan Permukiman",
      p: [6_120_400_000, 9_845_000_000, 14_230_750_000],
      r: [5_902_318_400, 9_012_446_000, 13_114_802_300],
    },
    {
      id: "o5",
      nama: "Badan Perencanaan Pembangunan Daerah",
      p: [7_415_300_000, 8_902_640_000, 1_120_000_000],
      r: [7_190_226_800, 8_215_903_150, 1_084_350_000],
    },
    {
      id: "o6",
      nama: "Badan Pengelolaan Keuangan dan Aset Daerah",
      p: [15_880_200_000, 21_406_900_000, 3_415_500_000],
      r: [15_402_118_600, 20_118_774_900, 3_208_460_000],
    },
    {
      id: "o7",
      nama: "Sekretariat Daerah",
      p: [28_604_750_000, 47_210_300_000, 5_880_000_000],
      r: [27_915_402_300, 44_602_118_450, 5_412_960_000],
    },
  ];
  const J = ["Belanja Pegawai", "Belanja Barang dan Jasa", "Belanja Modal"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "nama", head: ["Organisasi Perangkat Daerah"], num: "2", width: 38 },
    ...J.flatMap((j, i): Col[] => [
      {
        key: `p${i}`,
        head: [j, "Pagu"],
        role: "anggaran",
        year: 2024,
        num: String(3 + 2 * i),
        fmt: RP,
        width: 18,
      },
      {
        key: `r${i}`,
        head: [j, "Realisasi"],
        role: "realisasi-anggaran",
        year: 2024,
        num: String(4 + 2 * i),
        fmt: RP,
        width: 18,
      },
    ]),
    { key: "tp", head: ["Total Pagu"], role: "anggaran", year: 2024, num: "9 = 3+5+7", fmt: RP, width: 19 },
    {
      key: "tr",
      head: ["Total Realisasi"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "10 = 4+6+8",
      fmt: RP,
      width: 19,
    },
    {
      key: "ser",
      head: ["% Serapan"],
      role: "capaian",
      year: 2024,
      num: "11 = 10/9 x 100",
      fmt: DEC,
      width: 9,
    },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      nama: x.nama,
      p0: x.p[0],
      r0: x.r[0],
      p1: x.p[1],
      r1: x.r[1],
      p2: x.p[2],
      r2: x.r[2],
      tp: fx(`${c.a("p0")}+${c.a("p1")}+${c.a("p2")}`),
      tr: fx(`${c.a("r0")}+${c.a("r1")}+${c.a("r2")}`),
      ser: fx(`ROUND(${c.a("tr")}/${c.a("tp")}*100,2)`),
    }),
  }));
  const KEYS = ["p0", "r0", "p1", "r1", "p2", "r2", "tp", "tr"];
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of KEYS)
        // planted: the JUMLAH of pagu barang dan jasa stops at Bappeda, leaving out BPKAD and Setda
        out[k] = fx(`SUM(${c.a(k, "o1")}:${c.a(k, k === "p1" ? "o5" : "o7")})`);
      out.ser = fx(`ROUND(${c.a("tr")}/${c.a("tp")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: SIPD-RI modul Penatausahaan, diolah BPKAD."]);
  s.gap();
  signature(s, 9, {
    tempat: "Sukalarang, 15 Januari 2025",
    jabatan: ["Kepala BPKAD Kabupaten Sukalarang,"],
    nama: "HJ. RINA MARLIANA SOFYAN, S.E., M.Ak.",
    nip: "19770221 200212 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => `SUM(${a(k, "o1")}:${a(k, "o7")})`;
  b.plant({
    at: { sheet: S, cell: a("r2", "o3") },
    rules: ["serapan-over-100"],
    note: "Dinas PUTR realisasi belanja modal 61,524,800,000 above its pagu 61,500,000,000 (100.04 %); the SP2D total is 61,245,800,000",
    truth: "61245800000",
  });
  b.plant({
    at: { sheet: S, cell: a("p1", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH pagu barang dan jasa =SUM over rows 1-5 only: 258,509,090,000 instead of 327,126,290,000 (BPKAD and Setda left out)",
    truth: col("p1"),
  });
  b.ok({
    sheet: S,
    cell: a("ser", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("tr", "jml")}/${a("tp", "jml")}*100,2)`,
    trap: `SUM(${a("ser", "o1")}:${a("ser", "o7")})`,
  });
  b.ok({ sheet: S, cell: a("r1", "jml"), rules: ["sum-mismatch"], truth: col("r1") });
  b.ok({
    sheet: S,
    cell: a("tp", "o3"),
    rules: ["sum-mismatch"],
    truth: `${a("p0", "o3")}+${a("p1", "o3")}+${a("p2", "o3")}`,
  });
  return b.finish();
}

/** Realisasi APBD 2024 Kabupaten Panimbang: pendapatan and belanja per SKPD on one sheet. */
export function realisasiPanimbang(): BookW {
  const b = new BookW(
    "lra-2024-pendapatan-belanja-skpd-kab-panimbang.xlsx",
    "Realisasi pendapatan and belanja per SKPD, two tables on one sheet",
    "table 1: Uraian | 'Target Pendapatan (Rp)' | 'Realisasi (Rp)' | '%' | 'Lebih / (Kurang)'; table 2: No | 'Nama SKPD' | 'Anggaran Setelah Perubahan' > Pegawai, 'Barang & Jasa', Modal | 'Jumlah Anggaran' | 'Realisasi' > Pegawai, 'Barang & Jasa', Modal | 'Jumlah Realisasi' | 'Serapan (%)'; no number rows",
  );
  const S = "LRA 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KABUPATEN PANIMBANG",
    "Ringkasan Realisasi APBD Tahun Anggaran 2024 (unaudited)",
  ]);
  s.lines(["A. PENDAPATAN DAERAH"], 1, { bold: true });
  const pcols: Col[] = [
    { key: "u", head: ["Uraian"], width: 36 },
    { key: "t", head: ["Target Pendapatan (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 20 },
    { key: "r", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 20 },
    { key: "pc", head: ["%"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "lk", head: ["Lebih / (Kurang)"], fmt: RP, width: 18 },
  ];
  const pv: Array<[string, string, number, number]> = [
    ["pad", "Pendapatan Asli Daerah", 412_650_000_000, 431_208_517_640],
    ["tr", "Pendapatan Transfer", 1_486_300_410_000, 1_471_902_336_000],
    ["ll", "Lain-lain Pendapatan Daerah yang Sah", 24_500_000_000, 21_884_150_000],
  ];
  const prow = (id: string, u: string, tv: Cell, rv: Cell, bold = false): Row => ({
    id,
    bold,
    cells: (c) => ({
      u,
      t: tv,
      r: rv,
      pc: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      lk: fx(`${c.a("r")}-${c.a("t")}`),
    }),
  });
  const pt = s.table({
    cols: pcols,
    headerRows: 1,
    rows: [
      ...pv.map(([id, u, tv, rv]) => prow(id, u, tv, rv)),
      {
        id: "ptot",
        bold: true,
        cells: (c) => ({
          u: "JUMLAH PENDAPATAN",
          t: fx(`SUM(${c.a("t", "pad")}:${c.a("t", "ll")})`),
          r: fx(`SUM(${c.a("r", "pad")}:${c.a("r", "ll")})`),
          pc: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          lk: fx(`${c.a("r")}-${c.a("t")}`),
        }),
      },
    ],
  });
  s.gap(2);
  s.lines(["B. BELANJA DAERAH PER SKPD"], 1, { bold: true });
  const AN = "Anggaran Setelah Perubahan";
  const RE = "Realisasi";
  const JN = ["Pegawai", "Barang & Jasa", "Modal"];
  const bcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Nama SKPD"], width: 34 },
    ...JN.map((j, i): Col => ({
      key: `a${i}`,
      head: [AN, j],
      role: "anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    })),
    { key: "ja", head: ["Jumlah Anggaran"], role: "anggaran", year: 2024, fmt: RP, width: 19 },
    ...JN.map((j, i): Col => ({
      key: `r${i}`,
      head: [RE, j],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    })),
    { key: "jr", head: ["Jumlah Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 19 },
    { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
  ];
  const xs: Opd[] = [
    {
      id: "s1",
      nama: "Dinas Pendidikan",
      p: [498_716_200_000, 72_405_900_000, 38_115_000_000],
      r: [487_315_402_600, 68_902_117_300, 35_604_228_000],
    },
    {
      id: "s2",
      nama: "Dinas Kesehatan",
      p: [176_420_350_000, 98_615_200_000, 27_340_800_000],
      r: [172_106_885_400, 92_418_066_250, 26_118_450_000],
    },
    {
      id: "s3",
      nama: "Dinas Pekerjaan Umum dan Penataan Ruang",
      p: [14_902_600_000, 19_480_150_000, 88_615_400_000],
      r: [14_518_207_100, 18_206_554_000, 84_902_661_800],
    },
    {
      id: "s4",
      nama: "Dinas Sosial",
      p: [5_416_800_000, 12_804_300_000, 1_250_000_000],
      r: [5_288_104_200, 12_106_450_600, 1_198_700_000],
    },
    {
      id: "s5",
      nama: "Bappelitbangda",
      p: [6_884_120_000, 7_905_400_000, 945_000_000],
      r: [6_702_915_300, 7_418_062_100, 918_400_000],
    },
    {
      id: "s6",
      nama: "BPKAD",
      p: [13_206_450_000, 18_114_700_000, 2_870_000_000],
      r: [12_915_806_700, 17_304_229_800, 2_764_150_000],
    },
  ];
  const brows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      // planted: Dinas Sosial total realisasi with the cached result of the triwulan III file
      const jr =
        i === 3 ? fx(`SUM(${c.a("r0")}:${c.a("r2")})`, 13_410_850_300) : fx(`SUM(${c.a("r0")}:${c.a("r2")})`);
      return {
        no: i + 1,
        nama: x.nama,
        a0: x.p[0],
        a1: x.p[1],
        a2: x.p[2],
        ja: fx(`SUM(${c.a("a0")}:${c.a("a2")})`),
        r0: x.r[0],
        r1: x.r[1],
        r2: x.r[2],
        jr,
        // planted: the BPKAD serapan typed (the triwulan III 71.46) instead of the formula
        ser: i === 5 ? 71.46 : fx(`ROUND(${c.a("jr")}/${c.a("ja")}*100,2)`),
      };
    },
  }));
  brows.push({
    id: "btot",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "TOTAL BELANJA" };
      for (const k of ["a0", "a1", "a2", "ja", "r0", "r1", "r2", "jr"])
        out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s6")})`);
      out.ser = fx(`ROUND(${c.a("jr")}/${c.a("ja")}*100,2)`);
      return out;
    },
  });
  const bt = s.table({ cols: bcols, headerRows: 2, rows: brows });
  s.gap();
  signature(s, 9, {
    tempat: "Panimbang, 24 Januari 2025",
    jabatan: ["Plt. Kepala BPKAD,"],
    nama: "MUHAMAD ROSYID HIDAYAT, S.STP., M.M.",
    nip: "19820517 200312 1 002",
  });
  const a = (k: string, id: string) => bt.a(k, id);
  const p = (k: string, id: string) => pt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jr", "s4") },
    rules: ["sum-mismatch"],
    note: "Dinas Sosial Jumlah Realisasi =SUM of the three jenis caches 13,410,850,300 (a stale result); 5,288,104,200 + 12,106,450,600 + 1,198,700,000 = 18,593,254,800",
    truth: `${a("r0", "s4")}+${a("r1", "s4")}+${a("r2", "s4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ser", "s6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "BPKAD serapan typed 71.46 (the triwulan III figure); 32,984,186,500 / 34,191,150,000 x 100 = 96.47",
    truth: `ROUND(${a("jr", "s6")}/${a("ja", "s6")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: p("pc", "pad"),
    rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${p("r", "pad")}/${p("t", "pad")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: p("lk", "pad"),
    rules: ["sum-mismatch"],
    truth: `${p("r", "pad")}-${p("t", "pad")}`,
    trap: `${p("t", "pad")}-${p("r", "pad")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ser", "btot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("jr", "btot")}/${a("ja", "btot")}*100,2)`,
    trap: `AVERAGE(${a("ser", "s1")}:${a("ser", "s6")})`,
  });
  return b.finish();
}
