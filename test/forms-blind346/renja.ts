// Set 346, planning forms of two invented Dinas Perdagangan: the E.81 evaluation of Renja 2024 of
// Kabupaten Lembah Sirih (Sulawesi Tengah) and the T-C.27 funding table of Renstra 2025-2029 of Kota
// Muara Peladang (Bengkulu). Urusan perdagangan 3.30 in the Kepmendagri shape.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  plain,
  predikat,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

/** The cached value of a cell once the book is finished. */
export function val(book: BookW, sheet: string, addr: string): number {
  return plain(book.wb.getWorksheet(sheet)!.getCell(addr)) as number;
}

type E81Row = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number, number[]];
  rp?: [number, number, number, number[]];
  /** Rp rows summed from children */
  kids?: [string, string];
};

const E81_ROWS: E81Row[] = [
  {
    id: "p1",
    kode: "3.30.03",
    ur: "Program Peningkatan Sarana Distribusi Perdagangan",
    ind: "Jumlah pasar rakyat yang direvitalisasi",
    sat: "unit",
    level: false,
    k: [10, 4, 3, [0, 0, 1, 2]],
    kids: ["k1", "k1"],
  },
  {
    id: "k1",
    kode: "3.30.03.2.01",
    ur: "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
    ind: "Jumlah sarana distribusi perdagangan yang dibangun / direvitalisasi",
    sat: "unit",
    level: false,
    k: [12, 5, 4, [0, 1, 1, 2]],
    kids: ["s1", "s2"],
  },
  {
    id: "s1",
    kode: "3.30.03.2.01.0001",
    ur: "Pembangunan dan Revitalisasi Pasar Rakyat",
    ind: "Jumlah pasar rakyat direvitalisasi",
    sat: "unit",
    level: false,
    k: [10, 4, 3, [0, 0, 1, 2]],
    rp: [18_500_000_000, 6_950_000_000, 5_400_000_000, [0, 1_120_000_000, 1_860_000_000, 2_015_000_000]],
  },
  {
    id: "s2",
    kode: "3.30.03.2.01.0003",
    ur: "Pengelolaan Los dan Kios Pasar Rakyat",
    ind: "Persentase los dan kios yang terisi",
    sat: "%",
    level: true,
    k: [95, 86.4, 90, [86.9, 87.5, 88.2, 89.1]],
    rp: [2_250_000_000, 812_000_000, 450_000_000, [96_500_000, 104_250_000, 112_800_000, 121_300_000]],
  },
  {
    id: "p2",
    kode: "3.30.06",
    ur: "Program Standardisasi dan Perlindungan Konsumen",
    ind: "Persentase UTTP bertanda tera sah yang berlaku",
    sat: "%",
    level: true,
    k: [90, 78.5, 82, [79.1, 80.4, 81.6, 83.2]],
    kids: ["k2", "k2"],
  },
  {
    id: "k2",
    kode: "3.30.06.2.01",
    ur: "Pelaksanaan Metrologi Legal berupa Tera, Tera Ulang dan Pengawasan",
    ind: "Jumlah UTTP yang ditera ulang",
    sat: "unit",
    level: false,
    k: [42_000, 15_820, 8_600, [1_840, 2_310, 2_475, 2_120]],
    kids: ["s3", "s3"],
  },
  {
    id: "s3",
    kode: "3.30.06.2.01.0001",
    ur: "Pelayanan Tera dan Tera Ulang UTTP di Pasar Rakyat",
    ind: "Jumlah pasar yang memperoleh pelayanan tera ulang",
    sat: "pasar",
    level: false,
    k: [60, 22, 12, [3, 3, 4, 3]],
    rp: [3_900_000_000, 1_436_000_000, 780_000_000, [152_000_000, 201_500_000, 218_750_000, 176_300_000]],
  },
];

export function e81Perdagangan(): BookW {
  const book = new BookW(
    "e81-renja-disdag-lembah-sirih-346.xlsx",
    "E.81",
    "Evaluasi Renja 2024 Dinas Perdagangan Kabupaten Lembah Sirih",
  );
  const name = "E81 TW IV 2024";
  const s = book.sheet(name);
  letterhead(s, [
    "EVALUASI TERHADAP HASIL RENJA DINAS PERDAGANGAN KABUPATEN LEMBAH SIRIH",
    "TAHUN ANGGARAN 2024 (TRIWULAN I s.d. IV)",
    "Sasaran Renstra: Meningkatnya kelancaran distribusi dan tertib ukur dalam perdagangan",
  ]);
  const groups: Array<[string, string, string, "target" | "realisasi" | "capaian", number]> = [
    ["5", "Target Renstra Dinas pada Akhir Periode (2026)", "5", "target", 2026],
    ["6", "Realisasi Capaian Renstra s.d. Renja Tahun Lalu (2023)", "6", "realisasi", 2023],
    ["7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", 2024],
    ["8", "I", "8", "realisasi", 2024],
    ["9", "II", "9", "realisasi", 2024],
    ["10", "III", "10", "realisasi", 2024],
    ["11", "IV", "11", "realisasi", 2024],
    [
      "12",
      "Realisasi Kinerja dan Anggaran Renja yang Dievaluasi (2024)",
      "12 = 8+9+10+11",
      "realisasi",
      2024,
    ],
    ["13", "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024", "13 = 6 + 12", "realisasi", 2024],
    ["14", "Tingkat Capaian Renja 2024 (%)", "14 = 12 / 7", "capaian", 2024],
    ["15", "Tingkat Capaian Renstra s.d. 2024 (%)", "15 = 13 / 5", "capaian", 2024],
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: 2, width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
  ];
  for (const [g, text, num, role, year] of groups) {
    const tw = ["8", "9", "10", "11"].includes(g);
    const path = (x: string) => (tw ? ["Realisasi Kinerja pada Triwulan", text, x] : [text, x]);
    const rpRole = role === "target" ? "anggaran" : role === "realisasi" ? "realisasi-anggaran" : "capaian";
    cols.push({ key: `k${g}`, head: path("K"), role, year, num, fmt: "#,##0.##" });
    cols.push({
      key: `r${g}`,
      head: path("Rp"),
      role: rpRole,
      year,
      num,
      fmt: role === "capaian" ? DEC : RP,
    });
  }
  cols.push({ key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 16 });

  const rows: Row[] = E81_ROWS.map((e) => ({
    id: e.id,
    bold: !!e.kids,
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.k[0],
        k6: e.k[1],
        k7: e.k[2],
        pj: e.kode.startsWith("3.30.03") ? "Bidang Sarana Distribusi" : "UPTD Metrologi Legal",
      };
      e.k[3].forEach((v, i) => (out[`k${8 + i}`] = v));
      out.k12 = e.level ? fx(`${x.a("k11")}`) : fx(`${x.a("k8")}+${x.a("k9")}+${x.a("k10")}+${x.a("k11")}`);
      out.k13 = e.level ? fx(`${x.a("k12")}`) : fx(`${x.a("k6")}+${x.a("k12")}`);
      for (const g of ["5", "6", "7", "8", "9", "10", "11"]) {
        const key = `r${g}`;
        if (e.rp) {
          const i = Number(g);
          out[key] = i <= 7 ? (e.rp[i - 5] as number) : e.rp[3][i - 8];
        } else {
          const c = x.c(key);
          out[key] = fx(`SUM(${c}${x.row(e.kids![0])}:${c}${x.row(e.kids![1])})`);
        }
      }
      out.r12 = fx(`${x.a("r8")}+${x.a("r9")}+${x.a("r10")}+${x.a("r11")}`);
      out.r13 = fx(`${x.a("r6")}+${x.a("r12")}`);
      if (e.id === "s2") out.r13 = e.rp![1] + sum(e.rp![3]) + 90_000_000;
      out.k14 = fx(`ROUND(${x.a("k12")}/${x.a("k7")}*100,2)`);
      out.r14 = fx(`ROUND(${x.a("r12")}/${x.a("r7")}*100,2)`);
      out.k15 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
      out.r15 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      return out;
    },
  }));
  const first = "p1";
  const last = "s3";
  rows.push({
    id: "avg",
    bold: true,
    span: ["kode", "sat"],
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | string> = { kode: "Rata-rata Capaian" };
      for (const k of ["k14", "r14", "k15", "r15"])
        out[k] = fx(`ROUND(AVERAGE(${x.c(k)}${x.row(first)}:${x.c(k)}${x.row(last)}),2)`);
      return out;
    },
  });
  rows.push({ id: "pred", bold: true, span: ["kode", "sat"], cells: { kode: "Predikat Kinerja" } });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Catatan: indikator bertanda % adalah tingkat (level); realisasi (12) dan (13) memakai posisi Triwulan IV.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Lembah Sirih, 20 Januari 2025",
    jabatan: ["Kepala Dinas Perdagangan", "Kabupaten Lembah Sirih"],
    nama: "Ir. ANDI MAPPASOLONG, M.Si",
    pangkat: "Pembina Utama Muda",
    nip: "19700412 199603 1 004",
  });
  book.finish();
  const ws = book.wb.getWorksheet(name)!;
  for (const k of ["k14", "r14", "k15", "r15"]) {
    const p = predikat(val(book, name, t.a(k, "avg")));
    const shown = k === "k14" ? (p === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi") : p;
    ws.getCell(t.a(k, "pred")).value = shown;
  }

  book.plant({
    at: { sheet: name, cell: t.a("r13", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(13) Rp of sub kegiatan .0003 typed; (6) + (12) is 90,000,000 less",
    truth: `${t.a("r6", "s2")}+${t.a("r12", "s2")}`,
  });
  book.plant({
    at: { sheet: name, cell: t.a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "predikat of the average Renja kinerja capaian is a band off",
    truth: `PREDIKAT(${t.a("k14", "avg")})`,
  });
  book.ok({
    sheet: name,
    cell: t.a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: t.a("k11", "s2"),
    trap: `${t.a("k8", "s2")}+${t.a("k9", "s2")}+${t.a("k10", "s2")}+${t.a("k11", "s2")}`,
  });
  book.ok({
    sheet: name,
    cell: t.a("k13", "p2"),
    rules: ["sum-mismatch"],
    truth: t.a("k12", "p2"),
    trap: `${t.a("k6", "p2")}+${t.a("k12", "p2")}`,
  });
  book.ok({
    sheet: name,
    cell: t.a("r15", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("r15", "avg")})`,
  });
  return book;
}

type Tc = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  stock: boolean;
  rp?: number[];
  kids?: string[];
  lok: string;
};

const TC_ROWS: Tc[] = [
  {
    id: "p1",
    kode: "3.30.04",
    ur: "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING",
    ind: "Persentase komoditas bahan pokok dengan fluktuasi harga di bawah 10%",
    sat: "%",
    awal: 72,
    t: [75, 78, 81, 84, 87],
    stock: true,
    kids: ["k1"],
    lok: "Kota Muara Peladang",
  },
  {
    id: "k1",
    kode: "3.30.04.2.01",
    ur: "Penjaminan Ketersediaan Barang Kebutuhan Pokok dan Barang Penting",
    ind: "Jumlah laporan pemantauan harga dan stok bahan pokok",
    sat: "laporan",
    awal: 48,
    t: [52, 52, 52, 52, 52],
    stock: false,
    kids: ["s1", "s2"],
    lok: "6 pasar rakyat",
  },
  {
    id: "s1",
    kode: "3.30.04.2.01.0001",
    ur: "Pemantauan Harga dan Stok Barang Kebutuhan Pokok di Pasar Rakyat",
    ind: "Jumlah pasar yang dipantau harga mingguan",
    sat: "pasar",
    awal: 4,
    t: [6, 6, 7, 7, 8],
    stock: true,
    rp: [312_500, 328_000, 344_400, 361_600, 379_700],
    lok: "Kec. Teluk Segara, Ratu Samban",
  },
  {
    id: "s2",
    kode: "3.30.04.2.01.0002",
    ur: "Operasi Pasar Murah Barang Kebutuhan Pokok",
    ind: "Jumlah kegiatan pasar murah",
    sat: "kali",
    awal: 8,
    t: [10, 12, 12, 14, 14],
    stock: false,
    rp: [845_000, 912_600, 958_200, 1_006_100, 1_056_400],
    lok: "9 kecamatan",
  },
  {
    id: "p2",
    kode: "3.30.05",
    ur: "PROGRAM PENGEMBANGAN EKSPOR",
    ind: "Jumlah UMKM binaan yang melakukan ekspor",
    sat: "UMKM",
    awal: 11,
    t: [4, 5, 6, 6, 7],
    stock: false,
    kids: ["k2"],
    lok: "Kota Muara Peladang",
  },
  {
    id: "k2",
    kode: "3.30.05.2.01",
    ur: "Penyelenggaraan Promosi Dagang melalui Pameran Dagang dan Misi Dagang",
    ind: "Jumlah pameran dagang yang diikuti",
    sat: "kali",
    awal: 2,
    t: [3, 3, 4, 4, 4],
    stock: false,
    kids: ["s3"],
    lok: "Nasional dan internasional",
  },
  {
    id: "s3",
    kode: "3.30.05.2.01.0001",
    ur: "Fasilitasi Keikutsertaan UMKM Ekspor pada Pameran Dagang",
    ind: "Jumlah UMKM yang difasilitasi ikut pameran",
    sat: "UMKM",
    awal: 18,
    t: [20, 22, 25, 25, 28],
    stock: false,
    rp: [1_250_000, 1_380_000, 1_512_000, 1_540_000, 1_690_000],
    lok: "Jakarta, Makassar, Kuala Lumpur",
  },
];

export function tc27Perdagangan(): BookW {
  const book = new BookW(
    "tc27-renstra-disdag-muara-peladang-346.xlsx",
    "T-C.27",
    "Renstra 2025-2029 Dinas Perdagangan Kota Muara Peladang, target dan pendanaan",
  );
  const name = "T-C27";
  const s = book.sheet(name);
  letterhead(s, [
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Dinas Perdagangan Kota Muara Peladang 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program, Kegiatan dan Sub Kegiatan"], role: "lainnya", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
    },
  ];
  for (let i = 1; i <= 5; i++) {
    const g = ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i} (${2024 + i})`];
    cols.push({ key: `t${i}`, head: [...g, "Target"], role: "target", year: 2024 + i, fmt: "#,##0.##" });
    cols.push({ key: `r${i}`, head: [...g, "Rp"], role: "anggaran", year: 2024 + i, fmt: RP });
  }
  cols.push({
    key: "ta",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
    role: "kondisi-akhir",
    fmt: "#,##0.##",
  });
  cols.push({
    key: "ra",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
    role: "kondisi-akhir",
    fmt: RP,
  });
  cols.push({ key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab" });
  cols.push({ key: "lok", head: ["Lokasi"], role: "lokasi" });
  cols.forEach((c, i) => (c.num = i + 1));

  const rows: Row[] = TC_ROWS.map((e) => ({
    id: e.id,
    bold: !!e.kids,
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        pj: e.kode.startsWith("3.30.04") ? "Bidang Stabilisasi Harga" : "Bidang Perdagangan Luar Negeri",
        lok: e.lok,
      };
      for (let i = 1; i <= 5; i++) {
        out[`t${i}`] = e.t[i - 1];
        const c = x.c(`r${i}`);
        out[`r${i}`] = e.rp
          ? e.rp[i - 1]
          : fx(`SUM(${c}${x.row(e.kids![0])}:${c}${x.row(e.kids![e.kids!.length - 1])})`);
      }
      out.ta = e.stock
        ? fx(x.a("t5"))
        : fx(`SUM(${x.a("t1")},${x.a("t2")},${x.a("t3")},${x.a("t4")},${x.a("t5")})`);
      if (e.id === "k1") out.ta = 52;
      out.ra = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
      if (e.id === "s3") out.ra = sum(e.rp!.slice(0, 4));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", groups: "first", rows });
  s.gap();
  s.lines(["Sumber: Renstra Dinas Perdagangan 2025-2029 (Perwal Muara Peladang Nomor 14 Tahun 2025)"]);
  book.finish();

  const row = (id: string) => t.row(id);
  const range = (id: string) => `SUM(${[1, 2, 3, 4, 5].map((i) => `${t.c(`r${i}`)}${row(id)}`).join(",")})`;
  book.plant({
    at: { sheet: name, cell: t.a("ta", "k1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the laporan count (a flow) typed as Tahun ke-5 (52); the five years give 260",
    truth: `SUM(${["t1", "t2", "t3", "t4", "t5"].map((k) => t.a(k, "k1")).join(",")})`,
  });
  book.plant({
    at: { sheet: name, cell: t.a("ra", "s3") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "kondisi akhir Rp of the UMKM pameran sub kegiatan typed without Tahun ke-5",
    truth: range("s3"),
  });
  book.ok({
    sheet: name,
    cell: t.a("ta", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t5", "p1"),
    trap: `SUM(${["t1", "t2", "t3", "t4", "t5"].map((k) => t.a(k, "p1")).join(",")})`,
  });
  book.ok({
    sheet: name,
    cell: t.a("ta", "s1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t5", "s1"),
    trap: `SUM(${["t1", "t2", "t3", "t4", "t5"].map((k) => t.a(k, "s1")).join(",")})`,
  });
  book.ok({
    sheet: name,
    cell: t.a("ra", "p1"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: range("p1"),
  });
  return book;
}
