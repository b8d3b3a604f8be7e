// Two recaps of the Dinas Perindustrian dan Perdagangan of Kota Pardomuan (Sumatera Utara): the
// weekly market-price monitoring of January 2025 (prices in rupiah, a monthly average, the change
// against December and an average change that must not be summed) and the industry recap per
// kecamatan (unit usaha, tenaga kerja, nilai investasi) typed by another clerk with unmerged group
// headers, a letterhead and notes. Every person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type HgR = { id: string; kom: string; sat: string; w: number[]; des: number };

/** Pemantauan harga barang kebutuhan pokok Januari 2025, Disperindag Kota Pardomuan. */
export function hargaPardomuan(): BookW {
  const b = new BookW(
    "pemantauan-harga-bapokting-januari-2025-disperindag-kota-pardomuan.xlsx",
    "market-price monitoring per komoditas per week",
    "No | Komoditas | Satuan | 'Harga Rata-rata Pasar Tradisional (Rp)' > Minggu I .. IV | Rata-rata Januari 2025 | Rata-rata Desember 2024 | Perubahan (%) | Ket. (Naik / Turun / Stabil); ROUND(AVERAGE) of the weeks, % change by ROUND; a last row averaging the % changes; no number row",
  );
  const S = "Harga Jan 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PARDOMUAN",
    "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
    "Jl. Sisingamangaraja No. 77, Pardomuan",
  ]);
  s.lines(
    [
      "LAPORAN PEMANTAUAN HARGA BARANG KEBUTUHAN POKOK",
      "Pasar Horas Baru, Pasar Pardomuan Utara dan Pasar Sitinjo - Bulan Januari 2025",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rs: HgR[] = [
    { id: "beras", kom: "Beras medium", sat: "kg", w: [13_400, 13_500, 13_500, 13_600], des: 13_350 },
    { id: "berasp", kom: "Beras premium", sat: "kg", w: [15_200, 15_200, 15_300, 15_300], des: 15_150 },
    { id: "gula", kom: "Gula pasir", sat: "kg", w: [17_800, 17_800, 17_900, 18_000], des: 17_700 },
    {
      id: "minyak",
      kom: "Minyak goreng curah",
      sat: "liter",
      w: [16_500, 16_800, 17_000, 17_000],
      des: 16_200,
    },
    {
      id: "cmerah",
      kom: "Cabai merah keriting",
      sat: "kg",
      w: [52_000, 48_000, 45_000, 42_000],
      des: 54_500,
    },
    { id: "crawit", kom: "Cabai rawit", sat: "kg", w: [64_000, 68_000, 72_000, 76_000], des: 61_000 },
    { id: "bmerah", kom: "Bawang merah", sat: "kg", w: [38_000, 36_000, 35_000, 34_000], des: 39_500 },
    { id: "bputih", kom: "Bawang putih", sat: "kg", w: [40_000, 40_000, 40_500, 40_500], des: 40_000 },
    { id: "ayam", kom: "Daging ayam ras", sat: "kg", w: [36_000, 37_000, 37_000, 38_000], des: 35_500 },
    { id: "telur", kom: "Telur ayam ras", sat: "kg", w: [28_500, 28_000, 28_000, 27_500], des: 29_000 },
  ];
  const G = "Harga Rata-rata Pasar Tradisional (Rp)";
  const W = ["Minggu I", "Minggu II", "Minggu III", "Minggu IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kom", head: ["Komoditas"], role: "lainnya", width: 24 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...W.map((w, i): Col => ({
      key: `w${i}`,
      head: [G, w],
      role: "realisasi",
      year: 2025,
      fmt: RP,
      width: 11,
    })),
    { key: "avg", head: ["Rata-rata Januari 2025"], role: "realisasi", year: 2025, fmt: RP, width: 12 },
    { key: "des", head: ["Rata-rata Desember 2024"], role: "realisasi", year: 2024, fmt: RP, width: 12 },
    { key: "chg", head: ["Perubahan (%)"], role: "pertumbuhan", year: 2025, fmt: DEC, width: 10 },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 9 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, kom: x.kom, sat: x.sat, des: x.des };
      x.w.forEach((v, k) => (out[`w${k}`] = v));
      // planted: the cabai rawit average stops at Minggu III (a column inserted after the formula)
      out.avg =
        x.id === "crawit"
          ? fx(`ROUND(AVERAGE(${c.a("w0")}:${c.a("w2")}),0)`)
          : fx(`ROUND(AVERAGE(${c.a("w0")}:${c.a("w3")}),0)`);
      const avg = x.w.reduce((p, q) => p + q, 0) / 4;
      // planted: the bawang merah change typed from the Minggu IV price against December
      out.chg = x.id === "bmerah" ? -13.92 : fx(`ROUND((${c.a("avg")}-${c.a("des")})/${c.a("des")}*100,2)`);
      out.ket = avg > x.des ? "Naik" : avg < x.des ? "Turun" : "Stabil";
      return out;
    },
  }));
  rows.push({
    id: "rata",
    bold: true,
    span: ["no", "des"],
    cells: (c) => ({
      no: "Rata-rata perubahan harga bahan pokok",
      chg: fx(`ROUND(AVERAGE(${c.c("chg")}${c.row("beras")}:${c.c("chg")}${c.row("telur")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Catatan: harga merupakan rata-rata tiga pasar tradisional, dipantau setiap hari Senin.",
    "Perubahan (%) = (rata-rata Januari - rata-rata Desember) / rata-rata Desember x 100.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Pardomuan, 3 Februari 2025",
    jabatan: ["Kepala Bidang Perdagangan"],
    nama: "HOTLAN PAKPAHAN, S.E., M.M.",
    nip: "19780412 200501 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("avg", "crawit") },
    rules: ["inconsistent-formula", "sum-mismatch"],
    note: "cabai rawit monthly average = ROUND(AVERAGE(Minggu I:Minggu III)) = 68,000; the four weeks give (64,000 + 68,000 + 72,000 + 76,000) / 4 = 70,000",
    truth: `ROUND(AVERAGE(${a("w0", "crawit")}:${a("w3", "crawit")}),0)`,
  });
  b.plant({
    at: { sheet: S, cell: a("chg", "bmerah") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "bawang merah change typed -13.92 (Minggu IV 34,000 against December 39,500); the monthly average 35,750 gives (35,750 - 39,500) / 39,500 x 100 = -9.49",
    truth: `ROUND((${a("avg", "bmerah")}-${a("des", "bmerah")})/${a("des", "bmerah")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("chg", "rata"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(AVERAGE(${a("chg", "beras")}:${a("chg", "telur")}),2)`,
    trap: `SUM(${a("chg", "beras")}:${a("chg", "telur")})`,
  });
  b.ok({
    sheet: S,
    cell: a("avg", "beras"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: `ROUND(AVERAGE(${a("w0", "beras")}:${a("w3", "beras")}),0)`,
    trap: `SUM(${a("w0", "beras")}:${a("w3", "beras")})`,
  });
  b.ok({
    sheet: S,
    cell: a("chg", "cmerah"),
    rules: ["growth-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("avg", "cmerah")}-${a("des", "cmerah")})/${a("des", "cmerah")}*100,2)`,
  });
  return b.finish();
}

type InR = {
  id: string;
  kec: string;
  ku: number;
  kt: number;
  ki: number;
  mu: number;
  mt: number;
  mi: number;
};

/** Rekapitulasi industri per kecamatan 2024, Disperindag Kota Pardomuan (Bidang Perindustrian). */
export function industriPardomuan(): BookW {
  const b = new BookW(
    "rekap-ikm-per-kecamatan-2024-disperindag-kota-pardomuan.xlsx",
    "industry recap per kecamatan",
    "No. | Nama Kecamatan | 'Industri Kecil' / 'Industri Menengah' / 'Jumlah' (each written once, not merged) > Unit Usaha / Tenaga Kerja (orang) / Nilai Investasi (Rp) | Rata-rata TK per Unit; JUMLAH row of SUMs, its TK per unit from its own totals; letterhead, notes and a clerk's signature",
  );
  const S = "Rekap IKM 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PARDOMUAN", "DINAS PERINDUSTRIAN DAN PERDAGANGAN - BIDANG PERINDUSTRIAN"]);
  s.lines(
    ["REKAPITULASI DATA INDUSTRI KECIL DAN MENENGAH PER KECAMATAN", "Keadaan s.d. 31 Desember 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const rs: InR[] = [
    {
      id: "u",
      kec: "Pardomuan Utara",
      ku: 412,
      kt: 1_236,
      ki: 8_652_400_000,
      mu: 14,
      mt: 386,
      mi: 21_450_000_000,
    },
    {
      id: "k",
      kec: "Pardomuan Kota",
      ku: 538,
      kt: 1_702,
      ki: 11_948_750_000,
      mu: 21,
      mt: 612,
      mi: 34_870_000_000,
    },
    { id: "st", kec: "Sitinjo Baru", ku: 297, kt: 864, ki: 5_214_300_000, mu: 6, mt: 158, mi: 9_320_000_000 },
    { id: "hr", kec: "Hutaraja", ku: 183, kt: 517, ki: 3_087_600_000, mu: 3, mt: 84, mi: 4_615_000_000 },
    {
      id: "lj",
      kec: "Lumban Julu Timur",
      ku: 246,
      kt: 702,
      ki: 4_395_150_000,
      mu: 5,
      mt: 131,
      mi: 7_240_000_000,
    },
    {
      id: "pb",
      kec: "Pasar Bengkel",
      ku: 361,
      kt: 1_083,
      ki: 7_126_800_000,
      mu: 11,
      mt: 297,
      mi: 16_980_000_000,
    },
    {
      id: "tm",
      kec: "Tanjung Marihat",
      ku: 154,
      kt: 431,
      ki: 2_648_900_000,
      mu: 2,
      mt: 57,
      mi: 3_150_000_000,
    },
    {
      id: "an",
      kec: "Aek Nauli Baru",
      ku: 208,
      kt: 596,
      ki: 3_771_250_000,
      mu: 4,
      mt: 109,
      mi: 5_860_000_000,
    },
  ];
  const U = "Unit Usaha";
  const T = "Tenaga Kerja (orang)";
  const I = "Nilai Investasi (Rp)";
  const grp = (g: string, p: string): Col[] => [
    { key: `${p}u`, head: [g, U], role: "realisasi", year: 2024, fmt: RP, width: 9 },
    { key: `${p}t`, head: [g, T], role: "realisasi", year: 2024, fmt: RP, width: 10 },
    { key: `${p}i`, head: [g, I], role: "realisasi", year: 2024, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "kec", head: ["Nama Kecamatan"], role: "lokasi", width: 20 },
    ...grp("Industri Kecil", "k"),
    ...grp("Industri Menengah", "m"),
    ...grp("Jumlah", "j"),
    { key: "rt", head: ["Rata-rata TK per Unit"], role: "lainnya", fmt: DEC, width: 10 },
  ];
  const rows: Row[] = rs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kec: x.kec,
      ku: x.ku,
      kt: x.kt,
      ki: x.ki,
      mu: x.mu,
      mt: x.mt,
      mi: x.mi,
      ju: fx(`${c.a("ku")}+${c.a("mu")}`),
      jt: fx(`${c.a("kt")}+${c.a("mt")}`),
      // planted: Pasar Bengkel's total investment typed with two digits swapped
      ji: x.id === "pb" ? 21_106_800_000 : fx(`${c.a("ki")}+${c.a("mi")}`),
      rt: fx(`ROUND(${c.a("jt")}/${c.a("ju")},2)`),
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      const f = c.row("u");
      const l = c.row("an");
      for (const k of ["ku", "kt", "ki", "mu", "mt", "mi", "ju", "jt", "ji"])
        // planted: the tenaga kerja of industri kecil stops at Tanjung Marihat
        out[k] = fx(`SUM(${c.c(k)}${f}:${c.c(k)}${k === "kt" ? l - 1 : l})`);
      out.rt = fx(`ROUND(${c.a("jt")}/${c.a("ju")},2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, groups: "first", rows });
  s.gap();
  s.lines([
    "Sumber: SIINas dan pendataan lapangan Bidang Perindustrian.",
    "*) Nilai investasi tidak termasuk tanah dan bangunan tempat usaha.",
    "**) Industri kecil: investasi s.d. Rp 5 miliar; industri menengah: Rp 5 miliar s.d. Rp 10 miliar per unit usaha.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Pardomuan, 20 Januari 2025",
    jabatan: ["Diketahui oleh", "Kepala Bidang Perindustrian"],
    nama: "RUSMIDA BR. SINAGA, S.E.",
    nip: "19810905 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kt", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH tenaga kerja industri kecil SUMs Pardomuan Utara .. Tanjung Marihat (6,535); with Aek Nauli Baru (596) it is 7,131",
    truth: `SUM(${a("kt", "u")}:${a("kt", "an")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("ji", "pb") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Pasar Bengkel total investment typed 21,106,800,000; 7,126,800,000 + 16,980,000,000 = 24,106,800,000",
    truth: `${a("ki", "pb")}+${a("mi", "pb")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rt", "jml"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("jt", "jml")}/${a("ju", "jml")},2)`,
    trap: `SUM(${a("rt", "u")}:${a("rt", "an")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ku", "jml"),
    rules: ["sum-mismatch", "inconsistent-formula"],
    truth: `SUM(${a("ku", "u")}:${a("ku", "an")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jt", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("jt", "u")}:${a("jt", "an")})`,
    trap: `${a("kt", "jml")}+${a("mt", "jml")}`,
  });
  return b.finish();
}
