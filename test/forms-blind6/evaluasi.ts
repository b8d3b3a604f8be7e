// Evaluation and realisation tables of the eighth unseen set: an E.80 "Evaluasi Terhadap Hasil
// Renstra Perangkat Daerah" of a Dinas Pertanian for its Renstra 2020-2024 (years only in the title),
// with the one-level headers merged down over three header rows, empty spacer columns between the
// Target, Realisasi and Rasio groups and every rasio a formula; and a monthly realisation of the
// regional taxes and levies of a Badan Pendapatan Daerah (Januari .. Desember, a year total by SUM,
// % capaian by formula, Lebih/(Kurang)). Every name and number is invented; the codes are
// Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ================================================ E.80 Renstra 2020-2024 (Dinas Pertanian)

type E80 = {
  id: string;
  kind: "sasaran" | "program" | "kegiatan";
  parent?: string;
  kode?: string;
  nama: string;
  ind: string;
  sat: string;
  /** flow: summed over the years (kondisi akhir = sum of targets); otherwise a level */
  flow?: boolean;
  neg?: boolean;
  awal: number;
  t: number[];
  r: number[];
  trp?: number[];
  rrp?: number[];
  pj: string;
};

const Y5 = [1, 2, 3, 4, 5];

/** E.80 of Dinas Pertanian Kabupaten Padiwangi, Renstra 2020-2024: spacer columns, formulas for every rasio. */
export function e80Distan(): BookW {
  const b = new BookW(
    "e80-spasi-distan-padiwangi.xlsx",
    "E.80",
    "E.80 Renstra evaluation of a Dinas Pertanian 2020-2024: Tahun ke- 1..5 over K | Rp for target, realisasi and rasio, single headers merged over three rows, empty spacer columns between the groups, rasio as formulas (refleksi for two lower-is-better rows)",
  );
  const S = "E.80";
  const s = b.sheet(S);
  s.lines([
    "EVALUASI TERHADAP HASIL RENSTRA PERANGKAT DAERAH",
    "DINAS PERTANIAN KABUPATEN PADIWANGI",
    "RENSTRA PERANGKAT DAERAH PERIODE 2020-2024",
  ]);
  s.gap();
  const rows: E80[] = [
    {
      id: "s1",
      kind: "sasaran",
      nama: "Meningkatnya produksi dan produktivitas tanaman pangan",
      ind: "Produktivitas padi",
      sat: "ku/ha",
      awal: 56.12,
      t: [56.5, 57, 57.5, 58, 58.5],
      r: [56.81, 56.94, 57.86, 58.12, 58.47],
      pj: "Dinas Pertanian",
    },
    {
      id: "p1",
      kind: "program",
      kode: "3.27.02",
      nama: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      ind: "Persentase kelompok tani yang menerima bantuan sarana produksi",
      sat: "%",
      awal: 32.5,
      t: [35, 38, 41, 44, 47],
      r: [35.4, 37.2, 41.6, 44.1, 46.3],
      pj: "Bidang Sarana dan Prasarana",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      kode: "3.27.02.2.01",
      nama: "Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi",
      ind: "Jumlah kelompok tani penerima bantuan benih dan pupuk",
      sat: "kelompok",
      flow: true,
      awal: 112,
      t: [120, 130, 140, 150, 160],
      r: [118, 134, 141, 147, 163],
      trp: [2_450_000_000, 2_620_000_000, 2_780_000_000, 2_950_000_000, 3_120_000_000],
      rrp: [2_396_815_000, 2_584_420_500, 2_736_118_000, 2_871_645_200, 3_082_906_400],
      pj: "Bidang Sarana dan Prasarana",
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      kode: "3.27.02.2.03",
      nama: "Penyediaan Alat dan Mesin Pertanian",
      ind: "Jumlah alat dan mesin pertanian yang disalurkan",
      sat: "unit",
      flow: true,
      awal: 38,
      t: [45, 50, 55, 60, 65],
      r: [44, 52, 55, 61, 66],
      trp: [3_150_000_000, 3_380_000_000, 3_520_000_000, 3_740_000_000, 3_960_000_000],
      rrp: [3_082_140_000, 3_301_275_600, 3_468_902_300, 3_652_418_900, 3_905_720_100],
      pj: "Bidang Sarana dan Prasarana",
    },
    {
      id: "p2",
      kind: "program",
      kode: "3.27.03",
      nama: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      ind: "Persentase luas sawah yang terlayani jaringan irigasi usaha tani",
      sat: "%",
      awal: 60.4,
      t: [62, 64, 66, 68, 70],
      r: [61.8, 64.3, 65.2, 68.4, 70.1],
      pj: "Bidang Sarana dan Prasarana",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "3.27.03.2.01",
      nama: "Pengembangan Prasarana Pertanian",
      ind: "Panjang jaringan irigasi usaha tani yang dibangun/direhabilitasi",
      sat: "km",
      flow: true,
      awal: 16.2,
      t: [18, 20, 22, 24, 26],
      r: [17.6, 20.4, 21.35, 24.2, 25.8],
      trp: [4_200_000_000, 4_600_000_000, 4_950_000_000, 5_300_000_000, 5_650_000_000],
      rrp: [4_104_327_500, 4_538_912_000, 4_816_250_000, 5_186_403_700, 5_571_928_300],
      pj: "Bidang Sarana dan Prasarana",
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "3.27.03.2.02",
      nama: "Pembangunan Prasarana Pertanian",
      ind: "Panjang jalan usaha tani yang dibangun",
      sat: "km",
      flow: true,
      awal: 9.5,
      t: [10, 11, 12, 13, 14],
      r: [10.2, 10.85, 12.1, 12.9, 14.35],
      trp: [2_300_000_000, 2_450_000_000, 2_600_000_000, 2_750_000_000, 2_900_000_000],
      rrp: [2_248_615_000, 2_401_772_500, 2_553_184_000, 2_698_209_400, 2_861_447_600],
      pj: "Bidang Sarana dan Prasarana",
    },
    {
      id: "s2",
      kind: "sasaran",
      nama: "Menurunnya kehilangan hasil akibat organisme pengganggu tumbuhan dan bencana",
      ind: "Persentase luas serangan OPT terhadap luas tanam padi",
      sat: "%",
      neg: true,
      awal: 4.8,
      t: [4.5, 4.2, 3.9, 3.6, 3.3],
      r: [4.62, 4.05, 4.12, 3.41, 3.18],
      pj: "Dinas Pertanian",
    },
    {
      id: "p3",
      kind: "program",
      kode: "3.27.05",
      nama: "Program Pengendalian dan Penanggulangan Bencana Pertanian",
      ind: "Persentase luas lahan puso akibat bencana terhadap luas tanam",
      sat: "%",
      neg: true,
      awal: 1.32,
      t: [1.2, 1.1, 1, 0.9, 0.8],
      r: [1.35, 0.98, 1.04, 0.86, 0.71],
      pj: "Bidang Tanaman Pangan dan Hortikultura",
    },
    {
      id: "k31",
      kind: "kegiatan",
      parent: "p3",
      kode: "3.27.05.2.01",
      nama: "Pengendalian dan Penanggulangan Bencana Pertanian Kabupaten/Kota",
      ind: "Jumlah gerakan pengendalian OPT yang dilaksanakan",
      sat: "kali",
      flow: true,
      awal: 22,
      t: [24, 24, 26, 26, 28],
      r: [25, 23, 27, 26, 29],
      trp: [860_000_000, 895_000_000, 930_000_000, 965_000_000, 1_010_000_000],
      rrp: [842_610_000, 871_455_500, 918_204_000, 948_337_600, 996_118_200],
      pj: "Bidang Tanaman Pangan dan Hortikultura",
    },
  ];
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  for (const p of rows.filter((x) => x.kind === "program")) {
    p.trp = Y5.map((_, i) => sum(kids(p.id).map((k) => k.trp![i])));
    p.rrp = Y5.map((_, i) => sum(kids(p.id).map((k) => k.rrp![i])));
  }
  // planted 1: program 3.27.03's realisasi Rp of tahun ke-3 typed with two digits swapped
  const PLANT_S = "p2";
  const p2 = rows.find((x) => x.id === PLANT_S)!;
  if (p2.rrp![2] !== 7_369_434_000) throw new Error(`E.80: p2 realisasi ke-3 ${p2.rrp![2]}`);
  const PLANT_S_VAL = 7_396_434_000;
  // planted 2: the rasio K of tahun ke-4 of the alsintan row divides by the tahun ke-5 target
  const PLANT_C = "k12";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 13 },
    { key: "nama", head: ["Sasaran / Program / Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Sasaran / Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Awal Tahun Perencanaan"],
      role: "kondisi-awal",
      num: 6,
      width: 11,
    },
    {
      key: "akK",
      head: ["Target Capaian pada Akhir Tahun Perencanaan", "K"],
      role: "target",
      num: 7,
      width: 10,
    },
    {
      key: "akRp",
      head: ["Target Capaian pada Akhir Tahun Perencanaan", "Rp"],
      role: "anggaran",
      num: 8,
      fmt: RP,
      width: 17,
    },
  ];
  let n = 8;
  const groups: Array<[string, string, Col["role"], Col["role"]]> = [
    ["t", "Target Renstra Perangkat Daerah pada Tahun ke-", "target", "anggaran"],
    [
      "r",
      "Realisasi Capaian Kinerja Renstra Perangkat Daerah pada Tahun ke-",
      "realisasi",
      "realisasi-anggaran",
    ],
    ["c", "Rasio Capaian pada Tahun ke- (%)", "capaian", "capaian"],
  ];
  groups.forEach(([g, head, kRole, rRole], gi) => {
    // an empty narrow column before each group, as the office's template has it
    cols.push({ key: `sp${gi}`, head: [], width: 2 });
    for (const y of Y5) {
      cols.push({
        key: `${g}${y}k`,
        head: [head, String(y), "K"],
        role: kRole,
        year: 2019 + y,
        num: ++n,
        fmt: g === "c" ? DEC : undefined,
        width: 9,
      });
      cols.push({
        key: `${g}${y}rp`,
        head: [head, String(y), "Rp"],
        role: rRole,
        year: 2019 + y,
        num: ++n,
        fmt: g === "c" ? DEC : RP,
        width: g === "c" ? 9 : 16,
      });
    }
  });
  cols.push({ key: "sp3", head: [], width: 2 });
  cols.push({
    key: "pj",
    head: ["Unit Perangkat Daerah Penanggung Jawab"],
    role: "penanggung-jawab",
    num: ++n,
    width: 24,
  });
  let no = 0;
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: x.kind !== "kegiatan",
    cells: (c) => {
      const kf = x.flow ? (Number.isInteger(x.t[0]) && Number.isInteger(x.r[0]) ? INT : DEC) : DEC;
      const K = (v: number) => fmt(v, kf);
      const out: Record<string, Cell> = {
        no: ++no,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: K(x.awal),
        akK: K(x.flow ? round(sum(x.t), 2) : x.t[4]),
        pj: x.pj,
      };
      if (x.trp) out.akRp = sum(x.trp);
      for (const y of Y5) {
        const i = y - 1;
        out[`t${y}k`] = K(x.t[i]);
        out[`r${y}k`] = K(x.r[i]);
        const T = c.a(`t${y}k`);
        const R = c.a(x.id === PLANT_C && y === 4 ? "t5k" : `r${y}k`);
        out[`c${y}k`] = x.neg
          ? fx(`ROUND((2*${T}-${c.a(`r${y}k`)})/${T}*100,2)`)
          : x.id === PLANT_C && y === 4
            ? fx(`ROUND(${c.a("r4k")}/${c.a("t5k")}*100,2)`)
            : fx(`ROUND(${R}/${T}*100,2)`);
        if (x.trp) {
          out[`t${y}rp`] = x.trp[i];
          out[`r${y}rp`] = x.id === PLANT_S && y === 3 ? PLANT_S_VAL : x.rrp![i];
          out[`c${y}rp`] = fx(`ROUND(${c.a(`r${y}rp`)}/${c.a(`t${y}rp`)}*100,2)`);
        }
      }
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Catatan:",
    "Rasio capaian = realisasi / target x 100%. Untuk indikator yang semakin kecil semakin baik (luas serangan OPT, luas lahan puso): rasio = (2 x target - realisasi) / target x 100%.",
    "Target akhir periode: indikator jumlah (kelompok, unit, km, kali) = jumlah target tahun ke-1 s.d. ke-5; indikator persentase dan produktivitas = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Padiwangi, 17 Februari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN", "KABUPATEN PADIWANGI,"],
    nama: "Ir. SUHARTONO BUDI LAKSANA, M.P.",
    pangkat: "Pembina Utama Muda",
    nip: "19690312 199503 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const k12 = rows.find((x) => x.id === PLANT_C)!;
  b.plant({
    at: { sheet: S, cell: a("r3rp", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `realisasi Rp tahun ke-3 (2022) of program 3.27.03 is ${PLANT_S_VAL.toLocaleString("en")}; its two kegiatan give ${p2.rrp![2].toLocaleString("en")} (two digits swapped)`,
    truth: kids(PLANT_S)
      .map((k) => a("r3rp", k.id))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("c4k", PLANT_C) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `rasio K tahun ke-4 (2023) of alat dan mesin pertanian =ROUND(realisasi ke-4 / target ke-5*100,2) = ${round((k12.r[3] / k12.t[4]) * 100)}; against its own year's target ${k12.r[3]} / ${k12.t[3]} gives ${round((k12.r[3] / k12.t[3]) * 100)}`,
    truth: `ROUND(${a("r4k", PLANT_C)}/${a("t4k", PLANT_C)}*100,2)`,
  });
  for (const x of rows) {
    for (const y of Y5) {
      const [T, R] = [a(`t${y}k`, x.id), a(`r${y}k`, x.id)];
      if (!(x.id === PLANT_C && y === 4))
        b.ok({
          sheet: S,
          cell: a(`c${y}k`, x.id),
          rules: ["capaian-mismatch"],
          truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
          trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
        });
      // the rasio Rp of the planted program year follows the typed realisasi: not listed
      if (x.trp && !(x.id === PLANT_S && y === 3))
        b.ok({
          sheet: S,
          cell: a(`c${y}rp`, x.id),
          rules: ["capaian-mismatch", "serapan-over-100"],
          truth: `ROUND(${a(`r${y}rp`, x.id)}/${a(`t${y}rp`, x.id)}*100,2)`,
        });
    }
    const ts = Y5.map((y) => a(`t${y}k`, x.id));
    b.ok({
      sheet: S,
      cell: a("akK", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? ts.join("+") : ts[4],
      trap: x.flow ? ts[4] : ts.join("+"),
    });
    if (x.trp)
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: Y5.map((y) => a(`t${y}rp`, x.id)).join("+"),
        tol: 0.5,
      });
    if (x.kind === "program")
      for (const g of ["t", "r"])
        for (const y of Y5) {
          if (x.id === PLANT_S && g === "r" && y === 3) continue;
          b.ok({
            sheet: S,
            cell: a(`${g}${y}rp`, x.id),
            rules: ["sum-mismatch"],
            truth: kids(x.id)
              .map((k) => a(`${g}${y}rp`, k.id))
              .join("+"),
            tol: 0.5,
          });
        }
    if (x.kind === "kegiatan")
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent!),
        actual: `PARENT(${a("kode", x.id)})`,
      });
  }
  return b.finish();
}

// ============================================ monthly realisation of PAD 2024 (Bapenda)

type PdIn = {
  id: string;
  group?: string;
  kode: string;
  nama: string;
  target?: number;
  real?: number;
  /** monthly profile (twelve weights) */
  w?: number[];
};

export const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** Splits a year's amount over twelve months by weights, each month a little off its weight (in
 * whole rupiah, as receipts come); December takes the rest. */
function months(total: number, w: number[], seed: number): number[] {
  const v = w.map((x, i) => x * (1 + 0.07 * Math.sin(1.7 * i + seed)));
  const W = sum(v);
  const out = v
    .slice(0, 11)
    .map((x, i) => Math.round((total * x) / W) - 50_000 + (((i + 3) * 7_919 * seed) % 100_000));
  out.push(total - sum(out));
  return out;
}

/** Realisasi Pajak dan Retribusi Daerah per bulan 2024, Badan Pendapatan Daerah Kota Rangkasmulya. */
export function bulananBapenda(): BookW {
  const b = new BookW(
    "realisasi-bulanan-bapenda-rangkasmulya.xlsx",
    "monthly realisation",
    "monthly realisation of regional taxes and levies 2024 of a Bapenda: Target APBD-P | Januari .. Desember | Jumlah (SUM) | % (formula) | Lebih/(Kurang), group subtotals by month and a JUMLAH",
  );
  const S = "Realisasi per Bulan";
  const s = b.sheet(S);
  s.lines([
    "PEMERINTAH KOTA RANGKASMULYA",
    "BADAN PENDAPATAN DAERAH",
    "LAPORAN REALISASI PENERIMAAN PAJAK DAERAH DAN RETRIBUSI DAERAH PER BULAN",
    "TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const flat = [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 11];
  const pbb = [2, 3, 4, 6, 9, 12, 14, 17, 16, 8, 5, 4];
  const rows: PdIn[] = [
    { id: "g1", kode: "4.1.01", nama: "PAJAK DAERAH" },
    {
      id: "pbb",
      group: "g1",
      kode: "4.1.01.15",
      nama: "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
      target: 38_500_000_000,
      real: 36_874_215_640,
      w: pbb,
    },
    {
      id: "bphtb",
      group: "g1",
      kode: "4.1.01.16",
      nama: "Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
      target: 27_000_000_000,
      real: 30_334_981_200,
      w: [6, 7, 8, 8, 9, 8, 9, 9, 8, 9, 9, 10],
    },
    {
      id: "mamin",
      group: "g1",
      kode: "4.1.01.19",
      nama: "PBJT atas Makanan dan/atau Minuman",
      target: 31_750_000_000,
      real: 32_408_662_375,
      w: flat,
    },
    {
      id: "hotel",
      group: "g1",
      kode: "4.1.01.20",
      nama: "PBJT atas Jasa Perhotelan",
      target: 14_200_000_000,
      real: 13_962_480_910,
      w: [7, 7, 8, 7, 8, 9, 10, 8, 7, 8, 8, 13],
    },
    {
      id: "parkir",
      group: "g1",
      kode: "4.1.01.21",
      nama: "PBJT atas Jasa Parkir",
      target: 3_850_000_000,
      real: 3_518_274_500,
      w: flat,
    },
    {
      id: "rek",
      group: "g1",
      kode: "4.1.01.09",
      nama: "Pajak Reklame",
      target: 6_250_000_000,
      real: 6_165_000_000,
      w: [5, 6, 9, 8, 7, 8, 9, 10, 9, 9, 10, 10],
    },
    {
      id: "pat",
      group: "g1",
      kode: "4.1.01.12",
      nama: "Pajak Air Tanah",
      target: 1_150_000_000,
      real: 1_086_337_800,
      w: flat,
    },
    { id: "g2", kode: "4.1.02", nama: "RETRIBUSI DAERAH" },
    {
      id: "sampah",
      group: "g2",
      kode: "4.1.02.01",
      nama: "Retribusi Jasa Umum (Pelayanan Persampahan/Kebersihan)",
      target: 5_400_000_000,
      real: 4_962_118_000,
      w: flat,
    },
    {
      id: "pasar",
      group: "g2",
      kode: "4.1.02.02",
      nama: "Retribusi Jasa Usaha (Pemakaian Kekayaan Daerah dan Pasar Grosir)",
      target: 4_100_000_000,
      real: 4_287_455_250,
      w: flat,
    },
    {
      id: "pbg",
      group: "g2",
      kode: "4.1.02.03",
      nama: "Retribusi Perizinan Tertentu (Persetujuan Bangunan Gedung)",
      target: 2_750_000_000,
      real: 2_214_630_600,
      w: [3, 5, 7, 8, 9, 9, 10, 10, 10, 10, 10, 9],
    },
  ];
  const leaves = rows.filter((x) => x.group);
  const groups = rows.filter((x) => !x.group);
  const m = new Map(leaves.map((x, i) => [x.id, months(x.real!, x.w!, i + 2)]));
  for (const x of leaves) if (sum(m.get(x.id)!) !== x.real) throw new Error(`months of ${x.id}`);
  // planted 1: the hotel row's Jumlah stops at November (the December column left out of the SUM)
  const PLANT_S = "hotel";
  // planted 2: the % of Pajak Reklame typed in a column of formulas, two digits swapped
  const PLANT_C = "rek";
  const rek = rows.find((x) => x.id === PLANT_C)!;
  const cTrue = round((rek.real! / rek.target!) * 100);
  if (cTrue !== 98.64) throw new Error(`reklame ${cTrue}`);
  const PLANT_C_VAL = 96.48;
  const NEG = "#,##0;(#,##0)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode Rekening"], width: 11 },
    { key: "nama", head: ["Uraian Pendapatan"], width: 40 },
    {
      key: "tg",
      head: ["Target APBD Perubahan 2024 (Rp)"],
      role: "anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    ...BULAN.map((bl, i): Col => ({
      key: `m${i}`,
      head: ["Realisasi Penerimaan Bulan", bl],
      fmt: RP,
      width: 15,
    })),
    {
      key: "jml",
      head: ["Jumlah Realisasi s.d. Desember 2024 (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    { key: "pct", head: ["% Capaian"], role: "capaian", fmt: DEC, width: 9 },
    { key: "sel", head: ["Lebih/(Kurang) dari Target (Rp)"], fmt: NEG, width: 16 },
  ];
  let no = 0;
  const gno = ["I", "II"];
  const line = (x: PdIn): Row => ({
    id: x.id,
    bold: !x.group,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: x.group ? ++no : gno[groups.indexOf(x)],
        kode: x.kode,
        nama: x.nama,
        jml: fx(`SUM(${c.a("m0")}:${c.a(x.id === PLANT_S ? "m10" : "m11")})`),
        pct: x.id === PLANT_C ? PLANT_C_VAL : fx(`ROUND(${c.a("jml")}/${c.a("tg")}*100,2)`),
        sel: fx(`${c.a("jml")}-${c.a("tg")}`),
      };
      if (x.group) {
        out.tg = x.target!;
        m.get(x.id)!.forEach((v, i) => (out[`m${i}`] = v));
      } else {
        const ks = leaves.filter((k) => k.group === x.id);
        out.tg = fx(`SUM(${c.a("tg", ks[0].id)}:${c.a("tg", ks[ks.length - 1].id)})`);
        BULAN.forEach(
          (_, i) =>
            (out[`m${i}`] = fx(`SUM(${c.a(`m${i}`, ks[0].id)}:${c.a(`m${i}`, ks[ks.length - 1].id)})`)),
        );
      }
      return out;
    },
  });
  const keys = ["tg", ...BULAN.map((_, i) => `m${i}`)];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map(line),
      {
        id: "j",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH PAJAK DAERAH DAN RETRIBUSI DAERAH (I + II)" };
          for (const k of [...keys, "jml"]) out[k] = fx(groups.map((g) => c.a(k, g.id)).join("+"));
          out.pct = fx(`ROUND(${c.a("jml")}/${c.a("tg")}*100,2)`);
          out.sel = fx(`${c.a("jml")}-${c.a("tg")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Sistem Informasi Pendapatan Daerah (SIPANDA), data per 31 Desember 2024."]);
  s.gap();
  signature(s, 15, {
    tempat: "Rangkasmulya, 8 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "KOTA RANGKASMULYA,"],
    nama: "Dr. HENDRA KUSUMAWIJAYA, S.E., M.Ak.",
    pangkat: "Pembina Tingkat I",
    nip: "19760823 200112 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const hotel = rows.find((x) => x.id === PLANT_S)!;
  b.plant({
    at: { sheet: S, cell: a("jml", PLANT_S) },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `Jumlah of PBJT atas Jasa Perhotelan is =SUM(Januari:November) = ${sum(m.get(PLANT_S)!.slice(0, 11)).toLocaleString("en")}; the twelve months give ${hotel.real!.toLocaleString("en")} (December left out)`,
    truth: BULAN.map((_, i) => a(`m${i}`, PLANT_S)).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", PLANT_C) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `% capaian of Pajak Reklame typed ${PLANT_C_VAL} in a column of formulas; ${rek.real!.toLocaleString("en")} / ${rek.target!.toLocaleString("en")} gives ${cTrue}`,
    truth: `ROUND(${a("jml", PLANT_C)}/${a("tg", PLANT_C)}*100,2)`,
  });
  for (const x of leaves) {
    if (x.id !== PLANT_S) {
      b.ok({
        sheet: S,
        cell: a("jml", x.id),
        rules: ["sum-mismatch"],
        truth: BULAN.map((_, i) => a(`m${i}`, x.id)).join("+"),
        tol: 0.5,
      });
      if (x.id !== PLANT_C)
        b.ok({
          sheet: S,
          cell: a("pct", x.id),
          // revenue above its target is no overspending
          rules: ["capaian-mismatch", "serapan-over-100"],
          truth: `ROUND(${a("jml", x.id)}/${a("tg", x.id)}*100,2)`,
        });
    }
  }
  for (const g of groups) {
    const ks = leaves.filter((k) => k.group === g.id);
    for (const k of keys)
      b.ok({
        sheet: S,
        cell: a(k, g.id),
        rules: ["sum-mismatch"],
        truth: ks.map((q) => a(k, q.id)).join("+"),
        tol: 0.5,
      });
    // the retribusi group has no planted row under it: its Jumlah and % are clean
    if (!ks.some((q) => q.id === PLANT_S)) {
      b.ok({
        sheet: S,
        cell: a("jml", g.id),
        rules: ["sum-mismatch"],
        truth: ks.map((q) => a("jml", q.id)).join("+"),
        tol: 0.5,
      });
      b.ok({
        sheet: S,
        cell: a("pct", g.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${a("jml", g.id)}/${a("tg", g.id)}*100,2)`,
      });
    }
  }
  for (const k of keys)
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: groups.map((g) => a(k, g.id)).join("+"),
      // the groups only, not the groups and their rows together
      trap: rows.map((x) => a(k, x.id)).join("+"),
      tol: 0.5,
    });
  return b.finish();
}
