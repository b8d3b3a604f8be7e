// A sector recap of the Disdukcapil of Provinsi Banten: ownership of population documents per
// kabupaten/kota at the end of semester II 2024 (wajib KTP-el and perekaman, anak 0-17 with akta
// kelahiran and KIA), percentages per row and a JUMLAH row whose percentages are the ratio of the
// totals; beside it, one empty column apart, the layanan online per kabupaten/kota (a shorter table).
// The kabupaten/kota are Banten's, every number is invented.
import { BookW, DEC, INT, fx, letterhead, type Col, type Ctx, type Row } from "../forms/kit";

type KK = { id: string; nm: string; wajib: number; rekam: number; anak: number; akta: number; kia: number };

export function rekapDokumenBanten(): BookW {
  const b = new BookW(
    "rekap-kepemilikan-dokumen-kependudukan-banten-smt2-2024.xlsx",
    "Rekap kepemilikan dokumen kependudukan per kabupaten/kota (Disdukcapil)",
    "Recap semester II 2024 of the Disdukcapil of Provinsi Banten: No | Kabupaten/Kota | Wajib KTP-el | Sudah Rekam | % Rekam | Anak 0-17 | Memiliki Akta | % Akta | Memiliki KIA | % KIA, number row with '5 = 4/3 x 100'; JUMLAH row with ratios of the totals; beside it, one empty column apart: No | Kabupaten/Kota | Permohonan Online | Selesai | % Selesai with a Jumlah",
  );
  const S = "Rekap Smt II 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI BANTEN", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "REKAPITULASI KEPEMILIKAN DOKUMEN KEPENDUDUKAN PER KABUPATEN/KOTA",
    "KEADAAN SEMESTER II (31 DESEMBER) TAHUN 2024",
  ]);
  s.gap();
  const K: KK[] = [
    {
      id: "a1",
      nm: "Kabupaten Pandeglang",
      wajib: 927_415,
      rekam: 905_318,
      anak: 388_204,
      akta: 371_442,
      kia: 142_365,
    },
    {
      id: "a2",
      nm: "Kabupaten Lebak",
      wajib: 982_760,
      rekam: 951_873,
      anak: 421_537,
      akta: 398_216,
      kia: 131_904,
    },
    {
      id: "a3",
      nm: "Kabupaten Tangerang",
      wajib: 2_384_912,
      rekam: 2_341_605,
      anak: 1_015_338,
      akta: 987_420,
      kia: 468_211,
    },
    {
      id: "a4",
      nm: "Kabupaten Serang",
      wajib: 1_126_384,
      rekam: 1_098_527,
      anak: 462_910,
      akta: 445_873,
      kia: 172_840,
    },
    {
      id: "a5",
      nm: "Kota Tangerang",
      wajib: 1_418_620,
      rekam: 1_402_395,
      anak: 541_806,
      akta: 536_214,
      kia: 301_472,
    },
    {
      id: "a6",
      nm: "Kota Cilegon",
      wajib: 328_154,
      rekam: 324_806,
      anak: 127_390,
      akta: 125_118,
      kia: 64_215,
    },
    {
      id: "a7",
      nm: "Kota Serang",
      wajib: 532_418,
      rekam: 521_937,
      anak: 216_845,
      akta: 210_332,
      kia: 88_106,
    },
    {
      id: "a8",
      nm: "Kota Tangerang Selatan",
      wajib: 1_017_236,
      rekam: 1_006_844,
      anak: 384_127,
      akta: 380_951,
      kia: 226_734,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Kabupaten/Kota"], role: "lokasi", num: 2, width: 22 },
    {
      key: "wajib",
      head: ["KTP-el", "Wajib KTP-el"],
      role: "target",
      year: 2024,
      num: 3,
      fmt: INT,
      width: 12,
    },
    {
      key: "rekam",
      head: ["KTP-el", "Sudah Rekam"],
      role: "realisasi",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 12,
    },
    {
      key: "pr",
      head: ["KTP-el", "% Rekam"],
      role: "capaian",
      year: 2024,
      num: "5 = 4/3 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "anak",
      head: ["Anak Usia 0-17 Tahun", "Jumlah Anak"],
      role: "target",
      year: 2024,
      num: 6,
      fmt: INT,
      width: 12,
    },
    {
      key: "akta",
      head: ["Anak Usia 0-17 Tahun", "Memiliki Akta Kelahiran"],
      role: "realisasi",
      year: 2024,
      num: 7,
      fmt: INT,
      width: 12,
    },
    {
      key: "pa",
      head: ["Anak Usia 0-17 Tahun", "% Akta"],
      role: "capaian",
      year: 2024,
      num: "8 = 7/6 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "kia",
      head: ["Anak Usia 0-17 Tahun", "Memiliki KIA"],
      role: "realisasi",
      year: 2024,
      num: 9,
      fmt: INT,
      width: 12,
    },
    {
      key: "pk",
      head: ["Anak Usia 0-17 Tahun", "% KIA"],
      role: "capaian",
      year: 2024,
      num: "10 = 9/6 x 100",
      fmt: DEC,
      width: 9,
    },
  ];
  const pct = (n: string, d: string) => `ROUND(${n}/${d}*100,2)`;
  const sumCol = (k: string, x: Ctx, last = "a8") => `SUM(${x.a(k, "a1")}:${x.a(k, last)})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: k.nm,
          wajib: k.wajib,
          rekam: k.rekam,
          // planted: Kabupaten Lebak's % Rekam typed 98.56 among formulas (951,873 / 982,760 = 96.86)
          pr: k.id === "a2" ? 98.56 : fx(pct(x.a("rekam"), x.a("wajib"))),
          anak: k.anak,
          akta: k.akta,
          pa: fx(pct(x.a("akta"), x.a("anak"))),
          kia: k.kia,
          pk: fx(pct(x.a("kia"), x.a("anak"))),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({
          no: "JUMLAH PROVINSI",
          wajib: fx(sumCol("wajib", x)),
          rekam: fx(sumCol("rekam", x)),
          pr: fx(pct(x.a("rekam"), x.a("wajib"))),
          anak: fx(sumCol("anak", x)),
          // planted: the SUM stops at Kota Serang (Kota Tangerang Selatan left out)
          akta: fx(sumCol("akta", x, "a7")),
          pa: fx(pct(x.a("akta"), x.a("anak"))),
          kia: fx(sumCol("kia", x)),
          pk: fx(pct(x.a("kia"), x.a("anak"))),
        }),
      },
    ],
  });
  // beside it, one empty column apart: the layanan online (shorter)
  const O: Array<[string, string, number, number]> = [
    ["o1", "Kabupaten Pandeglang", 41_260, 39_874],
    ["o2", "Kabupaten Lebak", 36_418, 34_207],
    ["o3", "Kabupaten Tangerang", 188_352, 184_916],
    ["o4", "Kota Tangerang", 142_705, 141_233],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], num: 1, width: 5 },
        { key: "nm", head: ["Kabupaten/Kota (Layanan Online)"], role: "lokasi", num: 2, width: 22 },
        {
          key: "mohon",
          head: ["Permohonan Online"],
          role: "target",
          year: 2024,
          num: 3,
          fmt: INT,
          width: 12,
        },
        {
          key: "sel",
          head: ["Selesai Diproses"],
          role: "realisasi",
          year: 2024,
          num: 4,
          fmt: INT,
          width: 12,
        },
        {
          key: "ps",
          head: ["% Selesai"],
          role: "capaian",
          year: 2024,
          num: "5 = 4/3 x 100",
          fmt: DEC,
          width: 9,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...O.map(([id, nm, m, sl], i): Row => ({
          id,
          cells: (x: Ctx) => ({ no: i + 1, nm, mohon: m, sel: sl, ps: fx(pct(x.a("sel"), x.a("mohon"))) }),
        })),
        {
          id: "jo",
          bold: true,
          cells: (x: Ctx) => ({
            nm: "Jumlah",
            mohon: fx(`SUM(${x.a("mohon", "o1")}:${x.a("mohon", "o4")})`),
            sel: fx(`SUM(${x.a("sel", "o1")}:${x.a("sel", "o4")})`),
            ps: fx(pct(x.a("sel"), x.a("mohon"))),
          }),
        },
      ],
    },
    12,
    t.top,
  );
  s.r = Math.max(t.lastDataRow, t2.lastDataRow) + 2;
  s.lines([
    "Sumber: data konsolidasi bersih (DKB) Semester II 2024, Ditjen Dukcapil Kemendagri.",
    "Persentase baris JUMLAH dihitung dari jumlah, bukan rata-rata persentase kabupaten/kota.",
  ]);

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pr", "a2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Rekam of Kabupaten Lebak is a typed 98.56 among ROUND(4/3*100) formulas; 951,873 / 982,760 gives 96.86",
    truth: pct(a("rekam", "a2"), a("wajib", "a2")),
  });
  b.plant({
    at: { sheet: S, cell: a("akta", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of the anak with akta kelahiran is =SUM over Pandeglang .. Kota Serang (3,074,615), Kota Tangerang Selatan's 380,951 left out; the eight rows give 3,455,566",
    truth: `SUM(${a("akta", "a1")}:${a("akta", "a8")})`,
  });
  for (const k of K) {
    if (k.id !== "a2")
      b.ok({
        sheet: S,
        cell: a("pr", k.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: pct(a("rekam", k.id), a("wajib", k.id)),
      });
    b.ok({
      sheet: S,
      cell: a("pk", k.id),
      rules: ["capaian-mismatch"],
      truth: pct(a("kia", k.id), a("anak", k.id)),
    });
  }
  for (const k of ["wajib", "rekam", "anak", "kia"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "a1")}:${a(k, "a8")})` });
  // the JUMLAH percentages are the ratio of the totals, not the sum of the rows
  for (const [p, n, d] of [
    ["pr", "rekam", "wajib"],
    ["pk", "kia", "anak"],
  ])
    b.ok({
      sheet: S,
      cell: a(p, "tot"),
      rules: ["capaian-mismatch", "sum-mismatch"],
      truth: `ROUND(SUM(${a(n, "a1")}:${a(n, "a8")})/SUM(${a(d, "a1")}:${a(d, "a8")})*100,2)`,
      trap: `SUM(${a(p, "a1")}:${a(p, "a8")})`,
    });
  const c = (k: string, id: string) => t2.a(k, id);
  b.ok({
    sheet: S,
    cell: c("ps", "jo"),
    rules: ["capaian-mismatch"],
    truth: pct(`SUM(${c("sel", "o1")}:${c("sel", "o4")})`, `SUM(${c("mohon", "o1")}:${c("mohon", "o4")})`),
    trap: `SUM(${c("ps", "o1")}:${c("ps", "o4")})`,
  });
  for (const k of ["mohon", "sel"])
    b.ok({ sheet: S, cell: c(k, "jo"), rules: ["sum-mismatch"], truth: `SUM(${c(k, "o1")}:${c(k, "o4")})` });
  return b.finish();
}
