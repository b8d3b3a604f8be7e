// An E.81 evaluation of the Renja of a Dinas Sosial in Nusa Tenggara Timur (Kabupaten Mutis Timur,
// invented), year n-1 = 2024 of the Renstra 2022-2026: ordinal headers ("(n-2)", "(n-1)") resolved from
// the title, K | Rp pairs in thousands of rupiah, flows (ruta diverval, KK penerima UEP) adding their
// quarters, a level (persentase KPM tersalur tepat waktu) taking Triwulan IV. Every number is invented.
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
  kq: number[];
  rpq: number[];
};

export function e81DinsosMutis(): BookW {
  const b = new BookW(
    "e81-renja-dinsos-dtks-mutis-timur.xlsx",
    "E.81 evaluasi Renja Dinas Sosial (2024)",
    "E.81 of a Dinas Sosial in NTT, s.d. Triwulan IV 2024, Renstra 2022-2026: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp in thousands; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100%'; Rata-rata and Predikat rows; faktor pendorong / penghambat",
  );
  const S = "E.81 Dinsos";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUTIS TIMUR",
    "DINAS SOSIAL",
    "Jl. El Tari No. 14, Kefa Utara - Nusa Tenggara Timur",
  ]);
  s.lines([
    "Tabel E.81",
    "EVALUASI TERHADAP HASIL RENJA DINAS SOSIAL KABUPATEN MUTIS TIMUR",
    "s.d. TRIWULAN IV TAHUN 2024 (RENSTRA PERANGKAT DAERAH 2022-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "1.06.05.2.02.0001",
      nm: "Pendataan dan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah rumah tangga DTKS/DTSEN yang diverifikasi dan divalidasi",
      sat: "ruta",
      level: false,
      k5: 60_000,
      rp5: 3_250_000,
      k6: 31_200,
      rp6: 1_402_500,
      k7: 14_000,
      rp7: 720_000,
      kq: [2_100, 3_900, 4_600, 3_650],
      rpq: [96_400, 182_750, 215_300, 198_920],
    },
    {
      id: "s2",
      kode: "1.06.05.2.02.0002",
      nm: "Verifikasi dan Validasi Data Penerima Bantuan Sosial PKH dan Sembako",
      ind: "Persentase KPM PKH dan BPNT yang tersalurkan bantuannya tepat waktu",
      sat: "%",
      level: true,
      k5: 95,
      rp5: 1_480_000,
      k6: 88.4,
      rp6: 598_600,
      k7: 92,
      rp7: 312_500,
      kq: [85.2, 88.7, 90.1, 93.4],
      rpq: [48_200, 81_350, 92_700, 84_150],
    },
    {
      id: "s3",
      kode: "1.06.05.2.01.0003",
      nm: "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat",
      ind: "Jumlah keluarga fakir miskin yang menerima bantuan usaha ekonomi produktif",
      sat: "KK",
      level: false,
      k5: 1_500,
      rp5: 2_100_000,
      k6: 640,
      rp6: 872_400,
      k7: 320,
      rp7: 455_000,
      kq: [0, 80, 140, 95],
      rpq: [0, 118_600, 205_300, 121_450],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: RP, width: 13 },
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
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
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
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan (n-1)",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun (n-1) (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100%",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  // planted: s1's Rp (12) typed 639,370 where the quarters give 693,370
  const S1_TYPED = 639_370;
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
        pj: "Bidang Perlindungan dan Jaminan Sosial",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = x.id === "s1" ? S1_TYPED : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "1.06.05.2.02",
        nm: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
        ind: "Jumlah dokumen basis data fakir miskin yang dimutakhirkan",
        sat: "dokumen",
        k5: 5,
        k6: 2,
        k7: 1,
        kq1: 0,
        kq2: 0,
        kq3: 0,
        kq4: 1,
        pj: "Bidang Perlindungan dan Jaminan Sosial",
      };
      for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
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
        kode: "1.06.05",
        nm: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
        ind: "Persentase fakir miskin yang terpenuhi kebutuhan dasarnya",
        sat: "%",
        k5: 80,
        k6: 71.3,
        k7: 75,
        kq1: "-",
        kq2: "-",
        kq3: "-",
        kq4: 76.8,
        pj: "Dinas Sosial",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const k14 = (x: Sub) => round(((x.level ? x.kq[3] : x.k6 + x.kq.reduce((n, v) => n + v, 0)) / x.k5) * 100);
  const avgK = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "1", nm: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      { id: "bid", bold: true, cells: { kode: "1.06", nm: "URUSAN PEMERINTAHAN BIDANG SOSIAL" } },
      progRow,
      kegRow,
      ...subs.map(subRow),
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
        cells: (c: Ctx) => ({
          no: "Predikat kinerja",
          k14: predikat(avgK),
          rp14: fx(`PREDIKAT(${c.a("rp14", "avg")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan operator SIKS-NG desa/kelurahan dan pendamping PKH dalam musyawarah desa verval DTKS.",
    "Faktor penghambat: jaringan internet terbatas di 11 desa; usulan DTSEN terlambat diunggah pada triwulan I.",
    "Tindak lanjut: jadwal verval per kecamatan dan bimbingan teknis operator desa pada awal tahun 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Kefa Utara, 24 Januari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN MUTIS TIMUR,"],
    nama: "YOHANES B. NAHAK, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760812 200212 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 1.06.05.2.02.0001 is a typed 639,370 among 8+9+10+11 formulas; the quarters 96,400 + 182,750 + 215,300 + 198,920 give 693,370 (digits swapped)",
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat is coded 1.06.05.2.01.0003 under kegiatan 1.06.05.2.02 (and added into its Rp); it should be 1.06.05.2.02.0003",
    truth: `${a("kode", "keg")}&".0003"`,
  });
  // the level: its year is the Triwulan IV value, its s.d. value the latest level
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
    truth: a("k12", "s2"),
    trap: `${a("k6", "s2")}+${a("k12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s3"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s2", "s3"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp7"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      actual: `PARENT(${a("kode", id)})`,
      truth: a("kode", "keg"),
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "avg"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${a("k14", "s1")}+${a("k14", "s2")}+${a("k14", "s3")})/3,2)`,
  });
  return b.finish();
}
