// Two recaps of the BKPSDM's own data: ASN per golongan and pendidikan per unit kerja, and the
// 20 JP pengembangan kompetensi per triwulan beside the kenaikan pangkat per periode. Every name and
// number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** ASN per golongan and pendidikan per unit kerja, Kabupaten Lembah Sipora Jaya, 31 Desember 2025. */
export function rekapAsnGolongan(): BookW {
  const b = new BookW(
    "rekap-asn-golongan-pendidikan-lembah-sipora-jaya-350.xlsx",
    "Rekap ASN per golongan dan pendidikan (BKPSDM)",
    "Two merged header groups (Golongan I..IV + Jumlah, Pendidikan + Jumlah), number row 1..13, % S1 ke atas per unit and of the totals, JUMLAH row of SUM formulas",
  );
  const S = "ASN Gol-Pend 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIPORA JAYA",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines(
    ["REKAPITULASI PNS MENURUT GOLONGAN DAN PENDIDIKAN PER UNIT KERJA", "Keadaan 31 Desember 2025"],
    1,
    { bold: true },
  );
  s.gap();
  const units: Array<[string, string, number[], number[]]> = [
    ["setda", "Sekretariat Daerah", [2, 38, 96, 24], [30, 22, 84, 24]],
    ["disdik", "Dinas Pendidikan dan Kebudayaan", [0, 112, 1284, 356], [46, 138, 1402, 166]],
    ["dinkes", "Dinas Kesehatan", [3, 186, 412, 61], [58, 274, 289, 41]],
    ["pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", [6, 54, 71, 12], [41, 29, 61, 12]],
    ["bkpsdm", "BKPSDM", [0, 14, 37, 9], [6, 8, 38, 8]],
    ["kec", "Kecamatan Sipora Hilir", [1, 11, 14, 2], [9, 5, 12, 2]],
  ];
  const G = ["I", "II", "III", "IV"];
  const P = ["SD s.d. SLTA", "D-I s.d. D-III", "S1 / D-IV", "S2 / S3"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "unit", head: ["Unit Kerja"], num: 2, width: 34 },
    ...G.map((g, i): Col => ({ key: `g${i}`, head: ["Golongan", g], num: 3 + i, fmt: INT, width: 8 })),
    { key: "gj", head: ["Golongan", "Jumlah"], num: 7, fmt: INT, width: 9 },
    ...P.map((p, i): Col => ({
      key: `p${i}`,
      head: ["Tingkat Pendidikan", p],
      num: 8 + i,
      fmt: INT,
      width: 10,
    })),
    { key: "pj", head: ["Tingkat Pendidikan", "Jumlah"], num: 12, fmt: INT, width: 9 },
    { key: "pct", head: ["% Berpendidikan S1 ke Atas"], num: 13, fmt: DEC, width: 12 },
  ];
  const body: Row[] = units.map(([id, name, g, p], i) => ({
    id,
    cells: (x) => {
      const out: Record<string, number | string | ReturnType<typeof fx>> = { no: i + 1, unit: name };
      g.forEach((v, j) => (out[`g${j}`] = v));
      p.forEach((v, j) => (out[`p${j}`] = v));
      // planted: Dinas Kesehatan golongan Jumlah typed 674; 3 + 186 + 412 + 61 = 662
      out.gj = id === "dinkes" ? 674 : fx(`SUM(${x.a("g0")}:${x.a("g3")})`);
      out.pj = fx(`SUM(${x.a("p0")}:${x.a("p3")})`);
      // planted: Dinas PUPR % typed from golongan III + IV (58.04); S1 ke atas gives 73 / 143 = 51.05
      out.pct = id === "pupr" ? 58.04 : fx(`ROUND((${x.a("p2")}+${x.a("p3")})/${x.a("pj")}*100,2)`);
      return out;
    },
  }));
  const sumKeys = ["g0", "g1", "g2", "g3", "gj", "p0", "p1", "p2", "p3", "pj"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "jml",
        bold: true,
        span: ["no", "unit"],
        cells: (x) => ({
          no: "JUMLAH",
          ...Object.fromEntries(sumKeys.map((k) => [k, fx(`SUM(${x.a(k, "setda")}:${x.a(k, "kec")})`)])),
          pct: fx(`ROUND((${x.a("p2")}+${x.a("p3")})/${x.a("pj")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIASN per 31 Desember 2025, diolah Bidang Data dan Informasi Kepegawaian."]);
  s.gap();
  signature(s, 9, {
    tempat: "Sipora Hilir, 5 Januari 2026",
    jabatan: ["Kepala Bidang Data dan Informasi Kepegawaian"],
    nama: "YULIANTI MAHARANI, S.Kom., M.M",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19850921 201001 2 017",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const g4 = (id: string) => [0, 1, 2, 3].map((j) => a(`g${j}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("gj", "dinkes") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Dinas Kesehatan golongan Jumlah typed 674; 3 + 186 + 412 + 61 = 662 (and the pendidikan Jumlah is 662)",
    truth: g4("dinkes"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "pupr") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Dinas PUPR % S1 ke atas typed 58.04 (golongan III + IV over the total); (61 + 12) / 143 x 100 = 51.05",
    truth: `ROUND((${a("p2", "pupr")}+${a("p3", "pupr")})/${a("pj", "pupr")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `(${a("p2", "jml")}+${a("p3", "jml")})/${a("pj", "jml")}*100`,
    trap: `SUM(${a("pct", "setda")}:${a("pct", "kec")})`,
  });
  b.ok({ sheet: S, cell: a("gj", "disdik"), rules: ["sum-mismatch"], truth: g4("disdik") });
  b.ok({
    sheet: S,
    cell: a("pj", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pj", "setda")}:${a("pj", "kec")})`,
  });
  return b.finish();
}

/** 20 JP per triwulan per perangkat daerah, with kenaikan pangkat per periode beside it (Kota Batu Karang Timur). */
export function rekap20Jp(): BookW {
  const b = new BookW(
    "rekap-20jp-kenaikan-pangkat-batu-karang-timur-350.xlsx",
    "Rekap 20 JP dan kenaikan pangkat (BKPSDM)",
    "Per perangkat daerah ASN reaching 20 JP per triwulan, '(8) = (4)+(5)+(6)+(7)', % of ASN, JUMLAH row; beside it after one empty column, kenaikan pangkat per periode (April / Oktober) with Jumlah",
  );
  const S = "Rekap 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "BKPSDM KOTA BATU KARANG TIMUR",
    "Laporan Pengembangan Kompetensi dan Kenaikan Pangkat ASN Tahun 2025",
  ]);
  const top = s.r + 1;
  s.put(s.r, 1, "A. ASN yang mencapai 20 JP per triwulan", { bold: true });
  s.put(s.r, 11, "B. Kenaikan pangkat per periode", { bold: true });
  const pds: Array<[string, string, number, number[]]> = [
    ["dik", "Dinas Pendidikan", 1480, [96, 312, 405, 287]],
    ["kes", "Dinas Kesehatan", 820, [54, 166, 231, 198]],
    ["setda", "Sekretariat Daerah", 210, [22, 48, 61, 39]],
    ["bkp", "BKPSDM", 74, [9, 21, 26, 14]],
    ["kec", "Kecamatan Poasia Baru", 46, [3, 10, 12, 9]],
  ];
  const TW = ["TW I", "TW II", "TW III", "TW IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "pd", head: ["Perangkat Daerah"], num: "(2)", width: 28 },
    { key: "asn", head: ["Jumlah ASN"], num: "(3)", fmt: INT },
    ...TW.map((w, i): Col => ({
      key: `q${i}`,
      head: ["ASN Mencapai 20 JP", w],
      role: "realisasi",
      year: 2025,
      num: `(${4 + i})`,
      fmt: INT,
      width: 9,
    })),
    { key: "jml", head: ["Jumlah"], role: "realisasi", year: 2025, num: "(8) = (4)+(5)+(6)+(7)", fmt: INT },
    { key: "pct", head: ["% ASN 20 JP"], role: "capaian", num: "(9) = (8)/(3) x 100", fmt: DEC },
  ];
  const t = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...pds.map(([id, pd, asn, q], i): Row => ({
          id,
          cells: (x) => {
            const four = [0, 1, 2, 3].map((j) => x.a(`q${j}`)).join("+");
            return {
              no: i + 1,
              pd,
              asn,
              q0: q[0],
              q1: q[1],
              q2: q[2],
              q3: q[3],
              // planted: Sekretariat Daerah's cached Jumlah 190 is stale; its quarters give 170
              jml: id === "setda" ? fx(four, 190) : fx(four),
              pct: fx(`ROUND(${x.a("jml")}/${x.a("asn")}*100,2)`),
            };
          },
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "pd"],
          cells: (x) => ({
            no: "JUMLAH",
            ...Object.fromEntries(
              ["asn", "q0", "q1", "q2", "q3"].map((k) => [k, fx(`SUM(${x.a(k, "dik")}:${x.a(k, "kec")})`)]),
            ),
            jml: fx([0, 1, 2, 3].map((j) => x.a(`q${j}`)).join("+")),
            pct: fx(`ROUND(${x.a("jml")}/${x.a("asn")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const kp = s.table(
    {
      cols: [
        { key: "per", head: ["Periode"], width: 20 },
        { key: "usul", head: ["Jumlah Usulan"], fmt: INT },
        { key: "tepat", head: ["Ditetapkan", "Tepat Waktu"], role: "realisasi", year: 2025, fmt: INT },
        { key: "lambat", head: ["Ditetapkan", "Terlambat"], fmt: INT },
        { key: "pct", head: ["% Tepat Waktu"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        {
          id: "apr",
          cells: (x) => ({
            per: "April 2025",
            usul: 184,
            tepat: 171,
            lambat: 13,
            pct: fx(`ROUND(${x.a("tepat")}/${x.a("usul")}*100,2)`),
          }),
        },
        // planted: Oktober % typed 112.50 (usulan / tepat); 192 / 216 x 100 = 88.89
        { id: "okt", cells: { per: "Oktober 2025", usul: 216, tepat: 192, lambat: 24, pct: 112.5 } },
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            per: "Jumlah",
            usul: fx(`${x.a("usul", "apr")}+${x.a("usul", "okt")}`),
            tepat: fx(`${x.a("tepat", "apr")}+${x.a("tepat", "okt")}`),
            lambat: fx(`${x.a("lambat", "apr")}+${x.a("lambat", "okt")}`),
            pct: fx(`ROUND(${x.a("tepat")}/${x.a("usul")}*100,2)`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  s.lines(["Catatan: seorang ASN dihitung sekali, pada triwulan ketika akumulasi JP-nya mencapai 20 JP."]);
  const a = (k: string, id: string) => t.a(k, id);
  const k = (c: string, id: string) => kp.a(c, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "setda") },
    rules: ["sum-mismatch"],
    note: "Sekretariat Daerah Jumlah =sum of the quarters with a stale cached 190; 22 + 48 + 61 + 39 = 170",
    truth: [0, 1, 2, 3].map((j) => a(`q${j}`, "setda")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: k("pct", "okt") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Oktober % tepat waktu typed 112.50 (usulan / tepat); 192 / 216 x 100 = 88.89",
    truth: `ROUND(${k("tepat", "okt")}/${k("usul", "okt")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: k("pct", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `${k("tepat", "jml")}/${k("usul", "jml")}*100`,
    trap: `(${k("tepat", "apr")}/${k("usul", "apr")}+${k("tepat", "okt")}/${k("usul", "okt")})/2*100`,
  });
  b.ok({
    sheet: S,
    cell: k("usul", "apr"),
    rules: ["sum-mismatch"],
    truth: `${k("tepat", "apr")}+${k("lambat", "apr")}`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "kes"),
    rules: ["sum-mismatch"],
    truth: [0, 1, 2, 3].map((j) => a(`q${j}`, "kes")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pct", "bkp"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("jml", "bkp")}/${a("asn", "bkp")}*100,2)`,
  });
  return b.finish();
}
