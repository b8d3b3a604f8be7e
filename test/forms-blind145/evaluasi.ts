// Planning tables of two sports offices: the E.81 evaluation of the Renja 2024 of the Dinas Pemuda dan
// Olahraga of a Kalimantan Tengah kabupaten (a level row whose quarters are cumulative, flows that add
// their quarters), and the T-C.27 of the Dispora of a Sulawesi Tenggara kabupaten, Renstra 2025-2029,
// "(dalam ribuan rupiah)". Every name and number is invented.
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

// ====================================================== E.81 Dispora Kabupaten Katingan Hulu, 2024

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  k: number[]; // 5, 6, 7, tw1..tw4 (K)
  rp: number[]; // 5, 6, 7, tw1..tw4 (Rp)
  level?: boolean;
};

export function e81Dispora(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dispora-katingan-hulu.xlsx",
    "E.81 evaluasi hasil Renja (Dispora)",
    "E.81 s.d. Triwulan IV 2024 of a Dinas Pemuda dan Olahraga in Kalimantan Tengah: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) .. (14) each K | Rp | Unit PD; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; all values typed; rata-rata and predikat footer",
  );
  const S = "E.81 Dispora 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KATINGAN HULU",
    "DINAS PEMUDA DAN OLAHRAGA",
    "Jl. Tjilik Riwut Km. 2 Tumbang Sanamang",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KATINGAN HULU",
    "RENJA DINAS PEMUDA DAN OLAHRAGA s.d. TRIWULAN IV TAHUN 2024",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "p",
      kode: "2.19.03",
      ur: "Program Pengembangan Daya Saing Keolahragaan",
      ind: "Persentase cabang olahraga yang meraih medali di tingkat provinsi",
      sat: "%",
      k: [60, 45, 50, 40, 44, 48, 52],
      rp: [],
      level: true,
    },
    {
      id: "k",
      kode: "2.19.03.2.02",
      ur: "Penyelenggaraan Kejuaraan Keolahragaan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah kejuaraan olahraga yang diselenggarakan",
      sat: "event",
      k: [20, 7, 4, 0, 1, 2, 1],
      rp: [],
    },
    {
      id: "s1",
      kode: "2.19.03.2.02.0001",
      ur: "Penyelenggaraan Kejuaraan Olahraga Pelajar dan Umum Tingkat Kabupaten",
      ind: "Jumlah atlet yang berpartisipasi dalam kejuaraan",
      sat: "orang",
      k: [3000, 1150, 650, 0, 180, 310, 175],
      rp: [2_450_000_000, 980_500_000, 512_000_000, 48_250_000, 136_400_000, 201_750_000, 118_900_000],
    },
    {
      id: "s2",
      kode: "2.19.03.2.02.0002",
      ur: "Koordinasi dan Pelaksanaan Pekan Olahraga Kabupaten (PORKAB)",
      ind: "Jumlah dokumen laporan penyelenggaraan PORKAB",
      sat: "dokumen",
      k: [10, 4, 2, 0, 0, 1, 1],
      rp: [1_200_000_000, 455_000_000, 248_000_000, 12_500_000, 40_000_000, 96_350_000, 91_150_000],
    },
  ];
  const subRp = rows[2].rp.map((v, i) => v + rows[3].rp[i]);
  rows[0].rp = subRp;
  rows[1].rp = subRp;
  const k12 = (e: E) => (e.level ? e.k[6] : sum(e.k.slice(3)));
  const k13 = (e: E) => (e.level ? k12(e) : e.k[1] + k12(e));
  const r12 = (e: E) => sum(e.rp.slice(3));
  const r13 = (e: E) => e.rp[1] + r12(e);
  const k14 = (e: E) => round((k13(e) / e.k[0]) * 100);
  const r14 = (e: E) => round((r13(e) / e.rp[0]) * 100);
  const avgK = round(sum(rows.map(k14)) / rows.length);
  const g = (t: string) => [t];
  const pair = (
    key: string,
    head: string[],
    num: string,
    roleK: Col["role"],
    roleR: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}k`, head: [...head, "K"], role: roleK, year, num, fmt: DEC, width: 9 },
    { key: `${key}r`, head: [...head, "Rp"], role: roleR, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("c5", g("Target Renstra PD pada Akhir Periode Renstra (2026)"), "5", "target", "anggaran"),
    ...pair(
      "c6",
      g("Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023"),
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "c7",
      g("Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi"),
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("t1", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("t2", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("t3", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("t4", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "c12",
      g("Realisasi Capaian Kinerja dan Anggaran Renja 2024"),
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c13",
      g("Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"),
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c14",
      g("Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)"),
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const WRONG12 = 550_300_000; // planted: s1 col 12 Rp (digits of 505,300,000 swapped)
  const keys = ["c5", "c6", "c7", "t1", "t2", "t3", "t4"];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...rows.map((e, i): Row => {
        const cells: Record<string, number | string> = {
          no: i + 1,
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          c12k: k12(e),
          c12r: e.id === "s1" ? WRONG12 : r12(e),
          c13k: k13(e),
          c13r: r13(e),
          c14k: k14(e),
          // planted: the program's col 14 Rp is the Renja capaian 12 / 7 x 100
          c14r: e.id === "p" ? round((r12(e) / e.rp[2]) * 100) : r14(e),
          pj: "Bidang Olahraga",
        };
        keys.forEach((k, j) => {
          cells[`${k}k`] = e.k[j];
          cells[`${k}r`] = e.rp[j];
        });
        return { id: e.id, cells };
      }),
      {
        id: "avg",
        bold: true,
        span: ["no", "c13r"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja (%)",
          c14k: fx(`ROUND(AVERAGE(${x.a("c14k", "p")}:${x.a("c14k", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "c13r"],
        cells: { no: "Predikat kinerja", c14k: predikat(avgK) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan KONI kabupaten dan partisipasi sekolah.",
    "Faktor penghambat: keterlambatan pencairan anggaran Triwulan I.",
    "Catatan: indikator program (persentase) adalah nilai posisi; realisasi triwulan bersifat kumulatif.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Tumbang Sanamang, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA", "KABUPATEN KATINGAN HULU,"],
    nama: "Drs. YULIUS DAMANG ANDUNG, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720815 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q = (k: string, id: string) => ["t1", "t2", "t3", "t4"].map((x) => a(`${x}${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("c12r", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 2.19.03.2.02.0001 is 550,300,000; the four quarters give 505,300,000 (digits swapped)",
    truth: q("r", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("c14r", "p") },
    rules: ["capaian-mismatch"],
    note: `Column 14 Rp of the program holds 12 / 7 x 100 = ${round((r12(rows[0]) / rows[0].rp[2]) * 100)} (the Renja capaian); 13 / 5 x 100 gives ${r14(rows[0])}`,
    truth: `ROUND(${a("c13r", "p")}/${a("c5r", "p")}*100,2)`,
  });
  // traps: the program's rate is a level (quarters cumulative)
  b.ok({ sheet: S, cell: a("c12k", "p"), rules: ["sum-mismatch"], truth: a("t4k", "p"), trap: q("k", "p") });
  b.ok({
    sheet: S,
    cell: a("c13k", "p"),
    rules: ["sum-mismatch"],
    truth: a("c12k", "p"),
    trap: `${a("c6k", "p")}+${a("c12k", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c14k", "p"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("c13k", "p")}/${a("c5k", "p")}*100,2)`,
  });
  for (const id of ["k", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("c12k", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("c13k", id),
      rules: ["sum-mismatch"],
      truth: `${a("c6k", id)}+${a("c12k", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("c13k", id)}/${a("c5k", id)}*100,2)`,
    });
  }
  b.ok({ sheet: S, cell: a("c12r", "s2"), rules: ["sum-mismatch"], truth: q("r", "s2") });
  b.ok({
    sheet: S,
    cell: a("c13r", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("c6r", "s2")}+${a("c12r", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c7r", "k"),
    rules: ["sum-mismatch"],
    truth: `${a("c7r", "s1")}+${a("c7r", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("c14k", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("c14k", "avg")})`,
  });
  return b.finish();
}

// ====================================================== T-C.27 Dispora Kabupaten Kolaka Raya, 2025-2029

type T = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level?: boolean;
};

export function tc27Dispora(): BookW {
  const b = new BookW(
    "renstra-tc27-kepemudaan-dispora-kolaka-raya.xlsx",
    "T-C.27 rencana program dan pendanaan (Dispora)",
    "T-C.27 Renstra 2025-2029 of a Dispora in Sulawesi Tenggara, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; program and kegiatan Rp are SUM formulas, kondisi akhir typed",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KOLAKA RAYA", "DINAS KEPEMUDAAN DAN OLAHRAGA"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kepemudaan dan Olahraga Kabupaten Kolaka Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: T[] = [
    {
      id: "p",
      kode: "2.19.02",
      ur: "Program Pengembangan Kapasitas Daya Saing Kepemudaan",
      ind: "Persentase organisasi kepemudaan (OKP) yang aktif",
      sat: "%",
      awal: 62,
      k: [65, 68, 71, 74, 77],
      level: true,
    },
    {
      id: "k1",
      kode: "2.19.02.2.01",
      ur: "Penyadaran, Pemberdayaan dan Pengembangan Pemuda dan Kepemudaan Kabupaten/Kota",
      ind: "Jumlah pemuda yang diberdayakan",
      sat: "orang",
      awal: 240,
      k: [250, 260, 270, 280, 290],
    },
    {
      id: "s11",
      kode: "2.19.02.2.01.0001",
      ur: "Penyelenggaraan Pelatihan Kepemimpinan Pemuda",
      ind: "Jumlah peserta pelatihan kepemimpinan pemuda",
      sat: "orang",
      awal: 120,
      k: [120, 130, 140, 150, 160],
      rp: [215_500, 228_000, 236_500, 245_000, 253_500],
    },
    {
      id: "s12",
      kode: "2.19.02.2.01.0002",
      ur: "Fasilitasi Wirausaha Muda Pemula",
      ind: "Jumlah wirausaha muda yang difasilitasi",
      sat: "orang",
      awal: 120,
      k: [130, 130, 130, 130, 130],
      rp: [187_250, 192_000, 198_750, 204_500, 211_000],
    },
    {
      id: "k2",
      kode: "2.19.02.2.02",
      ur: "Pemberdayaan dan Pengembangan Organisasi Kepemudaan",
      ind: "Jumlah OKP yang difasilitasi",
      sat: "organisasi",
      awal: 18,
      k: [20, 22, 24, 26, 28],
    },
    {
      id: "s21",
      kode: "2.19.02.2.02.0001",
      ur: "Fasilitasi Organisasi Kepemudaan Tingkat Kabupaten",
      ind: "Jumlah OKP yang mendapat fasilitasi",
      sat: "organisasi",
      awal: 18,
      k: [20, 22, 24, 26, 28],
      rp: [142_000, 148_500, 155_000, 161_500, 168_000],
    },
    {
      id: "s22",
      // planted code-hierarchy: sits under kegiatan 2.19.02.2.02
      kode: "2.19.02.2.01.0003",
      ur: "Penyelenggaraan Kemah Pemuda Kabupaten",
      ind: "Jumlah peserta kemah pemuda",
      sat: "orang",
      awal: 300,
      k: [300, 320, 340, 360, 380],
      rp: [96_000, 99_500, 103_000, 107_500, 112_000],
    },
  ];
  const kids: Record<string, string[]> = { p: ["k1", "k2"], k1: ["s11", "s12"], k2: ["s21", "s22"] };
  const rpOf = (id: string): number[] => {
    const r = rows.find((x) => x.id === id)!;
    if (r.rp) return r.rp;
    const parts = kids[id].map(rpOf);
    return [0, 1, 2, 3, 4].map((j) => sum(parts.map((p) => p[j])));
  };
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "(2)", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      width: 11,
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  for (let j = 0; j < 5; j++) {
    cols.push(
      {
        key: `k${j}`,
        head: [G, `Tahun ke-${j + 1}`, "Target"],
        role: "target",
        year: 2025 + j,
        num: String(6 + 2 * j),
        width: 9,
      },
      {
        key: `r${j}`,
        head: [G, `Tahun ke-${j + 1}`, "Rp"],
        role: "anggaran",
        year: 2025 + j,
        num: String(7 + 2 * j),
        fmt: RP,
        width: 12,
      },
    );
  }
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  cols.push(
    { key: "ak", head: [KA, "Target"], role: "kondisi-akhir", num: "(16)", width: 10 },
    { key: "ar", head: [KA, "Rp"], role: "kondisi-akhir", num: "(17)", fmt: RP, width: 13 },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(18)",
      width: 14,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 12 },
  );
  const WRONG_AR = 1_187_500; // planted: s11 kondisi akhir Rp (the five years give 1,178,500)
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c) => {
        const out: Record<string, number | string | ReturnType<typeof fx>> = {
          kode: x.kode,
          ur: x.ur,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          ak: x.level ? x.k[4] : sum(x.k),
          ar: x.id === "s11" ? WRONG_AR : sum(rpOf(x.id)),
          unit: "Bidang Kepemudaan",
          lok: "Kab. Kolaka Raya",
        };
        for (let j = 0; j < 5; j++) {
          out[`k${j}`] = x.k[j];
          out[`r${j}`] = x.rp ? x.rp[j] : fx(kids[x.id].map((id) => c.a(`r${j}`, id)).join("+"));
        }
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (k: string, id: string) => [0, 1, 2, 3, 4].map((j) => a(`${k}${j}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ar", "s11") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 2.19.02.2.01.0001 is 1,187,500 (thousand rupiah); the five years give 1,178,500",
    truth: yrs("r", "s11"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Penyelenggaraan Kemah Pemuda is coded 2.19.02.2.01.0003 under kegiatan 2.19.02.2.02",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s22")})`,
  });
  // trap: the OKP rate is a level, its kondisi akhir is the 5th year's target, not the sum
  b.ok({
    sheet: S,
    cell: a("ak", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "p"),
    trap: yrs("k", "p"),
  });
  for (const id of ["k1", "s11", "s12", "k2", "s21", "s22"])
    b.ok({ sheet: S, cell: a("ak", id), rules: ["kondisi-akhir-mismatch"], truth: yrs("k", id) });
  for (const id of ["p", "k2", "s12", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("ar", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("r", id),
    });
  for (const j of [0, 2, 4]) {
    b.ok({
      sheet: S,
      cell: a(`r${j}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${j}`, "s21")}+${a(`r${j}`, "s22")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${j}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${j}`, "k1")}+${a(`r${j}`, "k2")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s21")})`,
  });
  return b.finish();
}
