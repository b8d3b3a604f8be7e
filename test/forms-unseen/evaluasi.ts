// Evaluation recaps of Permendagri 86/2017 that test/forms does not have: the T-C.29 recap
// (Renja of the year against the Renstra to date) and the E.79 evaluation of the RKPD (the whole
// Pemda, grouped by urusan, bidang urusan and Perangkat Daerah). Every name and number is
// invented; the codes are Kepmendagri-shaped.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Placed,
  type Row,
} from "../forms/kit";

type Jenis = "flow" | "level";

// ============================================================================ T-C.29 (recap)

/** One T-C.29 row: the indicator's K values as written, Rp for kegiatan (programs sum them). */
type RekapIn = {
  id: string;
  no?: number;
  kode: string;
  nama: string;
  section?: boolean;
  ind?: string;
  sat?: string;
  jenis?: Jenis;
  parent?: string;
  pj?: string;
  /** end-period target, realisasi s.d. last year, target and realisasi of the year */
  ak?: number;
  sdl?: number;
  t?: number;
  r?: number;
  akRp?: number;
  sdlRp?: number;
  tRp?: number;
  rRp?: number;
};

type Vals = Record<string, number>;

/** The true values of every recap row: programs' Rp summed from their kegiatan, then the form. */
function rekapValues(rows: RekapIn[]): Map<string, Vals> {
  const out = new Map<string, Vals>();
  const RPK = ["akRp", "sdlRp", "tRp", "rRp"] as const;
  const rpOf = (x: RekapIn): Vals => {
    const kids = rows.filter((k) => k.parent === x.id);
    if (!kids.length) return Object.fromEntries(RPK.map((k) => [k, x[k]!]));
    const parts = kids.map(rpOf);
    return Object.fromEntries(RPK.map((k) => [k, sum(parts.map((p) => p[k]))]));
  };
  for (const x of rows) {
    if (x.section) continue;
    const v: Vals = { ...rpOf(x), akK: x.ak!, sdlK: x.sdl!, tK: x.t!, rK: x.r! };
    v.crK = round((v.rK / v.tK) * 100);
    v.crRp = round((v.rRp / v.tRp) * 100);
    v.sdK = x.jenis === "flow" ? round(v.sdlK + v.rK, 4) : v.rK;
    v.sdRp = v.sdlRp + v.rRp;
    v.csK = round((v.sdK / v.akK) * 100);
    v.csRp = round((v.sdRp / v.akRp) * 100);
    out.set(x.id, v);
  }
  return out;
}

const K_KEYS = ["akK", "sdlK", "tK", "rK", "sdK"];

/** T-C.29: Dinas Pertanian Kabupaten Mandalasari, recap s.d. 2024 of the Renstra 2021-2026: target
 * akhir (K, Rp), realisasi s.d. tahun lalu, "Tahun 2024" over Target (K) | Pagu (Rp) | Realisasi
 * s/d Triwulan IV (K, Rp) | Tingkat Realisasi (%), realisasi s.d. 2024 and tingkat capaian
 * Renstra; a numbered row whose captions name the identities; typed values only. */
export function tc29(): BookW {
  const b = new BookW(
    "tc29-pertanian-mandalasari.xlsx",
    "T-C.29",
    "T-C.29 recap, Dinas Pertanian Kab. Mandalasari s.d. 2024 (Tingkat Realisasi, Realisasi s/d Triwulan IV, s.d. = s.d. tahun lalu + tahun ini)",
  );
  const s = b.sheet("T-C.29");
  s.lines([
    "Tabel T-C.29",
    "Rekapitulasi Hasil Evaluasi Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra Perangkat Daerah s.d. Tahun 2024",
    "Dinas Pertanian Kabupaten Mandalasari",
    "Renstra Perangkat Daerah Tahun 2021-2026",
  ]);
  s.gap();
  const PJ1 = "Bidang Prasarana dan Sarana Pertanian";
  const PJ2 = "Bidang Peternakan dan Kesehatan Hewan";
  const PJ3 = "Bidang Penyuluhan";
  const rows: RekapIn[] = [
    { id: "u", kode: "3.27", nama: "URUSAN PEMERINTAHAN BIDANG PERTANIAN", section: true },
    {
      id: "p1",
      no: 1,
      kode: "3.27.02",
      nama: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      ind: "Persentase kelompok tani yang menerapkan pemupukan berimbang",
      sat: "%",
      jenis: "level",
      pj: PJ1,
      ak: 75,
      sdl: 62.4,
      t: 67,
      r: 68.35,
    },
    {
      id: "k1",
      no: 2,
      kode: "3.27.02.2.01",
      nama: "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
      ind: "Jumlah kios pupuk bersubsidi yang diawasi",
      sat: "kios",
      jenis: "flow",
      parent: "p1",
      pj: PJ1,
      ak: 900,
      sdl: 540,
      t: 180,
      r: 184,
      akRp: 2_250_000_000,
      sdlRp: 1_318_640_000,
      tRp: 462_500_000,
      rRp: 451_286_400,
    },
    {
      id: "k2",
      no: 3,
      kode: "3.27.02.2.02",
      nama: "Pengelolaan Sumber Daya Genetik (SDG) Hewan, Tumbuhan, dan Mikro Organisme Kewenangan Kabupaten/Kota",
      ind: "Jumlah varietas lokal yang didaftarkan",
      sat: "varietas",
      jenis: "flow",
      parent: "p1",
      pj: PJ1,
      ak: 12,
      sdl: 6,
      t: 2,
      r: 2,
      akRp: 1_140_000_000,
      sdlRp: 648_250_000,
      tRp: 235_000_000,
      rRp: 228_915_000,
    },
    {
      id: "p2",
      no: 4,
      kode: "3.27.03",
      nama: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      ind: "Indeks pertanaman (IP) padi",
      sat: "indeks",
      jenis: "level",
      pj: PJ1,
      ak: 2.4,
      sdl: 2.12,
      t: 2.25,
      r: 2.21,
    },
    {
      id: "k3",
      no: 5,
      kode: "3.27.03.2.01",
      nama: "Pembangunan Prasarana Pertanian",
      ind: "Panjang jaringan irigasi tersier yang direhabilitasi",
      sat: "km",
      jenis: "flow",
      parent: "p2",
      pj: PJ1,
      ak: 150,
      sdl: 92.5,
      t: 28,
      r: 27.4,
      akRp: 33_750_000_000,
      sdlRp: 20_816_430_000,
      tRp: 6_300_000_000,
      rRp: 6_171_845_000,
    },
    {
      id: "k4",
      no: 6,
      kode: "3.27.03.2.02",
      nama: "Pengembangan Prasarana Pertanian",
      ind: "Jumlah embung pertanian yang dibangun",
      sat: "unit",
      jenis: "flow",
      parent: "p2",
      pj: PJ1,
      ak: 30,
      sdl: 17,
      t: 5,
      r: 5,
      akRp: 9_000_000_000,
      sdlRp: 5_112_700_000,
      tRp: 1_575_000_000,
      rRp: 1_538_960_000,
    },
    {
      id: "p3",
      no: 7,
      kode: "3.27.04",
      nama: "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
      ind: "Persentase kasus penyakit hewan menular strategis yang tertangani",
      sat: "%",
      jenis: "level",
      pj: PJ2,
      ak: 95,
      sdl: 88.6,
      t: 91,
      r: 92.4,
    },
    {
      id: "k5",
      no: 8,
      kode: "3.27.04.2.01",
      nama: "Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular dalam Daerah Kabupaten/Kota",
      ind: "Jumlah ternak yang divaksinasi",
      sat: "ekor",
      jenis: "flow",
      parent: "p3",
      pj: PJ2,
      ak: 210_000,
      sdl: 128_450,
      t: 42_000,
      r: 43_215,
      akRp: 4_725_000_000,
      sdlRp: 2_846_315_000,
      tRp: 980_000_000,
      rRp: 962_174_500,
    },
    {
      id: "p4",
      no: 9,
      kode: "3.27.07",
      nama: "Program Penyuluhan Pertanian",
      ind: "Persentase kelompok tani kelas madya ke atas",
      sat: "%",
      jenis: "level",
      pj: PJ3,
      ak: 40,
      sdl: 31.2,
      t: 34,
      r: 33.6,
    },
    {
      id: "k6",
      no: 10,
      kode: "3.27.07.2.01",
      nama: "Pengembangan Penerapan Penyuluhan Pertanian",
      ind: "Jumlah penyuluh pertanian yang ditingkatkan kapasitasnya",
      sat: "orang",
      jenis: "flow",
      parent: "p4",
      pj: PJ3,
      ak: 500,
      sdl: 305,
      t: 100,
      r: 96,
      akRp: 3_000_000_000,
      sdlRp: 1_812_460_000,
      tRp: 640_000_000,
      rRp: 611_238_000,
    },
  ];
  const vals = rekapValues(rows);
  const k3 = vals.get("k3")!;
  const p1 = vals.get("p1")!;
  const plants: Record<string, Vals> = {
    k3: { sdRp: k3.sdRp + 100_000_000 },
    p1: { csK: round((p1.sdK / p1.tK) * 100) },
    k5: { crRp: 89.18 },
  };
  const G = "Tahun 2024";
  const pair = (
    key: string,
    head: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    n: number,
    year?: number,
  ) => [
    { key: `${key}K`, head: [head, "K"], role: kRole, year, num: n },
    { key: `${key}Rp`, head: [head, "Rp"], role: rpRole, year, num: n + 1, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5 },
    ...pair("ak", "Target Renstra Perangkat Daerah pada Akhir Periode (2026)", "target", "anggaran", 6),
    ...pair("sdl", "Realisasi Capaian s.d. Tahun Lalu (2023)", "realisasi", "realisasi-anggaran", 8, 2023),
    { key: "tK", head: [G, "Target (K)"], role: "target", year: 2024, num: 10 },
    { key: "tRp", head: [G, "Pagu (Rp)"], role: "anggaran", year: 2024, num: 11, fmt: RP, width: 16 },
    { key: "rK", head: [G, "Realisasi s/d Triwulan IV (K)"], role: "realisasi", year: 2024, num: 12 },
    {
      key: "rRp",
      head: [G, "Realisasi s/d Triwulan IV (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 13,
      fmt: RP,
      width: 16,
    },
    {
      key: "crK",
      head: [G, "Tingkat Realisasi K (%)"],
      role: "capaian",
      year: 2024,
      num: "14 = 12/10",
      fmt: DEC,
    },
    {
      key: "crRp",
      head: [G, "Tingkat Realisasi Rp (%)"],
      role: "capaian",
      year: 2024,
      num: "15 = 13/11",
      fmt: DEC,
    },
    {
      key: "sdK",
      head: ["Realisasi Kinerja dan Anggaran s.d. Tahun 2024", "K"],
      role: "realisasi",
      year: 2024,
      num: "16 = 8 + 12",
    },
    {
      key: "sdRp",
      head: ["Realisasi Kinerja dan Anggaran s.d. Tahun 2024", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "17 = 9 + 13",
      fmt: RP,
      width: 16,
    },
    {
      key: "csK",
      head: ["Tingkat Capaian Kinerja dan Anggaran Renstra s.d. Tahun 2024 (%)", "K"],
      role: "capaian",
      num: "18 = 16/6",
      fmt: DEC,
    },
    {
      key: "csRp",
      head: ["Tingkat Capaian Kinerja dan Anggaran Renstra s.d. Tahun 2024 (%)", "Rp"],
      role: "capaian",
      num: "19 = 17/7",
      fmt: DEC,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 24 },
  ];
  const body: Row[] = rows.map((x) => {
    if (x.section) return { id: x.id, bold: true, cells: { kode: x.kode, nama: x.nama } };
    const v = { ...vals.get(x.id)!, ...(plants[x.id] ?? {}) };
    const kf = x.jenis === "level" || ![x.ak, x.sdl, x.t, x.r].every(Number.isInteger) ? DEC : INT;
    const cells: Record<string, Cell> = {
      no: x.no,
      kode: x.kode,
      nama: x.nama,
      ind: x.ind,
      sat: x.sat,
      pj: x.pj,
    };
    for (const [k, n] of Object.entries(v)) cells[k] = K_KEYS.includes(k) ? fmt(n, kf) : n;
    return { id: x.id, bold: !x.parent, cells };
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Keterangan: untuk indikator berupa persentase dan indeks, realisasi s.d. tahun 2024 adalah capaian tahun 2024 (bukan penjumlahan).",
  ]);
  s.gap();
  signature(s, 17, {
    tempat: "Mandalasari, 17 Februari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN", "KABUPATEN MANDALASARI"],
    nama: "Ir. Slamet Riyadi Wibowo, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710322 199803 1 003",
  });
  const S = t.sheet;
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("sdRp", "k3") },
    rules: ["sum-mismatch"],
    note: "realisasi Rp s.d. 2024 of kegiatan 3.27.03.2.01 is 27,088,275,000; s.d. 2023 20,816,430,000 + 2024 6,171,845,000 = 26,988,275,000 (the tingkat capaian Renstra uses 26,988,275,000)",
    truth: `${a("sdlRp", "k3")}+${a("rRp", "k3")}`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("csK", "p1") },
    rules: ["capaian-mismatch"],
    note: "tingkat capaian Renstra K of pemupukan berimbang is s.d. / target 2024 = 68.35 / 67 = 102.01; against the end-period target 75 it is 91.13",
    truth: `ROUND(${a("sdK", "p1")}/${a("akK", "p1")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("crRp", "k5") },
    rules: ["capaian-mismatch"],
    note: "tingkat realisasi Rp 2024 of vaksinasi ternak is 89.18; 962,174,500 / 980,000,000 gives 98.18",
    truth: `ROUND(${a("rRp", "k5")}/${a("tRp", "k5")}*100,2)`,
  });
  const skip = new Set(["k3.sdRp", "k3.csRp", "p2.sdRp", "p1.csK", "k5.crRp"]);
  for (const x of rows) {
    if (x.section) continue;
    const c = (k: string) => a(k, x.id);
    const ok = (key: string, rules: string[], truth: string, trap?: string) => {
      if (skip.has(`${x.id}.${key}`)) return;
      b.ok({
        sheet: S,
        cell: c(key),
        rules,
        truth,
        trap,
        tol: key.endsWith("Rp") && !key.startsWith("c") ? 0.5 : undefined,
      });
    };
    ok("crK", ["capaian-mismatch"], `ROUND(${c("rK")}/${c("tK")}*100,2)`);
    ok("crRp", ["capaian-mismatch", "serapan-over-100"], `ROUND(${c("rRp")}/${c("tRp")}*100,2)`);
    if (x.jenis === "flow") ok("sdK", ["sum-mismatch"], `${c("sdlK")}+${c("rK")}`);
    else ok("sdK", ["sum-mismatch"], c("rK"), `${c("sdlK")}+${c("rK")}`);
    ok("sdRp", ["sum-mismatch"], `${c("sdlRp")}+${c("rRp")}`);
    ok("csK", ["capaian-mismatch"], `ROUND(${c("sdK")}/${c("akK")}*100,2)`);
    ok("csRp", ["capaian-mismatch"], `ROUND(${c("sdRp")}/${c("akRp")}*100,2)`);
    const kids = rows.filter((k) => k.parent === x.id);
    if (kids.length)
      for (const key of ["akRp", "sdlRp", "tRp", "rRp"]) {
        if (skip.has(`${x.id}.${key}`)) continue;
        b.ok({
          sheet: S,
          cell: c(key),
          rules: ["sum-mismatch"],
          truth: kids.map((k) => a(key, k.id)).join("+"),
          tol: 0.5,
        });
      }
  }
  return b.finish();
}

// =============================================================================== E.79 (RKPD)

/** One E.79 row: a section (urusan, bidang, Perangkat Daerah) or a program with K and Rp. */
type E79In = {
  id: string;
  no?: number;
  kode: string;
  nama: string;
  section?: boolean;
  sas?: string;
  ind?: string;
  jenis?: Jenis;
  pj?: string;
  k5?: number;
  k6?: number;
  k7?: number;
  kq?: [number, number, number, number];
  rp5?: number;
  rp6?: number;
  rp7?: number;
  rpq?: [number, number, number, number];
};

function e79Values(x: E79In): Vals {
  const v: Vals = { k5: x.k5!, k6: x.k6!, k7: x.k7!, rp5: x.rp5!, rp6: x.rp6!, rp7: x.rp7! };
  x.kq!.forEach((q, i) => (v[`q${i + 1}k`] = q));
  x.rpq!.forEach((q, i) => (v[`q${i + 1}rp`] = q));
  v.k12 = x.jenis === "flow" ? round(sum(x.kq!), 4) : x.kq![3];
  v.rp12 = sum(x.rpq!);
  v.k13 = x.jenis === "flow" ? round(v.k6 + v.k12, 4) : v.k12;
  v.rp13 = v.rp6 + v.rp12;
  v.k14 = round((v.k13 / v.k5) * 100);
  v.rp14 = round((v.rp13 / v.rp5) * 100);
  return v;
}

const E79_K = ["k5", "k6", "k7", "q1k", "q2k", "q3k", "q4k", "k12", "k13"];

/** E.79: Bappeda Kota Batuwangi, evaluasi hasil RKPD TA 2024 (RPJMD 2021-2026): Sasaran and Kode
 * columns, urusan / bidang urusan / Perangkat Daerah section rows over programs, "Fisik" and
 * "Keuangan (Rp)" instead of K / Rp, "TA" years, numbers merged over the pairs, footer rata-rata
 * and predikat. */
export function e79(): BookW {
  const b = new BookW(
    "e79-bappeda-batuwangi.xlsx",
    "E.79",
    "E.79 RKPD evaluation, Kota Batuwangi TA 2024 (urusan / bidang / PD grouping, Fisik / Keuangan, footer)",
  );
  const s = b.sheet("E.79 RKPD 2024");
  letterhead(s, ["PEMERINTAH KOTA BATUWANGI", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines([
    "Tabel E.79",
    "EVALUASI TERHADAP HASIL RKPD KOTA BATUWANGI TA 2024",
    "Periode Pelaksanaan: Triwulan I s.d. Triwulan IV TA 2024",
    "Indikator dan target kinerja mengacu pada RPJMD Kota Batuwangi Tahun 2021-2026",
  ]);
  s.gap();
  const SK = "Meningkatnya derajat kesehatan masyarakat";
  const SI = "Meningkatnya kualitas infrastruktur dasar perkotaan";
  const SP = "Meningkatnya produksi dan kesejahteraan pelaku usaha perikanan";
  const rows: E79In[] = [
    {
      id: "u1",
      kode: "1",
      nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
      section: true,
    },
    { id: "b1", kode: "1.02", nama: "URUSAN PEMERINTAHAN BIDANG KESEHATAN", section: true },
    { id: "d1", kode: "1.02.0.00.0.00.01.0000", nama: "Dinas Kesehatan", section: true },
    {
      id: "p1",
      no: 1,
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      sas: SK,
      ind: "Persentase puskesmas terakreditasi paripurna (%)",
      jenis: "level",
      pj: "Dinas Kesehatan",
      k5: 60,
      k6: 38.1,
      k7: 47.6,
      kq: [38.1, 42.86, 42.86, 47.62],
      rp5: 412_600_000_000,
      rp6: 228_415_320_000,
      rp7: 86_750_000_000,
      rpq: [14_286_410_000, 21_574_880_000, 22_945_130_000, 25_118_665_000],
    },
    {
      id: "p2",
      no: 2,
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      sas: SK,
      ind: "Jumlah tenaga kesehatan yang mendapatkan pelatihan kompetensi (orang)",
      jenis: "flow",
      pj: "Dinas Kesehatan",
      k5: 1500,
      k6: 842,
      k7: 300,
      kq: [38, 92, 104, 81],
      rp5: 7_500_000_000,
      rp6: 4_185_240_000,
      rp7: 1_500_000_000,
      rpq: [142_350_000, 418_600_000, 486_215_000, 392_470_000],
    },
    {
      id: "b2",
      kode: "1.03",
      nama: "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG",
      section: true,
    },
    {
      id: "d2",
      kode: "1.03.0.00.0.00.01.0000",
      nama: "Dinas Pekerjaan Umum dan Penataan Ruang",
      section: true,
    },
    {
      id: "p3",
      no: 3,
      kode: "1.03.03",
      nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      sas: SI,
      ind: "Persentase rumah tangga dengan akses air minum perpipaan (%)",
      jenis: "level",
      pj: "Dinas Pekerjaan Umum dan Penataan Ruang",
      k5: 75,
      k6: 61.4,
      k7: 66,
      kq: [61.9, 63.2, 64.75, 66.35],
      rp5: 98_400_000_000,
      rp6: 52_316_780_000,
      rp7: 19_850_000_000,
      rpq: [1_204_500_000, 4_862_310_000, 6_915_240_000, 6_438_075_000],
    },
    {
      id: "p4",
      no: 4,
      kode: "1.03.10",
      nama: "Program Penyelenggaraan Jalan",
      sas: SI,
      ind: "Panjang jalan kota yang ditingkatkan (km)",
      jenis: "flow",
      pj: "Dinas Pekerjaan Umum dan Penataan Ruang",
      k5: 85,
      k6: 48.6,
      k7: 17.5,
      kq: [0, 3.8, 6.45, 7.1],
      rp5: 212_500_000_000,
      rp6: 118_624_450_000,
      rp7: 43_750_000_000,
      rpq: [2_185_000_000, 9_846_720_000, 15_318_405_000, 15_902_310_000],
    },
    { id: "u3", kode: "3", nama: "URUSAN PEMERINTAHAN PILIHAN", section: true },
    { id: "b3", kode: "3.25", nama: "URUSAN PEMERINTAHAN BIDANG KELAUTAN DAN PERIKANAN", section: true },
    { id: "d3", kode: "3.25.0.00.0.00.01.0000", nama: "Dinas Perikanan", section: true },
    {
      id: "p5",
      no: 5,
      kode: "3.25.02",
      nama: "Program Pengelolaan Perikanan Tangkap",
      sas: SP,
      ind: "Persentase nelayan yang memiliki asuransi nelayan (%)",
      jenis: "level",
      pj: "Dinas Perikanan",
      k5: 50,
      k6: 36.2,
      k7: 41,
      kq: [36.2, 37.8, 39.95, 42.1],
      rp5: 4_250_000_000,
      rp6: 2_318_460_000,
      rp7: 870_000_000,
      rpq: [58_400_000, 196_750_000, 287_315_000, 304_120_000],
    },
    {
      id: "p6",
      no: 6,
      kode: "3.25.03",
      nama: "Program Pengelolaan Perikanan Budidaya",
      sas: SP,
      ind: "Jumlah pembudidaya ikan yang mendapatkan bantuan sarana budidaya (orang)",
      jenis: "flow",
      pj: "Dinas Perikanan",
      k5: 1200,
      k6: 690,
      k7: 240,
      kq: [0, 85, 96, 72],
      rp5: 6_000_000_000,
      rp6: 3_412_870_000,
      rp7: 1_200_000_000,
      rpq: [46_250_000, 384_920_000, 421_305_000, 318_640_000],
    },
  ];
  const data = rows.filter((x) => !x.section);
  const vals = new Map(data.map((x) => [x.id, e79Values(x)]));
  const p4 = vals.get("p4")!;
  const p3 = vals.get("p3")!;
  const plants: Record<string, Vals> = {
    p4: { rp12: p4.rp12 + 270_000_000 },
    p3: { k14: round(p3.k14 - 4) },
  };
  const written = (id: string, key: string) => plants[id]?.[key] ?? vals.get(id)![key];
  const avgK = sum(data.map((x) => written(x.id, "k14"))) / data.length;
  const avgRp = sum(data.map((x) => written(x.id, "rp14"))) / data.length;
  const bands = ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"];
  const wrongPredikat = bands[Math.min(bands.indexOf(predikat(avgK)) + 1, 4)];
  if (wrongPredikat === predikat(avgK)) throw new Error("E.79: the planted predikat must be wrong");

  const F = "Fisik";
  const R = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string[],
    kRole: Col["role"],
    rpRole: Col["role"],
    n: number | string,
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, F], role: kRole, year, num: n },
    { key: `rp${key}`, head: [...head, R], role: rpRole, year, num: n, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 26 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 22 },
    {
      key: "nama",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah/Perangkat Daerah/Program"],
      num: 4,
      width: 38,
    },
    { key: "ind", head: ["Indikator Kinerja Program (outcome)"], role: "indikator", num: 5, width: 36 },
    ...pair("5", ["Target RPJMD pada Akhir Periode RPJMD (2026)"], "target", "anggaran", 6),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja RPJMD s.d. RKPD TA 2023"],
      "realisasi",
      "realisasi-anggaran",
      7,
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran RKPD TA 2024 yang Dievaluasi"], "target", "anggaran", 8, 2024),
  ];
  ["I", "II", "III", "IV"].forEach((tw, i) => {
    const head = ["Realisasi Kinerja pada Triwulan", tw];
    cols.push(
      { key: `q${i + 1}k`, head: [...head, F], role: "realisasi", year: 2024, num: 9 + i },
      {
        key: `q${i + 1}rp`,
        head: [...head, R],
        role: "realisasi-anggaran",
        year: 2024,
        num: 9 + i,
        fmt: RP,
        width: 17,
      },
    );
  });
  cols.push(
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi (TA 2024)"],
      "realisasi",
      "realisasi-anggaran",
      "13 = 9+10+11+12",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran RPJMD s.d. TA 2024"],
      "realisasi",
      "realisasi-anggaran",
      "14 = 7 + 13",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s.d. TA 2024 (%)", F],
      role: "capaian",
      num: "15 = 14/6 x 100%",
      fmt: DEC,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s.d. TA 2024 (%)", R],
      role: "capaian",
      num: "15 = 14/6 x 100%",
      fmt: DEC,
    },
    { key: "pj", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", num: 16, width: 24 },
  );
  const first = data[0].id;
  const last = data[data.length - 1].id;
  const body: Row[] = rows.map((x) => {
    if (x.section) return { id: x.id, bold: true, cells: { kode: x.kode, nama: x.nama } };
    const v = { ...vals.get(x.id)!, ...(plants[x.id] ?? {}) };
    const kf = x.jenis === "level" || ![x.k5, x.k6, x.k7, ...x.kq!].every(Number.isInteger) ? DEC : INT;
    const cells: Record<string, Cell> = {
      no: x.no,
      sas: x.sas,
      kode: x.kode,
      nama: x.nama,
      ind: x.ind,
      pj: x.pj,
    };
    for (const [k, n] of Object.entries(v)) cells[k] = E79_K.includes(k) ? fmt(n, kf) : n;
    return { id: x.id, cells };
  });
  body.push(
    {
      id: "avg",
      span: ["no", "rp13"],
      bold: true,
      cells: (c) => ({
        no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
        k14: fx(`AVERAGE(${c.a("k14", first)}:${c.a("k14", last)})`),
        rp14: fx(`AVERAGE(${c.a("rp14", first)}:${c.a("rp14", last)})`),
      }),
    },
    {
      id: "pred",
      span: ["no", "rp13"],
      bold: true,
      cells: { no: "Predikat Kinerja", k14: wrongPredikat, rp14: predikat(avgRp) },
    },
  );
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body });
  s.gap();
  s.lines([
    "Faktor pendorong keberhasilan pencapaian: sinergi pendanaan APBD dan DAK.",
    "Faktor penghambat pencapaian kinerja: keterlambatan proses pengadaan pada triwulan I.",
    "Tindak lanjut yang diperlukan dalam triwulan berikutnya / RKPD berikutnya: percepatan lelang dini.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Batuwangi, 28 Februari 2025",
    jabatan: ["KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH", "KOTA BATUWANGI"],
    nama: "Dr. Rina Kartikasari, S.T., M.Sc.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750908 200012 2 002",
  });
  const S = t.sheet;
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "p4") },
    rules: ["sum-mismatch"],
    note: "column 13 Keuangan of Program Penyelenggaraan Jalan is 43,522,435,000; the four quarters add up to 43,252,435,000 (column 14 = 7 + 13 follows the quarters)",
    truth: [1, 2, 3, 4].map((q) => a(`q${q}rp`, "p4")).join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "p3") },
    rules: ["capaian-mismatch"],
    note: `column 15 Fisik of air minum perpipaan is ${round(p3.k14 - 4)}; 66.35 / 75 x 100 gives ${p3.k14}`,
    truth: `ROUND(${a("k13", "p3")}/${a("k5", "p3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `predikat "${wrongPredikat}" for an average capaian of ${round(avgK)}, which the Permendagri scale calls "${predikat(avgK)}"`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  e79Clean(b, t, data, new Set(["p4.rp12", "p4.rp13", "p4.rp14", "p3.k14"]));
  b.ok({
    sheet: S,
    cell: a("rp14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("rp14", "avg")})`,
  });
  return b.finish();
}

/** The identities of every E.79 program row: K for flows only, levels as traps. */
function e79Clean(b: BookW, t: Placed, rows: E79In[], skip: Set<string>): void {
  for (const x of rows) {
    const a = (k: string) => t.a(k, x.id);
    const sumQ = (u: "k" | "rp") => [1, 2, 3, 4].map((q) => a(`q${q}${u}`)).join("+");
    const add = (key: string, rules: string[], truth: string, trap?: string) => {
      if (skip.has(`${x.id}.${key}`)) return;
      b.ok({
        sheet: t.sheet,
        cell: a(key),
        rules,
        truth,
        trap,
        tol: /^rp1[23]$/.test(key) ? 0.5 : undefined,
      });
    };
    if (x.jenis === "flow") {
      add("k12", ["sum-mismatch"], sumQ("k"));
      add("k13", ["sum-mismatch"], `${a("k6")}+${a("k12")}`);
    } else {
      add("k12", ["sum-mismatch"], a("q4k"), sumQ("k"));
      add("k13", ["sum-mismatch"], a("k12"), `${a("k6")}+${a("k12")}`);
    }
    add("rp12", ["sum-mismatch"], sumQ("rp"));
    add("rp13", ["sum-mismatch"], `${a("rp6")}+${a("rp12")}`);
    add("k14", ["capaian-mismatch"], `ROUND(${a("k13")}/${a("k5")}*100,2)`);
    add("rp14", ["capaian-mismatch", "serapan-over-100"], `ROUND(${a("rp13")}/${a("rp5")}*100,2)`);
  }
}
