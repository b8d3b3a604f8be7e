// A sector recap of the Dinas Tanaman Pangan dan Hortikultura of an invented Sulawesi Selatan
// kabupaten (Bulu Tanete): padi 2024 per kecamatan, luas tanam, luas panen, produksi, produktivitas
// "(6) = (5) / (4) x 10" and the share of the luas tanam attacked by OPT "(8) = (7) / (3) x 100",
// with a Jumlah / Rata-rata row whose ratios are ratios of the totals. Every number is invented.
import { BookW, DEC, INT, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

type Kec = { id: string; nm: string; lt: number; lp: number; prod: number; opt: number };

export function rekapPadiBuluTanete(): BookW {
  const b = new BookW(
    "rekap-luas-tanam-panen-provitas-padi-bulu-tanete-2024.xlsx",
    "Sector recap of padi per kecamatan (Dinas TPH)",
    "Rekap padi 2024 per kecamatan of a Dinas Tanaman Pangan dan Hortikultura in Sulawesi Selatan: No | Kecamatan | 'Padi Sawah dan Ladang Tahun 2024' > Luas Tanam (ha) | Luas Panen (ha) | Produksi (ton GKG) | Produktivitas (ku/ha) | Luas Serangan OPT (ha) | Persentase Serangan OPT (%); number row (1) .. '(6) = (5) / (4) x 10' .. '(8) = (7) / (3) x 100'; ROUND formulas; JUMLAH row with ratios of the totals",
  );
  const S = "Padi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BULU TANETE",
    "DINAS TANAMAN PANGAN DAN HORTIKULTURA",
    "Bidang Produksi Tanaman Pangan",
  ]);
  s.lines([
    "REKAPITULASI LUAS TANAM, LUAS PANEN, PRODUKSI DAN PRODUKTIVITAS PADI",
    "MENURUT KECAMATAN TAHUN 2024 (ANGKA TETAP)",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "c1", nm: "Bulu Tanete", lt: 4_215, lp: 4_102, prod: 23_350, opt: 118 },
    { id: "c2", nm: "Tanete Riaja", lt: 6_840, lp: 6_655, prod: 38_120, opt: 204 },
    { id: "c3", nm: "Sinjai Baru", lt: 3_120, lp: 2_985, prod: 16_240, opt: 87 },
    { id: "c4", nm: "Bontolempangan Utara", lt: 2_460, lp: 2_391, prod: 12_780, opt: 161 },
    { id: "c5", nm: "Mallawa Timur", lt: 5_315, lp: 5_240, prod: 30_215, opt: 96 },
    { id: "c6", nm: "Pattallassang", lt: 7_980, lp: 7_812, prod: 45_730, opt: 233 },
    { id: "c7", nm: "Camba Raya", lt: 1_875, lp: 1_760, prod: 8_960, opt: 58 },
    { id: "c8", nm: "Lappariaja Hilir", lt: 4_630, lp: 4_555, prod: 26_480, opt: 142 },
  ];
  // planted: Camba Raya's % serangan typed 0.33 (58 / 1,875 x 100 = 3.09)
  const TYPED_OPT_C7 = 0.33;
  if (round((58 / 1_875) * 100) !== 3.09) throw new Error("rekap c7");
  const G = "Padi Sawah dan Ladang Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    {
      key: "lt",
      head: [G, "Luas Tanam (ha)"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
      width: 12,
    },
    {
      key: "lp",
      head: [G, "Luas Panen (ha)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 12,
    },
    {
      key: "prod",
      head: [G, "Produksi (ton GKG)"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
      width: 13,
    },
    {
      key: "pv",
      head: [G, "Produktivitas (ku/ha)"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (5) / (4) x 10",
      fmt: DEC,
      width: 13,
    },
    {
      key: "opt",
      head: [G, "Luas Serangan OPT (ha)"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: INT,
      width: 12,
    },
    {
      key: "po",
      head: [G, "Persentase Serangan OPT (%)"],
      role: "realisasi",
      year: 2024,
      num: "(8) = (7) / (3) x 100",
      fmt: DEC,
      width: 12,
    },
  ];
  const ltTotal = K.reduce((n, k) => n + k.lt, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          kec: k.nm,
          lt: k.lt,
          lp: k.lp,
          prod: k.prod,
          pv: fx(`ROUND(${c.a("prod")}/${c.a("lp")}*10,2)`),
          opt: k.opt,
          po: k.id === "c7" ? TYPED_OPT_C7 : fx(`ROUND(${c.a("opt")}/${c.a("lt")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH / RATA-RATA KABUPATEN",
          // planted: the SUM keeps a stale result from before Pattallassang's MT Asep was added (-1,240 ha)
          lt: fx(`SUM(${c.a("lt", "c1")}:${c.a("lt", "c8")})`, ltTotal - 1_240),
          lp: fx(`SUM(${c.a("lp", "c1")}:${c.a("lp", "c8")})`),
          prod: fx(`SUM(${c.a("prod", "c1")}:${c.a("prod", "c8")})`),
          pv: fx(`ROUND(${c.a("prod")}/${c.a("lp")}*10,2)`),
          opt: fx(`SUM(${c.a("opt", "c1")}:${c.a("opt", "c8")})`),
          po: fx(`ROUND(${c.a("opt")}/${c.a("lt")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laporan Statistik Pertanian (SP) Tanaman Pangan, diolah; angka tetap Februari 2025.",
    "Produktivitas kabupaten = jumlah produksi / jumlah luas panen x 10 (bukan rata-rata produktivitas kecamatan).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Bulu Tanete, 17 Februari 2025",
    jabatan: ["Kepala Bidang Produksi Tanaman Pangan,"],
    nama: "HJ. ST. NURHAEDAH, S.P., M.M.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19800927 200604 2 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  const all = (k: string) => ids.map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("po", "c7") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Persentase serangan OPT of Camba Raya is a typed 0.33 among ROUND formulas; 58 / 1,875 x 100 gives 3.09",
    truth: `ROUND(${a("opt", "c7")}/${a("lt", "c7")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("lt", "jml") },
    rules: ["sum-mismatch"],
    note: `Jumlah luas tanam is =SUM with a stale cached result of ${(ltTotal - 1_240).toLocaleString("en")} ha; the eight kecamatan add up to ${ltTotal.toLocaleString("en")} ha`,
    truth: all("lt"),
  });
  for (const k of ["lp", "prod", "opt"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: all(k) });
  // the kabupaten's productivity is the ratio of the totals, not the sum or mean of the kecamatan values
  b.ok({
    sheet: S,
    cell: a("pv", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND((${all("prod")})/(${all("lp")})*10,2)`,
    trap: `(${all("pv")})/${ids.length}`,
    tol: 0.006,
  });
  for (const id of ids) {
    b.ok({
      sheet: S,
      cell: a("pv", id),
      rules: ["capaian-mismatch", "hardcoded-value"],
      truth: `ROUND(${a("prod", id)}/${a("lp", id)}*10,2)`,
    });
    if (id !== "c7")
      b.ok({
        sheet: S,
        cell: a("po", id),
        rules: ["capaian-mismatch", "hardcoded-value", "percent-out-of-range"],
        truth: `ROUND(${a("opt", id)}/${a("lt", id)}*100,2)`,
      });
  }
  return b.finish();
}
