// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Lingkungan Hidup:
// pengurangan dan penanganan sampah, bank sampah, IKLH, pengawasan izin lingkungan. All invented.
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
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: number[];
  rp: number[];
  q: number[];
  rq: number[];
};

/** E.81 of DLH Kabupaten Bukit Rimbang Jaya (Riau), s.d. Triwulan IV 2024, in ribuan rupiah. */
export function e81Dlh(): BookW {
  const b = new BookW(
    "e81-dlh-bukit-rimbang-jaya-341.xlsx",
    "E.81 Evaluasi Renja (DLH)",
    "E.81 s.d. TW IV 2024, (dalam ribuan rupiah), No column, K / Rp pairs numbered 5 5 6 6 (merged pairs), a level program row, Rata-rata and Predikat footer",
  );
  const S = "E81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BUKIT RIMBANG JAYA",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Datuk Bandaro No. 12, Pasir Rimbang",
  ]);
  s.lines([
    "EVALUASI HASIL RENJA DINAS LINGKUNGAN HIDUP TAHUN 2024 (s.d. TRIWULAN IV)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.11.10.2.01.0003",
      ur: "Pembinaan Bank Sampah",
      ind: "Jumlah bank sampah yang dibina",
      sat: "unit",
      level: false,
      k: [150, 88, 30],
      rp: [2_450_000, 1_402_300, 520_000],
      q: [6, 9, 8, 7],
      rq: [61_200, 148_750, 139_400, 158_900],
    },
    {
      id: "s2",
      kode: "2.11.10.2.01.0005",
      ur: "Pengangkutan Sampah ke TPA",
      ind: "Jumlah sampah terangkut ke TPA",
      sat: "ton",
      level: false,
      k: [96_000, 55_830, 19_500],
      rp: [11_800_000, 6_912_400, 2_475_000],
      q: [4_612, 4_880, 4_935, 5_108],
      rq: [588_300, 611_450, 602_900, 659_120],
    },
    {
      id: "s3",
      kode: "2.11.10.2.01.0008",
      ur: "Sosialisasi Pengurangan Sampah Plastik",
      ind: "Jumlah sekolah dan pasar yang disosialisasikan",
      sat: "lokasi",
      level: false,
      k: [250, 146, 52],
      rp: [980_000, 571_600, 196_000],
      q: [10, 14, 16, 12],
      rq: [32_400, 51_800, 55_300, 54_100],
    },
  ];
  const keg: E = {
    id: "keg",
    kode: "2.11.10.2.01",
    ur: "Pengelolaan Sampah",
    ind: "Persentase sampah rumah tangga yang tertangani",
    sat: "%",
    level: true,
    k: [80, 68.2, 72],
    rp: [0, 0, 0],
    q: [69.1, 70.4, 71.6, 73.3],
    rq: [0, 0, 0, 0],
  };
  const prog: E = {
    id: "prog",
    kode: "2.11.10",
    ur: "PROGRAM PENGELOLAAN PERSAMPAHAN",
    ind: "Persentase sampah yang dikurangi dan ditangani",
    sat: "%",
    level: true,
    k: [92, 80.6, 84],
    rp: [0, 0, 0],
    q: [81.2, 82.5, 83.4, 85.1],
    rq: [0, 0, 0, 0],
  };
  const pair = (
    key: string,
    g: string,
    num: number,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Rp"], role: rr, year, num, fmt: RP, width: 14 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra s.d. Akhir Periode (2026)", 5, "target", "anggaran", 2026),
    ...pair("6", "Realisasi Renstra s.d. Renja 2023", 6, "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja 2024", 7, "target", "anggaran", 2024),
    ...pair("q1", "Realisasi TW I", 8, "realisasi", "realisasi-anggaran"),
    ...pair("q2", "Realisasi TW II", 9, "realisasi", "realisasi-anggaran"),
    ...pair("q3", "Realisasi TW III", 10, "realisasi", "realisasi-anggaran"),
    ...pair("q4", "Realisasi TW IV", 11, "realisasi", "realisasi-anggaran"),
    ...pair("12", "Realisasi Renja 2024", 12, "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. 2024", 13, "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", 14, "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  const Q = ["q1", "q2", "q3", "q4"];
  const line = (e: E, no: string): Row => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => {
      const subR = (k: string) =>
        e.id === "prog" ? fx(`${x.a(k, "keg")}`) : fx(`SUM(${x.c(k)}${x.row("s1")}:${x.c(k)}${x.row("s3")})`);
      const agg = e.id !== "prog" && e.id !== "keg";
      const c: Record<string, ReturnType<typeof fx> | string | number> = {
        no,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        pj: "Bidang Pengelolaan Sampah",
      };
      ["5", "6", "7"].forEach((k, i) => {
        c[`k${k}`] = e.k[i];
        c[`r${k}`] = agg ? e.rp[i] : subR(`r${k}`);
      });
      Q.forEach((k, i) => {
        c[`k${k}`] = e.q[i];
        c[`r${k}`] = agg ? e.rq[i] : subR(`r${k}`);
      });
      c.k12 = e.level ? fx(x.a("kq4")) : fx(`SUM(${x.a("kq1")},${x.a("kq2")},${x.a("kq3")},${x.a("kq4")})`);
      c.r12 = fx(`SUM(${x.a("rq1")},${x.a("rq2")},${x.a("rq3")},${x.a("rq4")})`);
      c.k13 = e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`);
      c.r13 = e.id === "s2" ? 10_276_120 : fx(`${x.a("r6")}+${x.a("r12")}`);
      c.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
      c.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      return c;
    },
  });
  const body = [line(prog, "1"), line(keg, "1.1"), ...subs.map((e, i) => line(e, `1.1.${i + 1}`))];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        bold: true,
        cells: (x) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.c("k14")}${x.row("prog")}:${x.c("k14")}${x.row("s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.c("r14")}${x.row("prog")}:${x.c("r14")}${x.row("s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        bold: true,
        cells: { no: "Predikat kinerja", k14: "Sangat Tinggi", r14: "Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor pendorong: dukungan armada pengangkut baru dan partisipasi bank sampah unit desa."]);
  s.gap();
  signature(s, 20, {
    tempat: "Pasir Rimbang, 20 Januari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "Ir. Syafrizal Datuk Mangkuto, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "196908121996031004",
  });
  b.finish();
  const s2 = subs[1];
  const r13s2 = s2.rp[1] + sum(s2.rq);
  if (r13s2 === 10_276_120) throw new Error("planted r13 is right");
  b.plant({
    at: { sheet: S, cell: t.a("r13", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `(13) Rp of .0005 typed 10,276,120; (6) + (12) = ${r13s2.toLocaleString("en")}`,
    truth: `${t.a("r6", "s2")}+${t.a("r12", "s2")}`,
  });
  const avgK = round(
    sum(
      [prog, keg]
        .map((e) => (e.q[3] / e.k[0]) * 100)
        .map((v) => round(v))
        .concat(subs.map((e) => round(((e.k[1] + sum(e.q)) / e.k[0]) * 100))),
    ) / 5,
  );
  b.plant({
    at: { sheet: S, cell: t.a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `"Sangat Tinggi" for an average K capaian of ${avgK} (${predikat(avgK)})`,
    truth: `PREDIKAT(${t.a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: t.a("kq4", "prog"),
    trap: `SUM(${t.a("kq1", "prog")}:${t.a("kq4", "prog")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("k13", "keg"),
    rules: ["sum-mismatch"],
    truth: t.a("k12", "keg"),
    trap: `${t.a("k6", "keg")}+${t.a("k12", "keg")}`,
  });
  return b;
}

type T = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow: boolean;
};

/** T-C.27 of DLH Kota Pelabuhan Sangiran (Nusa Tenggara Barat), Renstra 2025-2029, Rp in full. */
export function tc27Dlh(): BookW {
  const b = new BookW(
    "tc27-dlh-pelabuhan-sangiran-341.xlsx",
    "T-C.27 Renstra (DLH)",
    "T-C.27 2025-2029, 'Tahun ke-1 (2025)' > Target / Rp, three header rows, number row 1..n, no No column, stock and flow kegiatan, Lokasi",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel T-C.27",
      "Rencana Program, Kegiatan dan Pendanaan Indikatif Dinas Lingkungan Hidup Kota Pelabuhan Sangiran 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rows: T[] = [
    {
      id: "prog",
      kode: "2.11.10",
      ur: "Program Pengelolaan Persampahan",
      ind: "Persentase sampah terkelola",
      sat: "%",
      awal: 71.8,
      k: [74, 77, 80, 83, 86],
      flow: false,
    },
    {
      id: "ka",
      kode: "2.11.10.2.01",
      ur: "Pengelolaan Sampah",
      ind: "Jumlah bank sampah aktif",
      sat: "unit",
      awal: 64,
      k: [72, 80, 88, 95, 102],
      flow: false,
    },
    {
      id: "a1",
      kode: "2.11.10.2.01.0002",
      ur: "Penyediaan Sarana Pengumpulan Sampah",
      ind: "Jumlah TPS3R yang dibangun",
      sat: "unit",
      awal: 3,
      k: [2, 2, 3, 2, 2],
      rp: [1_840_000_000, 1_910_000_000, 2_870_000_000, 1_980_000_000, 2_050_000_000],
      flow: true,
    },
    {
      id: "a2",
      kode: "2.11.10.2.01.0003",
      ur: "Pembinaan Bank Sampah",
      ind: "Jumlah nasabah bank sampah baru",
      sat: "orang",
      awal: 1_150,
      k: [1_200, 1_350, 1_500, 1_600, 1_700],
      rp: [412_500_000, 438_000_000, 465_200_000, 489_900_000, 512_300_000],
      flow: true,
    },
    {
      id: "a3",
      kode: "2.11.10.2.01.0005",
      ur: "Pengangkutan Sampah ke TPA",
      ind: "Jumlah sampah terangkut ke TPA",
      sat: "ton",
      awal: 38_400,
      k: [39_000, 39_800, 40_500, 41_200, 41_900],
      rp: [7_650_000_000, 7_920_000_000, 8_180_000_000, 8_460_000_000, 8_730_000_000],
      flow: true,
    },
    {
      id: "kb",
      kode: "2.11.10.2.02",
      ur: "Pengurangan Sampah",
      ind: "Jumlah sampah yang dikurangi",
      sat: "ton",
      awal: 9_600,
      k: [10_400, 11_300, 12_200, 13_100, 14_000],
      flow: true,
    },
    {
      id: "b1",
      kode: "2.11.10.2.02.0001",
      ur: "Fasilitasi Pengurangan Sampah Plastik",
      ind: "Jumlah usaha penerap pengurangan plastik",
      sat: "usaha",
      awal: 45,
      k: [60, 70, 80, 90, 100],
      rp: [356_000_000, 371_500_000, 389_000_000, 402_700_000, 418_800_000],
      flow: true,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  for (let y = 1; y <= 5; y++)
    cols.push(
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 16,
      },
    );
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra (2029)";
  cols.push(
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", year: 2029, num: 17, fmt: RP, width: 17 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19 },
  );
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((e) => ({
      id: e.id,
      bold: !e.rp,
      cells: (x) => {
        const c: Record<string, ReturnType<typeof fx> | string | number> = {
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          awal: e.awal,
          pj: "Bidang Persampahan",
          lok: "Kota Pelabuhan Sangiran",
        };
        for (let y = 1; y <= 5; y++) {
          c[`k${y}`] = e.k[y - 1];
          const R = `r${y}`;
          if (e.rp) c[R] = e.rp[y - 1];
          else if (e.id === "prog") c[R] = fx(`${x.a(R, "ka")}+${x.a(R, "kb")}`);
          else if (e.id === "ka")
            c[R] = fx(
              y === 4 ? `SUM(${x.a(R, "a1")}:${x.a(R, "a2")})` : `SUM(${x.a(R, "a1")}:${x.a(R, "a3")})`,
            );
          else c[R] = fx(`SUM(${x.a(R, "b1")})`);
        }
        c.akK = e.flow ? fx(`SUM(${x.a("k1")}:${x.a("k5")})`) : fx(x.a("k5"));
        c.akR =
          e.id === "a2"
            ? 2_281_900_000
            : fx(`${x.a("r1")}+${x.a("r2")}+${x.a("r3")}+${x.a("r4")}+${x.a("r5")}`);
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir jumlah bank sampah aktif adalah jumlah unit pada tahun 2029 (stok), bukan penjumlahan.",
  ]);
  b.finish();
  b.plant({
    at: { sheet: S, cell: t.a("r4", "ka") },
    rules: ["sum-mismatch"],
    note: "kegiatan Pengelolaan Sampah Tahun ke-4 Rp =SUM stops at .0003 (2,469,900,000); with .0005 it is 10,929,900,000",
    truth: `${t.a("r4", "a1")}+${t.a("r4", "a2")}+${t.a("r4", "a3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("akR", "a2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of Pembinaan Bank Sampah typed 2,281,900,000; five years give 2,317,900,000",
    truth: [1, 2, 3, 4, 5].map((y) => t.a(`r${y}`, "a2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t.a("akK", "ka"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k5", "ka"),
    trap: `SUM(${t.a("k1", "ka")}:${t.a("k5", "ka")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("akK", "kb"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${t.a("k1", "kb")}:${t.a("k5", "kb")})`,
    trap: t.a("k5", "kb"),
  });
  b.ok({
    sheet: S,
    cell: t.a("akR", "a3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [1, 2, 3, 4, 5].map((y) => t.a(`r${y}`, "a3")).join("+"),
  });
  return b;
}
