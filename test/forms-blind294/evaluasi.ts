// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Kependudukan dan
// Pencatatan Sipil: jemput bola, akta kelahiran anak, KIA and perekaman KTP-el pemula. Invented.
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

/** E.81 of the Disdukcapil Kabupaten Muara Lintang (Jambi), s.d. Triwulan IV 2024, calendar years. */
export function e81Dukcapil(): BookW {
  const b = new BookW(
    "e81-renja-disdukcapil-muara-lintang-2024.xlsx",
    "E.81 Evaluasi Renja (Disdukcapil)",
    "E.81 2024, Renstra 2021-2026; calendar years in the header; Kinerja | Anggaran pairs; an extra 'Capaian Renja (%)' column; no Satuan column; a % level program row over count rows; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUARA LINTANG",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Lintas Timur Km. 7 Muara Lintang, Provinsi Jambi",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Periode pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "prog",
      kode: "2.12.02",
      ur: "PROGRAM PENDAFTARAN PENDUDUK",
      ind: "Persentase penduduk wajib KTP-el yang telah melakukan perekaman (%)",
      level: true,
      sat: "%",
      k5: 99.5,
      k6: 97.2,
      k7: 98.6,
      q: [97.5, 97.9, 98.3, 98.8],
      r5: 0,
      r6: 0,
      r7: 0,
      rq: [0, 0, 0, 0],
    },
    {
      id: "keg",
      kode: "2.12.02.2.01",
      ur: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah dokumen hasil pelayanan pendaftaran penduduk (dokumen)",
      level: false,
      sat: "dokumen",
      k5: 310_000,
      k6: 241_350,
      k7: 58_000,
      q: [13_420, 14_875, 15_230, 15_960],
      r5: 0,
      r6: 0,
      r7: 0,
      rq: [0, 0, 0, 0],
    },
    {
      id: "s1",
      kode: "2.12.02.2.01.0001",
      ur: "Perekaman KTP-el Pemula secara Jemput Bola di Sekolah",
      ind: "Jumlah penduduk wajib KTP-el pemula yang direkam (orang)",
      level: false,
      sat: "orang",
      k5: 42_000,
      k6: 31_840,
      k7: 8_400,
      q: [1_915, 2_380, 2_105, 2_260],
      r5: 3_150_000_000,
      r6: 2_287_450_000,
      r7: 640_000_000,
      rq: [118_250_000, 164_900_000, 152_375_000, 189_610_000],
    },
    {
      id: "s2",
      kode: "2.12.02.2.01.0002",
      ur: "Pelayanan Adminduk Keliling di Desa dan Panti",
      ind: "Jumlah desa yang dilayani jemput bola (desa)",
      level: false,
      sat: "desa",
      k5: 600,
      k6: 452,
      k7: 120,
      q: [24, 31, 33, 29],
      r5: 5_480_000_000,
      r6: 4_012_700_000,
      r7: 1_120_000_000,
      rq: [196_400_000, 287_150_000, 301_880_000, 298_270_000],
    },
  ];
  const subs = rows.slice(2);
  for (const id of ["prog", "keg"]) {
    const e = rows.find((x) => x.id === id)!;
    e.r5 = sum(subs.map((x) => x.r5));
    e.r6 = sum(subs.map((x) => x.r6));
    e.r7 = sum(subs.map((x) => x.r7));
    e.rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  }
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Anggaran (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    ...pair("5", "Target Renstra PD Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Renstra s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    {
      key: "cr",
      head: ["Capaian Renja 2024 (%)"],
      role: "capaian",
      year: 2024,
      num: "12/7 x 100",
      fmt: DEC,
      width: 10,
    },
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted 1: s2's (12) Rp typed 1,038,700,000; its quarters give 1,083,700,000
  // planted 2: s1's (13) Rp typed 2,921,585,000; 6 + 12 = 2,287,450,000 + 625,135,000 = 2,912,585,000
  const R12S2 = 1_038_700_000;
  const R13S1 = 2_921_585_000;
  const body: Row[] = rows.map((e, i) => {
    const r12v = e.id === "s2" ? R12S2 : r12(e);
    const r13v = e.id === "s1" ? R13S1 : e.r6 + r12(e);
    return {
      id: e.id,
      cells: {
        no: i + 1,
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        k5: e.k5,
        r5: e.r5,
        k6: e.k6,
        r6: e.r6,
        k7: e.k7,
        r7: e.r7,
        k8: e.q[0],
        r8: e.rq[0],
        k9: e.q[1],
        r9: e.rq[1],
        k10: e.q[2],
        r10: e.rq[2],
        k11: e.q[3],
        r11: e.rq[3],
        k12: k12(e),
        r12: r12v,
        cr: round((k12(e) / e.k7) * 100),
        k13: k13(e),
        r13: r13v,
        k14: round((k13(e) / e.k5) * 100),
        r14: round(((e.r6 + r12(e)) / e.r5) * 100),
        pj: e.level ? "Kepala Dinas" : "Bidang Pelayanan Pendaftaran Penduduk",
      },
    };
  });
  const k14s = rows.map((e) => round((k13(e) / e.k5) * 100));
  const r14s = rows.map((e) => round(((e.r6 + r12(e)) / e.r5) * 100));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: {
          no: "Predikat kinerja",
          k14: predikat(round(sum(k14s) / 4)),
          r14: predikat(round(sum(r14s) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines(["Faktor pendorong: jemput bola ke SMA/SMK dan pondok pesantren bersama Dinas Pendidikan."]);
  s.gap();
  signature(s, 22, {
    tempat: "Muara Lintang, 14 Januari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN", "DAN PENCATATAN SIPIL"],
    nama: "HENDRI SAPUTRA RANGKUTI, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790318 199912 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Anggaran of sub kegiatan 2.12.02.2.01.0002 is 1,038,700,000; the quarters add up to 1,083,700,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 Anggaran of sub kegiatan 2.12.02.2.01.0001 is 2,921,585,000; 6 + 12 = 2,287,450,000 + 625,135,000 = 2,912,585,000",
    truth: `${a("r6", "s1")}+${a("r12", "s1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("cr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Disdukcapil Kota Sengkala Baru (Nusa Tenggara Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Dukcapil(): BookW {
  const b = new BookW(
    "tc27-renstra-disdukcapil-sengkala-baru.xlsx",
    "T-C.27 Rencana program dan pendanaan (Disdukcapil)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tahun ke-1..5 over Target | Rp; three header rows with the number row; kegiatan and program Rp as SUM formulas; kondisi akhir Rp = sum of the years; Lokasi column; a % level and a count flow",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SENGKALA BARU", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines(["Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Renstra 2025-2029", "(Rp 000)"]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "2.12.03",
      ur: "PROGRAM PENCATATAN SIPIL",
      ind: "Cakupan kepemilikan akta kelahiran anak usia 0-18 tahun",
      sat: "%",
      level: true,
      awal: 93.1,
      k: [94, 95, 96, 97, 98],
    },
    {
      id: "g",
      kode: "2.12.03.2.01",
      ur: "Pelayanan Pencatatan Sipil",
      ind: "Jumlah akta pencatatan sipil yang diterbitkan",
      sat: "akta",
      level: false,
      awal: 21_400,
      k: [22_000, 22_500, 23_000, 23_500, 24_000],
    },
    {
      id: "s1",
      kode: "2.12.03.2.01.0001",
      ur: "Pencatatan Kelahiran secara Jemput Bola di Fasilitas Kesehatan",
      ind: "Jumlah akta kelahiran anak yang diterbitkan",
      sat: "akta",
      level: false,
      awal: 8_950,
      k: [9_200, 9_400, 9_600, 9_800, 10_000],
      rp: [684_200, 712_500, 741_900, 772_300, 804_100],
    },
    {
      id: "s2",
      kode: "2.12.03.2.01.0002",
      ur: "Penerbitan Kartu Identitas Anak (KIA) di Sekolah dan Posyandu",
      ind: "Cakupan kepemilikan KIA anak usia 0-<17 tahun",
      sat: "%",
      level: true,
      awal: 41.5,
      k: [48, 55, 62, 68, 75],
      rp: [356_000, 371_400, 389_800, 405_600, 421_900],
    },
    {
      id: "s3",
      kode: "2.12.02.2.01.0003",
      ur: "Pencatatan Perkawinan dan Perceraian Keliling",
      ind: "Jumlah kecamatan yang dilayani sidang keliling",
      sat: "kecamatan",
      level: false,
      awal: 4,
      k: [5, 5, 6, 6, 6],
      rp: [128_500, 133_200, 139_000, 144_800, 150_300],
    },
  ];
  const T = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const yk = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...yk.flatMap((i): Col[] => [
      {
        key: `k${i}`,
        head: [T, `Tahun ke-${i}`, "Target"],
        role: "target",
        year: 2024 + i,
        num: 5 + i * 2 - 1,
        fmt: DEC,
      },
      {
        key: `r${i}`,
        head: [T, `Tahun ke-${i}`, "Rp"],
        role: "anggaran",
        year: 2024 + i,
        num: 5 + i * 2,
        fmt: RP,
      },
    ]),
    { key: "ka", head: [A, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "ra", head: [A, "Rp"], role: "kondisi-akhir", num: 17, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const RA_S2 = 1_962_700; // planted: the five years give 1,944,700
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        ka: e.level ? e.k[4] : sum(e.k),
        pj: "Bidang Pencatatan Sipil",
        lok: "Kota Sengkala Baru",
      };
      yk.forEach((i) => {
        c[`k${i}`] = e.k[i - 1];
        if (e.rp) c[`r${i}`] = e.rp[i - 1];
        else if (e.id === "g") c[`r${i}`] = fx(`SUM(${x.a(`r${i}`, "s1")}:${x.a(`r${i}`, "s3")})`);
        else c[`r${i}`] = fx(`SUM(${x.a(`r${i}`, "g")})`);
      });
      c.ra = e.id === "s2" ? RA_S2 : fx(yk.map((i) => x.a(`r${i}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body });
  s.gap();
  s.lines(["Catatan: target kinerja kegiatan adalah jumlah akta yang diterbitkan per tahun."]);
  s.gap();
  signature(s, 14, {
    tempat: "Sengkala Baru, 20 Maret 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KOTA SENGKALA BARU"],
    nama: "Hj. BAIQ NURHAYATI ZULKARNAEN, S.H., M.H.",
    nip: "19760905 200003 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const years = (id: string) => yk.map((i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ra", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of the KIA sub kegiatan is a typed 1,962,700; the five years add up to 1,944,700",
    truth: years("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 2.12.02.2.01.0003 (program Pendaftaran Penduduk) sits under kegiatan 2.12.03.2.01",
    truth: a("kode", "g"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "p"),
    trap: `${a("k1", "p")}+${a("k2", "p")}+${a("k3", "p")}+${a("k4", "p")}+${a("k5", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2"),
    trap: `${a("k1", "s2")}+${a("k2", "s2")}+${a("k3", "s2")}+${a("k4", "s2")}+${a("k5", "s2")}`,
  });
  for (const id of ["g", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yk.map((i) => a(`k${i}`, id)).join("+"),
    });
  for (const id of ["p", "g", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years(id),
    });
  for (const i of yk)
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}+${a(`r${i}`, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: a("kode", "g"),
    actual: `PARENT(${a("kode", "s1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "g"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p"),
    actual: `PARENT(${a("kode", "g")})`,
  });
  return b.finish();
}
