// E.81 and T-C.27 of set 352: Dinas Kelautan dan Perikanan of Kabupaten Teluk Damar Biru (Sulawesi
// Tenggara) and Kota Pantai Serunai (Kepulauan Bangka Belitung). Places, people and numbers invented.
import { BookW, fx, letterhead, signature, RP, DEC, type Col, type Row } from "../forms/kit";

const KAB = "Kabupaten Teluk Damar Biru";
const KOTA = "Kota Pantai Serunai";

type E81Line = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number, number, number, number, number];
  rp?: [number, number, number, number, number, number, number];
  kids?: string[];
};

/** E.81 s.d. Triwulan IV 2024, local variant: no No column, a Satuan column, number row 3..16 with 5a. */
export function e81Kelautan(): BookW {
  const book = new BookW(
    "e81-renja-dkp-teluk-damar-biru-352.xlsx",
    "E.81",
    "Evaluasi Renja DKP 2024, Kode first, Satuan 5a, K/Rp pairs",
  );
  const s = book.sheet("E81 TW IV 2024");
  letterhead(s, [
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN",
    `DINAS KELAUTAN DAN PERIKANAN ${KAB.toUpperCase()}`,
    "PERIODE PELAKSANAAN: TRIWULAN IV TAHUN ANGGARAN 2024",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD: meningkatnya produksi dan kesejahteraan pelaku perikanan",
  ]);
  const pair = (
    key: string,
    head: string[],
    num: number,
    kRole: Col["role"],
    rpRole: Col["role"],
    year: number,
  ): Col[] => [
    { key: `${key}k`, head: [...head, "K"], role: kRole, year, num, fmt: DEC },
    { key: `${key}r`, head: [...head, "Rp"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 3 },
    {
      key: "nama",
      head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan"],
      role: "lainnya",
      num: 4,
      width: 34,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5a" },
    ...pair(
      "e",
      ["Target Kinerja dan Anggaran Renstra PD Tahun 2026 (Akhir Periode Renstra)"],
      6,
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "g",
      ["Realisasi Target Kinerja dan Anggaran Renstra PD s.d. Renja Tahun Lalu (2023)"],
      7,
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "i",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024)"],
      8,
      "target",
      "anggaran",
      2024,
    ),
    ...pair("q1", ["Realisasi Kinerja Pada Triwulan", "I"], 9, "realisasi", "realisasi-anggaran", 2024),
    ...pair("q2", ["Realisasi Kinerja Pada Triwulan", "II"], 10, "realisasi", "realisasi-anggaran", 2024),
    ...pair("q3", ["Realisasi Kinerja Pada Triwulan", "III"], 11, "realisasi", "realisasi-anggaran", 2024),
    ...pair("q4", ["Realisasi Kinerja Pada Triwulan", "IV"], 12, "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "s",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi (2024)"],
      13,
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "u",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      14,
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "w",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      15,
      "capaian",
      "capaian",
      2024,
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 16, width: 20 },
  ];
  const lines: E81Line[] = [
    {
      id: "p1",
      kode: "3.25.02",
      nama: "Program Pengelolaan Perikanan Tangkap",
      ind: "Persentase nelayan berasuransi",
      sat: "%",
      level: true,
      k: [60, 38, 45, 40.5, 42, 43.8, 46.2],
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "3.25.02.2.01",
      nama: "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota",
      ind: "Jumlah nelayan kecil yang difasilitasi premi asuransi",
      sat: "orang",
      level: false,
      k: [6000, 2850, 1200, 150, 320, 410, 280],
      rp: [4_250_000_000, 2_310_000_000, 905_000_000, 120_500_000, 215_750_000, 268_400_000, 262_100_000],
    },
    {
      id: "k2",
      kode: "3.25.02.2.02",
      nama: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan",
      ind: "Jumlah kapal perikanan yang terdaftar di TPI",
      sat: "kapal",
      level: false,
      k: [900, 430, 160, 35, 42, 38, 41],
      rp: [3_120_000_000, 1_640_000_000, 712_000_000, 98_200_000, 176_300_000, 205_900_000, 214_600_000],
    },
    {
      id: "p2",
      kode: "3.25.03",
      nama: "Program Pengelolaan Perikanan Budidaya",
      ind: "Persentase pembudi daya ikan yang menerapkan CBIB",
      sat: "%",
      level: true,
      k: [55, 31, 40, 33.5, 35.2, 37.9, 39.4],
      kids: ["k3"],
    },
    {
      id: "k3",
      kode: "3.25.03.2.01",
      nama: "Pemberdayaan Pembudi Daya Ikan Kecil",
      ind: "Jumlah kelompok pembudi daya ikan yang dibina",
      sat: "kelompok",
      level: false,
      k: [250, 118, 52, 8, 14, 15, 13],
      rp: [2_875_000_000, 1_395_000_000, 640_000_000, 72_400_000, 158_900_000, 189_250_000, 176_800_000],
    },
  ];
  const keys = ["e", "g", "i", "q1", "q2", "q3", "q4"];
  const rows: Row[] = lines.map((l) => ({
    id: l.id,
    bold: !!l.kids,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: l.kode,
        nama: l.nama,
        ind: l.ind,
        sat: l.sat,
      };
      keys.forEach((k, i) => {
        c[`${k}k`] = l.k[i];
        c[`${k}r`] = l.rp ? l.rp[i] : fx(l.kids!.map((id) => x.a(`${k}r`, id)).join("+"));
      });
      const q = ["q1", "q2", "q3", "q4"];
      // the planted one: quarters of the TPI kegiatan typed as 165 instead of 156
      c.sk = l.id === "k2" ? 165 : l.level ? fx(x.a("q4k")) : fx(q.map((k) => x.a(`${k}k`)).join("+"));
      c.sr = fx(q.map((k) => x.a(`${k}r`)).join("+"));
      c.uk = l.level ? fx(x.a("sk")) : fx(`${x.a("gk")}+${x.a("sk")}`);
      c.ur = fx(`${x.a("gr")}+${x.a("sr")}`);
      c.wk = fx(`ROUND(${x.a("uk")}/${x.a("ek")}*100,2)`);
      c.wr = fx(`ROUND(${x.a("ur")}/${x.a("er")}*100,2)`);
      c.pj = l.level ? "Bidang Perikanan" : "Seksi Pemberdayaan";
      return c;
    },
  }));
  rows.push({
    id: "avg",
    span: ["kode", "uk"],
    cells: (x) => ({
      kode: "Rata-rata capaian kinerja (%)",
      wk: fx(`ROUND(AVERAGE(${lines.map((l) => x.a("wk", l.id)).join(",")}),2)`),
    }),
  });
  rows.push({ id: "pred", span: ["kode", "uk"], cells: { kode: "Predikat kinerja", wk: "Tinggi" } });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan premi asuransi nelayan dari KKP.",
    "Faktor penghambat: cuaca ekstrem pada Triwulan I.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Teluk Damar Biru, 15 Januari 2025",
    jabatan: ["Kepala Dinas Kelautan dan Perikanan"],
    nama: "Ir. La Ode Mustafa Rahim, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19710318 199803 1 006",
  });
  const S = s.name;
  const q = (id: string) => ["q1k", "q2k", "q3k", "q4k"].map((k) => t.a(k, id)).join("+");
  book.plant({
    at: { sheet: S, cell: t.a("sk", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(13) K of the TPI kegiatan typed 165; its quarters 35+42+38+41 give 156",
    truth: q("k2"),
  });
  book.plant({
    at: { sheet: S, cell: t.a("wk", "pred") },
    rules: ["predikat-mismatch"],
    note: "predikat Tinggi for an average capaian of 69.76 (Sedang, > 65-75)",
    truth: `PREDIKAT(${t.a("wk", "avg")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("sk", "p1"),
    rules: ["sum-mismatch"],
    truth: t.a("q4k", "p1"),
    trap: q("p1"),
  });
  book.ok({ sheet: S, cell: t.a("sk", "k1"), rules: ["sum-mismatch"], truth: q("k1") });
  book.ok({
    sheet: S,
    cell: t.a("uk", "p2"),
    rules: ["sum-mismatch"],
    truth: t.a("sk", "p2"),
    trap: `${t.a("gk", "p2")}+${t.a("sk", "p2")}`,
  });
  book.ok({
    sheet: S,
    cell: t.a("wr", "p1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("ur", "p1")}/${t.a("er", "p1")}*100,2)`,
  });
  return book.finish();
}

type TcLine = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level?: boolean;
  kids?: string[];
};

/** T-C.27 2026-2030 (dalam ribuan rupiah), "Tahun ke-1 (2026)" > Target / Rp, number row (1)..(19). */
export function tc27Kelautan(): BookW {
  const book = new BookW(
    "tc27-renstra-dkp-pantai-serunai-352.xlsx",
    "T-C.27",
    "Renstra DKP 2026-2030, Tahun ke-n (year) > Target / Rp, kondisi akhir, lokasi",
  );
  const s = book.sheet("T-C.27");
  letterhead(s, [
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, dan Pendanaan Dinas Kelautan dan Perikanan",
    `${KOTA} Tahun 2026-2030`,
    "(dalam ribuan rupiah)",
  ]);
  let n = 0;
  const num = () => `(${++n})`;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: num() },
    { key: "nama", head: ["Program dan Kegiatan"], role: "lainnya", num: num(), width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: num(),
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: num() },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: num(),
      fmt: DEC,
    },
  ];
  const years = [2026, 2027, 2028, 2029, 2030];
  years.forEach((y, i) => {
    const g = ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1} (${y})`];
    cols.push({ key: `t${i}`, head: [...g, "Target"], role: "target", year: y, num: num(), fmt: DEC });
    cols.push({ key: `r${i}`, head: [...g, "Rp"], role: "anggaran", year: y, num: num(), fmt: RP });
  });
  cols.push({
    key: "ak",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
    role: "kondisi-akhir",
    year: 2030,
    num: num(),
    fmt: DEC,
  });
  cols.push({
    key: "ar",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
    role: "anggaran",
    year: 2030,
    num: num(),
    fmt: RP,
  });
  cols.push({
    key: "pj",
    head: ["Unit Kerja PD Penanggung Jawab"],
    role: "penanggung-jawab",
    num: num(),
    width: 18,
  });
  cols.push({ key: "lok", head: ["Lokasi"], role: "lokasi", num: num() });
  const lines: TcLine[] = [
    {
      id: "p1",
      kode: "3.25.02",
      nama: "Program Pengelolaan Perikanan Tangkap",
      ind: "Persentase nelayan berasuransi",
      sat: "%",
      awal: 32,
      k: [36, 40, 44, 48, 52],
      level: true,
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "3.25.02.2.01",
      nama: "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota",
      ind: "Jumlah nelayan kecil yang difasilitasi premi asuransi",
      sat: "orang",
      awal: 850,
      k: [900, 950, 1000, 1050, 1100],
      rp: [1_150_000, 1_210_000, 1_275_000, 1_340_000, 1_410_000],
    },
    {
      id: "k2",
      kode: "3.25.02.2.02",
      nama: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan",
      ind: "Jumlah kapal perikanan yang difasilitasi pas kecil dan BPKP",
      sat: "kapal",
      awal: 140,
      k: [150, 160, 170, 180, 190],
      rp: [820_500, 865_000, 910_250, 955_000, 1_002_750],
    },
    {
      id: "p2",
      kode: "3.25.04",
      nama: "Program Pengolahan dan Pemasaran Hasil Perikanan",
      ind: "Angka konsumsi ikan",
      sat: "kg/kapita/tahun",
      awal: 41.3,
      k: [42.5, 43.6, 44.8, 46, 47.2],
      level: true,
      kids: ["k3", "k4"],
    },
    {
      id: "k3",
      kode: "3.25.04.2.01",
      nama: "Pembinaan dan Pemberian Dukungan Usaha Pengolahan dan Pemasaran Skala Mikro",
      ind: "Jumlah UMKM pengolah ikan yang dibina",
      sat: "UMKM",
      awal: 60,
      k: [65, 70, 75, 80, 85],
      rp: [512_000, 538_000, 565_000, 593_000, 622_000],
    },
    {
      id: "k4",
      kode: "3.25.03.2.02",
      nama: "Penyelenggaraan Gerakan Memasyarakatkan Makan Ikan (Gemarikan)",
      ind: "Jumlah kegiatan kampanye Gemarikan",
      sat: "kegiatan",
      awal: 10,
      k: [12, 12, 14, 14, 16],
      rp: [385_000, 402_500, 420_000, 441_000, 463_050],
    },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: lines.map((l) => ({
      id: l.id,
      bold: !!l.kids,
      cells: (x) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: l.kode,
          nama: l.nama,
          ind: l.ind,
          sat: l.sat,
          awal: l.awal,
        };
        years.forEach((_, i) => {
          c[`t${i}`] = l.k[i];
          c[`r${i}`] = l.rp
            ? l.rp[i]
            : fx(`SUM(${x.a(`r${i}`, l.kids![0])}:${x.a(`r${i}`, l.kids![l.kids!.length - 1])})`);
        });
        // planted: the kapal kegiatan's kondisi akhir typed as its Tahun ke-5 target
        c.ak =
          l.id === "k2" ? 190 : l.level ? fx(x.a("t4")) : fx(years.map((_, i) => x.a(`t${i}`)).join("+"));
        c.ar = fx(years.map((_, i) => x.a(`r${i}`)).join("+"));
        c.pj = "Bidang Perikanan";
        c.lok = l.kids ? "Kota Pantai Serunai" : "5 kecamatan pesisir";
        return c;
      },
    })),
  });
  s.gap();
  signature(s, 16, {
    tempat: "Pantai Serunai, 2 Desember 2025",
    jabatan: ["Kepala Dinas Kelautan dan Perikanan", KOTA],
    nama: "Hendra Saputra Wijaya, S.Pi., M.M.",
    nip: "19780922 200501 1 004",
  });
  const S = s.name;
  const flow = (id: string) => years.map((_, i) => t.a(`t${i}`, id)).join("+");
  book.plant({
    at: { sheet: S, cell: t.a("ak", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of a flow (kapal difasilitasi per year) typed 190 = Tahun ke-5; the five years give 850",
    truth: flow("k2"),
  });
  book.plant({
    at: { sheet: S, cell: t.a("kode", "k4") },
    rules: ["code-hierarchy"],
    note: "kegiatan 3.25.03.2.02 (budidaya) listed under program 3.25.04",
    truth: t.a("kode", "p2"),
    actual: `PARENT(${t.a("kode", "k4")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("ak", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t4", "p1"),
    trap: flow("p1"),
  });
  book.ok({
    sheet: S,
    cell: t.a("ak", "p2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t4", "p2"),
    trap: flow("p2"),
  });
  book.ok({ sheet: S, cell: t.a("ak", "k1"), rules: ["kondisi-akhir-mismatch"], truth: flow("k1") });
  book.ok({
    sheet: S,
    cell: t.a("r2", "p1"),
    rules: ["sum-mismatch"],
    truth: `${t.a("r2", "k1")}+${t.a("r2", "k2")}`,
  });
  book.ok({
    sheet: S,
    cell: t.a("kode", "k3"),
    rules: ["code-hierarchy"],
    truth: t.a("kode", "p2"),
    actual: `PARENT(${t.a("kode", "k3")})`,
  });
  return book.finish();
}
