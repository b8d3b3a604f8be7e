// The Renja evaluation (E.81) and the Renstra funding table (T-C.27) of two UPTD Laboratorium
// Kesehatan Daerah (BLUD): sampel klinik, air and makanan, waktu tunggu hasil, uji profisiensi.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  predikat,
  letterhead,
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

/** E.81 of the Dinas Kesehatan Kota Tanjung Wangi (Kalimantan Selatan), UPTD Labkesda, s.d. TW IV 2024. */
export function e81Labkesda(): BookW {
  const b = new BookW(
    "evaluasi-e81-uptd-labkesda-tanjung-wangi.xlsx",
    "E.81 Evaluasi Renja (UPTD Labkesda)",
    "E.81 s.d. Triwulan IV 2024, Renstra 2021-2026; calendar years in the headers; Kinerja | Keuangan pairs; an extra 'Tingkat Capaian Renja (%)' pair; no No column; a level row (% hasil tepat waktu) over flows (sampel); Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG WANGI",
    "DINAS KESEHATAN - UPTD LABORATORIUM KESEHATAN DAERAH (BLUD)",
    "Jl. Pangeran Hidayat No. 17 Tanjung Wangi",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja UPTD Laboratorium Kesehatan Daerah Kota Tanjung Wangi",
    "Renstra Dinas Kesehatan 2021-2026, Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0031",
      ur: "Pelayanan Pemeriksaan Laboratorium Klinik Rujukan",
      ind: "Jumlah sampel klinik yang diperiksa",
      sat: "sampel",
      level: false,
      k5: 42_000,
      k6: 23_800,
      k7: 8_700,
      q: [2_050, 2_270, 2_360, 2_395],
      r5: 11_250_000_000,
      r6: 6_318_400_000,
      r7: 2_340_000_000,
      rq: [402_150_000, 588_920_000, 611_305_000, 702_480_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0032",
      ur: "Pengujian Sampel Kesehatan Lingkungan (Air dan Makanan)",
      ind: "Jumlah sampel air dan makanan yang diuji",
      sat: "sampel",
      level: false,
      k5: 18_000,
      k6: 10_150,
      k7: 3_800,
      q: [860, 970, 1_025, 1_015],
      r5: 5_400_000_000,
      r6: 3_012_750_000,
      r7: 1_120_000_000,
      rq: [188_400_000, 262_815_000, 301_960_000, 338_205_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.02.02.2.02",
    ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah sampel yang diperiksa laboratorium",
    sat: "sampel",
    level: false,
    k5: 60_000,
    k6: 33_950,
    k7: 12_500,
    q: [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.q[i]))),
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase hasil pemeriksaan laboratorium yang selesai sesuai standar waktu tunggu",
    sat: "%",
    level: true,
    k5: 95,
    k6: 88.4,
    k7: 92,
    q: [89.2, 90.5, 91.8, 93.1],
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
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const tw = (n: number, i: string) =>
    pair(
      String(n),
      `Realisasi Kinerja dan Anggaran Triwulan ${i} 2024`,
      String(n),
      "realisasi",
      "realisasi-anggaran",
      2024,
    );
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", "Target Renstra PD Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra s.d. Renja 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja 2024", "7", "target", "anggaran", 2024),
    ...tw(8, "I"),
    ...tw(9, "II"),
    ...tw(10, "III"),
    ...tw(11, "IV"),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("cr", "Tingkat Capaian Renja 2024 (%)", "12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. 2024",
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
  // planted: sub kegiatan .0031's (12) Kinerja typed 9,705; the quarters give 9,075
  const K12S1 = 9_705;
  // planted: sub kegiatan .0032's (13) Rp typed 100,000,000 short of 6 + 12
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
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
      ...Object.fromEntries(
        [8, 9, 10, 11].flatMap((n, i) => [
          [`k${n}`, e.q[i]],
          [`r${n}`, e.rq[i]],
        ]),
      ),
      k12: e.id === "s1" ? K12S1 : k12(e),
      r12: r12(e),
      kcr: round((k12(e) / e.k7) * 100),
      rcr: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.id === "s2" ? e.r6 + r12(e) - 100_000_000 : e.r6 + r12(e),
      k14: k14(e),
      r14: r14(e),
      pj: "UPTD Labkesda",
    },
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: (x) => ({
          kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        cells: () => ({
          kode: "Predikat Kinerja",
          k14: predikat(round(sum(rows.map(k14)) / 4)),
          r14: predikat(round(sum(rows.map(r14)) / 4)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: penambahan alat hematology analyzer dan sistem informasi laboratorium (LIS).",
    "Tindak lanjut: perluasan layanan pengambilan sampel air ke puskesmas.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Tanjung Wangi, 14 Januari 2025",
    jabatan: ["KEPALA UPTD LABORATORIUM KESEHATAN DAERAH"],
    nama: "dr. RAHMATULLAH NOOR, M.Kes.",
    pangkat: "Pembina (IV/a)",
    nip: "19760823 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s1") },
    rules: ["sum-mismatch"],
    note: "Column 12 Kinerja of sub kegiatan 1.02.02.2.02.0031 is 9,705 sampel; the four quarters add up to 9,075 (digits swapped)",
    truth: q("k", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 13 Rp of sub kegiatan 1.02.02.2.02.0032 is 4,004,130,000; 6 + 12 = 3,012,750,000 + 1,091,380,000 = 4,104,130,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
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
  for (const id of ["keg", "s2"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
  for (const id of ["keg", "s1"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("rcr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r12", id)}/${a("r7", id)}*100,2)`,
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
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the Dinas Kesehatan Kabupaten Lembah Sarimas (Sumatera Barat), Renstra 2025-2029, Rp in thousands. */
export function tc27Labkesda(): BookW {
  const b = new BookW(
    "renstra-tc27-labkesda-blud-lembah-sarimas.xlsx",
    "T-C.27 Rencana program dan pendanaan (UPTD Labkesda)",
    "T-C.27 Renstra 2025-2029 '(Rp 000)'; Tahun ke-1..ke-5 > Target | Rp, group headers written once (not merged); two programs (BLUD penunjang, UKM/UKP rujukan); kegiatan Rp = SUM of sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = sum of the years; levels (%) and flows (sampel, dokumen)",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARIMAS",
    "DINAS KESEHATAN",
    "UPTD LABORATORIUM KESEHATAN DAERAH",
  ]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif UPTD Labkesda Tahun 2025-2029",
    "(Rp 000)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p1",
      kode: "1.02.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Persentase realisasi pendapatan BLUD terhadap target",
      sat: "%",
      level: true,
      awal: 96,
      k: [97, 98, 99, 100, 100],
    },
    {
      id: "g1",
      kode: "1.02.01.2.10",
      ur: "Peningkatan Pelayanan BLUD",
      ind: "Jumlah dokumen laporan keuangan BLUD",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
    },
    {
      id: "s0",
      kode: "1.02.01.2.10.0001",
      ur: "Pelayanan dan Penunjang Pelayanan BLUD",
      ind: "Jumlah sampel klinik, air dan makanan yang diperiksa",
      sat: "sampel",
      level: false,
      awal: 13_650,
      k: [14_200, 15_000, 15_800, 16_600, 17_500],
      rp: [3_850_000, 4_120_500, 4_398_200, 4_705_600, 5_032_400],
    },
    {
      id: "p2",
      kode: "1.02.02",
      ur: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase parameter uji profisiensi dengan hasil memuaskan",
      sat: "%",
      level: true,
      awal: 86,
      k: [88, 90, 92, 94, 95],
    },
    {
      id: "g2",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase sampel kesehatan lingkungan yang diuji sesuai standar",
      sat: "%",
      level: true,
      awal: 80,
      k: [82, 84, 86, 88, 90],
    },
    {
      id: "s1",
      kode: "1.02.02.2.02.0014",
      ur: "Pengambilan dan Pengujian Sampel Air Minum dan Air Higiene Sanitasi",
      ind: "Jumlah sampel air yang diuji",
      sat: "sampel",
      level: false,
      awal: 2_310,
      k: [2_400, 2_500, 2_600, 2_700, 2_800],
      rp: [612_400, 648_900, 687_300, 725_100, 766_800],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0021",
      ur: "Pengambilan dan Pengujian Sampel Makanan dan Minuman",
      ind: "Jumlah sampel makanan dan minuman yang diuji",
      sat: "sampel",
      level: false,
      awal: 1_020,
      k: [1_100, 1_200, 1_300, 1_400, 1_500],
      rp: [245_600, 259_300, 274_800, 289_500, 305_200],
    },
  ];
  const TK = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      num: 5,
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [TK, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [TK, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: kondisi akhir of the uji profisiensi % typed 94 (the year-4 target; year 5 is 95)
          akK: p.id === "p2" ? 94 : p.level ? p.k[4] : sum(p.k),
          pj: "UPTD Labkesda",
          lok: "Kab. Lembah Sarimas",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g1") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s0")})`);
          // planted: year 3 of kegiatan 1.02.02.2.02 sums one sub kegiatan only
          else if (p.id === "g2")
            out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, y === 3 ? "s1" : "s2")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, p.id === "p1" ? "g1" : "g2"));
        });
        out.akR = fx(`SUM(${x.a("r1")},${x.a("r2")},${x.a("r3")},${x.a("r4")},${x.a("r5")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah = akumulasi 5 tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Batu Sarimas, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN LEMBAH SARIMAS"],
    nama: "dr. YULIASNI DT. BANDARO, M.P.H.",
    nip: "19730409 200212 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const yk = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  const yr = (id: string) => years.map((y) => a(`r${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Persentase parameter uji profisiensi dengan hasil memuaskan' is 94 (the Tahun ke-4 target); a % level ends at the Tahun ke-5 target 95",
    truth: a("k5", "p2"),
  });
  b.plant({
    at: { sheet: S, cell: a("r3", "g2") },
    rules: ["sum-mismatch"],
    note: "Tahun ke-3 Rp of kegiatan 1.02.02.2.02 is =SUM over the first sub kegiatan only (687,300); with .0021's 274,800 it is 962,100",
    truth: `${a("r3", "s1")}+${a("r3", "s2")}`,
  });
  for (const id of ["p1", "g2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: yk(id),
    });
  for (const id of ["g1", "s0"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: yk(id),
      trap: a("k5", id),
    });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: yk("s1") });
  for (const id of ["s0", "s1", "s2", "g1", "p1"])
    b.ok({ sheet: S, cell: a("akR", id), rules: ["kondisi-akhir-mismatch", "sum-mismatch"], truth: yr(id) });
  for (const y of [1, 2, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s1")}+${a(`r${y}`, "s2")}`,
    });
  b.ok({ sheet: S, cell: a("r4", "g1"), rules: ["sum-mismatch"], truth: a("r4", "s0") });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"1.02.02.2.02"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s0"),
    rules: ["code-hierarchy"],
    truth: `"1.02.01.2.10"`,
    actual: `PARENT(${a("kode", "s0")})`,
  });
  return b.finish();
}
