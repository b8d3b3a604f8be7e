// An E.81 evaluasi Renja of the Bagian Organisasi of a Jawa Tengah kabupaten's Setda (ordinal n-1 / n-2
// headers, years from the title) and the LKjIP measurement table of a Sekretariat DPRD (Jawa Tengah).
// Levels (indeks RB, nilai SAKIP, persentase) take their latest quarter; flows add. Every number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

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

export function e81Organisasi(): BookW {
  const b = new BookW(
    "e81-renja-bagian-organisasi-sindang-wetan.xlsx",
    "E.81 evaluation of the Renja of a Bagian Organisasi (2024)",
    "E.81 of the Bagian Organisasi Setda Kabupaten Sindang Wetan for n-1 = 2024 (title): ordinal headers (n-2), (n-1); K | Rp pairs; number row '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; Rata-rata and Predikat rows",
  );
  const S = "E81 Organisasi";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SINDANG WETAN",
    "SEKRETARIAT DAERAH - BAGIAN ORGANISASI",
    "Jl. Pemuda No. 17 Sindang Wetan, Jawa Tengah",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH",
    "s.d. Triwulan IV Tahun 2024 (n-1); Renstra Setda 2022-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "4.01.03.2.04.0001",
      nm: "Pelaksanaan Reformasi Birokrasi",
      ind: "Indeks Reformasi Birokrasi Pemerintah Kabupaten",
      sat: "indeks",
      level: true,
      k5: 75,
      rp5: 1_250_000_000,
      k6: 68.2,
      rp6: 710_000_000,
      k7: 70,
      rp7: 265_000_000,
      kq: ["-", 69.1, "-", 71.35],
      rpq: [38_500_000, 61_200_000, 72_800_000, 86_150_000],
    },
    {
      id: "s2",
      kode: "4.01.03.2.04.0002",
      nm: "Penataan Kelembagaan Perangkat Daerah",
      ind: "Jumlah Perangkat Daerah yang dievaluasi kelembagaannya",
      sat: "PD",
      level: false,
      k5: 180,
      rp5: 900_000_000,
      k6: 108,
      rp6: 512_400_000,
      k7: 36,
      rp7: 190_000_000,
      kq: [6, 10, 12, 8],
      rpq: [22_100_000, 48_750_000, 59_300_000, 55_480_000],
    },
    {
      id: "s3",
      kode: "4.01.03.2.04.0003",
      nm: "Fasilitasi Sistem Akuntabilitas Kinerja Instansi Pemerintah",
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      sat: "nilai",
      level: true,
      k5: 70,
      rp5: 1_600_000_000,
      k6: 62.45,
      rp6: 930_250_000,
      k7: 66,
      rp7: 345_000_000,
      kq: ["-", "-", "-", 67.18],
      rpq: [52_300_000, 88_400_000, 97_650_000, 101_870_000],
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
    { key: `k${key}`, head: [head, "K"], role: kr, year, num, fmt: DEC, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Renstra s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1)", "7", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(`q${i + 1}`, `Realisasi Triwulan ${q}`, String(8 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair("12", "Realisasi Capaian Renja (n-1)", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("13", "Realisasi Renstra s.d. Tahun n-1", "13 = 6 + 12", "realisasi", "realisasi-anggaran", 2024),
    ...pair("14", "Tingkat Capaian Renstra s.d. n-1 (%)", "14 = 13/5 x 100%", "capaian", "capaian"),
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
        pj: "Bagian Organisasi",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: s3's Rp (13) is typed, two digits swapped (1,270,470,000)
      out.rp13 = x.id === "s3" ? 1_207_470_000 : fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      // planted: s2's Rp (14) divides by the Renja target (7) instead of the Renstra target (5)
      out.rp14 =
        x.id === "s2"
          ? fx(`ROUND(${c.a("rp13")}/${c.a("rp7")}*100,2)`)
          : fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const keg: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "4.01.03.2.04",
        nm: "Pelaksanaan Kebijakan Organisasi dan Tata Laksana",
        ind: "Jumlah dokumen hasil evaluasi kelembagaan dan tata laksana",
        sat: "dokumen",
        k5: 25,
        k6: 15,
        k7: 5,
        kq1: 0,
        kq2: 1,
        kq3: 2,
        kq4: 2,
        pj: "Bagian Organisasi",
      };
      for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const prog: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "4.01.03",
        nm: "PROGRAM PEREKONOMIAN DAN PEMBANGUNAN",
        ind: "Persentase rekomendasi penataan kelembagaan yang ditindaklanjuti",
        sat: "%",
        k5: 90,
        k6: 78,
        k7: 82,
        kq1: "-",
        kq2: "-",
        kq3: "-",
        kq4: 84.5,
        pj: "Sekretariat Daerah",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const k14 = (x: Sub) =>
    round(((x.level ? (x.kq[3] as number) : x.k6 + sum4(x.kq as number[])) / x.k5) * 100);
  const avg = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      prog,
      keg,
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
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: komitmen pimpinan dan pendampingan KemenPANRB dalam penilaian mandiri RB.",
    "Faktor penghambat: keterlambatan data dukung LKE dari sebagian Perangkat Daerah.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Sindang Wetan, 20 Januari 2025",
    jabatan: ["KEPALA BAGIAN ORGANISASI"],
    nama: "Dra. RETNO WULANDARI, M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19740812 199903 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp Renstra s.d. n-1 (13) of the SAKIP sub kegiatan is a typed 1,207,470,000 among 6 + 12 formulas; 930,250,000 + 340,220,000 give 1,270,470,000 (digits swapped)",
    truth: `${a("rp6", "s3")}+${a("rp12", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian Rp (14) of the kelembagaan sub kegiatan divides 13 by the Renja pagu (7) = 367.38; 698,030,000 / 900,000,000 (col 5) gives 77.56 as the other rows compute",
    truth: `ROUND(${a("rp13", "s2")}/${a("rp5", "s2")}*100,2)`,
  });
  // levels: the year is the Triwulan IV value and the s.d. value the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s1"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s1"),
    trap: `${a("kq2", "s1")}+${a("kq4", "s1")}`,
  });
  for (const id of ["s1", "s3", "prog"])
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  for (const id of ["s2", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
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
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("rp14", "s1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s1")}/${a("rp5", "s1")}*100,2)`,
  });
  for (const k of ["rp5", "rp6", "rp7", ...qr, "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}

const sum4 = (xs: number[]): number => xs.reduce((n, v) => n + v, 0);

type Ind = {
  id: string;
  ind: string;
  sat: string;
  neg: boolean;
  t: number;
  r: number;
  r23: number;
  akhir: number;
};

export function lkjipSetwan(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-setwan-wonorejo.xlsx",
    "LKjIP measurement table of a Sekretariat DPRD (2024)",
    "LKjIP 2024 Tabel 3.1 of the Sekretariat DPRD Kota Wonorejo: No | Sasaran (merged) | Indikator | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra 2026 | Capaian thd Renstra (%); refleksi on the temuan row; Rata-rata and Predikat footers",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DPRD KOTA WONOREJO", "Jl. Slamet Riyadi No. 4 Wonorejo - Jawa Tengah"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Sekretariat DPRD Kota Wonorejo Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas dukungan fungsi legislasi, anggaran dan pengawasan DPRD";
  const SAS2 = "Meningkatnya akuntabilitas kinerja Sekretariat DPRD";
  const inds: Ind[] = [
    {
      id: "i1",
      ind: "Persentase Raperda yang dibahas tepat waktu",
      sat: "%",
      neg: false,
      t: 85,
      r: 88.24,
      r23: 80,
      akhir: 90,
    },
    {
      id: "i2",
      ind: "Indeks kepuasan anggota DPRD terhadap layanan Sekretariat",
      sat: "indeks",
      neg: false,
      t: 3.4,
      r: 3.21,
      r23: 3.18,
      akhir: 3.6,
    },
    {
      id: "i3",
      ind: "Nilai SAKIP Sekretariat DPRD",
      sat: "nilai",
      neg: false,
      t: 72,
      r: 73.45,
      r23: 69.8,
      akhir: 76,
    },
    {
      id: "i4",
      ind: "Jumlah temuan hasil pemeriksaan Inspektorat (makin kecil makin baik)",
      sat: "temuan",
      neg: true,
      t: 5,
      r: 4,
      r23: 7,
      akhir: 3,
    },
    {
      id: "i5",
      ind: "Tingkat maturitas SPIP Sekretariat DPRD",
      sat: "level",
      neg: false,
      t: 3.5,
      r: 2.1,
      r23: 3,
      akhir: 4,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, width: 13 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    { key: "ca", head: ["Capaian thd Target Akhir Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...inds.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: i < 2 ? SAS1 : SAS2,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          c:
            x.id === "i2"
              ? 97.4 // planted: typed, 3.21 / 3.40 gives 94.41
              : x.neg
                ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
                : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          // planted: i5's predikat "Kurang" for 60.00 is right, "Cukup" is typed
          p: x.id === "i5" ? "Cukup" : predikatBaik(cap(x)),
          r23: x.r23,
          ak: x.akhir,
          ca: x.neg
            ? fx(`ROUND((2*${c.a("ak")}-${c.a("r")})/${c.a("ak")}*100,2)`)
            : fx(`ROUND(${c.a("r")}/${c.a("ak")}*100,2)`),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja Sekretariat DPRD", p: "Sangat Baik" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator yang makin kecil makin baik dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Wonorejo, 28 Februari 2025",
    jabatan: ["SEKRETARIS DPRD KOTA WONOREJO"],
    nama: "BAMBANG SUTRISNO, S.H., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690415 199403 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the indeks kepuasan is a typed 97.40 among ROUND formulas; 3.21 / 3.40 gives 94.41",
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Cukup' of the maturitas SPIP; 2.1 / 3.5 = 60.00 is in the band > 50 - 65 of the note: Kurang",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ca", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("ak", "i4")}-${a("r", "i4")})/${a("ak", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("ak", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("ca", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("ak", id)}*100,2)`,
    });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}
