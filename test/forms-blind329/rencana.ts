// The Renja evaluation (E.81) of BPBD Kabupaten Lembah Sirangkai (Sumatera Barat) and the Renstra
// funding table (T-C.27) of BPBD Kota Teluk Wahana (Sulawesi Tengah): nagari / kelurahan tangguh
// bencana, kajian risiko bencana, evakuasi and waktu tanggap darurat. Every name and number is invented.
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

type Line = {
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

const addRp = (xs: Line[]): Pick<Line, "rp" | "rq"> => ({
  rp: [0, 1, 2].map((i) => sum(xs.map((x) => x.rp[i]))) as [number, number, number],
  rq: [0, 1, 2, 3].map((i) => sum(xs.map((x) => x.rq[i]))),
});

/** E.81 s.d. Triwulan IV 2024, "(n-1)" / "(n-2)" headers resolved from the title, pairs numbered once. */
export function e81Bpbd(): BookW {
  const b = new BookW(
    "evaluasi-renja-bpbd-lembah-sirangkai-tw4-2024-329.xlsx",
    "E.81 Evaluasi Renja (BPBD)",
    "E.81 s.d. TW IV 2024 (n-1), Renstra 2021-2026; ordinal (n-1)/(n-2) headers; K/Rp pairs with one merged number each; satuan column shifts the numbering; level rows (% nagari tangguh, % evakuasi 24 jam); rata-rata and predikat footer",
  );
  const S = "E.81 TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANGKAI",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "Jl. Bypass Sirangkai Km. 4, Nagari Koto Pulai",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BPBD KABUPATEN LEMBAH SIRANGKAI",
    "Periode pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra Perangkat Daerah 2021-2026)",
  ]);
  s.gap();
  const sub1a: Line = {
    id: "s1a",
    kode: "1.05.03.2.01.0001",
    ur: "Penyusunan Kajian Risiko Bencana Kabupaten/Kota",
    ind: "Jumlah dokumen kajian risiko bencana yang disusun",
    sat: "dokumen",
    level: false,
    k: [6, 3, 1],
    q: [0, 0, 1, 0],
    rp: [1_420_000_000, 765_300_000, 248_000_000],
    rq: [0, 61_400_000, 112_850_000, 58_900_000],
  };
  const sub1b: Line = {
    id: "s1b",
    kode: "1.05.03.2.01.0003",
    ur: "Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana",
    ind: "Jumlah orang yang mendapatkan KIE rawan bencana",
    sat: "orang",
    level: false,
    k: [7500, 4380, 1500],
    q: [240, 410, 505, 390],
    rp: [690_000_000, 402_750_000, 150_000_000],
    rq: [18_250_000, 41_600_000, 52_300_000, 36_500_000],
  };
  const keg1: Line = {
    id: "k1",
    kode: "1.05.03.2.01",
    ur: "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
    ind: "Jumlah dokumen kajian risiko bencana yang disusun",
    sat: "dokumen",
    level: false,
    k: [6, 3, 1],
    q: [0, 0, 1, 0],
    ...addRp([sub1a, sub1b]),
  };
  const sub2a: Line = {
    id: "s2a",
    kode: "1.05.03.2.02.0002",
    ur: "Pembentukan dan Pembinaan Nagari Tangguh Bencana",
    ind: "Jumlah nagari tangguh bencana yang dibentuk",
    sat: "nagari",
    level: false,
    k: [30, 14, 6],
    q: [0, 2, 3, 2],
    rp: [2_150_000_000, 1_108_600_000, 430_000_000],
    rq: [26_400_000, 118_750_000, 164_200_000, 96_350_000],
  };
  const keg2: Line = {
    ...sub2a,
    id: "k2",
    kode: "1.05.03.2.02",
    ur: "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
  };
  const keg3: Line = {
    id: "k3",
    kode: "1.05.03.2.03",
    ur: "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
    ind: "Persentase korban bencana yang dievakuasi dalam 24 jam",
    sat: "%",
    level: true,
    k: [95, 88.6, 92],
    q: [90.4, 91.8, 93.1, 92.5],
    rp: [3_600_000_000, 2_035_900_000, 640_000_000],
    rq: [112_300_000, 176_450_000, 148_900_000, 187_600_000],
  };
  const prog: Line = {
    id: "p",
    kode: "1.05.03",
    ur: "PROGRAM PENANGGULANGAN BENCANA",
    ind: "Persentase nagari tangguh bencana",
    sat: "%",
    level: true,
    k: [60, 38.5, 45],
    q: [39.2, 41.0, 43.6, 46.2],
    ...addRp([keg1, keg2, keg3]),
  };
  const lines = [prog, keg1, sub1a, sub1b, keg2, sub2a, keg3];
  const k12 = (e: Line) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Line) => (e.level ? k12(e) : e.k[1] + k12(e));
  const k14 = (e: Line) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: Line) => round(((e.rp[1] + sum(e.rq)) / e.rp[0]) * 100);
  const pair = (
    key: string,
    head: string[],
    num: string,
    rk: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: rk, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const tw = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    {
      key: "ur",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan"],
      num: "3",
      width: 30,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/ Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...pair("5", ["Target Renstra PD pada Tahun Akhir Periode Renstra"], "6", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "7",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "8",
      "target",
      "anggaran",
      2024,
    ),
    ...tw.flatMap((t, i) =>
      pair(
        `q${i}`,
        ["Realisasi Kinerja pada Triwulan", t],
        String(9 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "13 = 9+10+11+12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun (n-1)"],
      "14 = 7 + 13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)"],
      "15 = 14/6 x 100",
      "capaian",
      "capaian",
    ),
    { key: "unit", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "16", width: 16 },
  ];
  const PLANT_R12 = 184_650_000; // the four quarters of KIE add up to 148,650,000
  const r14s2a = r14(sub2a);
  const avgK = round(sum(lines.map(k14)) / lines.length);
  const body: Row[] = lines.map((e, i) => ({
    id: e.id,
    bold: e.id === "p",
    cells: (x) => {
      const c: Record<string, Cell> = {
        no: i + 1,
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
        k12: k12(e),
        r12: e.id === "s1b" ? PLANT_R12 : fx(tw.map((_, j) => x.a(`rq${j}`)).join("+")),
        k13: e.level ? k13(e) : fx(`${x.a("k6")}+${x.a("k12")}`),
        r13: fx(`${x.a("r6")}+${x.a("r12")}`),
        k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`, e.id === "s2a" ? r14s2a + 9 : undefined),
        unit:
          e.id === "k3"
            ? "Bidang Kedaruratan dan Logistik"
            : e.id.startsWith("k1") || e.id.startsWith("s1")
              ? "Bidang Pencegahan dan Kesiapsiagaan"
              : "Sekretariat / Bidang PK",
      };
      e.q.forEach((v, j) => {
        c[`kq${j}`] = v;
        c[`rq${j}`] = e.rq[j];
      });
      return c;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["ur", "sat"],
        cells: (x) => ({
          ur: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "p")}:${x.a("k14", "k3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "p")}:${x.a("r14", "k3")}),2)`),
        }),
      },
      { id: "pred", span: ["ur", "sat"], cells: { ur: "Predikat Kinerja", k14: predikat(avgK) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan BNPB dalam fasilitasi kajian risiko bencana.",
    "Faktor penghambat: pembentukan nagari tangguh tertunda karena banjir bandang Triwulan II.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Koto Pulai, 20 Januari 2025",
    jabatan: ["KEPALA PELAKSANA BPBD", "KABUPATEN LEMBAH SIRANGKAI"],
    nama: "Ir. YULIANDRI DATUAK MANGKUTO, M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19750812 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (p: string, id: string) => tw.map((_, j) => a(`${p}q${j}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s1b") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Column 13 Rp of KIE rawan bencana typed 184,650,000 among =sum formulas; the quarters add up to 148,650,000",
    truth: qs("r", "s1b"),
  });
  b.plant({
    at: { sheet: S, cell: a("r14", "s2a") },
    rules: ["capaian-mismatch"],
    note: `Column 15 Rp of nagari tangguh: cached ${r14s2a + 9}, the formula (14/6) gives ${r14s2a}`,
    truth: `ROUND(${a("r13", "s2a")}/${a("r5", "s2a")}*100,2)`,
  });
  for (const id of ["p", "k3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("kq3", id), trap: qs("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["k1", "s1a", "s1b", "k2", "s2a"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qs("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["p", "k1", "s1a", "k2", "s2a", "k3"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: qs("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  }
  for (const e of lines) {
    b.ok({
      sheet: S,
      cell: a("k14", e.id),
      rules: ["capaian-mismatch"],
      truth: `${a("k13", e.id)}/${a("k5", e.id)}*100`,
    });
    if (e.id !== "s2a" && e.id !== "s1b")
      b.ok({
        sheet: S,
        cell: a("r14", e.id),
        rules: ["capaian-mismatch"],
        truth: `${a("r13", e.id)}/${a("r5", e.id)}*100`,
      });
  }
  for (const k of ["r5", "r6", "r7", "rq0", "rq1", "rq2", "rq3"])
    b.ok({
      sheet: S,
      cell: a(k, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "k1")}+${a(k, "k2")}+${a(k, "k3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type Plan = {
  id: string;
  sas?: string;
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  awal: number | string;
  k: number[];
  flow: boolean;
  rp?: number[];
  /** Rp as sums of these rows */
  of?: string[];
};

/** T-C.27 of BPBD Kota Teluk Wahana, Renstra 2025-2029, "Tahun - 1..5" > Target | Rp, Rp in thousands. */
export function tc27Bpbd(): BookW {
  const b = new BookW(
    "renstra-tc27-bpbd-teluk-wahana-2025-2029-329.xlsx",
    "T-C.27 Renstra (BPBD)",
    "T-C.27 Renstra 2025-2029, '(dalam ribuan rupiah)', 'Tahun - 1..5' > Target | Rp with group headers written once (unmerged), number row (1)..(20), Sasaran merged, kegiatan/program Rp as SUM formulas, a second indicator without code, a negative level (waktu tanggap, menit)",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Badan Penanggulangan Bencana Daerah Kota Teluk Wahana Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SAS = "Meningkatnya ketangguhan kota dalam menghadapi bencana";
  const plan: Plan[] = [
    {
      id: "p",
      sas: SAS,
      kode: "1.05.03",
      ur: "Program Penanggulangan Bencana",
      ind: "Persentase kelurahan tangguh bencana",
      sat: "%",
      awal: 30,
      k: [36, 42, 50, 58, 65],
      flow: false,
      of: ["k1", "k2", "k3"],
    },
    {
      id: "k1",
      sas: SAS,
      kode: "1.05.03.2.01",
      ur: "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
      ind: "Jumlah dokumen kajian risiko bencana yang dimutakhirkan",
      sat: "dokumen",
      awal: 1,
      k: [1, 0, 1, 0, 1],
      flow: true,
      of: ["s1a", "s1b"],
    },
    {
      id: "s1a",
      sas: SAS,
      kode: "1.05.03.2.01.0001",
      ur: "Penyusunan Kajian Risiko Bencana Kabupaten/Kota",
      ind: "Jumlah dokumen KRB kota",
      sat: "dokumen",
      awal: 1,
      k: [1, 0, 1, 0, 1],
      flow: true,
      rp: [285_000, 60_000, 310_000, 65_000, 335_000],
    },
    {
      id: "s1b",
      sas: SAS,
      kode: "1.05.03.2.01.0002",
      ur: "Pengelolaan Data dan Informasi Rawan Bencana",
      ind: "Jumlah laporan informasi rawan bencana yang dipublikasikan",
      sat: "laporan",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      flow: true,
      rp: [94_500, 99_200, 104_000, 109_300, 114_800],
    },
    {
      id: "k2",
      sas: SAS,
      kode: "1.05.03.2.02",
      ur: "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
      ind: "Jumlah kelurahan tangguh bencana yang dibentuk",
      sat: "kelurahan",
      awal: 2,
      k: [3, 3, 4, 4, 3],
      flow: true,
      of: ["s2a", "s2b"],
    },
    {
      id: "s2a",
      sas: SAS,
      kode: "1.05.03.2.02.0001",
      ur: "Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana",
      ind: "Jumlah orang yang mengikuti sosialisasi",
      sat: "orang",
      awal: 380,
      k: [400, 450, 500, 550, 600],
      flow: true,
      rp: [118_000, 126_500, 135_250, 144_800, 152_600],
    },
    {
      id: "s2b",
      sas: SAS,
      kode: "1.05.03.2.02.0005",
      ur: "Pembentukan dan Pembinaan Kelurahan Tangguh Bencana",
      ind: "Jumlah kelurahan tangguh bencana yang dibina (kumulatif)",
      sat: "kelurahan",
      awal: 4,
      k: [7, 10, 14, 18, 21],
      flow: false,
      rp: [212_400, 228_750, 301_600, 318_900, 254_300],
    },
    {
      id: "s2b2",
      sas: SAS,
      ind: "Persentase relawan penanggulangan bencana yang bersertifikat",
      sat: "%",
      awal: 32,
      k: [40, 50, 60, 70, 80],
      flow: false,
    },
    {
      id: "k3",
      sas: "Meningkatnya kecepatan penanganan darurat bencana",
      kode: "1.05.03.2.03",
      ur: "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
      ind: "Rata-rata waktu tanggap darurat sejak laporan diterima",
      sat: "menit",
      awal: 45,
      k: [40, 35, 30, 28, 25],
      flow: false,
      of: ["s3a"],
    },
    {
      id: "s3a",
      sas: "Meningkatnya kecepatan penanganan darurat bencana",
      kode: "1.05.03.2.03.0001",
      ur: "Respon Cepat Darurat Bencana Kabupaten/Kota",
      ind: "Jumlah kejadian bencana yang ditangani tim reaksi cepat",
      sat: "kejadian",
      awal: 26,
      k: [24, 24, 24, 24, 24],
      flow: true,
      rp: [356_000, 372_400, 389_500, 405_200, 421_800],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 17 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "(3)", width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(6)",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun - ${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun - ${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${6 + 2 * y})`,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(17)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "kr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "(18)",
      fmt: RP,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(19)",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)", width: 14 },
  ];
  const PLANT_KA = 3; // the five yearly targets of a flow add up to 17
  const truthRp = (x: Plan, y: number): number =>
    x.rp
      ? x.rp[y - 1]
      : sum(
          (x.of ?? []).map((id) =>
            truthRp(
              plan.find((p) => p.id === id)!,
              y,
            ),
          ),
        );
  const PLANT_R2 = truthRp(plan[4], 2) * 10;
  const rows: Row[] = plan.map((x) => ({
    id: x.id,
    bold: !x.rp && !!x.of,
    cells: (c) => {
      const out: Record<string, Cell> = {
        sas: x.sas,
        kode: x.kode,
        ur: x.ur,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ka: x.id === "k2" ? PLANT_KA : x.flow ? sum(x.k) : x.k[4],
        unit: x.id.includes("3") ? "Bidang Kedaruratan dan Logistik" : "Bidang Pencegahan dan Kesiapsiagaan",
        lok: "Kota Teluk Wahana",
      };
      for (const y of Y) {
        out[`k${y}`] = x.k[y - 1];
        if (x.rp) out[`r${y}`] = x.rp[y - 1];
        else if (x.of) {
          if (x.id === "k2" && y === 2) out[`r${y}`] = PLANT_R2;
          else if (x.id === "p") out[`r${y}`] = fx(x.of.map((id) => c.a(`r${y}`, id)).join("+"));
          else
            out[`r${y}`] = fx(
              `SUM(${c.a(`r${y}`, x.of[0])}:${c.a(`r${y}`, x.of[x.of.length - 1] === "s2b" ? "s2b2" : x.of[x.of.length - 1])})`,
            );
        }
      }
      if (x.rp || x.of) out.kr = fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", groups: "first", vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator kumulatif dan persentase = target Tahun - 5; indikator jumlah per tahun = total lima tahun.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Teluk Wahana, 8 Agustus 2025",
    jabatan: ["KEPALA PELAKSANA BPBD KOTA TELUK WAHANA"],
    nama: "MOH. RIZAL LAMADJIDO, S.T., M.Si.",
    nip: "19790415 200501 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ka", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'jumlah kelurahan tangguh yang dibentuk' (a yearly flow) is 3, the Tahun - 5 target; the five years add up to 17",
    truth: ks("k2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2", "k2") },
    rules: ["sum-mismatch", "hardcoded-value", "number-scale"],
    note: `Kegiatan 1.05.03.2.02 Tahun - 2 Rp typed ${PLANT_R2} (ten times) in a column of SUM formulas; its sub kegiatan add up to ${PLANT_R2 / 10}`,
    truth: `${a("r2", "s2a")}+${a("r2", "s2b")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "k3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "k3"),
    trap: ks("k3"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "s2b"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2b"),
    trap: ks("s2b"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "s2b2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2b2"),
    trap: ks("s2b2"),
  });
  for (const id of ["k1", "s1a", "s1b", "s2a", "s3a"])
    b.ok({ sheet: S, cell: a("ka", id), rules: ["kondisi-akhir-mismatch"], truth: ks(id) });
  for (const id of ["k1", "s1a", "s1b", "s2a", "s2b", "k3", "s3a"])
    b.ok({
      sheet: S,
      cell: a("kr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of Y) {
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1a")}+${a(`r${y}`, "s1b")}`,
    });
    b.ok({ sheet: S, cell: a(`r${y}`, "k3"), rules: ["sum-mismatch"], truth: a(`r${y}`, "s3a") });
    if (y !== 2) {
      b.ok({
        sheet: S,
        cell: a(`r${y}`, "k2"),
        rules: ["sum-mismatch"],
        truth: `${a(`r${y}`, "s2a")}+${a(`r${y}`, "s2b")}`,
      });
      b.ok({
        sheet: S,
        cell: a(`r${y}`, "p"),
        rules: ["sum-mismatch"],
        truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}+${a(`r${y}`, "k3")}`,
      });
    }
  }
  return b.finish();
}
