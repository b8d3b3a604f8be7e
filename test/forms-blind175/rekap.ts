// Sector recaps of a Dinas Ketenagakerjaan: the monthly recap of kartu AK1 (pencari kerja terdaftar)
// and job vacancies of a Banten kabupaten, with a quarterly recap side by side, and the recap of
// perselisihan hubungan industrial (cases carried over, new, settled by Perjanjian Bersama or
// anjuran) with the PP / PKB register under it, of a Kalimantan Timur kabupaten. Every name and
// number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const MONTHS = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

// ================================= Disnaker Kabupaten Cibaliung Raya (Banten), rekap AK1 dan loker 2024

export function rekapAk1Cibaliung(): BookW {
  const b = new BookW(
    "rekap-bulanan-ak1-lowongan-disnaker-cibaliung-raya.xlsx",
    "Rekap bulanan AK1 dan lowongan kerja (Disnaker)",
    "Monthly recap 2024 of a Banten Disnaker: No | Bulan | 'Pencari Kerja Terdaftar (Kartu AK1)' > Laki-laki | Perempuan | Jumlah | 'Lowongan Kerja' > Terdaftar | Terpenuhi | % Terpenuhi; number row 1 .. '5 = 3 + 4', '8 = 7 / 6 x 100'; JUMLAH row with the % of the totals; a quarterly recap side by side (Triwulan | AK1 | Lowongan | Terpenuhi) after one empty column",
  );
  const S = "Rekap AK1 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIBALIUNG RAYA",
    "DINAS TENAGA KERJA",
    "Jl. Raya Labuan - Cibaliung Km. 7, Cimanggu",
  ]);
  s.lines(["REKAPITULASI PENCARI KERJA TERDAFTAR (AK/I) DAN LOWONGAN KERJA", "MENURUT BULAN TAHUN 2024"]);
  s.gap();
  const L = [412, 385, 367, 298, 344, 521, 476, 433, 402, 389, 356, 318];
  const P = [298, 276, 254, 221, 262, 388, 351, 327, 305, 284, 263, 237];
  const LOW = [265, 240, 310, 185, 220, 402, 368, 290, 275, 330, 248, 196];
  const TER = [174, 151, 208, 96, 143, 287, 246, 199, 181, 226, 162, 118];
  const AK = "Pencari Kerja Terdaftar (Kartu AK1)";
  const LK = "Lowongan Kerja";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "bln", head: ["Bulan"], num: 2, width: 12 },
    { key: "l", head: [AK, "Laki-laki"], role: "realisasi", year: 2024, num: 3, fmt: INT },
    { key: "p", head: [AK, "Perempuan"], role: "realisasi", year: 2024, num: 4, fmt: INT },
    { key: "j", head: [AK, "Jumlah"], role: "realisasi", year: 2024, num: "5 = 3 + 4", fmt: INT },
    { key: "low", head: [LK, "Terdaftar"], role: "realisasi", year: 2024, num: 6, fmt: INT },
    { key: "ter", head: [LK, "Terpenuhi"], role: "realisasi", year: 2024, num: 7, fmt: INT },
    { key: "pct", head: [LK, "% Terpenuhi"], num: "8 = 7 / 6 x 100", fmt: DEC },
  ];
  const id = (i: number) => `m${i + 1}`;
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "m1")}:${x.a(k, "m12")})`;
  const trueTer = TER.reduce((n, v) => n + v, 0);
  const top = s.r;
  const t = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...MONTHS.map((m, i): Row => ({
          id: id(i),
          cells: (x: Ctx) => ({
            no: i + 1,
            bln: m,
            l: L[i],
            p: P[i],
            // planted: Mei's Jumlah typed 660 (344 + 262 = 606)
            j: i === 4 ? 660 : fx(`${x.a("l")}+${x.a("p")}`),
            low: LOW[i],
            ter: TER[i],
            pct: fx(`ROUND(${x.a("ter")}/${x.a("low")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "bln"],
          cells: (x: Ctx) => ({
            no: "JUMLAH",
            l: fx(sumCol("l", x)),
            p: fx(sumCol("p", x)),
            j: fx(sumCol("j", x)),
            low: fx(sumCol("low", x)),
            // planted: a stale cached result, before November's 162 placements were entered (was 122)
            ter: fx(sumCol("ter", x), trueTer - 40),
            pct: fx(`ROUND(${x.a("ter")}/${x.a("low")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  // the quarterly recap, beside the monthly table after one empty column (column I)
  const q = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], width: 10 },
        { key: "ak", head: ["Pencari Kerja (AK1)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "low", head: ["Lowongan Terdaftar"], role: "realisasi", year: 2024, fmt: INT },
        { key: "ter", head: ["Lowongan Terpenuhi"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 3,
      rows: [
        ...[0, 1, 2, 3].map((k): Row => ({
          id: `q${k + 1}`,
          cells: {
            tw: ["I", "II", "III", "IV"][k],
            ak: fx(`SUM(${t.a("l", id(3 * k))}:${t.a("p", id(3 * k + 2))})`),
            low: fx(`SUM(${t.a("low", id(3 * k))}:${t.a("low", id(3 * k + 2))})`),
            ter: fx(`SUM(${t.a("ter", id(3 * k))}:${t.a("ter", id(3 * k + 2))})`),
          },
        })),
        {
          id: "qj",
          bold: true,
          cells: (x: Ctx) => ({
            tw: "Jumlah",
            ak: fx(`SUM(${x.a("ak", "q1")}:${x.a("ak", "q4")})`),
            low: fx(`SUM(${x.a("low", "q1")}:${x.a("low", "q4")})`),
            ter: fx(`SUM(${x.a("ter", "q1")}:${x.a("ter", "q4")})`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: Sistem Informasi Ketenagakerjaan (SIAPkerja) dan register AK/I Dinas Tenaga Kerja.",
    "Kolom 8 pada baris JUMLAH dihitung dari jumlah lowongan terpenuhi dibagi jumlah lowongan terdaftar.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Cimanggu, 8 Januari 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA", "KABUPATEN CIBALIUNG RAYA,"],
    nama: "H. ENDANG SUPRIATNA, S.E., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720815 199803 1 006",
  });

  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("j", "m5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah pencari kerja (AK1) of Mei is a typed 660 among 3 + 4 formulas; 344 laki-laki + 262 perempuan give 606 (digits swapped)",
    truth: `${a("l", "m5")}+${a("p", "m5")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ter", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH of the lowongan terpenuhi is =SUM over the months with a stale cached result of ${trueTer - 40}; the twelve months give ${trueTer}`,
    truth: `SUM(${a("ter", "m1")}:${a("ter", "m12")})`,
  });
  for (let i = 0; i < 12; i++)
    if (i !== 4)
      b.ok({
        sheet: S,
        cell: a("j", id(i)),
        rules: ["sum-mismatch"],
        truth: `${a("l", id(i))}+${a("p", id(i))}`,
      });
  for (const k of ["l", "p", "low"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "m1")}:${a(k, "m12")})`,
    });
  for (const i of [0, 5, 10])
    b.ok({
      sheet: S,
      cell: a("pct", id(i)),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ter", id(i))}/${a("low", id(i))}*100,2)`,
    });
  // the JUMLAH % is the ratio of the totals, not the mean of the monthly percentages
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("ter", "m1")}:${a("ter", "m12")})/SUM(${a("low", "m1")}:${a("low", "m12")})*100,2)`,
    actual: `ROUND(SUM(${a("ter", "m1")}:${a("ter", "m12")})/${a("low", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "m1")}:${a("pct", "m12")}),2)`,
  });
  for (const k of [1, 3, 4])
    b.ok({
      sheet: S,
      cell: q.a("ak", `q${k}`),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("l", id(3 * k - 3))}:${a("l", id(3 * k - 1))})+SUM(${a("p", id(3 * k - 3))}:${a("p", id(3 * k - 1))})`,
    });
  b.ok({
    sheet: S,
    cell: q.a("low", "qj"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("low", "jml"),
  });
  return b.finish();
}

// ================== Disnakertrans Kabupaten Kutai Seberang (Kalimantan Timur), perselisihan HI 2024

type Kasus = { id: string; jenis: string; sisa: number; masuk: number; pb: number; anj: number };

export function perselisihanKutai(): BookW {
  const b = new BookW(
    "rekap-perselisihan-hi-pkb-disnakertrans-kutai-seberang.xlsx",
    "Rekap penyelesaian perselisihan hubungan industrial (Disnakertrans)",
    "Recap 2024 of a Kalimantan Timur Disnakertrans: No | Jenis Perselisihan | Sisa Kasus Tahun 2023 | Kasus Masuk Tahun 2024 | Jumlah Ditangani | 'Diselesaikan Melalui Mediasi' > Perjanjian Bersama | Anjuran | Jumlah | Sisa Akhir Tahun | % Penyelesaian; number row (1) .. '(5)=(3)+(4)', '(8)=(6)+(7)', '(9)=(5)-(8)', '(10)=(8)/(5)x100'; JUMLAH row; Tabel 2 under it: PP and PKB per triwulan with Jumlah",
  );
  const S = "Perselisihan HI 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KUTAI SEBERANG",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja",
  ]);
  s.lines(["Tabel 1. Rekapitulasi Penanganan Perselisihan Hubungan Industrial Tahun 2024"]);
  s.gap();
  const K: Kasus[] = [
    { id: "h", jenis: "Perselisihan Hak", sisa: 3, masuk: 14, pb: 9, anj: 4 },
    { id: "k", jenis: "Perselisihan Kepentingan", sisa: 1, masuk: 5, pb: 3, anj: 2 },
    { id: "phk", jenis: "Perselisihan Pemutusan Hubungan Kerja (PHK)", sisa: 4, masuk: 27, pb: 17, anj: 8 },
    { id: "sp", jenis: "Perselisihan antar Serikat Pekerja/Serikat Buruh", sisa: 0, masuk: 2, pb: 1, anj: 0 },
  ];
  const D = "Diselesaikan Melalui Mediasi";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "jns", head: ["Jenis Perselisihan"], role: "indikator", num: "(2)", width: 34 },
    { key: "sisa", head: ["Sisa Kasus Tahun 2023"], role: "realisasi", year: 2023, num: "(3)", fmt: INT },
    { key: "masuk", head: ["Kasus Masuk Tahun 2024"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "jml", head: ["Jumlah Ditangani"], role: "realisasi", year: 2024, num: "(5)=(3)+(4)", fmt: INT },
    { key: "pb", head: [D, "Perjanjian Bersama"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    { key: "anj", head: [D, "Anjuran"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
    { key: "sel", head: [D, "Jumlah"], role: "realisasi", year: 2024, num: "(8)=(6)+(7)", fmt: INT },
    { key: "ak", head: ["Sisa Akhir Tahun"], num: "(9)=(5)-(8)", fmt: INT },
    { key: "pct", head: ["% Penyelesaian"], role: "capaian", year: 2024, num: "(10)=(8)/(5)x100", fmt: DEC },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "h")}:${x.a(k, "sp")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          jns: k.jenis,
          sisa: k.sisa,
          masuk: k.masuk,
          jml: fx(`${x.a("sisa")}+${x.a("masuk")}`),
          pb: k.pb,
          anj: k.anj,
          sel: fx(`${x.a("pb")}+${x.a("anj")}`),
          // planted: the Perselisihan Hak's sisa takes the cases of 2024 only, (4) - (8)
          ak: fx(k.id === "h" ? `${x.a("masuk")}-${x.a("sel")}` : `${x.a("jml")}-${x.a("sel")}`),
          // planted: the PHK's % typed 92.59 (25 / 27, the new cases only)
          pct: k.id === "phk" ? 92.59 : fx(`ROUND(${x.a("sel")}/${x.a("jml")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "jns"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          sisa: fx(sumCol("sisa", x)),
          masuk: fx(sumCol("masuk", x)),
          jml: fx(sumCol("jml", x)),
          pb: fx(sumCol("pb", x)),
          anj: fx(sumCol("anj", x)),
          sel: fx(sumCol("sel", x)),
          ak: fx(`${x.a("jml")}-${x.a("sel")}`),
          pct: fx(`ROUND(${x.a("sel")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Tabel 2. Pengesahan Peraturan Perusahaan (PP) dan Pendaftaran Perjanjian Kerja Bersama (PKB) Tahun 2024",
  ]);
  s.gap();
  const docs: Array<[string, string, number[]]> = [
    ["d1", "Pengesahan PP baru", [6, 9, 7, 11]],
    ["d2", "Pengesahan pembaruan PP", [14, 12, 16, 10]],
    ["d3", "Pendaftaran PKB baru", [1, 2, 0, 3]],
    ["d4", "Pendaftaran pembaruan PKB", [3, 2, 4, 2]],
  ];
  const TW = ["tw1", "tw2", "tw3", "tw4"];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Uraian"], role: "indikator", width: 34 },
      ...TW.map((k, i): Col => ({
        key: k,
        head: ["Realisasi per Triwulan (dokumen)", `TW ${["I", "II", "III", "IV"][i]}`],
        role: "realisasi",
        year: 2024,
        fmt: INT,
      })),
      { key: "j", head: ["Jumlah s.d. TW IV"], role: "realisasi", year: 2024, fmt: INT },
    ],
    headerRows: 2,
    rows: [
      ...docs.map(([id, u, v], i): Row => ({
        id,
        cells: (x: Ctx) => ({
          no: i + 1,
          u,
          ...Object.fromEntries(TW.map((k, j) => [k, v[j]])),
          j: fx(TW.map((k) => x.a(k)).join("+")),
        }),
      })),
      {
        id: "dj",
        bold: true,
        span: ["no", "u"],
        cells: (x: Ctx) => ({
          no: "Jumlah",
          ...Object.fromEntries([...TW, "j"].map((k) => [k, fx(`SUM(${x.a(k, "d1")}:${x.a(k, "d4")})`)])),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kasus yang dianjurkan dan tidak diterima para pihak dilanjutkan ke Pengadilan Hubungan Industrial Samarinda.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sangkulirang Baru, 14 Januari 2025",
    jabatan: ["Kepala Bidang Hubungan Industrial dan Jamsos,"],
    nama: "YOHANES LAWING, S.H., M.H.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830522 200801 1 004",
  });

  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("pct", "phk") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Penyelesaian of the PHK cases is a typed 92.59 among (8)/(5) formulas: 25 settled / 27 new cases; the 31 handled (4 carried over + 27 new) give 80.65",
    truth: `ROUND(${a("sel", "phk")}/${a("jml", "phk")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "h") },
    rules: ["inconsistent-formula", "sum-mismatch"],
    note: "Sisa Akhir of the Perselisihan Hak is =(4)-(8) = 1, the cases of 2024 only, where the other rows compute (5)-(8); 17 handled - 13 settled leave 4",
    truth: `${a("jml", "h")}-${a("sel", "h")}`,
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("sisa", k.id)}+${a("masuk", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("sel", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("pb", k.id)}+${a("anj", k.id)}`,
    });
  }
  for (const id of ["k", "sp"]) {
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "hardcoded-value"],
      truth: `ROUND(${a("sel", id)}/${a("jml", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["inconsistent-formula", "sum-mismatch"],
      truth: `${a("jml", id)}-${a("sel", id)}`,
    });
  }
  for (const k of ["sisa", "masuk", "jml", "pb", "anj", "sel"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "h")}:${a(k, "sp")})` });
  // the JUMLAH % is the ratio of the totals, not the mean of the rows
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("sel", "tot")}/${a("jml", "tot")}*100,2)`,
    trap: `ROUND((${a("sel", "h")}/${a("jml", "h")}+${a("sel", "k")}/${a("jml", "k")}+${a("sel", "phk")}/${a("jml", "phk")}+${a("sel", "sp")}/${a("jml", "sp")})/4*100,2)`,
  });
  for (const id of ["d1", "d3"])
    b.ok({
      sheet: S,
      cell: t2.a("j", id),
      rules: ["sum-mismatch"],
      truth: TW.map((k) => t2.a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("j", "dj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.a("tw1", "dj")}:${t2.a("tw4", "dj")})`,
  });
  return b.finish();
}
