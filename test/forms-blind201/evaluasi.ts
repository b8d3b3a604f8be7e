// An E.81 evaluation of the Renja 2024 of the Dinas Kesehatan of an invented Sulawesi Tengah kabupaten
// (Tojo Lembah Raya) for its kesehatan jiwa and NAPZA sub kegiatan: ordinal headers "(n-2)" / "(n-1)"
// resolved from the title, "Kinerja | Keuangan (Rp)" pairs, number row merged over the pairs. Flows
// (ODGJ berat dilayani, pecandu direhabilitasi) add their quarters; the two rates are levels whose
// year is the Triwulan IV value. Every name and number is invented.
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
  type Ctx,
  type Row,
} from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5?: number;
  k6: number;
  rp6?: number;
  k7: number;
  rp7?: number;
  kq: number[];
  rpq?: number[];
};

export function e81Keswa(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-keswa-napza-dinkes-tojo-lembah.xlsx",
    "E.81 evaluasi hasil Renja (Dinas Kesehatan, kesehatan jiwa dan NAPZA)",
    "E.81 of the Dinas Kesehatan Kabupaten Tojo Lembah Raya (Sulawesi Tengah), Renja 2024, Renstra 2021-2026: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | Realisasi Triwulan I-IV (8)-(11) | (12) | (13) = 6 + 12 | (14) = 13 / 5 x 100, each Kinerja | Keuangan (Rp); Rata-rata and Predikat rows; faktor pendorong / penghambat",
  );
  const S = "E.81 Dinkes 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TOJO LEMBAH RAYA",
    "DINAS KESEHATAN",
    "Jl. Trans Sulawesi No. 27, Ampana Lembah, Sulawesi Tengah",
  ]);
  s.lines([
    "Tabel E.81",
    "Evaluasi terhadap Hasil Renja Dinas Kesehatan Kabupaten Tojo Lembah Raya",
    "Renja Perangkat Daerah Tahun 2024 (n-1), Renstra Perangkat Daerah 2021-2026",
    "Urusan Wajib Pelayanan Dasar: Kesehatan",
  ]);
  s.gap();
  const prog: Line = {
    id: "prog",
    kode: "1.02.02",
    nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase ODGJ berat yang mendapat pelayanan kesehatan jiwa sesuai standar (SPM)",
    sat: "%",
    level: true,
    k5: 100,
    k6: 78.4,
    k7: 90,
    kq: [21.5, 44.8, 68.2, 92.35],
  };
  const keg: Line = {
    id: "keg",
    kode: "1.02.02.2.02",
    nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
    ind: "Jumlah kunjungan layanan kesehatan jiwa dan NAPZA di fasilitas kesehatan",
    sat: "kunjungan",
    level: false,
    k5: 30000,
    k6: 14250,
    k7: 6400,
    kq: [1480, 1625, 1710, 1690],
  };
  const subs: Line[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0033",
      nm: "Pengelolaan Pelayanan Kesehatan Orang dengan Gangguan Jiwa Berat",
      ind: "Jumlah ODGJ berat yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "orang",
      level: false,
      k5: 2600,
      rp5: 2_850_000_000,
      k6: 1510,
      rp6: 1_612_450_000,
      k7: 545,
      rp7: 498_600_000,
      kq: [118, 142, 136, 149],
      rpq: [86_250_000, 131_400_000, 127_880_000, 139_720_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0034",
      nm: "Pengelolaan Pelayanan Kesehatan Jiwa Bebas Pasung",
      ind: "Persentase ODGJ dipasung yang dibebaskan dan ditangani",
      sat: "%",
      level: true,
      k5: 100,
      rp5: 1_200_000_000,
      k6: 71.43,
      rp6: 648_300_000,
      k7: 85,
      rp7: 236_000_000,
      kq: [57.14, 64.29, 78.57, 85.71],
      rpq: [31_500_000, 58_740_000, 64_200_000, 72_060_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0035",
      nm: "Pengelolaan Pelayanan Rehabilitasi Medis Pecandu, Penyalahguna dan Korban Penyalahgunaan NAPZA",
      ind: "Jumlah pecandu dan korban penyalahgunaan NAPZA yang mendapat rehabilitasi medis",
      sat: "orang",
      level: false,
      k5: 420,
      rp5: 1_680_000_000,
      k6: 236,
      rp6: 902_150_000,
      k7: 80,
      rp7: 318_500_000,
      kq: [14, 22, 19, 27],
      rpq: [48_300_000, 77_950_000, 81_420_000, 96_330_000],
    },
  ];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "Kinerja"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, "Keuangan (Rp)"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja dan Anggaran Renja Perangkat Daerah pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", ["Target Renstra PD pada Akhir Periode Renstra"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i + 1}`, [TW, q], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)", "Kinerja"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: [
        "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun Berjalan (%)",
        "Keuangan (Rp)",
      ],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const S3_TYPED = 340_000_000;
  const line = (x: Line, no: string, rp: (c: Ctx, k: string) => Cell): Row => ({
    id: x.id,
    bold: x.id === "prog",
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
        pj: x.id === "s3" ? "Seksi Kesehatan Jiwa dan NAPZA" : "Bidang Pelayanan Kesehatan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      for (const k of ["rp5", "rp6", "rp7", ...qr]) out[k] = rp(c, k);
      // planted (s2): the pasung rate, a level, adds its four quarters
      out.k12 = x.level && x.id !== "s2" ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted (s3): a typed Rp 12 among formulas
      out.rp12 = x.id === "s3" ? S3_TYPED : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const subRp =
    (x: Line) =>
    (_c: Ctx, k: string): Cell => {
      if (k === "rp5") return x.rp5;
      if (k === "rp6") return x.rp6;
      if (k === "rp7") return x.rp7;
      return x.rpq![Number(k.slice(3)) - 1];
    };
  const avgOf = (f: (x: Line) => number) => round(sum(subs.map((x) => round(f(x) * 100))) / subs.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "1", nm: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      { id: "bid", bold: true, cells: { kode: "1.02", nm: "URUSAN PEMERINTAHAN BIDANG KESEHATAN" } },
      line(prog, "1", (c, k) => fx(c.a(k, "keg"))),
      line(keg, "1.1", (c, k) => fx(`${c.a(k, "s1")}+${c.a(k, "s2")}+${c.a(k, "s3")}`)),
      ...subs.map((x, i) => line(x, `1.1.${i + 1}`, subRp(x))),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: () => ({
          no: "Predikat kinerja",
          k14: predikat(
            avgOf((x) => (x.level ? (x.id === "s2" ? sum(x.kq) : x.kq[3]) : x.k6 + sum(x.kq)) / x.k5),
          ),
          rp14: predikat(avgOf((x) => (x.rp6! + (x.id === "s3" ? S3_TYPED : sum(x.rpq!))) / x.rp5!)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kunjungan rumah oleh perawat jiwa puskesmas dan dukungan TPKJM kecamatan.",
    "Faktor penghambat: keterbatasan obat antipsikotik injeksi di triwulan I dan penolakan keluarga ODGJ dipasung.",
    "Tindak lanjut: penguatan rujuk balik ODGJ dari RSJ Madani dan IPWL puskesmas untuk rehabilitasi medis NAPZA.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Ampana Lembah, 17 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Tojo Lembah Raya,"],
    nama: "dr. MOH. RIZAL LAMAKARATE, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19760514 200604 1 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch", "percent-out-of-range"],
    note: "Realisasi Kinerja (12) of the pasung rate (%), a level, adds its four quarters: 57.14 + 64.29 + 78.57 + 85.71 = 285.71 %; the year's value is the Triwulan IV level 85.71",
    truth: a("kq4", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp12", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Keuangan (12) of the rehabilitasi medis NAPZA is a typed 340,000,000 among the 8+9+10+11 formulas; the quarters give 304,000,000 (digits swapped)",
    truth: qr.map((k) => a(k, "s3")).join("+"),
  });
  // levels: the year is the Triwulan IV value, the s.d. value the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: qk.map((k) => a(k, "prog")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({ sheet: S, cell: a("rp7", "prog"), rules: ["sum-mismatch"], truth: a("rp7", "keg") });
  for (const k of ["k14", "rp14"])
    b.ok({ sheet: S, cell: a(k, "pred"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a(k, "avg")})` });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "keg"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  return b.finish();
}
