// The tourism and culture offices: the Renstra 2025-2029 T-C.27 table (program and kegiatan with
// target and funding in full rupiah per year and the kondisi akhir) of the Dinas Pariwisata dan
// Kebudayaan of the invented Kota Kedungsari (Jawa Timur), and the row-wise LKjIP table 2022-2024
// (Target / Realisasi / Capaian rows per indicator) of the Dinas Pariwisata dan Kebudayaan of the
// invented Kota Tondangow (Sulawesi Utara). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type R = {
  id: string;
  kind: "p" | "k" | "tot";
  kode?: string;
  ur: string;
  ind?: string;
  sat?: string;
  awal?: number;
  k?: number[];
  rp?: number[];
  kids?: string[];
  f?: string;
  /** kondisi akhir K: the last target (level) */
  akhirK?: boolean;
};

/** Renstra 2025-2029 T-C.27, Dinas Pariwisata dan Kebudayaan Kota Kedungsari. */
export function tc27DisparbudKedungsari(): BookW {
  const b = new BookW(
    "renstra-2025-2029-tc27-disparbud-kota-kedungsari-pendanaan.xlsx",
    "Renstra T-C.27 (program / kegiatan, target and pendanaan 2025-2029)",
    "Kode | Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > 2025..2029 > Target / Rp | 'Kondisi Kinerja Akhir Periode Renstra' > Target / Rp | Unit Kerja Penanggung Jawab | Lokasi; three header rows, a number row 1..18; programmes SUM their kegiatan, TOTAL adds the programmes with '+', kondisi akhir Rp = SUM of five years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA KEDUNGSARI", "DINAS PARIWISATA DAN KEBUDAYAAN"]);
  s.lines(
    [
      "Tabel T-C.27 Rencana Program, Kegiatan, dan Pendanaan Dinas Pariwisata dan Kebudayaan Kota Kedungsari",
      "Tahun 2025-2029 (dalam rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rs: R[] = [
    {
      id: "p1",
      kind: "p",
      kode: "3.26.02",
      ur: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
      ind: "Rata-rata lama tinggal wisatawan nusantara",
      sat: "hari",
      awal: 1.42,
      k: [1.48, 1.55, 1.62, 1.7, 1.78],
      kids: ["k11", "k12"],
      f: DEC,
      akhirK: true,
    },
    {
      id: "k11",
      kind: "k",
      kode: "3.26.02.2.01",
      ur: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
      ind: "Jumlah daya tarik wisata yang dikelola sesuai standar",
      sat: "DTW",
      awal: 9,
      k: [11, 13, 15, 17, 19],
      rp: [2_450_000_000, 2_695_000_000, 2_964_500_000, 3_150_000_000, 3_412_750_000],
      akhirK: true,
    },
    {
      id: "k12",
      kind: "k",
      kode: "3.26.02.2.02",
      ur: "Pengelolaan Kawasan Strategis Pariwisata Kabupaten/Kota",
      ind: "Jumlah kawasan strategis pariwisata kota yang dikembangkan",
      sat: "kawasan",
      awal: 1,
      k: [1, 2, 2, 3, 3],
      rp: [1_185_000_000, 1_260_000_000, 1_342_500_000, 1_425_000_000, 1_518_600_000],
      akhirK: true,
    },
    {
      id: "p2",
      kind: "p",
      kode: "3.26.03",
      ur: "PROGRAM PEMASARAN PARIWISATA",
      ind: "Persentase hunian kamar hotel berbintang",
      sat: "%",
      awal: 51.3,
      k: [53, 54.5, 56, 57.5, 59],
      kids: ["k21"],
      f: DEC,
      akhirK: true,
    },
    {
      id: "k21",
      kind: "k",
      kode: "3.26.03.2.01",
      ur: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
      ind: "Jumlah event promosi pariwisata berskala regional/nasional",
      sat: "event",
      awal: 6,
      k: [7, 8, 8, 9, 10],
      rp: [1_740_000_000, 1_890_000_000, 2_035_500_000, 2_180_000_000, 2_326_400_000],
    },
    {
      id: "p3",
      kind: "p",
      kode: "2.22.02",
      ur: "PROGRAM PENGEMBANGAN KEBUDAYAAN",
      ind: "Persentase objek pemajuan kebudayaan yang dilestarikan",
      sat: "%",
      awal: 38.5,
      k: [42, 46, 50, 54, 58],
      kids: ["k31"],
      f: DEC,
      akhirK: true,
    },
    {
      id: "k31",
      kind: "k",
      kode: "2.22.02.2.01",
      ur: "Pelestarian Kesenian Tradisional",
      ind: "Jumlah kelompok kesenian tradisional yang dibina",
      sat: "kelompok",
      awal: 24,
      k: [30, 36, 42, 48, 54],
      rp: [865_000_000, 910_000_000, 962_750_000, 1_015_000_000, 1_072_300_000],
      akhirK: true,
    },
    { id: "tot", kind: "tot", ur: "TOTAL PENDANAAN" },
  ];
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja Akhir Periode Renstra";
  let n = 5;
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "ur", head: ["Program / Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "aw", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, num: 5, width: 10 },
    ...YEARS.flatMap((y): Col[] => [
      { key: `k${y}`, head: [G, String(y), "Target"], role: "target", year: y, num: ++n, width: 9 },
      { key: `r${y}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, num: ++n, fmt: RP, width: 15 },
    ]),
    { key: "ak", head: [A, "Target"], role: "kondisi-akhir", num: 16, width: 9 },
    { key: "arp", head: [A, "Rp"], role: "anggaran", num: 17, fmt: RP, width: 16 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 22 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const v = (x: number, f?: string): Cell => (f ? fmt(x, f) : x);
  const PJ: Record<string, string> = {
    p1: "Bidang Destinasi Pariwisata",
    k11: "Bidang Destinasi Pariwisata",
    k12: "Bidang Destinasi Pariwisata",
    p2: "Bidang Pemasaran Pariwisata",
    k21: "Bidang Pemasaran Pariwisata",
    p3: "Bidang Kebudayaan",
    k31: "Bidang Kebudayaan",
  };
  const rows: Row[] = rs.map((r): Row => ({
    id: r.id,
    bold: r.kind !== "k",
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = { kode: r.kode, ur: r.ur, ind: r.ind, sat: r.sat, pj: PJ[r.id] };
      if (r.kind !== "tot") {
        c.aw = v(r.awal!, r.f);
        c.lok = "Kota Kedungsari";
        YEARS.forEach((y, i) => (c[`k${y}`] = v(r.k![i], r.f)));
        if (r.akhirK) c.ak = fx(x.a("k2029"));
      }
      YEARS.forEach((y, i) => {
        const k = `r${y}`;
        if (r.kind === "k") c[k] = r.rp![i];
        else if (r.kind === "p")
          // planted: programme 3.26.03 in 2027 typed 2,053,500,000 (2,035,500,000 with two digits swapped)
          c[k] =
            r.id === "p2" && y === 2027
              ? 2_053_500_000
              : fx(`SUM(${x.a(k, r.kids![0])}:${x.a(k, r.kids![r.kids!.length - 1])})`);
        else c[k] = fx(["p1", "p2", "p3"].map((id) => x.a(k, id)).join("+"));
      });
      // planted: the kondisi akhir Rp of kegiatan 3.26.02.2.02 typed as the sum of 2025-2028 only
      c.arp = r.id === "k12" ? 5_212_500_000 : fx(`SUM(${YEARS.map((y) => x.a(`r${y}`)).join(",")})`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir target indikator = target tahun 2029; kondisi akhir Rp = jumlah pendanaan 2025-2029.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Kedungsari, 3 Maret 2025",
    jabatan: ["Kepala Dinas Pariwisata dan Kebudayaan", "Kota Kedungsari"],
    nama: "Drs. BAMBANG SURYO PRANOTO, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19710308 199803 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumY = (id: string) => `SUM(${YEARS.map((y) => a(`r${y}`, id)).join(",")})`;
  b.plant({
    at: { sheet: S, cell: a("arp", "k12") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "kondisi akhir Rp of kegiatan 3.26.02.2.02 typed 5,212,500,000, the sum of 2025-2028; with 2029 (1,518,600,000) it is 6,731,100,000",
    truth: sumY("k12"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2027", "p2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "pendanaan 2027 of programme 3.26.03 typed 2,053,500,000; its only kegiatan has 2,035,500,000 (two digits swapped)",
    truth: a("r2027", "k21"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p1"),
    trap: `SUM(${a("k2025", "p1")},${a("k2026", "p1")},${a("k2027", "p1")},${a("k2028", "p1")},${a("k2029", "p1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("arp", "p3"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: sumY("p3"),
    trap: a("r2029", "p3"),
  });
  b.ok({
    sheet: S,
    cell: a("r2025", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("r2025", "k11")}+${a("r2025", "k12")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r2025", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("r2025", "p1")}+${a("r2025", "p2")}+${a("r2025", "p3")}`,
    trap: `SUM(${a("r2025", "p1")}:${a("r2025", "k31")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "k31"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "k31"),
    trap: `SUM(${a("k2025", "k31")},${a("k2026", "k31")},${a("k2027", "k31")},${a("k2028", "k31")},${a("k2029", "k31")})`,
  });
  return b.finish();
}

type L = { id: string; ind: string; sat: string; neg?: boolean; t: number[]; r: number[]; f?: string };

/** LKjIP 2024, tabel capaian 2022-2024 per baris, Dinas Pariwisata dan Kebudayaan Kota Tondangow. */
export function lkjipBarisDisparbudTondangow(): BookW {
  const b = new BookW(
    "lkjip-2024-disparbud-kota-tondangow-capaian-per-baris-2022-2024.xlsx",
    "LKjIP row-wise table (Target / Realisasi / Capaian rows, three years)",
    "No | Indikator Kinerja | Satuan | Uraian (Target / Realisasi / Capaian (%)) | 'Tahun' > 2022 / 2023 / 2024; No, indicator and Satuan merged over their three rows; capaian ROUND(R/T*100,2), the keluhan wisatawan share (lower is better) uses the refleksi ROUND((2*T-R)/T*100,2)",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TONDANGOW", "DINAS PARIWISATA DAN KEBUDAYAAN"]);
  s.lines(["Tabel 3.2 Perkembangan Capaian Indikator Kinerja Utama Tahun 2022-2024"], 1, { bold: true });
  s.gap();
  const YB = [2022, 2023, 2024];
  const inds: L[] = [
    {
      id: "i1",
      ind: "Jumlah kunjungan wisatawan (nusantara dan mancanegara)",
      sat: "orang",
      t: [285_000, 310_000, 340_000],
      r: [271_450, 326_820, 352_910],
    },
    {
      id: "i2",
      ind: "Rata-rata lama tinggal wisatawan mancanegara",
      sat: "hari",
      t: [2.1, 2.2, 2.3],
      r: [1.95, 2.24, 2.31],
      f: DEC,
    },
    {
      id: "i3",
      ind: "Persentase keluhan wisatawan atas layanan destinasi (semakin kecil semakin baik)",
      sat: "%",
      neg: true,
      t: [8, 7, 6],
      r: [7.4, 7.6, 5.1],
      f: DEC,
    },
    {
      id: "i4",
      ind: "Persentase cagar budaya yang dilestarikan",
      sat: "%",
      t: [40, 45, 50],
      r: [42.5, 44.1, 52],
      f: DEC,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], width: 42 },
    { key: "sat", head: ["Satuan"], width: 9 },
    { key: "u", head: ["Uraian"], width: 13 },
    ...YB.map((y): Col => ({ key: `y${y}`, head: ["Tahun", String(y)], width: 11 })),
  ];
  const v = (x: number, f?: string): Cell => (f ? fmt(x, f) : x);
  const body: Row[] = [];
  inds.forEach((d, k) => {
    const base = { no: k + 1, ind: d.ind, sat: d.sat };
    const tg: Record<string, Cell> = { ...base, u: "Target" };
    const rl: Record<string, Cell> = { ...base, u: "Realisasi" };
    YB.forEach((y, i) => {
      tg[`y${y}`] = v(d.t[i], d.f);
      rl[`y${y}`] = v(d.r[i], d.f);
    });
    body.push({ id: `${d.id}t`, cells: tg }, { id: `${d.id}r`, cells: rl });
    body.push({
      id: `${d.id}c`,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = { ...base, u: "Capaian (%)" };
        YB.forEach((y) => {
          const T = x.a(`y${y}`, `${d.id}t`);
          const R = x.a(`y${y}`, `${d.id}r`);
          // planted: the 2024 capaian of the kunjungan divides by the 2023 target
          const Tk = d.id === "i1" && y === 2024 ? x.a("y2023", `${d.id}t`) : T;
          // planted: the 2023 capaian of the keluhan share (lower is better) as R/T
          const neg = d.neg && y !== 2023;
          c[`y${y}`] = fx(neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${Tk}*100,2)`);
        });
        return c;
      },
    });
  });
  const t = s.table({ cols, headerRows: 2, rows: body, vmerge: ["no", "ind"] });
  s.gap();
  s.lines([
    "Capaian (%) = Realisasi / Target x 100; untuk indikator persentase keluhan wisatawan (negatif)",
    "Capaian (%) = (2 x Target - Realisasi) / Target x 100.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Tondangow, 21 Februari 2025",
    jabatan: ["Kepala Dinas Pariwisata dan Kebudayaan"],
    nama: "VERONICA J. LENGKONG, S.H., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19780619 200312 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2024", "i1c") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian 2024 of the kunjungan wisatawan divides by the 2023 target: 352,910 / 310,000 x 100 = 113.84; with the 2024 target 340,000 it is 103.80",
    truth: `ROUND(${a("y2024", "i1r")}/${a("y2024", "i1t")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2023", "i3c") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian 2023 of the keluhan wisatawan share (lower is better) as R/T: 7.6 / 7 x 100 = 108.57; the refleksi (2 x 7 - 7.6) / 7 x 100 gives 91.43",
    truth: `ROUND((2*${a("y2023", "i3t")}-${a("y2023", "i3r")})/${a("y2023", "i3t")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("y2024", "i3c"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("y2024", "i3t")}-${a("y2024", "i3r")})/${a("y2024", "i3t")}*100,2)`,
    trap: `ROUND(${a("y2024", "i3r")}/${a("y2024", "i3t")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("y2023", "i1c"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("y2023", "i1r")}/${a("y2023", "i1t")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("y2022", "i2c"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("y2022", "i2r")}/${a("y2022", "i2t")}*100,2)`,
  });
  return b.finish();
}
