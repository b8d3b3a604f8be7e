// Revenue and investment recaps: the PAD 2024 target / realisation per jenis pendapatan of the
// Badan Pendapatan Daerah of Provinsi Daerah Khusus Jayakarta (growth against 2023), and the 2024
// investment realisation per sector per triwulan of the DPMPTSP of Provinsi Kalimantan Selatan (PMA
// in thousands of US$, PMDN in millions of rupiah). Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type PadR = {
  id: string;
  kode: string;
  ur: string;
  t?: number;
  r?: number;
  r23?: number;
  of?: string[];
  sub?: [string, string];
};

/** Target dan realisasi PAD 2024 per jenis pendapatan, Bapenda Provinsi DK Jayakarta. */
export function padBapendaJayakarta(): BookW {
  const b = new BookW(
    "target-realisasi-pad-2024-bapenda-provinsi-dk-jayakarta.xlsx",
    "PAD target and realisation per jenis pendapatan with growth versus last year",
    "No | Kode Rekening | Uraian Jenis Pendapatan | 'Tahun Anggaran 2024' > Target APBD Perubahan (Rp) / Realisasi s.d. 31 Desember (Rp) / % Capaian | Realisasi TA 2023 (Rp) | Pertumbuhan (%); number row 1..8 with '6 = 5 / 4 x 100'; PAD row adds four group cells, groups SUM their jenis; growth by ROUND()",
  );
  const S = "PAD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI DAERAH KHUSUS JAYAKARTA",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Gajah Merah Raya No. 17, Jayakarta Pusat",
  ]);
  s.lines(["LAPORAN TARGET DAN REALISASI PENDAPATAN ASLI DAERAH", "TAHUN ANGGARAN 2024"], 1, { bold: true });
  s.gap();
  const rs: PadR[] = [
    { id: "pad", kode: "4.1", ur: "PENDAPATAN ASLI DAERAH", of: ["pajak", "retri", "hpkd", "lain"] },
    { id: "pajak", kode: "4.1.01", ur: "Pajak Daerah", sub: ["pkb", "rokok"] },
    {
      id: "pkb",
      kode: "4.1.01.06",
      ur: "Pajak Kendaraan Bermotor",
      t: 9_850_000_000_000,
      r: 10_271_446_318_520,
      r23: 9_412_860_775_300,
    },
    {
      id: "bbnkb",
      kode: "4.1.01.07",
      ur: "Bea Balik Nama Kendaraan Bermotor",
      t: 6_200_000_000_000,
      r: 5_918_372_604_150,
      r23: 6_037_114_982_700,
    },
    {
      id: "pbbkb",
      kode: "4.1.01.08",
      ur: "Pajak Bahan Bakar Kendaraan Bermotor",
      t: 1_475_000_000_000,
      r: 1_396_820_417_880,
      r23: 1_351_207_663_410,
    },
    {
      id: "pap",
      kode: "4.1.01.09",
      ur: "Pajak Air Permukaan",
      t: 18_500_000_000,
      r: 17_026_993_400,
      r23: 16_488_215_900,
    },
    {
      id: "rokok",
      kode: "4.1.01.10",
      ur: "Pajak Rokok",
      t: 820_000_000_000,
      r: 846_213_770_115,
      r23: 801_559_340_020,
    },
    { id: "retri", kode: "4.1.02", ur: "Retribusi Daerah", sub: ["rju", "rjus"] },
    {
      id: "rju",
      kode: "4.1.02.01",
      ur: "Retribusi Jasa Umum",
      t: 96_400_000_000,
      r: 88_715_402_250,
      r23: 91_330_118_400,
    },
    {
      id: "rjus",
      kode: "4.1.02.02",
      ur: "Retribusi Jasa Usaha",
      t: 142_750_000_000,
      r: 151_062_885_900,
      r23: 137_904_226_150,
    },
    {
      id: "hpkd",
      kode: "4.1.03",
      ur: "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan",
      t: 865_000_000_000,
      r: 865_000_000_000,
      r23: 803_415_000_000,
    },
    {
      id: "lain",
      kode: "4.1.04",
      ur: "Lain-lain PAD yang Sah",
      t: 1_240_000_000_000,
      r: 1_187_654_338_760,
      r23: 1_302_871_447_615,
    },
  ];
  const G = "Tahun Anggaran 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 12 },
    { key: "ur", head: ["Uraian Jenis Pendapatan"], role: "lainnya", num: 3, width: 40 },
    {
      key: "t",
      head: [G, "Target APBD Perubahan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 4,
      fmt: RP,
      width: 20,
    },
    {
      key: "r",
      head: [G, "Realisasi s.d. 31 Desember (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 5,
      fmt: RP,
      width: 20,
    },
    {
      key: "p",
      head: [G, "% Capaian"],
      role: "capaian",
      year: 2024,
      num: "6 = 5 / 4 x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "r23",
      head: ["Realisasi TA 2023 (Rp)"],
      role: "realisasi-anggaran",
      year: 2023,
      num: 7,
      fmt: RP,
      width: 20,
    },
    {
      key: "g",
      head: ["Pertumbuhan (%)"],
      role: "pertumbuhan",
      year: 2024,
      num: "8 = (5 - 7) / 7 x 100",
      fmt: DEC,
      width: 11,
    },
  ];
  let no = 0;
  const rows: Row[] = rs.map((x) => ({
    id: x.id,
    bold: !!(x.of || x.sub),
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: x.of || x.sub ? null : ++no, kode: x.kode, ur: x.ur };
      for (const k of ["t", "r", "r23"] as const) {
        if (x.of) out[k] = fx(x.of.map((id) => c.a(k, id)).join("+"));
        else if (x.sub) {
          // planted: the realisasi of Pajak Daerah stops at Pajak Air Permukaan (Pajak Rokok left out)
          const last = x.id === "pajak" && k === "r" ? "pap" : x.sub[1];
          out[k] = fx(`SUM(${c.a(k, x.sub[0])}:${c.a(k, last)})`);
        } else out[k] = x[k];
      }
      out.p = fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`);
      // planted: growth of BBNKB typed with its digits swapped
      out.g = x.id === "bbnkb" ? -1.79 : fx(`ROUND((${c.a("r")}-${c.a("r23")})/${c.a("r23")}*100,2)`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: Bidang Pengendalian dan Evaluasi Pendapatan, data per 31 Desember 2024 (unaudited)."]);
  s.gap();
  signature(s, 6, {
    tempat: "Jayakarta, 15 Januari 2025",
    jabatan: ["Kepala Badan Pendapatan Daerah", "Provinsi Daerah Khusus Jayakarta"],
    nama: "Dra. MARLINA SETYAWATI HARAHAP, M.Ak.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710418 199603 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "pajak") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Pajak Daerah realisasi is SUM of PKB .. Pajak Air Permukaan (17,603,666,333,950); with Pajak Rokok (846,213,770,115) the five jenis give 18,449,880,104,065, while target and 2023 SUM all five",
    truth: `SUM(${a("r", "pkb")}:${a("r", "rokok")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("g", "bbnkb") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "BBNKB growth typed -1.79 among ROUND() formulas; (5,918,372,604,150 - 6,037,114,982,700) / 6,037,114,982,700 x 100 = -1.97 (digits swapped)",
    truth: `ROUND((${a("r", "bbnkb")}-${a("r23", "bbnkb")})/${a("r23", "bbnkb")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "pkb"),
    rules: ["percent-out-of-range", "serapan-over-100", "capaian-mismatch"],
    truth: `ROUND(${a("r", "pkb")}/${a("t", "pkb")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r", "retri"),
    rules: ["sum-mismatch"],
    truth: `${a("r", "rju")}+${a("r", "rjus")}`,
    trap: `SUM(${a("r", "rju")}:${a("r", "lain")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t", "pad"),
    rules: ["sum-mismatch"],
    truth: `${a("t", "pajak")}+${a("t", "retri")}+${a("t", "hpkd")}+${a("t", "lain")}`,
    trap: `SUM(${a("t", "pajak")}:${a("t", "lain")})`,
  });
  b.ok({
    sheet: S,
    cell: a("g", "lain"),
    rules: ["growth-mismatch"],
    truth: `ROUND((${a("r", "lain")}-${a("r23", "lain")})/${a("r23", "lain")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "rjus"),
    rules: ["percent-out-of-range", "serapan-over-100"],
    truth: `ROUND(${a("r", "rjus")}/${a("t", "rjus")}*100,2)`,
  });
  return b.finish();
}

type InvR = { id: string; sek: string; pma: number[]; pmdn: number[] };

/** Realisasi investasi PMA / PMDN per sektor per triwulan 2024, DPMPTSP Provinsi Kalimantan Selatan. */
export function investasiKalsel(): BookW {
  const b = new BookW(
    "rekap-realisasi-investasi-per-sektor-2024-dpmptsp-provinsi-kalimantan-selatan.xlsx",
    "investment realisation recap per sector per triwulan (PMA in US$, PMDN in rupiah)",
    "No | Sektor Usaha | 'Penanaman Modal Asing (PMA) - Ribu US$' > Triw. I .. IV / Total PMA | 'Penanaman Modal Dalam Negeri (PMDN) - Juta Rp' > Triw. I .. IV / Total PMDN; TOTAL PROVINSI row of SUM; sector totals SUM of the quarters",
  );
  const S = "Realisasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN SELATAN",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
  ]);
  s.lines(
    ["REKAPITULASI REALISASI INVESTASI PMA DAN PMDN MENURUT SEKTOR", "PERIODE TRIWULAN I s.d. IV TAHUN 2024"],
    1,
    { bold: true },
  );
  s.lines(["(PMA dalam ribu US$; PMDN dalam juta rupiah; sumber: LKPM Online / OSS-RBA)"]);
  s.gap();
  const rs: InvR[] = [
    {
      id: "tamb",
      sek: "Pertambangan",
      pma: [48_215.6, 52_904.3, 61_377.9, 57_120.4],
      pmdn: [2_184_530.2, 2_407_915.8, 2_296_044.1, 2_615_308.7],
    },
    {
      id: "sawit",
      sek: "Tanaman Pangan, Perkebunan dan Peternakan",
      pma: [21_406.8, 18_972.5, 24_338.1, 26_015.7],
      pmdn: [1_126_778.4, 985_402.9, 1_240_617.3, 1_318_205.6],
    },
    {
      id: "ind",
      sek: "Industri Makanan",
      pma: [6_215.3, 7_480.9, 5_903.2, 8_117.6],
      pmdn: [412_905.7, 386_211.4, 455_830.9, 497_162.2],
    },
    {
      id: "kimia",
      sek: "Industri Kimia dan Farmasi",
      pma: [3_872.4, 2_915.7, 4_406.1, 3_660.8],
      pmdn: [138_460.5, 152_093.6, 171_338.2, 164_905.1],
    },
    {
      id: "listrik",
      sek: "Listrik, Gas dan Air",
      pma: [15_630.2, 0, 9_842.7, 12_304.5],
      pmdn: [604_117.8, 548_370.1, 712_903.4, 688_245.9],
    },
    {
      id: "trans",
      sek: "Transportasi, Gudang dan Telekomunikasi",
      pma: [1_908.6, 2_417.3, 1_562.9, 3_005.4],
      pmdn: [297_813.6, 331_509.2, 318_627.7, 402_118.3],
    },
    {
      id: "perum",
      sek: "Perumahan, Kawasan Industri dan Perkantoran",
      pma: [842.1, 1_215.6, 977.4, 1_330.2],
      pmdn: [255_406.9, 271_830.5, 298_115.4, 312_770.6],
    },
    {
      id: "jasa",
      sek: "Jasa Lainnya",
      pma: [416.5, 388.2, 509.7, 621.3],
      pmdn: [84_215.3, 91_408.7, 88_960.2, 103_337.9],
    },
  ];
  const PA = "Penanaman Modal Asing (PMA) - Ribu US$";
  const PD = "Penanaman Modal Dalam Negeri (PMDN) - Juta Rp";
  const Q = ["Triw. I", "Triw. II", "Triw. III", "Triw. IV"];
  const F = "#,##0.0";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sek", head: ["Sektor Usaha"], role: "lainnya", width: 36 },
    ...Q.map((q, i): Col => ({
      key: `a${i}`,
      head: [PA, q],
      role: "realisasi",
      year: 2024,
      fmt: F,
      width: 11,
    })),
    { key: "at", head: [PA, "Total PMA"], role: "realisasi", year: 2024, fmt: F, width: 12 },
    ...Q.map((q, i): Col => ({
      key: `d${i}`,
      head: [PD, q],
      role: "realisasi",
      year: 2024,
      fmt: F,
      width: 13,
    })),
    { key: "dt", head: [PD, "Total PMDN"], role: "realisasi", year: 2024, fmt: F, width: 14 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, sek: x.sek };
      x.pma.forEach((v, k) => (out[`a${k}`] = v === 0 ? "-" : v));
      x.pmdn.forEach((v, k) => (out[`d${k}`] = v));
      // planted: the Total PMA of Industri Kimia keeps a stale cached result (before Triw. IV was entered
      // the total read 11,194.2); planted: Total PMDN of Transportasi typed with swapped digits
      out.at = fx(`SUM(${c.a("a0")}:${c.a("a3")})`, x.id === "kimia" ? 11_194.2 : undefined);
      out.dt = x.id === "trans" ? 1_305_068.8 : fx(`SUM(${c.a("d0")}:${c.a("d3")})`);
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "sek"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "TOTAL PROVINSI" };
      for (const k of ["a0", "a1", "a2", "a3", "at", "d0", "d1", "d2", "d3", "dt"])
        out[k] = fx(`SUM(${c.a(k, "tamb")}:${c.a(k, "jasa")})`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Catatan: tanda (-) berarti tidak ada realisasi pada triwulan berkenaan.",
    "Realisasi PMA tidak dikonversi ke rupiah; kurs tengah BI tidak digunakan dalam rekap ini.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Banjarbaru, 24 Januari 2025",
    jabatan: ["Kepala Dinas Penanaman Modal dan PTSP", "Provinsi Kalimantan Selatan"],
    nama: "Ir. H. MUHAMMAD RIDHANI NOOR, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700903 199703 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("at", "kimia") },
    rules: ["sum-mismatch"],
    note: "Industri Kimia Total PMA shows the stale cached 11,194.2 (Triw. I .. III only); 3,872.4 + 2,915.7 + 4,406.1 + 3,660.8 = 14,855.0",
    truth: `SUM(${a("a0", "kimia")}:${a("a3", "kimia")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("dt", "trans") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Transportasi Total PMDN typed 1,305,068.8 among SUM formulas (digits swapped); 297,813.6 + 331,509.2 + 318,627.7 + 402,118.3 = 1,350,068.8",
    truth: `SUM(${a("d0", "trans")}:${a("d3", "trans")})`,
  });
  b.ok({
    sheet: S,
    cell: a("at", "listrik"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("a0", "listrik")}:${a("a3", "listrik")})`,
  });
  b.ok({
    sheet: S,
    cell: a("a1", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("a1", "tamb")}:${a("a1", "jasa")})`,
  });
  return b.finish();
}
