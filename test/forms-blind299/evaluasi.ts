// The Renja evaluation (E.81), the Renstra funding table (T-C.27) and the LKjIP capaian table of two
// invented Dinas Lingkungan Hidup on waste (Jakstrada pengurangan / penanganan, TPS3R, bank sampah, TPA).
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

/** E.81 of the DLH Kabupaten Batang Lisu (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Sampah(): BookW {
  const b = new BookW(
    "e81-renja-dlh-persampahan-batang-lisu.xlsx",
    "E.81 Evaluasi Renja (DLH persampahan)",
    "E.81 2024 of Renstra 2021-2026; three header rows with 'Realisasi Kinerja pada Triwulan' over I-IV, K | Rp pairs, number row merged over pairs; a level row (% sampah tertangani) over flows in ton and unit; r12/r13/r14 Rp as formulas; Rata-rata and Predikat rows; Keterangan column",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG LISU",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Bundo Kanduang No. 7 Lubuk Lisu",
  ]);
  s.lines([
    "Tabel Evaluasi Hasil Pelaksanaan Renja DLH Kabupaten Batang Lisu s.d. Triwulan IV Tahun 2024",
    "Sasaran RKPD: meningkatnya kinerja pengurangan dan penanganan sampah (Jakstrada)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "2.11.11.2.01.0001",
      ur: "Penyediaan Sarana dan Prasarana Pengelolaan Sampah (TPS3R)",
      ind: "Jumlah TPS3R yang dibangun",
      sat: "unit",
      level: false,
      k5: 15,
      k6: 8,
      k7: 3,
      q: [0, 1, 1, 1],
      r5: 6_400_000_000,
      r6: 3_215_500_000,
      r7: 1_450_000_000,
      rq: [0, 412_600_000, 498_300_000, 521_750_000],
    },
    {
      id: "s2",
      kode: "2.11.11.2.01.0003",
      ur: "Pembinaan dan Pengembangan Bank Sampah",
      ind: "Jumlah bank sampah aktif yang dibina",
      sat: "unit",
      level: false,
      k5: 120,
      k6: 74,
      k7: 22,
      q: [4, 6, 5, 7],
      r5: 1_850_000_000,
      r6: 1_022_400_000,
      r7: 395_000_000,
      rq: [61_200_000, 98_450_000, 104_300_000, 118_900_000],
    },
    {
      id: "s3",
      kode: "2.11.11.2.01.0006",
      ur: "Operasional Tempat Pemrosesan Akhir (TPA) Regional Sungai Lisu",
      ind: "Jumlah sampah yang diproses di TPA",
      sat: "ton",
      level: false,
      k5: 310_000,
      k6: 187_400,
      k7: 64_000,
      q: [15_820, 16_240, 15_990, 16_550],
      r5: 14_200_000_000,
      r6: 8_314_700_000,
      r7: 2_960_000_000,
      rq: [655_400_000, 742_100_000, 731_850_000, 790_300_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "2.11.11.2.01",
    ur: "Pengelolaan Sampah",
    ind: "Jumlah sampah yang dikurangi melalui 3R dan bank sampah",
    sat: "ton",
    level: false,
    k5: 42_000,
    k6: 23_150,
    k7: 8_600,
    q: [1_980, 2_140, 2_210, 2_390],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "2.11.11",
    ur: "PROGRAM PENGELOLAAN PERSAMPAHAN",
    ind: "Persentase sampah yang tertangani",
    sat: "%",
    level: true,
    k5: 85,
    k6: 71.2,
    k7: 76,
    q: [72, 73.4, 75.1, 77.3],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const pair = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra DLH Tahun 2026"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Renstra s.d. Renja Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Kinerja dan Anggaran Renja 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "15", width: 16 },
  ];
  // planted: s2's (14) K typed 96.00 (its own column 13); 96/120 x 100 = 80.00
  const K14S2 = 96;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog" || e.id === "keg",
    cells: (x) => ({
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
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      // planted: s1's Rp (12) formula leaves out Triwulan IV
      r12: fx((e.id === "s1" ? ["8", "9", "10"] : ["8", "9", "10", "11"]).map((n) => x.a(`r${n}`)).join("+")),
      k13: k13(e),
      r13: fx(`${x.a("r6")}+${x.a("r12")}`),
      k14: e.id === "s2" ? K14S2 : k14(e),
      r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
      ket: e.level ? "posisi akhir tahun" : "",
    }),
  }));
  const r12v = (e: E) => sum(e.id === "s1" ? e.rq.slice(0, 3) : e.rq);
  const avgR = round(sum(rows.map((e) => round(((e.r6 + r12v(e)) / e.r5) * 100))) / rows.length);
  const avgK = round(sum(rows.map((e) => (e.id === "s2" ? K14S2 : k14(e)))) / rows.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: () => ({ no: "Predikat Kinerja", k14: predikat(avgK), r14: predikat(avgR) }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: capaian % sampah tertangani adalah posisi Triwulan IV, bukan penjumlahan triwulan."]);
  s.gap();
  signature(s, 22, {
    tempat: "Lubuk Lisu, 17 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP"],
    nama: "Ir. HENDRI SUTAN MARAJO, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19721104 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.11.11.2.01.0001 is =8+9+10 without Triwulan IV: 910,900,000; the four quarters give 1,432,650,000",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s2") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of bank sampah (2.11.11.2.01.0003) is 96.00, the realisation itself; 96/120 x 100 = 80.00",
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
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
  for (const id of ["keg", "s1", "s2", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s2", "s3"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const k of ["r5", "r6", "r7"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
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
  lok: string;
};

/** T-C.27 of the DLH Kota Tanjung Mirah (Kalimantan Selatan), Renstra 2025-2029, Rp in thousands. */
export function tc27Sampah(): BookW {
  const b = new BookW(
    "tc27-renstra-dlh-sampah-tanjung-mirah.xlsx",
    "T-C.27 Rencana program dan pendanaan (DLH persampahan)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; header 'Capaian Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 (ke-1) .. > Target | Rp; a Lokasi column; kondisi akhir Rp = SUM of five Rp cells spread over pairs; two % rows and flows (TPS3R, bank sampah)",
  );
  const S = "T-C.27 DLH";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG MIRAH", "DINAS LINGKUNGAN HIDUP"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.11.11",
      ur: "PROGRAM PENGELOLAAN PERSAMPAHAN",
      ind: "Persentase pengurangan sampah (Jakstrada)",
      sat: "%",
      level: true,
      awal: 19.4,
      k: [22, 24, 26, 28, 30],
      lok: "Kota Tanjung Mirah",
    },
    {
      id: "g",
      kode: "2.11.11.2.01",
      ur: "Pengelolaan Sampah",
      ind: "Jumlah TPS3R yang beroperasi baru",
      sat: "unit",
      level: false,
      awal: 6,
      k: [2, 2, 3, 3, 2],
      lok: "5 kecamatan",
    },
    {
      id: "s1",
      kode: "2.11.11.2.01.0001",
      ur: "Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
      ind: "Jumlah bank sampah unit yang terbentuk",
      sat: "unit",
      level: false,
      awal: 41,
      k: [8, 8, 10, 10, 12],
      rp: [1_215_400, 1_276_200, 1_340_000, 1_407_000, 1_477_400],
      lok: "Kelurahan",
    },
    {
      id: "s2",
      kode: "2.11.11.2.01.0006",
      ur: "Penanganan Sampah di TPA/TPST",
      ind: "Persentase sampah yang diproses di TPA secara controlled landfill",
      sat: "%",
      level: true,
      awal: 55,
      k: [60, 65, 70, 75, 80],
      rp: [4_820_000, 5_061_000, 5_314_000, 5_579_700, 5_858_700],
      lok: "TPA Batu Merah",
    },
    {
      id: "s3",
      kode: "2.11.10.2.01.0004",
      ur: "Koordinasi Pemungutan Retribusi Pelayanan Persampahan",
      ind: "Jumlah laporan realisasi retribusi persampahan",
      sat: "laporan",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [86_500, 90_800, 95_300, 100_100, 105_100],
      lok: "Kota Tanjung Mirah",
    },
  ];
  const CK = "Capaian Kinerja Program dan Kerangka Pendanaan";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [CK, `Tahun ${2024 + y} (ke-${y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${4 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [CK, `Tahun ${2024 + y} (ke-${y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: RP,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: "16",
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "anggaran",
      num: "17",
      fmt: RP,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 16 },
  ];
  // planted: kondisi akhir K of the kegiatan's TPS3R flow typed 14; the five years add up to 12
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.id === "g" ? 14 : p.level ? p.k[4] : sum(p.k),
          pj: p.id === "s3" ? "Sub Bagian Keuangan" : "Bidang Pengelolaan Sampah",
          lok: p.lok,
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  signature(s, 15, {
    tempat: "Tanjung Mirah, 24 Februari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup", "Kota Tanjung Mirah"],
    nama: "H. SYAHRIANSYAH NOOR, S.T., M.T.",
    nip: "19780322 200312 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "g") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir of 'Jumlah TPS3R yang beroperasi baru' is 14; the five yearly targets 2+2+3+3+2 give 12",
    truth: ks("g"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan retribusi persampahan coded 2.11.10.2.01.0004 under kegiatan 2.11.11.2.01",
    truth: `"2.11.11.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("s1"),
    trap: a("k5", "s1"),
  });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: ks("s3") });
  for (const id of ["p", "g", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"2.11.11.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}

/** LKjIP 2024 of the DLH Batang Lisu: capaian with refleksi on the 'minimal' indicators. */
export function lkjipSampah(): BookW {
  const b = new BookW(
    "lkjip-2024-dlh-jakstrada-batang-lisu.xlsx",
    "LKjIP capaian kinerja (DLH persampahan)",
    "LKjIP 2024 Tabel 3.2: Sasaran (merged) | Indikator | Satuan | Sifat (Maksimal/Minimal) | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; capaian formulas, refleksi (2T-R)/T on 'Minimal'; Kategori words",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2", "Capaian Indikator Kinerja Dinas Lingkungan Hidup Kabupaten Batang Lisu Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya pengurangan dan penanganan sampah";
  const SAS2 = "Menurunnya sampah yang tidak terkelola";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Persentase pengurangan sampah",
      sat: "%",
      pol: "+",
      r0: 20.1,
      t: 24,
      r: 21.9,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase penanganan sampah",
      sat: "%",
      pol: "+",
      r0: 66.3,
      t: 72,
      r: 68.4,
    },
    {
      id: "i5",
      sas: SAS1,
      ind: "Persentase sampah diproses di TPA secara controlled landfill",
      sat: "%",
      pol: "+",
      r0: 40,
      t: 60,
      r: 43.5,
    },
    {
      id: "i3",
      sas: SAS2,
      ind: "Timbulan sampah tidak terkelola",
      sat: "ton/hari",
      pol: "-",
      r0: 55.2,
      t: 48,
      r: 52.8,
    },
    { id: "i4", sas: SAS2, ind: "Jumlah titik TPS liar", sat: "titik", pol: "-", r0: 41, t: 35, r: 28 },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Sifat Indikator"], role: "polaritas" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const capv = (pol: string, t: number, r: number) =>
    round(pol === "+" ? (r / t) * 100 : ((2 * t - r) / t) * 100);
  const pb = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x): Row => ({
      id: x.id,
      cells: (c) => ({
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        pol: x.pol === "+" ? "Maksimal" : "Minimal",
        r0: x.r0,
        t: x.t,
        r: x.r,
        // planted: i3 (Minimal) computed R/T
        c: fx(x.id === "i3" ? `ROUND(${c.a("r")}/${c.a("t")}*100,2)` : cap(x.pol, c.a("t"), c.a("r"))),
        // planted: i5 "Baik" for 72.50
        p: x.id === "i5" ? "Baik" : x.id === "i3" ? pb(round((x.r / x.t) * 100)) : pb(capv(x.pol, x.t, x.r)),
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: untuk indikator bersifat Minimal, capaian = (2 x Target - Realisasi) / Target x 100%.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Lubuk Lisu, 28 Februari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP"],
    nama: "Ir. HENDRI SUTAN MARAJO, M.Si.",
    nip: "19721104 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Timbulan sampah tidak terkelola is a Minimal indicator but its capaian is R/T = 110.00; refleksi (2x48-52.8)/48 gives 90.00",
    truth: cap("-", a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a capaian of 72.50; the band 65-75 is 'Cukup'",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: cap("-", a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}
