// A T-C.27-like Renstra table (rencana program, kegiatan, sub kegiatan dan pendanaan indikatif) of the
// Dinas ESDM of Provinsi Jawa Barat for 2025-2029: "Tahun ke-1 .. ke-5" over Target | Rp with the years
// only in the title, Rp in thousands, program and kegiatan Rp as SUM formulas, typed kondisi akhir K
// (the last target for rates and for the lower-is-better waktu, the sum for counts), a second
// indicator without a code, and a JUMLAH row that adds the two programs only. Every number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type L = {
  id: string;
  kind: "program" | "kegiatan" | "sub" | "ind2";
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  t: number[];
  ka?: number;
  rp?: number[];
  subs?: string[];
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27EsdmJabar(): BookW {
  const b = new BookW(
    "renstra-tc27-dinas-esdm-jabar-2025-2029.xlsx",
    "T-C.27-like Renstra program table of a Dinas ESDM (2025-2029)",
    "T-C.27 Renstra 2025-2029 of the Dinas ESDM Provinsi Jawa Barat: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; three header rows, number row, Rp in thousands, SUM formulas for programs and kegiatan, JUMLAH of the two programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH DAERAH PROVINSI JAWA BARAT",
    "DINAS ENERGI DAN SUMBER DAYA MINERAL",
    "Jl. Cisitu Lama Raya No. 41, Kota Bandung",
  ]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Energi dan Sumber Daya Mineral Provinsi Jawa Barat Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: L[] = [
    {
      id: "p1",
      kind: "program",
      kode: "3.29.02",
      nm: "PROGRAM PENGELOLAAN ASPEK KEGEOLOGIAN",
      ind: "Persentase sumur air tanah berizin yang diawasi",
      sat: "%",
      flow: false,
      awal: 62.4,
      t: [66, 70, 74, 78, 82],
      subs: ["k1"],
    },
    {
      id: "k1",
      kind: "kegiatan",
      kode: "3.29.02.2.01",
      nm: "Penetapan Zona Konservasi dan Pengendalian Pemanfaatan Air Tanah",
      ind: "Jumlah dokumen rekomendasi zona konservasi air tanah",
      sat: "dokumen",
      flow: true,
      awal: 22,
      t: [24, 26, 28, 30, 32],
      subs: ["s11", "s12"],
    },
    {
      id: "s11",
      kind: "sub",
      kode: "3.29.02.2.01.0001",
      nm: "Pengawasan Pemanfaatan Air Tanah",
      ind: "Jumlah titik sumur bor yang diawasi",
      sat: "titik",
      flow: true,
      awal: 395,
      // planted: the third year typed 4800 (480 with a stray zero)
      t: [420, 450, 4_800, 510, 540],
      ka: 2_400,
      rp: [2_180_500, 2_345_000, 2_512_750, 2_690_300, 2_874_100],
    },
    {
      id: "s12",
      kind: "sub",
      kode: "3.29.02.2.01.0002",
      nm: "Penyusunan Rekomendasi Teknis Izin Pengusahaan Air Tanah",
      ind: "Jumlah rekomendasi teknis yang diterbitkan",
      sat: "dokumen",
      flow: true,
      awal: 298,
      t: [310, 320, 330, 340, 350],
      rp: [1_245_000, 1_302_400, 1_368_900, 1_421_750, 1_486_300],
    },
    {
      id: "s12b",
      kind: "ind2",
      ind: "Rata-rata waktu penerbitan rekomendasi teknis",
      sat: "hari",
      flow: false,
      awal: 15,
      t: [14, 12, 10, 9, 8],
    },
    {
      id: "p2",
      kind: "program",
      kode: "3.29.03",
      nm: "PROGRAM PENGELOLAAN MINERAL DAN BATUBARA",
      ind: "Persentase pemegang IUP yang menyampaikan RKAB tepat waktu",
      sat: "%",
      flow: false,
      awal: 68.5,
      t: [71, 75, 79, 83, 87],
      // planted: kondisi akhir 89 from an earlier draft; the 2029 target is 87
      ka: 89,
      subs: ["k2"],
    },
    {
      id: "k2",
      kind: "kegiatan",
      kode: "3.29.03.2.01",
      nm: "Pembinaan dan Pengawasan Usaha Pertambangan Mineral",
      ind: "Jumlah IUP yang dievaluasi",
      sat: "izin",
      flow: true,
      awal: 80,
      t: [85, 90, 95, 100, 105],
      subs: ["s21", "s22", "s23"],
    },
    {
      id: "s21",
      kind: "sub",
      kode: "3.29.03.2.01.0001",
      nm: "Pembinaan dan Pengawasan Pemegang Izin Usaha Pertambangan",
      ind: "Jumlah pemegang IUP yang dibina",
      sat: "badan usaha",
      flow: true,
      awal: 114,
      t: [120, 125, 130, 135, 140],
      rp: [1_875_000, 1_960_250, 2_048_600, 2_141_300, 2_236_800],
    },
    {
      id: "s22",
      kind: "sub",
      kode: "3.29.03.2.01.0002",
      nm: "Rekonsiliasi Penerimaan Negara Bukan Pajak Mineral dan Batubara",
      ind: "Jumlah laporan rekonsiliasi penerimaan minerba",
      sat: "laporan",
      flow: true,
      awal: 4,
      t: [4, 4, 4, 4, 4],
      rp: [410_000, 425_500, 441_200, 458_300, 475_900],
    },
    {
      id: "s23",
      kind: "sub",
      // planted: coded under kegiatan 3.29.02.2.01 while it sits under 3.29.03.2.01
      kode: "3.29.02.2.01.0003",
      nm: "Pengendalian Pertambangan Tanpa Izin",
      ind: "Jumlah lokasi pertambangan tanpa izin yang ditertibkan",
      sat: "lokasi",
      flow: true,
      awal: 10,
      t: [12, 14, 16, 18, 20],
      rp: [985_000, 1_024_600, 1_066_800, 1_108_400, 1_152_700],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 17 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `t${i}`,
        head: [TK, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        fmt: DEC,
        width: 9,
      },
      {
        key: `rp${i}`,
        head: [TK, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: INT,
        width: 12,
      },
    ]),
    { key: "ka", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC, width: 10 },
    { key: "karp", head: [AK, "Rp"], role: "kondisi-akhir", num: 17, fmt: INT, width: 13 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const rpK = YEARS.map((_, i) => `rp${i}`);
  const tK = YEARS.map((_, i) => `t${i}`);
  const unit = (x: L) =>
    x.kode?.startsWith("3.29.02") && x.id !== "s23"
      ? "Bidang Geologi dan Air Tanah"
      : "Bidang Mineral dan Batubara";
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: x.kind === "program",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { kode: x.kode, nm: x.nm, ind: x.ind, sat: x.sat, awal: x.awal };
      x.t.forEach((v, i) => (out[`t${i}`] = v));
      out.ka = x.ka ?? (x.flow ? x.t.reduce((p, q) => p + q, 0) : x.t[4]);
      if (x.kind === "sub") x.rp!.forEach((v, i) => (out[`rp${i}`] = v));
      if (x.kind === "program" || x.kind === "kegiatan")
        for (const k of rpK) {
          const first = x.subs![0];
          const last = x.subs![x.subs!.length - 1];
          out[k] = x.kind === "program" ? fx(c.a(k, first)) : fx(`SUM(${c.a(k, first)}:${c.a(k, last)})`);
        }
      if (x.kind !== "ind2")
        out.karp = fx(`SUM(${c.a("rp0")},${c.a("rp1")},${c.a("rp2")},${c.a("rp3")},${c.a("rp4")})`);
      if (x.kind !== "ind2") out.unit = unit(x);
      if (x.kind !== "ind2") out.lok = "Provinsi Jawa Barat";
      return out;
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "jml",
        bold: true,
        span: ["kode", "awal"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { kode: "JUMLAH" };
          for (const k of [...rpK, "karp"]) out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: Tahun ke-1 s.d. ke-5 = Tahun 2025 s.d. 2029. Kondisi akhir indikator persentase dan waktu = target tahun ke-5;",
    "indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Bandung, 3 Maret 2025",
    jabatan: ["KEPALA DINAS ENERGI DAN SUMBER DAYA MINERAL", "PROVINSI JAWA BARAT,"],
    nama: "Dr. Ir. HENDRA SURYAPRAJA KUSUMAH, M.Sc.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19690822 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2", "s11") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 (2027) target of the titik sumur bor diawasi is 4,800 among 420, 450, 510, 540 (480 with a stray zero)",
    truth: `(${a("t1", "s11")}+${a("t3", "s11")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the RKAB rate (a level) is 89; the Tahun ke-5 (2029) target is 87",
    truth: a("t4", "p2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s23") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pengendalian Pertambangan Tanpa Izin is coded 3.29.02.2.01.0003 under kegiatan 3.29.03.2.01; its code is 3.29.03.2.01.0003",
    truth: `${a("kode", "k2")}&".0003"`,
  });
  for (const x of rows) {
    if (x.id === "p2" || x.id === "s11") continue;
    const ks = tK.map((k) => a(k, x.id));
    b.ok({
      sheet: S,
      cell: a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? ks.join("+") : ks[4],
      trap: x.flow ? ks[4] : ks.join("+"),
    });
  }
  for (const id of ["s12", "s21", "s22", "s23"])
    b.ok({
      sheet: S,
      cell: a("karp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rpK.map((k) => a(k, id)).join("+"),
      tol: 0.5,
    });
  for (const id of ["s11", "s12", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: id.startsWith("s1") ? a("kode", "k1") : a("kode", "k2"),
    });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "k1" ? "p1" : "p2"),
    });
  b.ok({ sheet: S, cell: a("t3", "s11"), rules: ["target-outlier"], truth: "510" });
  b.ok({ sheet: S, cell: a("t4", "s12b"), rules: ["target-outlier", "target-trend"], truth: "8" });
  for (const k of rpK) {
    b.ok({
      sheet: S,
      cell: a(k, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s21")}+${a(k, "s22")}+${a(k, "s23")}`,
      tol: 0.5,
    });
    b.ok({
      sheet: S,
      cell: a(k, "k1"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s11")}+${a(k, "s12")}`,
      tol: 0.5,
    });
  }
  // JUMLAH adds the two programs, not every row above (that would count each rupiah three times)
  for (const k of [...rpK, "karp"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s11")}+${a(k, "s12")}+${a(k, "s21")}+${a(k, "s22")}+${a(k, "s23")}`,
      trap: `SUM(${a(k, "p1")}:${a(k, "s23")})`,
      tol: 0.5,
    });
  return b.finish();
}
