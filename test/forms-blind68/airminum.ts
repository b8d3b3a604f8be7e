// Drinking-water tables reported through the Dinas PUPR: the Renstra 2025-2029 T-C.27 of the Dinas
// PUPR of Kabupaten Lembor Timur (Nusa Tenggara Timur) with kondisi awal 2024, five target years K and
// Rp and the kondisi akhir, and the recap of house connections (SR) and coverage per kecamatan of
// Perumda Air Minum Tirta Haruyan, sent by the Dinas PUPR of Kabupaten Haruyan Hulu (Kalimantan
// Selatan), with a performance table under it on the same sheet. Every person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type R = {
  id: string;
  tuj?: string;
  sas?: string;
  kd: string;
  ur: string;
  ind: string;
  awal: number;
  k: number[];
  rp?: number[];
  kids?: string[];
  /** kondisi akhir K: the last target (rate, level) or the sum (a yearly count) */
  sumK?: boolean;
  bold?: boolean;
};

/** Renstra 2025-2029 T-C.27, Dinas PUPR Kabupaten Lembor Timur (air minum). */
export function renstraPuprLembor(): BookW {
  const b = new BookW(
    "renstra-2025-2029-tc27-air-minum-dinas-pupr-kab-lembor-timur.xlsx",
    "Renstra T-C.27 with kondisi awal, five target years K and Rp, kondisi akhir",
    "Tujuan | Sasaran | Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) dan Kegiatan (output) | 'Data Capaian pada Tahun Awal Perencanaan (2024)' | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | 'Unit Kerja Penanggung Jawab' | Lokasi; three header rows and a number row; kondisi akhir of a rate is its 2029 target, of a yearly count the sum",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KABUPATEN LEMBOR TIMUR - NUSA TENGGARA TIMUR"]);
  s.lines(
    [
      "Tabel T-C.27",
      "Rencana Program, Kegiatan, dan Pendanaan Dinas PUPR Kabupaten Lembor Timur Tahun 2025 - 2029 (Sub Urusan Air Minum)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const TUJ = "Meningkatnya akses masyarakat terhadap air minum layak dan aman";
  const SAS = "Meningkatnya cakupan layanan air minum perpipaan";
  const xs: R[] = [
    {
      id: "p",
      tuj: TUJ,
      sas: SAS,
      kd: "1.03.03",
      ur: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
      ind: "Cakupan layanan air minum layak (%)",
      awal: 71.8,
      // planted: 2026 typed 72.7 (77.2 with the digits swapped)
      k: [74.5, 72.7, 80, 82.6, 85],
      kids: ["k1", "k2"],
      bold: true,
    },
    {
      id: "k1",
      tuj: TUJ,
      sas: SAS,
      kd: "1.03.03.2.01",
      ur: "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota",
      ind: "Jumlah sambungan rumah (SR) baru yang terpasang (unit)",
      awal: 1240,
      k: [1500, 1650, 1800, 1950, 2100],
      rp: [8_450_000_000, 9_120_000_000, 9_870_000_000, 10_350_000_000, 11_040_000_000],
      sumK: true,
    },
    {
      id: "k2",
      tuj: TUJ,
      sas: SAS,
      kd: "1.03.03.2.02",
      ur: "Peningkatan Kapasitas Produksi dan Jaringan Transmisi Air Minum",
      ind: "Kapasitas produksi terpasang (liter/detik)",
      awal: 185,
      k: [195, 210, 225, 240, 250],
      rp: [3_265_500_000, 4_180_000_000, 4_425_750_000, 3_960_000_000, 3_712_400_000],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  let n = 1;
  const num = () => n++;
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: num(), width: 24 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: num(), width: 24 },
    { key: "kd", head: ["Kode"], role: "kode", num: num(), width: 13 },
    { key: "ur", head: ["Program dan Kegiatan"], role: "lainnya", num: num(), width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: num(),
      width: 32,
    },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: num(),
      fmt: "#,##0.0#",
      width: 12,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, String(y), "Target"],
        role: "target",
        year: y,
        num: num(),
        fmt: "#,##0.0#",
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: num(),
        fmt: RP,
        width: 16,
      },
    ]),
    {
      key: "kak",
      head: [KA, "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: num(),
      fmt: "#,##0.0#",
      width: 9,
    },
    { key: "karp", head: [KA, "Rp"], role: "kondisi-akhir", year: 2029, num: num(), fmt: RP, width: 17 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: num(), width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: num(), width: 14 },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.bold,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        tuj: x.tuj,
        sas: x.sas,
        kd: x.kd,
        ur: x.ur,
        ind: x.ind,
        awal: x.awal,
        pj: "Bidang Cipta Karya",
        lok: "Kabupaten",
      };
      Y.forEach((y, j) => {
        out[`k${y}`] = x.k[j];
        out[`rp${y}`] = x.rp ? x.rp[j] : fx((x.kids ?? []).map((id) => c.a(`rp${y}`, id)).join("+"));
      });
      out.kak = x.sumK ? fx(Y.map((y) => c.a(`k${y}`)).join("+")) : x.k[4];
      // planted: the program's kondisi akhir Rp leaves out 2029
      const years = x.id === "p" ? Y.slice(0, 4) : Y;
      out.karp = fx(years.map((y) => c.a(`rp${y}`)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows, vmerge: ["tuj", "sas"] });
  s.gap();
  s.lines([
    "Keterangan: Kondisi akhir cakupan dan kapasitas produksi = target tahun 2029; kondisi akhir SR baru = jumlah SR baru 2025 - 2029.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Lembor, 3 Maret 2025",
    jabatan: ["Kepala Dinas PUPR", "Kabupaten Lembor Timur,"],
    nama: "YOHANES B. DJEHATU, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760224 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const allRp = (id: string) => Y.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k2026", "p") },
    rules: ["target-trend", "target-outlier"],
    note: "cakupan layanan air minum target 2026 typed 72.7, below 2025's 74.5 for a rising rate; between 74.5 and 80 it was 77.2 (digits swapped)",
    truth: "77.2",
  });
  b.plant({
    at: { sheet: S, cell: a("karp", "p") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "program kondisi akhir Rp adds 2025-2028 only: 53,621,250,000; with 2029's 14,752,400,000 it is 68,373,650,000",
    truth: allRp("p"),
    tol: 1,
  });
  b.ok({
    sheet: S,
    cell: a("kak", "p"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: a("k2029", "p"),
    trap: Y.map((y) => a(`k${y}`, "p")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("kak", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "k1")).join("+"),
    trap: a("k2029", "k1"),
  });
  b.ok({
    sheet: S,
    cell: a("kak", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "k2"),
    trap: Y.map((y) => a(`k${y}`, "k2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("karp", "k2"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: allRp("k2"),
    tol: 1,
  });
  b.ok({
    sheet: S,
    cell: a("rp2028", "p"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2028", "k1")}+${a("rp2028", "k2")}`,
    tol: 1,
  });
  return b.finish();
}

type Kec = { kec: string; pdd: number; dom: number; non: number };

/** Rekap SR dan cakupan pelayanan per kecamatan 2024, Perumda Air Minum Tirta Haruyan via Dinas PUPR. */
export function rekapSrHaruyan(): BookW {
  const b = new BookW(
    "rekap-sambungan-rumah-cakupan-air-minum-2024-pupr-kab-haruyan-hulu.xlsx",
    "recap of house connections and coverage per kecamatan with a performance table under it",
    "Tabel A: No | Kecamatan | 'Jumlah Penduduk 2024 (jiwa)' | 'Sambungan Langganan Aktif (unit)' > Rumah Tangga | Niaga / Sosial / Instansi | Total SR | 'Penduduk Terlayani (jiwa) = SR RT x 5' | 'Cakupan Pelayanan (%)'; TOTAL row dividing its own totals. Tabel B under it: No | Indikator | Satuan | 'Target 2024' | 'Realisasi s.d. Desember 2024' | 'Capaian (%)'; NRW lower is better with refleksi",
  );
  const S = "SR dan Cakupan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN HARUYAN HULU",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Data Perumda Air Minum Tirta Haruyan (laporan bulanan Desember 2024)",
  ]);
  s.lines(["A. REKAPITULASI SAMBUNGAN LANGGANAN DAN CAKUPAN PELAYANAN PER KECAMATAN"], 1, { bold: true });
  const xs: Kec[] = [
    { kec: "Pagat Hilir", pdd: 41_862, dom: 6_214, non: 412 },
    { kec: "Haruyan", pdd: 28_415, dom: 3_587, non: 196 },
    { kec: "Batu Benawa Hulu", pdd: 22_930, dom: 2_461, non: 118 },
    { kec: "Labuan Amas Seberang", pdd: 19_774, dom: 2_105, non: 97 },
    { kec: "Pandawan Baru", pdd: 25_608, dom: 3_012, non: 154 },
    { kec: "Hantakan Hilir", pdd: 11_246, dom: 846, non: 38 },
    { kec: "Limpasu Raya", pdd: 14_389, dom: 1_519, non: 71 },
    { kec: "Barabai Utara", pdd: 33_157, dom: 4_688, non: 294 },
  ];
  const SL = "Sambungan Langganan Aktif (unit)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 22 },
    { key: "pdd", head: ["Jumlah Penduduk 2024 (jiwa)"], role: "lainnya", fmt: INT, width: 13 },
    { key: "dom", head: [SL, "Rumah Tangga"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
    {
      key: "non",
      head: [SL, "Niaga / Sosial / Instansi"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 11,
    },
    { key: "sr", head: [SL, "Total SR"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
    {
      key: "lyn",
      head: ["Penduduk Terlayani (jiwa) = SR RT x 5"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 13,
    },
    { key: "cak", head: ["Cakupan Pelayanan (%)"], role: "realisasi", year: 2024, fmt: DEC, width: 11 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: `d${i + 1}`,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kec: x.kec,
      pdd: x.pdd,
      dom: x.dom,
      non: x.non,
      // planted: Labuan Amas Seberang's Total SR typed 2,022; 2,105 + 97 = 2,202
      sr: i === 3 ? 2022 : fx(`${c.a("dom")}+${c.a("non")}`),
      lyn: fx(`${c.a("dom")}*5`),
      cak: fx(`ROUND(${c.a("lyn")}/${c.a("pdd")}*100,2)`),
    }),
  }));
  const L = xs.length;
  const tot = (k: string, c: { a(k: string, id?: string): string }) =>
    fx(`SUM(${c.a(k, "d1")}:${c.a(k, `d${L}`)})`);
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kec"],
    cells: (c) => ({
      no: "TOTAL KABUPATEN",
      pdd: tot("pdd", c),
      dom: tot("dom", c),
      non: tot("non", c),
      sr: tot("sr", c),
      lyn: tot("lyn", c),
      cak: fx(`ROUND(${c.a("lyn")}/${c.a("pdd")}*100,2)`),
    }),
  });
  const t1 = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines(["B. KINERJA PELAYANAN AIR MINUM TAHUN 2024"], 1, { bold: true });
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 22 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 13 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: "#,##0.##", width: 11 },
    {
      key: "r",
      head: ["Realisasi s.d. Desember 2024"],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.##",
      width: 11,
    },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
  ];
  const A = (k: string) => t1.a(k, "tot");
  const rows2: Row[] = [
    {
      id: "b1",
      // planted: typed 25,182 from the November report; Tabel A totals 25,632
      cells: (c) => ({
        no: 1,
        ind: "Jumlah SR aktif",
        sat: "unit",
        t: 26_500,
        r: 25_182,
        c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      }),
    },
    {
      id: "b2",
      cells: (c) => ({
        no: 2,
        ind: "Cakupan pelayanan air minum perpipaan",
        sat: "%",
        t: 62,
        r: fx(A("cak")),
        c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      }),
    },
    {
      id: "b3",
      cells: (c) => ({
        no: 3,
        ind: "Tingkat kehilangan air (NRW)",
        sat: "% (makin kecil makin baik)",
        t: 30,
        r: 32.4,
        c: fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`),
      }),
    },
    {
      id: "b4",
      cells: (c) => ({
        no: 4,
        ind: "Jam operasi layanan",
        sat: "jam/hari",
        t: 24,
        r: 21.5,
        c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      }),
    },
  ];
  const t2 = s.table({ cols: cols2, headerRows: 1, rows: rows2 });
  s.gap();
  s.lines([
    "Catatan: persentase per kecamatan tidak dijumlahkan; cakupan kabupaten = total penduduk terlayani : total penduduk x 100.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Pagat Hilir, 20 Januari 2025",
    jabatan: ["Kepala Bidang Cipta Karya,"],
    nama: "H. AHMAD FAUZAN RAHMANI, S.T.",
    nip: "19820607 200903 1 012",
  });
  b.plant({
    at: { sheet: S, cell: t1.a("sr", "d4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Labuan Amas Seberang Total SR typed 2,022 over the formula; 2,105 + 97 = 2,202 (digits swapped)",
    truth: `${t1.a("dom", "d4")}+${t1.a("non", "d4")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("r", "b1") },
    rules: ["cross-table-mismatch"],
    note: "Tabel B Jumlah SR aktif typed 25,182 (the November figure); Tabel A's TOTAL Total SR is 25,632 (25,812 once Kec. Labuan Amas Seberang's typo is fixed)",
    truth: A("sr"),
  });
  b.ok({
    sheet: S,
    cell: A("cak"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${A("lyn")}/${A("pdd")}*100,2)`,
    trap: `SUM(${t1.a("cak", "d1")}:${t1.a("cak", `d${L}`)})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("c", "b3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${t2.a("t", "b3")}-${t2.a("r", "b3")})/${t2.a("t", "b3")}*100,2)`,
    trap: `ROUND(${t2.a("r", "b3")}/${t2.a("t", "b3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("r", "b2"),
    rules: ["cross-table-mismatch"],
    truth: A("cak"),
  });
  b.ok({
    sheet: S,
    cell: A("dom"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t1.a("dom", "d1")}:${t1.a("dom", `d${L}`)})`,
  });
  return b.finish();
}
