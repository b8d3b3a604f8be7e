// Staff recaps a BKPSDM really keeps: the ASN of a Sulawesi Tenggara kabupaten per golongan and per
// perangkat daerah (PNS by golongan I-IV, PPPK, Jumlah ASN, % PNS) with a second sheet per jenis jabatan, and the ASN of a Kalimantan
// Timur kota meeting the 20 JP pengembangan kompetensi per perangkat daerah and per triwulan
// (cumulative levels: the share is Triwulan IV over the ASN, never the quarters added).
// Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Pd = { id: string; nama: string; g: [number, number, number, number]; pppk: number };

export function asnGolonganSultra(): BookW {
  const b = new BookW(
    "rekap-asn-golongan-pd-bkpsdm-konawe-tirta.xlsx",
    "Rekap ASN per golongan per perangkat daerah (BKPSDM)",
    "Keadaan ASN per 31 Desember 2024 of a BKPSDM in Sulawesi Tenggara: No | Perangkat Daerah | 'PNS menurut Golongan' > I | II | III | IV | Jumlah PNS | PPPK | Jumlah ASN | % PNS thd ASN; number row (1) .. (10) with (7)=(3)+..+(6), (9)=(7)+(8), (10)=(7)/(9)x100; JUMLAH row; sheet 'ASN per Jenis Jabatan': No. | Unit Kerja | 'Jenis Jabatan' > JPT Pratama | Administrator / Pengawas | Fungsional | Pelaksana | Jumlah | Proporsi Fungsional (%) with a Jumlah row (ratio of totals)",
  );
  const S = "ASN per Golongan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KONAWE TIRTA",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "Jl. Poros Unaaha - Lasolo Km. 4, Wanggudu Raya",
  ]);
  s.lines([
    "REKAPITULASI APARATUR SIPIL NEGARA MENURUT GOLONGAN DAN PERANGKAT DAERAH",
    "KEADAAN 31 DESEMBER 2024",
  ]);
  s.gap();
  const P: Pd[] = [
    { id: "p1", nama: "Dinas Pendidikan dan Kebudayaan", g: [12, 187, 1_246, 963], pppk: 842 },
    { id: "p2", nama: "Dinas Kesehatan", g: [9, 214, 538, 121], pppk: 463 },
    { id: "p3", nama: "RSUD Konawe Tirta", g: [6, 98, 241, 37], pppk: 158 },
    { id: "p4", nama: "Sekretariat Daerah", g: [14, 63, 112, 41], pppk: 22 },
    { id: "p5", nama: "Dinas Pertanian dan Peternakan", g: [7, 58, 94, 18], pppk: 61 },
    { id: "p6", nama: "Badan Pengelolaan Keuangan dan Aset Daerah", g: [3, 27, 76, 19], pppk: 9 },
    { id: "p7", nama: "BKPSDM", g: [2, 14, 39, 11], pppk: 6 },
    { id: "p8", nama: "Kecamatan (23 kecamatan)", g: [31, 176, 208, 24], pppk: 38 },
  ];
  const G = "PNS menurut Golongan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "pd", head: ["Perangkat Daerah"], num: "(2)", width: 34 },
    { key: "g1", head: [G, "I"], role: "realisasi", year: 2024, num: "(3)", fmt: INT, width: 8 },
    { key: "g2", head: [G, "II"], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 8 },
    { key: "g3", head: [G, "III"], role: "realisasi", year: 2024, num: "(5)", fmt: INT, width: 8 },
    { key: "g4", head: [G, "IV"], role: "realisasi", year: 2024, num: "(6)", fmt: INT, width: 8 },
    { key: "pns", head: ["Jumlah PNS"], role: "realisasi", year: 2024, num: "(7)=(3)+(4)+(5)+(6)", fmt: INT },
    { key: "pppk", head: ["PPPK"], role: "realisasi", year: 2024, num: "(8)", fmt: INT, width: 9 },
    { key: "asn", head: ["Jumlah ASN"], role: "realisasi", year: 2024, num: "(9)=(7)+(8)", fmt: INT },
    { key: "pct", head: ["% PNS thd ASN"], num: "(10)=(7)/(9)x100", fmt: DEC },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "p1")}:${x.a(k, "p8")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...P.map((p, i): Row => ({
        id: p.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          pd: p.nama,
          g1: p.g[0],
          g2: p.g[1],
          g3: p.g[2],
          g4: p.g[3],
          // planted: Dinas Kesehatan's Jumlah PNS typed 928 among SUM formulas (9+214+538+121 = 882)
          pns: p.id === "p2" ? 928 : fx(`SUM(${x.a("g1")}:${x.a("g4")})`),
          pppk: p.pppk,
          // planted: a stale cached result for the Sekretariat Daerah (PPPK 22 added after recalculation off)
          asn: p.id === "p4" ? fx(`${x.a("pns")}+${x.a("pppk")}`, 230) : fx(`${x.a("pns")}+${x.a("pppk")}`),
          pct: fx(`ROUND(${x.a("pns")}/${x.a("asn")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "pd"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          g1: fx(sumCol("g1", x)),
          g2: fx(sumCol("g2", x)),
          g3: fx(sumCol("g3", x)),
          g4: fx(sumCol("g4", x)),
          pns: fx(sumCol("pns", x)),
          pppk: fx(sumCol("pppk", x)),
          asn: fx(sumCol("asn", x)),
          pct: fx(`ROUND(${x.a("pns")}/${x.a("asn")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SIASN BKN dan SIMPEG Kabupaten Konawe Tirta, diolah.",
    "Kolom (10) baris JUMLAH dihitung dari jumlah PNS dibagi jumlah ASN, bukan rata-rata perangkat daerah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Wanggudu Raya, 8 Januari 2025",
    jabatan: ["KEPALA BKPSDM", "KABUPATEN KONAWE TIRTA,"],
    nama: "Drs. LA ODE MUH. SAFARUDDIN, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720815 199803 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pns", "p2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah PNS of the Dinas Kesehatan is a typed 928 among SUM formulas; golongan I-IV 9 + 214 + 538 + 121 give 882",
    truth: `SUM(${a("g1", "p2")}:${a("g4", "p2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("asn", "p4") },
    rules: ["sum-mismatch"],
    note: "Jumlah ASN of the Sekretariat Daerah is =PNS+PPPK with a stale cached result of 230; 230 + 22 give 252",
    truth: `${a("pns", "p4")}+${a("pppk", "p4")}`,
  });
  for (const p of P) {
    if (p.id !== "p2")
      b.ok({
        sheet: S,
        cell: a("pns", p.id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a("g1", p.id)}:${a("g4", p.id)})`,
      });
    if (p.id !== "p2" && p.id !== "p4")
      b.ok({
        sheet: S,
        cell: a("asn", p.id),
        rules: ["sum-mismatch"],
        truth: `${a("pns", p.id)}+${a("pppk", p.id)}`,
      });
  }
  for (const id of ["p1", "p7"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("pns", id)}/${a("asn", id)}*100,2)`,
    });
  for (const k of ["g1", "g2", "g3", "g4", "pppk"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p8")})` });

  // second sheet: ASN per jenis jabatan, with the share of fungsional (the total is the ratio of totals)
  const S2 = "ASN per Jenis Jabatan";
  const s2 = b.sheet(S2);
  s2.lines(["REKAPITULASI ASN MENURUT JENIS JABATAN, KEADAAN 31 DESEMBER 2024"], 1, { bold: true });
  s2.gap();
  const JJ: Array<[string, string, number, number, number, number]> = [
    ["j1", "Dinas Pendidikan dan Kebudayaan", 1, 14, 2_871, 364],
    ["j2", "Dinas Kesehatan", 1, 12, 1_104, 241],
    ["j3", "RSUD Konawe Tirta", 1, 9, 437, 94],
    ["j4", "Sekretariat Daerah", 4, 31, 38, 179],
    ["j5", "BKPSDM", 1, 8, 19, 50],
  ];
  const JH = "Jenis Jabatan";
  const jt = s2.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "pd", head: ["Unit Kerja"], width: 34 },
      { key: "jpt", head: [JH, "JPT Pratama"], role: "realisasi", year: 2024, fmt: INT },
      { key: "adm", head: [JH, "Administrator / Pengawas"], role: "realisasi", year: 2024, fmt: INT },
      { key: "fung", head: [JH, "Fungsional"], role: "realisasi", year: 2024, fmt: INT },
      { key: "pel", head: [JH, "Pelaksana"], role: "realisasi", year: 2024, fmt: INT },
      { key: "jml", head: ["Jumlah"], role: "realisasi", year: 2024, fmt: INT },
      { key: "pf", head: ["Proporsi Fungsional (%)"], fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...JJ.map(([id, nama, j, ad, f, pl], i): Row => ({
        id,
        cells: (x: Ctx) => ({
          no: i + 1,
          pd: nama,
          jpt: j,
          adm: ad,
          fung: f,
          pel: pl,
          jml: fx(`SUM(${x.a("jpt")}:${x.a("pel")})`),
          pf: fx(`ROUND(${x.a("fung")}/${x.a("jml")}*100,2)`),
        }),
      })),
      {
        id: "jt",
        bold: true,
        span: ["no", "pd"],
        cells: (x: Ctx) => ({
          no: "Jumlah",
          jpt: fx(`SUM(${x.a("jpt", "j1")}:${x.a("jpt", "j5")})`),
          adm: fx(`SUM(${x.a("adm", "j1")}:${x.a("adm", "j5")})`),
          fung: fx(`SUM(${x.a("fung", "j1")}:${x.a("fung", "j5")})`),
          pel: fx(`SUM(${x.a("pel", "j1")}:${x.a("pel", "j5")})`),
          jml: fx(`SUM(${x.a("jml", "j1")}:${x.a("jml", "j5")})`),
          pf: fx(`ROUND(${x.a("fung")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  const ja = (k: string, id: string) => jt.a(k, id);
  b.ok({
    sheet: S2,
    cell: ja("pf", "jt"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${ja("fung", "jt")}/${ja("jml", "jt")}*100,2)`,
    trap: `AVERAGE(${ja("pf", "j1")}:${ja("pf", "j5")})`,
  });
  for (const [id] of JJ)
    b.ok({
      sheet: S2,
      cell: ja("jml", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${ja("jpt", id)}:${ja("pel", id)})`,
    });
  b.ok({
    sheet: S2,
    cell: ja("jml", "jt"),
    rules: ["sum-mismatch"],
    truth: `SUM(${ja("jml", "j1")}:${ja("jml", "j5")})`,
  });
  return b.finish();
}

type Unit = { id: string; nama: string; asn: number; q: [number, number, number, number] };

export function kompetensi20JpKaltim(): BookW {
  const b = new BookW(
    "asn-20-jp-triwulan-bkpsdm-kota-mahakam-ilir.xlsx",
    "Rekap ASN memenuhi 20 JP per perangkat daerah per triwulan (BKPSDM)",
    "Rekap pengembangan kompetensi 2025 of a BKPSDM in Kalimantan Timur: No | Perangkat Daerah | Jumlah ASN | 'ASN yang telah memenuhi 20 JP (kumulatif, orang)' > Tw. I | Tw. II | Tw. III | Tw. IV | Persentase ASN memenuhi 20 JP (%); number row 1 .. 8 with '8 = 7 / 3 x 100'; the quarters are cumulative levels; Jumlah Kota row with the ratio of the totals",
  );
  const S = "20 JP 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA MAHAKAM ILIR", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  s.lines([
    "CAPAIAN PENGEMBANGAN KOMPETENSI ASN MINIMAL 20 JAM PELAJARAN (JP)",
    "PER PERANGKAT DAERAH TAHUN 2025",
  ]);
  s.gap();
  const U: Unit[] = [
    { id: "u1", nama: "Dinas Pendidikan", asn: 2_418, q: [412, 1_036, 1_684, 2_093] },
    { id: "u2", nama: "Dinas Kesehatan", asn: 1_164, q: [288, 571, 842, 1_027] },
    { id: "u3", nama: "RSUD Aji Bengalon", asn: 736, q: [97, 304, 498, 611] },
    { id: "u4", nama: "Dinas Pekerjaan Umum dan Penataan Ruang", asn: 214, q: [21, 66, 129, 171] },
    { id: "u5", nama: "Dinas Kependudukan dan Pencatatan Sipil", asn: 97, q: [18, 45, 73, 90] },
    { id: "u6", nama: "Satuan Polisi Pamong Praja", asn: 183, q: [9, 37, 82, 118] },
    { id: "u7", nama: "BKPSDM", asn: 64, q: [22, 41, 58, 64] },
  ];
  const Q = "ASN yang telah memenuhi 20 JP (kumulatif, orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "pd", head: ["Perangkat Daerah"], num: 2, width: 36 },
    { key: "asn", head: ["Jumlah ASN"], num: 3, fmt: INT, width: 10 },
    { key: "q1", head: [Q, "Tw. I"], role: "realisasi", year: 2025, num: 4, fmt: INT, width: 9 },
    { key: "q2", head: [Q, "Tw. II"], role: "realisasi", year: 2025, num: 5, fmt: INT, width: 9 },
    { key: "q3", head: [Q, "Tw. III"], role: "realisasi", year: 2025, num: 6, fmt: INT, width: 9 },
    { key: "q4", head: [Q, "Tw. IV"], role: "realisasi", year: 2025, num: 7, fmt: INT, width: 9 },
    {
      key: "pct",
      head: ["Persentase ASN memenuhi 20 JP (%)"],
      role: "capaian",
      num: "8 = 7 / 3 x 100",
      fmt: DEC,
    },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "u1")}:${x.a(k, "u7")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...U.map((u, i): Row => ({
        id: u.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          pd: u.nama,
          asn: u.asn,
          q1: u.q[0],
          q2: u.q[1],
          q3: u.q[2],
          q4: u.q[3],
          // planted: the Satpol PP share typed 82.51 (the Tw. III 82 read as persons...); 118 / 183 gives 64.48
          pct: u.id === "u6" ? 82.51 : fx(`ROUND(${x.a("q4")}/${x.a("asn")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "pd"],
        cells: (x: Ctx) => ({
          no: "Jumlah Kota",
          asn: fx(sumCol("asn", x)),
          q1: fx(sumCol("q1", x)),
          // planted: Tw. II total one row short (BKPSDM's 41 left out)
          q2: fx(`SUM(${x.a("q2", "u1")}:${x.a("q2", "u6")})`),
          q3: fx(sumCol("q3", x)),
          q4: fx(sumCol("q4", x)),
          pct: fx(`ROUND(${x.a("q4")}/${x.a("asn")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: angka triwulan bersifat kumulatif (ASN yang sampai dengan akhir triwulan telah mencapai 20 JP);",
    "persentase dihitung dari Tw. IV terhadap jumlah ASN.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Mahakam Ilir, 14 Januari 2026",
    jabatan: ["Kepala Bidang Pengembangan Kompetensi Aparatur,"],
    nama: "RAHMAWATI NOOR, S.Psi., M.AP.",
    pangkat: "Pembina (IV/a)",
    nip: "19820611 200902 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "u6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Persentase of the Satuan Polisi Pamong Praja is a typed 82.51 among ROUND formulas; Tw. IV 118 / 183 ASN gives 64.48",
    truth: `ROUND(${a("q4", "u6")}/${a("asn", "u6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("q2", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah Kota Tw. II is =SUM one row short (the BKPSDM's 41 left out): 2,059 instead of 2,100",
    truth: `SUM(${a("q2", "u1")}:${a("q2", "u7")})`,
  });
  // traps: the share is Tw. IV over the ASN, not the quarters added; the city share is the ratio of totals
  for (const id of ["u1", "u3", "u7"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("q4", id)}/${a("asn", id)}*100,2)`,
      trap: `ROUND(SUM(${a("q1", id)}:${a("q4", id)})/${a("asn", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(SUM(${a("q4", "u1")}:${a("q4", "u7")})/SUM(${a("asn", "u1")}:${a("asn", "u7")})*100,2)`,
    trap: `AVERAGE(${a("pct", "u1")}:${a("pct", "u5")},${a("pct", "u7")})`,
  });
  for (const k of ["asn", "q1", "q3", "q4"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "u1")}:${a(k, "u7")})` });
  return b.finish();
}
