// An E.81 Renja evaluation (Permendagri 86/2017) of the Dinas Koperasi, UKM dan Perdagangan of a Jawa Barat
// kabupaten, s.d. Triwulan IV 2024, with ordinal (n-2) / (n-1) headers, K | Rp pairs and Rp "(dalam ribuan
// rupiah)": flows (usaha mikro difasilitasi halal, pelaku usaha ikut pameran) add their quarters, the go-digital
// rate and the program's naik-kelas rate are levels (year = Triwulan IV, s.d. = latest). Every number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
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
  rp5: number | null;
  k6: number;
  rp6: number | null;
  k7: number;
  rp7: number | null;
  kq: Array<number | "-">;
  rpq: number[] | null;
};

export function e81KoperasiCibeber(): BookW {
  const b = new BookW(
    "e81-renja-diskumdag-umkm-halal-cibeber-girang.xlsx",
    "E.81 evaluasi Renja (Dinas Koperasi, UKM dan Perdagangan)",
    "E.81 s.d. Triwulan IV 2024 of a Dinas KUKM dan Perdagangan in Jawa Barat: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp, Rp in thousands; number row merged over the pairs '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIBEBER GIRANG",
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH DAN PERDAGANGAN",
    "Jl. Raya Cibeber Km. 4 No. 17, Cibeber Girang - Jawa Barat",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN CIBEBER GIRANG",
    "Renja Dinas KUKM dan Perdagangan s.d. Triwulan IV Tahun 2024 (Renstra PD 2022-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "prog",
      kode: "2.17.08",
      nm: "PROGRAM PENGEMBANGAN UMKM",
      ind: "Persentase usaha mikro yang naik kelas menjadi usaha kecil",
      sat: "%",
      level: true,
      k5: 5,
      rp5: null,
      k6: 2.8,
      rp6: null,
      k7: 3.5,
      rp7: null,
      kq: ["-", "-", "-", 3.62],
      rpq: null,
    },
    {
      id: "keg",
      kode: "2.17.08.2.01",
      nm: "Pelaksanaan Pemberdayaan dan Perlindungan Usaha Mikro",
      ind: "Jumlah usaha mikro binaan yang dikembangkan",
      sat: "unit usaha",
      level: false,
      k5: 4000,
      rp5: null,
      k6: 1890,
      rp6: null,
      k7: 900,
      rp7: null,
      kq: [150, 220, 260, 230],
      rpq: null,
    },
    {
      id: "s1",
      kode: "2.17.08.2.01.0001",
      nm: "Fasilitasi Sertifikasi Halal dan SPP-IRT bagi Usaha Mikro",
      ind: "Jumlah usaha mikro yang difasilitasi sertifikat halal",
      sat: "unit usaha",
      level: false,
      k5: 3000,
      rp5: 4_500_000,
      k6: 1420,
      rp6: 2_105_400,
      k7: 650,
      rp7: 985_000,
      kq: [120, 180, 210, 150],
      rpq: [142_300, 268_750, 305_120, 251_880],
    },
    {
      id: "s2",
      kode: "2.17.08.2.01.0002",
      nm: "Pendampingan Usaha Mikro Go Digital (Marketplace dan QRIS)",
      ind: "Persentase usaha mikro binaan yang memasarkan produk secara daring",
      sat: "%",
      level: true,
      k5: 60,
      rp5: 2_800_000,
      k6: 40.1,
      rp6: 1_210_600,
      k7: 50,
      rp7: 640_000,
      kq: [31.5, 38.2, 44.6, 52.4],
      rpq: [88_400, 162_300, 190_150, 176_900],
    },
    {
      id: "s3",
      kode: "2.17.08.2.01.0003",
      nm: "Fasilitasi Pameran dan Promosi Produk Unggulan Berorientasi Ekspor",
      ind: "Jumlah pelaku usaha mikro yang mengikuti pameran",
      sat: "pelaku usaha",
      level: false,
      k5: 250,
      rp5: 3_750_000,
      k6: 118,
      rp6: 1_689_300,
      k7: 55,
      rp7: 812_500,
      kq: [8, 15, 12, 20],
      rpq: [96_500, 214_800, 187_350, 296_100],
    },
  ];
  const subs = lines.filter((x) => x.id.startsWith("s"));
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: RP, width: 14 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
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
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr];
  const S3_RP13 = 2_448_050; // planted: typed, digits swapped (1,689,300 + 794,750 = 2,484,050)
  const lineRow = (x: Line, i: number): Row => ({
    id: x.id,
    bold: !x.id.startsWith("s"),
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: x.id === "prog" ? "1" : x.id === "keg" ? "1.1" : `1.1.${i - 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: x.id === "prog" ? "Dinas KUKM dan Perdagangan" : "Bidang Usaha Mikro",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      if (x.rpq) {
        out.rp5 = x.rp5;
        out.rp6 = x.rp6;
        out.rp7 = x.rp7;
        qr.forEach((k, j) => (out[k] = x.rpq![j]));
        out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
        out.rp13 = x.id === "s3" ? S3_RP13 : fx(`${c.a("rp6")}+${c.a("rp12")}`);
      } else {
        const from = x.id === "prog" ? ["keg"] : ["s1", "s2", "s3"];
        for (const k of [...rpKeys, "rp12", "rp13"]) out[k] = fx(from.map((id) => c.a(k, id)).join("+"));
      }
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: s1's (14) K divides by the Renja target (7), the Renja capaian 12/7
      out.k14 =
        x.id === "s1"
          ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`)
          : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  // the predikat words follow the true averages (both bands are the same with the planted values)
  const k14 = (x: Line) => {
    const q = x.kq.map((v) => (v === "-" ? 0 : v));
    const k13 = x.level ? q[3] : x.k6 + q.reduce((n, v) => n + v, 0);
    return round((k13 / x.k5) * 100);
  };
  const rp14 = (x: Line) => round(((x.rp6! + x.rpq!.reduce((n, v) => n + v, 0)) / x.rp5!) * 100);
  const avgK = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
  const avgRp = round(subs.reduce((n, x) => n + rp14(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "2.17", nm: "URUSAN KOPERASI, USAHA KECIL, DAN MENENGAH" } },
      ...lines.map(lineRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan anggaran sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kerja sama dengan LPH dan Satgas Halal Provinsi Jawa Barat; program SEHATI (sertifikasi halal gratis).",
    "Faktor penghambat: pelaku usaha mikro belum memiliki NIB berbasis risiko sehingga pengajuan sertifikat halal tertunda.",
    "Tindak lanjut: jemput bola penerbitan NIB dan SPP-IRT di tiap kecamatan pada triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Cibeber Girang, 24 Januari 2025",
    jabatan: ["KEPALA DINAS KOPERASI, UKM DAN PERDAGANGAN,"],
    nama: "Hj. RIKA NURHAYATI SUKMAWATI, S.E., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760914 200212 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp Renstra s.d. 2024 (13) of sub kegiatan 2.17.08.2.01.0003 is a typed 2,448,050 among 6 + 12 formulas; 1,689,300 + 794,750 give 2,484,050 (digits swapped)",
    truth: `${a("rp6", "s3")}+${a("rp12", "s3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of sub kegiatan 2.17.08.2.01.0001 is =ROUND(12/7*100,2) = 101.54 (the Renja capaian); 13 / 5 = 2,080 / 3,000 gives 69.33",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  // levels: the year is the Triwulan IV value, s.d. the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: qk.map((k) => a(k, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["s1", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of [...rpKeys, "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
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
