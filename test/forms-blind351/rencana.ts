// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Bappeda: Kabupaten Wai
// Lembar (Lampung) and Kota Tanah Merapi (Sulawesi Utara). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, type Col, type Row } from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number];
  q: number[];
  rp?: { r5: number; r6: number; r7: number; rq: number[] };
};

/** E.81 of Bappeda Kabupaten Wai Lembar, s.d. Triwulan IV 2024, Rp in thousands, no No column. */
export function e81Bappeda(): BookW {
  const b = new BookW(
    "e81-bappeda-wai-lembar-351.xlsx",
    "E.81 Evaluasi Renja (Bappeda)",
    "E.81 s.d. TW IV 2024, (dalam ribuan rupiah), Kode first (no No), three header rows with 'Realisasi Kinerja pada Triwulan' > I..IV > K/Rp, number row merged over pairs with '12 = 8+9+10+11', extra Tingkat capaian Renja, Rata-rata and Predikat footer",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAI LEMBAR",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "Jl. Raden Intan No. 14, Wai Lembar",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA BAPPEDA KABUPATEN WAI LEMBAR",
    "Periode pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const pair = (key: string, head: string[], num: string, role?: Col["role"], year?: number): Col[] => [
    { key: `k${key}`, head: [...head, "K"], num, role, year, fmt: DEC },
    {
      key: `r${key}`,
      head: [...head, "Rp"],
      num,
      role: role === "target" ? "anggaran" : role === "realisasi" ? "realisasi-anggaran" : role,
      year,
      fmt: RP,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], num: 2, role: "kode" },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      num: 4,
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    ...pair("5", ["Target Renstra PD pada Akhir Periode (2026)"], "5", "target", 2026),
    ...pair("6", ["Realisasi Capaian Renstra s.d. Renja Tahun Lalu (2023)"], "6", "realisasi", 2023),
    ...pair("7", ["Target Renja Tahun 2024"], "7", "target", 2024),
    ...pair("8", ["Realisasi Kinerja pada Triwulan", "I"], "8", "realisasi", 2024),
    ...pair("9", ["Realisasi Kinerja pada Triwulan", "II"], "9", "realisasi", 2024),
    ...pair("10", ["Realisasi Kinerja pada Triwulan", "III"], "10", "realisasi", 2024),
    ...pair("11", ["Realisasi Kinerja pada Triwulan", "IV"], "11", "realisasi", 2024),
    ...pair("12", ["Realisasi Capaian Renja 2024"], "12 = 8+9+10+11", "realisasi", 2024),
    ...pair("13", ["Realisasi Renstra s.d. 2024"], "13 = 6 + 12", "realisasi", 2024),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian"),
    ...pair("c", ["Tingkat Capaian Renja 2024 (%)"], "15 = 12/7 x 100", "capaian", 2024),
    { key: "pj", head: ["Unit Penanggung Jawab"], num: 16, role: "penanggung-jawab" },
  ];
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "5.01.02.2.01.0001",
      ur: "Penyusunan Dokumen RKPD dan Perubahan RKPD",
      ind: "Jumlah dokumen RKPD dan perubahan RKPD yang ditetapkan",
      sat: "dokumen",
      level: false,
      k: [10, 6, 2],
      q: [0, 0, 0, 1],
      rp: { r5: 2100000, r6: 1240000, r7: 450000, rq: [60000, 180000, 95000, 98500] },
    },
    {
      id: "s2",
      kode: "5.01.02.2.01.0002",
      ur: "Pengendalian dan Evaluasi Pelaksanaan RKPD",
      ind: "Jumlah laporan pengendalian dan evaluasi RKPD",
      sat: "laporan",
      level: false,
      k: [20, 12, 4],
      q: [1, 1, 1, 1],
      rp: { r5: 1500000, r6: 860000, r7: 320000, rq: [70000, 75500, 80000, 86250] },
    },
  ];
  const keg: Sub = {
    id: "keg",
    kode: "5.01.02.2.01",
    ur: "Penyusunan Perencanaan dan Pendanaan",
    ind: "Persentase dokumen perencanaan yang ditetapkan tepat waktu",
    sat: "%",
    level: true,
    k: [100, 90, 100],
    q: [0, 50, 50, 100],
  };
  const prog: Sub = {
    id: "prog",
    kode: "5.01.02",
    ur: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    ind: "Persentase konsistensi program RKPD dan APBD",
    sat: "%",
    level: true,
    k: [95, 88.5, 90],
    q: [85.2, 86.4, 88.1, 91.3],
  };
  const ks = ["5", "6", "7", "8", "9", "10", "11"];
  const row = (
    e: Sub,
    rpOf: (key: string, x: { a(k: string, id?: string): string }) => string | number,
    over: Record<string, number> = {},
  ): Row => ({
    id: e.id,
    bold: e.level,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.k[0],
        k6: e.k[1],
        k7: e.k[2],
        k8: e.q[0],
        k9: e.q[1],
        k10: e.q[2],
        k11: e.q[3],
        k12: e.level ? fx(`${x.a("k11")}`) : fx(`${x.a("k8")}+${x.a("k9")}+${x.a("k10")}+${x.a("k11")}`),
        r12: fx(`${x.a("r8")}+${x.a("r9")}+${x.a("r10")}+${x.a("r11")}`),
        k13: e.level ? fx(`${x.a("k12")}`) : fx(`${x.a("k6")}+${x.a("k12")}`),
        r13: fx(`${x.a("r6")}+${x.a("r12")}`),
        k14: fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`),
        r14: fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`),
        kc: fx(`ROUND(${x.a("k12")}/${x.a("k7")}*100,2)`),
        rc: fx(`ROUND(${x.a("r12")}/${x.a("r7")}*100,2)`),
        pj: "Bidang Perencanaan, Pengendalian dan Evaluasi",
      };
      for (const k of ks) {
        const v = rpOf(k, x);
        c[`r${k}`] = typeof v === "number" ? v : fx(v);
      }
      return { ...c, ...over };
    },
  });
  const subRp = (e: Sub) => (k: string) => {
    const r = e.rp!;
    return k === "5" ? r.r5 : k === "6" ? r.r6 : k === "7" ? r.r7 : r.rq[Number(k) - 8];
  };
  // the planted hardcoded Rp 13 of sub kegiatan 0002
  const r13s2 = 860000 + 70000 + 75500 + 80000 + 86250 + 45000;
  const rows: Row[] = [
    row(prog, (k, x) => x.a(`r${k}`, "keg")),
    row(keg, (k, x) => `SUM(${x.a(`r${k}`, "s1")}:${x.a(`r${k}`, "s2")})`),
    row(subs[0], subRp(subs[0])),
    row(subs[1], subRp(subs[1]), { r13: r13s2 }),
    {
      id: "avg",
      bold: true,
      span: ["kode", "sat"],
      cells: (x) => ({
        kode: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
        kc: fx(`ROUND(AVERAGE(${x.a("kc", "prog")}:${x.a("kc", "s2")}),2)`),
        rc: fx(`ROUND(AVERAGE(${x.a("rc", "prog")}:${x.a("rc", "s2")}),2)`),
      }),
    },
    { id: "pred", bold: true, span: ["kode", "sat"], cells: { kode: "Predikat kinerja", kc: "", rc: "" } },
  ];
  // capaian K per row: prog 91.3/90, keg 100/100, s1 1/2, s2 4/4
  const avgK = round((round((91.3 / 90) * 100) + 100 + 50 + 100) / 4);
  const rq = (e: Sub) => e.rp!.rq.reduce((a, v) => a + v, 0);
  const rcs = [
    round(((rq(subs[0]) + rq(subs[1])) / (450000 + 320000)) * 100),
    round(((rq(subs[0]) + rq(subs[1])) / (450000 + 320000)) * 100),
    round((rq(subs[0]) / 450000) * 100),
    round((rq(subs[1]) / 320000) * 100),
  ];
  const avgR = round(rcs.reduce((a, v) => a + v, 0) / 4);
  rows[5].cells = { kode: "Predikat kinerja", kc: "Sangat Tinggi", rc: predikat(avgR) };
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Faktor pendorong: koordinasi lintas OPD melalui forum SIPD.",
    "Faktor penghambat: keterlambatan data realisasi dari OPD.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Wai Lembar, 20 Januari 2025",
    jabatan: ["KEPALA BAPPEDA KABUPATEN WAI LEMBAR"],
    nama: "Ir. RUSDI HARTAWAN, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720414 199803 1 006",
  });
  b.plant({
    at: { sheet: S, cell: t.a("r13", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp (13) of sub kegiatan 0002 typed 1,216,750; (6) 860,000 + (12) 311,750 = 1,171,750",
    truth: `${t.a("r6", "s2")}+${t.a("r12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("kc", "pred") },
    rules: ["predikat-mismatch"],
    note: `"Sangat Tinggi" for an average K capaian of ${avgK} (Tinggi)`,
    truth: `PREDIKAT(${t.a("kc", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: t.a("k11", "prog"),
    trap: `${t.a("k8", "prog")}+${t.a("k9", "prog")}+${t.a("k10", "prog")}+${t.a("k11", "prog")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("k13", "keg"),
    rules: ["sum-mismatch"],
    truth: t.a("k12", "keg"),
    trap: `${t.a("k6", "keg")}+${t.a("k12", "keg")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("rc", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${t.a("rc", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  level: boolean;
  p?: number[];
};

/** T-C.27 of Bappeda Kota Tanah Merapi, Renstra 2025-2029, full rupiah, Tahun ke-1..5 > Target / Rp. */
export function tc27Bappeda(): BookW {
  const b = new BookW(
    "tc27-bappeda-tanah-merapi-351.xlsx",
    "T-C.27 Renstra pendanaan (Bappeda)",
    "T-C.27 Renstra 2025-2029, 'Tahun ke-1..5' > Target / Rp with the years only in the title, number row 1..19 per column, kondisi akhir Target / Rp, Unit and Lokasi",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel 6.1",
      "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
      "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kota Tanah Merapi",
      "Renstra Tahun 2025-2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], num: 1, role: "kode" },
    { key: "ur", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      num: 3,
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], num: 4, role: "satuan" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      num: 5,
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
  ];
  for (let i = 1; i <= 5; i++)
    cols.push(
      {
        key: `t${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i}`, "Target"],
        num: 4 + 2 * i,
        role: "target",
        year: 2024 + i,
        fmt: DEC,
      },
      {
        key: `p${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i}`, "Rp"],
        num: 5 + 2 * i,
        role: "anggaran",
        year: 2024 + i,
        fmt: RP,
      },
    );
  cols.push(
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      num: 16,
      role: "kondisi-akhir",
      fmt: DEC,
    },
    {
      key: "pa",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      num: 17,
      role: "kondisi-akhir",
      fmt: RP,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], num: 18, role: "penanggung-jawab" },
    { key: "lok", head: ["Lokasi"], num: 19, role: "lokasi" },
  );
  const ps: P[] = [
    {
      id: "prog",
      kode: "5.01.02",
      ur: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
      ind: "Persentase program RPJMD yang diakomodir dalam RKPD",
      sat: "%",
      awal: 86,
      t: [88, 90, 92, 94, 96],
      level: true,
    },
    {
      id: "k1",
      kode: "5.01.02.2.01",
      ur: "Penyusunan Perencanaan dan Pendanaan",
      ind: "Jumlah dokumen perencanaan daerah yang ditetapkan",
      sat: "dokumen",
      awal: 3,
      t: [3, 2, 2, 2, 3],
      level: false,
    },
    {
      id: "s1",
      kode: "5.01.02.2.01.0001",
      ur: "Analisis Data dan Informasi Perencanaan Pembangunan Daerah",
      ind: "Jumlah dokumen hasil analisis data makro (IPM, kemiskinan, TPT, PDRB)",
      sat: "dokumen",
      awal: 2,
      t: [2, 2, 2, 2, 2],
      level: false,
      p: [412500000, 445000000, 470250000, 495000000, 520800000],
    },
    {
      id: "s2",
      kode: "5.01.02.2.01.0002",
      ur: "Penyusunan Dokumen Perencanaan Pembangunan Daerah",
      ind: "Jumlah dokumen RKPD",
      sat: "dokumen",
      awal: 1,
      t: [1, 1, 1, 1, 1],
      level: false,
      p: [1150000000, 1210500000, 1275000000, 1340000000, 1405750000],
    },
    {
      id: "k2",
      kode: "5.01.02.2.02",
      ur: "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah",
      ind: "Persentase rekomendasi hasil pengendalian yang ditindaklanjuti OPD",
      sat: "%",
      awal: 68,
      t: [70, 75, 80, 85, 90],
      level: true,
    },
    {
      id: "s3",
      kode: "5.01.02.2.02.0001",
      ur: "Pengendalian dan Evaluasi Pelaksanaan RKPD",
      ind: "Jumlah laporan pengendalian dan evaluasi RKPD",
      sat: "laporan",
      awal: 4,
      t: [4, 4, 4, 4, 4],
      level: false,
      p: [685000000, 720000000, 756400000, 794000000, 833700000],
    },
  ];
  const rows: Row[] = ps.map((e) => ({
    id: e.id,
    bold: !e.p,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
      };
      for (let i = 1; i <= 5; i++) {
        c[`t${i}`] = e.t[i - 1];
        const p = `p${i}`;
        c[p] = e.p
          ? e.p[i - 1]
          : e.id === "prog"
            ? fx(`${x.a(p, "k1")}+${x.a(p, "k2")}`)
            : e.id === "k1"
              ? fx(`SUM(${x.a(p, "s1")}:${x.a(p, "s2")})`)
              : fx(x.a(p, "s3"));
      }
      c.ka = e.level ? fx(x.a("t5")) : fx([1, 2, 3, 4, 5].map((i) => x.a(`t${i}`)).join("+"));
      c.pa = fx([1, 2, 3, 4, 5].map((i) => x.a(`p${i}`)).join("+"));
      c.unit = "Bidang Pengendalian, Evaluasi dan Pelaporan";
      c.lok = "Kota Tanah Merapi";
      if (e.id === "k2") {
        c.p4 = 749000000;
        c.ka = 400;
      }
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  signature(s, 15, {
    tempat: "Tanah Merapi, 3 Maret 2025",
    jabatan: ["KEPALA BAPPELITBANGDA", "KOTA TANAH MERAPI"],
    nama: "Dr. MARIANA S. WOLAJAN, SE, M.Si",
    nip: "19750822 200003 2 004",
  });
  b.plant({
    at: { sheet: S, cell: t.a("p4", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "kegiatan 5.01.02.2.02 Tahun ke-4 Rp typed 749,000,000; its sub kegiatan has 794,000,000",
    truth: t.a("p4", "s3"),
  });
  b.plant({
    at: { sheet: S, cell: t.a("ka", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of a % indicator typed 400 (the sum of the five targets); Tahun ke-5 is 90",
    truth: t.a("t5", "k2"),
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("t5", "prog"),
    trap: [1, 2, 3, 4, 5].map((i) => t.a(`t${i}`, "prog")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [1, 2, 3, 4, 5].map((i) => t.a(`t${i}`, "k1")).join("+"),
    trap: t.a("t5", "k1"),
  });
  b.ok({
    sheet: S,
    cell: t.a("pa", "prog"),
    rules: ["sum-mismatch"],
    truth: [1, 2, 3, 4, 5].map((i) => t.a(`p${i}`, "prog")).join("+"),
  });
  return b.finish();
}
