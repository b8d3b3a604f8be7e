// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two Dinas Perkebunan:
// peremajaan sawit rakyat (PSR), benih unggul, STDB and sertifikasi ISPO. Every name and number is
// invented; codes follow the Kepmendagri pattern for urusan 3.27 (pertanian).
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

type Ev = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level?: boolean;
  k: [number, number, number];
  q: number[];
  rp: [number, number, number];
  rq: number[];
};

/** E.81 of the Dinas Perkebunan Kabupaten Sungai Lesap (Riau), s.d. Triwulan IV 2024. */
export function e81Perkebunan(): BookW {
  const b = new BookW(
    "e81-renja-disbun-sungai-lesap-2024.xlsx",
    "E.81 Evaluasi Renja (Dinas Perkebunan)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026, calendar-year headers, Kinerja | Anggaran (Rp) pairs, no Satuan column (unit inside the indicator), three header rows with the quarters grouped under 'Realisasi Kinerja Pada Triwulan', Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUNGAI LESAP",
    "DINAS PERKEBUNAN DAN PETERNAKAN",
    "Jl. Lintas Timur Km. 7, Lesap Hilir",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Perkebunan dan Peternakan Kabupaten Sungai Lesap",
    "Renstra Perangkat Daerah Tahun 2021-2026, periode pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: Ev[] = [
    {
      id: "s1",
      kode: "3.27.02.2.02.0003",
      ur: "Fasilitasi Peremajaan Sawit Rakyat (PSR)",
      ind: "Luas lahan PSR yang ditanam ulang (ha)",
      sat: "ha",
      k: [6000, 3150, 1200],
      q: [150, 310, 420, 290],
      rp: [9_600_000_000, 5_215_400_000, 1_950_000_000],
      rq: [182_450_000, 463_900_000, 598_120_000, 521_330_000],
    },
    {
      id: "s2",
      kode: "3.27.02.2.02.0005",
      ur: "Fasilitasi Sertifikasi ISPO Pekebun Swadaya",
      ind: "Jumlah pekebun bersertifikat ISPO (orang)",
      sat: "orang",
      k: [2500, 860, 600],
      q: [0, 120, 210, 240],
      rp: [3_750_000_000, 1_128_600_000, 880_000_000],
      rq: [41_200_000, 196_350_000, 287_400_000, 312_750_000],
    },
  ];
  const tot = (f: (e: Ev) => number[]) => f(subs[0]).map((_, i) => sum(subs.map((e) => f(e)[i])));
  const keg: Ev = {
    id: "keg",
    kode: "3.27.02.2.02",
    ur: "Pengelolaan Benih dan Peremajaan Tanaman Perkebunan",
    ind: "Jumlah pekebun penerima benih sawit unggul bersertifikat (orang)",
    sat: "orang",
    k: [9000, 4870, 1800],
    q: [220, 540, 610, 380],
    rp: tot((e) => e.rp) as [number, number, number],
    rq: tot((e) => e.rq),
  };
  const prog: Ev = {
    ...keg,
    id: "prog",
    kode: "3.27.02",
    ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
    ind: "Produktivitas TBS kebun sawit rakyat (ton/ha/tahun)",
    sat: "ton/ha",
    level: true,
    k: [22, 18.4, 19.5],
    q: [18.6, 18.9, 19.3, 19.8],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: Ev) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: Ev) => (e.level ? k12(e) : e.k[1] + k12(e));
  const k14 = (e: Ev) => round((k13(e) / e.k[0]) * 100);
  const r13 = (e: Ev) => e.rp[1] + sum(e.rq);
  const r14 = (e: Ev) => round((r13(e) / e.rp[0]) * 100);
  const pair = (
    key: string,
    head: string[],
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...head, "Anggaran (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const Q = "Realisasi Kinerja Pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    ...pair("5", ["Target Kinerja Capaian Program (Renstra) Tahun 2026"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Target Kinerja Hasil Program dan Keluaran Kegiatan s.d. Tahun 2023"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", ["Target Kinerja dan Anggaran Renja Tahun 2024"], "7", "target", "anggaran", 2024),
    ...pair("8", [Q, "I"], "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", [Q, "II"], "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", [Q, "III"], "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", [Q, "IV"], "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024"],
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024"],
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2024 (%)"],
      "14",
      "capaian",
      "capaian",
    ),
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "15",
      width: 18,
    },
  ];
  // planted: (12) Kinerja of the PSR sub kegiatan typed 1,270 ha; the quarters give 1,170
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: {
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      k5: e.k[0],
      r5: e.rp[0],
      k6: e.k[1],
      r6: e.rp[1],
      k7: e.k[2],
      r7: e.rp[2],
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((j) => [
          [`k${8 + j}`, e.q[j]],
          [`r${8 + j}`, e.rq[j]],
        ]),
      ),
      k12: e.id === "s1" ? 1270 : k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: r13(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Produksi dan Perlindungan Perkebunan",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
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
          no: "Rata-rata Capaian Kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "ind"],
        // planted: the kinerja average 73.19 is "Sedang", written "Tinggi"
        cells: {
          no: "Predikat Kinerja",
          k14: avgK > 75 ? "Sangat Tinggi" : "Tinggi",
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: capaian produktivitas TBS dihitung dari tingkat produktivitas Triwulan IV (bukan penjumlahan triwulan).",
    "Faktor penghambat: jadwal penyaluran dana PSR BPDPKS dan verifikasi legalitas lahan pekebun.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Lesap Hilir, 20 Januari 2025",
    jabatan: ["Kepala Dinas Perkebunan dan Peternakan", "Kabupaten Sungai Lesap"],
    nama: "Ir. HENDRA SYAHPUTRA NASUTION, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760214 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Kinerja of sub kegiatan 3.27.02.2.02.0003 (PSR) is 1,270 ha; the four quarters add up to 150+310+420+290 = 1,170",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Tinggi' for a kinerja average of 73.19; the band > 65 to 75 is 'Sedang'",
    truth: `PREDIKAT(${a("k14", "avg")})`,
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
  for (const id of ["keg", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
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

type Tc = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** kondisi akhir K: the last target for rates, the sum for counts */
  ak: "last" | "sum";
  rp?: number[];
  subs?: string[];
};

/** T-C.27 of the Dinas Perkebunan Kabupaten Muara Tebing (Jambi), Renstra 2025-2029. */
export function tc27Perkebunan(): BookW {
  const b = new BookW(
    "tc27-renstra-disbun-muara-tebing-2025-2029.xlsx",
    "T-C.27 Renstra pendanaan (Dinas Perkebunan)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)', Kondisi Kinerja pada Awal Periode (2024), Tahun ke-1..5 (years in the second header row) > Target | Rp, Kondisi Akhir K | Rp with formulas, program and kegiatan Rp as SUM of the rows under them, Lokasi column last",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Dinas Perkebunan Kabupaten Muara Tebing Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: Tc[] = [
    {
      id: "prog",
      kode: "3.27.02",
      ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
      ind: "Persentase kebun sawit rakyat tersertifikasi ISPO",
      sat: "%",
      awal: 6.5,
      k: [9, 12.5, 16, 20, 24],
      ak: "last",
      subs: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "3.27.02.2.01",
      ur: "Pengawasan Mutu dan Sertifikasi Usaha Perkebunan",
      ind: "Jumlah kelompok tani sawit yang didampingi sertifikasi",
      sat: "kelompok",
      awal: 4,
      k: [6, 8, 8, 10, 10],
      ak: "sum",
      subs: ["s11", "s12"],
    },
    {
      id: "s11",
      kode: "3.27.02.2.01.0002",
      ur: "Pendampingan Sertifikasi ISPO bagi Pekebun Swadaya",
      ind: "Jumlah pekebun yang memperoleh sertifikat ISPO",
      sat: "orang",
      awal: 120,
      k: [150, 200, 220, 250, 280],
      ak: "sum",
      rp: [412_500, 455_800, 478_300, 502_100, 527_600],
    },
    {
      id: "s12",
      kode: "3.27.02.2.01.0004",
      ur: "Pemetaan Kebun dan Penerbitan STDB",
      ind: "Jumlah STDB yang diterbitkan",
      sat: "dokumen",
      awal: 350,
      k: [500, 600, 650, 700, 700],
      ak: "sum",
      rp: [268_400, 281_900, 296_000, 310_800, 326_300],
    },
    {
      id: "k2",
      kode: "3.27.02.2.02",
      ur: "Penyediaan Benih dan Peremajaan Tanaman Perkebunan",
      ind: "Persentase kebun sawit rakyat tua/rusak yang diremajakan",
      sat: "%",
      awal: 8.2,
      k: [11, 14.5, 18, 21.5, 25],
      ak: "last",
      subs: ["s21", "s22"],
    },
    {
      id: "s21",
      kode: "3.27.02.2.02.0001",
      ur: "Fasilitasi Peremajaan Sawit Rakyat",
      ind: "Luas kebun sawit rakyat yang ditanam ulang",
      sat: "ha",
      awal: 410,
      k: [500, 600, 650, 700, 750],
      ak: "sum",
      rp: [1_850_000, 2_120_500, 2_296_700, 2_472_900, 2_649_000],
    },
    {
      id: "s22",
      // planted: a sub kegiatan of program 3.27.03 under kegiatan 3.27.02.2.02
      kode: "3.27.03.2.02.0007",
      ur: "Penyaluran Bibit Sawit Unggul Bersertifikat",
      ind: "Jumlah bibit sawit unggul yang disalurkan",
      sat: "batang",
      awal: 45_000,
      k: [60_000, 70_000, 75_000, 80_000, 80_000],
      ak: "sum",
      rp: [725_300, 798_400, 842_600, 889_100, 921_500],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i + 1}`, head: [`Tahun ke-${i + 1}`, String(y), "Target"], role: "target", year: y },
      {
        key: `r${i + 1}`,
        head: [`Tahun ke-${i + 1}`, String(y), "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "akk",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "2029", "Target"],
      role: "kondisi-akhir",
      year: 2029,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "2029", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: (x) => {
      const c: Record<string, string | number | ReturnType<typeof fx>> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        akk: e.ak === "last" ? e.k[4] : sum(e.k),
        pj: e.id === "s21" || e.id === "s22" ? "Bidang Produksi" : "Bidang Usaha dan Sertifikasi",
        lok: "Kab. Muara Tebing",
      };
      Y.forEach((_, i) => {
        c[`k${i + 1}`] = e.k[i];
        c[`r${i + 1}`] = e.subs ? fx(e.subs.map((id) => x.a(`r${i + 1}`, id)).join("+")) : e.rp![i];
      });
      // planted: the STDB kondisi akhir Rp typed 1,438,400 (the five years give 1,483,400)
      c.akr = e.id === "s12" ? 1_438_400 : fx(Y.map((_, i) => x.a(`r${i + 1}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows: body });
  s.gap();
  signature(s, 14, {
    tempat: "Muara Tebing, 12 Maret 2025",
    jabatan: ["KEPALA DINAS PERKEBUNAN", "KABUPATEN MUARA TEBING"],
    nama: "Dr. Ir. SYAFRIZAL AMRI, M.P.",
    nip: "19710903 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (p: string, id: string) => Y.map((_, i) => a(`${p}${i + 1}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akr", "s12") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "Kondisi akhir Rp of 3.27.02.2.01.0004 (STDB) is a typed 1,438,400 among formulas; the five years add up to 1,483,400",
    truth: yrs("r", "s12"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 3.27.03.2.02.0007 (program 3.27.03) sits under kegiatan 3.27.02.2.02",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s22")})`,
  });
  for (const id of ["prog", "k2"])
    b.ok({
      sheet: S,
      cell: a("akk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yrs("k", id),
    });
  for (const id of ["k1", "s11", "s12", "s21"])
    b.ok({ sheet: S, cell: a("akk", id), rules: ["kondisi-akhir-mismatch"], truth: yrs("k", id) });
  for (const id of ["prog", "k1", "k2", "s11", "s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("akr", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("r", id),
    });
  for (const i of [1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s21")}+${a(`r${i}`, "s22")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "k1")}+${a(`r${i}`, "k2")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s21")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s12"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k1"),
    actual: `PARENT(${a("kode", "s12")})`,
  });
  return b.finish();
}
