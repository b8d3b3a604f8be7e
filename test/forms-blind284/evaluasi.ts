// The Renja evaluation (E.81), the Renstra funding table (T-C.27) and the LKjIP capaian table of two
// Dinas PUPR bidang SDA: daerah irigasi in good condition, P3A/GP3A, OP per DI, embung and tanggul
// banjir. Kabupaten Sekayu Hulu (Sumatera Selatan) and Kabupaten Pinrang Timur (Sulawesi Selatan) are
// invented, as are every name and number.
import { BookW, DEC, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

type Ev = {
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

/** E.81 of the Dinas PUPR Kabupaten Sekayu Hulu, bidang SDA, s.d. Triwulan IV 2024. */
export function e81Sda(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-2024-pupr-sda-sekayu-hulu.xlsx",
    "E.81 Evaluasi Renja (PUPR SDA)",
    "E.81 s.d. TW IV 2024, Renstra 2021-2026; three header rows with 'Realisasi Kinerja pada Triwulan' over I..IV over K | Rp; formulas in 12, 13, 14; a level row (% DI kondisi baik); Rata-rata and Predikat rows; stale cached (13) K",
  );
  const S = "E81 SDA 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SEKAYU HULU",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Bidang Sumber Daya Air - Jl. Lintas Tebing Sari Km. 7",
  ]);
  s.lines([
    "Tabel Evaluasi Hasil Pelaksanaan Renja Dinas PUPR Kabupaten Sekayu Hulu",
    "Periode Pelaksanaan: Triwulan I s.d. IV Tahun Anggaran 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const s1: Ev = {
    id: "s1",
    kode: "1.03.02.2.02.0014",
    ur: "Rehabilitasi Jaringan Irigasi Permukaan",
    ind: "Panjang saluran irigasi yang direhabilitasi",
    sat: "km",
    level: false,
    k5: 120,
    k6: 58.6,
    k7: 24,
    q: [3.2, 6.5, 7.8, 5.1],
    r5: 18_500_000_000,
    r6: 9_870_450_000,
    r7: 3_200_000_000,
    rq: [312_600_000, 845_200_000, 1_104_900_000, 822_150_000],
  };
  const s2: Ev = {
    id: "s2",
    kode: "1.03.02.2.02.0031",
    ur: "Operasi dan Pemeliharaan Jaringan Irigasi Permukaan (OP Partisipatif)",
    ind: "Jumlah P3A/GP3A yang difasilitasi OP partisipatif",
    sat: "kelompok",
    level: false,
    k5: 250,
    k6: 140,
    k7: 50,
    q: [10, 14, 15, 12],
    r5: 6_250_000_000,
    r6: 3_402_800_000,
    r7: 1_150_000_000,
    rq: [201_300_000, 288_450_000, 310_700_000, 297_900_000],
  };
  const tot = (k: "r5" | "r6" | "r7") => s1[k] + s2[k];
  const rq = [0, 1, 2, 3].map((i) => s1.rq[i] + s2.rq[i]);
  const keg: Ev = {
    id: "keg",
    kode: "1.03.02.2.02",
    ur: "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada DI Kewenangan Kabupaten",
    ind: "Jumlah daerah irigasi yang ditingkatkan kondisinya",
    sat: "DI",
    level: false,
    k5: 30,
    k6: 14,
    k7: 6,
    q: [0, 1, 2, 3],
    r5: tot("r5"),
    r6: tot("r6"),
    r7: tot("r7"),
    rq,
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "1.03.02",
    ur: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
    ind: "Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik",
    sat: "%",
    level: true,
    k5: 75,
    k6: 61.2,
    k7: 66,
    q: [62, 63.5, 65.1, 67.4],
  };
  const TW = "Realisasi Kinerja pada Triwulan";
  const K = "K";
  const RpH = "Rp";
  const pair = (
    n: string,
    path: string[],
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
    num = n,
  ): Col[] => [
    { key: `k${n}`, head: [...path, K], role, year, num, fmt: DEC, width: 9 },
    { key: `r${n}`, head: [...path, RpH], role: rrole, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "2", width: 19 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Sat."], role: "satuan", num: "4a", width: 8 },
    ...pair("5", ["Target Renstra SKPD Tahun 2026"], "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Target Renstra s.d. Renja SKPD Tahun 2023"],
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Renja SKPD Tahun 2024"], "target", "anggaran", 2024),
    ...pair("8", [TW, "I"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Kinerja dan Anggaran Renja SKPD Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
      "12 = 8+9+10+11",
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "realisasi",
      "realisasi-anggaran",
      2024,
      "13 = 6+12",
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Renstra s.d. Tahun 2024 (%)"],
      "capaian",
      "capaian",
      undefined,
      "14 = 13/5x100",
    ),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qs = (p: string, x: { a(k: string): string }) =>
    ["8", "9", "10", "11"].map((n) => x.a(`${p}${n}`)).join("+");
  // planted: (13) K of sub kegiatan .0014 carries a stale cached 86.2 (6 + 12 gives 81.2)
  const STALE13 = 86.2;
  const body: Row[] = [prog, keg, s1, s2].map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
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
      k12: fx(e.level ? x.a("k11") : qs("k", x)),
      r12: fx(qs("r", x)),
      k13: e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`, e.id === "s1" ? STALE13 : undefined),
      r13: fx(`${x.a("r6")}+${x.a("r12")}`),
      k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
      r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
      pj: e.id === "s2" ? "Seksi OP SDA" : "Seksi Irigasi",
    }),
  }));
  // the Rp average: prog 70.53, keg 70.53, s1 70.03, s2 72.02 -> 70.78, Sedang; typed "Tinggi"
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
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k14: "Tinggi", r14: "Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator program berupa persentase kondisi (level), realisasi = capaian Triwulan IV.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tebing Sari, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG"],
    nama: "Ir. HENDRA SAPUTRA WIJAYA, M.T.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19760814 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k13", "s1") },
    rules: ["sum-mismatch"],
    note: "(13) K of sub kegiatan 1.03.02.2.02.0014 shows a stale cached 86.20; its formula 6 + 12 gives 58.6 + 22.6 = 81.20",
    truth: `${a("k6", "s1")}+${a("k12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "pred") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' under the Rp Rata-rata 70.78; the band > 65 - 75 is Sedang",
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
    truth: a("k11", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
  for (const id of ["keg", "s2"])
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  for (const id of ["prog", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["keg", "s1"])
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
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
  lok: string;
};

/** T-C.27 of the Dinas PUPR Kabupaten Pinrang Timur (bidang SDA), Renstra 2025-2029, Rp in thousands. */
export function tc27Sda(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-pupr-sda-pinrang-timur.xlsx",
    "T-C.27 Rencana program dan pendanaan (PUPR SDA)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; headers 'Tahun ke-n (20xx)' over Target | Rp; two kegiatan (irigasi; embung dan tanggul) with SUM Rp, program Rp = kegiatan + kegiatan; Lokasi column; kondisi akhir K typed, Rp as formulas",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN PINRANG TIMUR", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan dan Pendanaan Bidang Sumber Daya Air",
    "Dinas PUPR Kabupaten Pinrang Timur Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Pr[] = [
    {
      id: "p",
      kode: "1.03.02",
      ur: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
      ind: "Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      level: true,
      awal: 58.4,
      k: [61, 64, 67, 70, 73],
      lok: "Kabupaten",
    },
    {
      id: "g1",
      kode: "1.03.02.2.02",
      ur: "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada DI Kewenangan Kabupaten",
      ind: "Jumlah daerah irigasi yang ditingkatkan kondisinya",
      sat: "DI",
      level: false,
      awal: 3,
      k: [3, 3, 4, 4, 4],
      lok: "12 DI",
    },
    {
      id: "s1",
      kode: "1.03.02.2.02.0014",
      ur: "Rehabilitasi Jaringan Irigasi Permukaan",
      ind: "Panjang saluran irigasi yang direhabilitasi",
      sat: "km",
      level: false,
      awal: 15,
      k: [18, 20, 22, 24, 25],
      rp: [4_250_000, 4_500_000, 4_800_000, 5_100_000, 5_350_000],
      lok: "DI Salu Bone, DI Lamasi Hilir",
    },
    {
      id: "s2",
      kode: "1.03.02.2.02.0031",
      ur: "Operasi dan Pemeliharaan Jaringan Irigasi Permukaan",
      ind: "Persentase DI yang dilaksanakan OP rutin bersama P3A/GP3A",
      sat: "%",
      level: true,
      awal: 45,
      k: [50, 60, 70, 80, 90],
      rp: [1_180_000, 1_240_000, 1_300_000, 1_365_000, 1_430_000],
      lok: "12 DI",
    },
    {
      id: "g2",
      kode: "1.03.02.2.01",
      ur: "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai Kewenangan Kabupaten",
      ind: "Jumlah embung dan tanggul banjir yang dibangun",
      sat: "unit",
      level: false,
      awal: 1,
      k: [2, 3, 3, 3, 4],
      lok: "Kabupaten",
    },
    {
      id: "s3",
      kode: "1.03.02.2.02.0016",
      ur: "Pembangunan Embung dan Penampung Air Lainnya",
      ind: "Jumlah embung yang dibangun",
      sat: "unit",
      level: false,
      awal: 1,
      k: [1, 1, 2, 2, 2],
      rp: [2_450_000, 2_600_000, 2_750_000, 2_900_000, 3_050_000],
      lok: "Kec. Duampanua Timur",
    },
    {
      id: "s4",
      kode: "1.03.02.2.01.0033",
      ur: "Pembangunan Tanggul Sungai",
      ind: "Panjang tanggul banjir yang dibangun",
      sat: "m",
      level: false,
      awal: 450,
      k: [600, 750, 800, 850, 900],
      rp: [3_800_000, 3_950_000, 4_100_000, 4_300_000, 4_500_000],
      lok: "S. Saddang Kiri",
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra SKPD";
  const ys = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 19 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: "5",
      fmt: DEC,
    },
    ...ys.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y} (${2024 + y})`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "17", fmt: RP },
    { key: "pj", head: ["SKPD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 18 },
  ];
  // planted: kondisi akhir K of the rehabilitasi row (a flow, km) is the year-5 target 25, not 109
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.level || p.id === "s1" ? p.k[4] : sum(p.k),
          akR: fx(ys.map((y) => x.a(`r${y}`)).join("+")),
          pj: "Dinas PUPR (Bidang SDA)",
          lok: p.lok,
        };
        ys.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          const r = `r${y}`;
          if (p.rp) out[r] = p.rp[y - 1];
          else if (p.id === "g1") out[r] = fx(`SUM(${x.a(r, "s1")}:${x.a(r, "s2")})`);
          else if (p.id === "g2") out[r] = fx(`SUM(${x.a(r, "s3")}:${x.a(r, "s4")})`);
          else out[r] = fx(`${x.a(r, "g1")}+${x.a(r, "g2")}`);
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Lasape Timur, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG"],
    nama: "ANDI MUH. RUSLAN PATTAWARI, S.T., M.Eng.",
    nip: "19780305 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const allK = (id: string) => ys.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of sub kegiatan 1.03.02.2.02.0014 (km of saluran rehabilitated, a flow) is 25, the year-5 target; the five years add up to 109",
    truth: allK("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Pembangunan Embung is coded 1.03.02.2.02.0016 (the irigasi kegiatan) but sits under kegiatan 1.03.02.2.01",
    truth: `"1.03.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: allK(id),
    });
  for (const id of ["g1", "g2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: allK(id),
      trap: a("k5", id),
    });
  b.ok({ sheet: S, cell: a("akK", "s4"), rules: ["kondisi-akhir-mismatch"], truth: allK("s4") });
  for (const id of ["p", "s1", "s4"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: ys.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [2, 4]) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s3")}+${a(`r${y}`, "s4")}`,
    });
  }
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.03.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s4"),
    rules: ["code-hierarchy"],
    truth: `"1.03.02.2.01"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  return b.finish();
}

/** LKjIP 2024 capaian IKU of the Dinas PUPR Sekayu Hulu: Realisasi 2023 beside the year, refleksi. */
export function lkjipSda(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-iku-pupr-sda-sekayu-hulu.xlsx",
    "LKjIP capaian kinerja (PUPR SDA)",
    "LKjIP 2024 Tabel 3.2: sasaran merged over its indicators; Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; refleksi (2T-R)/T on the two negative indicators (genangan banjir, tanggul jebol)",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2", "Capaian Indikator Kinerja Utama Dinas PUPR Kabupaten Sekayu Hulu Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const SA = "Meningkatnya kinerja layanan jaringan irigasi";
  const SB = "Berkurangnya risiko banjir di kawasan permukiman";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      neg: false,
      r23: 61.2,
      t: 66,
      r: 67.4,
      cat: "Sangat Baik",
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase P3A/GP3A aktif berbadan hukum",
      sat: "%",
      neg: false,
      r23: 38.5,
      t: 55,
      r: 41.8,
      cat: "Cukup",
    },
    {
      id: "i3",
      sas: SB,
      ind: "Luas genangan banjir di kawasan permukiman",
      sat: "ha",
      neg: true,
      r23: 512,
      t: 420,
      r: 465,
      cat: "Baik",
    },
    {
      id: "i4",
      sas: SB,
      ind: "Jumlah kejadian tanggul sungai jebol",
      sat: "kejadian",
      neg: true,
      r23: 6,
      t: 5,
      r: 3,
      cat: "Sangat Baik",
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat" },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the genangan row (negative) takes R / T like the positive rows
          c: fx(cap(x.neg && x.id !== "i3", c.a("t"), c.a("r"))),
          p: x.cat,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator negatif (genangan, tanggul jebol) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Luas genangan banjir (negative) computed as R / T = 465 / 420 = 110.71; refleksi (2 x 420 - 465) / 420 gives 89.29",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Cukup' for 76.00 (41.8 / 55); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: rt("i4"),
  });
  for (const id of ["i1", "i2"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["i1", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}
