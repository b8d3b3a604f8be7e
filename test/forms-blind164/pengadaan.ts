// The Bagian Pengadaan Barang dan Jasa (UKPBJ) of a Sekretariat Daerah: a rekap tender per perangkat
// daerah with HPS, nilai kontrak and efisiensi (Jawa Barat), a rekap of PDN and UMK spending per
// perangkat daerah (Kalimantan Selatan), and an E.81 Renja evaluation of the Bagian PBJ with K | Rp
// pairs and quarters (Jawa Barat). Every region, name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ================================================= UKPBJ Kabupaten Cirawang Girang, rekap tender 2024

type Opd = { id: string; nm: string; pkt: number; hps: number; kon: number };

export function rekapTenderCirawang(): BookW {
  const b = new BookW(
    "rekap-tender-efisiensi-ukpbj-cirawang-girang.xlsx",
    "Rekap hasil tender per perangkat daerah (UKPBJ)",
    "Rekapitulasi hasil tender/seleksi 2024 of a UKPBJ in Jawa Barat: No | Perangkat Daerah | Jumlah Paket | 'Nilai (Rp)' > Pagu HPS | Nilai Kontrak | 'Efisiensi' > Rp | %; number row 1 .. '6 = 4 - 5', '7 = 6 / 4 x 100'; JUMLAH row whose % is the ratio of the totals",
  );
  const S = "Rekap Tender 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIRAWANG GIRANG",
    "SEKRETARIAT DAERAH - BAGIAN PENGADAAN BARANG DAN JASA",
    "Jl. Raya Sindangsari No. 41 Cirawang",
  ]);
  s.lines([
    "REKAPITULASI HASIL TENDER / SELEKSI MELALUI SPSE",
    "TAHUN ANGGARAN 2024 (s.d. 31 Desember 2024)",
  ]);
  s.gap();
  const O: Opd[] = [
    {
      id: "o1",
      nm: "Dinas Pekerjaan Umum dan Penataan Ruang",
      pkt: 64,
      hps: 148_612_450_000,
      kon: 137_905_118_000,
    },
    {
      id: "o2",
      nm: "Dinas Perumahan dan Kawasan Permukiman",
      pkt: 27,
      hps: 41_380_200_000,
      kon: 38_744_910_500,
    },
    { id: "o3", nm: "Dinas Kesehatan", pkt: 18, hps: 36_925_000_000, kon: 34_118_640_000 },
    { id: "o4", nm: "RSUD Cirawang", pkt: 12, hps: 22_470_600_000, kon: 21_806_355_000 },
    { id: "o5", nm: "Dinas Pendidikan", pkt: 31, hps: 29_845_300_000, kon: 27_433_012_700 },
    { id: "o6", nm: "Dinas Perhubungan", pkt: 7, hps: 9_612_000_000, kon: 9_104_275_000 },
    { id: "o7", nm: "Dinas Lingkungan Hidup", pkt: 9, hps: 12_204_800_000, kon: 11_527_430_000 },
  ];
  const N = "Nilai (Rp)";
  const E = "Efisiensi";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], num: "2", width: 36 },
    { key: "pkt", head: ["Jumlah Paket"], num: "3", fmt: INT, width: 9 },
    { key: "hps", head: [N, "Pagu HPS"], role: "anggaran", year: 2024, num: "4", fmt: RP, width: 19 },
    {
      key: "kon",
      head: [N, "Nilai Kontrak"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "5",
      fmt: RP,
      width: 19,
    },
    { key: "efr", head: [E, "Rp"], num: "6 = 4 - 5", fmt: RP, width: 17 },
    { key: "efp", head: [E, "%"], num: "7 = 6 / 4 x 100", fmt: DEC, width: 9 },
  ];
  const tot = (k: string, x: Ctx) => `SUM(${x.a(k, "o1")}:${x.a(k, "o7")})`;
  const pkt = O.reduce((n, o) => n + o.pkt, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (x) => ({
          no: i + 1,
          opd: o.nm,
          pkt: o.pkt,
          hps: o.hps,
          kon: o.kon,
          // planted: Dinas Kesehatan's efisiensi typed 2,086,360,000 (36,925,000,000 - 34,118,640,000 = 2,806,360,000)
          efr: o.id === "o3" ? 2_086_360_000 : fx(`${x.a("hps")}-${x.a("kon")}`),
          efp: fx(`ROUND((${x.a("hps")}-${x.a("kon")})/${x.a("hps")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "opd"],
        cells: (x) => ({
          no: "JUMLAH",
          // planted: a stale cached total (before the RSUD's 3 re-tendered paket were added)
          pkt: fx(tot("pkt", x), pkt - 3),
          hps: fx(tot("hps", x)),
          kon: fx(tot("kon", x)),
          efr: fx(tot("efr", x)),
          efp: fx(`ROUND((${x.a("hps")}-${x.a("kon")})/${x.a("hps")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: efisiensi = Pagu HPS dikurangi nilai kontrak; persentase baris JUMLAH dihitung dari jumlah, bukan dijumlahkan.",
    "Sumber: SPSE LPSE Kabupaten Cirawang Girang, diolah.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Cirawang, 8 Januari 2025",
    jabatan: ["KEPALA BAGIAN PENGADAAN BARANG DAN JASA,"],
    nama: "RINI SUKMAWATI, S.T., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19820514 200801 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("efr", "o3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Efisiensi Rp of the Dinas Kesehatan is a typed 2,086,360,000 among (4)-(5) formulas; 36,925,000,000 - 34,118,640,000 gives 2,806,360,000 (digits swapped)",
    truth: `${a("hps", "o3")}-${a("kon", "o3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pkt", "j") },
    rules: ["sum-mismatch"],
    note: `JUMLAH paket is =SUM over the seven perangkat daerah with a stale cached ${pkt - 3}; the rows give ${pkt}`,
    truth: `SUM(${a("pkt", "o1")}:${a("pkt", "o7")})`,
  });
  for (const o of O) {
    if (o.id !== "o3")
      b.ok({
        sheet: S,
        cell: a("efr", o.id),
        rules: ["sum-mismatch"],
        truth: `${a("hps", o.id)}-${a("kon", o.id)}`,
      });
    b.ok({ sheet: S, cell: a("kon", o.id), rules: ["serapan-over-100"], truth: a("kon", o.id) });
  }
  for (const id of ["o1", "o4", "o6"])
    b.ok({
      sheet: S,
      cell: a("efp", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND((${a("hps", id)}-${a("kon", id)})/${a("hps", id)}*100,2)`,
    });
  for (const k of ["hps", "kon"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o7")})` });
  b.ok({
    sheet: S,
    cell: a("efp", "j"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND((SUM(${a("hps", "o1")}:${a("hps", "o7")})-SUM(${a("kon", "o1")}:${a("kon", "o7")}))/SUM(${a("hps", "o1")}:${a("hps", "o7")})*100,2)`,
    // the total efisiensi % is the ratio of the totals, not the sum of the rows' percentages
    trap: `SUM(${a("efp", "o1")}:${a("efp", "o7")})`,
  });
  return b.finish();
}

// ========================================= UKPBJ Kabupaten Batang Alai Raya, PDN dan UMK 2024

type Pd = { id: string; nm: string; pagu: number; pdn: number; umk: number };

export function pdnUmkBatangAlai(): BookW {
  const b = new BookW(
    "realisasi-pdn-umk-ukpbj-batang-alai-raya.xlsx",
    "Rekap penggunaan produk dalam negeri dan UMK (UKPBJ)",
    "Rekap realisasi belanja PDN dan paket untuk UMK 2024 of a UKPBJ in Kalimantan Selatan, in thousands of rupiah: No | Perangkat Daerah | Pagu Belanja Barang/Jasa dan Modal (Rp 000) | 'Realisasi Belanja Produk Dalam Negeri' > Rp 000 | % thd Pagu | 'Realisasi Belanja untuk Usaha Mikro dan Kecil' > Rp 000 | % thd Pagu; Total row; no number row",
  );
  const S = "PDN UMK 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG ALAI RAYA",
    "SEKRETARIAT DAERAH",
    "BAGIAN PENGADAAN BARANG DAN JASA (UKPBJ)",
  ]);
  s.lines([
    "Rekapitulasi Realisasi Penggunaan Produk Dalam Negeri (PDN) dan Belanja untuk Usaha Mikro dan Kecil (UMK)",
    "Tahun Anggaran 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const P: Pd[] = [
    {
      id: "p1",
      nm: "Dinas Pekerjaan Umum dan Penataan Ruang",
      pagu: 96_418_250,
      pdn: 88_240_110,
      umk: 38_915_400,
    },
    { id: "p2", nm: "Dinas Pendidikan dan Kebudayaan", pagu: 41_207_800, pdn: 36_950_300, umk: 19_340_725 },
    { id: "p3", nm: "Dinas Kesehatan", pagu: 28_614_500, pdn: 21_874_090, umk: 9_118_260 },
    {
      id: "p4",
      nm: "Dinas Pertanian dan Ketahanan Pangan",
      pagu: 12_462_300,
      pdn: 14_862_400,
      umk: 6_207_150,
    },
    { id: "p5", nm: "Sekretariat Daerah", pagu: 8_905_600, pdn: 8_905_600, umk: 5_612_380 },
    { id: "p6", nm: "Dinas Perhubungan", pagu: 6_318_900, pdn: 5_470_225, umk: 2_044_600 },
    { id: "p7", nm: "Kecamatan Batang Alai Hulu", pagu: 1_746_000, pdn: 1_702_350, umk: 1_488_900 },
  ];
  const D = "Realisasi Belanja Produk Dalam Negeri";
  const U = "Realisasi Belanja untuk Usaha Mikro dan Kecil";
  const F = "#,##0";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], width: 36 },
    {
      key: "pagu",
      head: ["Pagu Belanja Barang/Jasa dan Modal (Rp 000)"],
      role: "anggaran",
      year: 2024,
      fmt: F,
      width: 17,
    },
    { key: "pdn", head: [D, "Rp 000"], role: "realisasi-anggaran", year: 2024, fmt: F, width: 16 },
    { key: "pdnp", head: [D, "% thd Pagu"], fmt: DEC, width: 9 },
    { key: "umk", head: [U, "Rp 000"], role: "realisasi-anggaran", year: 2024, fmt: F, width: 16 },
    { key: "umkp", head: [U, "% thd Pagu"], fmt: DEC, width: 9 },
  ];
  const pct = (n: string, d: string) => `ROUND(${n}/${d}*100,2)`;
  const tot = (k: string, x: Ctx) => `SUM(${x.a(k, "p1")}:${x.a(k, "p7")})`;
  const p6 = P[5];
  const typedUmk = 23.63; // planted: 2,044,600 / 6,318,900 gives 32.36 (digits swapped)
  if (round((p6.umk / p6.pagu) * 100) !== 32.36) throw new Error("pdn p6");
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...P.map((p, i): Row => ({
        id: p.id,
        cells: (x) => ({
          no: i + 1,
          opd: p.nm,
          pagu: p.pagu,
          // planted (p4): PDN typed 14,862,400 above the pagu of 12,462,300
          pdn: p.pdn,
          pdnp: fx(pct(x.a("pdn"), x.a("pagu"))),
          umk: p.umk,
          umkp: p.id === "p6" ? typedUmk : fx(pct(x.a("umk"), x.a("pagu"))),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "opd"],
        cells: (x) => ({
          no: "Total",
          pagu: fx(tot("pagu", x)),
          pdn: fx(tot("pdn", x)),
          pdnp: fx(pct(x.a("pdn"), x.a("pagu"))),
          umk: fx(tot("umk", x)),
          umkp: fx(pct(x.a("umk"), x.a("pagu"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: target nasional belanja PDN minimal 95% dan paket UMK minimal 40% dari pagu belanja barang/jasa dan modal.",
    "Sumber data: e-katalog / e-purchasing, SPSE dan laporan realisasi SP2D (SIPD-RI).",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Barabai Hulu, 15 Januari 2025",
    jabatan: ["KEPALA BAGIAN PENGADAAN BARANG DAN JASA,"],
    nama: "H. AHMAD FAUZAN NOOR, S.Kom., M.M.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19850921 201001 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pdn", "p4") },
        { sheet: S, cell: a("pdnp", "p4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "PDN of the Dinas Pertanian is typed 14,862,400 (thousand) against a pagu of 12,462,300, 119.26 %; the e-katalog report gives 11,862,400 (95.19 %)",
    truth: "11862400",
  });
  b.plant({
    at: { sheet: S, cell: a("umkp", "p6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% UMK of the Dinas Perhubungan is a typed 23.63 among ROUND formulas; 2,044,600 / 6,318,900 gives 32.36",
    truth: pct(a("umk", "p6"), a("pagu", "p6")),
  });
  for (const p of P) {
    if (p.id !== "p4") {
      b.ok({
        sheet: S,
        cell: a("pdnp", p.id),
        rules: ["percent-out-of-range", "serapan-over-100"],
        truth: pct(a("pdn", p.id), a("pagu", p.id)),
      });
      b.ok({ sheet: S, cell: a("pdn", p.id), rules: ["serapan-over-100"], truth: a("pdn", p.id) });
    }
    b.ok({ sheet: S, cell: a("umk", p.id), rules: ["serapan-over-100"], truth: a("umk", p.id) });
  }
  for (const k of ["pagu", "umk"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p7")})` });
  b.ok({
    sheet: S,
    cell: a("umkp", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: pct(`SUM(${a("umk", "p1")}:${a("umk", "p7")})`, `SUM(${a("pagu", "p1")}:${a("pagu", "p7")})`),
    // the total share is the ratio of the totals, not the mean of the rows' shares
    trap: `ROUND(AVERAGE(${a("umkp", "p1")}:${a("umkp", "p7")}),2)`,
  });
  return b.finish();
}

// ============================== Bagian PBJ Setda Kota Sukawangi, E.81 evaluasi Renja 2024

type Ln = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: number[];
  rpq: number[];
};

export function e81PbjSukawangi(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-bagian-pbj-sukawangi.xlsx",
    "E.81 Evaluasi hasil Renja PD (Bagian PBJ)",
    "E.81 evaluasi Renja 2024 of a Bagian Pengadaan Barang dan Jasa in Jawa Barat: 1 No | 2 Kode | 3 Program / Kegiatan / Sub Kegiatan | 4 Indikator | Satuan | K | Rp pairs for 5 target Renstra akhir (2026), 6 realisasi s.d. 2023, 7 Renja 2024, 8-11 Triwulan I-IV, 12 = 8+9+10+11, 13 = 6 + 12, 14 = 13 / 5 x 100; levels (%) take Triwulan IV; unit penanggung jawab",
  );
  const S = "E.81 PBJ 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SUKAWANGI", "SEKRETARIAT DAERAH - BAGIAN PENGADAAN BARANG DAN JASA"]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kota Sukawangi",
    "Renja Bagian Pengadaan Barang dan Jasa Periode Pelaksanaan: Tahun 2024 (Triwulan I s.d. IV)",
  ]);
  s.gap();
  const subs: Ln[] = [
    {
      id: "s1",
      kode: "4.01.03.2.03.0001",
      nm: "Pengelolaan Pengadaan Barang dan Jasa",
      ind: "Jumlah paket tender/seleksi yang diproses Pokja Pemilihan",
      sat: "paket",
      level: false,
      k5: 620,
      rp5: 1_860_000_000,
      k6: 402,
      rp6: 1_104_550_000,
      k7: 210,
      rp7: 642_300_000,
      kq: [38, 71, 64, 44],
      rpq: [92_450_000, 176_830_000, 188_120_000, 151_600_000],
    },
    {
      id: "s2",
      kode: "4.01.03.2.03.0002",
      nm: "Pengelolaan Layanan Pengadaan Secara Elektronik",
      ind: "Persentase transaksi e-purchasing melalui e-katalog lokal",
      sat: "%",
      level: true,
      k5: 45,
      rp5: 1_215_000_000,
      k6: 31.4,
      rp6: 768_900_000,
      k7: 38,
      rp7: 425_000_000,
      kq: [22.6, 29.85, 34.1, 39.45],
      rpq: [61_200_000, 108_750_000, 117_480_000, 124_930_000],
    },
    {
      id: "s3",
      kode: "4.01.03.2.03.0003",
      nm: "Pembinaan dan Advokasi Pengadaan Barang dan Jasa",
      ind: "Jumlah pelaku usaha mikro dan kecil yang dibina menjadi penyedia e-katalog",
      sat: "pelaku usaha",
      level: false,
      k5: 450,
      rp5: 960_000_000,
      k6: 214,
      rp6: 512_300_000,
      k7: 120,
      rp7: 318_500_000,
      kq: [0, 35, 48, 29],
      rpq: [18_400_000, 96_250_000, 121_800_000, 74_560_000],
    },
  ];
  const Q = [1, 2, 3, 4];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 15 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair(
      "5",
      "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)",
      "5",
      "target",
      "anggaran",
      2026,
    ),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q) =>
      pair(
        `q${q}`,
        `Realisasi Kinerja Pada Triwulan ${["I", "II", "III", "IV"][q - 1]}`,
        String(7 + q),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const rpKeys = ["rp5", "rp6", "rp7", "rpq1", "rpq2", "rpq3", "rpq4", "rp12", "rp13"];
  const capF = (x: Ctx, k: string) => `ROUND(${x.a(`${k}13`)}/${x.a(`${k}5`)}*100,2)`;
  const subRow = (l: Ln, i: number): Row => ({
    id: l.id,
    cells: (x) => {
      const out: Record<string, Cell> = {
        no: `1.${i + 1}`,
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        k5: l.k5,
        rp5: l.rp5,
        k6: l.k6,
        rp6: l.rp6,
        k7: l.k7,
        rp7: l.rp7,
        pj: "Subbag Pengelolaan PBJ",
      };
      Q.forEach((q) => {
        out[`kq${q}`] = l.kq[q - 1];
        out[`rpq${q}`] = l.rpq[q - 1];
      });
      out.k12 = fx(l.level ? x.a("kq4") : Q.map((q) => x.a(`kq${q}`)).join("+"));
      // planted (s1): the Rp of the year adds Triwulan I-III only
      out.rp12 = fx((l.id === "s1" ? [1, 2, 3] : Q).map((q) => x.a(`rpq${q}`)).join("+"));
      out.k13 = fx(l.level ? x.a("k12") : `${x.a("k6")}+${x.a("k12")}`);
      out.rp13 = fx(`${x.a("rp6")}+${x.a("rp12")}`);
      const k14 = capF(x, "k");
      out.k14 = l.id === "s3" ? fx(k14, round(((l.k6 + l.kq[0] + l.kq[1] + l.kq[2]) / l.k5) * 100)) : fx(k14);
      out.rp14 = fx(capF(x, "rp"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (x) => {
          const out: Record<string, Cell> = {
            no: 1,
            kode: "4.01.03",
            nm: "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN",
            ind: "Persentase paket tender yang selesai tepat waktu sesuai jadwal",
            sat: "%",
            k5: 95,
            k6: 88.6,
            k7: 92,
            kq1: 84.2,
            kq2: 88.75,
            kq3: 91.3,
            kq4: 93.48,
            k12: fx(x.a("kq4")),
            k13: fx(x.a("k12")),
            k14: fx(capF(x, "k")),
            rp14: fx(capF(x, "rp")),
            pj: "Bagian PBJ",
          };
          for (const k of rpKeys) out[k] = fx(x.a(k, "k"));
          return out;
        },
      },
      {
        id: "k",
        cells: (x) => {
          const out: Record<string, Cell> = {
            kode: "4.01.03.2.03",
            nm: "Pengelolaan Pengadaan Barang dan Jasa",
            ind: "Persentase paket pengadaan yang diproses melalui sistem elektronik",
            sat: "%",
            k5: 100,
            k6: 96.2,
            k7: 100,
            kq1: 97.4,
            kq2: 98.1,
            kq3: 99.35,
            kq4: 100,
            k12: fx(x.a("kq4")),
            k13: fx(x.a("k12")),
            k14: fx(capF(x, "k")),
            rp14: fx(capF(x, "rp")),
            pj: "Bagian PBJ",
          };
          for (const k of rpKeys) out[k] = fx(`${x.a(k, "s1")}+${x.a(k, "s2")}+${x.a(k, "s3")}`);
          return out;
        },
      },
      ...subs.map(subRow),
    ],
  });
  s.gap();
  s.lines([
    "Rata-rata capaian kinerja Renstra s.d. 2024 (%): lihat kolom 14; predikat dinilai oleh Bappelitbangda.",
    "Faktor pendorong: penerapan katalog elektronik lokal; faktor penghambat: keterlambatan dokumen persiapan dari PPK.",
    "Tindak lanjut: pendampingan penyusunan HPS dan spesifikasi teknis sejak Triwulan I.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sukawangi, 17 Januari 2025",
    jabatan: ["KEPALA BAGIAN PENGADAAN BARANG DAN JASA,"],
    nama: "DEDI SUPRIATNA, S.E., M.Ak.",
    pangkat: "Pembina (IV/a)",
    nip: "19790306 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const s1 = subs[0];
  const s3 = subs[2];
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch"],
    note: `Realisasi Rp 2024 (12) of sub kegiatan 4.01.03.2.03.0001 adds Triwulan I-III only (${(s1.rpq[0] + s1.rpq[1] + s1.rpq[2]).toLocaleString("en")}); with Triwulan IV's 151,600,000 it is ${s1.rpq.reduce((n, v) => n + v, 0).toLocaleString("en")}`,
    truth: Q.map((q) => a(`rpq${q}`, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: `Tingkat capaian K (14) of sub kegiatan 4.01.03.2.03.0003 is =ROUND(13/5*100,2) with a stale cached ${round(((s3.k6 + 83) / s3.k5) * 100)} (before Triwulan IV); (214 + 112) / 450 gives ${round(((s3.k6 + 112) / s3.k5) * 100)}`,
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  for (const l of subs) {
    const qs = (p: string) => Q.map((q) => a(`${p}${q}`, l.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("k12", l.id),
      rules: ["sum-mismatch"],
      truth: l.level ? a("kq4", l.id) : qs("kq"),
      trap: l.level ? qs("kq") : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("k13", l.id),
      rules: ["sum-mismatch"],
      truth: l.level ? a("k12", l.id) : `${a("k6", l.id)}+${a("k12", l.id)}`,
      trap: l.level ? `${a("k6", l.id)}+${a("k12", l.id)}` : undefined,
    });
    if (l.id !== "s1") {
      b.ok({ sheet: S, cell: a("rp12", l.id), rules: ["sum-mismatch"], truth: qs("rpq") });
      b.ok({
        sheet: S,
        cell: a("rp13", l.id),
        rules: ["sum-mismatch"],
        truth: `${a("rp6", l.id)}+${a("rp12", l.id)}`,
      });
      b.ok({
        sheet: S,
        cell: a("rp14", l.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("rp13", l.id)}/${a("rp5", l.id)}*100,2)`,
      });
    }
    if (l.id !== "s3")
      b.ok({
        sheet: S,
        cell: a("k14", l.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("k13", l.id)}/${a("k5", l.id)}*100,2)`,
      });
  }
  for (const id of ["p", "k"]) {
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      // a rate: the s.d. 2024 K is the latest level, not 6 + 12
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", "rpq4"])
    b.ok({
      sheet: S,
      cell: a(k, "k"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("rp7", "p"),
    rules: ["sum-mismatch"],
    truth: a("rp7", "k"),
    trap: `SUM(${a("rp7", "k")}:${a("rp7", "s3")})`,
  });
  return b.finish();
}
