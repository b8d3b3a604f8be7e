// Plans of the Dinas Perumahan dan Kawasan Permukiman: a T-C.27 of Provinsi Gorontalo's Renstra
// 2025-2029 ("Tahun ke-1 .. ke-5", rupiah in thousands) and the PK 2025 of Provinsi Sumatera
// Selatan's Dinas beside the Renstra 2024-2026 it quotes. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

// ============================================================ T-C.27 Disperkim Gorontalo 2025-2029

type R27 = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  /** a level (rate or stock): kondisi akhir is the last target; else the sum */
  level?: boolean;
  rp?: number[];
  kids?: string[];
  f: string;
  unit: string;
  lok: string;
};

export function tc27PerkimGorontalo(): BookW {
  const b = new BookW(
    "renstra-tc27-perkim-gorontalo-2025-2029.xlsx",
    "T-C.27 rencana program dan pendanaan (Disperkim)",
    "T-C.27 of the Dinas Perkim of Provinsi Gorontalo, Renstra 2025-2029, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja | Lokasi; SUM formulas for kegiatan, program and kondisi akhir Rp; a JUMLAH row over the programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI GORONTALO", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perumahan dan Kawasan Permukiman",
    "Provinsi Gorontalo Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: R27[] = [
    {
      id: "p1",
      kode: "1.04.04",
      nm: "PROGRAM PERUMAHAN DAN KAWASAN PERMUKIMAN KUMUH",
      ind: "Luas kawasan permukiman kumuh kewenangan provinsi",
      sat: "Ha",
      awal: 186.4,
      t: [172.0, 158.5, 144.0, 131.5, 120.0],
      level: true,
      kids: ["k1"],
      f: DEC,
      unit: "Bidang Kawasan Permukiman",
      lok: "Provinsi Gorontalo",
    },
    {
      id: "k1",
      kode: "1.04.04.2.01",
      nm: "Penataan Kawasan Permukiman Kumuh dengan Luas 10 (sepuluh) Ha sampai dengan di bawah 15 (lima belas) Ha",
      ind: "Luas kawasan permukiman kumuh yang ditata",
      sat: "Ha",
      awal: 11.2,
      t: [14.4, 13.5, 14.5, 12.5, 11.5],
      kids: ["s1", "s2"],
      f: DEC,
      unit: "Bidang Kawasan Permukiman",
      lok: "Kab. Bone Tilamuta, Kota Limboto Raya",
    },
    {
      id: "s1",
      kode: "1.04.04.2.01.0001",
      nm: "Penyusunan Rencana Penataan Kawasan Permukiman Kumuh",
      ind: "Jumlah dokumen rencana penataan kawasan kumuh",
      sat: "dokumen",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      rp: [385000, 396500, 408400, 420600, 433200],
      f: "0",
      unit: "Seksi Penataan Kawasan",
      lok: "Provinsi Gorontalo",
    },
    {
      id: "s2",
      kode: "1.04.04.2.01.0003",
      nm: "Peningkatan Kualitas Kawasan Permukiman Kumuh",
      ind: "Luas kawasan kumuh yang ditingkatkan kualitasnya",
      sat: "Ha",
      awal: 11.2,
      t: [14.4, 13.5, 14.5, 12.5, 11.5],
      rp: [8640000, 8100000, 8700000, 7500000, 6900000],
      f: DEC,
      unit: "Seksi Penataan Kawasan",
      lok: "Kab. Bone Tilamuta, Kota Limboto Raya",
    },
    {
      id: "p2",
      kode: "1.04.05",
      nm: "PROGRAM PENINGKATAN PRASARANA, SARANA DAN UTILITAS UMUM (PSU)",
      ind: "Persentase perumahan yang dilengkapi PSU",
      sat: "%",
      awal: 61.25,
      t: [64.0, 67.0, 70.5, 74.0, 78.0],
      level: true,
      kids: ["k2"],
      f: DEC,
      unit: "Bidang PSU",
      lok: "Provinsi Gorontalo",
    },
    {
      id: "k2",
      kode: "1.04.05.2.01",
      nm: "Urusan Penyelenggaraan PSU Perumahan",
      ind: "Jumlah perumahan yang PSU-nya ditingkatkan",
      sat: "lokasi",
      awal: 5,
      t: [6, 7, 7, 8, 8],
      kids: ["s3", "s4"],
      f: "0",
      unit: "Bidang PSU",
      lok: "6 kabupaten/kota",
    },
    {
      id: "s3",
      kode: "1.04.05.2.01.0001",
      nm: "Penyediaan Prasarana, Sarana dan Utilitas Umum bagi Perumahan MBR",
      ind: "Jumlah perumahan MBR yang dilengkapi PSU",
      sat: "lokasi",
      awal: 5,
      t: [6, 7, 7, 8, 8],
      rp: [4250000, 4900000, 5050000, 5600000, 5720000],
      f: "0",
      unit: "Seksi Prasarana Perumahan",
      lok: "6 kabupaten/kota",
    },
    {
      id: "s4",
      // planted: coded under kegiatan 1.04.04.2.01 while it stands under 1.04.05.2.01
      kode: "1.04.04.2.01.0004",
      nm: "Penyediaan Prasarana Air Minum dan Sanitasi Layak di Kawasan Perumahan",
      ind: "Jumlah rumah tangga terlayani akses air minum dan sanitasi layak",
      sat: "KK",
      awal: 210,
      t: [250, 300, 300, 350, 350],
      rp: [1875000, 2250000, 2250000, 2625000, 2625000],
      f: "#,##0",
      unit: "Seksi Utilitas Umum",
      lok: "Kab. Pohuwato Barat",
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      width: 11,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `t${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "kak", head: [KA, "Target"], role: "kondisi-akhir", num: "16", width: 9 },
    { key: "kar", head: [KA, "Rp"], role: "kondisi-akhir", num: "17 = 7+9+11+13+15", fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 18 },
  ];
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        unit: x.unit,
        lok: x.lok,
      };
      Y.forEach((y) => {
        out[`t${y}`] = fmt(x.t[y - 1], x.f);
        if (x.rp) out[`rp${y}`] = x.rp[y - 1];
        else {
          const first = c.row(x.kids![0]);
          const last = c.row(x.kids![x.kids!.length - 1]);
          // a program sums its kegiatan rows only; a kegiatan its sub kegiatan
          out[`rp${y}`] = fx(
            x.id.startsWith("p")
              ? x.kids!.map((id) => c.a(`rp${y}`, id)).join("+")
              : `SUM(${c.c(`rp${y}`)}${first}:${c.c(`rp${y}`)}${last})`,
          );
        }
      });
      out.kak = fmt(x.level ? x.t[4] : sum(x.t), x.f);
      // planted: the kondisi akhir of the PSU rate is the 2028 target
      if (x.id === "p2") out.kak = fmt(x.t[3], x.f);
      out.kar = fx(`SUM(${c.a("rp1")},${c.a("rp2")},${c.a("rp3")},${c.a("rp4")},${c.a("rp5")})`);
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
        id: "tot",
        bold: true,
        span: ["kode", "sat"],
        cells: (c) => {
          const out: Record<string, Cell> = { kode: "JUMLAH" };
          for (const k of ["rp1", "rp2", "rp3", "rp4", "rp5", "kar"])
            out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Keterangan: indikator luas kawasan kumuh semakin kecil semakin baik."]);
  s.gap();
  signature(s, 14, {
    tempat: "Gorontalo, 14 Maret 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman", "Provinsi Gorontalo,"],
    nama: "Dr. Ir. RAHMAT S. PAKAYA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700823 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kak", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the PSU rate (a level) is 74.00, the Tahun ke-4 (2028) target; the last target (2029) is 78.00",
    truth: a("t5", "p2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyediaan Prasarana Air Minum dan Sanitasi Layak is coded 1.04.04.2.01.0004 under kegiatan 1.04.05.2.01",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s4")})`,
  });
  // the luas kumuh (a falling stock, lower is better): kondisi akhir is the 2029 target, not the sum
  b.ok({
    sheet: S,
    cell: a("kak", "p1"),
    rules: ["kondisi-akhir-mismatch", "target-trend"],
    truth: a("t5", "p1"),
    trap: `SUM(${a("t1", "p1")}:${a("t5", "p1")})`,
  });
  for (const id of ["k1", "s2", "k2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: [1, 2, 3, 4, 5].map((y) => a(`t${y}`, id)).join("+"),
    });
  for (const id of ["p1", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("kar", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: [1, 2, 3, 4, 5].map((y) => a(`rp${y}`, id)).join("+"),
    });
  for (const y of [1, 3, 5]) {
    const all = `SUM(${t.c(`rp${y}`)}${t.firstDataRow}:${t.c(`rp${y}`)}${t.row("s4")})`;
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s1")}+${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}+${a(`rp${y}`, "s4")}`,
      trap: all,
    });
  }
  b.ok({
    sheet: S,
    cell: a("rp2", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp2", "s1")}+${a("rp2", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k1"),
    actual: `PARENT(${a("kode", "s2")})`,
  });
  return b.finish();
}

// ========================================================= PK 2025 Disperkim Sumatera Selatan

type Ind = { id: string; sas: string; ind: string; sat: string; awal: number; t: number[]; f: string };

export function pkPerkimSumsel(): BookW {
  const b = new BookW(
    "pk-2025-kadis-perkim-sumsel-renstra-2024-2026.xlsx",
    "PK 2025 beside the Renstra (Disperkim)",
    "PK 2025 of the Kepala Dinas Perkim of Provinsi Sumatera Selatan: statement, Tabel Sasaran (No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025) and Tabel Program (No | Kode | Program | Anggaran (Rp) | Keterangan, JUMLAH as SUM); sheet 'Renstra 2024-2026': No | Indikator | Satuan | Kondisi Awal 2023 | 'Target Tahun' > 2024 | 2025 | 2026 | Kondisi Akhir 2026",
  );
  const inds: Ind[] = [
    {
      id: "i1",
      sas: "Meningkatnya kualitas hunian masyarakat",
      ind: "Persentase rumah layak huni",
      sat: "%",
      awal: 83.2,
      t: [84.1, 85.6, 88.5],
      f: DEC,
    },
    {
      id: "i2",
      sas: "Meningkatnya kualitas hunian masyarakat",
      ind: "Jumlah rumah tidak layak huni (backlog kualitas)",
      sat: "unit",
      awal: 61240,
      t: [58900, 56300, 53500],
      f: "#,##0",
    },
    {
      id: "i3",
      sas: "Meningkatnya kualitas kawasan permukiman",
      ind: "Persentase kawasan permukiman kumuh yang tertangani",
      sat: "%",
      awal: 31.6,
      t: [38.4, 47.5, 60.0],
      f: DEC,
    },
    {
      id: "i4",
      sas: "Meningkatnya kualitas kawasan permukiman",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      awal: 86.2,
      t: [88.0, 89.5, 91.0],
      f: DEC,
    },
    {
      id: "i5",
      sas: "Meningkatnya kualitas kawasan permukiman",
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      sat: "%",
      awal: 79.4,
      t: [81.0, 83.0, 85.0],
      f: DEC,
    },
  ];
  // ---- the Renstra sheet first (the PK quotes it)
  const R = "Renstra 2024-2026";
  const r = b.sheet(R);
  letterhead(r, ["DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN PROVINSI SUMATERA SELATAN"]);
  r.lines([
    "Tabel 6.2 Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPD 2024-2026",
  ]);
  r.gap();
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2023)"], role: "kondisi-awal", year: 2023, width: 12 },
      ...[2024, 2025, 2026].map((y): Col => ({
        key: `t${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      {
        key: "ka",
        head: ["Kondisi Kinerja Akhir Periode (2026)"],
        role: "kondisi-akhir",
        year: 2026,
        width: 12,
      },
    ],
    headerRows: 2,
    rows: inds.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        t2024: fmt(x.t[0], x.f),
        t2025: fmt(x.t[1], x.f),
        t2026: fmt(x.t[2], x.f),
        ka: fmt(x.t[2], x.f),
      },
    })),
  });
  // ---- the PK sheet
  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH PROVINSI SUMATERA SELATAN", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama    : Ir. HENDRA SYAHPUTRA WIJAYA, M.T.      Jabatan : Kepala Dinas Perumahan dan Kawasan Permukiman",
    "selanjutnya disebut pihak pertama; Nama : H. M. ZULKARNAIN ARIFIN, S.H., M.M.   Jabatan : Gubernur Sumatera Selatan,",
    "selanjutnya disebut pihak kedua. Pihak pertama berjanji akan mewujudkan target kinerja berikut.",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025 - SASARAN DAN INDIKATOR"]);
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, k) => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        // planted: the air minum target is the Renstra 2026 target
        tg: fmt(x.id === "i4" ? x.t[2] : x.t[1], x.f),
      },
    })),
  });
  s.gap();
  s.lines(["PROGRAM DAN ANGGARAN"]);
  const progs: Array<[string, string, number]> = [
    ["1.04.01", "Program Penunjang Urusan Pemerintahan Daerah Provinsi", 18456320000],
    ["1.04.02", "Program Pengembangan Perumahan", 21380500000],
    ["1.04.03", "Program Kawasan Permukiman", 6240000000],
    ["1.04.04", "Program Perumahan dan Kawasan Permukiman Kumuh", 9875250000],
    ["1.04.05", "Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)", 12614700000],
  ];
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "pr", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([kode, pr, rp], k): Row => ({
        id: `g${k + 1}`,
        cells: { no: k + 1, kode, pr, rp, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "pr"],
        // planted: one row short (the PSU program left out)
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["GUBERNUR SUMATERA SELATAN,"],
    nama: "H. M. ZULKARNAIN ARIFIN, S.H., M.M.",
    nip: "-",
  });
  s.r -= 7;
  signature(s, 4, {
    tempat: "Palembang, 3 Januari 2025",
    jabatan: ["Pihak Pertama,"],
    nama: "Ir. HENDRA SYAHPUTRA WIJAYA, M.T.",
    nip: "19721104 199803 1 006",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "i4") },
        { sheet: R, cell: rt.a("t2025", "i4") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the air minum layak is 91.00, the Renstra 2026 target; the Renstra 2025 target is 89.50",
    truth: `'${R}'!${rt.a("t2025", "i4")}`,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH =SUM over the first four programs (55,952,070,000); with the PSU program's 12,614,700,000 it is 68,566,770,000",
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g5")})`,
  });
  for (const id of ["i1", "i2", "i3", "i5"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("t2025", id)}`,
    });
  // kondisi akhir of rates and of the falling RTLH stock: the 2026 target, not the sum
  for (const id of ["i1", "i2", "i3", "i5"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t2026", id),
      trap: `SUM(${rt.a("t2024", id)}:${rt.a("t2026", id)})`,
    });
  b.ok({ sheet: R, cell: rt.a("t2026", "i2"), rules: ["target-trend", "target-outlier"], truth: "53500" });
  return b.finish();
}
