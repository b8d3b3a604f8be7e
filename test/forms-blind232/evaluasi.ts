// The Renja evaluation (E.81) of the DLH Kabupaten Lembah Arsari (Kalimantan Timur) and the Renstra
// funding table (T-C.27) of the DLH Kota Tanjung Seruni (Jambi): uji emisi, indeks kualitas udara,
// persetujuan lingkungan and pengaduan. Every name and number is invented.
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
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the DLH Kabupaten Lembah Arsari, s.d. Triwulan IV 2024, calendar years in the header. */
export function e81Dlh(): BookW {
  const b = new BookW(
    "e81-dlh-lembah-arsari-uji-emisi-2024.xlsx",
    "E.81 Evaluasi Renja (DLH uji emisi)",
    "E.81 s.d. TW IV 2024 with calendar years in the header (s.d. 2023, Renja 2024), Kinerja | Keuangan pairs, a Tingkat capaian Renja column, number row, Rata-rata and Predikat",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH ARSARI",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Poros Sendawar Km 7, Lembah Arsari, Kalimantan Timur",
  ]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RENJA DINAS LINGKUNGAN HIDUP s.d. TRIWULAN IV TAHUN 2024",
    "Renstra 2021-2026",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.11.05.2.01.0003",
      ur: "Uji Emisi Kendaraan Bermotor Roda Empat dan Angkutan Umum",
      ind: "Jumlah kendaraan yang diuji emisi",
      sat: "unit",
      level: false,
      k5: 24000,
      k6: 11650,
      k7: 5200,
      q: [980, 1340, 1475, 1610],
      r5: 3_150_000_000,
      r6: 1_486_200_000,
      r7: 640_000_000,
      rq: [96_450_000, 158_300_000, 171_900_000, 197_260_000],
    },
    {
      id: "s2",
      kode: "2.11.05.2.01.0004",
      ur: "Pemantauan Kualitas Udara Ambien (Passive Sampler dan AQMS)",
      ind: "Jumlah titik pemantauan kualitas udara",
      sat: "titik",
      level: false,
      k5: 180,
      k6: 84,
      k7: 36,
      q: [9, 9, 9, 9],
      r5: 1_420_000_000,
      r6: 655_750_000,
      r7: 298_500_000,
      rq: [61_200_000, 73_450_000, 79_120_000, 80_930_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const keg: E = {
    id: "keg",
    kode: "2.11.05.2.01",
    ur: "Pencegahan Pencemaran Lingkungan Hidup Dilaksanakan terhadap Media Lingkungan Hidup",
    ind: "Jumlah dokumen hasil pemantauan emisi dan udara ambien",
    sat: "dokumen",
    level: false,
    k5: 60,
    k6: 28,
    k7: 12,
    q: [2, 3, 3, 4],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i]))),
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.11.05",
    ur: "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
    ind: "Indeks Kualitas Udara (IKU)",
    sat: "indeks",
    level: true,
    k5: 88.5,
    k6: 84.12,
    k7: 86,
    q: [84.6, 85.2, 85.9, 86.35],
  };
  const rows = [prog, keg, ...subs];
  // planted: s1's (12) K typed 5,045 where the quarters add up to 5,405; (13) and (14) follow the typed value
  const k12 = (e: E) => (e.id === "s1" ? 5045 : e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Akhir Renstra (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi TW I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi TW II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi TW III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi TW IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    {
      key: "cr",
      head: ["Tingkat Capaian Renja 2024 (%)"],
      role: "capaian",
      num: "12/7 x 100",
      fmt: DEC,
      width: 10,
    },
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: i + 1,
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
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: k12(e),
      r12: r12(e),
      cr: round((k12(e) / e.k7) * 100),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Pengendalian Pencemaran",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        // planted: the Rp predikat is one band too high
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: "Tinggi" },
      },
    ],
  });
  if (predikat(avgR) === "Tinggi") throw new Error("planted predikat is right");
  s.gap();
  s.lines(["Faktor pendorong: kerja sama uji emisi gratis dengan bengkel mitra dan Dinas Perhubungan."]);
  s.gap();
  signature(s, 22, {
    tempat: "Lembah Arsari, 20 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP"],
    nama: "Dr. HERLINA SETIAWATI MANULLANG, S.Si., M.Env.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780923 200501 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of uji emisi is 5,045 units; the four quarters add up to 5,405 (digits swapped)",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat of the Rp average ${avgR} is Tinggi; the band gives ${predikat(avgR)}`,
    truth: `PREDIKAT(${a("r14", "avg")})`,
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
  for (const id of ["keg", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("cr", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k12", "s2")}/${a("k7", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  base: number;
  k: number[];
  r: number[];
  flow: boolean;
};

/** T-C.27 of the DLH Kota Tanjung Seruni, Renstra 2025-2029, (dalam ribuan rupiah). */
export function tc27Dlh(): BookW {
  const b = new BookW(
    "tc27-dlh-tanjung-seruni-persetujuan-lingkungan.xlsx",
    "T-C.27 Renstra (DLH persetujuan lingkungan)",
    "T-C.27 Renstra 2025-2029, (dalam ribuan rupiah), Tahun ke-1..5 > Target | Rp, two programs, kegiatan Rp = SUM of sub kegiatan, kondisi akhir Rp formula, Lokasi column",
  );
  const S = "TC-27";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
      "Dinas Lingkungan Hidup Kota Tanjung Seruni Tahun 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rows: P[] = [
    {
      id: "p1",
      kode: "2.11.03",
      ur: "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
      ind: "Persentase usaha/kegiatan yang memiliki persetujuan lingkungan",
      sat: "%",
      base: 61.5,
      k: [65, 69, 73, 77, 80],
      r: [],
      flow: false,
    },
    {
      id: "g1",
      kode: "2.11.03.2.01",
      ur: "Penyelenggaraan Persetujuan Lingkungan (AMDAL dan UKL-UPL)",
      ind: "Jumlah dokumen persetujuan lingkungan yang dinilai",
      sat: "dokumen",
      base: 38,
      k: [40, 42, 45, 48, 50],
      r: [],
      flow: true,
    },
    {
      id: "s1",
      kode: "2.11.03.2.01.0001",
      ur: "Penilaian Dokumen AMDAL oleh Komisi Penilai",
      ind: "Jumlah dokumen AMDAL yang dinilai",
      sat: "dokumen",
      base: 6,
      k: [6, 7, 7, 8, 8],
      r: [412_500, 438_000, 451_750, 476_200, 498_300],
      flow: true,
    },
    {
      id: "s2",
      kode: "2.11.03.2.01.0002",
      ur: "Pemeriksaan Formulir UKL-UPL",
      ind: "Jumlah formulir UKL-UPL yang diperiksa",
      sat: "dokumen",
      base: 32,
      k: [34, 35, 38, 40, 42],
      r: [286_400, 301_250, 322_900, 341_600, 359_750],
      flow: true,
    },
    {
      id: "p2",
      kode: "2.11.12",
      ur: "PROGRAM PENANGANAN PENGADUAN LINGKUNGAN HIDUP",
      ind: "Persentase pengaduan lingkungan yang diselesaikan",
      sat: "%",
      base: 72.4,
      k: [75, 78, 81, 84, 87],
      r: [],
      flow: false,
    },
    {
      id: "g2",
      kode: "2.11.12.2.01",
      ur: "Pengelolaan Pengaduan Dugaan Pencemaran dan/atau Perusakan Lingkungan Hidup",
      ind: "Jumlah pengaduan yang diverifikasi",
      sat: "kasus",
      base: 55,
      k: [60, 62, 64, 66, 68],
      r: [],
      flow: true,
    },
    {
      id: "s3",
      kode: "2.11.12.2.01.0001",
      ur: "Verifikasi Lapangan Pengaduan",
      ind: "Jumlah laporan verifikasi pengaduan",
      sat: "laporan",
      base: 55,
      k: [60, 62, 64, 66, 68],
      r: [198_600, 207_350, 219_800, 231_400, 244_150],
      flow: true,
    },
    // planted: coded under program 2.11.03 while it sits under kegiatan 2.11.12.2.01
    {
      id: "s4",
      kode: "2.11.03.2.01.0003",
      ur: "Penyelesaian Sengketa Lingkungan di Luar Pengadilan",
      ind: "Jumlah kasus sengketa yang dimediasi",
      sat: "kasus",
      base: 4,
      k: [4, 5, 5, 6, 6],
      r: [96_800, 104_250, 110_600, 118_900, 126_300],
      flow: true,
    },
  ];
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "base",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 5 + 2 * y - 1,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 12,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
      fmt: DEC,
      width: 9,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      num: 17,
      fmt: RP,
      width: 13,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const kids: Record<string, string[]> = { g1: ["s1", "s2"], g2: ["s3", "s4"], p1: ["g1"], p2: ["g2"] };
  const body: Row[] = rows.map((p) => ({
    id: p.id,
    bold: !p.id.startsWith("s"),
    cells: (x) => {
      const c: Record<string, number | string | ReturnType<typeof fx>> = {
        kode: p.kode,
        ur: p.ur,
        ind: p.ind,
        sat: p.sat,
        base: p.base,
        pj: p.id.endsWith("1") || p.id === "s2" ? "Bidang Tata Lingkungan" : "Bidang Penegakan Hukum",
        lok: "Kota Tanjung Seruni",
      };
      for (const y of years) {
        c[`k${y}`] = p.k[y - 1];
        const ks = kids[p.id];
        c[`r${y}`] = ks
          ? ks.length === 1
            ? fx(`${x.a(`r${y}`, ks[0])}`)
            : fx(`SUM(${x.a(`r${y}`, ks[0])}:${x.a(`r${y}`, ks[ks.length - 1])})`)
          : p.r[y - 1];
      }
      // planted: p2's kondisi akhir K is 84 (the 2028 target); the 2029 target is 87
      c.akK = p.id === "p2" ? 84 : p.flow ? sum(p.k) : p.k[4];
      c.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body });
  s.gap();
  signature(s, 15, {
    tempat: "Tanjung Seruni, 2 Juni 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "AGUS SALIM NASUTION, S.T., M.Si.",
    nip: "19810415 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of persentase pengaduan diselesaikan is 84 (the Tahun ke-4 target); the Tahun ke-5 (2029) target is 87",
    truth: a("k5", "p2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Penyelesaian Sengketa is coded 2.11.03.2.01.0003 under kegiatan 2.11.12.2.01",
    truth: `"2.11.12.2.01"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p1"),
    trap: ks("p1"),
  });
  for (const id of ["g1", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  for (const id of ["p1", "g1", "s2", "g2", "s4"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.11.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
