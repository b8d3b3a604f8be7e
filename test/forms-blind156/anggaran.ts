// Money-and-count tables of a BKPSDM: the E.81 evaluation of the Renja 2024 of a Bengkulu kabupaten's
// BKPSDM (pelatihan kepemimpinan, JP pengembangan kompetensi, latsar CPNS / PPPK; the 20 JP rate and
// the Indeks Profesionalitas ASN are levels), the T-C.27 of a Sulawesi Utara kabupaten's Renstra
// BKPSDM 2025-2029 "(dalam ribuan rupiah)", and the per-OPD ASN recap by golongan of the Bengkulu
// kabupaten. Every name and number is invented.
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
  type Col,
  type Row,
} from "../forms/kit";

const pct = (a: string, b: string) => `ROUND(${a}/${b}*100,2)`;

// ================================================== BKPSDM Kabupaten Rejang Hulu (Bengkulu), E.81 2024

type E81 = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k: [number, number, number, number];
  rp?: [number, number, number, number];
};

export function e81Bkpsdm(): BookW {
  const b = new BookW(
    "e81-renja-bkpsdm-rejang-hulu-2024.xlsx",
    "E.81 evaluasi Renja BKPSDM 2024",
    "E.81 of a BKPSDM in Bengkulu for 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. Renja 2023 | (7) Target Renja 2024 | (8) Realisasi Renja 2024 | (9) Tingkat capaian Renja | (10) Realisasi s.d. 2024 | (11) Tingkat capaian Renstra, each K | Rp; number row merged over the pairs ('9 = 8 / 7 x 100', '10 = 6 + 8', '11 = 10 / 5 x 100'); levels (IP ASN, 20 JP rate) take the 2024 value in (10); Rata-rata and Predikat footers",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN REJANG HULU",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines([
    "Tabel E.81",
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Rejang Hulu Tahun 2024",
    "Renstra BKPSDM periode 2022-2026",
  ]);
  s.gap();
  const subs: E81[] = [
    {
      id: "s1",
      kode: "5.04.03.2.01.0001",
      nm: "Pengembangan Kompetensi Manajerial dan Kepemimpinan ASN",
      ind: "Jumlah ASN yang mengikuti pelatihan kepemimpinan administrator dan pengawas",
      sat: "orang",
      level: false,
      k: [600, 312, 120, 118],
      rp: [4_850_000_000, 2_415_300_000, 1_125_000_000, 1_038_462_500],
    },
    {
      id: "s2",
      kode: "5.04.03.2.01.0002",
      nm: "Pengembangan Kompetensi Teknis dan Fungsional ASN",
      ind: "Jumlah JP pengembangan kompetensi yang difasilitasi",
      sat: "JP",
      level: false,
      k: [60_000, 28_640, 14_000, 15_260],
      rp: [3_200_000_000, 1_612_750_000, 780_000_000, 741_218_000],
    },
    {
      id: "s3",
      kode: "5.04.03.2.01.0003",
      nm: "Penyelenggaraan Pelatihan Dasar CPNS dan Orientasi PPPK",
      ind: "Jumlah CPNS dan PPPK yang mengikuti latsar / orientasi",
      sat: "orang",
      level: false,
      k: [900, 412, 245, 238],
      rp: [2_750_000_000, 1_304_900_000, 615_400_000, 598_875_000],
    },
  ];
  const prog: E81 = {
    id: "p",
    kode: "5.04.03",
    nm: "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
    ind: "Indeks Profesionalitas ASN",
    sat: "indeks",
    level: true,
    k: [80, 71.4, 75, 76.2],
  };
  const keg: E81 = {
    id: "k",
    kode: "5.04.03.2.01",
    nm: "Pengembangan Kompetensi ASN",
    ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
    sat: "%",
    level: true,
    k: [90, 58.3, 70, 72.45],
  };
  const pair = (
    n: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${n}`, head: [head, "K"], role: kr, year, num, width: 9 },
    {
      key: `rp${n}`,
      head: [head, "Rp"],
      role: rr,
      year,
      num,
      fmt: n === "9" || n === "11" ? DEC : RP,
      width: 16,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)",
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
    ...pair(
      "8",
      "Realisasi Kinerja dan Anggaran Renja PD Tahun 2024",
      "8",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "9",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja PD Tahun 2024 (%)",
      "9 = 8 / 7 x 100",
      "capaian",
      "capaian",
      2024,
    ),
    ...pair(
      "10",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "10 = 6 + 8",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "11",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
      "11 = 10 / 5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "12", width: 18 },
  ];
  const kf = (x: E81) => (x.sat === "%" || x.sat === "indeks" ? DEC : INT);
  const rowOf = (x: E81, no: number | string | undefined): Row => ({
    id: x.id,
    bold: !x.kode.includes(".2."),
    cells: (c) => {
      const rpOf = (n: number): string | number | ReturnType<typeof fx> => {
        if (x.rp) return x.rp[n];
        return x.id === "k"
          ? fx(`SUM(${c.a(`rp${n + 5}`, "s1")}:${c.a(`rp${n + 5}`, "s3")})`)
          : fx(c.a(`rp${n + 5}`, "k"));
      };
      return {
        no,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: fmt(x.k[0], kf(x)),
        rp5: rpOf(0),
        k6: fmt(x.k[1], kf(x)),
        rp6: rpOf(1),
        k7: fmt(x.k[2], kf(x)),
        rp7: rpOf(2),
        k8: fmt(x.k[3], kf(x)),
        rp8: rpOf(3),
        // planted: the latsar's K capaian keeps a cached result from before the last correction
        k9: x.id === "s3" ? fx(pct(c.a("k8"), c.a("k7")), 102.04) : fx(pct(c.a("k8"), c.a("k7"))),
        rp9: fx(pct(c.a("rp8"), c.a("rp7"))),
        // a level's s.d. 2024 is its 2024 value; a flow adds (6) and (8)
        k10: x.level ? fx(c.a("k8")) : fx(`${c.a("k6")}+${c.a("k8")}`),
        // planted: the JP sub kegiatan's Rp (10) is typed, digits swapped
        rp10: x.id === "s2" ? 2_335_968_000 : fx(`${c.a("rp6")}+${c.a("rp8")}`),
        k11: fx(pct(c.a("k10"), c.a("k5"))),
        rp11: fx(pct(c.a("rp10"), c.a("rp5"))),
        pj: x.id === "p" ? "BKPSDM" : "Bidang Pengembangan Kompetensi",
      };
    },
  });
  const caps = [prog, keg, ...subs].map((x) => (x.id === "s3" ? 102.04 : round((x.k[3] / x.k[2]) * 100)));
  const avg = round(caps.reduce((a, v) => a + v, 0) / caps.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      rowOf(prog, 1),
      rowOf(keg, undefined),
      ...subs.map((x) => rowOf(x, undefined)),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja (%)",
          k9: fx(`ROUND(AVERAGE(${c.a("k9", "p")}:${c.a("k9", "s3")}),2)`),
          rp9: fx(`ROUND(AVERAGE(${c.a("rp9", "p")}:${c.a("rp9", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k9: predikat(avg), rp9: "Sangat Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pelatihan klasikal dan e-learning melalui LMS Pemerintah Kabupaten Rejang Hulu.",
    "Faktor penghambat: kuota latsar dari BPSDM Provinsi Bengkulu berkurang pada triwulan IV.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Curup Hulu, 20 Januari 2025",
    jabatan: ["Kepala BKPSDM Kabupaten Rejang Hulu,"],
    nama: "Dr. HENDRA SAPUTRA, S.STP., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19790514 199812 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp10", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp s.d. 2024 (10) of sub kegiatan 5.04.03.2.01.0002 is a typed 2,335,968,000 among '6 + 8' formulas; 1,612,750,000 + 741,218,000 give 2,353,968,000 (digits swapped)",
    truth: `${a("rp6", "s2")}+${a("rp8", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k9", "s3") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (9) of the latsar sub kegiatan is =ROUND(8/7*100,2) with a stale cached 102.04 (250 participants before the correction); 238 / 245 gives 97.14",
    truth: pct(a("k8", "s3"), a("k7", "s3")),
  });
  for (const id of ["p", "k"])
    b.ok({
      sheet: S,
      cell: a("k10", id),
      rules: ["sum-mismatch"],
      truth: a("k8", id),
      // a level (the IP ASN, the 20 JP rate): s.d. 2024 is the 2024 value, not (6) + (8)
      trap: `${a("k6", id)}+${a("k8", id)}`,
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp10", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `${a("rp6", id)}+${a("rp8", id)}`,
    });
  for (const n of ["5", "7", "8"])
    b.ok({
      sheet: S,
      cell: a(`rp${n}`, "k"),
      rules: ["sum-mismatch"],
      truth: subs.map((x) => a(`rp${n}`, x.id)).join("+"),
    });
  for (const id of ["p", "k", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k9", id), rules: ["capaian-mismatch"], truth: pct(a("k8", id), a("k7", id)) });
  b.ok({
    sheet: S,
    cell: a("k11", "p"),
    rules: ["capaian-mismatch"],
    truth: pct(a("k10", "p"), a("k5", "p")),
  });
  b.ok({
    sheet: S,
    cell: a("k10", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "s1")}+${a("k8", "s1")}`,
  });
  return b.finish();
}

// ================================= BKPSDM Kabupaten Bolaang Pesisir (Sulawesi Utara), T-C.27 2025-2029

type Tc = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  rp?: number[];
  f: string;
};

export function tc27Bkpsdm(): BookW {
  const b = new BookW(
    "tc27-renstra-bkpsdm-bolaang-pesisir-2025-2029.xlsx",
    "T-C.27 Renstra BKPSDM 2025-2029",
    "T-C.27 of a BKPSDM in Sulawesi Utara, '(dalam ribuan rupiah)': Kode | Program dan Kegiatan | Indikator Kinerja | Satuan | Data Capaian Awal (2024) | Tahun ke-1 (2025) .. Tahun ke-5 (2029) > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | PD Penanggung Jawab; program Rp = SUM of its kegiatan; kondisi akhir Rp = SUM of the five years, K = the year-5 target",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BOLAANG PESISIR",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan BKPSDM Kabupaten Bolaang Pesisir Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "p1",
      kode: "5.04.02",
      nm: "PROGRAM KEPEGAWAIAN DAERAH",
      ind: "Nilai Indeks Sistem Merit",
      sat: "poin",
      awal: 262.5,
      tg: [275, 290, 305, 320, 335],
      f: DEC,
    },
    {
      id: "k11",
      kode: "5.04.02.2.03",
      nm: "Mutasi dan Promosi ASN",
      ind: "Persentase kenaikan pangkat ASN yang ditetapkan tepat waktu",
      sat: "%",
      awal: 86.4,
      tg: [88, 90, 92, 94, 95],
      rp: [612_500, 640_000, 668_750, 701_200, 735_000],
      f: DEC,
    },
    {
      id: "k12",
      kode: "5.04.02.2.04",
      nm: "Penilaian dan Evaluasi Kinerja Aparatur serta Penegakan Disiplin",
      ind: "Persentase ASN yang dijatuhi hukuman disiplin",
      sat: "%",
      awal: 1.2,
      tg: [1.1, 1, 0.9, 0.8, 0.7],
      rp: [418_300, 436_000, 455_900, 476_250, 497_800],
      f: DEC,
    },
    {
      id: "p2",
      kode: "5.04.03",
      nm: "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA",
      ind: "Indeks Profesionalitas ASN",
      sat: "indeks",
      awal: 68.9,
      tg: [71, 73, 75, 77, 80],
      f: DEC,
    },
    {
      id: "k21",
      kode: "5.04.03.2.01",
      nm: "Pengembangan Kompetensi ASN",
      ind: "Rata-rata jam pelajaran pengembangan kompetensi per ASN",
      sat: "JP",
      awal: 9,
      // planted: the 2027 target typed 180 (18 JP)
      tg: [12, 15, 180, 20, 22],
      rp: [1_845_000, 1_960_500, 2_087_250, 2_210_000, 2_346_800],
      f: "0",
    },
    {
      id: "k22",
      kode: "5.04.03.2.02",
      nm: "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
      ind: "Persentase pejabat fungsional yang lulus uji kompetensi",
      sat: "%",
      awal: 72.5,
      tg: [75, 78, 80, 83, 85],
      rp: [356_000, 372_400, 390_100, 408_600, 428_000],
      f: DEC,
    },
  ];
  const kids: Record<string, string[]> = { p1: ["k11", "k12"], p2: ["k21", "k22"] };
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      width: 11,
    },
    ...Y.flatMap((i): Col[] => [
      {
        key: `t${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i} (${2024 + i})`, "Target"],
        role: "target",
        year: 2024 + i,
        width: 9,
      },
      {
        key: `r${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${i} (${2024 + i})`, "Rp"],
        role: "anggaran",
        year: 2024 + i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      width: 9,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["PD Penanggung Jawab"], role: "penanggung-jawab", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: !x.rp,
      cells: (c) => ({
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(
          Y.flatMap((i) => [
            [`t${i}`, fmt(x.tg[i - 1], x.f)],
            [`r${i}`, x.rp ? x.rp[i - 1] : fx(kids[x.id].map((k) => c.a(`r${i}`, k)).join("+"))],
          ]),
        ),
        ak: fx(c.a("t5")),
        // planted: the disiplin kegiatan's kondisi akhir Rp adds four years only
        akr: fx((x.id === "k12" ? [1, 2, 3, 4] : Y).map((i) => c.a(`r${i}`)).join("+")),
        pj: "BKPSDM",
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator persentase ASN yang dijatuhi hukuman disiplin semakin kecil semakin baik.",
  ]);

  const a = (k: string, id: string) => t.a(k, id);
  const yearsRp = (id: string) => Y.map((i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akr", "k12") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 5.04.02.2.04 adds Tahun ke-1 .. ke-4 only (1,786,450); with Tahun ke-5's 497,800 the five years give 2,284,250",
    truth: yearsRp("k12"),
  });
  b.plant({
    at: { sheet: S, cell: a("t3", "k21") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 (2027) target of the rata-rata JP per ASN is typed 180 between 15 and 20; it is 18 JP",
    truth: "18",
  });
  for (const x of rows) {
    if (x.id !== "k12")
      b.ok({ sheet: S, cell: a("akr", x.id), rules: ["kondisi-akhir-mismatch"], truth: yearsRp(x.id) });
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", x.id),
      // a rate / index / average: the kondisi akhir is the year-5 target, not the five years added
      trap: `SUM(${a("t1", x.id)}:${a("t5", x.id)})`,
    });
  }
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("r1", id),
      rules: ["sum-mismatch"],
      truth: kids[id].map((k) => a("r1", k)).join("+"),
    });
  b.ok({ sheet: S, cell: a("t5", "k12"), rules: ["target-trend"], truth: "0.7" });
  b.ok({ sheet: S, cell: a("t4", "k21"), rules: ["target-outlier"], truth: "20" });
  return b.finish();
}

// ====================================== BKPSDM Kabupaten Rejang Hulu (Bengkulu), rekap ASN per OPD

type Opd = { nm: string; g: [number, number, number, number]; pppk: number; grp: "A" | "B" };

export function rekapAsnGolongan(): BookW {
  const b = new BookW(
    "rekap-asn-golongan-per-opd-rejang-hulu.xlsx",
    "Rekap ASN per perangkat daerah menurut golongan (BKPSDM)",
    "recap of ASN per OPD by golongan, Desember 2024: No | Perangkat Daerah | 'Pegawai Negeri Sipil' > Gol. I | II | III | IV | Jumlah PNS | PPPK | Jumlah ASN | % Gol. III dan IV; number row '(7) = (3)+(4)+(5)+(6)', '(9) = (7)+(8)', '(10) = ((5)+(6)) / (7) x 100'; JUMLAH row",
  );
  const S = "Rekap ASN Des 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "KABUPATEN REJANG HULU"]);
  s.lines([
    "REKAPITULASI APARATUR SIPIL NEGARA MENURUT GOLONGAN PER PERANGKAT DAERAH",
    "Keadaan per 31 Desember 2024",
  ]);
  s.gap();
  const opd: Opd[] = [
    { nm: "Sekretariat Daerah", g: [4, 38, 96, 27], pppk: 22, grp: "A" },
    { nm: "Sekretariat DPRD", g: [3, 21, 34, 8], pppk: 15, grp: "A" },
    { nm: "Inspektorat Daerah", g: [0, 0, 41, 12], pppk: 0, grp: "A" },
    { nm: "Dinas Pendidikan dan Kebudayaan", g: [2, 64, 1_187, 842], pppk: 1_036, grp: "A" },
    { nm: "Dinas Kesehatan", g: [1, 212, 498, 61], pppk: 384, grp: "A" },
    { nm: "Dinas Pekerjaan Umum dan Penataan Ruang", g: [6, 29, 47, 9], pppk: 18, grp: "A" },
    {
      nm: "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
      g: [0, 9, 31, 10],
      pppk: 6,
      grp: "B",
    },
    { nm: "Badan Keuangan dan Aset Daerah", g: [1, 17, 52, 11], pppk: 9, grp: "B" },
    { nm: "Badan Kepegawaian dan Pengembangan SDM", g: [0, 12, 29, 7], pppk: 5, grp: "B" },
    { nm: "RSUD Curup Hulu", g: [2, 96, 141, 18], pppk: 127, grp: "B" },
  ];
  const ids = opd.map((_, i) => `o${i + 1}`);
  const G = "Pegawai Negeri Sipil (PNS)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Perangkat Daerah"], num: "(2)", width: 40 },
      { key: "g1", head: [G, "Gol. I"], role: "lainnya", num: "(3)", fmt: INT, width: 8 },
      { key: "g2", head: [G, "Gol. II"], role: "lainnya", num: "(4)", fmt: INT, width: 8 },
      { key: "g3", head: [G, "Gol. III"], role: "lainnya", num: "(5)", fmt: INT, width: 8 },
      { key: "g4", head: [G, "Gol. IV"], role: "lainnya", num: "(6)", fmt: INT, width: 8 },
      {
        key: "pns",
        head: [G, "Jumlah PNS"],
        role: "lainnya",
        num: "(7) = (3)+(4)+(5)+(6)",
        fmt: INT,
        width: 10,
      },
      { key: "pppk", head: ["PPPK"], role: "lainnya", num: "(8)", fmt: INT, width: 8 },
      { key: "asn", head: ["Jumlah ASN"], role: "lainnya", num: "(9) = (7)+(8)", fmt: INT, width: 10 },
      {
        key: "p34",
        head: ["% PNS Gol. III dan IV"],
        role: "lainnya",
        num: "(10) = ((5)+(6)) / (7) x 100",
        fmt: DEC,
        width: 12,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...opd.map((o, i): Row => ({
        id: ids[i],
        cells: (c) => ({
          no: i + 1,
          nm: o.nm,
          g1: o.g[0],
          g2: o.g[1],
          g3: o.g[2],
          g4: o.g[3],
          pns: fx(`SUM(${c.a("g1")}:${c.a("g4")})`),
          pppk: o.pppk,
          // planted: the Dinas Kesehatan's Jumlah ASN is typed (772 + 384 = 1,156)
          asn: i === 4 ? 1_165 : fx(`${c.a("pns")}+${c.a("pppk")}`),
          p34: fx(`ROUND((${c.a("g3")}+${c.a("g4")})/${c.a("pns")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const col = (k: string) => `SUM(${c.a(k, "o1")}:${c.a(k, "o10")})`;
          return {
            no: "JUMLAH",
            g1: fx(col("g1")),
            g2: fx(col("g2")),
            g3: fx(col("g3")),
            g4: fx(col("g4")),
            pns: fx(col("pns")),
            // planted: stale total (the RSUD's 127 PPPK were 109 before the December formasi)
            pppk: fx(col("pppk"), 1_604),
            asn: fx(col("asn")),
            p34: fx(`ROUND((${c.a("g3")}+${c.a("g4")})/${c.a("pns")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SIASN BKN dan SIMPEG BKPSDM Kabupaten Rejang Hulu, diolah.",
    "PPPK tidak memiliki golongan ruang PNS.",
  ]);

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("asn", "o5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah ASN of the Dinas Kesehatan is a typed 1,165 among (7)+(8) formulas; 772 PNS + 384 PPPK give 1,156",
    truth: `${a("pns", "o5")}+${a("pppk", "o5")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pppk", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH PPPK is =SUM over the OPD with a stale cached 1,604 (the RSUD's PPPK revised from 109 to 127 after the last recalculation); the ten OPD give 1,622",
    truth: ids.map((id) => a("pppk", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p34", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND((${a("g3", "tot")}+${a("g4", "tot")})/${a("pns", "tot")}*100,2)`,
    // the total share is the ratio of the totals, not the average of the OPD shares
    trap: `AVERAGE(${a("p34", "o1")}:${a("p34", "o10")})`,
  });
  b.ok({ sheet: S, cell: a("p34", "o3"), rules: ["percent-out-of-range"], truth: "100" });
  for (const k of ["g2", "g3", "pns"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  for (const id of ["o4", "o10"]) {
    b.ok({
      sheet: S,
      cell: a("asn", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `${a("pns", id)}+${a("pppk", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pns", id),
      rules: ["sum-mismatch"],
      truth: ["g1", "g2", "g3", "g4"].map((k) => a(k, id)).join("+"),
    });
  }
  return b.finish();
}
