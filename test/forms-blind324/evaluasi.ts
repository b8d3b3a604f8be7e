// E.81 and T-C.27 of two invented Dinas Kesehatan offices, bidang kesehatan ibu dan anak (AKI, AKB,
// persalinan di faskes, K6, KN lengkap). Every name and number is invented.
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

type E = {
  id: string;
  no: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the Dinas Kesehatan Kabupaten Lembah Sawang (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Kia(): BookW {
  const b = new BookW(
    "e81-dinkes-kia-lembah-sawang-324.xlsx",
    "E.81 Evaluasi Renja (Dinkes KIA)",
    "E.81 s.d. TW IV 2024 with (n-1)/(n-2) ordinal headers, merged K/Rp pairs, number row merged over pairs, two level rows and three flow rows, rata-rata and predikat footer",
  );
  const S = "Form E.81";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SAWANG",
    "DINAS KESEHATAN",
    "Jl. Prof. Hamka No. 14, Nagari Koto Sawang",
  ]);
  s.lines([
    "Evaluasi Terhadap Hasil Renja Dinas Kesehatan Kabupaten Lembah Sawang",
    "Renstra PD Tahun 2021-2026, Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const lv = (
    id: string,
    no: string,
    kode: string,
    ur: string,
    ind: string,
    k: number[],
    q: number[],
  ): E => ({
    id,
    no,
    kode,
    ur,
    ind,
    sat: "%",
    level: true,
    k5: k[0],
    k6: k[1],
    k7: k[2],
    q,
    r5: 0,
    r6: 0,
    r7: 0,
    rq: [0, 0, 0, 0],
  });
  const subs: E[] = [
    {
      id: "s1",
      no: "",
      kode: "1.02.02.2.02.0001",
      ur: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar (K6)",
      sat: "orang",
      level: false,
      k5: 24_500,
      k6: 14_320,
      k7: 4_950,
      q: [1_180, 1_235, 1_260, 1_210],
      r5: 6_250_000_000,
      r6: 3_612_400_000,
      r7: 1_285_000_000,
      rq: [198_450_000, 312_870_000, 355_210_000, 379_640_000],
    },
    {
      id: "s2",
      no: "",
      kode: "1.02.02.2.02.0002",
      ur: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
      ind: "Jumlah ibu bersalin yang mendapatkan pelayanan persalinan sesuai standar",
      sat: "orang",
      level: false,
      k5: 23_800,
      k6: 13_950,
      k7: 4_800,
      q: [1_150, 1_190, 1_225, 1_170],
      r5: 4_980_000_000,
      r6: 2_870_150_000,
      r7: 1_034_500_000,
      rq: [162_300_000, 248_915_000, 276_480_000, 301_205_000],
    },
    {
      id: "s3",
      no: "",
      kode: "1.02.02.2.02.0003",
      ur: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
      ind: "Jumlah bayi baru lahir yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "bayi",
      level: false,
      k5: 23_400,
      k6: 13_700,
      k7: 4_720,
      q: [1_128, 1_175, 1_204, 1_161],
      r5: 3_420_000_000,
      r6: 1_986_700_000,
      r7: 712_000_000,
      rq: [101_250_000, 174_630_000, 189_905_000, 205_115_000],
    },
  ];
  const rpOf = (e: E) => ({ r5: e.r5, r6: e.r6, r7: e.r7, rq: e.rq });
  const tot = (xs: E[]) => ({
    r5: sum(xs.map((x) => x.r5)),
    r6: sum(xs.map((x) => x.r6)),
    r7: sum(xs.map((x) => x.r7)),
    rq: [0, 1, 2, 3].map((i) => sum(xs.map((x) => x.rq[i]))),
  });
  const keg = {
    ...lv(
      "keg",
      "",
      "1.02.02.2.02",
      "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      "Cakupan kunjungan neonatal lengkap (KN lengkap)",
      [92, 81.6, 88],
      [79.4, 82.8, 85.1, 86.9],
    ),
    ...tot(subs),
  };
  const prog = {
    ...lv(
      "prog",
      "1",
      "1.02.02",
      "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      "Persentase persalinan di fasilitas pelayanan kesehatan",
      [95, 88.4, 92],
      [86.1, 88.7, 90.2, 91.5],
    ),
    ...rpOf(keg),
  };
  const all: E[] = [prog, keg, ...subs];

  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
  ];
  const pair = (
    key: string,
    g: string,
    num: number,
    k: Col["role"],
    rp: Col["role"],
    year?: number,
    sub?: string,
  ) => {
    const p = sub ? [g, sub] : [g];
    cols.push({ key: `${key}k`, head: [...p, "K"], role: k, year, num, fmt: DEC });
    cols.push({ key: `${key}r`, head: [...p, "Rp"], role: rp, year, num, fmt: RP, width: 16 });
  };
  pair("c5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", 5, "target", "anggaran");
  pair(
    "c6",
    "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
    6,
    "realisasi",
    "realisasi-anggaran",
    2023,
  );
  pair(
    "c7",
    "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
    7,
    "target",
    "anggaran",
    2024,
  );
  ["I", "II", "III", "IV"].forEach((tw, i) =>
    pair(`q${i}`, "Realisasi Kinerja pada Triwulan", 8 + i, "realisasi", "realisasi-anggaran", 2024, tw),
  );
  pair(
    "c12",
    "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
    12,
    "realisasi",
    "realisasi-anggaran",
    2024,
  );
  pair(
    "c13",
    "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
    13,
    "realisasi",
    "realisasi-anggaran",
    2024,
  );
  pair(
    "c14",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
    14,
    "capaian",
    "capaian",
  );
  cols.push({ key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 20 });

  const PLANT_S2_12RP = subs[1].rq[0] + subs[1].rq[1] + subs[1].rq[3]; // TW III left out
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const rows: Row[] = all.map((e) => {
    const r12 = sum(e.rq);
    const r13 = e.r6 + r12;
    const cells: Record<string, number | string> = {
      no: e.no,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      c5k: e.k5,
      c5r: e.r5,
      c6k: e.k6,
      c6r: e.r6,
      c7k: e.k7,
      c7r: e.r7,
      c12k: k12(e),
      c12r: e.id === "s2" ? PLANT_S2_12RP : r12,
      c13k: k13(e),
      c13r: r13,
      c14k: round((k13(e) / e.k5) * 100),
      c14r: round((r13 / e.r5) * 100),
      pj: e.level ? "Bidang Kesmas" : "Seksi Kesga dan Gizi",
    };
    e.q.forEach((v, i) => {
      cells[`q${i}k`] = v;
      cells[`q${i}r`] = e.rq[i];
    });
    return { id: e.id, cells, bold: e.level };
  });
  const avgK = round(sum(all.map((e) => round((k13(e) / e.k5) * 100))) / all.length);
  const avgR = round(sum(all.map((e) => round(((e.r6 + sum(e.rq)) / e.r5) * 100))) / all.length);
  rows.push({
    id: "avg",
    span: ["no", "sat"],
    cells: (x) => ({
      no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
      c14k: fx(`ROUND(AVERAGE(${x.c("c14k")}${x.row("prog")}:${x.c("c14k")}${x.row("s3")}),2)`),
      c14r: fx(`ROUND(AVERAGE(${x.c("c14r")}${x.row("prog")}:${x.c("c14r")}${x.row("s3")}),2)`),
    }),
  });
  const wrongR = predikat(avgR) === "Tinggi" ? "Sangat Tinggi" : "Tinggi";
  rows.push({
    id: "pred",
    span: ["no", "sat"],
    cells: { no: "Predikat Kinerja", c14k: predikat(avgK), c14r: wrongR },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines(["Faktor pendorong: pendampingan ibu hamil oleh bidan desa dan kader posyandu."]);
  s.gap();
  signature(s, 20, {
    tempat: "Koto Sawang, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN LEMBAH SAWANG"],
    nama: "dr. Yuliarni Sutan Marajo, M.Kes",
    pangkat: "Pembina Utama Muda",
    nip: "19720814 200212 2 005",
  });

  const qs = (key: string, id: string) => [0, 1, 2, 3].map((i) => t.a(`q${i}${key}`, id));
  b.plant({
    at: { sheet: S, cell: t.a("c12r", "s2") },
    rules: ["sum-mismatch"],
    truth: `=${qs("r", "s2").join("+")}`,
    note: "kolom 12 Rp of Ibu Bersalin is 712,420,000: Triwulan III (276,480,000) left out; the quarters give 988,900,000",
  });
  b.plant({
    at: { sheet: S, cell: t.a("c14r", "pred") },
    rules: ["predikat-mismatch"],
    truth: `=PREDIKAT(${t.a("c14r", "avg")})`,
    note: `predikat "${wrongR}" for an average Rp capaian of ${avgR} (${predikat(avgR)})`,
  });
  // traps: level rows keep the Triwulan IV level, not the sum; s.d. K is the latest level
  for (const id of ["prog", "keg"]) {
    b.ok({
      sheet: S,
      cell: t.a("c12k", id),
      rules: ["sum-mismatch"],
      truth: `=${t.a("q3k", id)}`,
      trap: `=${qs("k", id).join("+")}`,
    });
    b.ok({
      sheet: S,
      cell: t.a("c13k", id),
      rules: ["sum-mismatch"],
      truth: `=${t.a("c12k", id)}`,
      trap: `=${t.a("c6k", id)}+${t.a("c12k", id)}`,
    });
    b.ok({
      sheet: S,
      cell: t.a("c14k", id),
      rules: ["capaian-mismatch"],
      truth: `=ROUND(${t.a("c13k", id)}/${t.a("c5k", id)}*100,2)`,
    });
  }
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: t.a("c12k", id), rules: ["sum-mismatch"], truth: `=${qs("k", id).join("+")}` });
    b.ok({ sheet: S, cell: t.a("c12r", id), rules: ["sum-mismatch"], truth: `=${qs("r", id).join("+")}` });
    b.ok({
      sheet: S,
      cell: t.a("c13r", id),
      rules: ["sum-mismatch"],
      truth: `=${t.a("c6r", id)}+${t.a("c12r", id)}`,
    });
    b.ok({
      sheet: S,
      cell: t.a("c14r", id),
      rules: ["capaian-mismatch"],
      truth: `=ROUND(${t.a("c13r", id)}/${t.a("c5r", id)}*100,2)`,
    });
  }
  b.ok({ sheet: S, cell: t.a("c12k", "s2"), rules: ["sum-mismatch"], truth: `=${qs("k", "s2").join("+")}` });
  b.ok({
    sheet: S,
    cell: t.a("c13k", "s2"),
    rules: ["sum-mismatch"],
    truth: `=${t.a("c6k", "s2")}+${t.a("c12k", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c7r", "keg"),
    rules: ["sum-mismatch"],
    truth: `=SUM(${t.a("c7r", "s1")}:${t.a("c7r", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c14k", "pred"),
    rules: ["predikat-mismatch"],
    truth: `=PREDIKAT(${t.a("c14k", "avg")})`,
  });
  return b.finish();
}

type T = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  flow: boolean;
  rp?: number[];
};

/** T-C.27 of the Dinas Kesehatan Kota Teluk Raniai (Sulawesi Tengah), Renstra 2025-2029, Rp 000. */
export function tc27Kia(): BookW {
  const b = new BookW(
    "tc27-renstra-dinkes-kia-teluk-raniai-324.xlsx",
    "T-C.27 Renstra (Dinkes KIA)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)', 'Tahun ke-1..5' > Target / Rp written once (unmerged), no number row, SUM formulas for kegiatan and program Rp, kondisi akhir Target / Rp",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Kesehatan Kota Teluk Raniai",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows0: T[] = [
    {
      id: "prog",
      kode: "1.02.02",
      ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Angka Kematian Ibu (per 100.000 kelahiran hidup)",
      sat: "per 100.000 KH",
      awal: 118,
      k: [112, 106, 100, 95, 90],
      flow: false,
    },
    {
      id: "kegA",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase persalinan di fasilitas pelayanan kesehatan",
      sat: "%",
      awal: 91.2,
      k: [92.5, 93.5, 94.5, 95.5, 96.5],
      flow: false,
    },
    {
      id: "a1",
      kode: "1.02.02.2.02.0001",
      ur: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Cakupan pelayanan ibu hamil K6",
      sat: "%",
      awal: 74.6,
      k: [78, 81, 84, 87, 90],
      flow: false,
      rp: [1_245_600, 1_310_000, 1_372_500, 1_441_200, 1_515_800],
    },
    {
      id: "a2",
      kode: "1.02.02.2.02.0002",
      ur: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
      ind: "Jumlah dokumen audit maternal perinatal (AMP) yang disusun",
      sat: "dokumen",
      awal: 10,
      k: [12, 12, 14, 14, 16],
      flow: true,
      rp: [186_400, 195_700, 214_300, 225_000, 246_900],
    },
    {
      id: "a3",
      kode: "1.02.02.2.02.0003",
      ur: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
      ind: "Cakupan kunjungan neonatal lengkap (KN lengkap)",
      sat: "%",
      awal: 85.3,
      k: [88, 90, 92, 93, 95],
      flow: false,
      rp: [884_250, 928_400, 975_000, 1_023_600, 1_074_800],
    },
    {
      id: "kegB",
      kode: "1.02.02.2.01",
      ur: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah puskesmas PONED yang memenuhi standar sarana",
      sat: "puskesmas",
      awal: 3,
      k: [4, 5, 6, 7, 8],
      flow: false,
    },
    {
      id: "b1",
      kode: "1.02.02.2.01.0014",
      ur: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah paket alat kesehatan PONED yang disediakan",
      sat: "paket",
      awal: 2,
      k: [2, 2, 3, 3, 2],
      flow: true,
      rp: [2_450_000, 1_980_500, 2_760_000, 2_315_750, 1_890_000],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode" },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
  ];
  for (const y of Y) {
    cols.push({ key: `k${y}`, head: [`Tahun ke-${y}`, "Target"], role: "target", year: 2024 + y, fmt: DEC });
    cols.push({
      key: `r${y}`,
      head: [`Tahun ke-${y}`, "Rp"],
      role: "anggaran",
      year: 2024 + y,
      fmt: RP,
      width: 14,
    });
  }
  cols.push({
    key: "ka",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
    role: "kondisi-akhir",
    fmt: DEC,
  });
  cols.push({
    key: "kr",
    head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
    role: "kondisi-akhir",
    fmt: RP,
    width: 14,
  });
  cols.push({ key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab" });
  cols.push({ key: "lok", head: ["Lokasi"], role: "lokasi" });
  const kids: Record<string, string[]> = { prog: ["kegA", "kegB"], kegA: ["a1", "a3"], kegB: ["b1"] };
  const PLANT_KEGA_R3 = 2_516_800; // typed; a1 + a2 + a3 = 2,561,800
  const rows: Row[] = rows0.map((e) => ({
    id: e.id,
    bold: !e.rp,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        ka: e.flow ? sum(e.k) : e.k[4],
        kr: fx(`SUM(${Y.map((y) => x.a(`r${y}`)).join(",")})`),
        pj: "Bidang Kesehatan Masyarakat",
        lok: "Kota Teluk Raniai",
      };
      for (const y of Y) {
        c[`k${y}`] = e.k[y - 1];
        const col = x.c(`r${y}`);
        if (e.rp) c[`r${y}`] = e.rp[y - 1];
        else if (e.id === "kegA")
          c[`r${y}`] = y === 3 ? PLANT_KEGA_R3 : fx(`SUM(${col}${x.row("a1")}:${col}${x.row("a3")})`);
        else c[`r${y}`] = fx(kids[e.id].map((k) => `${col}${x.row(k)}`).join("+"));
      }
      if (e.id === "a3") c.ka = e.k[3]; // planted: Tahun ke-4 target
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, groups: "first", rows });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir AKI dan cakupan (%) = target tahun ke-5; dokumen dan paket = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Teluk Raniai, 3 Maret 2025",
    jabatan: ["Kepala Dinas Kesehatan Kota Teluk Raniai"],
    nama: "dr. Hasan Lamasitudju, MPH",
    nip: "19750309 200501 1 011",
  });
  b.plant({
    at: { sheet: S, cell: t.a("ka", "a3") },
    rules: ["kondisi-akhir-mismatch"],
    truth: `=${t.a("k5", "a3")}`,
    note: "kondisi akhir of cakupan KN lengkap (a %) is 93, the Tahun ke-4 target; Tahun ke-5 is 95",
  });
  b.plant({
    at: { sheet: S, cell: t.a("r3", "kegA") },
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `=SUM(${t.a("r3", "a1")}:${t.a("r3", "a3")})`,
    note: "kegiatan 1.02.02.2.02 Tahun ke-3 Rp typed 2,516,800 among SUM formulas; its sub kegiatan add up to 2,561,800",
  });
  const last = (id: string) => `=${t.a("k5", id)}`;
  const tot = (id: string) => `=${Y.map((y) => t.a(`k${y}`, id)).join("+")}`;
  for (const id of ["prog", "kegA", "a1", "kegB"])
    b.ok({
      sheet: S,
      cell: t.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: last(id),
      trap: tot(id),
    });
  for (const id of ["a2", "b1"])
    b.ok({
      sheet: S,
      cell: t.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tot(id),
      trap: last(id),
    });
  for (const id of ["a1", "a2", "a3", "b1"])
    b.ok({
      sheet: S,
      cell: t.a("kr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: `=${Y.map((y) => t.a(`r${y}`, id)).join("+")}`,
    });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: t.a(`r${y}`, "kegA"),
      rules: ["sum-mismatch"],
      truth: `=${["a1", "a2", "a3"].map((k) => t.a(`r${y}`, k)).join("+")}`,
    });
  b.ok({
    sheet: S,
    cell: t.a("r2", "prog"),
    rules: ["sum-mismatch"],
    truth: `=${t.a("r2", "kegA")}+${t.a("r2", "kegB")}`,
  });
  return b.finish();
}
