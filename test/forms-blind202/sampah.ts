// The Dinas Lingkungan Hidup of Kabupaten Bontolangi (Sulawesi Selatan) on bank sampah and TPS3R: an
// E.81 evaluation of the Renja 2024 (K | Rp pairs, quarters, levels that take their Triwulan IV value),
// the LKjIP 2024 measurement table (refleksi for the timbulan sampah, lower is better) and the IKU
// matrix 2025-2029 with SAKIP letters. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const KAB = "PEMERINTAH KABUPATEN BONTOLANGI";
const DINAS = "DINAS LINGKUNGAN HIDUP";

type E = {
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

export function e81Sampah(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-tps3r-dlh-bontolangi.xlsx",
    "E.81 evaluasi Renja DLH 2024 (persampahan)",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each Kinerja | Keuangan (Rp); number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 DLH 2024";
  const s = b.sheet(S);
  letterhead(s, [KAB, DINAS, "Jl. Poros Bontolangi - Malino Km. 4"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS LINGKUNGAN HIDUP KABUPATEN BONTOLANGI",
    "Periode Pelaksanaan: Tahun 2024 (s.d. Triwulan IV)",
    "Indikator dan target kinerja Renstra Perangkat Daerah 2022-2026",
  ]);
  s.gap();
  const rows: E[] = [
    {
      id: "prog",
      kode: "2.11.11",
      nm: "PROGRAM PENGELOLAAN PERSAMPAHAN",
      ind: "Persentase sampah terkelola",
      sat: "%",
      level: true,
      k5: 80,
      k6: 61.4,
      k7: 66,
      kq: [62.1, 63.5, 64.8, 66.3],
    },
    {
      id: "keg",
      kode: "2.11.11.2.01",
      nm: "Pengelolaan Sampah",
      ind: "Jumlah sampah yang dikurangi melalui 3R",
      sat: "ton",
      level: false,
      k5: 18000,
      k6: 7420,
      k7: 3900,
      kq: [820, 940, 1010, 1065],
    },
    {
      id: "s1",
      kode: "2.11.11.2.01.0001",
      nm: "Penyediaan Prasarana dan Sarana Persampahan",
      ind: "Jumlah TPS3R yang dibangun",
      sat: "unit",
      level: false,
      k5: 15,
      k6: 6,
      k7: 3,
      kq: [0, 1, 1, 1],
      rp: {
        r5: 6_750_000_000,
        r6: 2_640_000_000,
        r7: 1_380_000_000,
        q: [0, 412_500_000, 468_300_000, 455_700_000],
      },
    },
    {
      id: "s2",
      kode: "2.11.11.2.01.0005",
      nm: "Pembinaan dan Pengembangan Bank Sampah",
      ind: "Jumlah bank sampah yang dibina",
      sat: "unit",
      level: false,
      k5: 120,
      k6: 58,
      k7: 25,
      kq: [4, 7, 8, 6],
      rp: {
        r5: 1_500_000_000,
        r6: 690_400_000,
        r7: 312_000_000,
        q: [48_250_000, 86_400_000, 92_750_000, 71_600_000],
      },
    },
    {
      id: "s3",
      kode: "2.11.11.2.01.0007",
      nm: "Penanganan Sampah di TPS/TPS3R",
      ind: "Persentase sampah terolah di TPS3R",
      sat: "%",
      level: true,
      k5: 20,
      k6: 9.8,
      k7: 12,
      kq: [10.1, 10.9, 11.6, 12.4],
      rp: {
        r5: 2_400_000_000,
        r6: 915_600_000,
        r7: 520_000_000,
        q: [96_800_000, 128_450_000, 141_300_000, 139_950_000],
      },
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "Kinerja"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [head, "Keuangan (Rp)"], role: rr, year, num, fmt: RP, width: 15 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "3", width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun 2024 yang Dievaluasi",
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
      "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024",
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
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const subs = ["s1", "s2", "s3"];
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: !e.rp,
    cells: (x) => {
      const c: Record<string, Cell> = {
        no: i + 1,
        kode: e.kode,
        nm: e.nm,
        ind: e.ind,
        sat: e.sat,
        k5: e.k5,
        k6: e.k6,
        k7: e.k7,
        pj: "Bidang Pengelolaan Sampah dan Limbah B3",
      };
      Q.forEach((_, q) => (c[`kq${q}`] = e.kq[q]));
      c.k12 = e.level ? fx(x.a("kq3")) : fx(Q.map((_, q) => x.a(`kq${q}`)).join("+"));
      c.k13 = e.level ? fx(x.a("k12")) : fx(`${x.a("k6")}+${x.a("k12")}`);
      c.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
      const rk = ["r5", "r6", "r7", "rq0", "rq1", "rq2", "rq3"];
      if (e.rp) {
        const v = [e.rp.r5, e.rp.r6, e.rp.r7, ...e.rp.q];
        rk.forEach((k, j) => (c[k] = v[j]));
      } else if (e.id === "keg") {
        rk.forEach((k) => (c[k] = fx(subs.map((id) => x.a(k, id)).join("+"))));
        // planted: the kegiatan's Renja pagu typed (digits swapped), the three sub kegiatan give 2,212,000,000
        c.r7 = 2_221_000_000;
      } else rk.forEach((k) => (c[k] = fx(x.a(k, "keg"))));
      c.r12 = fx(Q.map((_, q) => x.a(`rq${q}`)).join("+"));
      // planted: sub kegiatan s2 adds the Renja target (7) instead of its realisation (12)
      c.r13 = e.id === "s2" ? fx(`${x.a("r6")}+${x.a("r7")}`) : fx(`${x.a("r6")}+${x.a("r12")}`);
      c.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      return c;
    },
  }));
  const ids = rows.map((r) => r.id);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        bold: true,
        span: ["no", "r13"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "r13"],
        cells: { no: "Predikat Kinerja", k14: predikat((82.88 + 62.53 + 60 + 69.17 + 62) / 5) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan DAK dan partisipasi masyarakat pada bank sampah unit.",
    "Faktor penghambat: keterbatasan lahan TPS3R dan armada pengangkutan.",
    "Tindak lanjut: pengusulan lahan TPS3R pada RKPD 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Bontolangi, 15 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KABUPATEN BONTOLANGI,"],
    nama: "Dr. ANDI MUH. RUSLAN PATANGARI, S.Hut., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740621 200012 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r7", "keg") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Renja 2024 pagu of kegiatan 2.11.11.2.01 is a typed 2,221,000,000 among sums of its sub kegiatan; 1,380,000,000 + 312,000,000 + 520,000,000 give 2,212,000,000; the program's (7) Rp follows it",
    truth: subs.map((id) => a("r7", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("r13", "s2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Realisasi Rp s.d. 2024 (13) of sub kegiatan .0005 is =(6)+(7) (690,400,000 + the Renja pagu 312,000,000 = 1,002,400,000); (6) + (12) gives 690,400,000 + 299,000,000 = 989,400,000",
    truth: `${a("r6", "s2")}+${a("r12", "s2")}`,
  });
  for (const id of ["prog", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq3", id),
      trap: Q.map((_, q) => a(`kq${q}`, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq3", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: Q.map((_, q) => a(`kq${q}`, id)).join("+"),
    });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ids)
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s3", "keg"])
    b.ok({
      sheet: S,
      cell: a("r12", id),
      rules: ["sum-mismatch"],
      truth: Q.map((_, q) => a(`rq${q}`, id)).join("+"),
    });
  for (const id of ["s1", "s3"])
    b.ok({ sheet: S, cell: a("r13", id), rules: ["sum-mismatch"], truth: `${a("r6", id)}+${a("r12", id)}` });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: subs.map((id) => a("r5", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  return b.finish();
}

export function lkjipSampah(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-bank-sampah-dlh-bontolangi.xlsx",
    "LKjIP 2024 pengukuran kinerja (DLH)",
    "No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra (2026) | Capaian thd Target Akhir (%); refleksi for the timbulan sampah; Rata-rata row with predikat",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Dinas Lingkungan Hidup Kabupaten Bontolangi Tahun 2024"]);
  s.gap();
  const G = "Tahun 2024";
  const R = [
    {
      id: "r1",
      sas: "Meningkatnya kualitas lingkungan hidup",
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      t: 68.5,
      r: 69.12,
      neg: false,
      r23: 67.84,
      t26: 71,
      pr: "Sangat Baik",
    },
    {
      id: "r2",
      sas: "Meningkatnya pengelolaan sampah",
      ind: "Persentase sampah terkelola",
      sat: "%",
      t: 66,
      r: 66.3,
      neg: false,
      r23: 61.4,
      t26: 80,
      pr: "Sangat Baik",
    },
    {
      id: "r3",
      sas: "Meningkatnya pengelolaan sampah",
      ind: "Timbulan sampah per kapita yang dibuang ke TPA",
      sat: "kg/org/hari",
      t: 0.52,
      r: 0.58,
      neg: true,
      r23: 0.61,
      t26: 0.45,
      pr: "Baik",
    },
    {
      id: "r4",
      sas: "Meningkatnya pengelolaan sampah",
      ind: "Jumlah bank sampah aktif",
      sat: "unit",
      t: 85,
      r: 74,
      neg: false,
      r23: 61,
      t26: 130,
      pr: "Sangat Baik",
    },
  ];
  const cap = (T: string, Rv: string, neg: boolean) =>
    neg ? `ROUND((2*${T}-${Rv})/${T}*100,2)` : `ROUND(${Rv}/${T}*100,2)`;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
      { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023 },
      { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026 },
      { key: "c26", head: ["Capaian thd Target Akhir Renstra (%)"], role: "capaian", year: 2026, fmt: DEC },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...R.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          c: fx(cap(c.a("t"), c.a("r"), x.neg)),
          p: x.pr,
          r23: x.r23,
          t26: x.t26,
          // planted on r2: a stale cached result computed with the 2023 realisation (61.40 / 80)
          c26:
            x.id === "r2"
              ? fx(cap(c.a("t26"), c.a("r"), false), 76.75)
              : fx(cap(c.a("t26"), c.a("r"), x.neg)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "r1")}:${c.a("c", "r4")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator timbulan sampah per kapita berpolaritas negatif (semakin kecil semakin baik);",
    "capaian dihitung (2 x Target - Realisasi) / Target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "r4") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for a capaian of 87.06 (74 of 85 bank sampah); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "r4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("c26", "r2") },
    rules: ["capaian-mismatch"],
    note: "Capaian against the Renstra 2026 target of the sampah terkelola is =ROUND(66.30/80*100,2) with a stale cached 76.75 (the 2023 realisation 61.40); the formula gives 82.88",
    truth: `ROUND(${a("r", "r2")}/${a("t26", "r2")}*100,2)`,
  });
  for (const x of R.filter((q) => !q.neg))
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", x.id)}/${a("t", x.id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "r3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "r3")}-${a("r", "r3")})/${a("t", "r3")}*100,2)`,
    trap: `ROUND(${a("r", "r3")}/${a("t", "r3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c26", "r3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t26", "r3")}-${a("r", "r3")})/${a("t26", "r3")}*100,2)`,
    trap: `ROUND(${a("r", "r3")}/${a("t26", "r3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c26", "r1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "r1")}/${a("t26", "r1")}*100,2)`,
  });
  for (const id of ["r1", "r2", "r3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("p", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "avg")})`,
  });
  return b.finish();
}

export function ikuSampah(): BookW {
  const b = new BookW(
    "iku-matriks-2025-2029-dlh-bontolangi.xlsx",
    "IKU matrix DLH 2025-2029",
    "No | Sasaran | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal (2024) | 'Target' > 2025..2029 | Kondisi Akhir (2029) | Penanggung Jawab; SAKIP letters with scores",
  );
  const S = "IKU DLH";
  const s = b.sheet(S);
  letterhead(s, [KAB, DINAS]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) DINAS LINGKUNGAN HIDUP TAHUN 2025-2029"]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const R = [
    {
      id: "a",
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      f: "0,376 IKA + 0,405 IKU + 0,219 IKTL",
      sat: "indeks",
      aw: 69.12 as number | string,
      t: [69.6, 70.1, 70.6, 71, 71.5] as Array<number | string>,
      ak: 71.5 as number | string,
    },
    {
      id: "b",
      ind: "Persentase sampah terkelola",
      f: "(sampah tertangani + sampah terkurangi) / timbulan sampah x 100%",
      sat: "%",
      aw: 66.3,
      t: [68, 71, 74, 77, 80],
      ak: 77,
    },
    {
      id: "c",
      ind: "Timbulan sampah per kapita yang dibuang ke TPA",
      f: "sampah masuk TPA (kg/hari) / jumlah penduduk",
      sat: "kg/org/hari",
      aw: 0.58,
      t: [0.55, 0.52, 0.49, 0.47, 0.45],
      ak: 0.45,
    },
    {
      id: "d",
      ind: "Nilai SAKIP Dinas Lingkungan Hidup",
      f: "hasil evaluasi AKIP oleh Inspektorat",
      sat: "nilai",
      aw: "BB (68,74)",
      t: ["BB (70,50)", "BB (72,00)", "BB (74,00)", "BB (76,00)", "BB (80,00)"],
      ak: "BB (80,00)",
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 26 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 34 },
      { key: "f", head: ["Formulasi Perhitungan"], role: "rumus", num: "(4)", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 10 },
      { key: "aw", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(6)" },
      ...Y.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        num: `(${7 + i})`,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, num: "(12)" },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(13)", width: 18 },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: R.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i === 0
            ? "Meningkatnya kualitas lingkungan hidup"
            : i < 3
              ? "Meningkatnya pengelolaan sampah"
              : "Meningkatnya akuntabilitas kinerja",
        ind: x.ind,
        f: x.f,
        sat: x.sat,
        aw: x.aw,
        ...Object.fromEntries(Y.map((_, k) => [`y${k}`, x.t[k]])),
        ak: x.ak,
        pj: i === 3 ? "Sekretariat" : "Bidang PSLB3",
      },
    })),
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "b") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the sampah terkelola (a rate) is 77, the 2028 target; the 2029 target is 80",
    truth: a("y4", "b"),
  });
  b.plant({
    at: { sheet: S, cell: a("aw", "d") },
    rules: ["sakip-grade-mismatch"],
    note: "Kondisi awal 'BB (68,74)': a score of 68.74 is B (> 60 - 70), not BB",
    truth: `SAKIP(SCORE(${a("aw", "d")}))`,
    actual: `GRADE(${a("aw", "d")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y4", id),
      trap: `SUM(${a("y0", id)}:${a("y4", id)})`,
    });
  for (const k of ["y0", "y2"])
    b.ok({
      sheet: S,
      cell: a(k, "d"),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(SCORE(${a(k, "d")}))`,
      actual: `GRADE(${a(k, "d")})`,
    });
  b.ok({
    sheet: S,
    cell: a("y4", "d"),
    rules: ["sakip-grade-mismatch"],
    truth: `SAKIP(SCORE(${a("y4", "d")}))`,
    actual: `GRADE(${a("y4", "d")})`,
    trap: '"A"',
  });
  return b.finish();
}
