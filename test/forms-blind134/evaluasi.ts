// E.81 Evaluasi terhadap hasil Renja of a BPBD in Nusa Tenggara Barat, n-1 = 2024, ordinal headers
// ("(n-2)", "(n-1)") resolved from the title; rates are levels (the year takes Triwulan IV, "s.d." the
// latest level), flows add their quarters. Every name and number is invented.
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

type L = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  kq: Array<number | "-">;
  rp?: [number, number, number, number[]];
  bold?: boolean;
};

export function e81Bpbd(): BookW {
  const b = new BookW(
    "e81-renja-bpbd-lombok-tenggara-raya-tw4-b134.xlsx",
    "E.81 evaluation of the Renja BPBD (2024)",
    "E.81 of a BPBD in NTB, s.d. Triwulan IV 2024: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir | (6) s.d. Renja (n-2) | (7) Renja (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each K | Rp; number row '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100' merged over the pairs; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LOMBOK TENGGARA RAYA",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "Jl. Pariwisata No. 17, Praya Timur",
  ]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kabupaten Lombok Tenggara Raya",
    "Renja BPBD Tahun 2024 (n-1), s.d. Triwulan IV - Renstra BPBD 2021-2026",
  ]);
  s.gap();
  const rows: L[] = [
    {
      id: "prog",
      bold: true,
      kode: "1.05.03",
      nm: "PROGRAM PENANGGULANGAN BENCANA",
      ind: "Persentase desa rawan bencana yang berstatus Desa Tangguh Bencana",
      sat: "%",
      level: true,
      k5: 40,
      k6: 26.3,
      k7: 31,
      kq: ["-", "-", 29.5, 32.1],
    },
    {
      id: "keg1",
      kode: "1.05.03.2.02",
      nm: "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
      ind: "Jumlah desa/kelurahan rawan bencana yang mendapat layanan pencegahan dan kesiapsiagaan",
      sat: "desa",
      level: false,
      k5: 120,
      k6: 64,
      k7: 24,
      kq: [3, 6, 8, 6],
    },
    {
      id: "s1",
      kode: "1.05.03.2.02.0001",
      nm: "Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana",
      ind: "Jumlah orang yang mendapatkan sosialisasi KIE rawan bencana",
      sat: "orang",
      level: false,
      k5: 6000,
      k6: 3400,
      k7: 1200,
      kq: [150, 320, 410, 280],
      rp: [1_850_000_000, 1_020_450_000, 385_000_000, [42_150_000, 98_300_000, 121_750_000, 96_420_000]],
    },
    {
      id: "s2",
      kode: "1.05.03.2.02.0002",
      nm: "Pelatihan Pencegahan dan Mitigasi Bencana",
      ind: "Jumlah relawan dan aparatur desa yang terlatih",
      sat: "orang",
      level: false,
      k5: 1500,
      k6: 820,
      k7: 300,
      kq: [0, 90, 120, 80],
      rp: [2_400_000_000, 1_305_600_000, 512_000_000, [18_400_000, 156_250_000, 187_900_000, 128_630_000]],
    },
    {
      id: "s3",
      kode: "1.05.03.2.02.0003",
      nm: "Pengembangan Desa/Kelurahan Tangguh Bencana",
      ind: "Persentase desa rawan bencana yang memiliki rencana kontinjensi",
      sat: "%",
      level: true,
      k5: 80,
      k6: 58.5,
      k7: 65,
      kq: ["-", 40, 55, 66.67],
      rp: [950_000_000, 512_300_000, 210_000_000, [12_500_000, 48_900_000, 71_250_000, 68_180_000]],
    },
    {
      id: "keg2",
      kode: "1.05.03.2.03",
      nm: "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
      ind: "Persentase korban bencana yang dievakuasi dan mendapat pertolongan",
      sat: "%",
      level: true,
      k5: 100,
      k6: 97.5,
      k7: 100,
      kq: ["-", 100, 96.4, 98.75],
    },
    {
      id: "s4",
      kode: "1.05.03.2.03.0001",
      nm: "Respon Cepat Darurat Bencana",
      ind: "Persentase kejadian bencana yang direspon dalam waktu paling lama 6 jam",
      sat: "%",
      level: true,
      k5: 95,
      k6: 88.2,
      k7: 90,
      kq: [85.71, 88.89, 90, 91.3],
      rp: [3_100_000_000, 1_702_000_000, 640_000_000, [112_400_000, 168_250_000, 201_300_000, 146_870_000]],
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
    { key: `k${key}`, head: [head, "K"], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
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
        `Realisasi Kinerja pada Triwulan ${q}`,
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
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun Berjalan",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun Berjalan (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun Berjalan (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subs = ["s1", "s2", "s3"];
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const toRow = (x: L, i: number): Row => ({
    id: x.id,
    bold: x.bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        k6: x.k6,
        k7: x.k7,
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      out.pj =
        x.id.startsWith("s4") || x.id === "keg2"
          ? "Bidang Kedaruratan dan Logistik"
          : "Bidang Pencegahan dan Kesiapsiagaan";
      if (x.id === "prog") out.pj = "Kepala Pelaksana BPBD";
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: the program's rate (a level) adds (6) and (12) like the flows
      out.k13 = x.level && x.id !== "prog" ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      if (x.rp) {
        out.rp5 = x.rp[0];
        out.rp6 = x.rp[1];
        out.rp7 = x.rp[2];
        qr.forEach((k, j) => (out[k] = x.rp![3][j]));
        // planted: s2's (12) Rp is typed, two digits swapped (491,180,000)
        out.rp12 = x.id === "s2" ? 419_180_000 : fx(qr.map((k) => c.a(k)).join("+"));
        out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      } else if (x.id === "keg1") {
        for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s3")})`);
      } else if (x.id === "keg2") {
        for (const k of rpKeys) out[k] = fx(c.a(k, "s4"));
      } else {
        for (const k of rpKeys) out[k] = fx(`${c.a(k, "keg1")}+${c.a(k, "keg2")}`);
      }
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const k14 = (x: L) => {
    const q = x.kq.filter((v): v is number => typeof v === "number");
    const v = x.level ? q[q.length - 1] : x.k6 + q.reduce((n, y) => n + y, 0);
    return round((v / x.k5) * 100);
  };
  const leaf = rows.filter((x) => x.rp);
  const avg = round(leaf.reduce((n, x) => n + k14(x), 0) / leaf.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...rows.map(toRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja sub kegiatan (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")},${c.a("k14", "s4")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "sat"], cells: { no: "Predikat kinerja", k14: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan Forum PRB dan relawan desa dalam pembentukan Destana.",
    "Faktor penghambat: cuaca ekstrem pada triwulan I menunda pelatihan mitigasi di desa pesisir.",
    "Tindak lanjut: pelatihan dipadatkan pada triwulan II-III dan renkon desa dikawal fasilitator.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Praya Timur, 24 Januari 2025",
    jabatan: ["Kepala Pelaksana BPBD", "Kabupaten Lombok Tenggara Raya,"],
    nama: "LALU MUHAMMAD ZAINUL ARIFIN, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780412 199711 1 001",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 1.05.03.2.02.0002 is a typed 419,180,000 among quarter-sum formulas; Triwulan I-IV give 491,180,000 (digits swapped)",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k13", "prog") },
    rules: ["sum-mismatch"],
    note: "Realisasi K s.d. tahun berjalan (13) of the program's rate (% desa tangguh, a level) is 26.30 + 32.10 = 58.40; the latest level is 32.10",
    truth: a("kq4", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("kq3", "prog")}+${a("kq4", "prog")}`,
  });
  for (const id of ["s3", "s4", "keg2"]) {
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
  for (const id of ["s1", "s2", "keg1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "s3", "s4", "keg1", "keg2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s3", "s4"]) {
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
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg1"),
      rules: ["sum-mismatch"],
      truth: subs.map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("k14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s4"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s4")})`,
    actual: a("kode", "keg2"),
  });
  return b.finish();
}
