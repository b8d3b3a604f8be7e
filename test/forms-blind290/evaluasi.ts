// The Renja evaluation (E.81) of the Dinas Pertanian Kabupaten Lematang Jaya and the Renstra funding
// table (T-C.27) of the Dinas Pertanian Kabupaten Sumbawa Tengah: penyuluhan, BPP and kelas kelompok
// tani. Every name and number is invented.
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
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 s.d. Triwulan IV 2024 of the Distan Lematang Jaya (Sumatera Selatan), Renstra 2021-2026. */
export function e81Penyuluhan(): BookW {
  const b = new BookW(
    "e81-renja-distan-lematang-jaya-penyuluhan.xlsx",
    "E.81 Evaluasi Renja (Distan penyuluhan)",
    "E.81 s.d. TW IV 2024 without a No column (Kode first), K | Rp pairs with a merged number row, a level row (% kelompok tani madya-utama), no formulas in the body, Rata-rata and Predikat footer rows, Keterangan column",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMATANG JAYA",
    "DINAS PERTANIAN TANAMAN PANGAN DAN HORTIKULTURA",
    "Jl. Lintas Tengah Km. 7 Muara Lintang",
  ]);
  s.lines([
    "Tabel Evaluasi terhadap Hasil Renja Dinas Pertanian Kabupaten Lematang Jaya",
    "Renstra 2021-2026 - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "3.27.07.2.01.0001",
    ur: "Penyediaan Sarana dan Prasarana Penyuluhan di Balai Penyuluhan Pertanian",
    ind: "Jumlah BPP yang difasilitasi sarana penyuluhan",
    sat: "BPP",
    level: false,
    k5: 70,
    k6: 42,
    k7: 14,
    q: [2, 4, 5, 3],
    r5: 8_400_000_000,
    r6: 4_926_350_000,
    r7: 1_650_000_000,
    rq: [182_400_000, 398_750_000, 466_200_000, 512_900_000],
  };
  const s2: E = {
    id: "s2",
    kode: "3.27.07.2.01.0002",
    ur: "Penilaian dan Penguatan Kelas Kelompok Tani",
    ind: "Jumlah kelompok tani yang dinilai kelasnya",
    sat: "kelompok",
    level: false,
    k5: 600,
    k6: 355,
    k7: 120,
    q: [20, 35, 40, 28],
    r5: 3_150_000_000,
    r6: 1_822_400_000,
    r7: 640_000_000,
    rq: [74_300_000, 151_800_000, 168_250_000, 214_600_000],
  };
  const subs = [s1, s2];
  const tot = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "3.27.07.2.01",
    ur: "Pelaksanaan Penyuluhan Pertanian",
    ind: "Jumlah kelompok tani yang naik kelas",
    sat: "kelompok",
    level: false,
    k5: 180,
    k6: 96,
    k7: 40,
    q: [6, 10, 12, 9],
    r5: tot("r5"),
    r6: tot("r6"),
    r7: tot("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.27.07",
    ur: "PROGRAM PENYULUHAN PERTANIAN",
    ind: "Persentase kelompok tani kelas madya dan utama",
    sat: "%",
    level: true,
    k5: 45,
    k6: 31.2,
    k7: 36,
    q: [31.8, 33.0, 34.6, 36.4],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r13 = (e: E) => e.r6 + sum(e.rq);
  // planted: (13) K of s2 typed 487; 355 + 123 = 478
  const K13S2 = 487;
  const k13shown = (e: E) => (e.id === "s2" ? K13S2 : k13(e));
  const pair = (
    n: string,
    g: string,
    num: string,
    role: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [g, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [g, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    ...pair("5", "Target Renstra Tahun 2026", "5", "target", "anggaran", 2026),
    ...pair("6", "Realisasi Renstra s.d. Renja Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi TW I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi TW II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi TW III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi TW IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 16 },
  ];
  const body: Row[] = rows.map((e) => {
    const cells: Record<string, Cell> = {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      k12: k12(e),
      r12: sum(e.rq),
      k13: k13shown(e),
      r13: r13(e),
      k14: round((k13shown(e) / e.k5) * 100),
      r14: round((r13(e) / e.r5) * 100),
      ket: e.level ? "capaian kumulatif (posisi akhir TW)" : "Bidang Penyuluhan",
    };
    e.q.forEach((v, i) => (cells[`k${8 + i}`] = v));
    e.rq.forEach((v, i) => (cells[`r${8 + i}`] = v));
    return { id: e.id, bold: e.id === "prog", cells };
  });
  const avgK = round(sum(rows.map((e) => round((k13shown(e) / e.k5) * 100))) / rows.length);
  const avgR = round(sum(rows.map((e) => round((r13(e) / e.r5) * 100))) / rows.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "r13"],
        cells: (c) => ({
          kode: "Rata-rata Capaian Kinerja dan Anggaran",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${c.a("r14", "prog")}:${c.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "r13"],
        // planted: predikat of the Rp average (77.x) is "Sedang"; > 75 is Tinggi
        cells: { kode: "Predikat Kinerja", k14: predikat(avgK), r14: avgR > 75 ? "Sedang" : "Tinggi" },
      },
    ],
  });
  s.gap();
  signature(s, 20, {
    tempat: "Muara Lintang, 20 Januari 2025",
    jabatan: ["Kepala Dinas Pertanian", "Kabupaten Lematang Jaya"],
    nama: "Ir. HENDRA SAPUTRA WIJAYA, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19710412 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q4 = (p: "k" | "r", id: string) => [8, 9, 10, 11].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k13", "s2") },
    rules: ["sum-mismatch"],
    note: "(13) K of sub kegiatan .0002 typed 487; (6) 355 + (12) 123 = 478",
    truth: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sedang' for an average Rp capaian of 77.x; > 75 to 90 is Tinggi",
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  // traps: the level row takes TW IV and keeps the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q4("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q4("k", id) });
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q4("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  }
  for (const id of ["keg", "s1"])
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  for (const id of ["prog", "keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r12", "prog"),
    rules: ["sum-mismatch"],
    truth: `${a("r12", "s1")}+${a("r12", "s2")}`,
  });
  return b.finish();
}

type T = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** kondisi akhir K: the last target (rates) or the sum (counts) */
  last: boolean;
  rp?: number[];
};

/** T-C.27 of the Distan Sumbawa Tengah (Nusa Tenggara Barat), Renstra 2025-2029, in thousands. */
export function tc27Penyuluhan(): BookW {
  const b = new BookW(
    "tc27-renstra-distan-sumbawa-tengah-bpp.xlsx",
    "T-C.27 Renstra (Distan penyuluhan)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)': Kode | Program/Kegiatan | Indikator | Satuan | Kondisi Awal 2024 | Tahun ke-1..5 Target | Rp | Kondisi Akhir Target | Rp | Unit PJ; program and kegiatan Rp = SUM, kondisi akhir Rp = sum of the five years",
  );
  const S = "T-C.27 Distan";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Dinas Pertanian Kabupaten Sumbawa Tengah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: T[] = [
    {
      id: "s1",
      kode: "3.27.07.2.01.0001",
      ur: "Peningkatan Kapasitas Penyuluh Pertanian di BPP",
      ind: "Jumlah penyuluh yang mengikuti pelatihan",
      sat: "orang",
      awal: 48,
      k: [50, 55, 55, 60, 60],
      last: false,
      rp: [612_500, 640_000, 668_250, 702_000, 735_400],
    },
    {
      id: "s2",
      kode: "3.27.07.2.01.0002",
      ur: "Pendampingan Penyusunan dan Verifikasi RDKK",
      ind: "Jumlah dokumen RDKK kelompok tani yang diverifikasi",
      sat: "dokumen",
      awal: 1_386,
      k: [1_420, 1_450, 1_480, 1_510, 1_540],
      last: false,
      rp: [284_300, 296_750, 310_000, 322_600, 338_900],
    },
    {
      id: "s3",
      kode: "3.27.07.2.02.0003",
      ur: "Penilaian Kelas Kemampuan Kelompok Tani",
      ind: "Jumlah kelompok tani yang dinilai kelasnya",
      sat: "kelompok",
      awal: 210,
      k: [220, 230, 240, 250, 260],
      last: false,
      rp: [148_200, 155_600, 163_400, 171_500, 180_100],
    },
  ];
  const keg: T = {
    id: "keg",
    kode: "3.27.07.2.01",
    ur: "Pelaksanaan Penyuluhan Pertanian",
    ind: "Rasio penyuluh pertanian per BPP",
    sat: "orang/BPP",
    awal: 4.2,
    k: [4.4, 4.6, 4.8, 5.0, 5.2],
    last: true,
  };
  const prog: T = {
    id: "prog",
    kode: "3.27.07",
    ur: "PROGRAM PENYULUHAN PERTANIAN",
    ind: "Persentase kelompok tani kelas lanjut ke atas",
    sat: "%",
    awal: 38.5,
    k: [41, 44, 47.5, 51, 55],
    last: true,
  };
  const all = [prog, keg, ...subs];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
  ];
  for (let i = 0; i < 5; i++) {
    const g = `Tahun ke-${i + 1} (${2025 + i})`;
    cols.push(
      {
        key: `k${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", g, "Target"],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", g, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        fmt: RP,
        width: 13,
      },
    );
  }
  cols.push(
    {
      key: "akK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: DEC,
      width: 10,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  );
  // planted: kondisi akhir K of the RDKK documents typed 7,040; the five years give 7,400
  const AK_S2 = 7_040;
  const body: Row[] = all.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        akK: e.id === "s2" ? AK_S2 : e.last ? e.k[4] : sum(e.k),
        akR: fx([0, 1, 2, 3, 4].map((i) => c.a(`r${i}`)).join("+")),
        pj: "Bidang Penyuluhan dan SDM Pertanian",
      };
      e.k.forEach((v, i) => (out[`k${i}`] = v));
      for (let i = 0; i < 5; i++) {
        if (e.rp) out[`r${i}`] = e.rp[i];
        else if (e.id === "keg") out[`r${i}`] = fx(`SUM(${c.a(`r${i}`, "s1")}:${c.a(`r${i}`, "s3")})`);
        else out[`r${i}`] = fx(c.a(`r${i}`, "keg"));
      }
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows: body, vmerge: ["pj"] });
  s.gap();
  s.lines(["Catatan: kondisi akhir kinerja untuk persentase dan rasio adalah target tahun ke-5."]);
  s.gap();
  signature(s, 12, {
    tempat: "Sumbawa Tengah, 14 Maret 2025",
    jabatan: ["Kepala Dinas Pertanian"],
    nama: "LALU MUHAMMAD ARSYAD, S.P., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19760923 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (p: string, id: string) => [0, 1, 2, 3, 4].map((i) => a(`${p}${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of dokumen RDKK typed 7,040; the five yearly targets add up to 7,400",
    truth: yrs("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penilaian Kelas Kemampuan Kelompok Tani coded 3.27.07.2.02.0003 under kegiatan 3.27.07.2.01",
    truth: `"3.27.07.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  // traps: kondisi akhir of the % and ratio rows is the year-5 target, not the sum
  for (const id of ["prog", "keg"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: yrs("k", id),
    });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: yrs("k", "s1") });
  for (const id of ["prog", "keg", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("r", id),
    });
  for (let i = 0; i < 5; i++)
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}+${a(`r${i}`, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.27.07.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
