// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Pertanian on the
// Asuransi Usaha Tani Padi (AUTP) and Asuransi Usaha Ternak Sapi (AUTS). Every name and number is
// invented; codes follow the Kepmendagri pattern of urusan 3.27 (pertanian).
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

type Line = {
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

/** E.81 of the Dinas Pertanian Kabupaten Padang Sirenggo (Sumatera Barat), s.d. Triwulan IV 2024. */
export function e81Autp(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-autp-auts-padang-sirenggo.xlsx",
    "E.81 Evaluasi Renja (Distan AUTP/AUTS)",
    "E.81 s.d. Triwulan IV 2024 with calendar years in the headers; three header rows (Realisasi Kinerja 2024 > Triwulan > Kinerja | Keuangan); an extra Renja capaian column (12/7, K only); 12 Rp as SUM formulas; a level row (% luas sawah terlindungi) above flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PADANG SIRENGGO",
    "DINAS PERTANIAN DAN KETAHANAN PANGAN",
    "Jl. Bypass Koto Baru Km. 4, Lubuk Sirenggo",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PERTANIAN KABUPATEN PADANG SIRENGGO",
    "Renstra 2021-2026, periode pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  const subs: Line[] = [
    {
      id: "s1",
      kode: "3.27.02.2.01.0001",
      ur: "Fasilitasi Premi Asuransi Usaha Tani Padi (AUTP)",
      ind: "Jumlah petani peserta AUTP yang difasilitasi premi",
      sat: "orang",
      level: false,
      k5: 36000,
      k6: 18240,
      k7: 8000,
      q: [1820, 2960, 1745, 1015],
      r5: 3_780_000_000,
      r6: 1_964_500_000,
      r7: 855_000_000,
      rq: [181_250_000, 296_400_000, 174_900_000, 101_650_000],
    },
    {
      id: "s2",
      kode: "3.27.02.2.01.0002",
      ur: "Fasilitasi Premi Asuransi Usaha Ternak Sapi (AUTS)",
      ind: "Jumlah ekor sapi terdaftar AUTS",
      sat: "ekor",
      level: false,
      k5: 5400,
      k6: 2710,
      k7: 1200,
      q: [240, 365, 310, 205],
      r5: 1_080_000_000,
      r6: 547_800_000,
      r7: 240_000_000,
      rq: [48_000_000, 73_000_000, 62_000_000, 41_000_000],
    },
  ];
  const tot = (f: (x: Line) => number) => sum(subs.map(f));
  const money = {
    r5: tot((x) => x.r5),
    r6: tot((x) => x.r6),
    r7: tot((x) => x.r7),
    rq: [0, 1, 2, 3].map((i) => tot((x) => x.rq[i])),
  };
  const keg: Line = {
    id: "keg",
    kode: "3.27.02.2.01",
    ur: "Penyediaan Sarana Pertanian dan Perlindungan Usaha Tani",
    ind: "Luas lahan padi terdaftar AUTP",
    sat: "ha",
    level: false,
    k5: 42000,
    k6: 21350,
    k7: 9500,
    q: [2150, 3420, 1980, 1210],
    ...money,
  };
  const prog: Line = {
    id: "prog",
    kode: "3.27.02",
    ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
    ind: "Persentase luas sawah yang terlindungi AUTP",
    sat: "%",
    level: true,
    k5: 40,
    k6: 27.5,
    k7: 33,
    q: [12.4, 21.8, 28.9, 31.6],
    ...money,
  };
  const lines = [prog, keg, ...subs];
  const k12 = (e: Line) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Line) => (e.level ? k12(e) : e.k6 + k12(e));
  const r13 = (e: Line) => e.r6 + sum(e.rq);
  const k14 = (e: Line) => round((k13(e) / e.k5) * 100);
  const r14 = (e: Line) => round((r13(e) / e.r5) * 100);
  const G = "Realisasi Kinerja dan Keuangan Tahun 2024";
  const two = (
    key: string,
    g: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
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
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...two("5", ["Target Renstra Akhir Periode (2026)"], "5", "target", "anggaran"),
    ...two("6", ["Realisasi Capaian Renstra s.d. Tahun 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...two("7", ["Target Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...two("8", [G, "Triwulan I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...two("9", [G, "Triwulan II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...two("10", [G, "Triwulan III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...two("11", [G, "Triwulan IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...two(
      "12",
      ["Realisasi Capaian Renja Tahun 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "rj",
      head: ["Tingkat Capaian Renja 2024 (%)"],
      role: "capaian",
      num: "12/7",
      fmt: DEC,
      width: 10,
    },
    ...two(
      "13",
      ["Realisasi Renstra s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...two("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const k14cell = (e: Line) => (e.id === "keg" ? round((k12(e) / e.k7) * 100) : k14(e)); // planted on keg
  const body: Row[] = lines.map((e, i) => ({
    id: e.id,
    cells: (x) => ({
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
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
      r12: fx(
        `SUM(${x.a("r8")},${x.a("r9")},${x.a("r10")},${x.a("r11")})`,
        e.id === "s2" ? 242_000_000 : undefined,
      ),
      rj: round((k12(e) / e.k7) * 100),
      k13: k13(e),
      r13: r13(e),
      k14: k14cell(e),
      r14: r14(e),
      pj: e.level ? "Kepala Dinas" : "Bidang Prasarana dan Sarana Pertanian",
    }),
  }));
  const k14avg = round(sum(lines.map(k14cell)) / 4);
  const r14avg = round(sum(lines.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata capaian kinerja dan anggaran Renstra (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(k14avg), r14: predikat(r14avg) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: sosialisasi AUTP bersama penyuluh di setiap Balai Penyuluhan Pertanian.",
    "Faktor penghambat: petani enggan membayar premi swadaya 20% pada musim tanam gadu.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Lubuk Sirenggo, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN DAN KETAHANAN PANGAN"],
    nama: "Ir. HENDRA SYAFRIZAL DT. RAJO, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 3.27.02.2.01.0002 (AUTS) is =SUM of the quarters with a stale cached 242,000,000; the quarters give 224,000,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "keg") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of kegiatan 3.27.02.2.01 holds the Renja capaian 8,760/9,500 x 100 = 92.21; 13/5 x 100 = 30,110/42,000 x 100 = 71.69",
    truth: `ROUND(${a("k13", "keg")}/${a("k5", "keg")}*100,2)`,
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
  for (const id of ["prog", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("rj", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type Plan = {
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

/** T-C.27 of the Dinas Pertanian Kabupaten Sidomukti Wetan (Jawa Timur), Renstra 2025-2029. */
export function tc27Autp(): BookW {
  const b = new BookW(
    "tc27-renstra-asuransi-tani-ternak-sidomukti-wetan.xlsx",
    "T-C.27 Renstra (Distan AUTP/AUTS)",
    "T-C.27 2025-2029 under '(dalam ribuan rupiah)'; Tahun ke-1..5 > Target | Rp with the years only in the title; program and kegiatan Rp as SUM formulas; kondisi akhir Rp = SUM of the five years; a level programme row; a sub kegiatan coded under another programme",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SIDOMUKTI WETAN", "DINAS PERTANIAN DAN PERKEBUNAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Pertanian dan Perkebunan Kabupaten Sidomukti Wetan Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  const subs: Plan[] = [
    {
      id: "s1",
      kode: "3.27.02.2.01.0001",
      ur: "Fasilitasi Premi Asuransi Usaha Tani Padi",
      ind: "Luas lahan padi yang preminya disubsidi",
      sat: "ha",
      level: false,
      awal: 8450,
      k: [8800, 9300, 9800, 10300, 10800],
      rp: [412_500, 436_800, 461_250, 485_000, 510_400],
    },
    {
      id: "s2",
      kode: "3.27.02.2.01.0002",
      ur: "Fasilitasi Premi Asuransi Usaha Ternak Sapi",
      ind: "Jumlah ekor sapi terdaftar AUTS",
      sat: "ekor",
      level: false,
      awal: 560,
      k: [600, 650, 700, 750, 800],
      rp: [128_600, 139_250, 150_000, 161_800, 172_500],
    },
    {
      id: "s3",
      kode: "3.27.03.2.01.0003",
      ur: "Verifikasi dan Pelaporan Klaim Gagal Panen",
      ind: "Jumlah laporan verifikasi klaim gagal panen",
      sat: "laporan",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [64_200, 66_000, 68_300, 70_100, 72_500],
    },
  ];
  const keg: Plan = {
    id: "keg",
    kode: "3.27.02.2.01",
    ur: "Pengawasan Penyediaan dan Perlindungan Sarana Usaha Tani",
    ind: "Luas lahan padi terdaftar AUTP",
    sat: "ha",
    level: false,
    awal: 8600,
    k: [9000, 9500, 10000, 10500, 11000],
  };
  const prog: Plan = {
    id: "prog",
    kode: "3.27.02",
    ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
    ind: "Persentase petani padi yang terlindungi asuransi usaha tani",
    sat: "%",
    level: true,
    awal: 22.5,
    k: [25, 28, 31, 34, 37],
  };
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      fmt: DEC,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        fmt: DEC,
      },
      {
        key: `r${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 14,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
      fmt: DEC,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      num: 17,
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const all = [prog, keg, ...subs];
  const rows: Row[] = all.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        akK: e.level ? e.k[4] : sum(e.k),
        akR: e.id === "s2" ? 725_150 : fx(`SUM(${[0, 1, 2, 3, 4].map((i) => x.a(`r${i}`)).join(",")})`),
        pj: "Bidang Prasarana dan Sarana Pertanian",
        lok: "17 kecamatan",
      };
      e.k.forEach((v, i) => {
        c[`k${i}`] = v;
        const col = x.c(`r${i}`);
        c[`r${i}`] =
          e.id === "prog"
            ? fx(`${col}${x.row("keg")}`)
            : e.id === "keg"
              ? fx(`SUM(${col}${x.row("s1")}:${col}${x.row("s3")})`)
              : e.rp![i];
      });
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  signature(s, 16, {
    tempat: "Sidomukti, 20 Desember 2024",
    jabatan: ["KEPALA DINAS PERTANIAN DAN PERKEBUNAN", "KABUPATEN SIDOMUKTI WETAN"],
    nama: "Dr. Ir. BAMBANG SETYO NUGROHO, M.P.",
    nip: "19690704 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const five = (id: string) => [0, 1, 2, 3, 4].map((i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akR", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of the AUTS sub kegiatan typed 725,150 in a column of SUM formulas; the five years give 752,150",
    truth: five("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Verifikasi dan Pelaporan Klaim Gagal Panen is coded 3.27.03.2.01.0003 under kegiatan 3.27.02.2.01",
    truth: `"3.27.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k4", "prog"),
    trap: [0, 1, 2, 3, 4].map((i) => a(`k${i}`, "prog")).join("+"),
  });
  for (const id of ["keg", "s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: [0, 1, 2, 3, 4].map((i) => a(`k${i}`, id)).join("+"),
    });
  for (const id of ["prog", "keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five(id),
    });
  for (const i of [0, 2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((id) => a(`r${i}`, id)).join("+"),
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.27.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
