// The Renja evaluation (E.81) of the Dinas Sosial Kabupaten Kedung Wulung (Jawa Tengah) and the
// Renstra funding table (T-C.27) of the Dinas Sosial Kota Pasir Lintang (Kalimantan Selatan), both on
// penanganan bencana: permakanan korban, buffer stock logistik, lumbung sosial and Tagana. Invented.
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

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  rp: [number, number, number];
  rq: number[];
};

/** E.81 of the Dinas Sosial Kabupaten Kedung Wulung, s.d. Triwulan IV 2024, Kinerja | Keuangan pairs. */
export function e81Bencana(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dinsos-bencana-kedung-wulung.xlsx",
    "E.81 Evaluasi Renja (Dinsos, penanganan bencana)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2022-2026; calendar years in the group headers, Kinerja | Keuangan (Rp) pairs, no No column (Kode first), an extra 'Tingkat capaian Renja (%)' pair; number row merged over the pairs; a level row (% korban terlayani) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KEDUNG WULUNG",
    "DINAS SOSIAL",
    "Jl. Pemuda Selatan No. 27 Kedung Wulung, Jawa Tengah",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Sosial Kabupaten Kedung Wulung",
    "Renstra Perangkat Daerah Tahun 2022-2026; Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "1.06.06.2.01.0001",
      ur: "Penyediaan Makanan",
      ind: "Jumlah paket permakanan yang disalurkan kepada korban bencana",
      sat: "paket",
      level: false,
      k: [30_000, 18_400, 6_000],
      q: [1_350, 1_620, 2_210, 1_080],
      rp: [4_850_000_000, 2_961_400_000, 980_000_000],
      rq: [188_250_000, 246_900_000, 301_475_000, 214_600_000],
    },
    {
      id: "s2",
      kode: "1.06.06.2.01.0005",
      ur: "Pelayanan Dukungan Psikososial dan Penguatan Tagana",
      ind: "Jumlah anggota Tagana yang dilatih layanan dukungan psikososial",
      sat: "orang",
      level: false,
      k: [400, 235, 80],
      q: [0, 30, 25, 25],
      rp: [1_600_000_000, 912_300_000, 325_000_000],
      rq: [12_400_000, 118_750_000, 96_300_000, 88_150_000],
    },
  ];
  const rpSum = (i: number) => sum(subs.map((x) => x.rp[i]));
  const rqSum = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: Ev = {
    id: "keg",
    kode: "1.06.06.2.01",
    ur: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
    ind: "Jumlah korban bencana terdampak yang dilayani kebutuhan dasarnya",
    sat: "jiwa",
    level: false,
    k: [12_000, 7_350, 2_400],
    q: [520, 610, 880, 470],
    rp: [rpSum(0), rpSum(1), rpSum(2)],
    rq: rqSum,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "1.06.06",
    ur: "PROGRAM PENANGANAN BENCANA",
    ind: "Persentase korban bencana yang terlayani kebutuhan dasarnya",
    sat: "%",
    level: true,
    k: [95, 84.2, 90],
    q: [86.5, 88, 89.4, 91.2],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r12 = (e: Ev) => sum(e.rq);
  // planted: sub kegiatan .0001's column 13 Rp typed 3,921,625,000; 6 + 12 = 3,912,625,000
  const R13S1 = 3_921_625_000;
  const r13 = (e: Ev) => (e.id === "s1" ? R13S1 : e.rp[1] + r12(e));
  const pct = (a: number, c: number) => round((a / c) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", "Realisasi Kinerja Triwulan I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Kinerja Triwulan II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Kinerja Triwulan III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Kinerja Triwulan IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("12c", "Tingkat Capaian Renja 2024 (%)", "12a = 12/7 x 100", "capaian", "capaian", 2024),
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
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k[0],
      r5: e.rp[0],
      k6: e.k[1],
      r6: e.rp[1],
      k7: e.k[2],
      r7: e.rp[2],
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: r12(e),
      k12c: pct(k12(e), e.k[2]),
      r12c: pct(r12(e), e.rp[2]),
      k13: k13(e),
      r13: r13(e),
      k14: pct(k13(e), e.k[0]),
      r14: pct(r13(e), e.rp[0]),
      pj: "Bidang Perlindungan dan Jaminan Sosial",
    },
  }));
  const k14s = rows.map((e) => pct(k13(e), e.k[0]));
  const r14s = rows.map((e) => pct(r13(e), e.rp[0]));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "ind"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "ind"],
        cells: {
          kode: "Predikat Kinerja",
          // planted: "Sangat Tinggi" for an average of 84.72 (the band > 75 to 90 is Tinggi)
          k14: "Sangat Tinggi",
          r14: predikat(round(sum(r14s) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan relawan Tagana dan Kampung Siaga Bencana di 9 kecamatan rawan banjir.",
    "Faktor penghambat: gudang buffer stock hanya satu dan akses jalan ke desa terdampak longsor.",
    "Tindak lanjut: penambahan gudang logistik penyangga di Kecamatan Wulung Kidul pada 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Kedung Wulung, 14 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN KEDUNG WULUNG"],
    nama: "Drs. BAMBANG SETYO HARTANTO, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690423 199403 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.06.06.2.01.0001 is 3,921,625,000; 6 + 12 = 2,961,400,000 + 951,225,000 = 3,912,625,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `Predikat kinerja 'Sangat Tinggi' for a rata-rata of ${round(sum(k14s) / 4)}; the band > 75 to 90 is Tinggi`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // the level row: 12 K is the Triwulan IV level, 13 K the latest level
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
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("k12c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
  for (const id of ["keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  for (const k of ["r5", "r7"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type Pr = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  parts?: [string, string];
};

/** T-C.27 of the Dinas Sosial Kota Pasir Lintang, Renstra 2025-2029, Rp in thousands. */
export function tc27Bencana(): BookW {
  const b = new BookW(
    "renstra-tc27-dinsos-bencana-pasir-lintang.xlsx",
    "T-C.27 Rencana program dan pendanaan (Dinsos, penanganan bencana)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran column merged down, Tahun ke-1..ke-5 over Target | Rp (years only in the title); kegiatan Rp =SUM of their sub kegiatan, program Rp = kegiatan + kegiatan; kondisi akhir Rp =SUM of the five years; Lokasi after the unit",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PASIR LINTANG",
    "DINAS SOSIAL",
    "Jl. Pangeran Antasari No. 9, Pasir Lintang",
  ]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Sosial Kota Pasir Lintang Periode Renstra 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Pr[] = [
    {
      id: "p",
      kode: "1.06.06",
      ur: "PROGRAM PENANGANAN BENCANA",
      ind: "Persentase korban bencana yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      level: true,
      awal: 88,
      k: [90, 92, 94, 96, 98],
    },
    {
      id: "g1",
      kode: "1.06.06.2.01",
      ur: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
      ind: "Jumlah korban bencana terdampak yang dilayani",
      sat: "jiwa",
      level: false,
      awal: 3_100,
      k: [3_200, 3_300, 3_400, 3_500, 3_600],
      parts: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "1.06.06.2.01.0001",
      ur: "Penyediaan Makanan",
      ind: "Jumlah paket permakanan yang disalurkan",
      sat: "paket",
      level: false,
      awal: 5_800,
      k: [6_000, 6_200, 6_400, 6_600, 6_800],
      rp: [1_150_000, 1_207_500, 1_268_000, 1_331_400, 1_398_000],
    },
    {
      id: "s2",
      kode: "1.06.06.2.01.0004",
      ur: "Penyediaan Logistik Buffer Stock Bencana",
      ind: "Persentase ketersediaan buffer stock logistik bencana",
      sat: "%",
      level: true,
      awal: 70,
      k: [75, 80, 85, 90, 95],
      rp: [640_000, 672_000, 705_600, 740_900, 778_000],
    },
    {
      id: "g2",
      kode: "1.06.06.2.02",
      ur: "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota",
      ind: "Jumlah Kampung Siaga Bencana yang dibentuk",
      sat: "kampung",
      level: false,
      awal: 2,
      k: [2, 2, 3, 3, 3],
      parts: ["s3", "s4"],
    },
    {
      id: "s3",
      kode: "1.06.06.2.02.0001",
      ur: "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana",
      ind: "Jumlah paket peralatan evakuasi Tagana yang diadakan",
      sat: "paket",
      level: false,
      awal: 3,
      k: [4, 4, 5, 5, 6],
      rp: [385_000, 404_300, 424_500, 445_700, 468_000],
    },
    {
      id: "s4",
      kode: "1.06.06.2.02.0003",
      ur: "Pengelolaan Lumbung Sosial Berbasis Kelurahan",
      ind: "Persentase lumbung sosial yang berfungsi",
      sat: "%",
      level: true,
      awal: 60,
      k: [65, 70, 75, 80, 85],
      rp: [212_000, 226_800, 241_500, 257_300, 272_600],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "(3)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(6)",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${6 + 2 * y})`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(17)", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "(18)", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(19)", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          sas: "Meningkatnya perlindungan sosial korban bencana",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir K of the buffer stock % typed 90 (the year-4 target; year 5 is 95)
          akK: p.id === "s2" ? 90 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Linjamsos",
          lok: "Kota Pasir Lintang",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          const r = `r${y}`;
          if (p.rp) out[r] = p.rp[y - 1];
          else if (p.parts) {
            // planted: kegiatan 1.06.06.2.01's Tahun ke-3 Rp sums one row short (Penyediaan Makanan only)
            const last = p.id === "g1" && y === 3 ? p.parts[0] : p.parts[1];
            out[r] = fx(`SUM(${x.a(r, p.parts[0])}:${x.a(r, last)})`);
          } else out[r] = fx(`${x.a(r, "g1")}+${x.a(r, "g2")}`);
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Pasir Lintang, 24 Februari 2025",
    jabatan: ["KEPALA DINAS SOSIAL KOTA PASIR LINTANG"],
    nama: "HJ. NOOR AINAH RAHMADHANI, S.Sos., M.AP.",
    nip: "19760808 199803 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrsK = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const yrsR = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g1") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 1.06.06.2.01 is =SUM over Penyediaan Makanan only (1,268,000); with the buffer stock's 705,600 it is 1,973,600",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of Persentase ketersediaan buffer stock is 90, the Tahun ke-4 target; a % ends at the Tahun ke-5 target 95",
    truth: a("k5", "s2"),
  });
  for (const id of ["p", "s4"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yrsK(id),
    });
  for (const id of ["g1", "s1", "g2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yrsK(id),
      trap: a("k5", id),
    });
  for (const id of ["s1", "s2", "g2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrsR(id),
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
  for (const [id, parent] of [
    ["s1", "1.06.06.2.01"],
    ["s2", "1.06.06.2.01"],
    ["s3", "1.06.06.2.02"],
    ["s4", "1.06.06.2.02"],
    ["g1", "1.06.06"],
    ["g2", "1.06.06"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${parent}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
