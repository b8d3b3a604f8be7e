// PK 2025 beside its Renstra IKU, and two RSUD recaps (indikator rawat inap per ruang; pendapatan BLUD
// per jenis layanan with IKM per unit side by side). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col } from "../forms/kit";

/** PK 2025 of RSUD dr. H. Ramli Datuak with the IKU sheet of Renstra 2022-2026 (Tahun ke-1..5). */
export function pkRsud(): BookW {
  const b = new BookW(
    "pk-2025-rsud-ramli-datuak-lembah-sirandah-310.xlsx",
    "Perjanjian Kinerja (RSUD)",
    "PK 2025 (statement, IKU table, program table with Jumlah) + sheet IKU Renstra 2022-2026 with Tahun ke-1..5 and kondisi akhir",
  );
  const R = "IKU Renstra";
  const r = b.sheet(R);
  r.lines(["Indikator Kinerja Utama RSUD dr. H. Ramli Datuak", "Rencana Strategis Tahun 2022-2026"]);
  r.gap();
  const iku = [
    {
      id: "ikm",
      ind: "Indeks Kepuasan Masyarakat (IKM)",
      sat: "nilai",
      awal: 78.6,
      k: [80, 81, 82, 83.5, 85],
      ak: 85,
    },
    { id: "bor", ind: "Bed Occupancy Rate (BOR)", sat: "%", awal: 66.9, k: [70, 72, 74, 76, 78], ak: 78 },
    { id: "ndr", ind: "Net Death Rate (NDR)", sat: "‰", awal: 29.4, k: [28, 27, 25, 23.5, 22], ak: 22 },
    {
      id: "crr",
      ind: "Cost recovery rate pendapatan BLUD",
      sat: "%",
      awal: 68.2,
      k: [70, 72.5, 75, 77.5, 80],
      ak: 80,
    },
    {
      id: "pdp",
      ind: "Jumlah pendapatan BLUD",
      sat: "Rp miliar",
      awal: 45.1,
      k: [48.5, 52, 55.6, 59.3, 63],
      ak: 278.4,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `k${y}`,
      head: ["Target", `Tahun ke-${y}`],
      role: "target",
      year: 2021 + y,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const ti = r.table({
    cols,
    headerRows: 2,
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`k${j + 1}`, v])),
        ak: x.ak,
      },
    })),
  });
  const S = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "RSUD dr. H. RAMLI DATUAK KABUPATEN LEMBAH SIRANDAH"]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel,",
    "kami yang bertanda tangan di bawah ini berjanji mewujudkan target kinerja berikut.",
  ]);
  s.gap();
  const pkv: Record<string, number> = { ikm: 83.5, bor: 76, ndr: 22, crr: 77.5, pdp: 59.3 };
  const tp = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2 || i === 3
            ? "Meningkatnya mutu dan kemandirian layanan RSUD"
            : i === 2
              ? "Menurunnya angka kematian pasien rawat inap"
              : "Meningkatnya pendapatan BLUD",
        ind: x.ind,
        t: pkv[x.id],
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 71_846_250_000],
    ["Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 14_210_600_000],
    ["Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 862_400_000],
    ["Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", 425_000_000],
  ] as const;
  const tg = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([pr, rp], i) => ({ id: `p${i + 1}`, cells: { no: i + 1, pr, rp, ket: "APBD / BLUD" } })),
      {
        id: "jml",
        bold: true,
        span: ["no", "pr"],
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI LEMBAH SIRANDAH"],
    nama: "H. Zulkarnain Datuak Bandaro",
    nip: "-",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: tp.a("t", "ndr") },
        { sheet: R, cell: ti.a("k4", "ndr") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK NDR 22 is the Renstra Tahun ke-5 (2026) target; Tahun ke-4 (2025) is 23.5",
    truth: `'${R}'!${ti.a("k4", "ndr")}`,
  });
  b.plant({
    at: { sheet: S, cell: tg.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM misses the fourth program (86,919,250,000 vs 87,344,250,000)",
    truth: `SUM(${tg.a("rp", "p1")}:${tg.a("rp", "p4")})`,
  });
  for (const id of ["ikm", "bor", "crr", "pdp"])
    b.ok({
      sheet: S,
      cell: tp.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${ti.a("k4", id)}`,
    });
  const five = (id: string) => [1, 2, 3, 4, 5].map((y) => ti.a(`k${y}`, id)).join("+");
  for (const id of ["ikm", "bor", "ndr", "crr"])
    b.ok({
      sheet: R,
      cell: ti.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ti.a("k5", id),
      trap: five(id),
    });
  b.ok({
    sheet: R,
    cell: ti.a("ak", "pdp"),
    rules: ["kondisi-akhir-mismatch"],
    truth: five("pdp"),
    trap: ti.a("k5", "pdp"),
  });
  return b.finish();
}

/** Indikator pelayanan rawat inap per ruang, RSUD Madika Kota Bukit Palapa, Tahun 2023. */
export function rekapRawatInap(): BookW {
  const b = new BookW(
    "rekap-bor-alos-bto-toi-per-ruang-rsud-madika-310.xlsx",
    "Rekap indikator rawat inap per ruang (RSUD)",
    "TT, hari perawatan, lama dirawat, pasien keluar, mati; BOR/ALOS/BTO/TOI/NDR/GDR formulas with a number row of formulas; Jumlah row of ratios of totals",
  );
  const S = "Indikator RI 2023";
  const s = b.sheet(S);
  letterhead(s, ["RSUD MADIKA KOTA BUKIT PALAPA", "Instalasi Rekam Medik"]);
  s.lines(["REKAPITULASI INDIKATOR PELAYANAN RAWAT INAP PER RUANG TAHUN 2023"]);
  s.gap();
  const D = [
    ["Penyakit Dalam", 32, 9120, 8960, 1985, 31, 52],
    ["Bedah", 28, 7480, 7210, 1720, 12, 21],
    ["Anak", 24, 5310, 5020, 1460, 9, 17],
    ["Kebidanan", 20, 4650, 4180, 1610, 3, 6],
    ["ICU", 8, 2540, 2390, 312, 28, 41],
    ["Perinatologi", 12, 2890, 2710, 540, 11, 19],
    ["VIP", 16, 3720, 3480, 905, 4, 7],
  ] as const;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ru", head: ["Ruang Perawatan"], role: "indikator", num: "(2)", width: 20 },
    { key: "tt", head: ["Jumlah TT"], role: "lainnya", num: "(3)", fmt: INT },
    { key: "hp", head: ["Hari Perawatan"], role: "lainnya", num: "(4)", fmt: INT },
    { key: "ld", head: ["Lama Dirawat"], role: "lainnya", num: "(5)", fmt: INT },
    { key: "pk", head: ["Pasien Keluar (H+M)"], role: "lainnya", num: "(6)", fmt: INT },
    { key: "m48", head: ["Pasien Mati", ">= 48 jam"], role: "lainnya", num: "(7)", fmt: INT },
    { key: "mt", head: ["Pasien Mati", "Seluruhnya"], role: "lainnya", num: "(8)", fmt: INT },
    {
      key: "bor",
      head: ["BOR (%)"],
      role: "realisasi",
      year: 2023,
      num: "(9) = (4)/((3)x365)x100",
      fmt: DEC,
    },
    { key: "alos", head: ["ALOS (hari)"], role: "realisasi", year: 2023, num: "(10) = (5)/(6)", fmt: DEC },
    { key: "bto", head: ["BTO (kali)"], role: "realisasi", year: 2023, num: "(11) = (6)/(3)", fmt: DEC },
    {
      key: "toi",
      head: ["TOI (hari)"],
      role: "realisasi",
      year: 2023,
      num: "(12) = ((3)x365-(4))/(6)",
      fmt: DEC,
    },
    { key: "ndr", head: ["NDR (‰)"], role: "realisasi", year: 2023, num: "(13) = (7)/(6)x1000", fmt: DEC },
    { key: "gdr", head: ["GDR (‰)"], role: "realisasi", year: 2023, num: "(14) = (8)/(6)x1000", fmt: DEC },
  ];
  const ind = (x: { a(k: string): string }, skipBor = false) => ({
    bor: skipBor ? 115.98 : fx(`ROUND(${x.a("hp")}/(${x.a("tt")}*365)*100,2)`),
    alos: fx(`ROUND(${x.a("ld")}/${x.a("pk")},2)`),
    bto: fx(`ROUND(${x.a("pk")}/${x.a("tt")},2)`),
    toi: fx(`ROUND((${x.a("tt")}*365-${x.a("hp")})/${x.a("pk")},2)`),
    ndr: fx(`ROUND(${x.a("m48")}/${x.a("pk")}*1000,2)`),
    gdr: fx(`ROUND(${x.a("mt")}/${x.a("pk")}*1000,2)`),
  });
  const sumC = (x: { a(k: string, id?: string): string }, k: string) =>
    fx(`SUM(${x.a(k, "u1")}:${x.a(k, `u${D.length}`)})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...D.map(([ru, tt, hp, ld, pk, m48, mt], i) => ({
        id: `u${i + 1}`,
        cells: (x: { a(k: string): string }) => ({
          no: i + 1,
          ru,
          tt,
          hp,
          ld,
          pk,
          m48,
          mt,
          ...ind(x, ru === "ICU"),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "ru"],
        cells: (x) => ({
          no: "Jumlah / Rumah Sakit",
          tt: sumC(x, "tt"),
          hp: sumC(x, "hp"),
          ld: sumC(x, "ld"),
          pk: sumC(x, "pk"),
          m48: 89,
          mt: sumC(x, "mt"),
          ...ind(x),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIMRS, data 1 Januari - 31 Desember 2023 (365 hari)."]);
  const A = (k: string, id: string) => t.a(k, id);
  const range = (k: string) => `${A(k, "u1")}:${A(k, `u${D.length}`)}`;
  b.plant({
    at: { sheet: S, cell: A("bor", "u5") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "ICU BOR typed 115.98 (computed on 6 beds); 2,540 / (8 x 365) x 100 = 86.99",
    truth: `${A("hp", "u5")}/(${A("tt", "u5")}*365)*100`,
  });
  b.plant({
    at: { sheet: S, cell: A("m48", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah mati >= 48 jam typed 89; the rooms give 98",
    truth: `SUM(${range("m48")})`,
  });
  b.ok({
    sheet: S,
    cell: A("bor", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `${A("hp", "jml")}/(${A("tt", "jml")}*365)*100`,
    trap: `AVERAGE(${range("bor")})`,
  });
  b.ok({
    sheet: S,
    cell: A("alos", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `${A("ld", "jml")}/${A("pk", "jml")}`,
    trap: `AVERAGE(${range("alos")})`,
  });
  b.ok({
    sheet: S,
    cell: A("gdr", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `${A("mt", "jml")}/${A("pk", "jml")}*1000`,
    trap: `SUM(${range("gdr")})`,
  });
  for (const k of ["tt", "hp", "ld", "pk", "mt"])
    b.ok({ sheet: S, cell: A(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${range(k)})` });
  for (const id of ["u1", "u4", "u7"]) {
    b.ok({
      sheet: S,
      cell: A("bor", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `${A("hp", id)}/(${A("tt", id)}*365)*100`,
    });
    b.ok({
      sheet: S,
      cell: A("toi", id),
      rules: ["ratio-components-mismatch"],
      truth: `(${A("tt", id)}*365-${A("hp", id)})/${A("pk", id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: A("ndr", "u5"),
    rules: ["ratio-components-mismatch"],
    truth: `${A("m48", "u5")}/${A("pk", "u5")}*1000`,
  });
  return b.finish();
}

/** Pendapatan BLUD per jenis layanan 2024 (ribuan Rp) with IKM per unit beside it, Lembah Sirandah. */
export function rekapPendapatanBlud(): BookW {
  const b = new BookW(
    "rekap-pendapatan-blud-ikm-rsud-ramli-datuak-310.xlsx",
    "Rekap pendapatan BLUD per triwulan + IKM per unit (RSUD)",
    "pendapatan per jenis layanan, TW I..IV under a merged Realisasi header, Jumlah and % of totals; IKM per unit layanan side by side after one empty column",
  );
  const S = "Pendapatan BLUD 2024";
  const s = b.sheet(S);
  s.lines([
    "RSUD dr. H. RAMLI DATUAK KABUPATEN LEMBAH SIRANDAH",
    "Realisasi Pendapatan BLUD dan Indeks Kepuasan Masyarakat Tahun Anggaran 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const top = s.r;
  const P = [
    ["Jasa Layanan Rawat Jalan", 9_850_000, 2_310_400, 2_455_900, 2_498_300, 2_640_150],
    ["Jasa Layanan Rawat Inap", 24_600_000, 5_720_300, 5_980_450, 6_105_800, 6_412_700],
    ["Jasa Layanan IGD", 3_150_000, 745_200, 790_650, 812_400, 860_300],
    ["Jasa Penunjang Medis (Laboratorium, Radiologi)", 6_400_000, 1_480_600, 1_552_300, 1_601_900, 1_688_450],
    ["Pendapatan Lain-lain BLUD", 420_000, 88_300, 97_150, 104_600, 131_900],
  ] as const;
  const RZ = "Realisasi";
  const ta = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "ur", head: ["Jenis Pendapatan"], role: "indikator", width: 34 },
        { key: "t", head: ["Target"], role: "anggaran", year: 2024, fmt: RP },
        ...["I", "II", "III", "IV"].map((q, i): Col => ({
          key: `q${i + 1}`,
          head: [RZ, `TW ${q}`],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
        })),
        { key: "j", head: [RZ, "Jumlah"], role: "realisasi-anggaran", year: 2024, fmt: RP },
        { key: "pc", head: ["%"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...P.map(([ur, t, a, b2, c, d], i) => ({
          id: `j${i + 1}`,
          cells: (x: { a(k: string): string }) => ({
            no: i + 1,
            ur,
            t,
            q1: a,
            q2: b2,
            q3: c,
            q4: d,
            j:
              i === 1
                ? fx(`SUM(${x.a("q1")}:${x.a("q4")})`, 22_219_250)
                : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
            pc: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "ur"],
          cells: (x) => ({
            no: "JUMLAH",
            ...Object.fromEntries(
              ["t", "q1", "q2", "q3", "q4", "j"].map((k) => [k, fx(`SUM(${x.a(k, "j1")}:${x.a(k, "j5")})`)]),
            ),
            pc: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const U = [
    ["Rawat Jalan", 82, 84.12],
    ["Rawat Inap", 82, 80.35],
    ["IGD", 80, 76.9],
    ["Laboratorium", 80, 83.4],
    ["Farmasi", 80, 78.65],
  ] as const;
  const tb = s.table(
    {
      cols: [
        { key: "u", head: ["Unit Layanan"], role: "indikator", width: 18 },
        { key: "t", head: ["Target IKM"], role: "target", year: 2024, fmt: DEC },
        { key: "r", head: ["Nilai IKM"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...U.map(([u, t, r], i) => ({
          id: `k${i + 1}`,
          cells: (x: { a(k: string): string }) => ({
            u,
            t,
            r,
            c: u === "IGD" ? 104.03 : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
          }),
        })),
        {
          id: "avg",
          bold: true,
          cells: (x) => ({
            u: "Rata-rata",
            t: fx(`AVERAGE(${x.a("t", "k1")}:${x.a("t", "k5")})`),
            r: fx(`AVERAGE(${x.a("r", "k1")}:${x.a("r", "k5")})`),
            c: fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  s.lines(["*) Nilai IKM hasil survei semester II oleh tim mutu RSUD."]);
  const A = (k: string, id: string) => ta.a(k, id);
  const B = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("j", "j2") },
    rules: ["sum-mismatch"],
    note: "rawat inap Jumlah =SUM cached 22,219,250 (stale); the quarters give 24,219,250",
    truth: `${A("q1", "j2")}+${A("q2", "j2")}+${A("q3", "j2")}+${A("q4", "j2")}`,
  });
  b.plant({
    at: { sheet: S, cell: B("c", "k3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "IGD capaian typed 104.03 = T/R x 100; R/T gives 96.13",
    truth: `${B("r", "k3")}/${B("t", "k3")}*100`,
  });
  for (const id of ["j1", "j3", "j4", "j5"])
    b.ok({
      sheet: S,
      cell: A("j", id),
      rules: ["sum-mismatch"],
      truth: `${A("q1", id)}+${A("q2", id)}+${A("q3", id)}+${A("q4", id)}`,
    });
  b.ok({
    sheet: S,
    cell: A("pc", "j3"),
    rules: ["capaian-mismatch", "percent-out-of-range", "serapan-over-100"],
    truth: `${A("j", "j3")}/${A("t", "j3")}*100`,
  });
  b.ok({
    sheet: S,
    cell: A("pc", "j1"),
    rules: ["capaian-mismatch", "percent-out-of-range", "serapan-over-100"],
    truth: `${A("j", "j1")}/${A("t", "j1")}*100`,
  });
  b.ok({
    sheet: S,
    cell: A("t", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${A("t", "j1")}:${A("t", "j5")})`,
  });
  b.ok({
    sheet: S,
    cell: A("q4", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${A("q4", "j1")}:${A("q4", "j5")})`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: B("c", id),
      rules: ["capaian-mismatch"],
      truth: `${B("r", id)}/${B("t", id)}*100`,
    });
  b.ok({
    sheet: S,
    cell: B("c", "avg"),
    rules: ["capaian-mismatch"],
    truth: `${B("r", "avg")}/${B("t", "avg")}*100`,
    trap: `AVERAGE(${B("c", "k1")}:${B("c", "k5")})`,
  });
  return b.finish();
}
