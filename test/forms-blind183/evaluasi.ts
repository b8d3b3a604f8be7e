// The E.81 evaluation of the Renja 2024 of a Jawa Timur kota's Dinas PUPR (Bidang Cipta Karya): air
// limbah domestik (SPALD-T sambungan rumah, SPALD-S tangki septik) and drainase perkotaan, K | Rp pairs
// per numbered column, quarters I-IV, "12 = 8+9+10+11", "13 = 6 + 12", "14 = 13 / 5 x 100". The
// programs' outcomes are levels (%): their yearly K is the Triwulan IV level and their s.d. K the
// latest level. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind?: string;
  sat?: string;
  kind: "urusan" | "prog" | "keg" | "sub";
  kids?: string[];
  /** K: akhir Renstra, s.d. 2023, Renja 2024, TW I-IV */
  k?: [number, number, number, number, number, number, number];
  /** Rp of a sub kegiatan, same columns */
  rp?: [number, number, number, number, number, number, number];
  level?: boolean;
};

const L: Line[] = [
  {
    id: "u",
    kode: "1.03",
    nm: "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG",
    kind: "urusan",
  },
  {
    id: "p1",
    kode: "1.03.03",
    nm: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM AIR LIMBAH",
    ind: "Persentase rumah tangga dengan akses sanitasi aman",
    sat: "%",
    kind: "prog",
    kids: ["g1"],
    level: true,
    k: [18.5, 11.2, 13, 11.4, 11.95, 12.6, 12.85],
  },
  {
    id: "g1",
    kode: "1.03.03.2.01",
    nm: "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik dalam Daerah Kabupaten/Kota",
    ind: "Jumlah sambungan rumah SPALD-T dan unit SPALD-S terbangun",
    sat: "unit",
    kind: "keg",
    kids: ["s1", "s2"],
  },
  {
    id: "s1",
    kode: "1.03.03.2.01.0004",
    nm: "Pembangunan Sistem Pengelolaan Air Limbah Domestik Terpusat (SPALD-T) Skala Permukiman",
    ind: "Jumlah sambungan rumah (SR) SPALD-T terbangun",
    sat: "unit",
    kind: "sub",
    k: [4_800, 2_950, 650, 40, 120, 230, 260],
    rp: [
      38_400_000_000, 21_870_000_000, 5_200_000_000, 310_000_000, 1_245_500_000, 1_860_250_000, 1_538_750_000,
    ],
  },
  {
    id: "s2",
    kode: "1.03.03.2.01.0009",
    nm: "Penyediaan Sarana SPALD-S (Tangki Septik Individual Skala Rumah Tangga)",
    ind: "Jumlah unit tangki septik individual terbangun",
    sat: "unit",
    kind: "sub",
    k: [2_400, 1_320, 420, 15, 85, 160, 150],
    rp: [
      19_200_000_000, 10_296_000_000, 3_360_000_000, 120_000_000, 680_000_000, 1_280_000_000, 1_200_000_000,
    ],
  },
  {
    id: "p2",
    kode: "1.03.04",
    nm: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM DRAINASE",
    ind: "Persentase panjang saluran drainase perkotaan dalam kondisi baik",
    sat: "%",
    kind: "prog",
    kids: ["g2"],
    level: true,
    k: [72, 58.4, 63, 58.9, 60.15, 61.7, 62.35],
  },
  {
    id: "g2",
    kode: "1.03.04.2.01",
    nm: "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota",
    ind: "Panjang saluran drainase perkotaan yang direhabilitasi",
    sat: "m",
    kind: "keg",
    kids: ["s3"],
  },
  {
    id: "s3",
    kode: "1.03.04.2.01.0003",
    nm: "Rehabilitasi Sistem Drainase Perkotaan",
    ind: "Panjang saluran drainase perkotaan yang direhabilitasi",
    sat: "m",
    kind: "sub",
    k: [24_000, 13_850, 4_200, 200, 950, 1_480, 1_610],
    rp: [
      31_500_000_000, 17_640_000_000, 6_250_000_000, 385_000_000, 1_420_000_000, 2_315_600_000, 2_198_400_000,
    ],
  },
];

const IN = ["5", "6", "7", "q1", "q2", "q3", "q4"];

export function e81PuprKotaWlingi(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-spald-drainase-kota-wlingirejo.xlsx",
    "E.81 evaluasi hasil Renja PD (Dinas PUPR)",
    "E.81 evaluasi Renja 2024 of the Dinas PUPR of a Jawa Timur kota: No | Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | K | Rp pairs for (5) target akhir Renstra (2026), (6) realisasi s.d. 2023, (7) Renja 2024, (8)-(11) Triwulan I-IV, (12), (13), (14); number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; programs' % outcomes are levels (Triwulan IV, latest level); kegiatan and program Rp add their children",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA WLINGIREJO",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Raya Kanigoro No. 41 Wlingirejo - Jawa Timur",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KOTA WLINGIREJO",
    "RENJA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA WLINGIREJO TAHUN 2024",
    "Periode pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja PD Tahun 2024", "7", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja pada Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  let no = 0;
  const rows: Row[] = L.map((l) => ({
    id: l.id,
    bold: l.kind !== "sub",
    cells: (x: Ctx) => {
      const c: Record<string, ReturnType<typeof fx> | string | number> = { kode: l.kode, nm: l.nm };
      if (l.kind === "urusan") return c;
      c.no = ++no;
      c.ind = l.ind!;
      c.sat = l.sat!;
      c.pj = "Bidang Cipta Karya";
      IN.forEach((k, i) => {
        if (l.k) c[`k${k}`] = l.k[i];
        else c[`k${k}`] = fx(l.kids!.map((id) => x.a(`k${k}`, id)).join("+"));
        if (l.rp) c[`rp${k}`] = l.rp[i];
        else c[`rp${k}`] = fx(l.kids!.map((id) => x.a(`rp${k}`, id)).join("+"));
      });
      const q = (p: string) => [1, 2, 3, 4].map((i) => x.a(`${p}q${i}`)).join("+");
      c.k12 = fx(l.level ? x.a("kq4") : q("k"));
      // planted: the Rp (12) of the SPALD-T sub kegiatan leaves Triwulan IV out
      c.rp12 = fx(l.id === "s1" ? [1, 2, 3].map((i) => x.a(`rpq${i}`)).join("+") : q("rp"));
      c.k13 = fx(l.level ? x.a("k12") : `${x.a("k6")}+${x.a("k12")}`);
      c.rp13 = fx(`${x.a("rp6")}+${x.a("rp12")}`);
      // planted: a stale cached capaian K for the drainase rehabilitation (computed before Triwulan IV)
      c.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`, l.id === "s3" ? 68.67 : undefined);
      c.rp14 = fx(`ROUND(${x.a("rp13")}/${x.a("rp5")}*100,2)`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Rata-rata capaian kinerja s.d. 2024: lihat lampiran LKjIP; predikat kinerja ditetapkan oleh Bappeda.",
    "Faktor pendorong: dukungan DAK Sanitasi dan partisipasi KSM dalam pembangunan SPALD-T.",
    "Faktor penghambat: pembebasan lahan IPAL komunal dan curah hujan tinggi pada Triwulan I.",
    "Tindak lanjut: percepatan sambungan rumah pada Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Wlingirejo, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG KOTA WLINGIREJO,"],
    nama: "Ir. BAMBANG SUSILO HADI, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690814 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string, n = 4) =>
    Array.from({ length: n }, (_, i) => a(`${p}q${i + 1}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp (12) of sub kegiatan 1.03.03.2.01.0004 (SPALD-T) adds Triwulan I-III only (3,415,750,000); with Triwulan IV's 1,538,750,000 it is 4,954,500,000",
    truth: q("rp", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of sub kegiatan 1.03.04.2.01.0003 is =ROUND(13/5*100,2) with a stale cached 68.67 (before Triwulan IV); 18,090 m / 24,000 m gives 75.38",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  for (const id of ["s2", "s3", "g1", "g2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "s3", "g2", "p2"]) {
    b.ok({ sheet: S, cell: a("rp12", id), rules: ["sum-mismatch"], truth: q("rp", id) });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp7"])
    b.ok({ sheet: S, cell: a(k, "g1"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  // levels: the program's % outcome in (12) is the Triwulan IV level, in (13) the latest level
  for (const id of ["p1", "p2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("kq4", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("kq4", id)}/${a("k5", id)}*100,2)`,
    });
  }
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND((${a("k6", id)}+${q("k", id)})/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: a("kode", "g2"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  return b.finish();
}
