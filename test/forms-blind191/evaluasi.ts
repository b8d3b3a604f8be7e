// An E.81 Renja evaluation (Permendagri 86/2017) of the Dinas Kesehatan of a Sulawesi Selatan kabupaten for its
// kesehatan lingkungan sub kegiatan, year n-1 = 2024: ordinal headers "(n-2)" / "(n-1)" resolved from the title,
// quarters under one group header, K | Rp pairs, number row "13 = 6 + 12", "14 = 13 / 5 x 100". Flows (desa
// diverifikasi ODF, TTU diinspeksi) add their quarters; rates take the Triwulan IV level. Every number is invented.
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

export function e81KeslingBonto(): BookW {
  const b = new BookW(
    "e81-renja-kesling-stbm-dinkes-bonto-lempangan.xlsx",
    "E.81 Renja evaluation (kesehatan lingkungan, Dinkes)",
    "E.81 of a Dinas Kesehatan in Sulawesi Selatan, s.d. Triwulan IV 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir | (6) Realisasi s.d. Renja (n-2) | (7) Target Renja (n-1) | 'Realisasi Kinerja pada Triwulan' > I..IV | (12) | (13) | (14), each K | Rp; three header rows, number row merged over the pairs; rata-rata and predikat footers; unit PD",
  );
  const S = "E.81 Kesling";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BONTO LEMPANGAN",
    "DINAS KESEHATAN",
    "Jl. Poros Malino Km. 4, Bonto Lempangan - Sulawesi Selatan",
  ]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Bonto Lempangan",
    "Renja Dinas Kesehatan: Periode Pelaksanaan s.d. Triwulan IV Tahun 2024",
    "Renstra Dinas Kesehatan 2022-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.02.02.2.02.0015",
      nm: "Pengelolaan Pelayanan Kesehatan Lingkungan",
      ind: "Jumlah desa/kelurahan yang diverifikasi Open Defecation Free (ODF)",
      sat: "desa",
      level: false,
      k5: 120,
      rp5: 1_850_000_000,
      k6: 61,
      rp6: 912_400_000,
      k7: 24,
      rp7: 385_000_000,
      kq: [3, 5, 8, 9],
      rpq: [48_150_000, 96_300_000, 118_450_000, 104_700_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.02.0031",
      nm: "Pengawasan Kualitas Air Minum",
      ind: "Persentase sarana air minum yang diawasi/diperiksa kualitas air minumnya sesuai standar",
      sat: "%",
      level: true,
      k5: 90,
      rp5: 1_350_000_000,
      k6: 71.4,
      rp6: 702_500_000,
      k7: 80,
      rp7: 296_000_000,
      kq: [35.2, 52.8, 68.5, 82.6],
      rpq: [41_200_000, 77_350_000, 89_900_000, 79_650_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.02.0038",
      nm: "Pembinaan Tempat dan Fasilitas Umum serta Tempat Pengelolaan Pangan",
      ind: "Jumlah TTU dan TPP yang diinspeksi kesehatan lingkungannya",
      sat: "tempat",
      level: false,
      k5: 2400,
      rp5: 980_000_000,
      k6: 1180,
      rp6: 478_250_000,
      k7: 520,
      rp7: 205_000_000,
      kq: [96, 142, 151, 137],
      rpq: [31_400_000, 52_750_000, 61_800_000, 55_320_000],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const TW = "Realisasi Kinerja pada Triwulan";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, "K"], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra PD)"], "5", "target", "anggaran"),
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
    ...Q.flatMap((q, i) =>
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
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024 (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13 / 5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13 / 5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
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
        pj: "Seksi Kesehatan Lingkungan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s2's K (14) divides the year's realisasi by the Renja target (12 / 7), not 13 / 5
      out.k14 =
        x.id === "s2"
          ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`)
          : fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "1.02.02.2.02",
        nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
        ind: "Jumlah dokumen hasil pengelolaan pelayanan kesehatan lingkungan",
        sat: "dokumen",
        k5: 5,
        k6: 3,
        k7: 1,
        kq1: 0,
        kq2: 0,
        kq3: 0,
        kq4: 1,
        pj: "Bidang Kesmas",
      };
      for (const k of rpKeys)
        // planted: the kegiatan's Renja pagu (7) adds s1 and s2 only
        out[k] = fx(
          k === "rp7" ? `SUM(${c.a(k, "s1")}:${c.a(k, "s2")})` : `SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`,
        );
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "1.02.02",
        nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
        ind: "Persentase desa/kelurahan Stop Buang Air Besar Sembarangan (SBS)",
        sat: "%",
        k5: 85,
        k6: 58.3,
        k7: 70,
        kq1: "-",
        kq2: "-",
        kq3: 66.1,
        kq4: 72.4,
        pj: "Dinas Kesehatan",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  // the footer as the sheet computes it (the planted s2 value included)
  const k14 = subs.map((x) => {
    if (x.id === "s2") return round(((x.kq[3] as number) / x.k7) * 100);
    const k13 = x.level ? (x.kq[3] as number) : x.k6 + (x.kq as number[]).reduce((n, v) => n + v, 0);
    return round((k13 / x.k5) * 100);
  });
  const avgK = round(k14.reduce((n, v) => n + v, 0) / 3);
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
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avgK) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pemicuan STBM oleh sanitarian puskesmas dan dukungan dana desa.",
    "Faktor penghambat: jarak sarana air minum di wilayah pegunungan; reagen pemeriksaan terlambat pada triwulan I.",
    "Tindak lanjut: verifikasi ODF bersama TP PKK kecamatan dan pengadaan sanitarian kit tahun 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Bonto Lempangan, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN BONTO LEMPANGAN,"],
    nama: "dr. ANDI MAPPASESSU RAHMAN, M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760214 200502 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k14", "s2") },
    rules: ["capaian-mismatch"],
    note: "Column 14 K of the air minum rate holds =ROUND(12/7*100,2) = 103.25 (the Renja capaian); 13 / 5 x 100 = 82.60 / 90 gives 91.78",
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp7", "keg") },
    rules: ["sum-mismatch"],
    note: "The kegiatan's Renja pagu (7) Rp is =SUM over the first two sub kegiatan = 681,000,000; with the TTU/TPP sub kegiatan's 205,000,000 it is 886,000,000",
    truth: `${a("rp7", "s1")}+${a("rp7", "s2")}+${a("rp7", "s3")}`,
  });
  // levels: the year is the Triwulan IV value, the s.d. value the latest level
  for (const id of ["s2", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("kq3", id)}+${a("kq4", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", ...qr, "rp12", "rp13"])
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
  return b.finish();
}
