// The E.81 evaluation of the Renja 2024 of an RSUD in Aceh (RSUD dr. Teuku Meureubo, Kabupaten Krueng
// Meureubo): program / kegiatan / three sub kegiatan, K | Rp pairs, ordinal captions "(n-2)" / "(n-1)"
// with the calendar year in the title, a number row with "12 = 8+9+10+11", "13 = 6 + 12" and
// "14 = 13/5 x 100%"; the levels (%, nilai) take the Triwulan IV value, the flows add their quarters.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
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
  kq: number[];
  rp5: number;
  rp6: number;
  rp7: number;
  rpq: number[];
};

/** the four quarters added one by one (the K and Rp columns alternate, so no range) */
const q4 = (at: (k: string) => string, k: string): string =>
  [1, 2, 3, 4].map((i) => at(`${k}${i}`)).join("+");

export function e81Rsud(): BookW {
  const b = new BookW(
    "e81-renja-2024-rsud-teuku-meureubo.xlsx",
    "E.81 Evaluasi hasil Renja PD (RSUD)",
    "E.81 evaluation of the Renja 2024 of an RSUD in Aceh: No | Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Satuan | K | Rp pairs for 5 .. 14 with ordinal captions (n-2) / (n-1) and the year in the title; number row with identities; Rata-rata and Predikat rows",
  );
  const S = "E.81 RSUD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KRUENG MEUREUBO",
    "RUMAH SAKIT UMUM DAERAH dr. TEUKU MEUREUBO",
    "Jl. Banda Aceh - Medan Km. 4, Meureubo",
  ]);
  s.lines([
    "Tabel E.81",
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN KRUENG MEUREUBO",
    "RENJA RSUD dr. TEUKU MEUREUBO, PERIODE PELAKSANAAN: TAHUN 2024 (s.d. Triwulan IV)",
    "Indikator dan target kinerja Perangkat Daerah yang mengacu pada sasaran RPJMD: Meningkatnya mutu pelayanan kesehatan rujukan",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "1.02.02.2.01.0014",
      nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan/alat penunjang medik yang disediakan",
      sat: "unit",
      level: false,
      k5: 240,
      k6: 118,
      k7: 60,
      kq: [0, 14, 22, 24],
      rp5: 18_500_000_000,
      rp6: 9_240_000_000,
      rp7: 4_150_000_000,
      rpq: [0, 1_120_450_000, 1_386_200_000, 1_548_900_000],
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0020",
      nm: "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Persentase alat kesehatan yang terkalibrasi",
      sat: "%",
      level: true,
      k5: 95,
      k6: 82.4,
      k7: 88,
      kq: [83.1, 85.6, 87.2, 89.3],
      rp5: 3_600_000_000,
      rp6: 1_905_000_000,
      rp7: 780_000_000,
      rpq: [96_400_000, 188_250_000, 211_700_000, 262_150_000],
    },
    {
      id: "s3",
      kode: "1.02.02.2.01.0026",
      nm: "Pengadaan Obat, Bahan Habis Pakai, Bahan Medis Habis Pakai, Vaksin, Makanan dan Minuman di Fasilitas Kesehatan",
      ind: "Jumlah paket obat dan BMHP yang disediakan",
      sat: "paket",
      level: false,
      k5: 40,
      k6: 22,
      k7: 8,
      kq: [2, 2, 2, 2],
      rp5: 14_000_000_000,
      rp6: 7_350_000_000,
      rp7: 2_900_000_000,
      rpq: [612_300_000, 745_800_000, 703_450_000, 798_950_000],
    },
  ];
  const keg: Line = {
    id: "keg",
    kode: "1.02.02.2.01",
    nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
    ind: "Persentase fasilitas pelayanan RSUD yang memenuhi standar sarana, prasarana dan alat",
    sat: "%",
    level: true,
    k5: 90,
    k6: 78.5,
    k7: 84,
    kq: [79.2, 81, 83.6, 85.1],
    rp5: 0,
    rp6: 0,
    rp7: 0,
    rpq: [],
  };
  const prog: Line = {
    ...keg,
    id: "prog",
    kode: "1.02.02",
    nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Indeks Kepuasan Masyarakat (IKM) terhadap pelayanan RSUD",
    sat: "nilai",
    k5: 85,
    k6: 80.12,
    k7: 82,
    kq: [80.5, 81.3, 82.04, 83.1],
  };
  const KIN = "K";
  const KEU = "Rp";
  const Q = ["I", "II", "III", "IV"];
  const pair = (
    key: string,
    head: string[],
    num: string,
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ) => [
    { key: `k${key}`, head: [...head, KIN], role: kRole, year, num, width: 9 } as Col,
    { key: `rp${key}`, head: [...head, KEU], role: rRole, year, num, fmt: RP, width: 16 } as Col,
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan"], num: "3", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", ["Target Renstra RSUD pada Akhir Periode Renstra (2026)"], "5", "target", "anggaran"),
    ...pair(
      "6",
      ["Realisasi Capaian Kinerja Renstra RSUD s.d. Renja Tahun Lalu (n-2)"],
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
      ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun (n-1)"],
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "14",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun (n-1) (%)"],
      "14 = 13/5 x 100%",
      "capaian",
      "capaian",
    ).map((c) => ({ ...c, fmt: DEC })),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  const RPK = ["5", "6", "7", "q1", "q2", "q3", "q4"];
  const line = (x: Line, no: Cell): Row => ({
    id: x.id,
    bold: x.id === "prog" || x.id === "keg",
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
        pj: "Bidang Penunjang Medik",
      };
      x.kq.forEach((v, i) => (out[`kq${i + 1}`] = v));
      if (x.id === "prog") for (const k of RPK) out[`rp${k}`] = fx(c.a(`rp${k}`, "keg"));
      else if (x.id === "keg")
        for (const k of RPK) out[`rp${k}`] = fx(`SUM(${c.a(`rp${k}`, "s1")}:${c.a(`rp${k}`, "s3")})`);
      else {
        out.rp5 = x.rp5;
        out.rp6 = x.rp6;
        out.rp7 = x.rp7;
        x.rpq.forEach((v, i) => (out[`rpq${i + 1}`] = v));
      }
      out.k12 = x.level ? fx(c.a("kq4")) : fx(q4(c.a, "kq"));
      out.rp12 = fx(q4(c.a, "rpq"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: sub kegiatan .0014's Rp (13) takes only the year's realisation, forgetting (6)
      out.rp13 = x.id === "s1" ? fx(c.a("rp12")) : fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: sub kegiatan .0026's K (14) keeps the cached result of before Triwulan IV was entered
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`, x.id === "s3" ? 65 : undefined);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      line(prog, 1),
      line(keg, ""),
      line(subs[0], ""),
      line(subs[1], ""),
      line(subs[2], ""),
      {
        id: "avg",
        span: ["no", "sat"],
        bold: true,
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "prog")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "prog")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        bold: true,
        cells: { no: "Predikat kinerja", k14: "Tinggi", rp14: "Rendah" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan pendapatan BLUD dan DAK Fisik bidang kesehatan rujukan.",
    "Faktor penghambat: keterlambatan pengiriman alat kesehatan melalui e-katalog pada Triwulan I.",
    "Tindak lanjut: percepatan proses pengadaan pada awal tahun anggaran 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Meureubo, 15 Januari 2025",
    jabatan: ["DIREKTUR RSUD dr. TEUKU MEUREUBO,"],
    nama: "dr. T. MUHAMMAD HARIS, Sp.PD",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760912 200504 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp s.d. 2024 (13) of sub kegiatan 1.02.02.2.01.0014 is =12 alone (4,055,550,000); 6 + 12 = 9,240,000,000 + 4,055,550,000 give 13,295,550,000",
    truth: `${a("rp6", "s1")}+${a("rp12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian K (14) of sub kegiatan 1.02.02.2.01.0026 is =ROUND(13/5*100,2) with a stale cached 65.00; (22 + 8) / 40 gives 75.00",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  for (const x of subs) {
    b.ok({
      sheet: S,
      cell: a("rp12", x.id),
      rules: ["sum-mismatch"],
      truth: q4((k) => a(k, x.id), "rpq"),
    });
    if (!x.level) {
      b.ok({
        sheet: S,
        cell: a("k12", x.id),
        rules: ["sum-mismatch"],
        truth: q4((k) => a(k, x.id), "kq"),
      });
      b.ok({
        sheet: S,
        cell: a("k13", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("k6", x.id)}+${a("k12", x.id)}`,
      });
    }
  }
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp13", id),
      rules: ["sum-mismatch"],
      truth: `${a("rp6", id)}+${a("rp12", id)}`,
    });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  // traps: the levels take the Triwulan IV value, not the sum of the quarters, and (13) is the latest level
  for (const id of ["prog", "keg", "s2"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: q4((k) => a(k, id), "kq"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const k of ["rp5", "rp7", "rpq4", "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  return b.finish();
}
