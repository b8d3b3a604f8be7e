// An E.79-like evaluation table (Permendagri 86/2017, the shape of E.81 with K and Rp per numbered
// column) kept by the Bagian Kesra of an Aceh kabupaten for its program 4.01.02, year n-1 = 2024:
// flows (lembaga difasilitasi, kegiatan pembinaan) add their quarters, the LPJ rate is a level whose
// year is its Triwulan IV value and whose "s.d." value is the latest level. Every number is invented.
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

export function e79Kesra(): BookW {
  const b = new BookW(
    "evaluasi-e79-program-kesra-krueng-jeumpa.xlsx",
    "E.79-like evaluation of the Bagian Kesra program (2024)",
    "E.79-like table for program 4.01.02 of a Bagian Kesra in Aceh, 2024: No | Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | (6) Target RPJK akhir 2026 | (7) Realisasi s.d. 2023 | (8) Target RKPD 2024 | (9)-(12) Realisasi Triwulan I-IV | (13) Realisasi 2024 | (14) Realisasi s.d. 2024 | (15) Tingkat Capaian s.d. 2024 (%), each K | Rp; number row merged over the pairs with '13 = 9+10+11+12', '14 = 7 + 13', '15 = 14 / 6 x 100'; Rata-rata and Predikat rows; PD penanggung jawab",
  );
  const S = "E79 Kesra 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KRUENG JEUMPA", "SEKRETARIAT DAERAH - BAGIAN KESEJAHTERAAN RAKYAT"]);
  s.lines([
    "EVALUASI HASIL PELAKSANAAN RKPD KABUPATEN KRUENG JEUMPA TAHUN 2024",
    "Urusan Pemerintahan: Unsur Pendukung Urusan Pemerintahan - Sekretariat Daerah (Bagian Kesejahteraan Rakyat)",
    "Periode RPJM Kabupaten 2022-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "4.01.02.2.02.0001",
      nm: "Fasilitasi Pengelolaan Bina Mental Spiritual",
      ind: "Jumlah lembaga keagamaan yang difasilitasi",
      sat: "lembaga",
      level: false,
      k5: 300,
      rp5: 2_250_000_000,
      k6: 155,
      rp6: 1_318_400_000,
      k7: 60,
      rp7: 486_000_000,
      kq: [12, 18, 20, 14],
      rpq: [72_900_000, 131_650_000, 145_200_000, 121_340_000],
    },
    {
      id: "s2",
      kode: "4.01.02.2.02.0002",
      nm: "Fasilitasi Penyaluran dan Pertanggungjawaban Hibah dan Bantuan Sosial",
      ind: "Persentase lembaga penerima hibah yang menyampaikan LPJ tepat waktu",
      sat: "%",
      level: true,
      k5: 90,
      rp5: 2_900_000_000,
      k6: 80.5,
      rp6: 1_652_300_000,
      k7: 85,
      rp7: 624_500_000,
      kq: ["-", "-", 41.67, 86.9],
      rpq: [98_200_000, 156_740_000, 171_300_000, 183_460_000],
    },
    {
      id: "s3",
      kode: "4.01.02.2.02.0003",
      nm: "Fasilitasi Pembinaan Syariat Islam dan Adat Aceh",
      ind: "Jumlah kegiatan pembinaan syariat dan adat yang dilaksanakan",
      sat: "kegiatan",
      level: false,
      k5: 60,
      rp5: 1_350_000_000,
      k6: 30,
      rp6: 669_500_000,
      k7: 12,
      rp7: 351_850_000,
      kq: [2, 3, 4, 3],
      rpq: [41_500_000, 98_750_000, 102_400_000, 96_180_000],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const K = "K";
  const RPH = "Rp";
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
    kf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [head, K], role: kRole, year, num, fmt: kf, width: 9 },
    { key: `rp${key}`, head: [head, RPH], role: rpRole, year, num, fmt: kf ?? RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    ...pair("6", "Target RPJMK pada Akhir Periode (2026)", "6", "target", "anggaran"),
    ...pair("7", "Realisasi Capaian s.d. RKPD Tahun 2023", "7", "realisasi", "realisasi-anggaran", 2023),
    ...pair("8", "Target Kinerja dan Anggaran RKPD Tahun 2024", "8", "target", "anggaran", 2024),
    ...Q.flatMap((q, i) =>
      pair(`q${i + 1}`, `Realisasi Triwulan ${q}`, String(9 + i), "realisasi", "realisasi-anggaran", 2024),
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran RKPD 2024",
      "13 = 9+10+11+12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      "Realisasi Kinerja dan Anggaran s.d. Tahun 2024",
      "14 = 7 + 13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k15",
      head: ["Tingkat Capaian s.d. 2024 (%)", K],
      role: "capaian",
      num: "15 = 14 / 6 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp15",
      head: ["Tingkat Capaian s.d. 2024 (%)", RPH],
      role: "capaian",
      num: "15 = 14 / 6 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "16",
      width: 20,
    },
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
        k6: x.k5,
        rp6: x.rp5,
        k7: x.k6,
        rp7: x.rp6,
        k8: x.k7,
        rp8: x.rp7,
        pj: "Bagian Kesra",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      // a level: the year's K is the Triwulan IV value and the s.d. K the latest level
      out.k13 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (13) leaves out Triwulan IV
      out.rp13 = fx((x.id === "s1" ? qr.slice(0, 3) : qr).map((k) => c.a(k)).join("+"));
      out.k14 = x.level ? fx(c.a("k13")) : fx(`${c.a("k7")}+${c.a("k13")}`);
      out.rp14 = fx(`${c.a("rp7")}+${c.a("rp13")}`);
      out.k15 = fx(`ROUND(${c.a("k14")}/${c.a("k6")}*100,2)`);
      // planted: s3's Rp (15) keeps a stale result from before Triwulan IV was entered
      const r15 = `ROUND(${c.a("rp14")}/${c.a("rp6")}*100,2)`;
      out.rp15 =
        x.id === "s3" ? fx(r15, round(((x.rp6 + x.rpq[0] + x.rpq[1] + x.rpq[2]) / x.rp5) * 100)) : fx(r15);
      return out;
    },
  });
  const rpKeys = ["rp6", "rp7", "rp8", ...qr, "rp13", "rp14"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "4.01.02.2.02",
        nm: "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
        ind: "Jumlah laporan pelaksanaan kebijakan kesejahteraan rakyat",
        sat: "dokumen",
        k6: 5,
        k7: 3,
        k8: 1,
        kq1: 0,
        kq2: 0,
        kq3: 0,
        kq4: 1,
        pj: "Bagian Kesra",
      };
      for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      out.k13 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k14 = fx(`${c.a("k7")}+${c.a("k13")}`);
      out.k15 = fx(`ROUND(${c.a("k14")}/${c.a("k6")}*100,2)`);
      out.rp15 = fx(`ROUND(${c.a("rp14")}/${c.a("rp6")}*100,2)`);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "4.01.02",
        nm: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
        ind: "Persentase rekomendasi kebijakan kesejahteraan rakyat yang ditindaklanjuti",
        sat: "%",
        k6: 85,
        k7: 76.4,
        k8: 80,
        kq1: "-",
        kq2: "-",
        kq3: "-",
        kq4: 81.25,
        pj: "Sekretariat Daerah",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k13 = fx(c.a("kq4"));
      out.k14 = fx(c.a("k13"));
      out.k15 = fx(`ROUND(${c.a("k14")}/${c.a("k6")}*100,2)`);
      out.rp15 = fx(`ROUND(${c.a("rp14")}/${c.a("rp6")}*100,2)`);
      return out;
    },
  };
  const k15 = (x: Sub) => {
    const k14 = x.level ? (x.kq[3] as number) : x.k6 + (x.kq as number[]).reduce((n, v) => n + v, 0);
    return round((k14 / x.k5) * 100);
  };
  const avgK = round(subs.reduce((n, x) => n + k15(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "4", nm: "UNSUR PENDUKUNG URUSAN PEMERINTAHAN" } },
      { id: "bid", bold: true, cells: { kode: "4.01", nm: "SEKRETARIAT DAERAH" } },
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k15: fx(`ROUND(AVERAGE(${c.a("k15", "s1")}:${c.a("k15", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k15: predikat(avgK) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan MPU dan Majelis Adat Aceh dalam pembinaan lembaga keagamaan.",
    "Faktor penghambat: keterlambatan LPJ tahap I beberapa penerima hibah sehingga tahap II tertunda.",
    "Tindak lanjut: pendampingan penyusunan LPJ bagi lembaga penerima hibah sejak triwulan II.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Keude Jeumpa, 30 Januari 2025",
    jabatan: ["Sekretaris Daerah Kabupaten Krueng Jeumpa,"],
    nama: "Ir. T. MUHAMMAD HAIKAL, M.T.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19700321 199603 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const s1 = subs[0];
  const s3 = subs[2];
  b.plant({
    at: { sheet: S, cell: a("rp13", "s1") },
    rules: ["sum-mismatch"],
    note: `Realisasi Rp 2024 (13) of sub kegiatan 4.01.02.2.02.0001 adds Triwulan I-III only (${(s1.rpq[0] + s1.rpq[1] + s1.rpq[2]).toLocaleString("en")}); with Triwulan IV's 121,340,000 it is ${s1.rpq.reduce((n, v) => n + v, 0).toLocaleString("en")}`,
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp15", "s3") },
    rules: ["capaian-mismatch"],
    note: `Tingkat capaian Rp (15) of sub kegiatan 4.01.02.2.02.0003 is =ROUND(14/6*100,2) with a stale cached result of 67.57 (before Triwulan IV); ${(s3.rp6 + s3.rpq.reduce((n, v) => n + v, 0)).toLocaleString("en")} / 1,350,000,000 gives 74.69`,
    truth: `ROUND(${a("rp14", "s3")}/${a("rp6", "s3")}*100,2)`,
  });
  // the LPJ rate is a level: its year is the Triwulan IV value and its s.d. value the latest level
  b.ok({
    sheet: S,
    cell: a("k13", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("kq3", "s2")}+${a("kq4", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k14", "s2"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s2"),
    trap: `${a("k7", "s2")}+${a("k13", "s2")}`,
  });
  b.ok({ sheet: S, cell: a("k13", "prog"), rules: ["sum-mismatch"], truth: a("kq4", "prog") });
  b.ok({
    sheet: S,
    cell: a("k14", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k7", "prog")}+${a("k13", "prog")}`,
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k14", id), rules: ["sum-mismatch"], truth: `${a("k7", id)}+${a("k13", id)}` });
  }
  for (const id of ["s1", "s2", "s3", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k15", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k14", id)}/${a("k6", id)}*100,2)`,
    });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rp15", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp14", "s2")}/${a("rp6", "s2")}*100,2)`,
  });
  for (const k of ["rp6", "rp7", "rp8", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  b.ok({
    sheet: S,
    cell: a("k15", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k15", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s1")})`,
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
