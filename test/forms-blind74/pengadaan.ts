// Procurement and TEPRA tables of the seventy-sixth unseen set: the recap of tender results per OPD of
// the Bagian Pengadaan Barang dan Jasa (UKPBJ) Setda Kabupaten Kaliprogo (Jawa Tengah) with pagu, HPS,
// nilai kontrak and efisiensi; the TEPRA monitoring of physical and financial realisation per OPD of the
// Bagian Administrasi Pembangunan Setda Kabupaten Tanah Marbun (Sumatera Utara) with a pagu-weighted
// kabupaten fisik; and the recap per metode pemilihan over the cumulative quarterly realisation of
// Kabupaten Wonorejo (Jawa Tengah). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const pct = (a: string, b: string) => `ROUND(${a}/${b}*100,2)`;

// ============================================== Rekap hasil tender per OPD 2024, UKPBJ Kabupaten Kaliprogo

type Td = { id: string; opd: string; n: number; pagu: number; hps: number; kon: number };

/** Recap of tender packages per OPD: pagu, HPS, nilai kontrak, efisiensi Rp and %. */
export function rekapTenderKaliprogo(): BookW {
  const b = new BookW(
    "rekap-tender-efisiensi-ukpbj-kaliprogo.xlsx",
    "Rekapitulasi hasil tender per perangkat daerah 2024 (UKPBJ Setda)",
    "No | Perangkat Daerah | Jml Paket | Pagu Paket (Rp) | HPS (Rp) | Nilai Kontrak (Rp) | 'Efisiensi' > 'Rp (4 - 6)' | '% (7 : 4)'; number row (1) .. (8); full rupiah; efisiensi Rp and % as formulas, one % typed; JUMLAH row of SUMs with the % of the totals",
  );
  const S = "Rekap Tender 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KALIPROGO",
    "SEKRETARIAT DAERAH - BAGIAN PENGADAAN BARANG DAN JASA (UKPBJ)",
    "Jl. Pemuda No. 17 Kaliprogo, Jawa Tengah",
  ]);
  s.lines(
    [
      "REKAPITULASI HASIL TENDER / SELEKSI PER PERANGKAT DAERAH",
      "TAHUN ANGGARAN 2024 (posisi 31 Desember 2024)",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const xs: Td[] = [
    {
      id: "o1",
      opd: "Dinas Pekerjaan Umum dan Penataan Ruang",
      n: 64,
      pagu: 142_815_400_000,
      hps: 141_906_250_000,
      kon: 131_774_812_300,
    },
    {
      id: "o2",
      opd: "Dinas Pendidikan dan Kebudayaan",
      n: 27,
      pagu: 38_460_000_000,
      hps: 38_212_700_000,
      kon: 35_607_418_000,
    },
    {
      id: "o3",
      opd: "Dinas Kesehatan",
      n: 12,
      pagu: 21_735_600_000,
      hps: 21_540_300_000,
      kon: 20_118_963_500,
    },
    {
      id: "o4",
      opd: "RSUD dr. Soeprapto Kaliprogo",
      n: 9,
      pagu: 17_240_500_000,
      hps: 17_102_000_000,
      kon: 16_284_771_000,
    },
    {
      id: "o5",
      opd: "Dinas Perumahan Rakyat dan Kawasan Permukiman",
      n: 18,
      pagu: 14_906_250_000,
      hps: 14_850_000_000,
      kon: 13_492_118_750,
    },
    {
      id: "o6",
      opd: "Dinas Pertanian dan Pangan",
      n: 7,
      pagu: 6_180_000_000,
      hps: 6_142_500_000,
      kon: 5_806_245_000,
    },
    {
      id: "o7",
      opd: "Dinas Lingkungan Hidup",
      n: 5,
      pagu: 4_925_300_000,
      hps: 4_901_800_000,
      kon: 4_618_402_600,
    },
    {
      id: "o8",
      opd: "Sekretariat Daerah",
      n: 4,
      pagu: 3_412_000_000,
      hps: 3_398_600_000,
      kon: 3_187_455_000,
    },
  ];
  const ef = (x: Td) => round(((x.pagu - x.kon) / x.pagu) * 100);
  // planted 1: the % efisiensi of Dinas Kesehatan typed with two digits swapped
  const trueKes = ef(xs[2]);
  const typedKes = 4.47;
  if (trueKes !== 7.44) throw new Error(`tender: Dinkes ${trueKes}`);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], num: "(2)", width: 40 },
    { key: "n", head: ["Jml Paket"], num: "(3)", width: 8 },
    { key: "pagu", head: ["Pagu Paket (Rp)"], role: "anggaran", year: 2024, num: "(4)", fmt: RP, width: 19 },
    { key: "hps", head: ["HPS (Rp)"], num: "(5)", fmt: RP, width: 19 },
    { key: "kon", head: ["Nilai Kontrak (Rp)"], num: "(6)", fmt: RP, width: 19 },
    { key: "efr", head: ["Efisiensi", "Rp (4 - 6)"], num: "(7)", fmt: RP, width: 17 },
    { key: "efp", head: ["Efisiensi", "% (7 : 4)"], num: "(8)", fmt: DEC, width: 9 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      opd: x.opd,
      n: x.n,
      pagu: x.pagu,
      hps: x.hps,
      kon: x.kon,
      efr: fx(`${c.a("pagu")}-${c.a("kon")}`),
      efp: x.id === "o3" ? typedKes : fx(pct(c.a("efr"), c.a("pagu"))),
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "opd"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["n", "pagu", "hps", "kon", "efr"])
        // planted 2: the JUMLAH of nilai kontrak stops at Dinas Lingkungan Hidup
        out[k] = fx(`SUM(${c.a(k, "o1")}:${c.a(k, k === "kon" ? "o7" : "o8")})`);
      out.efp = fx(pct(c.a("efr"), c.a("pagu")));
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: efisiensi dihitung dari selisih pagu paket dan nilai kontrak; persentase terhadap pagu paket.",
    "Sumber: SPSE dan SIRUP LKPP Kabupaten Kaliprogo, diolah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Kaliprogo, 10 Januari 2025",
    jabatan: ["Kepala Bagian Pengadaan Barang dan Jasa"],
    nama: "ANDRIYANTO WISNU PRABOWO, S.T., M.M.",
    pangkat: "Pembina",
    nip: "19780921 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const allRows = (k: string) => `${a(k, "o1")}:${a(k, "o8")}`;
  b.plant({
    at: { sheet: S, cell: a("efp", "o3") },
    rules: ["ratio-components-mismatch", "capaian-mismatch", "hardcoded-value"],
    note: `% efisiensi of Dinas Kesehatan is a typed ${typedKes} among ROUND formulas; (21,735,600,000 - 20,118,963,500) / 21,735,600,000 gives ${trueKes} (digits swapped)`,
    truth: pct(a("efr", "o3"), a("pagu", "o3")),
  });
  b.plant({
    at: { sheet: S, cell: a("kon", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `JUMLAH nilai kontrak is =SUM over the first seven OPD (${sum(xs.slice(0, 7).map((x) => x.kon)).toLocaleString("en")}); with the Sekretariat Daerah the eight give ${sum(xs.map((x) => x.kon)).toLocaleString("en")}`,
    truth: `SUM(${allRows("kon")})`,
  });
  b.ok({
    sheet: S,
    cell: a("efp", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: pct(a("efr", "jml"), a("pagu", "jml")),
    trap: `SUM(${allRows("efp")})`,
  });
  for (const k of ["n", "pagu", "hps", "efr"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${allRows(k)})` });
  for (const id of ["o1", "o2", "o4", "o6", "o8"])
    b.ok({
      sheet: S,
      cell: a("efp", id),
      rules: ["ratio-components-mismatch", "capaian-mismatch"],
      truth: pct(a("efr", id), a("pagu", id)),
    });
  return b.finish();
}

// ======================================== TEPRA realisasi fisik dan keuangan 2024, Kabupaten Tanah Marbun

type Tp = { id: string; opd: string; pagu: number; rk: number; fis: number; ket?: string };

/** TEPRA monitoring per OPD with a kabupaten total whose fisik is weighted by the pagu. */
export function tepraTanahMarbun(): BookW {
  const b = new BookW(
    "tepra-fisik-keuangan-adbang-tanah-marbun.xlsx",
    "Monitoring TEPRA realisasi fisik dan keuangan per OPD 2024 (Bagian Administrasi Pembangunan)",
    "No | Nama Perangkat Daerah | Pagu Anggaran Setelah Perubahan (Rp) | 'Realisasi Keuangan' > '(Rp)' | '(%)' | 'Realisasi Fisik' > 'Target (%)' | 'Realisasi (%)' | 'Deviasi (%)' | Keterangan; number row 1 .. 9; deviasi = realisasi - target fisik; TOTAL KABUPATEN row: SUMs, % of the totals and the pagu-weighted fisik",
  );
  const S = "TEPRA TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANAH MARBUN",
    "SEKRETARIAT DAERAH - BAGIAN ADMINISTRASI PEMBANGUNAN",
    "Jl. Sisingamangaraja No. 3, Doloksanggul Baru, Sumatera Utara",
  ]);
  s.lines(
    [
      "LAPORAN MONITORING REALISASI FISIK DAN KEUANGAN (TEPRA) PERANGKAT DAERAH",
      "Keadaan s.d. 31 Desember 2024",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const xs: Tp[] = [
    { id: "d1", opd: "Dinas Pendidikan", pagu: 412_604_850_000, rk: 396_118_402_700, fis: 98.4 },
    { id: "d2", opd: "Dinas Kesehatan", pagu: 186_920_400_000, rk: 171_406_215_900, fis: 95.75 },
    // planted 1: realisasi 47,836,250,000 typed 48,736,250,000 (digits swapped), above the pagu
    {
      id: "d3",
      opd: "Dinas Pekerjaan Umum dan Penataan Ruang",
      pagu: 48_520_000_000,
      rk: 48_736_250_000,
      fis: 99.1,
      ket: "Jembatan Aek Simare selesai",
    },
    {
      id: "d4",
      opd: "Dinas Perumahan dan Kawasan Permukiman",
      pagu: 21_345_700_000,
      rk: 19_082_641_300,
      fis: 96.2,
    },
    {
      id: "d5",
      opd: "Dinas Pertanian",
      pagu: 32_118_600_000,
      rk: 27_915_230_400,
      fis: 88.5,
      ket: "Bibit kopi terlambat datang",
    },
    { id: "d6", opd: "Dinas Perhubungan", pagu: 9_874_250_000, rk: 9_102_318_600, fis: 97.0 },
    {
      id: "d7",
      opd: "Badan Perencanaan Pembangunan Daerah",
      pagu: 7_612_000_000,
      rk: 7_284_905_100,
      fis: 99.6,
    },
    { id: "d8", opd: "Sekretariat Daerah", pagu: 54_206_300_000, rk: 50_861_472_250, fis: 99.85 },
  ];
  const RK3 = 47_836_250_000;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "opd", head: ["Nama Perangkat Daerah"], num: "2", width: 38 },
    {
      key: "pagu",
      head: ["Pagu Anggaran Setelah Perubahan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "3",
      fmt: RP,
      width: 20,
    },
    {
      key: "rk",
      head: ["Realisasi Keuangan", "(Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "4",
      fmt: RP,
      width: 20,
    },
    {
      key: "rkp",
      head: ["Realisasi Keuangan", "(%)"],
      role: "capaian",
      year: 2024,
      num: "5",
      fmt: DEC,
      width: 9,
    },
    {
      key: "tf",
      head: ["Realisasi Fisik", "Target (%)"],
      role: "target",
      year: 2024,
      num: "6",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rf",
      head: ["Realisasi Fisik", "Realisasi (%)"],
      role: "realisasi",
      year: 2024,
      num: "7",
      fmt: DEC,
      width: 10,
    },
    { key: "dev", head: ["Deviasi (%)"], num: "8", fmt: DEC, width: 9 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "9", width: 26 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      opd: x.opd,
      pagu: x.pagu,
      rk: x.rk,
      // planted 2: Dinas Kesehatan's % keeps the cached result of an earlier realisasi (81.70)
      rkp: x.id === "d2" ? fx(pct(c.a("rk"), c.a("pagu")), 81.7) : fx(pct(c.a("rk"), c.a("pagu"))),
      tf: 100,
      rf: x.fis,
      dev: fx(`ROUND(${c.a("rf")}-${c.a("tf")},2)`),
      ket: x.ket ?? "-",
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "opd"],
    cells: (c) => {
      const w = xs.map((x) => `${c.a("rf", x.id)}*${c.a("pagu", x.id)}`).join("+");
      return {
        no: "TOTAL KABUPATEN",
        pagu: fx(`SUM(${c.a("pagu", "d1")}:${c.a("pagu", "d8")})`),
        rk: fx(`SUM(${c.a("rk", "d1")}:${c.a("rk", "d8")})`),
        rkp: fx(pct(c.a("rk"), c.a("pagu"))),
        tf: 100,
        rf: fx(`ROUND((${w})/${c.a("pagu")},2)`),
        dev: fx(`ROUND(${c.a("rf")}-${c.a("tf")},2)`),
        ket: "fisik tertimbang pagu",
      };
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: Deviasi = Realisasi Fisik - Target Fisik. Realisasi fisik kabupaten dihitung tertimbang menurut pagu masing-masing perangkat daerah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanah Marbun, 15 Januari 2025",
    jabatan: ["Kepala Bagian Administrasi Pembangunan", "Setda Kabupaten Tanah Marbun"],
    nama: "HOTMAN PARULIAN SIHOMBING, S.E., M.Si.",
    pangkat: "Pembina Tk. I",
    nip: "19750308 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  if (round((xs[1].rk / xs[1].pagu) * 100) !== 91.7)
    throw new Error(`tepra d2 ${round((xs[1].rk / xs[1].pagu) * 100)}`);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rk", "d3") },
        { sheet: S, cell: a("rkp", "d3") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Dinas PUPR realisasi keuangan typed 48,736,250,000 on a pagu of 48,520,000,000 (100.45 %); the SP2D recap gives 47,836,250,000 (98.59 %), digits 7 and 8 swapped",
    truth: String(RK3),
  });
  b.plant({
    at: { sheet: S, cell: a("rkp", "d2") },
    rules: ["capaian-mismatch"],
    note: "Dinas Kesehatan realisasi keuangan (%) is =ROUND(D/C*100,2) with a stale cached 81.70; 171,406,215,900 / 186,920,400,000 gives 91.70",
    truth: pct(a("rk", "d2"), a("pagu", "d2")),
  });
  const ids = xs.map((x) => x.id);
  b.ok({
    sheet: S,
    cell: a("rf", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND((${ids.map((id) => `${a("rf", id)}*${a("pagu", id)}`).join("+")})/${a("pagu", "tot")},2)`,
    trap: `ROUND(AVERAGE(${a("rf", "d1")}:${a("rf", "d8")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "d1")}:${a("pagu", "d8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("tf", "tot"),
    rules: ["sum-mismatch"],
    truth: "100",
    trap: `SUM(${a("tf", "d1")}:${a("tf", "d8")})`,
  });
  for (const id of ["d1", "d4", "d5", "d6", "d7", "d8"]) {
    b.ok({
      sheet: S,
      cell: a("rkp", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: pct(a("rk", id), a("pagu", id)),
    });
  }
  return b.finish();
}

// ============================== Rekap per metode pemilihan and realisasi triwulanan 2024, Kabupaten Wonorejo

type Mt = { id: string; m: string; n: number; pagu: number; kon: number };

/** Two tables on one sheet: packages per selection method and the cumulative quarterly realisation. */
export function metodeWonorejo(): BookW {
  const b = new BookW(
    "rekap-metode-pemilihan-triwulan-ukpbj-wonorejo.xlsx",
    "Rekap pengadaan per metode pemilihan and realisasi kumulatif per triwulan 2024 (UKPBJ Setda)",
    "Tabel A: No | Metode Pemilihan Penyedia | Jumlah Paket | Nilai Pagu (Rp) | Nilai Kontrak (Rp) | Porsi Nilai Kontrak (%), Total row; Tabel B under it: Periode | 'Fisik (kumulatif)' > Target % | Realisasi % | 'Keuangan (kumulatif)' > Target % | Realisasi % | Realisasi Rp; TW I .. TW IV and a 'Tahun 2024' row pointing at TW IV; % keuangan against Tabel A's total pagu",
  );
  const S = "Rekap Pengadaan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WONOREJO", "SEKRETARIAT DAERAH", "BAGIAN PENGADAAN BARANG DAN JASA"]);
  s.lines(["A. Rekapitulasi Paket Pengadaan per Metode Pemilihan Tahun Anggaran 2024"], 1, { bold: true });
  const xs: Mt[] = [
    { id: "m1", m: "Tender", n: 96, pagu: 184_612_500_000, kon: 168_904_215_400 },
    { id: "m2", m: "Seleksi (jasa konsultansi)", n: 31, pagu: 12_405_800_000, kon: 11_218_640_000 },
    { id: "m3", m: "E-Purchasing (Katalog Elektronik)", n: 412, pagu: 96_318_250_000, kon: 94_106_872_150 },
    { id: "m4", m: "Pengadaan Langsung", n: 1_284, pagu: 71_560_900_000, kon: 69_842_113_800 },
    { id: "m5", m: "Penunjukan Langsung", n: 6, pagu: 2_140_000_000, kon: 2_087_450_000 },
  ];
  const nTrue = sum(xs.map((x) => x.n));
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 6 },
    { key: "m", head: ["Metode Pemilihan Penyedia"], width: 34 },
    { key: "n", head: ["Jumlah Paket"], width: 9, fmt: "#,##0" },
    { key: "pagu", head: ["Nilai Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 19 },
    { key: "kon", head: ["Nilai Kontrak (Rp)"], fmt: RP, width: 19 },
    { key: "por", head: ["Porsi Nilai Kontrak (%)"], fmt: DEC, width: 11 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      m: x.m,
      n: x.n,
      pagu: x.pagu,
      kon: x.kon,
      por: fx(pct(c.a("kon"), `$${c.c("kon")}$${c.row("tot")}`)),
    }),
  }));
  // planted 1: the total of packages typed 1,892 (the sum is 1,829)
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "m"],
    cells: (c) => ({
      no: "Total",
      n: 1_892,
      pagu: fx(`SUM(${c.a("pagu", "m1")}:${c.a("pagu", "m5")})`),
      kon: fx(`SUM(${c.a("kon", "m1")}:${c.a("kon", "m5")})`),
      por: fx(`SUM(${c.a("por", "m1")}:${c.a("por", "m5")})`),
    }),
  });
  if (nTrue !== 1_829) throw new Error(`metode n ${nTrue}`);
  const t1 = s.table({ cols, headerRows: 1, rows });
  s.gap();
  s.lines(["B. Realisasi Fisik dan Keuangan Kumulatif Belanja yang Diadakan per Triwulan Tahun 2024"], 1, {
    bold: true,
  });
  const pagu = `$${t1.c("pagu")}$${t1.row("tot")}`;
  const q: Array<{ id: string; p: string; tf: number; rf: number; tk: number; rp: number }> = [
    { id: "q1", p: "Triwulan I", tf: 15, rf: 12.4, tk: 10, rp: 31_406_218_000 },
    { id: "q2", p: "Triwulan II", tf: 40, rf: 37.85, tk: 30, rp: 98_517_430_500 },
    { id: "q3", p: "Triwulan III", tf: 70, rf: 68.2, tk: 60, rp: 201_864_905_250 },
    { id: "q4", p: "Triwulan IV", tf: 100, rf: 98.75, tk: 100, rp: 339_412_380_600 },
  ];
  const cols2: Col[] = [
    { key: "p", head: ["Periode"], width: 6 },
    { key: "tf", head: ["Fisik (kumulatif)", "Target %"], role: "target", year: 2024, fmt: DEC },
    { key: "rf", head: ["Fisik (kumulatif)", "Realisasi %"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "tk", head: ["Keuangan (kumulatif)", "Target %"], fmt: DEC },
    { key: "rk", head: ["Keuangan (kumulatif)", "Realisasi %"], fmt: DEC },
    {
      key: "rp",
      head: ["Keuangan (kumulatif)", "Realisasi Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
    },
  ];
  const rows2: Row[] = q.map((x) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      p: x.p,
      tf: x.tf,
      rf: x.rf,
      tk: x.tk,
      // planted 2: TW III divides by the total nilai kontrak instead of the total pagu
      rk: fx(pct(c.a("rp"), x.id === "q3" ? `$${t1.c("kon")}$${t1.row("tot")}` : pagu)),
      rp: x.rp,
    }),
  }));
  rows2.push({
    id: "yr",
    bold: true,
    cells: (c) => ({
      p: "Tahun 2024",
      tf: fx(c.a("tf", "q4")),
      rf: fx(c.a("rf", "q4")),
      tk: fx(c.a("tk", "q4")),
      rk: fx(c.a("rk", "q4")),
      rp: fx(c.a("rp", "q4")),
    }),
  });
  const t2 = s.table({ cols: cols2, headerRows: 2, rows: rows2 });
  s.gap();
  s.lines(["Catatan: nilai Tabel B bersifat kumulatif; nilai Tahun 2024 sama dengan posisi Triwulan IV."]);
  s.gap();
  signature(s, 4, {
    tempat: "Wonorejo, 20 Januari 2025",
    jabatan: ["Kepala Bagian Pengadaan Barang dan Jasa"],
    nama: "RETNO KUSUMASTUTI, S.H., M.H.",
    nip: "19820515 200604 2 011",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const q2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("n", "tot") },
    rules: ["sum-mismatch"],
    note: `Total jumlah paket typed 1,892; the five methods give 96 + 31 + 412 + 1,284 + 6 = ${nTrue.toLocaleString("en")} (digits swapped)`,
    truth: `SUM(${a("n", "m1")}:${a("n", "m5")})`,
  });
  b.plant({
    at: { sheet: S, cell: q2("rk", "q3") },
    rules: ["inconsistent-formula", "capaian-mismatch"],
    note: "realisasi keuangan % of Triwulan III divides by the total nilai kontrak (E) instead of the total pagu (D) as the other quarters do: 201,864,905,250 / 346,159,291,350 = 58.32; against the pagu 367,037,450,000 it is 55.00",
    truth: pct(q2("rp", "q3"), pagu),
  });
  b.ok({
    sheet: S,
    cell: a("por", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `SUM(${a("por", "m1")}:${a("por", "m5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "m1")}:${a("pagu", "m5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kon", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("kon", "m1")}:${a("kon", "m5")})`,
  });
  for (const k of ["rf", "rp", "tf"])
    b.ok({
      sheet: S,
      cell: q2(k, "yr"),
      rules: ["sum-mismatch"],
      truth: q2(k, "q4"),
      trap: `SUM(${q2(k, "q1")}:${q2(k, "q4")})`,
    });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: q2("rk", id),
      rules: ["inconsistent-formula", "capaian-mismatch"],
      truth: pct(q2("rp", id), pagu),
    });
  b.ok({ sheet: S, cell: q2("rf", "q4"), rules: ["percent-out-of-range"], truth: "98.75" });
  return b.finish();
}
