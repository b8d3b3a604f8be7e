// Two Sulawesi evaluation tables: the E.80 evaluation of the RKPD 2024 of a province by urusan,
// bidang and program (Rp in thousands, bidang subtotal rows that add only their programs, a JUMLAH
// over the subtotals), and an LKjIP analysis table of a provincial Dinas Tenaga Kerja dan
// Transmigrasi comparing three years of realisasi with the year's target and the national (RPJMN)
// target. Every office, person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  plain,
  predikat,
  predikatBaik,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { plus, refl, rt } from "./common";

// ======================================== E.80 RKPD 2024, Bappeda Provinsi Teluk Tomini (Sulawesi)

type ProgIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  /** level (rate: s.d. 2024 is the 2024 value) or flow (s.d. 2023 + 2024) */
  level: boolean;
  neg?: boolean;
  /** the s.d. 2024 K of a level typed instead of `=K9` */
  typed?: boolean;
  /** K: target akhir 2026, realisasi s.d. 2023, target 2024, realisasi 2024 */
  k: [number, number, number, number];
  /** Rp (thousands): the same four */
  rp: [number, number, number, number];
  pd: string;
};

/** E.80 evaluation of the RKPD 2024 of Provinsi Teluk Tomini, by urusan / bidang / program. */
export function e80Tomini(): BookW {
  const b = new BookW(
    "e80-rkpd-provinsi-bappeda-teluktomini.xlsx",
    "E.80 RKPD evaluation (province)",
    "E.80 RKPD 2024 of a province (Bappeda): No | Kode | Urusan / Bidang Urusan / Program | Indikator Kinerja Program (Outcome) | Satuan | seven groups over 'Kinerja' | 'Rp' (target RPJMD akhir periode 2026, realisasi s.d. 2023, target RKPD 2024, realisasi RKPD 2024, tingkat capaian 2024, realisasi s.d. 2024, tingkat capaian RPJMD) | Perangkat Daerah; 'pairs' number row with '10 = 9 / 8', '11 = 7 + 9', '12 = 11 / 6'; '(dalam ribuan rupiah)'; bidang rows carry Rp subtotals of their programs, JUMLAH adds the subtotals; stunting and kemiskinan lower is better (refleksi); Rata-rata and typed Predikat rows",
  );
  const S = "E.80 RKPD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI TELUK TOMINI",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "Jl. Jenderal Sudirman No. 44, Tinombo Raya",
  ]);
  s.lines([
    "Tabel E.80",
    "EVALUASI TERHADAP HASIL RKPD PROVINSI TELUK TOMINI TAHUN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const progs: ProgIn[] = [
    {
      id: "p1",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      level: true,
      neg: true,
      k: [14, 22.4, 18.5, 19.6],
      rp: [412_650_000, 238_416_350, 86_250_000, 81_904_275],
      pd: "Dinas Kesehatan",
    },
    {
      id: "p2",
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase rumah sakit rujukan regional terakreditasi paripurna",
      sat: "%",
      level: true,
      typed: true,
      k: [80, 50, 60, 62.5],
      rp: [58_400_000, 31_275_640, 12_100_000, 11_483_900],
      pd: "Dinas Kesehatan",
    },
    {
      id: "p3",
      kode: "1.03.10",
      nama: "Program Penyelenggaraan Jalan",
      ind: "Persentase jalan provinsi dalam kondisi mantap",
      sat: "%",
      level: true,
      k: [78, 68.42, 71, 70.15],
      rp: [1_245_800_000, 702_615_480, 268_500_000, 259_874_300],
      pd: "Dinas Bina Marga dan Konstruksi",
    },
    {
      id: "p4",
      kode: "1.03.02",
      nama: "Program Pengelolaan Sumber Daya Air (SDA)",
      ind: "Luas daerah irigasi kewenangan provinsi yang direhabilitasi",
      sat: "Ha",
      level: false,
      k: [12_500, 6_840, 2_400, 2_515],
      rp: [486_200_000, 271_538_900, 98_750_000, 95_102_640],
      pd: "Dinas Sumber Daya Air",
    },
    {
      id: "p5",
      kode: "1.06.05",
      nama: "Program Perlindungan dan Jaminan Sosial",
      ind: "Persentase penduduk miskin",
      sat: "%",
      level: true,
      neg: true,
      k: [9.8, 11.62, 11.1, 11.24],
      rp: [164_300_000, 92_418_750, 34_600_000, 33_052_180],
      pd: "Dinas Sosial",
    },
  ];
  // planted 1: realisasi 2024 Rp of the Penyelenggaraan Jalan typed in full rupiah in a thousands table
  const PLANT_SCALE = { id: "p3", v: 259_874_300_000 };
  // planted 2: tingkat capaian 2024 K of the kemiskinan (lower is better) as R / T among refleksi
  const PLANT_RT = "p5";
  const bidang: Array<{ id: string; kode: string; nama: string; kids: string[] }> = [
    { id: "b102", kode: "1.02", nama: "BIDANG URUSAN KESEHATAN", kids: ["p1", "p2"] },
    { id: "b103", kode: "1.03", nama: "BIDANG URUSAN PEKERJAAN UMUM DAN PENATAAN RUANG", kids: ["p3", "p4"] },
    { id: "b106", kode: "1.06", nama: "BIDANG URUSAN SOSIAL", kids: ["p5"] },
  ];
  const pair = (key: string, head: string, kr: Col["role"], rr: Col["role"], num: string, year?: number) => [
    { key: `k${key}`, head: [head, "Kinerja"], role: kr, year, num, fmt: DEC, width: 10 } as Col,
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: RP, width: 15 } as Col,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 9 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program"], num: "3", width: 38 },
    { key: "ind", head: ["Indikator Kinerja Program (Outcome)"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    ...pair("6", "Target RPJMD pada Akhir Periode (Tahun 2026)", "target", "anggaran", "6"),
    ...pair(
      "7",
      "Realisasi Capaian RPJMD s.d. RKPD Tahun Lalu (2023)",
      "realisasi",
      "realisasi-anggaran",
      "7",
      2023,
    ),
    ...pair("8", "Target Kinerja dan Anggaran RKPD Tahun 2024", "target", "anggaran", "8", 2024),
    ...pair(
      "9",
      "Realisasi Kinerja dan Anggaran RKPD Tahun 2024",
      "realisasi",
      "realisasi-anggaran",
      "9",
      2024,
    ),
    ...pair("10", "Tingkat Capaian Realisasi RKPD Tahun 2024 (%)", "capaian", "capaian", "10 = 9 / 8", 2024),
    ...pair(
      "11",
      "Realisasi Kinerja dan Anggaran RPJMD s.d. Tahun 2024",
      "realisasi",
      "realisasi-anggaran",
      "11 = 7 + 9",
      2024,
    ),
    ...pair(
      "12",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s.d. Tahun 2024 (%)",
      "capaian",
      "capaian",
      "12 = 11 / 6",
    ),
    {
      key: "pd",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "13",
      width: 24,
    },
  ];
  for (const c of cols) if (c.key === "rp10" || c.key === "rp12") c.fmt = DEC;
  const byId = new Map(progs.map((x) => [x.id, x]));
  const MONEY = ["rp6", "rp7", "rp8", "rp9", "rp11"];
  const progRow = (x: ProgIn, no: number): Row => ({
    id: x.id,
    cells: (c) => {
      const cells: Record<string, Cell> = {
        no,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        k6: x.k[0],
        k7: x.k[1],
        k8: x.k[2],
        k9: x.k[3],
        rp6: x.rp[0],
        rp7: x.rp[1],
        rp8: x.rp[2],
        rp9: x.id === PLANT_SCALE.id ? PLANT_SCALE.v : x.rp[3],
        pd: x.pd,
      };
      const cap = (R: string, T: string) => (x.neg ? refl(R, T) : rt(R, T));
      cells.k10 = fx(x.id === PLANT_RT ? rt(c.a("k9"), c.a("k8")) : cap(c.a("k9"), c.a("k8")));
      cells.rp10 = fx(rt(c.a("rp9"), c.a("rp8")));
      cells.k11 = x.level ? (x.typed ? x.k[3] : fx(c.a("k9"))) : fx(`${c.a("k7")}+${c.a("k9")}`);
      cells.rp11 = fx(`${c.a("rp7")}+${c.a("rp9")}`);
      cells.k12 = fx(cap(c.a("k11"), c.a("k6")));
      cells.rp12 = fx(rt(c.a("rp11"), c.a("rp6")));
      return cells;
    },
  });
  const bidRow = (x: (typeof bidang)[number]): Row => ({
    id: x.id,
    bold: true,
    cells: (c) => {
      const cells: Record<string, Cell> = { kode: x.kode, nama: x.nama };
      for (const k of MONEY)
        cells[k] = fx(
          x.kids.length === 1
            ? c.a(k, x.kids[0])
            : `SUM(${c.a(k, x.kids[0])}:${c.a(k, x.kids[x.kids.length - 1])})`,
        );
      cells.rp10 = fx(rt(c.a("rp9"), c.a("rp8")));
      cells.rp12 = fx(rt(c.a("rp11"), c.a("rp6")));
      return cells;
    },
  });
  const body: Row[] = [
    {
      id: "u1",
      bold: true,
      cells: { kode: "1", nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
    },
  ];
  let no = 1;
  for (const bd of bidang) {
    body.push(bidRow(bd));
    for (const id of bd.kids) body.push(progRow(byId.get(id)!, no++));
  }
  body.push({
    id: "jml",
    bold: true,
    cells: (c) => {
      const cells: Record<string, Cell> = { nama: "JUMLAH" };
      for (const k of MONEY) cells[k] = fx(plus(bidang.map((x) => c.a(k, x.id))));
      cells.rp10 = fx(rt(c.a("rp9"), c.a("rp8")));
      cells.rp12 = fx(rt(c.a("rp11"), c.a("rp6")));
      return cells;
    },
  });
  const avg = (c: { a(k: string, id?: string): string }, k: string) =>
    fx(`ROUND(AVERAGE(${progs.map((x) => c.a(k, x.id)).join(",")}),2)`);
  body.push({
    id: "rata",
    bold: true,
    cells: (c) => ({
      nama: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
      k10: avg(c, "k10"),
      rp10: avg(c, "rp10"),
    }),
  });
  body.push({ id: "pred", bold: true, cells: { nama: "Predikat Kinerja" } });
  const t = s.table({ cols, headerRows: 2, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Keterangan:",
    "1) Prevalensi stunting dan persentase penduduk miskin: semakin rendah semakin baik, tingkat capaian = (2 x target - realisasi) / target x 100.",
    "2) Indikator persentase bersifat nilai tingkat: realisasi s.d. 2024 = realisasi tahun 2024; luas irigasi bersifat kumulatif.",
    "3) Kriteria: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
    "Faktor penghambat: keterlambatan lelang paket jalan ruas Tinombo - Ampibabo.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Tinombo Raya, 20 Februari 2025",
    jabatan: ["KEPALA BAPPEDA", "PROVINSI TELUK TOMINI,"],
    nama: "Ir. ABDUL HARIS LATUKAU, M.Si.",
    pangkat: "Pembina Utama Madya",
    nip: "19690417 199503 1 002",
  });
  b.finish();
  // the predikat typed from the cached averages
  for (const k of ["k10", "rp10"]) {
    const v = plain(s.ws.getCell(t.a(k, "rata")));
    s.ws.getCell(t.a(k, "pred")).value = predikat(v as number);
  }

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rp9", PLANT_SCALE.id) },
        { sheet: S, cell: a("rp10", PLANT_SCALE.id) },
      ],
    },
    rules: ["number-scale", "serapan-over-100", "percent-out-of-range"],
    note: "realisasi RKPD 2024 Rp of the Program Penyelenggaraan Jalan is typed in full rupiah, 259,874,300,000, in a table '(dalam ribuan rupiah)'; it is 259,874,300 (thousands), and the tingkat capaian Rp becomes 96,787.45 % in place of 96.79",
    truth: "259874300",
  });
  b.plant({
    at: { sheet: S, cell: a("k10", PLANT_RT) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `tingkat capaian 2024 K of the persentase penduduk miskin (lower is better by note 1) is =${rt(a("k9", PLANT_RT), a("k8", PLANT_RT))}, 11.24 / 11.10 = 101.26; the refleksi (2 x 11.10 - 11.24) / 11.10 gives 98.74`,
    truth: refl(a("k9", PLANT_RT), a("k8", PLANT_RT)),
  });
  for (const x of progs) {
    const id = x.id;
    if (id !== PLANT_RT)
      b.ok({
        sheet: S,
        cell: a("k10", id),
        rules:
          x.k[3] > x.k[2] && !x.neg ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: x.neg ? refl(a("k9", id), a("k8", id)) : rt(a("k9", id), a("k8", id)),
        trap: x.neg ? rt(a("k9", id), a("k8", id)) : undefined,
      });
    const sd = `${a("k7", id)}+${a("k9", id)}`;
    b.ok({
      sheet: S,
      cell: a("k11", id),
      rules: x.typed ? ["sum-mismatch", "hardcoded-value"] : ["sum-mismatch"],
      truth: x.level ? a("k9", id) : sd,
      trap: x.level ? sd : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(a("k11", id), a("k6", id)) : rt(a("k11", id), a("k6", id)),
      trap: x.neg ? rt(a("k11", id), a("k6", id)) : undefined,
    });
    if (id === PLANT_SCALE.id) continue;
    b.ok({
      sheet: S,
      cell: a("rp10", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(a("rp9", id), a("rp8", id)),
    });
    b.ok({
      sheet: S,
      cell: a("rp11", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp7", id)}+${a("rp9", id)}`,
    });
  }
  // subtotals add their own programs; the JUMLAH adds the subtotals, not every row above it
  for (const bd of bidang)
    for (const k of ["rp6", "rp7", "rp8"])
      b.ok({
        sheet: S,
        cell: a(k, bd.id),
        rules: ["sum-mismatch"],
        truth: plus(bd.kids.map((id) => a(k, id))),
      });
  for (const k of ["rp6", "rp7", "rp8"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: plus(bidang.map((x) => a(k, x.id))),
      trap: plus([...bidang.map((x) => a(k, x.id)), ...progs.map((x) => a(k, x.id))]),
    });
  b.ok({
    sheet: S,
    cell: a("k10", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k10", "rata")})`,
  });
  return b;
}

// ============================ LKjIP 2024 Tabel 3.2, Disnakertrans Provinsi Teluk Tomini (Sulawesi)

type LkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  /** realisasi 2022, 2023, 2024, target 2024 */
  v: [number, number, number, number];
  /** national target 2024 (RPJMN 2020-2024), when there is one */
  nas?: number;
};

/** LKjIP 2024 analysis table: three years of realisasi beside the year's and the national target. */
export function lkjipTomini(): BookW {
  const b = new BookW(
    "lkjip-tigatahun-nasional-disnakertrans-teluktomini.xlsx",
    "LKjIP analysis against three years and the national target",
    "LKjIP 2024 Tabel 3.2 (Disnakertrans, province): No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Realisasi' > 2022 | 2023 | 2024 | Target 2024 | Capaian 2024 (%) | Target Nasional 2024 (RPJMN) | Capaian terhadap Target Nasional (%) | Kategori; number row (1) .. (12) with '(9) = (7) : (8)'; capaian as ROUND formulas (refleksi for the TPT, lower is better) except one typed; the national columns '-' where RPJMN sets no target; Kategori typed in the LKjIP words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI TELUK TOMINI",
    "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2024",
  ]);
  s.lines([
    "Tabel 3.2",
    "Perbandingan Realisasi Kinerja Tahun 2022 s.d. 2024, Target Tahun 2024 dan Target Nasional",
  ]);
  s.gap();
  const S1 = "Meningkatnya penyerapan tenaga kerja";
  const S2 = "Meningkatnya kualitas dan perlindungan tenaga kerja";
  const rows: LkIn[] = [
    {
      id: "r1",
      sas: S1,
      ind: "Tingkat Pengangguran Terbuka (TPT)",
      sat: "%",
      neg: true,
      v: [4.12, 3.86, 3.71, 3.8],
      nas: 5,
    },
    {
      id: "r2",
      sas: S1,
      ind: "Tingkat Partisipasi Angkatan Kerja (TPAK)",
      sat: "%",
      v: [66.8, 67.4, 68.05, 68.5],
      nas: 68,
    },
    {
      id: "r3",
      sas: S1,
      ind: "Persentase pencari kerja terdaftar yang ditempatkan",
      sat: "%",
      v: [38.2, 41.5, 44.6, 60],
    },
    {
      id: "r4",
      sas: S2,
      ind: "Persentase tenaga kerja bersertifikat kompetensi",
      sat: "%",
      v: [18.4, 21.2, 23.65, 26],
    },
    {
      id: "r5",
      sas: S2,
      ind: "Persentase kasus perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      v: [72, 78.5, 80, 85],
    },
  ];
  // planted 1: the capaian of the perselisihan typed from the draft (realisasi 80.60 before verification)
  const PLANT_TYPED = { id: "r5", v: 94.82 };
  // planted 2: the Kategori of the penempatan from the wrong band (74.33 is Cukup, typed Baik)
  const PLANT_PRED = { id: "r3", v: "Baik" };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    {
      key: "r22",
      head: ["Realisasi", "2022"],
      role: "realisasi",
      year: 2022,
      num: "(5)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "r23",
      head: ["Realisasi", "2023"],
      role: "realisasi",
      year: 2023,
      num: "(6)",
      fmt: DEC,
      width: 9,
    },
    {
      key: "r24",
      head: ["Realisasi", "2024"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: DEC,
      width: 9,
    },
    { key: "t24", head: ["Target 2024"], role: "target", year: 2024, num: "(8)", fmt: DEC, width: 9 },
    {
      key: "c24",
      head: ["Capaian 2024 (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (7) : (8)",
      fmt: DEC,
      width: 10,
    },
    {
      key: "nas",
      head: ["Target Nasional 2024 (RPJMN)"],
      role: "target",
      year: 2024,
      num: "(10)",
      fmt: DEC,
      width: 11,
    },
    {
      key: "cn",
      head: ["Capaian terhadap Target Nasional (%)"],
      role: "capaian",
      num: "(11) = (7) : (10)",
      fmt: DEC,
      width: 12,
    },
    { key: "kat", head: ["Kategori"], role: "predikat", num: "(12)", width: 12 },
  ];
  const cap = (x: LkIn) => {
    const [, , r, tg] = x.v;
    return Math.round((x.neg ? ((2 * tg - r) / tg) * 100 : (r / tg) * 100) * 100 + 1e-7) / 100;
  };
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    cells: (c) => {
      const f = (R: string, T: string) => (x.neg ? refl(R, T) : rt(R, T));
      const c24 = x.id === PLANT_TYPED.id ? PLANT_TYPED.v : fx(f(c.a("r24"), c.a("t24")));
      const shown = x.id === PLANT_TYPED.id ? PLANT_TYPED.v : cap(x);
      return {
        no: x.sas === S1 ? 1 : 2,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r22: x.v[0],
        r23: x.v[1],
        r24: x.v[2],
        t24: x.v[3],
        c24,
        nas: x.nas ?? "-",
        cn: x.nas === undefined ? "-" : fx(f(c.a("r24"), c.a("nas"))),
        kat: x.id === PLANT_PRED.id ? PLANT_PRED.v : predikatBaik(shown),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body, vmerge: ["no", "sas"] });
  s.gap();
  s.lines([
    "Catatan:",
    "- TPT berpolaritas negatif (semakin rendah semakin baik): capaian = (2 x target - realisasi) / target x 100.",
    "- Target nasional: RPJMN 2020-2024 (TPT 5,0 - 5,7 %, dipakai batas bawah); tanda '-' = tidak ada target nasional.",
    "- Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tinombo Raya, 28 Februari 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi", "Provinsi Teluk Tomini,"],
    nama: "Dra. SITTI NURHAYATI MOPILI, M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19710923 199803 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c24", PLANT_TYPED.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian 2024 of the kasus perselisihan hubungan industrial diselesaikan is a typed 94.82 among ROUND formulas, left from the draft's realisasi 80.60; 80.00 / 85.00 gives 94.12",
    truth: rt(a("r24", PLANT_TYPED.id), a("t24", PLANT_TYPED.id)),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", PLANT_PRED.id) },
    rules: ["predikat-mismatch"],
    note: "Kategori of the pencari kerja ditempatkan is 'Baik' for a capaian of 74.33 (44.60 / 60.00); the band > 65 - 75 is 'Cukup'",
    truth: `PREDIKAT_BAIK(${a("c24", PLANT_PRED.id)})`,
  });
  for (const x of rows) {
    const id = x.id;
    if (id !== PLANT_TYPED.id)
      b.ok({
        sheet: S,
        cell: a("c24", id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch"],
        truth: x.neg ? refl(a("r24", id), a("t24", id)) : rt(a("r24", id), a("t24", id)),
        trap: x.neg ? rt(a("r24", id), a("t24", id)) : undefined,
      });
    if (x.nas !== undefined)
      b.ok({
        sheet: S,
        cell: a("cn", id),
        rules: x.neg
          ? ["capaian-mismatch", "percent-out-of-range"]
          : ["capaian-mismatch", "percent-out-of-range"],
        truth: x.neg ? refl(a("r24", id), a("nas", id)) : rt(a("r24", id), a("nas", id)),
        trap: x.neg ? rt(a("r24", id), a("nas", id)) : undefined,
      });
    if (id !== PLANT_PRED.id)
      b.ok({
        sheet: S,
        cell: a("kat", id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c24", id)})`,
      });
  }
  return b.finish();
}
