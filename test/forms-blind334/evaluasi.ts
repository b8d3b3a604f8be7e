// E.81, T-C.27 and LKjIP of two invented Dinas Ketahanan Pangan dan Perikanan: Kabupaten Lembah
// Sirangkak (Sumatera Barat) and Kota Batu Layar (Nusa Tenggara Barat). Skor PPH, produksi ikan
// budidaya, benih ikan, cadangan pangan, konsumsi ikan. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  r: [number, number, number];
  rq: number[];
};

/** E.81 of DKPP Kabupaten Lembah Sirangkak, s.d. Triwulan IV 2024, (n-1)/(n-2) headers, triwulan in three header rows. */
export function e81Dkpp(): BookW {
  const b = new BookW(
    "evaluasi-renja-dkpp-lembah-sirangkak-tw4-2024-334.xlsx",
    "E.81 Evaluasi Renja (DKPP)",
    "E.81 s.d. TW IV 2024; (n-1)/(n-2) headers resolved from the title; 'Realisasi Kinerja pada Triwulan > I..IV > K/Rp' in three header rows; number row merged over K/Rp pairs; level row (Skor PPH); Rata-rata + Predikat footer",
  );
  const S = "E81 TW IV";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SIRANGKAK", "DINAS KETAHANAN PANGAN DAN PERIKANAN"]);
  s.lines([
    "Evaluasi Terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Lembah Sirangkak",
    "Renstra PD 2021-2026, Periode Pelaksanaan Tahun 2024 (s.d. Triwulan IV)",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "3.25.04.2.01.0003",
    ur: "Pengadaan dan Distribusi Benih Ikan",
    ind: "Jumlah benih ikan yang didistribusikan",
    sat: "ribu ekor",
    level: false,
    k: [2500, 1480, 500],
    q: [120, 160, 140, 95],
    r: [3_150_000_000, 1_842_600_000, 640_000_000],
    rq: [96_400_000, 212_750_000, 188_300_000, 121_900_000],
  };
  const s2: E = {
    id: "s2",
    kode: "3.25.04.2.01.0005",
    ur: "Pembinaan Kelompok Pembudidaya Ikan",
    ind: "Jumlah pembudidaya ikan yang dibina",
    sat: "orang",
    level: false,
    k: [1200, 690, 240],
    q: [40, 85, 70, 55],
    r: [1_875_000_000, 1_104_250_000, 380_000_000],
    rq: [52_100_000, 118_600_000, 103_450_000, 84_900_000],
  };
  const add = (i: number, f: (e: E) => number[]) => f(s1)[i] + f(s2)[i];
  const keg: E = {
    id: "keg",
    kode: "3.25.04.2.01",
    ur: "Pengelolaan Pembudidayaan Ikan",
    ind: "Produksi ikan budidaya",
    sat: "ton",
    level: false,
    k: [24000, 14150, 4900],
    q: [1120, 1260, 1305, 1240],
    r: [add(0, (e) => e.r), add(1, (e) => e.r), add(2, (e) => e.r)],
    rq: [0, 1, 2, 3].map((i) => add(i, (e) => e.rq)),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.25.04",
    ur: "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA",
    ind: "Skor Pola Pangan Harapan (PPH)",
    sat: "skor",
    level: true,
    k: [92.5, 86.4, 89],
    q: [86.9, 87.6, 88.3, 89.4],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round(((e.r[1] + sum(e.rq)) / e.r[0]) * 100);
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 15 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan"], num: "3", width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 30,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1)"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)"],
      "14",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: s2's (12) Rp typed 395,050,000; its quarters add to 359,050,000
  const R12S2 = 395_050_000;
  const avgK = round(sum(rows.map(k14)) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...rows.map((e, i) => ({
        id: e.id,
        bold: i < 2,
        cells: {
          no: i + 1,
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          k5: e.k[0],
          r5: e.r[0],
          k6: e.k[1],
          r6: e.r[1],
          k7: e.k[2],
          r7: e.r[2],
          k8: e.q[0],
          r8: e.rq[0],
          k9: e.q[1],
          r9: e.rq[1],
          k10: e.q[2],
          r10: e.rq[2],
          k11: e.q[3],
          r11: e.rq[3],
          k12: k12(e),
          r12: e.id === "s2" ? R12S2 : sum(e.rq),
          k13: k13(e),
          r13: e.r[1] + sum(e.rq),
          k14: k14(e),
          r14: r14(e),
          pj: "Bidang Perikanan Budidaya",
        },
      })),
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: {
          no: "Predikat Kinerja",
          k14: avgK > 75 && avgK <= 90 ? "Sedang" : "Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan APBD-P untuk benih ikan; penghambat: kemarau panjang pada Triwulan III.",
  ]);
  s.gap();
  signature(s, 26, {
    tempat: "Lubuk Sirangkak, 10 Januari 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN DAN PERIKANAN"],
    nama: "Ir. YUSRIZAL DT. RAJO BUJANG, M.Si",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19720815 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan .0005 typed 395,050,000; its four quarters add to 359,050,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat 'Sedang' for an average K capaian of ${avgK}; > 75 to 90 is Tinggi`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of DKPP Kota Batu Layar, Renstra 2025-2029, "Tahun ke-1..5", (dalam ribuan rupiah), no number row. */
export function tc27Dkpp(): BookW {
  const b = new BookW(
    "tc27-renstra-dkpp-batu-layar-2025-2029-334.xlsx",
    "T-C.27 Rencana program dan pendanaan (DKPP)",
    "T-C.27 Renstra 2025-2029 (dalam ribuan rupiah); Tujuan/Sasaran merged over rows; 'Tahun ke-1..5' > Target/Rp; program = kegiatan A + B, kegiatan = SUM of sub kegiatan; kondisi akhir Rp = SUM of five years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BATU LAYAR",
    "DINAS KETAHANAN PANGAN DAN PERIKANAN",
    "Jl. Pejanggik No. 41, Batu Layar",
  ]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Ketahanan Pangan dan Perikanan",
    "Kota Batu Layar Periode 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.09.03",
      ur: "PROGRAM PENANGANAN KERAWANAN PANGAN",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      level: true,
      awal: 84.2,
      k: [85.5, 86.8, 88, 89.2, 90.5],
    },
    {
      id: "ga",
      kode: "2.09.03.2.01",
      ur: "Penyediaan dan Penyaluran Cadangan Pangan Pemerintah Daerah",
      ind: "Cadangan beras pemerintah kota",
      sat: "ton",
      level: true,
      awal: 42,
      k: [50, 60, 70, 80, 95],
    },
    {
      id: "a1",
      kode: "2.09.03.2.01.0001",
      ur: "Pengadaan Cadangan Pangan Pemerintah Kota",
      ind: "Jumlah beras cadangan yang diadakan",
      sat: "ton",
      level: false,
      awal: 20,
      k: [25, 25, 30, 30, 35],
      rp: [318_500, 334_400, 402_600, 421_800, 497_300],
    },
    {
      id: "a2",
      kode: "2.09.03.2.01.0003",
      ur: "Penyaluran Cadangan Pangan pada Keadaan Darurat",
      ind: "Jumlah rumah tangga rawan pangan yang menerima bantuan",
      sat: "KK",
      level: false,
      awal: 640,
      k: [700, 700, 750, 750, 800],
      rp: [96_200, 101_000, 108_700, 113_500, 121_400],
    },
    {
      id: "gb",
      kode: "2.09.03.2.02",
      ur: "Pengelolaan Sistem Kewaspadaan Pangan dan Gizi",
      ind: "Persentase kelurahan rentan rawan pangan",
      sat: "%",
      level: true,
      awal: 9.1,
      k: [8.5, 7.8, 7.1, 6.4, 5.8],
    },
    {
      id: "b1",
      kode: "2.09.03.2.02.0002",
      ur: "Penyusunan Peta Ketahanan dan Kerentanan Pangan (FSVA)",
      ind: "Jumlah dokumen FSVA",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [142_000, 148_500, 155_900, 163_000, 171_200],
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "tuj", head: ["Tujuan"], role: "tujuan", width: 20 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 20 },
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ke-${y}`, "Target"], role: "target", year: 2024 + y, fmt: DEC },
      { key: `r${y}`, head: [G, `Tahun ke-${y}`, "Rp"], role: "anggaran", year: 2024 + y, fmt: RP },
    ]),
    { key: "akK", head: [A, "Target"], role: "kondisi-akhir", fmt: DEC },
    { key: "akR", head: [A, "Rp"], role: "anggaran", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    vmerge: ["tuj", "sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          tuj: "Meningkatnya ketahanan pangan masyarakat",
          sas: "Menurunnya kerawanan pangan",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of cadangan beras (a stock) = Tahun ke-4 target 80; Tahun ke-5 is 95
          akK: p.id === "ga" ? p.k[3] : p.level ? p.k[4] : sum(p.k),
          pj:
            p.id.startsWith("a") || p.id === "ga" ? "Bidang Ketersediaan Pangan" : "Bidang Kerawanan Pangan",
        };
        years.forEach((y) => {
          const r = `r${y}`;
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[r] = p.rp[y - 1];
          else if (p.id === "ga") out[r] = fx(`SUM(${x.a(r, "a1")}:${x.a(r, "a2")})`);
          else if (p.id === "gb") out[r] = fx(`SUM(${x.a(r, "b1")})`);
          // planted: Tahun ke-3 program Rp takes kegiatan A only
          else out[r] = fx(y === 3 ? x.a(r, "ga") : `${x.a(r, "ga")}+${x.a(r, "gb")}`);
        });
        out.akR = fx(`SUM(${years.map((y) => x.a(`r${y}`)).join(",")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: pagu indikatif mengikuti KUA-PPAS; tahun ke-1 = 2025."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r3", "p") },
    rules: ["sum-mismatch"],
    note: "Program Rp Tahun ke-3 (2027) = kegiatan 2.09.03.2.01 only (511,300); with 2.09.03.2.02 it is 667,200",
    truth: `${a("r3", "ga")}+${a("r3", "gb")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "ga") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of cadangan beras (a stock) is the Tahun ke-4 target 80; Tahun ke-5 is 95",
    truth: a("k5", "ga"),
  });
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "gb"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "gb"),
    trap: ks("gb"),
  });
  for (const id of ["a1", "a2", "b1"]) {
    b.ok({ sheet: S, cell: a("akK", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  }
  for (const id of ["ga", "gb"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of years)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "ga"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "a1")}+${a(`r${y}`, "a2")}`,
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "ga")}+${a(`r${y}`, "gb")}`,
    });
  return b.finish();
}

type L = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  t: number;
  r: number;
  r23: number;
  akhir: number;
};

/** LKjIP 2024 of DKPP Kabupaten Lembah Sirangkak: capaian formulas, refleksi for negatives, predikat words. */
export function lkjipDkpp(): BookW {
  const b = new BookW(
    "lkjip-2024-dkpp-lembah-sirangkak-334.xlsx",
    "LKjIP capaian (DKPP)",
    "LKjIP 2024 Tabel 3.1: merged Sasaran; Realisasi 2023 before the 2024 columns; capaian ROUND formulas with refleksi (2T-R)/T on negatives; Predikat in Sangat Baik..Sangat Kurang; target akhir Renstra 2026 without a capaian column",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel 3.1",
      "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Ketahanan Pangan dan Perikanan Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const SA = "Meningkatnya ketersediaan dan konsumsi pangan beragam, bergizi seimbang dan aman";
  const SB = "Meningkatnya produksi perikanan budidaya";
  const ls: L[] = [
    {
      id: "pph",
      sas: SA,
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      neg: false,
      t: 89,
      r: 89.4,
      r23: 87.1,
      akhir: 92.5,
    },
    {
      id: "aki",
      sas: SA,
      ind: "Angka konsumsi ikan",
      sat: "kg/kap/th",
      neg: false,
      t: 38.5,
      r: 31.2,
      r23: 33.9,
      akhir: 42,
    },
    {
      id: "rwn",
      sas: SA,
      ind: "Persentase penduduk rawan pangan",
      sat: "%",
      neg: true,
      t: 6.5,
      r: 5.9,
      r23: 7.2,
      akhir: 5,
    },
    {
      id: "prd",
      sas: SB,
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      neg: false,
      t: 4900,
      r: 4925,
      r23: 4710,
      akhir: 5400,
    },
    {
      id: "pyk",
      sas: SB,
      ind: "Persentase kasus kematian ikan akibat penyakit",
      sat: "%",
      neg: true,
      t: 4,
      r: 3.1,
      r23: 4.6,
      akhir: 3,
    },
  ];
  const cap = (l: L) => round(l.neg ? ((2 * l.t - l.r) / l.t) * 100 : (l.r / l.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5)", fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(6)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, num: "(8)", fmt: DEC },
    { key: "pr", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, num: "(9)" },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(10)", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: ls.map((l, i) => ({
      id: l.id,
      cells: (x) => {
        const T = x.a("t");
        const R = x.a("r");
        // planted: penyakit ikan (negative) with the positive formula R/T
        const f = l.neg && l.id !== "pyk" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
        const c = l.id === "pyk" ? round((l.r / l.t) * 100) : cap(l);
        // planted: angka konsumsi ikan 81.04 called "Sangat Baik"
        const pr = l.id === "aki" ? "Sangat Baik" : predikatBaik(c);
        return {
          no: i + 1,
          sas: l.sas,
          ind: l.ind,
          sat: l.sat,
          r23: l.r23,
          t: l.t,
          r: l.r,
          c: fx(f),
          pr,
          ak: l.akhir,
        };
      },
    })),
  });
  s.gap();
  s.lines(["Capaian indikator negatif dihitung dengan rumus (2 x Target - Realisasi) / Target x 100."]);
  s.gap();
  signature(s, 8, {
    tempat: "Lubuk Sirangkak, 26 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Ir. YUSRIZAL DT. RAJO BUJANG, M.Si",
    nip: "19720815 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "pyk") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Kematian ikan akibat penyakit is lower-is-better; R/T gives 77.50, refleksi (2T-R)/T gives 122.50",
    truth: `ROUND((2*${a("t", "pyk")}-${a("r", "pyk")})/${a("t", "pyk")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pr", "aki") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for angka konsumsi ikan 31.2 / 38.5 = 81.04; > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "aki")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "rwn"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "rwn")}-${a("r", "rwn")})/${a("t", "rwn")}*100,2)`,
    trap: `${a("r", "rwn")}/${a("t", "rwn")}*100`,
  });
  for (const id of ["pph", "aki", "prd"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["pph", "rwn", "prd"])
    b.ok({
      sheet: S,
      cell: a("pr", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  return b.finish();
}
