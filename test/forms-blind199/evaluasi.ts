// Program tables of two Dinas Perhubungan on perlengkapan jalan and PJU: the E.81 evaluation of the
// Renja 2024 of a kabupaten in Sulawesi Selatan (K | Rp pairs, four quarters, levels take Triwulan
// IV) and the T-C.27 funding table of the Renstra 2022-2026 of a kabupaten in Jawa Tengah (ordinal
// years, kondisi akhir K the sum for flows and the fifth year for levels, Rp always the sum).
// Rupiah in thousands. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ===================================================== Dinas Perhubungan Kabupaten Bontolempangan Raya

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: number[];
  rp?: { r5: number; r6: number; r7: number; q: number[] };
};

export function e81Dishub(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-dishub-perlengkapan-jalan-bontolempangan.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Perhubungan)",
    "E.81 evaluasi terhadap hasil Renja 2024 of a Dinas Perhubungan in Sulawesi Selatan, (dalam ribuan rupiah): program 2.15.02 > kegiatan 2.15.02.2.02 > three sub kegiatan (rambu, APILL, PJU LED); K | Rp pairs for 5 Target Renstra akhir (2026), 6 s.d. 2023, 7 Renja 2024, 8-11 Triwulan I-IV, 12 = 8+9+10+11, 13 = 6 + 12, 14 = 13 / 5 x 100; number row merged over the pairs; levels (%) take Triwulan IV",
  );
  const S = "E81 Dishub 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BONTOLEMPANGAN RAYA", "DINAS PERHUBUNGAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN BONTOLEMPANGAN RAYA",
    "Periode Pelaksanaan: Triwulan I s.d. IV Tahun 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "2.15.02.2.02.0001",
      nm: "Pengadaan dan Pemasangan Rambu Lalu Lintas dan Marka Jalan",
      ind: "Jumlah rambu lalu lintas terpasang",
      sat: "unit",
      level: false,
      k5: 1_200,
      k6: 640,
      k7: 220,
      kq: [0, 60, 90, 70],
      rp: { r5: 4_500_000, r6: 2_380_000, r7: 850_000, q: [0, 212_400, 318_750, 286_300] },
    },
    {
      id: "s2",
      kode: "2.15.02.2.02.0002",
      nm: "Pemeliharaan Alat Pemberi Isyarat Lalu Lintas (APILL)",
      ind: "Persentase APILL yang berfungsi baik",
      sat: "%",
      level: true,
      k5: 90,
      k6: 82.5,
      k7: 86,
      kq: [83.1, 84.6, 85.9, 87.2],
      rp: { r5: 3_000_000, r6: 1_720_000, r7: 620_000, q: [118_200, 146_900, 162_350, 171_420] },
    },
    {
      id: "s3",
      // planted: coded under kegiatan 2.15.02.2.01
      kode: "2.15.02.2.01.0003",
      nm: "Penyediaan Penerangan Jalan Umum (PJU) LED",
      ind: "Jumlah titik PJU LED terpasang",
      sat: "titik",
      level: false,
      k5: 2_000,
      k6: 1_080,
      k7: 360,
      kq: [0, 85, 140, 125],
      rp: { r5: 12_000_000, r6: 6_310_000, r7: 2_150_000, q: [0, 498_600, 842_150, 749_830] },
    },
  ];
  const keg: Line = {
    id: "k",
    kode: "2.15.02.2.02",
    nm: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
    ind: "Jumlah ruas jalan kabupaten yang dilengkapi perlengkapan jalan",
    sat: "ruas",
    level: false,
    k5: 60,
    k6: 34,
    k7: 12,
    kq: [2, 3, 4, 3],
  };
  const prog: Line = {
    id: "p",
    kode: "2.15.02",
    nm: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    ind: "Persentase perlengkapan jalan kabupaten dalam kondisi baik",
    sat: "%",
    level: true,
    k5: 85,
    k6: 76,
    k7: 80,
    kq: [76.8, 77.9, 79.0, 80.4],
  };
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 14 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran", 2026),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024)",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i}`,
        `Realisasi Kinerja pada Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
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
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = Q.map((_, i) => `kq${i}`);
  const qr = Q.map((_, i) => `rpq${i}`);
  const rpKeys = ["rp5", "rp6", "rp7", ...qr];
  const line = (x: Line, no: string, rpOf: (key: string, c: Ctx) => Cell): Row => ({
    id: x.id,
    bold: !x.rp,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: "Bidang LLAJ dan PJU",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      for (const k of rpKeys) out[k] = rpOf(k, c);
      out.k12 = x.level ? fx(c.a("kq3")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      // planted: a typed Rp capaian for the PJU LED
      out.rp14 = x.id === "s3" ? 79 : fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const subRp =
    (x: Line) =>
    (k: string): Cell => {
      const r = x.rp!;
      const m: Record<string, number> = { rp5: r.r5, rp6: r.r6, rp7: r.r7 };
      qr.forEach((q, j) => (m[q] = r.q[j]));
      return m[k];
    };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      line(prog, "1", (k, c) => fx(c.a(k, "k"))),
      line(keg, "1.1", (k, c) => fx(subs.map((x) => c.a(k, x.id)).join("+"))),
      ...subs.map((x, i) => line(x, `1.1.${i + 1}`, subRp(x))),
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK Keselamatan Jalan dan kerja sama dengan PLN UP3 Bontolempangan.",
    "Faktor penghambat: pengadaan PJU LED baru terkontrak pada Triwulan II.",
    "Tindak lanjut: percepatan jadwal lelang pada Triwulan I Tahun 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Bontolempangan, 31 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN,"],
    nama: "Dr. H. ANDI SYAMSUL BAHRI, S.Sos., M.Si.",
    nip: "19720308 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyediaan PJU LED is coded 2.15.02.2.01.0003 (kegiatan 2.15.02.2.01) under kegiatan 2.15.02.2.02; its code is 2.15.02.2.02.0003",
    truth: `${a("kode", "k")}&".0003"`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian Rp (14) of the PJU LED is a typed 79.00 among ROUND(13/5*100,2) formulas; (6,310,000 + 2,090,580) / 12,000,000 gives 70.00",
    truth: `ROUND(${a("rp13", "s3")}/${a("rp5", "s3")}*100,2)`,
  });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "k"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k")})`,
    actual: a("kode", "p"),
  });
  // a level: the year's K is Triwulan IV, the s.d. K the latest level
  for (const id of ["s2", "p"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq3", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq3", id),
      trap: `${a("k6", id)}+${a("kq3", id)}`,
    });
  }
  for (const id of ["s1", "s3", "k"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const k of ["rp5", "rp7", "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "k"),
      rules: ["sum-mismatch"],
      truth: subs.map((x) => a(k, x.id)).join("+"),
    });
  for (const id of ["s1", "s2", "k"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  return b.finish();
}

// ======================================================== Dinas Perhubungan Kabupaten Sokawera Kidul

type Plan = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow: boolean;
};

export function tc27Dishub(): BookW {
  const b = new BookW(
    "tc27-pendanaan-perlengkapan-jalan-pju-sokawera-kidul.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Dinas Perhubungan)",
    "T-C.27 of the Renstra Dinas Perhubungan 2022-2026 of a kabupaten in Jawa Tengah, (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal Perencanaan | 'Tahun ke-1' .. 'Tahun ke-5' > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; number row merged over the pairs; the years only in the title",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERHUBUNGAN KABUPATEN SOKAWERA KIDUL"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Perhubungan Kabupaten Sokawera Kidul Tahun 2022-2026 (tahun awal perencanaan 2021)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Plan[] = [
    {
      id: "s1",
      kode: "2.15.02.2.02.0001",
      nm: "Pengadaan dan Pemasangan Rambu Lalu Lintas",
      ind: "Jumlah rambu lalu lintas terpasang",
      sat: "unit",
      awal: 160,
      k: [180, 200, 220, 240, 260],
      rp: [720_000, 810_000, 880_000, 950_000, 1_040_000],
      flow: true,
    },
    // planted: 2024 target 125,800 (12,580: one digit too many)
    {
      id: "s2",
      kode: "2.15.02.2.02.0002",
      nm: "Penyediaan dan Pemeliharaan Penerangan Jalan Umum (PJU)",
      ind: "Jumlah titik PJU terpasang (kumulatif)",
      sat: "titik",
      awal: 10_620,
      k: [11_240, 11_860, 125_800, 13_300, 14_020],
      rp: [3_150_000, 3_420_000, 3_610_000, 3_880_000, 4_120_000],
      flow: false,
    },
    {
      id: "s3",
      kode: "2.15.02.2.02.0003",
      nm: "Pemeliharaan APILL dan Marka Jalan",
      ind: "Persentase simpang ber-APILL yang berfungsi",
      sat: "%",
      awal: 68,
      k: [72, 76, 80, 84, 88],
      rp: [410_000, 445_000, 470_000, 505_000, 540_000],
      flow: false,
    },
  ];
  const keg: Plan = {
    id: "k",
    kode: "2.15.02.2.02",
    nm: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
    ind: "Jumlah ruas jalan kabupaten yang dilengkapi perlengkapan jalan",
    sat: "ruas",
    awal: 7,
    k: [8, 9, 10, 11, 12],
    flow: true,
  };
  const prog: Plan = {
    id: "p",
    kode: "2.15.02",
    nm: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
    ind: "Persentase perlengkapan jalan kabupaten dalam kondisi baik",
    sat: "%",
    awal: 74,
    k: [76, 78, 80, 82, 85],
    flow: false,
  };
  const Y = [0, 1, 2, 3, 4];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan / Sub Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2021,
      num: "5",
      width: 11,
    },
    ...Y.flatMap((i): Col[] => [
      {
        key: `k${i}`,
        head: [`Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: 2022 + i,
        num: String(6 + i),
        width: 9,
      },
      {
        key: `r${i}`,
        head: [`Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: 2022 + i,
        num: String(6 + i),
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2026,
      num: "11",
      width: 10,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2026,
      num: "11",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "12", width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "13", width: 14 },
  ];
  const line = (x: Plan, rpOf: (i: number, c: Ctx) => Cell): Row => ({
    id: x.id,
    bold: !x.rp,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        pj: "Bidang Lalu Lintas",
        lok: "Kabupaten",
      };
      Y.forEach((i) => {
        out[`k${i}`] = x.k[i];
        out[`r${i}`] = rpOf(i, c);
      });
      out.ak = x.flow ? fx(Y.map((i) => c.a(`k${i}`)).join("+")) : fx(c.a("k4"));
      // planted: the rambu's Rp adds the whole range, K targets included
      out.akr =
        x.id === "s1" ? fx(`SUM(${c.a("k0")}:${c.a("r4")})`) : fx(Y.map((i) => c.a(`r${i}`)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      line(prog, (i, c) => fx(c.a(`r${i}`, "k"))),
      line(keg, (i, c) => fx(subs.map((x) => c.a(`r${i}`, x.id)).join("+"))),
      ...subs.map((x) => line(x, (i) => x.rp![i])),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: Tahun ke-1 s.d. ke-5 = 2022 s.d. 2026; kondisi akhir indikator kumulatif dan persentase = target tahun ke-5.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k2", "s2") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 (2024) target of the titik PJU terpasang (kumulatif) is 125,800 between 11,860 and 13,300; one digit too many for 12,580",
    truth: `ROUND((${a("k1", "s2")}+${a("k3", "s2")})/2,0)`,
  });
  b.plant({
    at: { sheet: S, cell: a("akr", "s1") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of the rambu is =SUM(Target ke-1 : Rp ke-5), the five K targets (1,100) counted as rupiah: 4,401,100; the five Rp give 4,400,000",
    truth: Y.map((i) => a(`r${i}`, "s1")).join("+"),
  });
  for (const id of ["s2", "s3", "p"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: Y.map((i) => a(`k${i}`, id)).join("+"),
    });
  for (const id of ["s1", "k"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((i) => a(`k${i}`, id)).join("+"),
      trap: a("k4", id),
    });
  for (const id of ["s2", "s3", "k", "p"])
    b.ok({
      sheet: S,
      cell: a("akr", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((i) => a(`r${i}`, id)).join("+"),
    });
  for (const i of Y)
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "k"),
      rules: ["sum-mismatch"],
      truth: subs.map((x) => a(`r${i}`, x.id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("k2", "s3"), rules: ["target-outlier"], truth: "80" });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "k"),
  });
  return b.finish();
}
