// The Renja evaluation (E.81) of the Dinas PUPR Kabupaten Lembah Tirta (Jawa Tengah) and the Renstra
// funding table (T-C.27) of the Dinas PUPR Kota Sungai Bening (Kalimantan Selatan): SPAM, sambungan
// rumah, akses air minum layak / aman, kehilangan air. Every name and number is invented.
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

/** E.81 of the Dinas PUPR Kabupaten Lembah Tirta, s.d. Triwulan IV 2024 (Renstra 2021-2026). */
export function e81Spam(): BookW {
  const b = new BookW(
    "evaluasi-e81-spam-pupr-lembah-tirta-297.xlsx",
    "E.81 Evaluasi Renja (PUPR, SPAM)",
    "E.81 s.d. Triwulan IV 2024; calendar years in the headers (s.d. 2023, Renja 2024); Kinerja | Keuangan (Rp) pairs; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; akses air minum layak (a level) over SR and SPAM perdesaan (flows); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH TIRTA",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Pangeran Wiraguna No. 12 Tirta Kota, Jawa Tengah",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PUPR KABUPATEN LEMBAH TIRTA",
    "Bidang Air Minum - Periode Pelaksanaan s.d. Triwulan IV Tahun 2024 (Renstra 2021-2026)",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.03.03.2.01.0002",
      ur: "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perkotaan",
      ind: "Jumlah sambungan rumah (SR) baru jaringan perpipaan perkotaan",
      sat: "SR",
      level: false,
      k5: 8000,
      k6: 4920,
      k7: 1600,
      q: [240, 410, 505, 470],
      r5: 64_500_000_000,
      r6: 38_912_400_000,
      r7: 13_250_000_000,
      rq: [1_105_600_000, 3_487_250_000, 4_912_800_000, 3_366_900_000],
    },
    {
      id: "s2",
      kode: "1.03.03.2.01.0006",
      ur: "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perdesaan",
      ind: "Jumlah unit SPAM perdesaan yang terbangun",
      sat: "unit",
      level: false,
      k5: 40,
      k6: 22,
      k7: 8,
      q: [0, 2, 3, 3],
      r5: 28_000_000_000,
      r6: 15_204_700_000,
      r7: 5_600_000_000,
      rq: [312_500_000, 1_488_900_000, 2_104_350_000, 1_520_700_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.03.03.2.01",
    ur: "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota",
    ind: "Jumlah sambungan rumah (SR) baru yang terpasang",
    sat: "SR",
    level: false,
    k5: 12000,
    k6: 7350,
    k7: 2400,
    q: [380, 610, 720, 655],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.03.03",
    ur: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
    ind: "Persentase rumah tangga dengan akses air minum layak",
    sat: "%",
    level: true,
    k5: 92,
    k6: 81.4,
    k7: 85,
    q: [81.9, 82.6, 83.8, 85.3],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi Triwulan I", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi Triwulan II", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi Triwulan III", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi Triwulan IV", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      "14 = 13/5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: (12) Rp of .0006 typed 5,462,450,000 (quarters 5,426,450,000); (13) K of .0002 typed 6,455 (4,920 + 1,625 = 6,545)
  const R12S2 = 5_462_450_000;
  const K13S1 = 6455;
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
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
      k13: e.id === "s1" ? K13S1 : k13(e),
      r13: e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "Bidang Cipta Karya / Seksi Air Minum",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
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
        cells: { no: "Predikat kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: hibah air minum perkotaan dan dukungan DAK bidang air minum.",
    "Faktor penghambat: debit sumber air baku turun pada musim kemarau; tindak lanjut: optimalisasi IPA eksisting.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tirta Kota, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG"],
    nama: "Ir. BAMBANG SETYO WIDAGDO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19711009 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 Rp of sub kegiatan 1.03.03.2.01.0006 is 5,462,450,000; the four quarters add up to 5,426,450,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k13", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 13 K of sub kegiatan 1.03.03.2.01.0002 is 6,455 SR; 6 + 12 = 4,920 + 1,625 = 6,545 (a flow of SR)",
    truth: `${a("k6", "s1")}+${a("k12", "s1")}`,
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
  for (const id of ["keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
  for (const id of ["keg", "s2"])
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
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
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
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
  kode?: string;
  ur?: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinas PUPR Kota Sungai Bening, Renstra 2025-2029, Rp in thousands. */
export function tc27Spam(): BookW {
  const b = new BookW(
    "renstra-tc27-spam-pupr-sungai-bening-297.xlsx",
    "T-C.27 Rencana program dan pendanaan (PUPR, SPAM)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran column merged down the rows; Tahun ke-1..ke-5 over Target | Rp; a second program indicator without code (NRW, a negative level); kegiatan Rp = SUM of its sub kegiatan, program Rp = the kegiatan; kondisi akhir Rp = the five years; Lokasi column",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SUNGAI BENING", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Bidang Air Minum",
    "Dinas PUPR Kota Sungai Bening Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "1.03.03",
      ur: "PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM",
      ind: "Persentase rumah tangga yang mendapat akses air minum aman",
      sat: "%",
      level: true,
      awal: 18.5,
      k: [21, 24, 27.5, 31, 35],
    },
    {
      id: "p2",
      ind: "Tingkat kehilangan air (non revenue water) SPAM perpipaan",
      sat: "%",
      level: true,
      awal: 33.8,
      k: [32, 30, 28, 26, 24],
    },
    {
      id: "g",
      kode: "1.03.03.2.01",
      ur: "Pengelolaan dan Pengembangan SPAM di Daerah Kabupaten/Kota",
      ind: "Jumlah sambungan rumah baru yang terpasang",
      sat: "SR",
      level: false,
      awal: 2150,
      k: [2500, 2600, 2700, 2800, 3000],
    },
    {
      id: "s1",
      kode: "1.03.03.2.01.0002",
      ur: "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perkotaan",
      ind: "Panjang pipa distribusi yang terbangun",
      sat: "km",
      level: false,
      awal: 12,
      k: [14, 15, 15, 16, 16],
      rp: [18_450_000, 19_200_000, 20_150_000, 21_000_000, 22_300_000],
    },
    {
      id: "s2",
      kode: "1.03.03.2.01.0011",
      ur: "Pemasangan Sambungan Rumah Jaringan Perpipaan bagi MBR",
      ind: "Jumlah SR bagi masyarakat berpenghasilan rendah",
      sat: "SR",
      level: false,
      awal: 900,
      k: [1000, 1100, 1150, 1200, 1300],
      rp: [6_250_000, 6_875_000, 7_187_500, 7_500_000, 8_125_000],
    },
    {
      id: "s3",
      kode: "1.03.03.2.01.0014",
      ur: "Peningkatan Kapasitas Instalasi Pengolahan Air (IPA)",
      ind: "Persentase kapasitas terpasang IPA yang dimanfaatkan",
      sat: "%",
      level: true,
      awal: 71.2,
      k: [74, 77, 80, 83, 85],
      rp: [4_800_000, 9_600_000, 3_250_000, 2_100_000, 1_850_000],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5" },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "6",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: `${5 + 2 * y}`,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: `${6 + 2 * y}`,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "18", fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 16 },
  ];
  // planted: kondisi akhir of the NRW row copied from Tahun ke-3 (28; the ke-5 target is 24)
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
          sas: "Meningkatnya akses rumah tangga terhadap air minum aman",
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK: p.id === "p2" ? 28 : p.level ? p.k[4] : sum(p.k),
          pj: "Bidang Cipta Karya",
          lok: "Kota Sungai Bening",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g")
            // planted: Tahun ke-3 sums only the first two sub kegiatan
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s2" : "s3")})`);
          else if (p.id === "p") out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        if (p.id !== "p2") out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: indikator persentase dan NRW berupa tingkat; kondisi akhir = target tahun ke-5."]);
  s.gap();
  signature(s, 14, {
    tempat: "Sungai Bening, 24 Februari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"],
    nama: "H. AHMAD RIDHANI NOOR, S.T., M.T.",
    nip: "19760318 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  const ky = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r3", "g") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 1.03.03.2.01 is =SUM over two sub kegiatan (27,337,500); with IPA's 3,250,000 it is 30,587,500",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}+${a("r3", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akK", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the NRW rate is 28 (the Tahun ke-3 target); a level ends at the Tahun ke-5 target 24",
    truth: a("k5", "p2"),
  });
  for (const id of ["p", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ky(id),
    });
  for (const id of ["g", "s2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ky(id),
      trap: a("k5", id),
    });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: ky("s1") });
  for (const id of ["s1", "s2", "s3"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 4, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}+${a(`r${y}`, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.03.03.2.01"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
