// T-C.27 of the Renstra 2025-2029 of the Bapenda Sindangraya (program pendapatan daerah), "(dalam ribuan
// rupiah)", Tahun ke-1 .. ke-5 over Target | Rp, the kondisi akhir Rp written as G+I+K+M+O (a SUM over
// the range would add the targets too). Every name and number is invented.
import { BookW, fx, type Col, type Ctx, type Row } from "../forms/kit";

export function tc27BapendaSindangraya(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-bapenda-sindangraya.xlsx",
    "T-C.27 Renstra funding (Bapenda)",
    "Kode | Program / Kegiatan | Indikator Kinerja | Satuan | Kondisi Awal (2024) | Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Akhir Periode Renstra > Target | Rp; number row 1 .. 15, 16, '17 = 7+9+11+13+15'; (dalam ribuan rupiah)",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel T-C.27",
      "Rencana Program, Kegiatan dan Pendanaan Badan Pendapatan Daerah Kabupaten Sindangraya 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rows = [
    {
      id: "p",
      kode: "5.02.04",
      ur: "Program Pengelolaan Pendapatan Daerah",
      ind: "Persentase realisasi pendapatan asli daerah terhadap target",
      sat: "%",
      awal: 96.8,
      tg: [97, 97.5, 98, 98.5, 99],
    },
    {
      id: "k1",
      kode: "5.02.04.2.01",
      ur: "Perencanaan Pengelolaan Pendapatan Daerah",
      ind: "Persentase dokumen perencanaan pendapatan yang tersusun tepat waktu",
      sat: "%",
      awal: 90,
      tg: [92, 94, 96, 98, 100],
      rp: [412_500, 425_000, 440_000, 455_000, 470_000],
    },
    {
      id: "k2",
      kode: "5.02.04.2.02",
      ur: "Analisa dan Pengembangan Pendapatan Daerah",
      ind: "Persentase objek PBB-P2 yang dimutakhirkan",
      sat: "%",
      awal: 22.5,
      tg: [30, 40, 50, 60, 70],
      rp: [1_875_300, 1_950_000, 2_030_000, 2_110_000, 2_195_000],
    },
    {
      id: "k3",
      kode: "5.02.03.2.03",
      ur: "Penagihan dan Pemeriksaan Pajak Daerah",
      ind: "Persentase tunggakan PBB-P2 yang tertagih",
      sat: "%",
      awal: 18.4,
      tg: [20, 22, 24, 26, 28],
      rp: [986_700, 1_020_000, 1_055_000, 1_090_000, 1_130_000],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 15 },
    { key: "ur", head: ["Program / Kegiatan"], role: "indikator", num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 10,
    },
    ...Y.flatMap((n): Col[] => [
      {
        key: `t${n}`,
        head: [`Tahun ke-${n} (${2024 + n})`, "Target"],
        role: "target",
        year: 2024 + n,
        num: 4 + 2 * n,
        width: 9,
      },
      {
        key: `r${n}`,
        head: [`Tahun ke-${n} (${2024 + n})`, "Rp"],
        role: "anggaran",
        year: 2024 + n,
        num: 5 + 2 * n,
        width: 13,
        fmt: "#,##0",
      },
    ]),
    {
      key: "tak",
      head: ["Kondisi Kinerja Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 9,
    },
    {
      key: "rak",
      head: ["Kondisi Kinerja Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: "17 = 7+9+11+13+15",
      width: 14,
      fmt: "#,##0",
    },
  ];
  const rpSum = (x: Ctx, ys = Y) => ys.map((n) => x.a(`r${n}`)).join("+");
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((w): Row => ({
      id: w.id,
      cells: (x: Ctx) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: w.kode,
          ur: w.ur,
          ind: w.ind,
          sat: w.sat,
          awal: w.awal,
        };
        Y.forEach((n) => {
          c[`t${n}`] = w.tg[n - 1];
          c[`r${n}`] = w.rp ? w.rp[n - 1] : fx(["k1", "k2", "k3"].map((k) => x.a(`r${n}`, k)).join("+"));
        });
        c.tak = w.tg[4];
        // planted: kegiatan 5.02.04.2.02 leaves Tahun ke-5 out of its kondisi akhir Rp
        c.rak = fx(w.id === "k2" ? rpSum(x, [1, 2, 3, 4]) : rpSum(x));
        return c;
      },
    })),
  });
  s.gap();
  s.lines(["Sumber: Renstra Bapenda Kabupaten Sindangraya 2025-2029 (Perbup No. 18 Tahun 2025)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "k3") },
    rules: ["code-hierarchy"],
    note: "Kegiatan Penagihan dan Pemeriksaan Pajak Daerah is coded 5.02.03.2.03 under program 5.02.04",
    truth: a("kode", "p"),
    actual: `PARENT(${a("kode", "k3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rak", "k2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 5.02.04.2.02 adds Tahun ke-1 .. ke-4 only (7,965,300); with Tahun ke-5's 2,195,000 it is 10,160,300",
    truth: Y.map((n) => a(`r${n}`, "k2")).join("+"),
  });
  // trap: the program's kondisi akhir Rp adds the five Rp, not the whole range with the targets
  b.ok({
    sheet: S,
    cell: a("rak", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((n) => a(`r${n}`, "p")).join("+"),
    trap: `SUM(${a("t1", "p")}:${a("r5", "p")})`,
  });
  for (const id of ["k1", "k3"])
    b.ok({
      sheet: S,
      cell: a("rak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((n) => a(`r${n}`, id)).join("+"),
    });
  // trap: the kondisi akhir of a rate is the Tahun ke-5 target, not the sum
  for (const id of ["p", "k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("tak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: `SUM(${a("t1", id)},${a("t2", id)},${a("t3", id)},${a("t4", id)},${a("t5", id)})`,
    });
  for (const n of Y)
    b.ok({
      sheet: S,
      cell: a(`r${n}`, "p"),
      rules: ["sum-mismatch"],
      truth: ["k1", "k2", "k3"].map((k) => a(`r${n}`, k)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "k2"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p"),
    actual: `PARENT(${a("kode", "k2")})`,
  });
  return b.finish();
}
