// Plans of the fifth unseen set: a T-C.27 of a Dinas Pangan whose code and name share one column
// ("2.09.03 Program ...") with the indicators in the next column, and a Renja of a Dinas Arsip
// ("Renja 2026" in the title only) with "Tahun Rencana" and "Prakiraan Maju" groups over
// Target | Satuan | Pagu Indikatif (Rp) | Lokasi | Sumber Dana. Every name and number is invented.
import { BookW, DEC, RP, fx, signature, sum, type Col } from "../forms/kit";

// ================================================================== T-C.27 (Dinas Pangan)

type TcIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  tg: number[];
  rp?: number[];
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** T-C.27 Renstra 2025-2029 of Dinas Pangan Kabupaten Sumberjati: "kode nama" in one column. */
export function tc27(): BookW {
  const b = new BookW(
    "tc27-kodenama-dispangan-sumberjati.xlsx",
    "T-C.27",
    "T-C.27 of a Dinas Pangan: code and name in one column, indicators next to it, SUM kegiatan, typed programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Pangan Kabupaten Sumberjati",
    "Renstra Perangkat Daerah Tahun 2025-2029",
  ]);
  s.gap();
  const rows: TcIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "2.09.03",
      nama: "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
      ind: "Skor Pola Pangan Harapan (PPH) konsumsi",
      sat: "skor",
      level: true,
      awal: 86.4,
      tg: [87.2, 88.0, 88.9, 89.7, 90.5],
    },
    {
      id: "k1",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.09.03.2.01",
      nama: "Pelaksanaan Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai dengan Angka Kecukupan Gizi",
      ind: "Persentase desa yang melaksanakan gerakan konsumsi pangan B2SA",
      sat: "%",
      level: true,
      awal: 32.5,
      tg: [36.0, 40.5, 45.0, 49.5, 54.0],
    },
    {
      id: "s1",
      kind: "sub",
      parent: "k1",
      kode: "2.09.03.2.01.0001",
      nama: "Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah",
      ind: "Jumlah kelompok wanita tani penerima bantuan pekarangan pangan lestari",
      sat: "kelompok",
      level: false,
      awal: 18,
      tg: [20, 22, 24, 24, 26],
      rp: [612_450_000, 648_900_000, 701_300_000, 715_800_000, 768_250_000],
    },
    {
      id: "s2",
      kind: "sub",
      parent: "k1",
      kode: "2.09.03.2.01.0004",
      nama: "Promosi Penganekaragaman Konsumsi Pangan Beragam, Bergizi Seimbang dan Aman",
      ind: "Jumlah kegiatan lomba cipta menu dan promosi B2SA",
      sat: "kegiatan",
      level: false,
      awal: 4,
      tg: [5, 5, 6, 6, 6],
      rp: [184_600_000, 192_750_000, 215_400_000, 221_900_000, 236_150_000],
    },
    {
      id: "p2",
      kind: "program",
      kode: "2.09.04",
      nama: "Program Penanganan Kerawanan Pangan",
      ind: "Persentase desa rawan pangan",
      sat: "%",
      level: true,
      awal: 6.8,
      tg: [6.2, 5.6, 5.0, 4.4, 3.8],
    },
    {
      id: "k2",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.09.04.2.01",
      nama: "Penyusunan Peta Kerentanan dan Ketahanan Pangan Kecamatan",
      ind: "Persentase kecamatan dengan peta FSVA yang dimutakhirkan",
      sat: "%",
      level: true,
      awal: 60,
      tg: [70, 80, 90, 100, 100],
    },
    {
      id: "s3",
      kind: "sub",
      parent: "k2",
      kode: "2.09.04.2.01.0001",
      nama: "Penyusunan Peta Ketahanan dan Kerentanan Pangan (Food Security and Vulnerability Atlas/FSVA)",
      ind: "Jumlah dokumen FSVA kabupaten",
      sat: "dokumen",
      level: false,
      awal: 1,
      tg: [1, 1, 1, 1, 1],
      rp: [148_500_000, 152_000_000, 158_750_000, 163_200_000, 171_900_000],
    },
    {
      id: "s4",
      kind: "sub",
      parent: "k2",
      kode: "2.09.04.2.01.0003",
      nama: "Pelaksanaan Sistem Kewaspadaan Pangan dan Gizi (SKPG)",
      ind: "Jumlah laporan SKPG bulanan",
      sat: "laporan",
      level: false,
      awal: 12,
      tg: [12, 12, 12, 12, 12],
      rp: [96_300_000, 98_750_000, 104_100_000, 107_600_000, 112_450_000],
    },
  ];
  const kidsOf = (id: string) => rows.filter((k) => k.parent === id);
  for (const kind of ["kegiatan", "program"] as const)
    for (const p of rows.filter((x) => x.kind === kind)) {
      const kids = kidsOf(p.id);
      p.rp = YEARS.map((_, i) => sum(kids.map((k) => k.rp![i])));
    }
  const PLANT_P = "p1"; // typed program Rp 2027 with two digits swapped
  const PLANT_Y = 2; // index of 2027
  const pTrue = rows.find((x) => x.id === PLANT_P)!.rp![PLANT_Y]; // 916,700,000
  const PLANT_P_VAL = 961_700_000;
  if (pTrue !== 916_700_000) throw new Error(`program 2027 is ${pTrue}`);
  const PLANT_KA = "k1"; // kondisi akhir K of a rate is the 2028 target, not the 2029 one
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kn", head: ["Kode dan Program / Kegiatan / Sub Kegiatan"], num: 1, width: 48 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan (output) dan Sub Kegiatan"],
      role: "indikator",
      num: 2,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: 4,
      fmt: DEC,
      width: 12,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: [G, String(y), "Target"],
        role: "target",
        year: y,
        num: 5 + i,
        fmt: DEC,
        width: 9,
      },
      { key: `r${i}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, num: 5 + i, fmt: RP, width: 15 },
    ]),
    {
      key: "kaK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: 10,
      fmt: DEC,
      width: 10,
    },
    {
      key: "kaRp",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: 10,
      fmt: RP,
      width: 16,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 11, width: 20 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 12, width: 14 },
  ];
  const PJ: Record<string, string> = {
    p1: "Bidang Konsumsi dan Keamanan Pangan",
    p2: "Bidang Ketersediaan dan Kerawanan Pangan",
  };
  const top = (x: TcIn): string => (x.kind === "program" ? x.id : top(rows.find((r) => r.id === x.parent)!));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: rows.map((x) => ({
      id: x.id,
      bold: x.kind !== "sub",
      cells: (c) => {
        const cells: Record<string, ReturnType<typeof fx> | number | string> = {
          kn: `${x.kode} ${x.nama}`,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          pj: PJ[top(x)],
          lok: "Kabupaten Sumberjati",
        };
        YEARS.forEach((_, i) => {
          cells[`k${i}`] = x.tg[i];
          if (x.kind === "kegiatan") {
            const kids = kidsOf(x.id).map((k) => c.a(`r${i}`, k.id));
            cells[`r${i}`] = fx(`SUM(${kids[0]}:${kids[kids.length - 1]})`);
          } else if (x.id === PLANT_P && i === PLANT_Y) cells[`r${i}`] = PLANT_P_VAL;
          else cells[`r${i}`] = x.rp![i];
        });
        cells.kaK = x.level ? (x.id === PLANT_KA ? x.tg[3] : x.tg[4]) : sum(x.tg);
        cells.kaRp = fx(`SUM(${c.a("r0")},${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")})`);
        return cells;
      },
    })),
  });
  s.gap();
  signature(s, 14, {
    tempat: "Sumberjati, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PANGAN", "KABUPATEN SUMBERJATI,"],
    nama: "Ir. HENDRA WICAKSONO, M.P.",
    pangkat: "Pembina Tingkat I",
    nip: "19730611 200003 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r2", PLANT_P) },
    rules: ["sum-mismatch"],
    note: "program 2.09.03 Rp 2027 is a typed 961,700,000; its kegiatan gives 916,700,000",
    truth: a("r2", "k1"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("kaK", PLANT_KA) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of a percentage is 49.50 (the 2028 target); the 2029 target is 54.00",
    truth: a("k4", PLANT_KA),
  });
  for (const x of rows) {
    const id = x.id;
    const ks = YEARS.map((_, i) => a(`k${i}`, id));
    if (id !== PLANT_KA)
      b.ok({
        sheet: S,
        cell: a("kaK", id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.level ? ks[4] : ks.join("+"),
        trap: x.level ? `(${ks.join("+")})/5` : ks[4],
      });
    if (id !== PLANT_P)
      b.ok({
        sheet: S,
        cell: a("kaRp", id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: YEARS.map((_, i) => a(`r${i}`, id)).join("+"),
        tol: 0.5,
      });
    if (x.kind !== "sub") {
      const kids = kidsOf(id).map((k) => k.id);
      const subs = x.kind === "program" ? kids.flatMap((k) => kidsOf(k).map((q) => q.id)) : kids;
      YEARS.forEach((_, i) => {
        if (id === PLANT_P && i === PLANT_Y) return;
        b.ok({
          sheet: S,
          cell: a(`r${i}`, id),
          rules: ["sum-mismatch"],
          truth: kids.map((k) => a(`r${i}`, k)).join("+"),
          trap: x.kind === "program" ? [...kids, ...subs].map((k) => a(`r${i}`, k)).join("+") : undefined,
          tol: 0.5,
        });
      });
    }
  }
  return b.finish();
}

// ====================================================================== Renja 2026 (Dinas Arsip)

type RjIn = {
  id: string;
  kind: "program" | "kegiatan" | "sub";
  parent?: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  t: number;
  t1: number;
  pagu?: number;
  pagu1?: number;
  lok: string;
};

/** Renja 2026 of Dinas Kearsipan Kota Pranaraja: "Tahun Rencana" and "Prakiraan Maju", years in the title only. */
export function renja(): BookW {
  const b = new BookW(
    "renja2026-disarsip-pranaraja.xlsx",
    "T-C.31 Renja",
    "Renja 2026 of a Dinas Arsip: Tahun Rencana / Prakiraan Maju with Target | Satuan | Pagu Indikatif (Rp) | Lokasi | Sumber Dana, years only in the title",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  s.lines([
    "RENCANA KERJA (RENJA) DINAS KEARSIPAN KOTA PRANARAJA TAHUN 2026",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2026 dan Prakiraan Maju Tahun 2027",
  ]);
  s.gap();
  const rows: RjIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "2.24.02",
      nama: "PROGRAM PENGELOLAAN ARSIP",
      ind: "Persentase perangkat daerah yang tertib arsip",
      sat: "%",
      t: 72,
      t1: 78,
      lok: "Kota Pranaraja",
    },
    {
      id: "k1",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.24.02.2.01",
      nama: "Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah perangkat daerah yang dibina pengelolaan arsip dinamis",
      sat: "PD",
      t: 36,
      t1: 38,
      lok: "36 Perangkat Daerah",
    },
    {
      id: "s1",
      kind: "sub",
      parent: "k1",
      kode: "2.24.02.2.01.0001",
      nama: "Pengelolaan Arsip Dinamis di Lingkungan Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah arsip dinamis yang ditata",
      sat: "boks",
      t: 1200,
      t1: 1350,
      pagu: 386_450_000,
      pagu1: 412_800_000,
      lok: "Record center Dinas",
    },
    {
      id: "s2",
      kind: "sub",
      parent: "k1",
      kode: "2.24.02.2.01.0003",
      nama: "Pembinaan Kearsipan pada Perangkat Daerah",
      ind: "Jumlah arsiparis dan pengelola arsip yang dibina",
      sat: "orang",
      t: 120,
      t1: 140,
      pagu: 214_900_000,
      pagu1: 232_150_000,
      lok: "Kota Pranaraja",
    },
    {
      id: "k2",
      kind: "kegiatan",
      parent: "p1",
      kode: "2.24.02.2.02",
      nama: "Pengelolaan Arsip Statis Pemerintah Daerah Kabupaten/Kota",
      ind: "Jumlah arsip statis yang diakuisisi dan diolah",
      sat: "arsip",
      t: 800,
      t1: 900,
      lok: "Depo Arsip Statis",
    },
    {
      id: "s3",
      kind: "sub",
      parent: "k2",
      kode: "2.24.02.2.02.0001",
      nama: "Akuisisi Arsip Statis",
      ind: "Jumlah arsip statis yang diakuisisi",
      sat: "arsip",
      t: 500,
      t1: 550,
      pagu: 168_300_000,
      pagu1: 176_900_000,
      lok: "Depo Arsip Statis",
    },
    {
      id: "s4",
      kind: "sub",
      parent: "k2",
      kode: "2.24.02.2.02.0004",
      nama: "Pengolahan dan Preservasi Arsip Statis",
      ind: "Jumlah arsip statis yang direstorasi dan dialihmediakan",
      sat: "arsip",
      t: 300,
      t1: 350,
      pagu: 297_650_000,
      pagu1: 318_400_000,
      lok: "Depo Arsip Statis",
    },
    {
      id: "p2",
      kind: "program",
      kode: "2.24.03",
      nama: "PROGRAM PERLINDUNGAN DAN PENYELAMATAN ARSIP",
      ind: "Persentase arsip vital yang terlindungi",
      sat: "%",
      t: 65,
      t1: 75,
      lok: "Kota Pranaraja",
    },
    {
      id: "k3",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.24.03.2.01",
      nama: "Pemusnahan Arsip di Lingkungan Pemerintah Daerah Kabupaten/Kota yang Memiliki Retensi di Bawah 10 (Sepuluh) Tahun",
      ind: "Jumlah berita acara pemusnahan arsip",
      sat: "dokumen",
      t: 4,
      t1: 4,
      lok: "Kota Pranaraja",
    },
    {
      id: "s5",
      kind: "sub",
      parent: "k3",
      kode: "2.24.03.2.01.0001",
      nama: "Penilaian dan Pemusnahan Arsip yang Memiliki Retensi di Bawah 10 Tahun",
      ind: "Jumlah arsip yang dinilai untuk dimusnahkan",
      sat: "boks",
      t: 400,
      t1: 450,
      pagu: 87_250_000,
      pagu1: 92_600_000,
      lok: "Kota Pranaraja",
    },
    {
      id: "s6",
      kind: "sub",
      parent: "k3",
      kode: "2.24.03.2.01.0002",
      nama: "Perlindungan dan Penyelamatan Arsip Vital Akibat Bencana",
      ind: "Jumlah arsip vital yang diduplikasi",
      sat: "berkas",
      t: 2500,
      t1: 3000,
      pagu: 143_700_000,
      pagu1: 158_250_000,
      lok: "Kota Pranaraja",
    },
  ];
  const kidsOf = (id: string) => rows.filter((k) => k.parent === id);
  for (const kind of ["kegiatan", "program"] as const)
    for (const p of rows.filter((x) => x.kind === kind)) {
      const kids = kidsOf(p.id);
      p.pagu = sum(kids.map((k) => k.pagu!));
      p.pagu1 = sum(kids.map((k) => k.pagu1!));
    }
  const PLANT_K = "k2"; // typed kegiatan pagu 2026 not the sum of its sub kegiatan
  const PLANT_K_VAL = 475_950_000; // true 465,950,000
  const progs = rows.filter((x) => x.kind === "program");
  const JML1_TRUE = sum(progs.map((p) => p.pagu1!));
  const JML1_VAL = JML1_TRUE - 100_000_000; // Jumlah prakiraan maju typed wrong
  const TR = "Tahun Rencana";
  const PM = "Prakiraan Maju";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 17 },
    {
      key: "nama",
      head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"],
      num: "(2)",
      width: 40,
    },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "t", head: [TR, "Target"], role: "target", year: 2026, num: "(4)", width: 9 },
    { key: "sat", head: [TR, "Satuan"], role: "satuan", num: "(5)", width: 9 },
    {
      key: "pagu",
      head: [TR, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(6)",
      fmt: RP,
      width: 16,
    },
    { key: "lok", head: [TR, "Lokasi"], role: "lokasi", num: "(7)", width: 16 },
    { key: "sd", head: [TR, "Sumber Dana"], num: "(8)", width: 10 },
    { key: "t1", head: [PM, "Target"], role: "target", year: 2027, num: "(9)", width: 9 },
    { key: "sat1", head: [PM, "Satuan"], role: "satuan", num: "(10)", width: 9 },
    {
      key: "pagu1",
      head: [PM, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2027,
      num: "(11)",
      fmt: RP,
      width: 16,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      {
        id: "u",
        bold: true,
        cells: { kode: "2.24", nama: "URUSAN PEMERINTAHAN BIDANG KEARSIPAN" },
      },
      ...rows.map((x) => ({
        id: x.id,
        bold: x.kind !== "sub",
        cells: {
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          t: x.t,
          sat: x.sat,
          pagu: x.id === PLANT_K ? PLANT_K_VAL : x.pagu!,
          lok: x.lok,
          sd: "DAU",
          t1: x.t1,
          sat1: x.sat,
          pagu1: x.pagu1!,
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "ind"] as [string, string],
        cells: {
          kode: "JUMLAH",
          pagu: sum(progs.map((p) => p.pagu!)),
          pagu1: JML1_VAL,
        },
      },
    ],
  });
  s.gap();
  signature(s, 9, {
    tempat: "Pranaraja, 28 Juli 2025",
    jabatan: ["KEPALA DINAS KEARSIPAN", "KOTA PRANARAJA,"],
    nama: "SRI HANDAYANI, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19740125 199903 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", PLANT_K) },
    rules: ["sum-mismatch"],
    note: "pagu 2026 of kegiatan 2.24.02.2.02 is a typed 475,950,000; its two sub kegiatan add up to 465,950,000",
    truth: `${a("pagu", "s3")}+${a("pagu", "s4")}`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("pagu1", "j") },
    rules: ["sum-mismatch"],
    note: `JUMLAH prakiraan maju 2027 is ${JML1_VAL}; the two programs add up to ${JML1_TRUE}`,
    truth: `${a("pagu1", "p1")}+${a("pagu1", "p2")}`,
    tol: 0.5,
  });
  for (const x of rows) {
    if (x.kind === "sub") continue;
    const kids = kidsOf(x.id).map((k) => k.id);
    const subs = x.kind === "program" ? kids.flatMap((k) => kidsOf(k).map((q) => q.id)) : kids;
    for (const m of ["pagu", "pagu1"]) {
      // program 2.24.02 pagu 2026 agrees with the true kegiatan, not with the planted one
      if ((m === "pagu" && x.id === PLANT_K) || (m === "pagu" && x.id === "p1")) continue;
      b.ok({
        sheet: S,
        cell: a(m, x.id),
        rules: ["sum-mismatch"],
        truth: kids.map((k) => a(m, k)).join("+"),
        trap: x.kind === "program" ? [...kids, ...subs].map((k) => a(m, k)).join("+") : undefined,
        tol: 0.5,
      });
    }
  }
  b.ok({
    sheet: S,
    cell: a("pagu", "j"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "p1")}+${a("pagu", "p2")}`,
    trap: `${a("pagu", "p1")}+${a("pagu", "p2")}+${a("pagu", "k1")}`,
    tol: 0.5,
  });
  return b.finish();
}
