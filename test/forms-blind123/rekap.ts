// A sector recap of the Bagian Tata Pemerintahan of a Lampung city: the Dana Kelurahan 2024 per
// kelurahan (pagu, realisasi tahap I / II, jumlah, sisa, serapan) beside a recap by bidang penggunaan
// (sarana prasarana, pemberdayaan masyarakat) from the SP2D, separated by one empty column.
// Realisasi is never above the pagu. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Ctx,
  type Row,
} from "../forms/kit";

type Kel = { id: string; kec: string; nm: string; pagu: number; t1: number; t2: number };

export function danaKelurahan(): BookW {
  const b = new BookW(
    "rekap-dana-kelurahan-2024-tapem-bumi-waras-raya.xlsx",
    "Rekap realisasi Dana Kelurahan per kelurahan (Bagian Tata Pemerintahan)",
    "Rekap Dana Kelurahan 2024 of a Lampung city: No | Kecamatan | Kelurahan | Pagu Dana Kelurahan (Rp) | 'Realisasi (Rp)' > Tahap I | Tahap II | Jumlah | Sisa Pagu (Rp) | Serapan (%); number row '(6) = (4) + (5)', '(7) = (3) - (6)', '(8) = (6) / (3) x 100'; JUMLAH row; beside it after one empty column: No | Bidang Penggunaan | Pagu (Rp) | Realisasi SP2D (Rp) | % with a Jumlah row",
  );
  const S = "Dana Kelurahan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BUMI WARAS RAYA",
    "SEKRETARIAT DAERAH - BAGIAN TATA PEMERINTAHAN",
    "Jl. Wolter Monginsidi No. 69, Bumi Waras Raya",
  ]);
  s.lines([
    "REKAPITULASI PAGU DAN REALISASI DANA KELURAHAN TAHUN ANGGARAN 2024",
    "Keadaan s.d. 31 Desember 2024 (dalam rupiah)",
  ]);
  s.gap();
  const kel: Kel[] = [
    {
      id: "k1",
      kec: "Teluk Betung Raya",
      nm: "Kangkung Ilir",
      pagu: 412_500_000,
      t1: 206_250_000,
      t2: 198_740_000,
    },
    {
      id: "k2",
      kec: "Teluk Betung Raya",
      nm: "Pesawahan Baru",
      pagu: 398_750_000,
      t1: 199_375_000,
      t2: 198_980_000,
    },
    {
      id: "k3",
      kec: "Teluk Betung Raya",
      nm: "Sukaraja Pantai",
      pagu: 405_000_000,
      t1: 202_500_000,
      t2: 176_820_000,
    },
    // planted: Tahap II typed 287,250,000 (the remaining pagu is 187,250,000)
    {
      id: "k4",
      kec: "Bumi Waras",
      nm: "Garuntang Hilir",
      pagu: 374_500_000,
      t1: 187_250_000,
      t2: 287_250_000,
    },
    {
      id: "k5",
      kec: "Bumi Waras",
      nm: "Way Lunik Baru",
      pagu: 386_250_000,
      t1: 193_125_000,
      t2: 190_430_000,
    },
    { id: "k6", kec: "Bumi Waras", nm: "Sukaraja Atas", pagu: 391_000_000, t1: 195_500_000, t2: 195_240_000 },
    {
      id: "k7",
      kec: "Panjang Raya",
      nm: "Srengsem Indah",
      pagu: 420_250_000,
      t1: 210_125_000,
      t2: 161_905_000,
    },
    {
      id: "k8",
      kec: "Panjang Raya",
      nm: "Karang Maritim Baru",
      pagu: 402_750_000,
      t1: 201_375_000,
      t2: 201_115_000,
    },
  ];
  const k4 = kel[3];
  const t2True = k4.pagu - k4.t1;
  const R = "Realisasi (Rp)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2a)", width: 18 },
      { key: "nm", head: ["Kelurahan"], role: "lokasi", num: "(2)", width: 20 },
      {
        key: "pagu",
        head: ["Pagu Dana Kelurahan (Rp)"],
        role: "anggaran",
        year: 2024,
        num: "(3)",
        fmt: RP,
        width: 16,
      },
      {
        key: "t1",
        head: [R, "Tahap I"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(4)",
        fmt: RP,
        width: 15,
      },
      {
        key: "t2",
        head: [R, "Tahap II"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(5)",
        fmt: RP,
        width: 15,
      },
      {
        key: "jml",
        head: [R, "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(6) = (4) + (5)",
        fmt: RP,
        width: 16,
      },
      { key: "sisa", head: ["Sisa Pagu (Rp)"], role: "lainnya", num: "(7) = (3) - (6)", fmt: RP, width: 15 },
      {
        key: "ser",
        head: ["Serapan (%)"],
        role: "capaian",
        year: 2024,
        num: "(8) = (6) / (3) x 100",
        fmt: DEC,
        width: 10,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["kec"],
    rows: [
      ...kel.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          kec: x.kec,
          nm: x.nm,
          pagu: x.pagu,
          t1: x.t1,
          t2: x.t2,
          jml: fx(`${c.a("t1")}+${c.a("t2")}`),
          sisa: fx(`${c.a("pagu")}-${c.a("jml")}`),
          ser: fx(`ROUND(${c.a("jml")}/${c.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx): Record<string, Cell> => ({
          no: "JUMLAH",
          // planted: the JUMLAH pagu stops one row short (Karang Maritim Baru left out)
          pagu: fx(`SUM(${c.a("pagu", "k1")}:${c.a("pagu", "k7")})`),
          t1: fx(`SUM(${c.a("t1", "k1")}:${c.a("t1", "k8")})`),
          t2: fx(`SUM(${c.a("t2", "k1")}:${c.a("t2", "k8")})`),
          jml: fx(`SUM(${c.a("jml", "k1")}:${c.a("jml", "k8")})`),
          sisa: fx(`${c.a("pagu")}-${c.a("jml")}`),
          ser: fx(`ROUND(${c.a("jml")}/${c.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  // beside it: the recap by bidang from the SP2D (the true realisation, Tahap II of Garuntang Hilir included at 187,250,000)
  const paguAll = sum(kel.map((x) => x.pagu));
  const realAll = sum(kel.map((x) => x.t1 + (x.id === "k4" ? t2True : x.t2)));
  const sarPagu = 2_272_400_000;
  const sarReal = 2_203_575_000;
  const bid: Array<[string, string, number, number]> = [
    ["b1", "Pembangunan sarana dan prasarana kelurahan", sarPagu, sarReal],
    ["b2", "Pemberdayaan masyarakat kelurahan", paguAll - sarPagu, realAll - sarReal],
  ];
  const left = t.right + 2;
  const tb = s.table(
    {
      cols: [
        { key: "no", head: ["No"], width: 5 },
        { key: "bid", head: ["Bidang Penggunaan"], role: "indikator", width: 30 },
        { key: "pagu", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
        {
          key: "real",
          head: ["Realisasi SP2D (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
        { key: "pct", head: ["%"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
      ],
      headerRows: 3,
      rows: [
        ...bid.map(([id, nm, p, r], i): Row => ({
          id,
          cells: (c: Ctx) => ({
            no: i + 1,
            bid: nm,
            pagu: p,
            real: r,
            pct: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c: Ctx) => ({
            bid: "Jumlah",
            pagu: fx(`SUM(${c.a("pagu", "b1")}:${c.a("pagu", "b2")})`),
            real: fx(`SUM(${c.a("real", "b1")}:${c.a("real", "b2")})`),
            pct: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          }),
        },
      ],
    },
    left,
    t.top,
  );
  s.r = t.lastDataRow + 2;
  s.lines([
    "Catatan: Dana Kelurahan disalurkan dua tahap (50% dan 50%); sisa pagu kembali ke Kas Daerah.",
    "Sumber: SP2D BPKAD dan laporan Lurah s.d. 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Bumi Waras Raya, 15 Januari 2025",
    jabatan: ["Kepala Bagian Tata Pemerintahan,"],
    nama: "M. YUSUF HERMANSYAH, S.H., M.H.",
    pangkat: "Pembina (IV/a)",
    nip: "19790808 200501 1 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("t2", "k4") },
        { sheet: S, cell: a("jml", "k4") },
        { sheet: S, cell: a("ser", "k4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: `Garuntang Hilir: Tahap II typed 287,250,000 (the remaining pagu is ${t2True.toLocaleString("en")}, as the SP2D recap counts), so the Jumlah 474,500,000 is above the pagu of 374,500,000 (126.70 %, Sisa -100,000,000)`,
    truth: `${a("pagu", "k4")}-${a("t1", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pagu", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH of the pagu is =SUM over the first seven kelurahan only (${(paguAll - kel[7].pagu).toLocaleString("en")}); the eight give ${paguAll.toLocaleString("en")}, as the recap by bidang says`,
    truth: kel.map((x) => a("pagu", x.id)).join("+"),
  });
  for (const x of kel) {
    if (x.id === "k4") continue;
    b.ok({
      sheet: S,
      cell: a("jml", x.id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: `${a("t1", x.id)}+${a("t2", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("ser", x.id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: `ROUND(${a("jml", x.id)}/${a("pagu", x.id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("t1", "tot"),
    rules: ["sum-mismatch"],
    truth: kel.map((x) => a("t1", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: tb.a("pagu", "j"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: kel.map((x) => a("pagu", x.id)).join("+"),
  });
  for (const id of ["b1", "b2"])
    b.ok({
      sheet: S,
      cell: tb.a("pct", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${tb.a("real", id)}/${tb.a("pagu", id)}*100,2)`,
    });
  const bidPct = bid.map(([, , p, r]) => round((r / p) * 100));
  b.ok({
    sheet: S,
    cell: tb.a("pct", "j"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${tb.a("real", "j")}/${tb.a("pagu", "j")}*100,2)`,
    // the total's % is the ratio of the totals, not the bidang percentages added
    trap: `${bidPct[0]}+${bidPct[1]}`,
  });
  return b.finish();
}
