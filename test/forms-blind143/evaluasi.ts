// The LKjIP 2024 measurement table of a Dinas Kesehatan in Bali (akreditasi puskesmas, bed ratio, PSC 119
// response time, BLUD revenue; refleksi for the lower-is-better rows) and its E.81 evaluation of the Renja
// 2024 with Kinerja | Keuangan pairs per numbered column. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg: boolean;
};

export function lkjipDinkesBali(): BookW {
  const b = new BookW(
    "lkjip-2024-dinkes-akreditasi-puskesmas-karangsari.xlsx",
    "LKjIP 2024 Dinas Kesehatan, pengukuran kinerja",
    "LKjIP 2024 Tabel 3.1 of a Dinas Kesehatan in Bali: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023; ROUND capaian formulas, refleksi (2T - R) / T for the lower-is-better rows; predikat typed; Rata-rata capaian and Predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS KESEHATAN KABUPATEN KARANGSARI",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya mutu dan akses fasilitas pelayanan kesehatan";
  const SB = "Meningkatnya kemandirian dan kinerja pelayanan puskesmas";
  const I: Ind[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      t: 60,
      r: 58.33,
      r23: 41.67,
      neg: false,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Rasio tempat tidur rumah sakit per 1.000 penduduk",
      sat: "rasio",
      t: 1.2,
      r: 1.08,
      r23: 1.02,
      neg: false,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Waktu tanggap rata-rata ambulans PSC 119",
      sat: "menit",
      t: 20,
      r: 23,
      r23: 26,
      neg: true,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase puskesmas BLUD dengan realisasi pendapatan mencapai target",
      sat: "%",
      t: 80,
      r: 87.5,
      r23: 75,
      neg: false,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Angka kematian ibu (per 100.000 kelahiran hidup)",
      sat: "per 100.000 KH",
      t: 85,
      r: 92.4,
      r23: 97.6,
      neg: true,
    },
  ];
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [Y, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [Y, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
  ];
  const cap = (i: Ind) => round(i.neg ? ((2 * i.t - i.r) / i.t) * 100 : (i.r / i.t) * 100);
  const capF = (i: Ind, x: Ctx) =>
    i.neg ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)` : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`;
  const i2 = I[1];
  const i4 = I[3];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((i, n): Row => ({
        id: i.id,
        cells: (x: Ctx) => ({
          no: n + 1,
          sas: i.sas,
          ind: i.ind,
          sat: i.sat,
          t: i.t,
          r: i.r,
          r23: i.r23,
          // planted: the bed ratio's capaian typed as T / R (111.11) among ROUND formulas
          c: i.id === "i2" ? round((i.t / i.r) * 100) : fx(capF(i, x)),
          // planted: the BLUD row's predikat one band too low
          p: i.id === "i4" ? "Baik" : predikatBaik(cap(i)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (x: Ctx) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator yang semakin kecil semakin baik (waktu tanggap, AKI) = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Semarapura, 26 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan Kabupaten Karangsari,"],
    nama: "dr. I GUSTI AYU MADE SRIASIH, M.P.H.",
    nip: "19770506 200501 2 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `Capaian of the bed ratio (higher is better) is a typed ${round((i2.t / i2.r) * 100)} (T / R) among ROUND formulas; 1.08 / 1.20 gives 90.00`,
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: `predikat "Baik" for ${cap(i4)} (87.50 against 80); the band > 90 of the note is Sangat Baik`,
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const i of I.filter((x) => !x.neg && x.id !== "i2"))
    b.ok({
      sheet: S,
      cell: a("c", i.id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", i.id)}/${a("t", i.id)}*100,2)`,
    });
  // lower is better: the refleksi, not R / T
  for (const i of I.filter((x) => x.neg))
    b.ok({
      sheet: S,
      cell: a("c", i.id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND((2*${a("t", i.id)}-${a("r", i.id)})/${a("t", i.id)}*100,2)`,
      trap: `ROUND(${a("r", i.id)}/${a("t", i.id)}*100,2)`,
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({ sheet: S, cell: a("c", "i4"), rules: ["percent-out-of-range"], truth: "109.38" });
  return b.finish();
}

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | "-">;
  rpq: number[];
};

export function e81DinkesBali(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-dinkes-karangsari-2024.xlsx",
    "E.81 Evaluasi hasil Renja Dinas Kesehatan 2024",
    "E.81 of a Dinas Kesehatan in Bali for 2024 (Renstra 2021-2026): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) Realisasi 2024 | (13) s.d. 2024 | (14) Tingkat capaian Renstra (%), each 'Kinerja' | 'Keuangan (Rp)'; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KARANGSARI", "DINAS KESEHATAN"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KARANGSARI",
    "Renja Dinas Kesehatan Kabupaten Karangsari Periode Pelaksanaan Tahun 2024 (Renstra 2021-2026)",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RKPD",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0036",
      nm: "Pengelolaan Pelayanan Kesehatan Gawat Darurat Terpadu (PSC 119)",
      ind: "Jumlah pasien gawat darurat yang dilayani ambulans PSC 119",
      sat: "orang",
      level: false,
      k5: 9_000,
      rp5: 4_150_000_000,
      k6: 5_184,
      rp6: 2_286_450_000,
      k7: 1_800,
      rp7: 842_600_000,
      kq: [412, 455, 476, 503],
      rpq: [168_240_000, 205_710_000, 214_380_000, 236_920_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0041",
      nm: "Pengelolaan Badan Layanan Umum Daerah (BLUD) Puskesmas",
      ind: "Persentase puskesmas BLUD dengan realisasi pendapatan mencapai target",
      sat: "%",
      level: true,
      k5: 90,
      rp5: 3_600_000_000,
      k6: 75,
      rp6: 2_075_300_000,
      k7: 80,
      rp7: 718_400_000,
      kq: [50, 62.5, 75, 87.5],
      rpq: [121_650_000, 176_880_000, 189_320_000, 214_770_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0047",
      nm: "Pendampingan dan Survei Akreditasi Puskesmas",
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      level: true,
      k5: 75,
      rp5: 1_950_000_000,
      k6: 41.67,
      rp6: 1_148_900_000,
      k7: 60,
      rp7: 392_500_000,
      kq: [41.67, 50, 50, 58.33],
      rpq: [42_300_000, 118_450_000, 96_780_000, 101_260_000],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const KN = "Kinerja";
  const KU = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, KN], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, KU], role: rpRole, year, num, fmt: RP, width: 16 },
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
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun Berjalan (2024)", "7", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
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
    {
      key: "k14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", KN],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", KU],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "Bidang Yankes",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: s2's Rp (13) adds the Renstra target (5) instead of the realisasi s.d. 2023 (6)
      out.rp13 = fx(`${c.a(x.id === "s2" ? "rp5" : "rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const head = (
    id: string,
    kode: string,
    nm: string,
    ind: string,
    kids: string[],
    k: number[],
    kq: Array<number | "-">,
    bold: boolean,
  ): Row => ({
    id,
    bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode,
        nm,
        ind,
        sat: "%",
        k5: k[0],
        k6: k[1],
        k7: k[2],
        pj: "Dinas Kesehatan",
      };
      qk.forEach((q, j) => (out[q] = kq[j]));
      for (const r of rpKeys) out[r] = fx(kids.map((x) => c.a(r, x)).join("+"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const k14 = (x: Sub) => {
    const v = x.level ? (x.kq[3] as number) : x.k6 + (x.kq as number[]).reduce((n, q) => n + q, 0);
    return round((v / x.k5) * 100);
  };
  const avg = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      head(
        "prog",
        "1.02.02",
        "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
        "Persentase fasilitas pelayanan kesehatan yang memenuhi standar mutu",
        ["keg"],
        [85, 66.4, 72],
        ["-", "-", "-", 73.5],
        true,
      ),
      head(
        "keg",
        "1.02.02.2.02",
        "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
        "Persentase layanan rujukan dan puskesmas sesuai standar",
        ["s1", "s2", "s3"],
        [88, 70.2, 76],
        [68, 70.5, 73, 77.25],
        false,
      ),
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
        }),
      },
      // planted: the predikat one band too high
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: "Sangat Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan dana BLUD dan kerja sama PSC 119 dengan rumah sakit swasta.",
    "Faktor penghambat: antrean survei akreditasi oleh lembaga independen pada semester I.",
    "Tindak lanjut: pendampingan akreditasi terjadwal sejak triwulan I tahun 2025.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Semarapura, 31 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan Kabupaten Karangsari,"],
    nama: "dr. I GUSTI AYU MADE SRIASIH, M.P.H.",
    nip: "19770506 200501 2 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const s2 = subs[1];
  const s2r12 = s2.rpq.reduce((n, v) => n + v, 0);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `Realisasi Rp s.d. 2024 (13) of sub kegiatan BLUD Puskesmas is =5+12 (Renstra target plus 2024) = ${(s2.rp5 + s2r12).toLocaleString("en")}; 6 + 12 gives ${(s2.rp6 + s2r12).toLocaleString("en")}`,
    truth: `${a("rp6", "s2")}+${a("rp12", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `predikat "Sangat Tinggi" for a rata-rata of ${avg}; the Permendagri 86/2017 band > 75 - 90 is Tinggi`,
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  // the levels take the Triwulan IV value, and their s.d. value is the latest level
  for (const id of ["s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("k12", "keg"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "keg"),
    trap: qk.map((k) => a(k, "keg")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k12", "s1"),
    rules: ["sum-mismatch"],
    truth: qk.map((k) => a(k, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s1"),
    rules: ["sum-mismatch"],
    truth: `${a("k6", "s1")}+${a("k12", "s1")}`,
  });
  for (const id of ["s1", "s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  for (const k of ["rp5", "rp6", "rp7", ...qr, "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3"].map((x) => a(k, x)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("k14", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(AVERAGE(${a("k14", "s1")}:${a("k14", "s3")}),2)`,
  });
  return b.finish();
}
