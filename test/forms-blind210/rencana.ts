// Planning and evaluation tables of a Dinas Ketahanan Pangan: the E.81 evaluasi hasil Renja 2024 of a
// Sulawesi Tengah kabupaten (K | Rp pairs, Rp in thousands; the CPPD pengadaan and the GPM count as
// flows, the CPPD penyaluran rate and the skor PPH as levels) and the T-C.27 of a Nusa Tenggara Barat
// kabupaten's Renstra 2025-2029 (dalam ribuan rupiah). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type EvSub = {
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
  kq: Array<number | "-">;
  rpq: number[];
};

const pairCols = (
  key: string,
  head: string,
  num: string,
  kRole: Col["role"],
  rpRole: Col["role"],
  year?: number,
): Col[] => [
  { key: `k${key}`, head: [head, "K"], role: kRole, year, num, fmt: DEC, width: 8 },
  { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 13 },
];

export function e81PosoLembah(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-dkp-poso-lembah-2024.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Ketahanan Pangan)",
    "E.81 for program 2.09.02, Renja 2024 (n-1), Renstra 2022-2026, '(dalam ribuan rupiah)': No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row merged over pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; Unit PD",
  );
  const S = "E.81 DKP 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN POSO LEMBAH", "DINAS KETAHANAN PANGAN"]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Poso Lembah",
    "Renja Dinas Ketahanan Pangan Kabupaten Poso Lembah Tahun 2024 (Periode Renstra 2022-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: EvSub[] = [
    {
      id: "s1",
      kode: "2.09.02.2.02.0001",
      nm: "Penyediaan Cadangan Pangan Pemerintah Kabupaten",
      ind: "Jumlah pengadaan beras CPPD",
      sat: "ton",
      level: false,
      k5: 150,
      rp5: 2_100_000,
      k6: 62,
      rp6: 880_000,
      k7: 30,
      rp7: 420_000,
      kq: [0, 12, 10, 8],
      rpq: [0, 168_000, 140_000, 112_000],
    },
    {
      id: "s2",
      kode: "2.09.02.2.02.0002",
      nm: "Penyaluran Cadangan Pangan Pemerintah Kabupaten",
      ind: "Persentase CPPD tersalur kepada masyarakat rawan pangan dan terdampak bencana",
      sat: "%",
      level: true,
      k5: 90,
      rp5: 950_000,
      k6: 78,
      rp6: 386_400,
      k7: 85,
      rp7: 190_000,
      kq: ["-", 35.5, 61.2, 87.4],
      rpq: [22_500, 48_300, 51_250, 61_900],
    },
    {
      id: "s3",
      kode: "2.09.02.2.02.0003",
      nm: "Pelaksanaan Gerakan Pangan Murah dan Stabilisasi Pasokan Pangan",
      ind: "Jumlah pelaksanaan gerakan pangan murah",
      sat: "kali",
      level: false,
      k5: 120,
      rp5: 1_500_000,
      k6: 44,
      rp6: 540_000,
      k7: 24,
      rp7: 300_000,
      kq: [5, 6, 7, 6],
      rpq: [58_000, 72_400, 86_750, 79_100],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pairCols("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pairCols(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pairCols("7", "Target Kinerja dan Anggaran Renja Tahun 2024 (n-1)", "7", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pairCols(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pairCols(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pairCols(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
    },
    { key: "pd", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subRow = (x: EvSub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.1.${i + 1}`,
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
        pd: "Bidang Distribusi dan Cadangan Pangan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: the GPM's Rp (12) is a typed 269,250 (the quarters give 296,250)
      out.rp12 = x.id === "s3" ? 269_250 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: the CPPD pengadaan's K (14) is the Renja capaian 12 / 7
      out.k14 = fx(
        x.id === "s1" ? `ROUND(${c.a("k12")}/${c.a("k7")}*100,2)` : `ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`,
      );
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            no: "1",
            kode: "2.09.02",
            nm: "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
            ind: "Skor Pola Pangan Harapan (PPH) ketersediaan",
            sat: "skor",
            k5: 90,
            k6: 85.1,
            k7: 87,
            kq1: "-",
            kq2: "-",
            kq3: "-",
            kq4: 86.2,
            pd: "Dinas Ketahanan Pangan",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          out.k12 = fx(c.a("kq4"));
          out.k13 = fx(c.a("k12"));
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            no: "1.1",
            kode: "2.09.02.2.02",
            nm: "Pengelolaan dan Keseimbangan Cadangan Pangan Kabupaten/Kota",
            ind: "Jumlah laporan pengelolaan cadangan pangan",
            sat: "dokumen",
            k5: 5,
            k6: 2,
            k7: 1,
            kq1: 0,
            kq2: 0,
            kq3: 0,
            kq4: 1,
            pd: "Bidang Distribusi dan Cadangan Pangan",
          };
          for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
          out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
          out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      ...subs.map(subRow),
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Perum BULOG Kanwil dalam penyediaan beras CPPD.",
    "Faktor penghambat: keterlambatan penetapan penerima CPPD pada triwulan I.",
    "Tindak lanjut: penetapan SK penerima paling lambat bulan Februari.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Lembah Tengah, 15 Januari 2025",
    jabatan: ["Kepala Dinas Ketahanan Pangan,"],
    nama: "Dr. Ir. YOHANIS TAMPAI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720311 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "K (14) of the CPPD pengadaan is =ROUND(12/7*100,2) = 100.00, the Renja capaian; 13 / 5 = (62 + 30) / 150 gives 61.33",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp (12) of the GPM sub kegiatan is a typed 269,250 among quarter formulas; 58,000 + 72,400 + 86,750 + 79,100 give 296,250 (digits swapped)",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "prog"]) {
    // a level: the year's K is the Triwulan IV value, not the quarters added
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: id === "s2" ? `${a("kq2", id)}+${a("kq3", id)}+${a("kq4", id)}` : undefined,
    });
    // and its s.d. K is the latest level, not 6 + 12
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND((${a("rp6", id)}+${a("rp12", id)})/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", "rpq1", "rpq4"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "s3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${a("k6", "s3")}+${a("k12", "s3")})/${a("k5", "s3")}*100,2)`,
  });
  return b.finish();
}

type TcRow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow?: boolean;
};

export function tc27RinjaniTimur(): BookW {
  const b = new BookW(
    "renstra-tc27-pendanaan-dkp-rinjani-timur.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Dinas Ketahanan Pangan)",
    "T-C.27 of a Renstra 2025-2029 '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; three header rows, number row merged over pairs ('16 = 7+9+11+13+15'); kegiatan Rp as SUM of the sub kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RINJANI TIMUR", "DINAS KETAHANAN PANGAN"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Ketahanan Pangan Kabupaten Rinjani Timur Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const subs: TcRow[] = [
    {
      id: "s1",
      kode: "2.09.02.2.02.0001",
      nm: "Penyediaan Cadangan Pangan Pemerintah Kabupaten",
      ind: "Jumlah pengadaan beras CPPD",
      sat: "ton",
      awal: 25,
      k: [30, 30, 35, 35, 40],
      rp: [420_000, 441_000, 463_050, 486_200, 510_500],
      flow: true,
    },
    {
      id: "s2",
      kode: "2.09.02.2.02.0002",
      nm: "Penyaluran Cadangan Pangan Pemerintah Kabupaten",
      ind: "Persentase CPPD tersalur tepat sasaran",
      sat: "%",
      awal: 82.5,
      k: [85, 87, 89, 91, 93],
      rp: [190_000, 199_500, 209_500, 220_000, 231_000],
    },
    {
      id: "s3",
      // planted: coded under program 2.09.03 while it stands under kegiatan 2.09.02.2.02
      kode: "2.09.03.2.02.0003",
      nm: "Pemantauan Stok, Pasokan dan Harga Pangan Pokok",
      ind: "Jumlah laporan pemantauan harga pangan pokok",
      sat: "laporan",
      awal: 12,
      k: [52, 52, 52, 52, 52],
      rp: [300_000, 315_000, 330_750, 347_300, 364_650],
      flow: true,
    },
  ];
  const prog: TcRow = {
    id: "prog",
    kode: "2.09.02",
    nm: "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
    ind: "Skor Pola Pangan Harapan (PPH)",
    sat: "skor",
    awal: 84.6,
    k: [86, 87.5, 89, 90.5, 92],
  };
  const keg: TcRow = {
    id: "keg",
    kode: "2.09.02.2.02",
    nm: "Pengelolaan dan Keseimbangan Cadangan Pangan Kabupaten/Kota",
    ind: "Persentase ketersediaan CPPD terhadap kebutuhan",
    sat: "%",
    awal: 70,
    k: [75, 80, 85, 90, 100],
  };
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, String(y), "Target"],
        role: "target",
        year: y,
        num: String(6 + i),
        fmt: DEC,
        width: 8,
      },
      {
        key: `rp${y}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: String(6 + i),
        fmt: RP,
        width: 12,
      },
    ]),
    { key: "ak", head: [A, "Target"], role: "kondisi-akhir", num: "11", fmt: DEC, width: 8 },
    { key: "arp", head: [A, "Rp"], role: "kondisi-akhir", num: "11", fmt: RP, width: 13 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "12", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "13", width: 14 },
  ];
  const rpAdd = (c: Ctx) => years.map((y) => c.a(`rp${y}`)).join("+");
  const lastK = (c: Ctx) => c.a("k2029");
  const row = (x: TcRow, rp: (y: number, c: Ctx) => Cell, ak: (c: Ctx) => string, unit: string): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => ({
      kode: x.kode,
      nm: x.nm,
      ind: x.ind,
      sat: x.sat,
      awal: x.awal,
      ...Object.fromEntries(
        years.flatMap((y, i) => [
          [`k${y}`, x.k[i]],
          [`rp${y}`, rp(y, c)],
        ]),
      ),
      ak: fx(ak(c)),
      // planted: the CPPD penyaluran's kondisi akhir Rp is typed 1,500,000 (the five years give 1,050,000)
      arp: x.id === "s2" ? 1_500_000 : fx(rpAdd(c)),
      unit,
      lok: "Kabupaten Rinjani Timur",
    }),
  });
  const B = "Bidang Ketersediaan dan Distribusi";
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      row(prog, (y, c) => fx(c.a(`rp${y}`, "keg")), lastK, "Dinas Ketahanan Pangan"),
      row(keg, (y, c) => fx(`SUM(${c.a(`rp${y}`, "s1")}:${c.a(`rp${y}`, "s3")})`), lastK, B),
      ...subs.map((x) =>
        row(
          x,
          (y) => x.rp![years.indexOf(y)],
          x.flow ? (c) => years.map((y) => c.a(`k${y}`)).join("+") : lastK,
          B,
        ),
      ),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir target untuk indikator persentase dan skor adalah target tahun 2029; untuk indikator jumlah adalah penjumlahan lima tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("arp", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of the CPPD penyaluran is a typed 1,500,000; the five years 190,000 + 199,500 + 209,500 + 220,000 + 231,000 give 1,050,000",
    truth: years.map((y) => a(`rp${y}`, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pemantauan Stok, Pasokan dan Harga Pangan Pokok is coded 2.09.03.2.02.0003 (program 2.09.03) under kegiatan 2.09.02.2.02; its code is 2.09.02.2.02.0003",
    truth: `${a("kode", "keg")}&".0003"`,
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  for (const id of ["prog", "keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("arp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`rp${y}`, id)).join("+"),
    });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      // a rate or score: the last target, not the five years added
      trap: years.map((y) => a(`k${y}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("ak", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: years.map((y) => a(`k${y}`, "s1")).join("+"),
    // a flow: the five years added, not the last target
    trap: a("k2029", "s1"),
  });
  for (const y of [2025, 2027, 2029])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "keg"),
      rules: ["sum-mismatch"],
      truth: subs.map((x) => a(`rp${y}`, x.id)).join("+"),
    });
  // the keg's 2029 target jumps to 100 (full coverage of the need): listed clean for target-outlier
  b.ok({ sheet: S, cell: a("k2029", "keg"), rules: ["target-outlier", "target-trend"], truth: "100" });
  return b.finish();
}
