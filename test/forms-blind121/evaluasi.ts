// Evaluation tables of the Dinas Kebudayaan: an E.81 (Renja 2024, typed values, ordinal (n-2) / (n-1)
// headers, Kinerja | Keuangan pairs) of a Sumatera Barat kabupaten for program 2.22.05 Pelestarian dan
// Pengelolaan Cagar Budaya, and a provincial recap of cagar budaya and pelestarian funds per kabupaten
// in Papua ("dalam ribuan rupiah", formulas). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type E81Row = {
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
  bold?: boolean;
};

export function e81Disbud(): BookW {
  const b = new BookW(
    "e81-renja-disbud-cagar-budaya-bukit-barisan-tengah.xlsx",
    "E.81 evaluation of the Renja (Dinas Kebudayaan)",
    "E.81 s.d. Triwulan IV 2024 of a Dinas Kebudayaan in Sumatera Barat: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode (2026) | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each Kinerja | Keuangan (Rp); typed values; number row '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 Disbud 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BUKIT BARISAN TENGAH",
    "DINAS KEBUDAYAAN",
    "Jl. Ranah Minang No. 14, Pariangan Baru",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN BUKIT BARISAN TENGAH",
    "Renja Dinas Kebudayaan Tahun 2024, s.d. Triwulan IV (Renstra PD 2021-2026)",
  ]);
  s.gap();
  const rows: E81Row[] = [
    {
      id: "prog",
      bold: true,
      kode: "2.22.05",
      nm: "PROGRAM PELESTARIAN DAN PENGELOLAAN CAGAR BUDAYA",
      ind: "Persentase cagar budaya dalam kondisi baik",
      sat: "%",
      level: true,
      k5: 80,
      rp5: 5_150_000_000,
      k6: 71.2,
      rp6: 2_319_800_000,
      k7: 74,
      rp7: 1_075_000_000,
      kq: [72.1, 73, 74.2, 75.4],
      rpq: [],
    },
    {
      id: "keg",
      kode: "2.22.05.2.01",
      nm: "Pengelolaan Cagar Budaya Peringkat Kabupaten",
      ind: "Jumlah laporan pengelolaan cagar budaya",
      sat: "dokumen",
      level: false,
      k5: 6,
      rp5: 5_150_000_000,
      k6: 3,
      rp6: 2_319_800_000,
      k7: 1,
      rp7: 1_075_000_000,
      kq: [0, 0, 0, 1],
      rpq: [],
    },
    {
      id: "s1",
      kode: "2.22.05.2.01.0001",
      nm: "Pengkajian Objek yang Diduga Cagar Budaya",
      ind: "Jumlah ODCB yang dikaji",
      sat: "objek",
      level: false,
      k5: 120,
      rp5: 1_800_000_000,
      k6: 58,
      rp6: 812_400_000,
      k7: 24,
      rp7: 365_000_000,
      kq: [4, 6, 8, 6],
      rpq: [52_300_000, 88_750_000, 121_400_000, 96_850_000],
    },
    {
      id: "s2",
      kode: "2.22.05.2.01.0002",
      nm: "Penetapan Status Cagar Budaya",
      ind: "Jumlah dokumen SK penetapan cagar budaya",
      sat: "dokumen",
      level: false,
      k5: 25,
      rp5: 950_000_000,
      k6: 11,
      rp6: 402_600_000,
      k7: 5,
      rp7: 190_000_000,
      kq: [0, 1, 2, 2],
      rpq: [18_200_000, 41_350_000, 63_900_000, 58_740_000],
    },
    {
      id: "s3",
      kode: "2.22.05.2.01.0003",
      nm: "Pemeliharaan Situs Cagar Budaya",
      ind: "Persentase situs cagar budaya yang terpelihara",
      sat: "%",
      level: true,
      k5: 85,
      rp5: 2_400_000_000,
      k6: 68.5,
      rp6: 1_104_800_000,
      k7: 75,
      rp7: 520_000_000,
      kq: [62.5, 66.7, 72.9, 77.1],
      rpq: [96_400_000, 138_250_000, 151_600_000, 118_300_000],
    },
  ];
  const subs = rows.slice(2);
  // the kegiatan and program money are the sums of the sub kegiatan
  for (const id of ["prog", "keg"]) {
    const x = rows.find((r) => r.id === id)!;
    x.rpq = [0, 1, 2, 3].map((q) => sum(subs.map((y) => y.rpq[q])));
  }
  const k12 = (x: E81Row) => (x.level ? x.kq[3] : sum(x.kq));
  const k13 = (x: E81Row) => (x.level ? x.kq[3] : x.k6 + k12(x));
  const k14 = (x: E81Row) => round((k13(x) / x.k5) * 100);
  const rp12 = (x: E81Row) => sum(x.rpq);
  const rp13 = (x: E81Row) => x.rp6 + rp12(x);
  const rp14 = (x: E81Row) => round((rp13(x) / x.rp5) * 100);
  const WRONG_RP12 = 128_190_000; // s2: 182,190,000 with two digits swapped
  const renjaCap = (x: E81Row) => round((k12(x) / x.k7) * 100);
  const K = "Kinerja";
  const RPH = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, K], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, RPH], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Renstra s.d. Tahun n-1 (%)", K],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Renstra s.d. Tahun n-1 (%)", RPH],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const dataRow = (x: E81Row, i: number): Row => ({
    id: x.id,
    bold: x.bold,
    cells: () => {
      const out: Record<string, Cell> = {
        no: x.id.startsWith("s") ? i - 1 : undefined,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        k12: k12(x),
        rp12: x.id === "s2" ? WRONG_RP12 : rp12(x),
        k13: k13(x),
        rp13: rp13(x),
        // planted: s1's K (14) holds the Renja capaian 12 / 7 x 100
        k14: x.id === "s1" ? renjaCap(x) : k14(x),
        rp14: rp14(x),
        pj: x.id === "prog" ? "Dinas Kebudayaan" : "Bidang Cagar Budaya dan Permuseuman",
      };
      x.kq.forEach((v, q) => (out[`kq${q + 1}`] = v));
      x.rpq.forEach((v, q) => (out[`rpq${q + 1}`] = v));
      return out;
    },
  });
  const shown = subs.map((x) => (x.id === "s1" ? renjaCap(x) : k14(x)));
  const avg = round(sum(shown) / shown.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "2.22", nm: "URUSAN PEMERINTAHAN BIDANG KEBUDAYAAN" } },
      ...rows.map(dataRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Tim Ahli Cagar Budaya (TACB) kabupaten dan partisipasi nagari.",
    "Faktor penghambat: sebagian ODCB berada di tanah ulayat kaum sehingga kajian tertunda.",
    "Tindak lanjut: koordinasi dengan KAN dan penganggaran kajian pada APBD Perubahan.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Pariangan Baru, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KEBUDAYAAN", "KABUPATEN BUKIT BARISAN TENGAH"],
    nama: "Dr. RAHMAT DT. MANGKUTO SATI, M.Hum.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720415 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of sub kegiatan 2.22.05.2.01.0001 holds 12 / 7 x 100 = 100.00 (the Renja capaian, 24 of 24); (58 + 24) / 120 x 100 gives 68.33",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.22.05.2.01.0002 is 128,190,000; the four quarters add up to 182,190,000 (digits swapped)",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  for (const x of rows) {
    const id = x.id;
    if (x.level) {
      b.ok({
        sheet: S,
        cell: a("k12", id),
        rules: ["sum-mismatch"],
        truth: a("kq4", id),
        trap: qk.map((k) => a(k, id)).join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("k13", id),
        rules: ["sum-mismatch"],
        truth: a("kq4", id),
        trap: `${a("k6", id)}+${a("k12", id)}`,
      });
    } else {
      b.ok({
        sheet: S,
        cell: a("k12", id),
        rules: ["sum-mismatch"],
        truth: qk.map((k) => a(k, id)).join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("k13", id),
        rules: ["sum-mismatch"],
        truth: `${a("k6", id)}+${a("k12", id)}`,
      });
    }
    if (id !== "s1")
      b.ok({
        sheet: S,
        cell: a("k14", id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
    if (id === "s1" || id === "s3") {
      b.ok({
        sheet: S,
        cell: a("rp12", id),
        rules: ["sum-mismatch"],
        truth: qr.map((k) => a(k, id)).join("+"),
      });
      b.ok({
        sheet: S,
        cell: a("rp13", id),
        rules: ["sum-mismatch"],
        truth: `${a("rp6", id)}+${a("rp12", id)}`,
      });
    }
  }
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: subs.map((x) => a(k, x.id)).join("+"),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  return b.finish();
}

// ================================= Dinas Kebudayaan Provinsi (Papua): cagar budaya per kabupaten 2024

type Kab = {
  id: string;
  nm: string;
  odcb: number;
  benda: number;
  bang: number;
  situs: number;
  pagu: number;
  real: number;
  ket: string;
};

export function rekapCagarBudayaPapua(): BookW {
  const b = new BookW(
    "rekap-cagar-budaya-pelestarian-kabupaten-papua-lembah-grime.xlsx",
    "sector recap: cagar budaya and pelestarian funds per kabupaten (Papua)",
    "Rekapitulasi 2024 of a provincial Dinas Kebudayaan in Papua: No | Kabupaten/Kota | ODCB Terdaftar | 'Ditetapkan sebagai Cagar Budaya' > Benda | Bangunan | Situs | Jumlah | % Ditetapkan | 'Dana Pelestarian (dalam ribuan rupiah)' > Pagu | Realisasi | Serapan (%) | Keterangan; number row '7 = 4+5+6', '8 = 7/3 x 100', '11 = 10/9 x 100'; formulas; JUMLAH row with ratios of the totals",
  );
  const S = "Rekap CB 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI PAPUA",
    "DINAS KEBUDAYAAN",
    "Jl. Raya Abepura - Sentani Km. 9, Jayapura",
  ]);
  s.lines([
    "REKAPITULASI CAGAR BUDAYA DAN DANA PELESTARIAN PER KABUPATEN/KOTA",
    "Tahun Anggaran 2024 (Dana Pelestarian dalam ribuan rupiah)",
  ]);
  s.gap();
  const kabs: Kab[] = [
    {
      id: "k1",
      nm: "Kabupaten Lembah Grime Hulu",
      odcb: 48,
      benda: 9,
      bang: 3,
      situs: 5,
      pagu: 1_450_000,
      real: 1_312_600,
      ket: "-",
    },
    {
      id: "k2",
      nm: "Kabupaten Teluk Yotefa Barat",
      odcb: 35,
      benda: 6,
      bang: 4,
      situs: 2,
      pagu: 980_000,
      real: 951_250,
      ket: "-",
    },
    {
      id: "k3",
      nm: "Kabupaten Danau Sentani Raya",
      odcb: 37,
      benda: 12,
      bang: 6,
      situs: 6,
      pagu: 1_620_000,
      real: 1_498_300,
      ket: "-",
    },
    {
      id: "k4",
      nm: "Kabupaten Mamberamo Hilir",
      odcb: 22,
      benda: 3,
      bang: 0,
      situs: 2,
      pagu: 640_000,
      real: 512_900,
      ket: "akses situs terbatas",
    },
    {
      id: "k5",
      nm: "Kabupaten Pegunungan Cycloop Selatan",
      odcb: 29,
      benda: 5,
      bang: 1,
      situs: 4,
      pagu: 1_275_000,
      real: 1_318_450,
      ket: "SP2D s.d. 31 Des 2024: 1.183.450",
    },
    {
      id: "k6",
      nm: "Kota Port Numbay Timur",
      odcb: 41,
      benda: 8,
      bang: 11,
      situs: 3,
      pagu: 1_185_000,
      real: 1_179_800,
      ket: "-",
    },
  ];
  const WRONG_PCT = 68.46; // k3: 24 / 37 x 100 = 64.86, digits swapped
  const G1 = "Ditetapkan sebagai Cagar Budaya";
  const G2 = "Dana Pelestarian (Rp ribu)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Kabupaten/Kota"], role: "lokasi", num: 2, width: 34 },
    { key: "odcb", head: ["ODCB Terdaftar (objek)"], num: 3, fmt: "#,##0", width: 11 },
    { key: "benda", head: [G1, "Benda"], num: 4, width: 9 },
    { key: "bang", head: [G1, "Bangunan"], num: 5, width: 9 },
    { key: "situs", head: [G1, "Situs"], num: 6, width: 9 },
    { key: "jml", head: [G1, "Jumlah"], num: "7 = 4+5+6", width: 9 },
    {
      key: "pct",
      head: ["% Ditetapkan"],
      role: "capaian",
      year: 2024,
      num: "8 = 7/3 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "pagu", head: [G2, "Pagu"], role: "anggaran", year: 2024, num: 9, fmt: RP, width: 14 },
    {
      key: "real",
      head: [G2, "Realisasi"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 10,
      fmt: RP,
      width: 14,
    },
    {
      key: "ser",
      head: [G2, "Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "11 = 10/9 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 12, width: 26 },
  ];
  const sumKeys = ["odcb", "benda", "bang", "situs", "jml", "pagu", "real"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kabs.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: x.nm,
          odcb: x.odcb,
          benda: x.benda,
          bang: x.bang,
          situs: x.situs,
          jml: fx(`${c.a("benda")}+${c.a("bang")}+${c.a("situs")}`),
          // planted: k3's percentage is typed among the formulas
          pct: x.id === "k3" ? WRONG_PCT : fx(`ROUND(${c.a("jml")}/${c.a("odcb")}*100,2)`),
          pagu: x.pagu,
          real: x.real,
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          ket: x.ket,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of sumKeys) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          out.pct = fx(`ROUND(${c.a("jml")}/${c.a("odcb")}*100,2)`);
          out.ser = fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: laporan Dinas/Bidang Kebudayaan kabupaten/kota dan register SP2D dana pelestarian.",
    "*) % Ditetapkan dan Serapan pada baris JUMLAH dihitung dari jumlah, bukan dari rata-rata persentase.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Jayapura, 14 Februari 2025",
    jabatan: ["Kepala Bidang Cagar Budaya dan Permuseuman,"],
    nama: "YOHANA M. WOMSIWOR, S.S., M.A.",
    pangkat: "Pembina (IV/a)",
    nip: "19790822 200604 2 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "k3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Ditetapkan of Danau Sentani Raya is a typed 68.46 among ROUND formulas; 24 cagar budaya of 37 ODCB give 64.86",
    truth: `ROUND(${a("jml", "k3")}/${a("odcb", "k3")}*100,2)`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "k5") },
        { sheet: S, cell: a("ser", "k5") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Realisasi of Pegunungan Cycloop Selatan is 1,318,450 (thousand), above its pagu of 1,275,000 (serapan 103.41 %); the SP2D total in the Keterangan is 1,183,450 (92.82 %)",
    truth: "1183450",
  });
  for (const x of kabs) {
    b.ok({
      sheet: S,
      cell: a("jml", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("benda", x.id)}+${a("bang", x.id)}+${a("situs", x.id)}`,
    });
    if (x.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("pct", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("jml", x.id)}/${a("odcb", x.id)}*100,2)`,
      });
    if (x.id !== "k5")
      b.ok({
        sheet: S,
        cell: a("ser", x.id),
        rules: ["serapan-over-100", "capaian-mismatch"],
        truth: `ROUND(${a("real", x.id)}/${a("pagu", x.id)}*100,2)`,
      });
  }
  for (const k of ["odcb", "benda", "bang", "situs", "jml", "pagu"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kabs.map((x) => a(k, x.id)).join("+"),
    });
  // the total percentage is the ratio of the totals, not the sum or the mean of the rows' percentages
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("jml", "tot")}/${a("odcb", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "k1")}:${a("pct", "k6")}),2)`,
  });
  return b.finish();
}
