// A Bapenda PAD realisation report of a Bengkulu kabupaten: Kepmendagri revenue codes, target,
// realisation, lebih/(kurang), % of target, the 2023 realisation and the growth, some negative;
// subtotals add their own children only. Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col } from "../forms/kit";

type Pd = { id: string; kode: string; ur: string; t?: number; r?: number; r23?: number; of?: string[] };

/** Laporan realisasi PAD 2024, Bapenda Kabupaten Ulu Manna Raya (Bengkulu). */
export function realisasiPad(): BookW {
  const b = new BookW(
    "realisasi-pad-naikturun-bapenda-ulumannaraya.xlsx",
    "PAD realisation with growth (Bapenda)",
    "Kode Rekening | Uraian Pendapatan | Target APBD-P | Realisasi Penerimaan | Lebih / (Kurang) | % thd Target | Realisasi TA 2023 | Naik / (Turun) %; subtotals of children, PAD = jenis added with +",
  );
  const S = "PAD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN ULU MANNA RAYA",
    "BADAN PENDAPATAN DAERAH",
    "Komplek Perkantoran Padang Kedondong, Ulu Manna Raya",
  ]);
  s.lines(["LAPORAN REALISASI PENDAPATAN ASLI DAERAH", "TAHUN ANGGARAN 2024 (s.d. 31 Desember 2024)"]);
  s.gap();
  const rows: Pd[] = [
    { id: "pad", kode: "4.1", ur: "PENDAPATAN ASLI DAERAH (PAD)", of: ["pj", "rt", "hk", "ll"] },
    { id: "pj", kode: "4.1.01", ur: "Pajak Daerah", of: ["rek", "pbj"] },
    {
      id: "rek",
      kode: "4.1.01.09",
      ur: "Pajak Reklame",
      t: 1_450_000_000,
      r: 1_318_742_500,
      r23: 1_404_615_000,
    },
    { id: "pat", kode: "4.1.01.12", ur: "Pajak Air Tanah", t: 385_000_000, r: 402_118_000, r23: 351_870_400 },
    {
      id: "pbb",
      kode: "4.1.01.16",
      ur: "PBB Perdesaan dan Perkotaan",
      t: 6_800_000_000,
      r: 6_215_390_725,
      r23: 6_048_112_300,
    },
    { id: "bph", kode: "4.1.01.19", ur: "BPHTB", t: 5_200_000_000, r: 5_934_806_150, r23: 4_887_520_000 },
    {
      id: "pbj",
      kode: "4.1.01.20",
      ur: "Pajak Barang dan Jasa Tertentu (PBJT)",
      t: 9_750_000_000,
      r: 9_512_447_890,
      r23: 8_906_301_455,
    },
    { id: "rt", kode: "4.1.02", ur: "Retribusi Daerah", of: ["ju", "pt"] },
    {
      id: "ju",
      kode: "4.1.02.01",
      ur: "Retribusi Jasa Umum",
      t: 3_150_000_000,
      r: 2_874_215_000,
      r23: 3_062_880_000,
    },
    {
      id: "us",
      kode: "4.1.20.02",
      ur: "Retribusi Jasa Usaha",
      t: 1_275_000_000,
      r: 1_306_540_000,
      r23: 1_188_430_500,
    },
    {
      id: "pt",
      kode: "4.1.02.03",
      ur: "Retribusi Perizinan Tertentu",
      t: 2_400_000_000,
      r: 1_982_660_000,
      r23: 2_215_097_000,
    },
    {
      id: "hk",
      kode: "4.1.03",
      ur: "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan",
      t: 4_100_000_000,
      r: 4_236_918_412,
      r23: 3_874_201_990,
    },
    {
      id: "ll",
      kode: "4.1.04",
      ur: "Lain-lain PAD yang Sah",
      t: 18_650_000_000,
      r: 17_402_339_618,
      r23: 16_935_770_145,
    },
  ];
  // planted 1: Retribusi Jasa Usaha coded 4.1.20.02 under 4.1.02 (digits swapped)
  // planted 2: growth of Pajak Reklame typed 6.11 where (1,318,742,500 - 1,404,615,000) / 1,404,615,000 = -6.11
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "1", width: 12 },
    { key: "ur", head: ["Uraian Pendapatan"], role: "lainnya", num: "2", width: 40 },
    {
      key: "t",
      head: ["Target APBD-P 2024 (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "3",
      fmt: RP,
      width: 18,
    },
    {
      key: "r",
      head: ["Realisasi Penerimaan 2024 (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "4",
      fmt: RP,
      width: 18,
    },
    { key: "lk", head: ["Lebih / (Kurang) (Rp)"], role: "lainnya", num: "5 = 4 - 3", fmt: RP, width: 17 },
    { key: "p", head: ["% thd Target"], role: "capaian", year: 2024, num: "6 = 4 : 3 x 100", fmt: DEC },
    {
      key: "r23",
      head: ["Realisasi TA 2023 (Rp)"],
      role: "realisasi-anggaran",
      year: 2023,
      num: "7",
      fmt: RP,
      width: 18,
    },
    {
      key: "g",
      head: ["Naik / (Turun) (%)"],
      role: "pertumbuhan",
      year: 2024,
      num: "8 = (4 - 7) : 7 x 100",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    rows: rows.map((x) => ({
      id: x.id,
      bold: !!x.of,
      cells: (c): Record<string, Cell> => {
        const out: Record<string, Cell> = { kode: x.kode, ur: x.ur };
        for (const k of ["t", "r", "r23"]) {
          if (x.of && x.id === "pad") out[k] = fx(x.of.map((id) => c.a(k, id)).join("+"));
          else if (x.of) out[k] = fx(`SUM(${c.a(k, x.of[0])}:${c.a(k, x.of[1])})`);
          else out[k] = x[k as "t" | "r" | "r23"];
        }
        out.lk = fx(`${c.a("r")}-${c.a("t")}`);
        out.p = fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`);
        out.g = x.id === "rek" ? 6.11 : fx(`ROUND((${c.a("r")}-${c.a("r23")})/${c.a("r23")}*100,2)`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: BPHTB melampaui target karena peralihan hak atas tanah proyek perumahan di Kec. Manna Hulu.",
    "Kolom 8 negatif (dalam kurung) berarti penerimaan turun dibanding tahun 2023.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Ulu Manna Raya, 14 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH,"],
    nama: "YULIANSYAH PASEMAH, S.E., M.Ak.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750109 199903 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const growth = (id: string) => `ROUND((${a("r", id)}-${a("r23", id)})/${a("r23", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("kode", "us") },
    rules: ["code-hierarchy"],
    note: "Retribusi Jasa Usaha coded 4.1.20.02 between 4.1.02.01 and 4.1.02.03 under jenis 4.1.02 (digits swapped); its parent 4.1.20 does not exist",
    truth: a("kode", "rt"),
    actual: `PARENT(${a("kode", "us")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("g", "rek") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "growth of Pajak Reklame typed 6.11 (the minus lost); (1,318,742,500 - 1,404,615,000) / 1,404,615,000 x 100 = -6.11",
    truth: growth("rek"),
  });
  for (const id of ["pat", "pbb", "bph", "pbj", "ju", "pt"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", ["ju", "pt"].includes(id) ? "rt" : "pj"),
      actual: `PARENT(${a("kode", id)})`,
    });
  for (const id of ["ju", "pt", "pbb", "ll", "pad"])
    b.ok({
      sheet: S,
      cell: a("g", id),
      rules: ["growth-mismatch"],
      truth: growth(id),
      trap: `ROUND(${a("r", id)}/${a("r23", id)}*100,2)`,
    });
  b.ok({ sheet: S, cell: a("p", "bph"), rules: ["percent-out-of-range"], truth: "114.13" });
  b.ok({
    sheet: S,
    cell: a("p", "bph"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "bph")}/${a("t", "bph")}*100,2)`,
  });
  for (const k of ["t", "r"])
    b.ok({
      sheet: S,
      cell: a(k, "pad"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "pj")}+${a(k, "rt")}+${a(k, "hk")}+${a(k, "ll")}`,
      trap: `SUM(${a(k, "pj")}:${a(k, "ll")})`,
    });
  b.ok({
    sheet: S,
    cell: a("r", "pj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("r", "rek")}:${a("r", "pbj")})`,
  });
  b.ok({ sheet: S, cell: a("lk", "ju"), rules: ["sum-mismatch"], truth: `${a("r", "ju")}-${a("t", "ju")}` });
  return b.finish();
}
