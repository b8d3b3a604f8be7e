// Planning tables of a Bagian Umum / Rumah Tangga Setda: the T-C.27 of the Renstra Setda 2025-2029 of
// a Kalimantan Selatan kabupaten (program 4.01.01, kendaraan dinas, jasa kantor, rumah jabatan), and
// the E.81 evaluation of the Renja 2024 of a Sumatera Barat kota with K | Rp pairs per triwulan.
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, round, type Col, type Row } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type Line = { id: string; kode: string; nm: string; ind: string; sat: string; k: number[]; rp?: number[] };

export function tc27UmumBatangAlai(): BookW {
  const b = new BookW(
    "tc27-renstra-setda-rumah-tangga-batang-alai-raya.xlsx",
    "T-C.27 Renstra funding (Bagian Umum)",
    "T-C.27 of the Renstra Setda 2025-2029 of a Kalimantan Selatan kabupaten: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Kondisi Awal 2024 | 'Target Kinerja dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > K | Rp | Kondisi Akhir 2029 > K | Rp; number row merged over the pairs; Rp in thousands",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG ALAI RAYA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Sekretariat Daerah (Bagian Umum) 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Line[] = [
    {
      id: "s1",
      kode: "4.01.01.2.08.0002",
      nm: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
      ind: "Jumlah laporan penyediaan jasa komunikasi, sumber daya air dan listrik",
      sat: "laporan",
      k: [12, 12, 12, 12, 12],
      rp: [1_320_000, 1_386_000, 1_455_300, 1_528_100, 1_604_500],
    },
    {
      id: "s2",
      kode: "4.01.01.2.09.0002",
      nm: "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
      ind: "Jumlah kendaraan dinas operasional yang dipelihara dan dibayarkan pajaknya",
      sat: "unit",
      k: [46, 46, 48, 48, 50],
      rp: [1_035_000, 1_070_000, 1_142_500, 1_180_000, 1_256_000],
    },
    {
      id: "s3",
      kode: "4.01.01.2.09.0009",
      nm: "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
      ind: "Jumlah rumah jabatan dan gedung kantor yang dipelihara",
      sat: "unit",
      k: [9, 9, 10, 10, 11],
      rp: [845_000, 910_000, 980_000, 1_015_000, 1_090_000],
    },
  ];
  // planted: the kendaraan laik jalan rate of year 2027 typed 29.00 (92.00 meant)
  const progK = [90, 91, 29, 93, 94];
  const rows: Row[] = [];
  const pair = (y: number | "ak"): Col[] => {
    const grp = y === "ak" ? ["Kondisi Akhir 2029"] : ["Target Kinerja dan Kerangka Pendanaan", `Tahun ${y}`];
    const yr = y === "ak" ? 2029 : y;
    const n = y === "ak" ? 11 : 6 + YEARS.indexOf(y);
    return [
      {
        key: `k${y}`,
        head: [...grp, "K"],
        role: y === "ak" ? "kondisi-akhir" : "target",
        year: yr,
        num: n,
        width: 8,
      },
      {
        key: `rp${y}`,
        head: [...grp, "Rp"],
        role: y === "ak" ? "kondisi-akhir" : "anggaran",
        year: yr,
        num: n,
        fmt: RP,
        width: 12,
      },
    ];
  };
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, num: 5, width: 9 },
    ...YEARS.flatMap((y) => pair(y)),
    ...pair("ak"),
  ];
  const rpSum = (c: { a(k: string, id?: string): string }, ids: string[]) => (y: number) =>
    ids.map((i) => c.a(`rp${y}`, i)).join("+");
  const yearsRp = (c: { a(k: string, id?: string): string }) => YEARS.map((y) => c.a(`rp${y}`)).join("+");
  rows.push({
    id: "p",
    bold: true,
    cells: (c) => ({
      kode: "4.01.01",
      nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Persentase kendaraan dinas operasional dalam kondisi laik jalan",
      sat: "%",
      awal: 87.5,
      ...Object.fromEntries(
        YEARS.flatMap((y, i) => [
          [`k${y}`, progK[i]],
          [`rp${y}`, fx(rpSum(c, ["k8", "k9"])(y))],
        ]),
      ),
      kak: fx(c.a("k2029")),
      rpak: fx(yearsRp(c)),
    }),
  });
  const keg = (rid: string, kode: string, nm: string, ind: string, ids: string[]): Row => ({
    id: rid,
    cells: (c) => ({
      kode,
      nm,
      ind,
      sat: "%",
      awal: 100,
      ...Object.fromEntries(
        YEARS.flatMap((y) => [
          [`k${y}`, 100],
          [`rp${y}`, fx(rpSum(c, ids)(y))],
        ]),
      ),
      kak: fx(c.a("k2029")),
      rpak: fx(yearsRp(c)),
    }),
  });
  const sub = (l: Line): Row => ({
    id: l.id,
    cells: (c) => ({
      kode: l.kode,
      nm: l.nm,
      ind: l.ind,
      sat: l.sat,
      awal: l.k[0],
      ...Object.fromEntries(
        YEARS.flatMap((y, i) => [
          [`k${y}`, l.k[i]],
          [`rp${y}`, l.rp![i]],
        ]),
      ),
      kak: fx(c.a("k2029")),
      // planted: the Rp kondisi akhir of the kendaraan sub kegiatan adds 2025-2028 only
      rpak: fx(
        l.id === "s2"
          ? YEARS.slice(0, 4)
              .map((y) => c.a(`rp${y}`))
              .join("+")
          : yearsRp(c),
      ),
    }),
  });
  rows.push(
    keg(
      "k8",
      "4.01.01.2.08",
      "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      "Persentase tagihan jasa kantor yang terbayar tepat waktu",
      ["s1"],
    ),
  );
  rows.push(sub(subs[0]));
  rows.push(
    keg(
      "k9",
      "4.01.01.2.09",
      "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
      "Persentase BMD penunjang yang terpelihara",
      ["s2", "s3"],
    ),
  );
  rows.push(sub(subs[1]));
  rows.push(sub(subs[2]));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir kinerja = target tahun 2029; kondisi akhir pendanaan = jumlah pendanaan 2025-2029.",
  ]);
  const a = (k: string, r: string) => t.a(k, r);
  const s2 = subs[1].rp!;
  b.plant({
    at: { sheet: S, cell: a("rpak", "s2") },
    rules: ["kondisi-akhir-mismatch"],
    note: `Kondisi Akhir Rp of sub kegiatan 4.01.01.2.09.0002 adds 2025-2028 only (${round(s2[0] + s2[1] + s2[2] + s2[3], 0).toLocaleString("en-US")}); with 2029's 1,256,000 the five years give ${(s2[0] + s2[1] + s2[2] + s2[3] + s2[4]).toLocaleString("en-US")}`,
    truth: YEARS.map((y) => a(`rp${y}`, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k2027", "p") },
    rules: ["target-outlier", "target-trend"],
    note: "program target 2027 of the kendaraan laik jalan is 29 between 91 (2026) and 93 (2028): 92 with its digits swapped",
    truth: "92",
  });
  for (const l of subs) {
    if (l.id !== "s2")
      b.ok({
        sheet: S,
        cell: a("rpak", l.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: YEARS.map((y) => a(`rp${y}`, l.id)).join("+"),
      });
    b.ok({
      sheet: S,
      cell: a("kak", l.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", l.id),
      // a count kept each year: the last target, not the five added up
      trap: YEARS.map((y) => a(`k${y}`, l.id)).join("+"),
    });
  }
  for (const y of YEARS)
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k9"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s2")}+${a(`rp${y}`, "s3")}`,
    });
  b.ok({ sheet: S, cell: a("k2029", "p"), rules: ["target-outlier", "target-trend"], truth: "94" });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k9"),
    });
  return b.finish();
}

// ==================================== Setda Kota Padang Sikumbang, E.81 evaluasi Renja 2024

type ELine = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  tk: number;
  trp: number;
  qk: number[];
  qrp: number[];
  level?: boolean;
};

export function e81UmumPadangSikumbang(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-bagian-umum-padang-sikumbang.xlsx",
    "E.81 evaluasi Renja (Bagian Umum)",
    "E.81 evaluation of the Renja 2024 of the Setda of a Sumatera Barat kota (Bagian Umum): No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Target Renja 2024 K | Rp | Triwulan I .. IV K | Rp | Realisasi 2024 K | Rp ('11 = 7+8+9+10') | Tingkat Capaian (%) K | Rp; levels take Triwulan IV; Rata-rata and Predikat rows",
  );
  const S = "E81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PADANG SIKUMBANG", "SEKRETARIAT DAERAH - BAGIAN UMUM DAN RUMAH TANGGA"]);
  s.lines([
    "Evaluasi terhadap Hasil Renja Perangkat Daerah Lingkup Kota Padang Sikumbang",
    "Renja Sekretariat Daerah Tahun 2024",
  ]);
  s.gap();
  const lines: ELine[] = [
    {
      id: "s1",
      kode: "4.01.01.2.08.0002",
      nm: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
      ind: "Jumlah laporan penyediaan jasa komunikasi, SDA dan listrik",
      sat: "laporan",
      tk: 12,
      trp: 2_184_000_000,
      qk: [3, 3, 3, 3],
      qrp: [512_340_000, 538_915_000, 547_260_000, 566_885_000],
    },
    {
      id: "s2",
      kode: "4.01.01.2.09.0002",
      nm: "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas",
      ind: "Jumlah kendaraan dinas yang dipelihara dan dibayarkan pajaknya",
      sat: "unit",
      tk: 38,
      trp: 1_450_000_000,
      qk: [38, 38, 38, 38],
      qrp: [298_450_000, 341_720_000, 365_900_000, 387_130_000],
      level: true,
    },
    {
      id: "s3",
      kode: "4.01.01.2.09.0010",
      nm: "Pemeliharaan/Rehabilitasi Rumah Jabatan dan Rumah Dinas",
      ind: "Jumlah rumah jabatan / rumah dinas yang dipelihara",
      sat: "unit",
      tk: 6,
      trp: 735_000_000,
      qk: [0, 2, 2, 2],
      qrp: [0, 214_600_000, 246_350_000, 231_800_000],
    },
  ];
  const Q = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const pair = (
    key: string,
    grp: string[],
    n: string | number,
    rk: "target" | "realisasi" | "capaian",
  ): Col[] => [
    {
      key: `${key}k`,
      head: [...grp, "K"],
      role: rk,
      year: 2024,
      num: n,
      width: 8,
      fmt: rk === "capaian" ? DEC : undefined,
    },
    {
      key: `${key}rp`,
      head: [...grp, "Rp"],
      role: rk === "target" ? "anggaran" : rk === "realisasi" ? "realisasi-anggaran" : "capaian",
      year: 2024,
      num: n,
      fmt: rk === "capaian" ? DEC : RP,
      width: 14,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 3, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    ...pair("t", ["Target Renja Tahun 2024"], 6, "target"),
    ...Q.flatMap((q, i) => pair(`q${i + 1}`, ["Realisasi Kinerja pada Triwulan", q], 7 + i, "realisasi")),
    ...pair("r", ["Realisasi Capaian Kinerja dan Anggaran Renja 2024"], "11 = 7+8+9+10", "realisasi"),
    ...pair(
      "c",
      ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja 2024 (%)"],
      "12 = 11/6 x 100",
      "capaian",
    ),
  ];
  type C = { a(k: string, id?: string): string };
  const qsum = (c: C, u: "k" | "rp", n = 4) =>
    [1, 2, 3, 4]
      .slice(0, n)
      .map((i) => c.a(`q${i}${u}`))
      .join("+");
  const cap = (c: C, u: "k" | "rp") => `ROUND(${c.a(`r${u}`)}/${c.a(`t${u}`)}*100,2)`;
  const stale = 61.2;
  const rows: Row[] = [
    {
      id: "p",
      bold: true,
      cells: (c) => ({
        no: 1,
        kode: "4.01.01",
        nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        ind: "Persentase sarana prasarana kerumahtanggaan dalam kondisi baik",
        sat: "%",
        tk: 85,
        trp: fx(`${c.a("trp", "k8")}+${c.a("trp", "k9")}`),
        q1k: 81.5,
        q2k: 83,
        q3k: 84.25,
        q4k: 86.4,
        ...Object.fromEntries(
          [1, 2, 3, 4].map((i) => [`q${i}rp`, fx(`${c.a(`q${i}rp`, "k8")}+${c.a(`q${i}rp`, "k9")}`)]),
        ),
        rk: fx(c.a("q4k")),
        rrp: fx(qsum(c, "rp")),
        ck: fx(cap(c, "k")),
        crp: fx(cap(c, "rp")),
      }),
    },
  ];
  const kegRow = (rid: string, kode: string, nm: string, ids: string[]): Row => ({
    id: rid,
    cells: (c) => ({
      kode,
      nm,
      ind: "Persentase layanan penunjang yang terpenuhi",
      sat: "%",
      tk: 100,
      trp: fx(ids.map((i) => c.a("trp", i)).join("+")),
      q1k: 100,
      q2k: 100,
      q3k: 100,
      q4k: 100,
      ...Object.fromEntries(
        [1, 2, 3, 4].map((i) => [`q${i}rp`, fx(ids.map((x) => c.a(`q${i}rp`, x)).join("+"))]),
      ),
      rk: fx(c.a("q4k")),
      rrp: fx(qsum(c, "rp")),
      ck: fx(cap(c, "k")),
      crp: fx(cap(c, "rp")),
    }),
  });
  const subRow = (l: ELine): Row => ({
    id: l.id,
    cells: (c) => ({
      kode: l.kode,
      nm: l.nm,
      ind: l.ind,
      sat: l.sat,
      tk: l.tk,
      trp: l.trp,
      ...Object.fromEntries(
        l.qk.flatMap((k, i) => [
          [`q${i + 1}k`, k],
          [`q${i + 1}rp`, l.qrp[i]],
        ]),
      ),
      rk: fx(l.level ? c.a("q4k") : qsum(c, "k")),
      // planted: the Rp realisasi of the jasa komunikasi adds Triwulan I-III only
      rrp: fx(qsum(c, "rp", l.id === "s1" ? 3 : 4)),
      ck: fx(cap(c, "k")),
      // planted: a stale cached capaian Rp for the kendaraan (before Triwulan IV)
      crp: fx(cap(c, "rp"), l.id === "s2" ? stale : undefined),
    }),
  });
  rows.push(
    kegRow("k8", "4.01.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", ["s1"]),
    subRow(lines[0]),
  );
  rows.push(
    kegRow("k9", "4.01.01.2.09", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", [
      "s2",
      "s3",
    ]),
    subRow(lines[1]),
    subRow(lines[2]),
  );
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "sat"],
    cells: (c) => ({
      no: "Rata-rata capaian kinerja (%)",
      ck: fx(`ROUND(AVERAGE(${c.a("ck", "s1")}:${c.a("ck", "s3")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  const avgK = round((100 + 100 + 100) / 3);
  s.gap();
  s.lines([
    `Predikat kinerja: ${avgK > 90 ? "Sangat Tinggi" : "Tinggi"}`,
    "Faktor pendorong: pembayaran tagihan listrik, air dan telepon melalui mekanisme LS setiap bulan.",
    "Faktor penghambat: keterlambatan penyedia jasa bengkel dalam pengajuan tagihan triwulan I.",
  ]);
  const a = (k: string, r: string) => t.a(k, r);
  const l1 = lines[0];
  const l2 = lines[1];
  const fmtN = (n: number) => n.toLocaleString("en-US");
  b.plant({
    at: { sheet: S, cell: a("rrp", "s1") },
    rules: ["sum-mismatch"],
    note: `Realisasi Rp 2024 (11) of sub kegiatan 4.01.01.2.08.0002 adds Triwulan I-III only (${fmtN(l1.qrp[0] + l1.qrp[1] + l1.qrp[2])}); with Triwulan IV's ${fmtN(l1.qrp[3])} it is ${fmtN(l1.qrp.reduce((x, y) => x + y, 0))}`,
    truth: [1, 2, 3, 4].map((i) => a(`q${i}rp`, "s1")).join("+"),
  });
  const r2 = l2.qrp.reduce((x, y) => x + y, 0);
  b.plant({
    at: { sheet: S, cell: a("crp", "s2") },
    rules: ["capaian-mismatch"],
    note: `Tingkat capaian Rp (12) of sub kegiatan 4.01.01.2.09.0002 is =ROUND(11/6*100,2) with a stale cached ${stale}; ${fmtN(r2)} / ${fmtN(l2.trp)} gives ${round((r2 / l2.trp) * 100)}`,
    truth: `ROUND(${a("rrp", "s2")}/${a("trp", "s2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "s2"),
    rules: ["sum-mismatch"],
    truth: a("q4k", "s2"),
    // the kendaraan kept each quarter is a level: Triwulan IV's 38, not 4 x 38
    trap: [1, 2, 3, 4].map((i) => a(`q${i}k`, "s2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("rk", "p"),
    rules: ["sum-mismatch"],
    truth: a("q4k", "p"),
    trap: [1, 2, 3, 4].map((i) => a(`q${i}k`, "p")).join("+"),
  });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("rk", id),
      rules: ["sum-mismatch"],
      truth: [1, 2, 3, 4].map((i) => a(`q${i}k`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rrp", "s3"),
    rules: ["sum-mismatch"],
    truth: [1, 2, 3, 4].map((i) => a(`q${i}rp`, "s3")).join("+"),
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("ck", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rk", id)}/${a("tk", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("crp", "s3"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("rrp", "s3")}/${a("trp", "s3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("trp", "k9"),
    rules: ["sum-mismatch"],
    truth: `${a("trp", "s2")}+${a("trp", "s3")}`,
  });
  return b.finish();
}
