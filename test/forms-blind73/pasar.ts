// Labour-market recaps of the seventy-fifth unseen set: the monthly recap 2024 of job seekers, vacancies
// and placements of the Dinas Tenaga Kerja dan Transmigrasi Provinsi Sulawesi Tengah (L / P, lowongan,
// penempatan, % penempatan, a yearly total), and the recap 2024 of BLK training per kejuruan of the
// Disnakertrans Provinsi Kalimantan Timur (two UPTD with their sub-totals, peserta, lulus, terserap,
// % terserap). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

const pct = (a: string, b: string) => `ROUND(${a}/${b}*100,2)`;

// ================================================ monthly recap 2024, Disnakertrans Sulawesi Tengah

type Bln = { id: string; bln: string; l: number; p: number; low: number; pl: number; pp: number };

/** Monthly recap with L / P, formulas per row, a yearly total with a ratio of totals. */
export function pencakerBulananSulteng(): BookW {
  const b = new BookW(
    "rekap-bulanan-pencaker-lowongan-penempatan-disnakertrans-sulteng-2024.xlsx",
    "Rekapitulasi bulanan pencari kerja, lowongan dan penempatan 2024 (Disnakertrans Provinsi)",
    "No | Bulan | 'Pencari Kerja yang Mendaftar' > Laki-laki / Perempuan / Jumlah | Lowongan Kerja Terdaftar | 'Pencari Kerja yang Ditempatkan' > Lk / Pr / Jumlah | % Penempatan; number row with '(5)=(3)+(4)' and '(10)=(9)/(5)x100'; Jumlah formulas per row; yearly total row with SUM and a ratio of totals; letterhead and signature",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI TENGAH",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Jl. Tanderante Raya No. 17, Palu - Sulawesi Tengah",
  ]);
  s.lines(
    [
      "REKAPITULASI PENCARI KERJA TERDAFTAR, LOWONGAN KERJA DAN PENEMPATAN TENAGA KERJA",
      "BIDANG PENEMPATAN DAN PERLUASAN KESEMPATAN KERJA - TAHUN 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const xs: Bln[] = [
    { id: "m1", bln: "Januari", l: 1184, p: 1027, low: 612, pl: 221, pp: 164 },
    { id: "m2", bln: "Februari", l: 1062, p: 948, low: 540, pl: 198, pp: 152 },
    { id: "m3", bln: "Maret", l: 973, p: 901, low: 488, pl: 187, pp: 139 },
    { id: "m4", bln: "April", l: 1215, p: 1096, low: 455, pl: 172, pp: 128 },
    { id: "m5", bln: "Mei", l: 1327, p: 1188, low: 703, pl: 246, pp: 187 },
    { id: "m6", bln: "Juni", l: 1409, p: 1262, low: 768, pl: 263, pp: 201 },
    { id: "m7", bln: "Juli", l: 1536, p: 1371, low: 814, pl: 288, pp: 219 },
    { id: "m8", bln: "Agustus", l: 1298, p: 1154, low: 742, pl: 271, pp: 206 },
    { id: "m9", bln: "September", l: 1121, p: 1019, low: 659, pl: 239, pp: 183 },
    { id: "m10", bln: "Oktober", l: 1047, p: 962, low: 627, pl: 214, pp: 169 },
    { id: "m11", bln: "November", l: 938, p: 874, low: 581, pl: 197, pp: 150 },
    { id: "m12", bln: "Desember", l: 812, p: 766, low: 436, pl: 168, pp: 121 },
  ];
  const PK = "Pencari Kerja yang Mendaftar (AK/I)";
  const PN = "Pencari Kerja yang Ditempatkan";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "bln", head: ["Bulan"], num: "(2)", width: 12 },
    { key: "l", head: [PK, "Laki-laki"], num: "(3)", fmt: INT, width: 10 },
    { key: "p", head: [PK, "Perempuan"], num: "(4)", fmt: INT, width: 10 },
    { key: "j", head: [PK, "Jumlah"], num: "(5)=(3)+(4)", fmt: INT, width: 10 },
    { key: "low", head: ["Lowongan Kerja Terdaftar"], num: "(6)", fmt: INT, width: 11 },
    { key: "pl", head: [PN, "Lk"], num: "(7)", fmt: INT, width: 8 },
    { key: "pp", head: [PN, "Pr"], num: "(8)", fmt: INT, width: 8 },
    { key: "pj", head: [PN, "Jumlah"], num: "(9)=(7)+(8)", fmt: INT, width: 9 },
    { key: "pct", head: ["% Penempatan"], num: "(10)=(9)/(5)x100", fmt: DEC, width: 11 },
  ];
  // planted 2: Mei divides the placements by the lowongan (6) instead of the pencari kerja (5)
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      bln: x.bln,
      l: x.l,
      p: x.p,
      j: fx(`${c.a("l")}+${c.a("p")}`),
      low: x.low,
      pl: x.pl,
      pp: x.pp,
      pj: fx(`${c.a("pl")}+${c.a("pp")}`),
      pct: fx(pct(c.a("pj"), c.a(x.id === "m5" ? "low" : "j"))),
    }),
  }));
  const col = (c: { c(k: string): string; row(id: string): number }, k: string, last = "m12") =>
    `SUM(${c.c(k)}${c.row("m1")}:${c.c(k)}${c.row(last)})`;
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "bln"],
    cells: (c) => ({
      no: "JUMLAH TAHUN 2024",
      l: fx(col(c, "l")),
      p: fx(col(c, "p")),
      j: fx(col(c, "j")),
      // planted 1: the total of the lowongan stops at November
      low: fx(col(c, "low", "m11")),
      pl: fx(col(c, "pl")),
      pp: fx(col(c, "pp")),
      pj: fx(col(c, "pj")),
      pct: fx(pct(c.a("pj"), c.a("j"))),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: Sistem Informasi Pasar Kerja (SIAPKerja) dan laporan IPK Kabupaten/Kota se-Sulawesi Tengah.",
    "Persentase penempatan tahunan dihitung dari jumlah penempatan dibagi jumlah pencari kerja terdaftar setahun.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Palu, 15 Januari 2025",
    jabatan: ["Kepala Bidang Penempatan dan", "Perluasan Kesempatan Kerja"],
    nama: "ANDI MUSDALIFAH TOLANGGARA, S.Sos., M.AP.",
    pangkat: "Pembina (IV/a)",
    nip: "19780923 200501 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const lowAll = sum(xs.map((x) => x.low));
  if (lowAll - xs[11].low !== 6989) throw new Error("pencaker: low");
  b.plant({
    at: { sheet: S, cell: a("low", "tot") },
    rules: ["sum-mismatch"],
    note: `the yearly total of the lowongan is =SUM over Januari..November = 6,989; with Desember (436) the twelve months add to ${lowAll.toLocaleString("en")}`,
    truth: `SUM(${t.c("low")}${t.row("m1")}:${t.c("low")}${t.row("m12")})`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "m5") },
    rules: ["inconsistent-formula", "ratio-components-mismatch", "capaian-mismatch"],
    note: "% penempatan of Mei is =ROUND(I/F*100,2) = 61.59 (433 placements / 703 lowongan); the column's (9)/(5) gives 433 / 2,515 = 17.22",
    truth: pct(a("pj", "m5"), a("j", "m5")),
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range", "capaian-mismatch"],
    truth: pct(a("pj", "tot"), a("j", "tot")),
    trap: `SUM(${t.c("pct")}${t.row("m1")}:${t.c("pct")}${t.row("m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("l", "tot")}+${a("p", "tot")}`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("pj", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.c("pj")}${t.row("m1")}:${t.c("pj")}${t.row("m12")})`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "m7"),
    rules: ["inconsistent-formula", "capaian-mismatch"],
    truth: pct(a("pj", "m7"), a("j", "m7")),
  });
  return b.finish();
}

// ======================================================= BLK training 2024, Disnakertrans Kalimantan Timur

type Kej = {
  id: string;
  kej: string;
  dana: string;
  pkt: number;
  ps: number;
  lu: number;
  bk: number;
  wu: number;
};

/** BLK training per kejuruan, two UPTD blocks with sub-totals of their own rows, a grand total of the sub-totals. */
export function pelatihanBlkKaltim(): BookW {
  const b = new BookW(
    "rekap-pelatihan-blk-per-kejuruan-disnakertrans-kaltim-2024.xlsx",
    "Rekapitulasi pelatihan berbasis kompetensi per kejuruan 2024 (UPTD BLK, Disnakertrans Provinsi)",
    "No | Kejuruan / Program Pelatihan | Sumber Dana | Paket | Peserta (org) | Lulus (org) | % Lulus | 'Penempatan Alumni' > Bekerja / Wirausaha / Jml | % Terserap (thd lulusan); two UPTD blocks with a section row and a 'Sub Jumlah' of their own rows; JUMLAH A+B of the sub-totals; percentages as ratios of totals on the total rows",
  );
  const S = "Rekap Kejuruan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Bidang Pelatihan dan Produktivitas Tenaga Kerja",
  ]);
  s.lines(["Rekapitulasi Pelaksanaan Pelatihan Berbasis Kompetensi pada UPTD BLK Tahun Anggaran 2024"], 1, {
    bold: true,
  });
  s.gap();
  const A: Kej[] = [
    { id: "a1", kej: "Teknik Las SMAW 3G", dana: "APBD", pkt: 4, ps: 64, lu: 61, bk: 34, wu: 5 },
    { id: "a2", kej: "Operator Alat Berat (Excavator)", dana: "APBD", pkt: 3, ps: 48, lu: 46, bk: 31, wu: 0 },
    { id: "a3", kej: "Instalasi Listrik Bangunan", dana: "DBH-SDA", pkt: 2, ps: 32, lu: 30, bk: 13, wu: 6 },
    { id: "a4", kej: "Otomotif Sepeda Motor", dana: "APBN", pkt: 2, ps: 32, lu: 32, bk: 9, wu: 11 },
  ];
  const B: Kej[] = [
    { id: "b1", kej: "Pengolahan Hasil Perikanan", dana: "APBD", pkt: 2, ps: 32, lu: 29, bk: 6, wu: 12 },
    { id: "b2", kej: "Tata Boga (Pastry dan Bakery)", dana: "APBD", pkt: 3, ps: 48, lu: 45, bk: 11, wu: 17 },
    { id: "b3", kej: "Menjahit Pakaian", dana: "APBN", pkt: 2, ps: 32, lu: 31, bk: 8, wu: 13 },
    {
      id: "b4",
      kej: "Operator Komputer Perkantoran",
      dana: "DBH-SDA",
      pkt: 3,
      ps: 48,
      lu: 44,
      bk: 17,
      wu: 3,
    },
    { id: "b5", kej: "Budidaya Kelapa Sawit", dana: "APBD", pkt: 2, ps: 32, lu: 30, bk: 19, wu: 2 },
  ];
  const PA = "Penempatan Alumni";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kej", head: ["Kejuruan / Program Pelatihan"], width: 34 },
    { key: "dana", head: ["Sumber Dana"], width: 10 },
    { key: "pkt", head: ["Paket"], fmt: INT, width: 7 },
    { key: "ps", head: ["Peserta (org)"], fmt: INT, width: 9 },
    { key: "lu", head: ["Lulus (org)"], fmt: INT, width: 9 },
    { key: "plu", head: ["% Lulus"], fmt: DEC, width: 9 },
    { key: "bk", head: [PA, "Bekerja"], fmt: INT, width: 9 },
    { key: "wu", head: [PA, "Wirausaha"], fmt: INT, width: 9 },
    { key: "jt", head: [PA, "Jml"], fmt: INT, width: 7 },
    { key: "pt", head: ["% Terserap (thd lulusan)"], fmt: DEC, width: 11 },
  ];
  // planted 1: % Lulus of Instalasi Listrik cached 96.88 (31 / 32 of an earlier draft); 30 / 32 = 93.75
  const stale = { a3: round((31 / 32) * 100) };
  const kRow = (x: Kej, i: number): Row => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      kej: x.kej,
      dana: x.dana,
      pkt: x.pkt,
      ps: x.ps,
      lu: x.lu,
      plu: x.id === "a3" ? fx(pct(c.a("lu"), c.a("ps")), stale.a3) : fx(pct(c.a("lu"), c.a("ps"))),
      bk: x.bk,
      wu: x.wu,
      jt: fx(`${c.a("bk")}+${c.a("wu")}`),
      pt: fx(pct(c.a("jt"), c.a("lu"))),
    }),
  });
  const N = ["pkt", "ps", "lu", "bk", "wu", "jt"];
  const subRow = (id: string, label: string, first: string, last: string): Row => ({
    id,
    bold: true,
    span: ["no", "dana"],
    cells: (c) => ({
      no: label,
      ...Object.fromEntries(N.map((k) => [k, fx(`SUM(${c.c(k)}${c.row(first)}:${c.c(k)}${c.row(last)})`)])),
      plu: fx(pct(c.a("lu"), c.a("ps"))),
      pt: fx(pct(c.a("jt"), c.a("lu"))),
    }),
  });
  const totB = { bk: sum(A.map((x) => x.bk)) + sum(B.map((x) => x.bk)) };
  // planted 2: the grand total of 'Bekerja' is typed 131 (the figure of the Triwulan III report); the sub-totals add to 148
  if (totB.bk !== 148) throw new Error(`blk: bk ${totB.bk}`);
  const rows: Row[] = [
    { id: "sa", bold: true, span: ["no", "dana"], cells: { no: "A. UPTD Balai Latihan Kerja Loa Pandan" } },
    ...A.map(kRow),
    subRow("suba", "Sub Jumlah A", "a1", "a4"),
    {
      id: "sb",
      bold: true,
      span: ["no", "dana"],
      cells: { no: "B. UPTD Balai Latihan Kerja Muara Kendang" },
    },
    ...B.map(kRow),
    subRow("subb", "Sub Jumlah B", "b1", "b5"),
    {
      id: "tot",
      bold: true,
      span: ["no", "dana"],
      cells: (c) => ({
        no: "JUMLAH (A + B)",
        ...Object.fromEntries(
          N.map((k) => [k, k === "bk" ? 131 : fx(`${c.a(k, "suba")}+${c.a(k, "subb")}`)]),
        ),
        plu: fx(pct(c.a("lu"), c.a("ps"))),
        pt: fx(pct(c.a("jt"), c.a("lu"))),
      }),
    },
  ];
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Keterangan: % Terserap = (Bekerja + Wirausaha) / Lulus x 100; data penempatan alumni hasil tracer study s.d. 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Samarinda, 20 Januari 2025",
    jabatan: ["Kepala Bidang Pelatihan dan", "Produktivitas Tenaga Kerja,"],
    nama: "Ir. HENDRIK PURBA SITUMEANG, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19730611 200003 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("plu", "a3") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: "% Lulus of Instalasi Listrik Bangunan shows 96.88 (a stale result: 31 / 32 of an earlier draft); its formula on the row's 30 lulus / 32 peserta gives 93.75",
    truth: pct(a("lu", "a3"), a("ps", "a3")),
  });
  b.plant({
    at: { sheet: S, cell: a("bk", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH (A + B) of Bekerja is the typed 131 (Triwulan III figure) while every other total column is =Sub A + Sub B; 87 + 61 = 148",
    truth: `${a("bk", "suba")}+${a("bk", "subb")}`,
    tol: 0.5,
  });
  const whole = (k: string) => `SUM(${t.c(k)}${t.row("a1")}:${t.c(k)}${t.row("subb")})`;
  b.ok({
    sheet: S,
    cell: a("ps", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("ps", "suba")}+${a("ps", "subb")}`,
    trap: whole("ps"),
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("lu", "subb"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.c("lu")}${t.row("b1")}:${t.c("lu")}${t.row("b5")})`,
    trap: `SUM(${t.c("lu")}${t.row("a1")}:${t.c("lu")}${t.row("b5")})`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("plu", "a4"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: pct(a("lu", "a4"), a("ps", "a4")),
  });
  b.ok({
    sheet: S,
    cell: a("pt", "tot"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: pct(a("jt", "tot"), a("lu", "tot")),
    trap: `${a("pt", "suba")}+${a("pt", "subb")}`,
  });
  return b.finish();
}
