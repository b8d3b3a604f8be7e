// The E.81 evaluation of the Renja 2024 of the Inspektorat Daerah of a kabupaten in Jambi
// (Renstra 2022-2026), s.d. Triwulan IV: three header rows (group > Triwulan > Kinerja | Keuangan),
// ordinal (n-1) / (n-2) headers resolved from the title, flows (laporan, dokumen) that add their
// quarters and levels (persentase tindak lanjut, level maturitas SPIP) that take the latest value.
// Every name and number is invented.
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
  k6: number;
  k7: number;
  kq: Array<number | string>;
  /** sub kegiatan only: typed money */
  rp?: { rp5: number; rp6: number; rp7: number; q: number[] };
  /** kegiatan / program: the rows whose Rp it adds */
  of?: string[];
  pj: string;
};

export function e81InspektoratTembesi(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-inspektorat-tanjung-tembesi-tw4-2024.xlsx",
    "E.81 evaluasi hasil Renja (Inspektorat Daerah)",
    "E.81 of the Inspektorat of a kabupaten in Jambi, Renja 2024 (n-1) s.d. Triwulan IV, Renstra 2022-2026: No | Kode | Urusan / Bidang / Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja (n-1) | 'Realisasi Kinerja pada Triwulan' > I .. IV | (12) | (13) | (14), each 'Kinerja' | 'Keuangan (Rp)' on a third header row; number row merged over the pairs; SUM formulas for kegiatan / program Rp; Rata-rata capaian and Predikat rows; Unit penanggung jawab and Keterangan",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANJUNG TEMBESI", "INSPEKTORAT DAERAH"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENCANA KERJA (RENJA) INSPEKTORAT DAERAH KABUPATEN TANJUNG TEMBESI",
    "Renja Tahun 2024 (n-1), Realisasi s.d. Triwulan IV",
    "Periode Pelaksanaan Renstra Perangkat Daerah 2022-2026",
  ]);
  s.gap();
  const lines: Line[] = [
    {
      id: "p1",
      kode: "6.01.02",
      nm: "PROGRAM PENYELENGGARAAN PENGAWASAN",
      ind: "Persentase rekomendasi hasil pengawasan yang telah ditindaklanjuti",
      sat: "%",
      level: true,
      k5: 90,
      k6: 78.6,
      k7: 82,
      kq: [74.2, 76.5, 79.8, 83.1],
      of: ["k1", "k2"],
      pj: "Inspektorat Daerah",
    },
    {
      id: "k1",
      kode: "6.01.02.2.01",
      nm: "Penyelenggaraan Pengawasan Internal",
      ind: "Jumlah laporan hasil pengawasan internal",
      sat: "laporan",
      level: false,
      k5: 180,
      k6: 72,
      k7: 38,
      kq: [6, 10, 11, 12],
      of: ["s11", "s12"],
      pj: "Irban I dan II",
    },
    {
      id: "s11",
      kode: "6.01.02.2.01.0001",
      nm: "Pengawasan Kinerja Pemerintah Daerah",
      ind: "Jumlah laporan hasil reviu dan evaluasi kinerja perangkat daerah",
      sat: "laporan",
      level: false,
      k5: 90,
      k6: 36,
      k7: 18,
      kq: [3, 5, 5, 6],
      rp: {
        rp5: 2_450_000_000,
        rp6: 905_600_000,
        rp7: 512_000_000,
        q: [84_250_000, 131_600_000, 142_900_000, 139_880_000],
      },
      pj: "Irban I",
    },
    {
      id: "s12",
      kode: "6.01.02.2.01.0002",
      nm: "Pengawasan Keuangan Pemerintah Daerah",
      ind: "Jumlah laporan hasil audit dan reviu keuangan",
      sat: "laporan",
      level: false,
      k5: 90,
      k6: 36,
      k7: 20,
      kq: [3, 5, 6, 6],
      rp: {
        rp5: 3_100_000_000,
        rp6: 1_186_450_000,
        rp7: 684_500_000,
        q: [102_300_000, 176_850_000, 198_420_000, 187_140_000],
      },
      pj: "Irban II",
    },
    {
      id: "k2",
      kode: "6.01.02.2.02",
      nm: "Penyelenggaraan Pengawasan dengan Tujuan Tertentu",
      ind: "Jumlah laporan hasil pemeriksaan dengan tujuan tertentu",
      sat: "laporan",
      level: false,
      k5: 60,
      k6: 22,
      k7: 14,
      kq: [2, 4, 3, 5],
      of: ["s21"],
      pj: "Irban Investigasi",
    },
    {
      id: "s21",
      kode: "6.01.02.2.02.0001",
      nm: "Pengawasan dengan Tujuan Tertentu atas Pengaduan Masyarakat",
      ind: "Jumlah laporan hasil pemeriksaan khusus atas pengaduan masyarakat",
      sat: "laporan",
      level: false,
      k5: 60,
      k6: 22,
      k7: 14,
      kq: [2, 4, 3, 5],
      rp: {
        rp5: 1_500_000_000,
        rp6: 546_300_000,
        rp7: 318_000_000,
        q: [48_600_000, 86_150_000, 92_700_000, 81_320_000],
      },
      pj: "Irban Investigasi",
    },
    {
      id: "p2",
      kode: "6.01.03",
      nm: "PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI",
      ind: "Level maturitas penyelenggaraan SPIP",
      sat: "level",
      level: true,
      k5: 3.5,
      k6: 3.02,
      k7: 3.2,
      kq: ["-", "-", "-", 3.24],
      of: ["k3"],
      pj: "Inspektorat Daerah",
    },
    {
      id: "k3",
      kode: "6.01.03.2.02",
      nm: "Pendampingan dan Asistensi",
      ind: "Persentase perangkat daerah yang telah menyusun RTP SPIP",
      sat: "%",
      level: true,
      k5: 100,
      k6: 62.5,
      k7: 75,
      kq: [25, 40.63, 59.38, 78.13],
      of: ["s31"],
      pj: "Sekretariat",
    },
    {
      id: "s31",
      kode: "6.01.03.2.02.0001",
      nm: "Pendampingan dan Asistensi Penyelenggaraan SPIP Perangkat Daerah",
      ind: "Jumlah dokumen hasil pendampingan dan asistensi",
      sat: "dokumen",
      level: false,
      k5: 160,
      k6: 62,
      k7: 32,
      kq: [5, 8, 9, 10],
      rp: {
        rp5: 1_200_000_000,
        rp6: 452_800_000,
        rp7: 265_000_000,
        q: [36_400_000, 72_250_000, 81_900_000, 68_740_000],
      },
      pj: "Sekretariat",
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const K = "Kinerja";
  const RPH = "Keuangan (Rp)";
  const pair = (
    key: string,
    head: string[],
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...head, K], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [...head, RPH], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", ["Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)"],
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      ["Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi"],
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        ["Realisasi Kinerja pada Triwulan", q],
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      ["Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)"],
      "14 = 13 / 5 x 100",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "16", width: 18 },
  ];
  cols.filter((c) => c.key === "k14" || c.key === "rp14").forEach((c) => (c.fmt = DEC));
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr];
  const lineRow = (x: Line): Row => ({
    id: x.id,
    bold: x.kode.length === 7,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
        pj: x.pj,
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      if (x.rp) {
        out.rp5 = x.rp.rp5;
        out.rp6 = x.rp.rp6;
        out.rp7 = x.rp.rp7;
        qr.forEach((k, j) => (out[k] = x.rp!.q[j]));
        // planted: s12's realisasi Rp 2024 is typed, two digits swapped (664,710,000)
        out.rp12 = x.id === "s12" ? 646_710_000 : fx(qr.map((k) => c.a(k)).join("+"));
      } else {
        const of = x.of!;
        const add = (k: string) =>
          of.length === 1
            ? fx(c.a(k, of[0]))
            : x.kode.length === 7
              ? fx(of.map((id) => c.a(k, id)).join("+"))
              : fx(`SUM(${c.a(k, of[0])}:${c.a(k, of[of.length - 1])})`);
        for (const k of [...rpKeys, "rp12"]) out[k] = add(k);
      }
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: the SPIP maturity level (a level) is added to last year's level
      out.k13 = x.level && x.id !== "p2" ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      if (x.id === "p2") out.ket = "Penilaian mandiri, QA oleh BPKP";
      return out;
    },
  });
  const subs = lines.filter((x) => x.rp);
  const k14 = (x: Line) => round(((x.k6 + (x.kq as number[]).reduce((n, v) => n + v, 0)) / x.k5) * 100);
  const avgK = round(subs.reduce((n, x) => n + k14(x), 0) / subs.length);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      { id: "u", bold: true, cells: { kode: "6", nm: "UNSUR PENGAWASAN URUSAN PEMERINTAHAN" } },
      { id: "bd", bold: true, cells: { kode: "6.01", nm: "INSPEKTORAT DAERAH" } },
      ...lines.map((x, i) => {
        const r = lineRow(x);
        const inner = r.cells as (c: Ctx) => Record<string, Cell>;
        return { ...r, cells: (c: Ctx) => ({ no: i + 1, ...inner(c) }) };
      }),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${subs.map((x) => c.a("k14", x.id)).join(",")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan aplikasi SIMWAS dan penambahan 4 auditor ahli pertama pada tahun 2024.",
    "Faktor penghambat: pengaduan masyarakat atas dana desa meningkat sehingga jadwal PKPT bergeser.",
    "Tindak lanjut: penyesuaian PKPT 2025 dan penguatan pendampingan RTP SPIP perangkat daerah.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Muara Tembesi Ilir, 24 Januari 2025",
    jabatan: ["Inspektur Kabupaten Tanjung Tembesi,"],
    nama: "H. SYAMSUL BAHRI, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740822 199903 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s12") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp 2024 (12) of sub kegiatan 6.01.02.2.01.0002 is a typed 646,710,000 among formulas; its four quarters add up to 664,710,000",
    truth: qr.map((k) => a(k, "s12")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k13", "p2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Renstra s.d. 2024 (13) K of the level maturitas SPIP is =6+12 = 6.26; a level's s.d. value is the latest level, 3.24",
    truth: a("k12", "p2"),
  });
  // levels: the year's K is the Triwulan IV level, the s.d. K the latest level
  for (const id of ["p1", "k3", "p2"])
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: id === "p2" ? undefined : qk.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["p1", "k3"])
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("k12", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  for (const x of lines.filter((l) => !l.level)) {
    b.ok({
      sheet: S,
      cell: a("k12", x.id),
      rules: ["sum-mismatch"],
      truth: qk.map((k) => a(k, x.id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("k6", x.id)}+${a("k12", x.id)}`,
    });
  }
  for (const id of ["p1", "k1", "k2", "k3", "s11", "s12", "s21", "s31"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s11", "s21", "s31"]) {
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
  for (const k of rpKeys) {
    b.ok({ sheet: S, cell: a(k, "k1"), rules: ["sum-mismatch"], truth: `${a(k, "s11")}+${a(k, "s12")}` });
    b.ok({
      sheet: S,
      cell: a(k, "p1"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s11")}+${a(k, "s12")}+${a(k, "s21")}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s21")})`,
    actual: a("kode", "k2"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s31"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s31")})`,
    actual: a("kode", "k3"),
  });
  return b.finish();
}
