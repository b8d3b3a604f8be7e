// Realisation reports kept by the offices that add up everyone else's money: a Bappeda's quarterly
// report of the special grants (DAK Fisik and DAK Non Fisik) with the money per quarter and the
// physical progress (cumulative, a level), its percentages wrapped in IFERROR; and a BPKAD's table of
// regional spending by jenis belanja over two years in millions of rupiah, every figure typed from
// the audited LKPD. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { DASH, JT, RAW, d2, iferror, rp } from "./util";

// ===================================================== Realisasi DAK 2024 per triwulan, Bappeda Selabumi

type DakIn = {
  id: string;
  lvl: "sec" | "grp" | "leaf" | "sub";
  no?: string;
  ur: string;
  opd?: string;
  /** leaves: pagu, the four quarters' money and (DAK Fisik) the cumulative physical progress */
  pagu?: number;
  tw?: number[];
  fis?: number[];
  of?: string[];
  ket?: string;
};

/** Laporan realisasi DAK Fisik dan Non Fisik 2024 per triwulan (Bappeda). */
export function dakBappeda(): BookW {
  const file = "dak-triwulan-bappeda-selabumi.xlsx";
  RAW.delete(file);
  const b = new BookW(
    file,
    "DAK realisation by quarter (Bappeda)",
    "Laporan realisasi DAK Fisik dan DAK Non Fisik 2024 s.d. Triwulan IV of a Bappeda: No | Bidang / Sub Bidang / Jenis DAK | OPD Pelaksana | Pagu Alokasi (Rp) | 'Triwulan I' .. 'Triwulan IV' > Keuangan (Rp) | Fisik (%) | 'Realisasi s.d. Triwulan IV' > Keuangan (Rp) | Keuangan (%) | Fisik (%) | Permasalahan / Kendala; number row 1 .. 16 with '13 = 5 + 7 + 9 + 11', '14 = 13 / 4 x 100', '15 = 12'; the money of a quarter is a flow (s.d. = SUM), the physical progress is cumulative (s.d. = Triwulan IV, a formula); bidang with sub bidang as SUM rows, Jumlah DAK Fisik, Jumlah DAK Non Fisik, TOTAL DAK; percentages =IFERROR(ROUND(..),0); DAK Fisik paid from Triwulan II (reported zeros)",
  );
  const S = "Realisasi DAK 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SELABUMI",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
    "Jl. Veteran No. 3 Selabumi, Telp. (0266) 421 775",
  ]);
  s.lines(
    [
      "LAPORAN REALISASI DANA ALOKASI KHUSUS (DAK) FISIK DAN DAK NON FISIK",
      "TAHUN ANGGARAN 2024 (KONDISI S.D. TRIWULAN IV)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const DIK = "Dinas Pendidikan";
  const KES = "Dinas Kesehatan";
  const PUPR = "Dinas PUPR";
  const rows: DakIn[] = [
    { id: "A", lvl: "sec", no: "A", ur: "DAK FISIK" },
    { id: "f1", lvl: "grp", no: "1", ur: "Bidang Pendidikan", of: ["f1a", "f1b", "f1c"] },
    {
      id: "f1a",
      lvl: "sub",
      no: "a",
      ur: "Sub Bidang Sekolah Dasar (SD)",
      opd: DIK,
      pagu: 8_426_380_000,
      tw: [0, 2_527_914_000, 3_370_552_000, 2_396_118_500],
      fis: [0, 35, 78.5, 100],
    },
    {
      id: "f1b",
      lvl: "sub",
      no: "b",
      ur: "Sub Bidang Sekolah Menengah Pertama (SMP)",
      opd: DIK,
      pagu: 5_112_750_000,
      tw: [0, 1_533_825_000, 2_045_100_000, 1_402_618_000],
      fis: [0, 32.4, 74.1, 100],
    },
    {
      id: "f1c",
      lvl: "sub",
      no: "c",
      ur: "Sub Bidang Pendidikan Anak Usia Dini (PAUD)",
      opd: DIK,
      pagu: 862_400_000,
      tw: [0, 0, 517_440_000, 329_886_000],
      fis: [0, 12.5, 60, 100],
    },
    {
      id: "f2",
      lvl: "grp",
      no: "2",
      ur: "Bidang Kesehatan dan Keluarga Berencana",
      of: ["f2a", "f2b", "f2c"],
    },
    {
      id: "f2a",
      lvl: "sub",
      no: "a",
      ur: "Sub Bidang Pelayanan Kesehatan Dasar",
      opd: KES,
      pagu: 6_754_200_000,
      tw: [0, 1_688_550_000, 2_702_480_000, 2_213_965_400],
      fis: [0, 26.8, 68.3, 100],
    },
    {
      id: "f2b",
      lvl: "sub",
      no: "b",
      ur: "Sub Bidang Pelayanan Kesehatan Rujukan",
      opd: "RSUD dr. Soedirman Selabumi",
      pagu: 4_985_000_000,
      tw: [0, 1_246_250_000, 1_994_000_000, 1_093_210_500],
      fis: [0, 25, 70, 92.5],
      ket: "Sebagian alat kesehatan belum diterima dari penyedia (e-katalog) s.d. 31 Desember 2024",
    },
    {
      id: "f2c",
      lvl: "sub",
      no: "c",
      ur: "Sub Bidang Keluarga Berencana",
      opd: "Dinas P2KB",
      pagu: 1_248_600_000,
      tw: [0, 312_150_000, 524_412_000, 378_274_500],
      fis: [0, 25, 64, 100],
    },
    {
      id: "f3",
      lvl: "leaf",
      no: "3",
      ur: "Bidang Jalan",
      opd: PUPR,
      pagu: 18_642_500_000,
      tw: [0, 3_728_500_000, 7_457_000_000, 7_196_005_000],
      fis: [0, 20, 62.4, 100],
    },
    {
      id: "f4",
      lvl: "leaf",
      no: "4",
      ur: "Bidang Irigasi",
      opd: PUPR,
      pagu: 4_318_000_000,
      tw: [0, 863_600_000, 1_727_200_000, 1_654_394_000],
      fis: [0, 20, 58.2, 100],
    },
    {
      id: "f5",
      lvl: "leaf",
      no: "5",
      ur: "Bidang Air Minum",
      opd: "Dinas Perkim",
      pagu: 2_975_600_000,
      tw: [0, 595_120_000, 1_190_240_000, 1_112_468_000],
      fis: [0, 22.5, 61, 100],
    },
    { id: "jf", lvl: "grp", ur: "JUMLAH DAK FISIK", of: ["f1", "f2", "f3", "f4", "f5"] },
    { id: "B", lvl: "sec", no: "B", ur: "DAK NON FISIK" },
    {
      id: "n1",
      lvl: "leaf",
      no: "1",
      ur: "Bantuan Operasional Satuan Pendidikan (BOSP) - BOS Reguler",
      opd: DIK,
      pagu: 58_762_400_000,
      tw: [17_628_720_000, 11_752_480_000, 17_628_720_000, 11_616_904_000],
    },
    {
      id: "n2",
      lvl: "leaf",
      no: "2",
      ur: "Bantuan Operasional Satuan Pendidikan (BOSP) - BOP PAUD",
      opd: DIK,
      pagu: 7_645_800_000,
      tw: [3_822_900_000, 0, 3_822_900_000, 0],
      ket: "Disalurkan dua tahap (Januari dan Juli)",
    },
    {
      id: "n3",
      lvl: "leaf",
      no: "3",
      ur: "Tunjangan Profesi Guru (TPG) PNSD",
      opd: DIK,
      pagu: 84_216_500_000,
      tw: [20_412_300_000, 21_054_125_000, 21_054_125_000, 21_695_950_000],
    },
    {
      id: "n4",
      lvl: "leaf",
      no: "4",
      ur: "Tambahan Penghasilan Guru (Tamsil) PNSD",
      opd: DIK,
      pagu: 1_224_000_000,
      tw: [298_500_000, 306_000_000, 306_000_000, 302_250_000],
    },
    {
      id: "n5",
      lvl: "leaf",
      no: "5",
      ur: "Bantuan Operasional Kesehatan (BOK) Puskesmas",
      opd: KES,
      pagu: 12_468_300_000,
      tw: [1_870_245_000, 3_117_075_000, 3_740_490_000, 3_429_550_000],
    },
    {
      id: "n6",
      lvl: "leaf",
      no: "6",
      ur: "Dana Pelayanan Administrasi Kependudukan",
      opd: "Disdukcapil",
      pagu: 1_286_400_000,
      tw: [0, 385_920_000, 450_240_000, 418_320_000],
    },
    {
      id: "n7",
      lvl: "leaf",
      no: "7",
      ur: "Dana Ketahanan Pangan dan Pertanian",
      opd: "Dinas Pertanian dan Pangan",
      pagu: 1_042_000_000,
      tw: [0, 260_500_000, 364_700_000, 391_862_000],
    },
    { id: "jn", lvl: "grp", ur: "JUMLAH DAK NON FISIK", of: ["n1", "n2", "n3", "n4", "n5", "n6", "n7"] },
    { id: "tot", lvl: "grp", ur: "TOTAL DAK (A + B)", of: ["jf", "jn"] },
  ];
  // planted 1: Jumlah DAK Fisik pagu is a typed 54,015,830,000, the allocation before the
  // penyesuaian of the Pelayanan Kesehatan Rujukan; the rows give 53,325,430,000
  const PLANT_J = { id: "jf", v: 54_015_830_000 };
  // planted 2: the Keuangan (%) of Pelayanan Kesehatan Rujukan caches 68.93 (an old figure); its
  // formula gives 86.93
  const PLANT_C = { id: "f2b", v: 68.93 };
  const byId = new Map(rows.map((x) => [x.id, x]));
  const money = (id: string, i: number): number => {
    const x = byId.get(id)!;
    if (x.of) return sum(x.of.map((y) => money(y, i)));
    return i === 0 ? x.pagu! : x.tw![i - 1];
  };
  const spent = (id: string) => sum([1, 2, 3, 4].map((i) => money(id, i)));
  for (const x of rows.filter((q) => q.pagu))
    if (spent(x.id) > x.pagu!) throw new Error(`dak: ${x.id} above its pagu`);
  if (money("jf", 0) !== 53_325_430_000) throw new Error(`dak: jumlah fisik ${money("jf", 0)}`);
  if (round((spent("f2b") / money("f2b", 0)) * 100) !== 86.93) throw new Error("dak: f2b");
  const TW = ["I", "II", "III", "IV"];
  const SD = "Realisasi s.d. Triwulan IV";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ur", head: ["Bidang / Sub Bidang / Jenis DAK"], num: 2, width: 40 },
    { key: "opd", head: ["OPD Pelaksana"], role: "penanggung-jawab", num: 3, width: 20 },
    { key: "pagu", head: ["Pagu Alokasi (Rp)"], role: "anggaran", year: 2024, num: 4, fmt: RP, width: 17 },
    ...TW.flatMap((q, i): Col[] => [
      {
        key: `k${i}`,
        head: [`Triwulan ${q}`, "Keuangan (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: 5 + 2 * i,
        fmt: DASH,
        width: 16,
      },
      {
        key: `f${i}`,
        head: [`Triwulan ${q}`, "Fisik (%)"],
        role: "realisasi",
        year: 2024,
        num: 6 + 2 * i,
        fmt: DEC,
        width: 8,
      },
    ]),
    {
      key: "sdK",
      head: [SD, "Keuangan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "13 = 5 + 7 + 9 + 11",
      fmt: RP,
      width: 17,
    },
    {
      key: "pct",
      head: [SD, "Keuangan (%)"],
      role: "capaian",
      year: 2024,
      num: "14 = 13 / 4 x 100",
      width: 10,
    },
    {
      key: "sdF",
      head: [SD, "Fisik (%)"],
      role: "realisasi",
      year: 2024,
      num: "15 = 12",
      fmt: DEC,
      width: 8,
    },
    { key: "ket", head: ["Permasalahan / Kendala"], role: "keterangan", num: 16, width: 30 },
  ];
  const MONEY = ["pagu", "k0", "k1", "k2", "k3"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.lvl === "sec" || x.lvl === "grp",
      cells: (c) => {
        const cells: Record<string, Cell> = { no: x.no, ur: x.ur, opd: x.opd, ket: x.ket };
        if (x.lvl === "sec") return cells;
        MONEY.forEach((k, i) => {
          // a quarter in which none of the rows paid anything is typed nihil, not summed
          if (x.of && money(x.id, i) === 0) cells[k] = fmt(0, DASH);
          else if (x.of) cells[k] = fx(x.of.map((y) => c.a(k, y)).join("+"));
          else cells[k] = i === 0 ? x.pagu : x.tw![i - 1];
        });
        if (x.id === PLANT_J.id) cells.pagu = PLANT_J.v;
        cells.sdK = fx(`SUM(${c.a("k0")},${c.a("k1")},${c.a("k2")},${c.a("k3")})`);
        if (x.fis) {
          x.fis.forEach((v, i) => (cells[`f${i}`] = fmt(v, DEC)));
          cells.sdF = fx(c.a("f3"));
        }
        return cells;
      },
    })),
  });
  // the percentages, wrapped in IFERROR by the Bappeda's template
  for (const x of rows) {
    if (x.lvl === "sec") continue;
    const pagu =
      x.id === PLANT_J.id ? PLANT_J.v : x.id === "tot" ? PLANT_J.v + money("jn", 0) : money(x.id, 0);
    const v = round((spent(x.id) / pagu) * 100);
    const cell = t.a("pct", x.id);
    const inner = `ROUND(${t.a("sdK", x.id)}/${t.a("pagu", x.id)}*100,2)`;
    if (x.id === PLANT_C.id) iferror(s, cell, inner, "0", PLANT_C.v, DEC, true);
    else iferror(s, cell, inner, "0", v, DEC);
  }
  s.gap();
  s.lines([
    "Catatan:",
    "1. Realisasi keuangan per triwulan adalah pembayaran (SP2D) pada triwulan berkenaan; realisasi fisik adalah progres kumulatif s.d. akhir triwulan.",
    "2. Penyaluran DAK Fisik Tahap I dari RKUN ke RKUD diterima pada Triwulan II, sehingga realisasi Triwulan I nihil (-).",
    "3. Pagu alokasi sesuai Perpres rincian APBN 2024 dan hasil penyesuaian alokasi DAK Fisik.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Selabumi, 24 Januari 2025",
    jabatan: [
      "KEPALA BADAN PERENCANAAN PEMBANGUNAN,",
      "PENELITIAN DAN PENGEMBANGAN DAERAH",
      "KABUPATEN SELABUMI,",
    ],
    nama: "Dr. IMAM SYAFII RAHMAN, S.E., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19720930 199803 1 007",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const leaves = (id: string): string[] => {
    const x = byId.get(id)!;
    return x.of ? x.of.flatMap(leaves) : [id];
  };
  b.plant({
    at: { sheet: S, cell: a("pagu", PLANT_J.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Pagu of JUMLAH DAK FISIK is a typed ${rp(PLANT_J.v)} among SUM formulas (the allocation before the penyesuaian); its five bidang give ${rp(money("jf", 0))}`,
    truth: byId
      .get("jf")!
      .of!.map((y) => a("pagu", y))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", PLANT_C.id) },
    rules: ["capaian-mismatch"],
    note: `Keuangan (%) of Sub Bidang Pelayanan Kesehatan Rujukan is =IFERROR(ROUND(..),0) with a stale cached result of ${d2(PLANT_C.v)}; ${rp(spent("f2b"))} / ${rp(money("f2b", 0))} gives ${d2((spent("f2b") / money("f2b", 0)) * 100)}`,
    truth: `ROUND(${a("sdK", PLANT_C.id)}/${a("pagu", PLANT_C.id)}*100,2)`,
  });
  for (const x of rows) {
    if (x.lvl === "sec") continue;
    // the year's money is the four quarters added
    b.ok({
      sheet: S,
      cell: a("sdK", x.id),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3].map((i) => a(`k${i}`, x.id)).join("+"),
      tol: 0.5,
    });
    // the year's physical progress is the Triwulan IV level, not the quarters added
    if (x.fis)
      b.ok({
        sheet: S,
        cell: a("sdF", x.id),
        rules: ["sum-mismatch"],
        truth: a("f3", x.id),
        trap: [0, 1, 2, 3].map((i) => a(`f${i}`, x.id)).join("+"),
      });
    if (x.tw)
      x.tw.forEach((v, i) => {
        if (v === 0) b.ok({ sheet: S, cell: a(`k${i}`, x.id), rules: ["missing-value"], truth: "0" });
      });
    if (x.of)
      MONEY.forEach((k, i) => {
        if (k === "pagu" && (x.id === "jf" || x.id === "tot")) return;
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: leaves(x.id)
            .map((y) => a(k, y))
            .join("+"),
          // a total adds its bidang, not its bidang and their sub bidang together
          trap:
            x.id === "jf" && money(x.id, i) !== 0
              ? [...x.of!, ...leaves(x.id).filter((y) => !x.of!.includes(y))].map((y) => a(k, y)).join("+")
              : undefined,
          tol: 0.5,
        });
      });
    const pct = `ROUND(${a("sdK", x.id)}/${a("pagu", x.id)}*100,2)`;
    if (x.id !== PLANT_C.id && x.id !== "jf" && x.id !== "tot")
      b.ok({
        sheet: S,
        cell: a("pct", x.id),
        rules: ["capaian-mismatch", "serapan-over-100", "inconsistent-formula"],
        truth: pct,
        // the Jumlah DAK Non Fisik is the ratio of the totals, not the mean of its rows
        trap: x.id === "jn" ? `AVERAGE(${a("pct", "n1")}:${a("pct", "n7")})` : undefined,
      });
  }
  return b.finish();
}

// ======================================= Realisasi belanja daerah 2023-2024 (Rp juta), BPKAD Tanjungpadma

type BlIn = {
  id: string;
  kode: string;
  ur: string;
  /** anggaran 2023, realisasi 2023, anggaran 2024, realisasi 2024 (Rp juta) */
  v?: [number, number, number, number];
  of?: string[];
};

/** Realisasi belanja daerah menurut jenis belanja 2023-2024 in millions, typed (BPKAD). */
export function belanjaBpkad(): BookW {
  const b = new BookW(
    "belanja-jutaan-bpkad-tanjungpadma.xlsx",
    "Belanja summary in millions (BPKAD)",
    "Tabel 3.4 of a BPKAD: Kode Rek. | Uraian | 'Tahun Anggaran 2023' > Anggaran | Realisasi | % | 'Tahun Anggaran 2024' > Anggaran | Realisasi | % | Pertumbuhan Realisasi (%); '(dalam jutaan rupiah)' under the title; no number row; every figure typed from the audited LKPD with two decimals; Belanja Operasi and Belanja Modal as subtotals over their lines, Belanja Tidak Terduga and Belanja Transfer single rows; JUMLAH BELANJA; a source line and a signature",
  );
  const S = "Tabel 3.4 Belanja";
  const s = b.sheet(S);
  s.lines(["Tabel 3.4"]);
  s.lines(["Perkembangan Anggaran dan Realisasi Belanja Daerah Kota Tanjungpadma Tahun 2023 - 2024"], 1, {
    bold: true,
  });
  s.lines(["(dalam jutaan rupiah)"]);
  s.gap();
  const rows: BlIn[] = [
    { id: "o", kode: "5.1", ur: "BELANJA OPERASI", of: ["o1", "o2", "o3", "o5", "o6"] },
    { id: "o1", kode: "5.1.01", ur: "Belanja Pegawai", v: [612_450.8, 589_314.62, 648_920.35, 621_806.47] },
    {
      id: "o2",
      kode: "5.1.02",
      ur: "Belanja Barang dan Jasa",
      v: [418_236.15, 372_984.3, 452_780.6, 409_158.72],
    },
    { id: "o3", kode: "5.1.03", ur: "Belanja Bunga", v: [2_150, 2_148.37, 1_890, 1_845.61] },
    { id: "o5", kode: "5.1.05", ur: "Belanja Hibah", v: [48_620, 46_915.25, 62_350, 60_128.9] },
    { id: "o6", kode: "5.1.06", ur: "Belanja Bantuan Sosial", v: [6_840, 6_512.4, 7_250, 6_985.15] },
    { id: "m", kode: "5.2", ur: "BELANJA MODAL", of: ["m1", "m2", "m3", "m4", "m5"] },
    { id: "m1", kode: "5.2.01", ur: "Belanja Modal Tanah", v: [18_500, 17_250.6, 7_200, 6_495.2] },
    {
      id: "m2",
      kode: "5.2.02",
      ur: "Belanja Modal Peralatan dan Mesin",
      v: [45_380.25, 41_206.88, 51_640, 47_935.42],
    },
    {
      id: "m3",
      kode: "5.2.03",
      ur: "Belanja Modal Gedung dan Bangunan",
      v: [38_900, 30_148.52, 72_615.4, 67_712.96],
    },
    {
      id: "m4",
      kode: "5.2.04",
      ur: "Belanja Modal Jalan, Jaringan dan Irigasi",
      v: [96_450.7, 88_964.15, 104_280, 95_418.34],
    },
    {
      id: "m5",
      kode: "5.2.05",
      ur: "Belanja Modal Aset Tetap Lainnya",
      v: [3_215, 2_986.45, 3_480, 3_204.6],
    },
    { id: "btt", kode: "5.3", ur: "BELANJA TIDAK TERDUGA", v: [15_000, 2_846.75, 12_500, 2_310.4] },
    { id: "tr", kode: "5.4", ur: "BELANJA TRANSFER", v: [1_250, 1_245.8, 1_350, 1_338.2] },
  ];
  // planted 1: the realisasi 2024 of Belanja Bunga typed in rupiah (1,845,612,500) in a table in millions
  const PLANT_N = { id: "o3", v: 1_845_612_500 };
  // planted 2: the pertumbuhan of Belanja Barang dan Jasa is the growth of its anggaran (8.26);
  // the realisasi grew by 9.70 %
  const PLANT_G = "o2";
  const byId = new Map(rows.map((x) => [x.id, x]));
  const groups = ["o", "m", "btt", "tr"];
  const val = (id: string, i: number): number => {
    if (id === "j") return round(sum(groups.map((g) => val(g, i))));
    const x = byId.get(id)!;
    return x.v ? x.v[i] : round(sum(x.of!.map((y) => val(y, i))));
  };
  const jumlah = (i: number) => val("j", i);
  const pct = (r: number, a: number) => round((r / a) * 100);
  const growth = (id: string) =>
    id === PLANT_G
      ? round(((val(id, 2) - val(id, 0)) / val(id, 0)) * 100)
      : round(((val(id, 3) - val(id, 1)) / val(id, 1)) * 100);
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rek."], role: "kode", width: 9 },
    { key: "ur", head: ["Uraian"], width: 38 },
    {
      key: "a23",
      head: ["Tahun Anggaran 2023", "Anggaran"],
      role: "anggaran",
      year: 2023,
      fmt: JT,
      width: 14,
    },
    {
      key: "r23",
      head: ["Tahun Anggaran 2023", "Realisasi"],
      role: "realisasi-anggaran",
      year: 2023,
      fmt: JT,
      width: 14,
    },
    { key: "p23", head: ["Tahun Anggaran 2023", "%"], role: "capaian", year: 2023, fmt: DEC, width: 8 },
    {
      key: "a24",
      head: ["Tahun Anggaran 2024", "Anggaran"],
      role: "anggaran",
      year: 2024,
      fmt: JT,
      width: 14,
    },
    {
      key: "r24",
      head: ["Tahun Anggaran 2024", "Realisasi"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: JT,
      width: 14,
    },
    { key: "p24", head: ["Tahun Anggaran 2024", "%"], role: "capaian", year: 2024, fmt: DEC, width: 8 },
    { key: "g", head: ["Pertumbuhan Realisasi (%)"], role: "pertumbuhan", fmt: DEC, width: 12 },
  ];
  const V = ["a23", "r23", "a24", "r24"];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: !!x.of || groups.includes(x.id),
        cells: () => {
          const cells: Record<string, Cell> = {
            kode: x.kode,
            ur: x.ur,
            p23: pct(val(x.id, 1), val(x.id, 0)),
            p24: pct(val(x.id, 3), val(x.id, 2)),
            g: growth(x.id),
          };
          V.forEach((k, i) => (cells[k] = val(x.id, i)));
          if (x.id === PLANT_N.id) cells.r24 = PLANT_N.v;
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        cells: () => {
          const cells: Record<string, Cell> = {
            ur: "JUMLAH BELANJA",
            p23: pct(jumlah(1), jumlah(0)),
            p24: pct(jumlah(3), jumlah(2)),
            g: growth("j"),
          };
          V.forEach((k, i) => (cells[k] = jumlah(i)));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: LKPD Kota Tanjungpadma Tahun 2023 dan Tahun 2024 (audited), diolah.",
    "Pertumbuhan realisasi = (realisasi 2024 - realisasi 2023) / realisasi 2023 x 100.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanjungpadma, 18 Juni 2025",
    jabatan: ["KEPALA BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "KOTA TANJUNGPADMA,"],
    nama: "HERLINA PUSPITASARI, S.E., Ak., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19800426 200604 2 011",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const o = byId.get("o")!;
  b.plant({
    at: { sheet: S, cell: a("r24", PLANT_N.id) },
    rules: ["number-scale", "sum-mismatch"],
    note: `Realisasi 2024 of Belanja Bunga is typed in rupiah, ${rp(PLANT_N.v)}, in a table in millions; BELANJA OPERASI less its other lines gives ${val("o3", 3).toLocaleString("en", { minimumFractionDigits: 2 })} (its % 97.65 and pertumbuhan -14.09 agree with that)`,
    truth: `${a("r24", "o")}-(${o
      .of!.filter((y) => y !== "o3")
      .map((y) => a("r24", y))
      .join("+")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("g", PLANT_G) },
    rules: ["growth-mismatch"],
    note: `Pertumbuhan realisasi of Belanja Barang dan Jasa is ${d2(growth(PLANT_G))}, the growth of its anggaran (418,236.15 to 452,780.60); the realisasi 372,984.30 to 409,158.72 gives ${d2(((val(PLANT_G, 3) - val(PLANT_G, 1)) / val(PLANT_G, 1)) * 100)}`,
    truth: `ROUND((${a("r24", PLANT_G)}-${a("r23", PLANT_G)})/${a("r23", PLANT_G)}*100,2)`,
  });
  const all = [...rows.map((x) => x.id), "j"];
  for (const id of all) {
    const x = byId.get(id);
    for (const [p, r, an] of [
      ["p23", "r23", "a23"],
      ["p24", "r24", "a24"],
    ]) {
      if (id === PLANT_N.id && r === "r24") continue;
      b.ok({
        sheet: S,
        cell: a(p, id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${a(r, id)}/${a(an, id)}*100,2)`,
        // the JUMLAH is the ratio of the totals, not the mean of its four groups
        trap: id === "j" ? `AVERAGE(${groups.map((g) => a(p, g)).join(",")})` : undefined,
      });
    }
    if (id !== PLANT_G && id !== PLANT_N.id) {
      const g = growth(id);
      b.ok({
        sheet: S,
        cell: a("g", id),
        rules: g > 100 || g < 0 ? ["growth-mismatch", "percent-out-of-range"] : ["growth-mismatch"],
        truth: `ROUND((${a("r24", id)}-${a("r23", id)})/${a("r23", id)}*100,2)`,
        trap: x?.v ? `ROUND((${a("a24", id)}-${a("a23", id)})/${a("a23", id)}*100,2)` : undefined,
      });
    }
    if (x?.of)
      V.forEach((k) => {
        if (id === "o" && k === "r24") return;
        b.ok({
          sheet: S,
          cell: a(k, id),
          rules: ["sum-mismatch"],
          truth: x.of!.map((y) => a(k, y)).join("+"),
        });
      });
  }
  V.forEach((k) =>
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: groups.map((g) => a(k, g)).join("+"),
      // JUMLAH adds the four groups, not the groups and their lines together
      trap: rows.map((x) => a(k, x.id)).join("+"),
    }),
  );
  return b.finish();
}
