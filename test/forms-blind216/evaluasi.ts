// The Renja evaluation (E.81) of the Dinas Pariwisata dan Ekonomi Kreatif Kabupaten Batang Kelawi
// (Sumatera Barat) and the Renstra funding table (T-C.27) of the Disparekraf Kabupaten Lombok
// Selaparang (Nusa Tenggara Barat): event / festival, homestay desa wisata, retribusi objek wisata.
// Every office, person and number is invented.
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
  type Cell,
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

/** E.81 of the Disparekraf Batang Kelawi, s.d. Triwulan IV 2024, calendar years in the header. */
export function e81Pariwisata(): BookW {
  const b = new BookW(
    "evaluasi-e81-disparekraf-batang-kelawi.xlsx",
    "E.81 Evaluasi Renja (Disparekraf)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the header ('s.d. Tahun 2023', 'Tahun 2024'); three header rows (Realisasi Kinerja pada Triwulan > I..IV > K | Rp); an extra Tingkat Capaian Renja column (15 = 12/7 x 100); two level rows (indeks kepuasan, tingkat hunian homestay) beside flows (event); Rata-rata and Predikat rows",
  );
  const S = "E.81 Disparekraf";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG KELAWI",
    "DINAS PARIWISATA DAN EKONOMI KREATIF",
    "Jl. Datuk Rajo Mangkuto No. 7 Koto Kelawi, Sumatera Barat",
  ]);
  s.lines([
    "Tabel T-C.81 Evaluasi terhadap Hasil Renja Perangkat Daerah Kabupaten Batang Kelawi",
    "Renstra Perangkat Daerah Tahun 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.26.03.2.01.0002",
      ur: "Penyelenggaraan Festival Budaya dan Event Pariwisata Daerah",
      ind: "Jumlah festival dan event pariwisata yang difasilitasi",
      sat: "event",
      level: false,
      k5: 45,
      k6: 24,
      k7: 9,
      q: [1, 2, 4, 2],
      r5: 14_500_000_000,
      r6: 7_862_400_000,
      r7: 2_950_000_000,
      rq: [312_500_000, 684_200_000, 1_205_750_000, 598_300_000],
    },
    {
      id: "s2",
      kode: "3.26.03.2.01.0005",
      ur: "Promosi Desa Wisata dan Paket Homestay melalui Media Digital",
      ind: "Tingkat hunian homestay desa wisata",
      sat: "%",
      level: true,
      k5: 60,
      k6: 41.5,
      k7: 50,
      q: [38.2, 44.6, 52.3, 49.8],
      r5: 3_200_000_000,
      r6: 1_705_300_000,
      r7: 640_000_000,
      rq: [96_400_000, 152_850_000, 173_200_000, 201_550_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.26.03.2.01",
    ur: "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Pariwisata Kabupaten/Kota",
    ind: "Jumlah event pariwisata yang diselenggarakan",
    sat: "event",
    level: false,
    k5: 60,
    k6: 31,
    k7: 12,
    q: [2, 3, 4, 3],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.26.03",
    ur: "PROGRAM PEMASARAN PARIWISATA",
    ind: "Indeks kepuasan wisatawan terhadap event daerah",
    sat: "indeks",
    level: true,
    k5: 85,
    k6: 78.2,
    k7: 81,
    q: [78.9, 79.6, 80.4, 81.5],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [...head, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    {
      key: "ur",
      head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan"],
      num: "3",
      width: 36,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun 2024 yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...pair("8", [TW, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [TW, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [TW, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [TW, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD Tahun 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)"],
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    ...pair("15", ["Tingkat Capaian Renja Tahun 2024 (%)"], "15 = 12/7 x 100", "capaian", "capaian", 2024),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "16", width: 16 },
  ];
  // planted: (12) Rp of sub kegiatan .0005 typed 642,000,000; its quarters give 624,000,000
  const R12S2 = 642_000_000;
  const k14s = rows.map(k14);
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
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
      r12: e.id === "s2" ? R12S2 : r12(e),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      k15: round((k12(e) / e.k7) * 100),
      r15: round((r12(e) / e.r7) * 100),
      pj: "Bidang Pemasaran dan Ekraf",
    },
  }));
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "ind"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        cells: () => ({
          no: "Predikat Kinerja",
          // planted: the K average 80.97 is Tinggi (> 75 - 90), written Sangat Tinggi
          k14: "Sangat Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        }),
      },
    ],
  });
  if (predikat(round(sum(k14s) / 4)) === "Sangat Tinggi") throw new Error("E.81 predikat plant is right");
  s.gap();
  s.lines([
    "Faktor pendorong: kalender event daerah masuk Kharisma Event Nusantara; kerja sama dengan Pokdarwis.",
    "Faktor penghambat: musim hujan pada Triwulan IV menurunkan hunian homestay desa wisata.",
    "Tindak lanjut: promosi paket homestay di luar musim libur sekolah.",
  ]);
  s.gap();
  signature(s, 24, {
    tempat: "Koto Kelawi, 14 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA", "DAN EKONOMI KREATIF"],
    nama: "Drs. HENDRI SUTAN MARAJO, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19721108 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 3.26.03.2.01.0005 is 642,000,000; the four quarters add up to 624,000,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat of the K average 80.97 is 'Sangat Tinggi'; on the Permendagri scale > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // the level rows: (12) K is the Triwulan IV level, (13) K the latest level
  for (const id of ["prog", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: a("k11", id), trap: q("k", id) });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("k15", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k12", id)}/${a("k7", id)}*100,2)`,
    });
  }
  for (const k of ["r5", "r7", "r11"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
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
  lok: string;
};

/** T-C.27 of the Disparekraf Lombok Selaparang, Renstra 2025-2029, Rp in thousands. */
export function tc27Pariwisata(): BookW {
  const b = new BookW(
    "renstra-tc27-disparekraf-lombok-selaparang.xlsx",
    "T-C.27 Rencana program dan pendanaan (Disparekraf)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran column merged down the rows; Tahun ke-1..ke-5 over Target | Rp (years only in the title); kegiatan Rp = SUM over its sub kegiatan, program Rp = its kegiatan; kondisi akhir typed; a second indicator of a sub kegiatan without a code; Lokasi last",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LOMBOK SELAPARANG", "DINAS PARIWISATA DAN EKONOMI KREATIF"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Renstra Dinas Pariwisata dan Ekonomi Kreatif Kabupaten Lombok Selaparang Periode 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.26.02",
      ur: "PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA",
      ind: "Persentase destinasi wisata yang dikelola sesuai standar",
      sat: "%",
      level: true,
      awal: 42,
      k: [46, 50, 55, 60, 65],
      lok: "Kabupaten",
    },
    {
      id: "g",
      kode: "3.26.02.2.01",
      ur: "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
      ind: "Jumlah paket pengelolaan daya tarik wisata",
      sat: "paket",
      level: false,
      awal: 5,
      k: [6, 6, 7, 7, 8],
      lok: "Kabupaten",
    },
    {
      id: "s1",
      kode: "3.26.02.2.01.0001",
      ur: "Pengelolaan Retribusi dan Pemeliharaan Objek Wisata",
      ind: "Jumlah laporan pengelolaan retribusi objek wisata",
      sat: "laporan",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
      rp: [1_245_600, 1_307_900, 1_373_300, 1_442_000, 1_514_100],
      lok: "14 objek wisata",
    },
    {
      id: "s1b",
      kode: "",
      ur: "",
      ind: "Persentase realisasi retribusi objek wisata terhadap target",
      sat: "%",
      level: true,
      awal: 81.4,
      k: [85, 88, 90, 92, 95],
      lok: "14 objek wisata",
    },
    {
      id: "s2",
      kode: "3.26.02.2.01.0003",
      ur: "Pembangunan dan Penataan Homestay Desa Wisata",
      ind: "Jumlah homestay desa wisata yang distandardisasi",
      sat: "unit",
      level: false,
      awal: 18,
      k: [20, 25, 25, 30, 30],
      rp: [2_150_000, 2_380_500, 2_412_000, 2_655_750, 2_710_000],
      lok: "18 desa wisata",
    },
    {
      id: "s3",
      kode: "3.26.04.2.01.0002",
      ur: "Fasilitasi Event dan Atraksi Wisata Desa",
      ind: "Jumlah event desa wisata yang difasilitasi",
      sat: "event",
      level: false,
      awal: 6,
      k: [8, 10, 10, 12, 12],
      rp: [612_400, 655_000, 701_300, 748_900, 802_500],
      lok: "18 desa wisata",
    },
  ];
  // planted: kondisi akhir K of the homestay flow typed 150 (the five years give 130; the last is 30)
  const AK_S2 = 150;
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(3)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan (output)"],
      role: "indikator",
      num: "(4)",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: "(6)",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `(${5 + 2 * y})`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `(${6 + 2 * y})`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "(17)", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "(18)", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "(19)", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(20)", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: p.id === "p" || p.id === "g",
      cells: (x) => {
        const out: Record<string, Cell> = {
          sas: "Meningkatnya daya tarik destinasi dan desa wisata",
          kode: p.kode || null,
          ur: p.ur || null,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.id === "s2" ? AK_S2 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Destinasi Pariwisata",
          lok: p.lok,
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s3")})`);
          else if (p.id === "p") out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        const all = [rows[2], rows[4], rows[5]];
        const rp = p.rp ?? (p.id === "s1b" ? undefined : years.map((y) => sum(all.map((z) => z.rp![y - 1]))));
        if (rp) out.akR = sum(rp);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Selong Baru, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA DAN EKONOMI KREATIF"],
    nama: "LALU MUHAMMAD ZAINUL ASHARI, S.Par., M.Si.",
    nip: "19780417 200312 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const rs = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of homestay yang distandardisasi (a yearly flow) is 150; the five targets add up to 130 (and the last is 30)",
    truth: ks("s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Fasilitasi Event dan Atraksi Wisata Desa is coded 3.26.04.2.01.0002 under kegiatan 3.26.02.2.01",
    truth: `"3.26.02.2.01"`,
    actual: `PARENT(${a("kode", "s3")})`,
  });
  for (const id of ["p", "s1b"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  b.ok({
    sheet: S,
    cell: a("akK", "g"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g"),
    trap: a("k5", "g"),
  });
  b.ok({ sheet: S, cell: a("akK", "s3"), rules: ["kondisi-akhir-mismatch"], truth: ks("s3") });
  for (const id of ["p", "g", "s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: rs(id) });
  for (const y of [2, 4])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.26.02.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
