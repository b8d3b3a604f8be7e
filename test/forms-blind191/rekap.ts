// A sector recap of a Jawa Tengah kabupaten's Dinas Kesehatan (Tegalsari Kidul): STBM and air minum per
// puskesmas (desa SBS, KK akses jamban sehat, sarana air minum memenuhi syarat, each with its %), with a
// Jumlah row whose percentages are ratios of the totals, and beside it, after one empty column, a recap of TTU
// and TPP per jenis. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Ctx,
  type Row,
} from "../forms/kit";

type Pkm = {
  id: string;
  nm: string;
  desa: number;
  sbs: number;
  kk: number;
  akses: number;
  sam: number;
  ok: number;
};

export function rekapStbmTegalsari(): BookW {
  const b = new BookW(
    "rekap-stbm-air-minum-per-puskesmas-tegalsari-kidul.xlsx",
    "sector recap per puskesmas (STBM, air minum) with a TTU/TPP recap beside it",
    "Rekap STBM 2024 of a Dinas Kesehatan in Jawa Tengah: No | Puskesmas | 'Desa/Kelurahan' > Jumlah | SBS | % | 'Kepala Keluarga' > Jumlah KK | Akses Jamban Sehat | % | 'Sarana Air Minum' > Diperiksa | Memenuhi Syarat | %; number row '(5) = (4)/(3) x 100'; Jumlah row; beside it after one empty column: No | Jenis TTU/TPP | Jumlah | Diperiksa | Memenuhi Syarat | % MS",
  );
  const S = "Rekap STBM 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TEGALSARI KIDUL", "DINAS KESEHATAN - BIDANG KESEHATAN MASYARAKAT"]);
  s.lines([
    "REKAPITULASI CAPAIAN STBM DAN PENGAWASAN KUALITAS AIR MINUM PER PUSKESMAS",
    "KEADAAN s.d. 31 DESEMBER 2024",
  ]);
  s.gap();
  const P: Pkm[] = [
    { id: "p1", nm: "Karangwaru", desa: 12, sbs: 10, kk: 9_842, akses: 8_915, sam: 46, ok: 38 },
    { id: "p2", nm: "Sidomulyo", desa: 9, sbs: 9, kk: 7_215, akses: 7_009, sam: 31, ok: 27 },
    { id: "p3", nm: "Kedunggalar", desa: 14, sbs: 8, kk: 11_406, akses: 8_274, sam: 52, ok: 35 },
    // planted: the KK akses of Ngampel is typed 6,842 (the puskesmas report gives 4,862)
    { id: "p4", nm: "Ngampel", desa: 8, sbs: 6, kk: 6_128, akses: 6_842, sam: 28, ok: 19 },
    { id: "p5", nm: "Wonorejo Lor", desa: 11, sbs: 7, kk: 8_953, akses: 7_120, sam: 40, ok: 33 },
    { id: "p6", nm: "Tegalsari", desa: 10, sbs: 9, kk: 8_337, akses: 7_486, sam: 36, ok: 30 },
  ];
  const pct = (c: Ctx, n: string, d: string) => fx(`ROUND(${c.a(n)}/${c.a(d)}*100,2)`);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Puskesmas"], role: "lokasi", num: "(2)", width: 18 },
      { key: "desa", head: ["Desa/Kelurahan", "Jumlah"], num: "(3)", fmt: INT, width: 9 },
      {
        key: "sbs",
        head: ["Desa/Kelurahan", "SBS (ODF)"],
        role: "realisasi",
        num: "(4)",
        fmt: INT,
        width: 9,
      },
      {
        key: "psbs",
        head: ["Desa/Kelurahan", "%"],
        role: "capaian",
        num: "(5) = (4)/(3) x 100",
        fmt: DEC,
        width: 9,
      },
      { key: "kk", head: ["Kepala Keluarga", "Jumlah KK"], num: "(6)", fmt: INT, width: 11 },
      {
        key: "akses",
        head: ["Kepala Keluarga", "Akses Jamban Sehat"],
        role: "realisasi",
        num: "(7)",
        fmt: INT,
        width: 11,
      },
      {
        key: "pak",
        head: ["Kepala Keluarga", "%"],
        role: "capaian",
        num: "(8) = (7)/(6) x 100",
        fmt: DEC,
        width: 9,
      },
      { key: "sam", head: ["Sarana Air Minum", "Diperiksa"], num: "(9)", fmt: INT, width: 10 },
      {
        key: "ok",
        head: ["Sarana Air Minum", "Memenuhi Syarat"],
        role: "realisasi",
        num: "(10)",
        fmt: INT,
        width: 10,
      },
      {
        key: "pok",
        head: ["Sarana Air Minum", "%"],
        role: "capaian",
        num: "(11) = (10)/(9) x 100",
        fmt: DEC,
        width: 9,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...P.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          nm: x.nm,
          desa: x.desa,
          sbs: x.sbs,
          psbs: pct(c, "sbs", "desa"),
          kk: x.kk,
          akses: x.akses,
          pak: pct(c, "akses", "kk"),
          sam: x.sam,
          ok: x.ok,
          pok: pct(c, "ok", "sam"),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { no: "JUMLAH KABUPATEN" };
          for (const k of ["desa", "sbs", "akses", "sam", "ok"])
            out[k] = fx(`SUM(${c.a(k, "p1")}:${c.a(k, "p6")})`);
          // planted: the Jumlah KK is typed (700 short) among SUM formulas
          out.kk = 51_181;
          out.psbs = pct(c, "sbs", "desa");
          out.pak = pct(c, "akses", "kk");
          out.pok = pct(c, "ok", "sam");
          return out;
        },
      },
    ],
  });
  // beside it, after one empty column
  const J = [
    ["Sekolah", 412, 398, 341],
    ["Puskesmas dan fasyankes", 37, 37, 35],
    ["Tempat ibadah", 896, 702, 566],
    ["Pasar rakyat", 21, 21, 13],
    ["Rumah makan / TPP", 588, 463, 302],
  ] as const;
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], width: 5 },
        { key: "jn", head: ["Jenis TTU / TPP"], role: "indikator", width: 22 },
        { key: "n", head: ["Jumlah"], fmt: INT, width: 9 },
        { key: "d", head: ["Diperiksa"], role: "realisasi", fmt: INT, width: 10 },
        { key: "ms", head: ["Memenuhi Syarat"], role: "realisasi", fmt: INT, width: 10 },
        { key: "p", head: ["% MS"], role: "capaian", fmt: DEC, width: 9 },
      ],
      headerRows: 1,
      rows: [
        ...J.map(([jn, n, d, ms], i): Row => ({
          id: `j${i + 1}`,
          cells: (c: Ctx) => ({ no: i + 1, jn, n, d, ms, p: fx(`ROUND(${c.a("ms")}/${c.a("d")}*100,2)`) }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "jn"],
          cells: (c: Ctx) => ({
            no: "Jumlah",
            n: fx(`SUM(${c.a("n", "j1")}:${c.a("n", "j5")})`),
            d: fx(`SUM(${c.a("d", "j1")}:${c.a("d", "j5")})`),
            ms: fx(`SUM(${c.a("ms", "j1")}:${c.a("ms", "j5")})`),
            p: fx(`ROUND(${c.a("ms")}/${c.a("d")}*100,2)`),
          }),
        },
      ],
    },
    t.right + 2,
    t.top,
  );
  s.r = Math.max(t.lastDataRow, t2.lastDataRow) + 2;
  s.lines([
    "Sumber: laporan bulanan STBM puskesmas (SMART STBM) dan hasil uji laboratorium kesehatan daerah.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tegalsari Kidul, 15 Januari 2025",
    jabatan: ["Kepala Bidang Kesehatan Masyarakat,"],
    nama: "WAHYU HANDAYANI, S.KM., M.Kes.",
    pangkat: "Pembina (IV/a)",
    nip: "19790322 200501 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  if (round((4_862 / 6_128) * 100) !== 79.34) throw new Error("rekap p4");
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pak", "p4") },
        { sheet: S, cell: a("akses", "p4") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Ngampel: 6,842 KK with akses jamban sehat out of 6,128 KK gives 111.65 %; the puskesmas report gives 4,862 (79.34 %)",
    truth: `ROUND(4862/${a("kk", "p4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kk", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah KK is a typed 51,181 among SUM formulas; the six puskesmas add up to 51,881",
    truth: `SUM(${a("kk", "p1")}:${a("kk", "p6")})`,
  });
  // the 100 % of Sidomulyo is no percentage out of range
  b.ok({
    sheet: S,
    cell: a("psbs", "p2"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: "100",
  });
  for (const x of P) {
    if (x.id !== "p2")
      b.ok({
        sheet: S,
        cell: a("psbs", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("sbs", x.id)}/${a("desa", x.id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: a("pok", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ok", x.id)}/${a("sam", x.id)}*100,2)`,
    });
  }
  // the Jumlah percentages are ratios of the totals, not the sum or average of the puskesmas percentages
  for (const [p, n, d] of [
    ["psbs", "sbs", "desa"],
    ["pok", "ok", "sam"],
  ])
    b.ok({
      sheet: S,
      cell: a(p, "j"),
      rules: ["capaian-mismatch", "sum-mismatch"],
      truth: `ROUND(${a(n, "j")}/${a(d, "j")}*100,2)`,
      trap: `AVERAGE(${a(p, "p1")}:${a(p, "p6")})`,
    });
  for (const k of ["desa", "sbs", "sam", "ok"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: P.map((x) => a(k, x.id)).join("+") });
  for (const k of ["n", "d", "ms"])
    b.ok({
      sheet: S,
      cell: t2.a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: J.map((_j, i) => t2.a(k, `j${i + 1}`)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${t2.a("ms", "tot")}/${t2.a("d", "tot")}*100,2)`,
    trap: `AVERAGE(${t2.a("p", "j1")}:${t2.a("p", "j5")})`,
  });
  return b.finish();
}
