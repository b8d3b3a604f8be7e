// Money tables of the twentieth unseen set: an RSUD run as a BLUD reports pendapatan and belanja side by
// side on one sheet (two tables, an empty column between them; income realised above its target is
// normal, spending above its pagu is not), and a Badan Pendapatan's target and realisation of the
// regional taxes and levies by type (realisation above target is normal; % realisasi, pertumbuhan and
// kontribusi are percentages that are never added up). Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { KAB, rt } from "./common";

type Ln = { id: string; kode: string; ur: string; t?: number; r?: number; of?: string[]; bold?: boolean };

// ====================================================== RSUD Sekar Melati, pendapatan | belanja BLUD

/** LRA BLUD 2024 of RSUD Sekar Melati: pendapatan left, belanja right, on one sheet. */
export function bludSekarMelati(): BookW {
  const b = new BookW(
    "lra-blud-sisi-rsud-sekarmelati.xlsx",
    "LRA BLUD (RSUD), pendapatan and belanja side by side",
    "Realisasi anggaran BLUD s.d. Desember 2024 of an RSUD, two tables side by side with an empty column between: 'PENDAPATAN BLUD' > Kode Rek. | Uraian | Target (Rp) | Realisasi (Rp) | % and 'BELANJA BLUD' > Kode Rek. | Uraian | Pagu (Rp) | Realisasi (Rp) | Sisa Pagu (Rp) | % Serapan; full rupiah; jasa layanan as a group of three lines; JUMLAH rows of groups only; no number row",
  );
  const S = "LRA BLUD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    `PEMERINTAH ${KAB}`,
    "RUMAH SAKIT UMUM DAERAH SEKAR MELATI",
    "Jl. Kenanga Raya No. 17 Sumberkarta, Telp. (0265) 742 118",
  ]);
  s.lines(["REALISASI PENDAPATAN DAN BELANJA BLUD", "Periode 1 Januari s.d. 31 Desember 2024"]);
  s.gap();
  const pend: Ln[] = [
    {
      id: "pj",
      kode: "4.1.04.16.01",
      ur: "Pendapatan Jasa Layanan",
      of: ["pj1", "pj2", "pj3"],
      bold: true,
    },
    {
      id: "pj1",
      kode: "4.1.04.16.01.0001",
      ur: "Jasa Layanan Rawat Jalan",
      t: 14_600_000_000,
      r: 15_982_447_500,
    },
    {
      id: "pj2",
      kode: "4.1.04.16.01.0002",
      ur: "Jasa Layanan Rawat Inap",
      t: 38_250_000_000,
      r: 36_918_305_000,
    },
    {
      id: "pj3",
      kode: "4.1.04.16.01.0003",
      ur: "Jasa Layanan Penunjang Medis",
      t: 9_400_000_000,
      r: 10_214_862_000,
    },
    {
      id: "pk",
      kode: "4.1.04.16.02",
      ur: "Hasil Kerja Sama dengan Pihak Lain",
      t: 1_150_000_000,
      r: 1_087_250_000,
    },
    { id: "pg", kode: "4.1.04.16.05", ur: "Jasa Giro dan Bunga Deposito", t: 320_000_000, r: 411_385_217 },
  ];
  const bel: Ln[] = [
    { id: "bo", kode: "5.1", ur: "Belanja Operasi", of: ["b1", "b2"], bold: true },
    { id: "b1", kode: "5.1.01", ur: "Belanja Pegawai", t: 28_450_000_000, r: 27_613_984_200 },
    { id: "b2", kode: "5.1.02", ur: "Belanja Barang dan Jasa", t: 31_780_000_000, r: 30_246_117_845 },
    { id: "bm", kode: "5.2", ur: "Belanja Modal", of: ["m2", "m3"], bold: true },
    // planted: 6,125,400,000 typed as 6,521,400,000
    { id: "m2", kode: "5.2.02", ur: "Belanja Modal Peralatan dan Mesin", t: 6_250_000_000, r: 6_521_400_000 },
    { id: "m3", kode: "5.2.03", ur: "Belanja Modal Gedung dan Bangunan", t: 2_900_000_000, r: 2_784_350_000 },
  ];
  const leaf = (xs: Ln[], k: "t" | "r") => xs.filter((x) => !x.of).reduce((n, x) => n + x[k]!, 0);
  // planted 2: the JUMLAH realisasi keeps the cached result from before the December jasa giro was booked
  const trueR = leaf(pend, "r");
  const STALE = trueR - 411_385_217 + 298_134_000;
  const money = (role: "anggaran" | "realisasi-anggaran", head: string[], key: string): Col => ({
    key,
    head,
    role,
    year: 2024,
    fmt: RP,
    width: 18,
  });
  const PD = "PENDAPATAN BLUD";
  const BD = "BELANJA BLUD";
  const body = (xs: Ln[], withSisa: boolean, total: string, stale?: number): Row[] => [
    ...xs.map((x): Row => ({
      id: x.id,
      bold: x.bold,
      cells: (c) => {
        const cells: Record<string, Cell> = { kode: x.kode, ur: x.ur };
        for (const k of ["t", "r"])
          cells[k] = x.of
            ? fx(`SUM(${c.a(k, x.of[0])}:${c.a(k, x.of[x.of.length - 1])})`)
            : x[k as "t" | "r"];
        if (withSisa) cells.sisa = fx(`${c.a("t")}-${c.a("r")}`);
        cells.p = fx(rt(c.a("r"), c.a("t")));
        return cells;
      },
    })),
    {
      id: "jml",
      bold: true,
      span: ["kode", "ur"],
      cells: (c) => {
        const tops = xs.filter((x) => !xs.some((y) => y.of?.includes(x.id))).map((x) => x.id);
        const cells: Record<string, Cell> = { kode: total };
        cells.t = fx(tops.map((y) => c.a("t", y)).join("+"));
        cells.r = fx(tops.map((y) => c.a("r", y)).join("+"), stale);
        if (withSisa) cells.sisa = fx(`${c.a("t")}-${c.a("r")}`);
        cells.p = fx(rt(c.a("r"), c.a("t")));
        return cells;
      },
    },
  ];
  const top = s.r;
  const tp = s.table(
    {
      cols: [
        { key: "kode", head: [PD, "Kode Rek."], role: "kode", width: 18 },
        { key: "ur", head: [PD, "Uraian"], width: 32 },
        money("anggaran", [PD, "Target (Rp)"], "t"),
        money("realisasi-anggaran", [PD, "Realisasi (Rp)"], "r"),
        { key: "p", head: [PD, "%"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
      ],
      headerRows: 2,
      rows: body(pend, false, "JUMLAH PENDAPATAN", STALE),
    },
    1,
    top,
  );
  const tb = s.table(
    {
      cols: [
        { key: "kode", head: [BD, "Kode Rek."], role: "kode", width: 10 },
        { key: "ur", head: [BD, "Uraian"], width: 32 },
        money("anggaran", [BD, "Pagu (Rp)"], "t"),
        money("realisasi-anggaran", [BD, "Realisasi (Rp)"], "r"),
        { key: "sisa", head: [BD, "Sisa Pagu (Rp)"], fmt: RP, width: 17 },
        { key: "p", head: [BD, "% Serapan"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
      ],
      headerRows: 2,
      rows: body(bel, true, "JUMLAH BELANJA"),
    },
    7,
    top,
  );
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Realisasi pendapatan jasa layanan rawat jalan dan penunjang medis melampaui target karena peningkatan kunjungan peserta JKN.",
    "2. Jasa giro dan bunga deposito dicatat berdasarkan rekening koran per 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Sumberkarta, 10 Januari 2025",
    jabatan: ["DIREKTUR RSUD SEKAR MELATI,"],
    nama: "dr. YULIANA PRAMESWARI, M.A.R.S.",
    pangkat: "Pembina Tingkat I",
    nip: "19780923 200501 2 008",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: tb.a("p", "m2") },
        { sheet: S, cell: tb.a("r", "m2") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Belanja Modal Peralatan dan Mesin is realised 6,521,400,000 against a pagu of 6,250,000,000 (serapan 104.34 %, Sisa Pagu -271,400,000): spending above the ceiling (6,125,400,000 with two digits swapped)",
    truth: tb.a("t", "m2"),
    actual: tb.a("r", "m2"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: tp.a("r", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH PENDAPATAN realisasi =${["pj", "pk", "pg"].map((y) => tp.a("r", y)).join("+")} keeps a stale cached ${STALE.toLocaleString("en")} (the jasa giro before December: 298,134,000); the lines give ${trueR.toLocaleString("en")}`,
    truth: pend
      .filter((x) => !x.of)
      .map((x) => tp.a("r", x.id))
      .join("+"),
    tol: 0.5,
  });
  // income above its target is more income, not spending above a ceiling
  const part = (x: Ln) => (x.of ? pend.filter((y) => x.of!.includes(y.id)) : [x]);
  const overP = pend.filter((x) => leaf(part(x), "r") > leaf(part(x), "t")).map((x) => x.id);
  for (const id of overP) {
    b.ok({
      sheet: S,
      cell: tp.a("p", id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: rt(tp.a("r", id), tp.a("t", id)),
    });
  }
  for (const id of pend.map((x) => x.id).filter((y) => !overP.includes(y)))
    b.ok({
      sheet: S,
      cell: tp.a("p", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(tp.a("r", id), tp.a("t", id)),
    });
  b.ok({
    sheet: S,
    cell: tp.a("t", "jml"),
    rules: ["sum-mismatch"],
    truth: pend
      .filter((x) => !x.of)
      .map((x) => tp.a("t", x.id))
      .join("+"),
    // the group and its own lines are not added twice
    trap: `SUM(${tp.a("t", "pj")}:${tp.a("t", "pg")})`,
    tol: 0.5,
  });
  for (const k of ["t", "r"]) {
    b.ok({
      sheet: S,
      cell: tp.a(k, "pj"),
      rules: ["sum-mismatch"],
      truth: ["pj1", "pj2", "pj3"].map((y) => tp.a(k, y)).join("+"),
      tol: 0.5,
    });
    b.ok({
      sheet: S,
      cell: tb.a(k, "bo"),
      rules: ["sum-mismatch"],
      truth: ["b1", "b2"].map((y) => tb.a(k, y)).join("+"),
      tol: 0.5,
    });
  }
  b.ok({
    sheet: S,
    cell: tb.a("t", "bm"),
    rules: ["sum-mismatch"],
    truth: ["m2", "m3"].map((y) => tb.a("t", y)).join("+"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: tb.a("t", "jml"),
    rules: ["sum-mismatch"],
    truth: ["b1", "b2", "m2", "m3"].map((y) => tb.a("t", y)).join("+"),
    trap: `SUM(${tb.a("t", "bo")}:${tb.a("t", "m3")})`,
    tol: 0.5,
  });
  for (const id of ["b1", "b2", "m3", "bo"]) {
    b.ok({
      sheet: S,
      cell: tb.a("p", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(tb.a("r", id), tb.a("t", id)),
    });
    b.ok({
      sheet: S,
      cell: tb.a("sisa", id),
      rules: ["sum-mismatch"],
      truth: `${tb.a("t", id)}-${tb.a("r", id)}`,
      tol: 0.5,
    });
  }
  return b.finish();
}

// ================================================ Bapenda Kabupaten Sumberkarta, target vs realisasi

type Tx = { id: string; kode: string; ur: string; t?: number; r?: number; r23?: number; of?: string[] };

/** Target and realisation of the regional taxes and levies 2024 by type. */
export function pajakSumberkarta(): BookW {
  const b = new BookW(
    "target-pajak-bapenda-sumberkarta.xlsx",
    "revenue target and realisation by tax type (Badan Pendapatan)",
    "Laporan target dan realisasi pajak dan retribusi daerah TA 2024 of a Badan Pendapatan Daerah: No | Kode Rekening | Jenis Pajak / Retribusi Daerah | Target Setelah Perubahan (Rp) | Realisasi s.d. 31 Desember 2024 (Rp) | % Realisasi | Realisasi Tahun 2023 (Rp) | Pertumbuhan (%) | Kontribusi (%); number row 1 .. 5 | '6 = 5/4 x 100' | 7 | '8 = (5-7)/7 x 100' | 9; PBJT under UU 1/2022; Pajak Daerah and Retribusi Daerah subtotals as SUM, JUMLAH; several taxes realised above target",
  );
  const S = "Realisasi PAD 2024";
  const s = b.sheet(S);
  letterhead(s, [`PEMERINTAH ${KAB}`, "BADAN PENDAPATAN DAERAH", "Jl. Jenderal Sudirman No. 55 Sumberkarta"]);
  s.lines([
    "LAPORAN TARGET DAN REALISASI PAJAK DAERAH DAN RETRIBUSI DAERAH",
    "TAHUN ANGGARAN 2024 (KEADAAN S.D. 31 DESEMBER 2024)",
  ]);
  s.gap();
  const rows: Tx[] = [
    {
      id: "pd",
      kode: "4.1.01",
      ur: "PAJAK DAERAH",
      of: ["x08", "x09", "x11", "x12", "x13", "x15", "x16", "x19", "x20"],
    },
    {
      id: "x08",
      kode: "4.1.01.08",
      ur: "PBJT atas Jasa Perhotelan",
      t: 6_250_000_000,
      r: 5_918_442_700,
      r23: 5_604_221_900,
    },
    {
      id: "x09",
      kode: "4.1.01.09",
      ur: "PBJT atas Makanan dan/atau Minuman",
      t: 18_500_000_000,
      r: 21_687_330_150,
      r23: 19_842_116_400,
    },
    {
      id: "x11",
      kode: "4.1.01.11",
      ur: "PBJT atas Tenaga Listrik",
      t: 24_000_000_000,
      r: 24_816_705_339,
      r23: 23_155_906_212,
    },
    {
      id: "x12",
      kode: "4.1.01.12",
      ur: "PBJT atas Jasa Parkir",
      t: 1_350_000_000,
      r: 1_102_845_000,
      r23: 1_048_500_000,
    },
    {
      id: "x13",
      kode: "4.1.01.13",
      ur: "Pajak Reklame",
      t: 2_100_000_000,
      r: 2_356_218_400,
      r23: 2_011_775_000,
    },
    { id: "x15", kode: "4.1.01.15", ur: "Pajak Air Tanah", t: 950_000_000, r: 871_250_600, r23: 902_440_300 },
    {
      id: "x16",
      kode: "4.1.01.16",
      ur: "Pajak Mineral Bukan Logam dan Batuan",
      t: 3_400_000_000,
      r: 3_912_664_000,
      r23: 2_874_300_000,
    },
    {
      id: "x19",
      kode: "4.1.01.19",
      ur: "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan",
      t: 17_800_000_000,
      r: 16_254_938_711,
      r23: 15_630_712_845,
    },
    {
      id: "x20",
      kode: "4.1.01.20",
      ur: "Bea Perolehan Hak atas Tanah dan Bangunan",
      t: 12_500_000_000,
      r: 14_085_212_500,
      r23: 11_934_006_000,
    },
    { id: "rd", kode: "4.1.02", ur: "RETRIBUSI DAERAH", of: ["y1", "y2", "y3"] },
    {
      id: "y1",
      kode: "4.1.02.01",
      ur: "Retribusi Jasa Umum",
      t: 4_200_000_000,
      r: 3_871_904_000,
      r23: 3_902_115_000,
    },
    {
      id: "y2",
      kode: "4.1.02.02",
      ur: "Retribusi Jasa Usaha",
      t: 2_650_000_000,
      r: 2_719_430_500,
      r23: 2_480_260_000,
    },
    {
      id: "y3",
      kode: "4.1.02.03",
      ur: "Retribusi Perizinan Tertentu",
      t: 1_900_000_000,
      r: 2_245_617_000,
      r23: 1_608_900_000,
    },
  ];
  // planted 1: % realisasi of the parking tax typed 86.19 (1,102,845,000 / 1,350,000,000 = 81.69)
  const PLANT_P = { id: "x12", v: 86.19 };
  if (round((1_102_845_000 / 1_350_000_000) * 100) !== 81.69) throw new Error("bapenda: parkir");
  // planted 2: pertumbuhan of BPHTB as R / R2023 x 100 (118.03) instead of (R - R2023) / R2023 x 100
  const PLANT_G = "x20";
  const growth = (R: string, P: string) => `ROUND((${R}-${P})/${P}*100,2)`;
  let no = 0;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "kode", head: ["Kode Rekening"], role: "kode", num: 2, width: 12 },
      { key: "ur", head: ["Jenis Pajak / Retribusi Daerah"], num: 3, width: 40 },
      {
        key: "t",
        head: ["Target Setelah Perubahan (Rp)"],
        role: "anggaran",
        year: 2024,
        num: 4,
        fmt: RP,
        width: 18,
      },
      {
        key: "r",
        head: ["Realisasi s.d. 31 Desember 2024 (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: 5,
        fmt: RP,
        width: 18,
      },
      {
        key: "p",
        head: ["% Realisasi"],
        role: "capaian",
        year: 2024,
        num: "6 = 5/4 x 100",
        fmt: DEC,
        width: 11,
      },
      {
        key: "r23",
        head: ["Realisasi Tahun 2023 (Rp)"],
        role: "realisasi-anggaran",
        year: 2023,
        num: 7,
        fmt: RP,
        width: 18,
      },
      {
        key: "g",
        head: ["Pertumbuhan (%)"],
        role: "pertumbuhan",
        year: 2024,
        num: "8 = (5-7)/7 x 100",
        fmt: DEC,
        width: 11,
      },
      { key: "kon", head: ["Kontribusi (%)"], num: 9, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: !!x.of,
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.of ? (x.id === "pd" ? "I" : "II") : ++no,
            kode: x.kode,
            ur: x.ur,
          };
          for (const k of ["t", "r", "r23"])
            cells[k] = x.of
              ? fx(`SUM(${c.a(k, x.of[0])}:${c.a(k, x.of[x.of.length - 1])})`)
              : x[k as "t" | "r" | "r23"];
          cells.p = x.id === PLANT_P.id ? PLANT_P.v : fx(rt(c.a("r"), c.a("t")));
          cells.g = fx(
            x.id === PLANT_G ? `ROUND(${c.a("r")}/${c.a("r23")}*100,2)` : growth(c.a("r"), c.a("r23")),
          );
          cells.kon = fx(`ROUND(${c.a("r")}/${c.a("r", "jml")}*100,2)`);
          return cells;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "ur"],
        cells: (c) => {
          const cells: Record<string, Cell> = { no: "JUMLAH PAJAK DAERAH DAN RETRIBUSI DAERAH" };
          for (const k of ["t", "r", "r23"]) cells[k] = fx(`${c.a(k, "pd")}+${c.a(k, "rd")}`);
          cells.p = fx(rt(c.a("r"), c.a("t")));
          cells.g = fx(growth(c.a("r"), c.a("r23")));
          cells.kon = fx(`ROUND(${c.a("r")}/${c.a("r", "jml")}*100,2)`);
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Target sesuai Peraturan Bupati tentang Penjabaran Perubahan APBD Tahun Anggaran 2024.",
    "2. Realisasi di atas target (lebih dari 100 %) merupakan kelebihan penerimaan daerah.",
    "3. Kontribusi = realisasi jenis pajak / retribusi terhadap jumlah realisasi pajak daerah dan retribusi daerah x 100.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sumberkarta, 8 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", `${KAB},`],
    nama: "Drs. HERU SETIAWAN WIBISONO, M.Ak.",
    pangkat: "Pembina Utama Muda",
    nip: "19710219 199603 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", PLANT_P.id) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% realisasi of the PBJT atas Jasa Parkir is a typed 86.19 among ROUND formulas; 1,102,845,000 / 1,350,000,000 gives 81.69 (two digits swapped)",
    truth: rt(a("r", PLANT_P.id), a("t", PLANT_P.id)),
  });
  b.plant({
    at: { sheet: S, cell: a("g", PLANT_G) },
    rules: ["growth-mismatch", "inconsistent-formula"],
    note: "pertumbuhan of the BPHTB is =ROUND(E/G*100,2) = 118.03 (the ratio to 2023); column 8 = (5-7)/7 x 100 gives (14,085,212,500 - 11,934,006,000) / 11,934,006,000 = 18.03",
    truth: growth(a("r", PLANT_G), a("r23", PLANT_G)),
  });
  const leaves = rows.filter((x) => !x.of);
  for (const x of leaves) {
    if (x.id === PLANT_P.id) continue;
    const over = x.r! > x.t!;
    b.ok({
      sheet: S,
      cell: a("p", x.id),
      rules: over ? ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: rt(a("r", x.id), a("t", x.id)),
    });
    if (over) b.ok({ sheet: S, cell: a("r", x.id), rules: ["serapan-over-100"], truth: a("r", x.id) });
  }
  for (const x of leaves.filter((y) => y.id !== PLANT_G))
    b.ok({
      sheet: S,
      cell: a("g", x.id),
      rules: ["growth-mismatch"],
      truth: growth(a("r", x.id), a("r23", x.id)),
    });
  for (const id of ["pd", "rd"]) {
    const x = rows.find((y) => y.id === id)!;
    for (const k of ["t", "r", "r23"])
      b.ok({
        sheet: S,
        cell: a(k, id),
        rules: ["sum-mismatch"],
        truth: x.of!.map((y) => a(k, y)).join("+"),
        tol: 0.5,
      });
    // a subtotal's % realisasi is its own R / T, not the sum (or average) of its lines' percentages
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "sum-mismatch", "percent-out-of-range"],
      truth: rt(a("r", id), a("t", id)),
      trap: `SUM(${a("p", x.of![0])}:${a("p", x.of![x.of!.length - 1])})`,
    });
  }
  for (const k of ["t", "r", "r23"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: leaves.map((y) => a(k, y.id)).join("+"),
      // the subtotals and their lines are not added twice
      trap: `SUM(${a(k, "pd")}:${a(k, "y3")})`,
      tol: 0.5,
    });
  b.ok({
    sheet: S,
    cell: a("p", "jml"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: rt(a("r", "jml"), a("t", "jml")),
    trap: `ROUND(AVERAGE(${a("p", "x08")}:${a("p", "x20")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kon", "jml"),
    rules: ["percent-out-of-range", "sum-mismatch"],
    truth: "100",
    trap: `SUM(${a("kon", "pd")}:${a("kon", "y3")})`,
  });
  return b.finish();
}
