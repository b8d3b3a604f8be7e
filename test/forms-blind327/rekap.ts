// Two recaps of a Dinas Perumahan dan Kawasan Permukiman: RTLH handled per kecamatan by source of funds,
// and PSU works per jenis with a quarterly money table beside it. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Row } from "../forms/kit";

/** Rekap penanganan RTLH per kecamatan 2024, Dinas Perkim Kabupaten Lembah Sirangit. */
export function rekapRtlh(): BookW {
  const b = new BookW(
    "rekap-rtlh-per-kecamatan-lembah-sirangit-327.xlsx",
    "Rekap RTLH per kecamatan (Perkim)",
    "RTLH per kecamatan: sources of funds (APBD Kab, APBD Prov, BSPS, CSR/swadaya) with '(8) = (4)+(5)+(6)+(7)', '(9) = (8)/(3) x 100', '(10) = (3)-(8)'; JUMLAH row; no letterhead, a signature",
  );
  const S = "Rekap RTLH 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "REKAPITULASI PENANGANAN RUMAH TIDAK LAYAK HUNI (RTLH) PER KECAMATAN",
      "KABUPATEN LEMBAH SIRANGIT TAHUN 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const kec: Array<[string, number, number[]]> = [
    ["Sipiongot", 412, [38, 12, 25, 6]],
    ["Dolok Sanggul Hilir", 356, [30, 10, 20, 4]],
    ["Aek Nabara", 180, [42, 18, 80, 20]],
    ["Pangaribuan Julu", 298, [26, 8, 15, 3]],
    ["Silaen Tonga", 241, [22, 6, 18, 7]],
    ["Batang Onang", 327, [35, 11, 20, 5]],
    ["Lumban Sirait", 205, [18, 5, 12, 2]],
  ];
  const rows: Row[] = kec.map(([n, awal, src], i) => ({
    id: `r${i}`,
    cells: (x) => ({
      no: i + 1,
      kec: n,
      awal,
      apbd: src[0],
      prov: src[1],
      bsps: src[2],
      csr: src[3],
      // planted on Batang Onang: typed total that leaves out CSR/swadaya
      jml: i === 5 ? src[0] + src[1] + src[2] : fx(`SUM(${x.a("apbd")}:${x.a("csr")})`),
      // planted on Aek Nabara: typed percent upside down ((3)/(8))
      pct: i === 2 ? 112.5 : fx(`ROUND(${x.a("jml")}/${x.a("awal")}*100,2)`),
      sisa: fx(`${x.a("awal")}-${x.a("jml")}`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
      for (const k of ["awal", "apbd", "prov", "bsps", "csr", "jml", "sisa"])
        c[k] = fx(`SUM(${x.a(k, "r0")}:${x.a(k, "r6")})`);
      c.pct = fx(`ROUND(${x.a("jml")}/${x.a("awal")}*100,2)`);
      return c;
    },
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], num: "(2)", width: 22 },
      { key: "awal", head: ["Jumlah RTLH Awal Tahun (unit)"], role: "target", num: "(3)" },
      {
        key: "apbd",
        head: ["RTLH Tertangani Menurut Sumber Dana (unit)", "APBD Kabupaten"],
        role: "realisasi",
        num: "(4)",
      },
      {
        key: "prov",
        head: ["RTLH Tertangani Menurut Sumber Dana (unit)", "APBD Provinsi"],
        role: "realisasi",
        num: "(5)",
      },
      {
        key: "bsps",
        head: ["RTLH Tertangani Menurut Sumber Dana (unit)", "BSPS (APBN)"],
        role: "realisasi",
        num: "(6)",
      },
      {
        key: "csr",
        head: ["RTLH Tertangani Menurut Sumber Dana (unit)", "CSR / Swadaya"],
        role: "realisasi",
        num: "(7)",
      },
      { key: "jml", head: ["Jumlah Tertangani"], role: "realisasi", num: "(8) = (4)+(5)+(6)+(7)" },
      {
        key: "pct",
        head: ["Persentase Tertangani (%)"],
        role: "capaian",
        num: "(9) = (8)/(3) x 100",
        fmt: DEC,
      },
      { key: "sisa", head: ["Sisa RTLH (unit)"], num: "(10) = (3)-(8)" },
    ],
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows,
  });
  s.gap();
  s.lines(["Sumber: Bidang Perumahan, hasil verifikasi lapangan Desember 2024."]);
  s.gap();
  signature(s, 8, {
    tempat: "Sipiongot, 20 Januari 2025",
    jabatan: ["Kepala Bidang Perumahan"],
    nama: "RIANA BR. SIMANJUNTAK, S.T.",
    nip: "19830611 200903 2 004",
  });
  const A = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("jml", "r5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `SUM(${A("apbd", "r5")}:${A("csr", "r5")})`,
    note: "Batang Onang jumlah typed 66, leaving out CSR/swadaya: 35+11+20+5 = 71",
  });
  b.plant({
    at: { sheet: S, cell: A("pct", "r2") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    truth: `${A("jml", "r2")}/${A("awal", "r2")}*100`,
    note: "Aek Nabara typed 112.50 (= (3)/(8) x 100); 160 of 180 RTLH is 88.89",
  });
  for (const i of [0, 1, 3, 4, 6]) {
    b.ok({
      sheet: S,
      cell: A("jml", `r${i}`),
      rules: ["sum-mismatch"],
      truth: `${A("apbd", `r${i}`)}+${A("prov", `r${i}`)}+${A("bsps", `r${i}`)}+${A("csr", `r${i}`)}`,
    });
    b.ok({
      sheet: S,
      cell: A("pct", `r${i}`),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${A("jml", `r${i}`)}/${A("awal", `r${i}`)}*100`,
    });
  }
  b.ok({
    sheet: S,
    cell: A("sisa", "r2"),
    rules: ["sum-mismatch"],
    truth: `${A("awal", "r2")}-${A("jml", "r2")}`,
  });
  for (const k of ["awal", "apbd", "prov", "bsps", "csr"])
    b.ok({ sheet: S, cell: A(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${A(k, "r0")}:${A(k, "r6")})` });
  return b.finish();
}

/** Rekap PSU perumahan 2024 per jenis, with realisasi keuangan per triwulan beside it; Kota Batu Panjang Jaya. */
export function rekapPsu(): BookW {
  const b = new BookW(
    "rekap-psu-triwulan-batu-panjang-jaya-327.xlsx",
    "Rekap PSU per triwulan (Perkim)",
    "PSU per jenis (volume per triwulan summed, capaian fisik, pagu / realisasi / serapan, Jumlah row with a ratio of totals) and, after one empty column, a shorter table of money per triwulan with kumulatif; letterhead",
  );
  const S = "PSU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA BATU PANJANG JAYA",
    "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
    "Jl. Pangeran Antasari No. 18",
  ]);
  s.lines(
    ["Rekapitulasi Realisasi Pembangunan Prasarana, Sarana dan Utilitas (PSU) Perumahan Tahun Anggaran 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const top = s.r;
  const psu: Array<[string, string, number, number[], number, number]> = [
    ["Jalan lingkungan (paving)", "m", 3200, [0, 820, 1340, 960], 4_850_000_000, 4_712_350_000],
    ["Saluran drainase", "m", 2100, [150, 560, 720, 540], 3_275_000_000, 3_190_400_000],
    ["Penerangan jalan umum (PJU)", "titik", 180, [0, 40, 75, 52], 1_420_000_000, 1_296_800_000],
    ["SPAL komunal", "unit", 6, [0, 1, 3, 2], 1_980_000_000, 1_944_150_000],
    ["Taman / RTH perumahan", "m2", 2500, [0, 0, 1200, 1100], 860_000_000, 801_300_000],
  ];
  const rows: Row[] = psu.map(([n, sat, tv, q, pagu, real], i) => ({
    id: `j${i}`,
    cells: (x) => ({
      jenis: n,
      sat,
      tv,
      q1: q[0],
      q2: q[1],
      q3: q[2],
      q4: q[3],
      // planted on drainase: a stale cached SUM (the TW IV figure was revised after the last recalculation)
      vol: i === 1 ? fx(`SUM(${x.a("q1")}:${x.a("q4")})`, 1850) : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
      fis: fx(`ROUND(${x.a("vol")}/${x.a("tv")}*100,2)`),
      pagu,
      real,
      ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["jenis", "q4"],
    cells: (x) => ({
      jenis: "Jumlah",
      pagu: fx(`SUM(${x.a("pagu", "j0")}:${x.a("pagu", "j4")})`),
      real: fx(`SUM(${x.a("real", "j0")}:${x.a("real", "j4")})`),
      ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
    }),
  });
  const t1 = s.table(
    {
      cols: [
        { key: "jenis", head: ["Jenis PSU"], width: 26 },
        { key: "sat", head: ["Satuan"], role: "satuan" },
        { key: "tv", head: ["Target Volume"], role: "target", year: 2024 },
        { key: "q1", head: ["Realisasi Volume", "TW I"] },
        { key: "q2", head: ["Realisasi Volume", "TW II"] },
        { key: "q3", head: ["Realisasi Volume", "TW III"] },
        { key: "q4", head: ["Realisasi Volume", "TW IV"] },
        { key: "vol", head: ["Realisasi Volume", "Jumlah"], role: "realisasi", year: 2024 },
        { key: "fis", head: ["Capaian Fisik (%)"], role: "capaian", fmt: DEC },
        { key: "pagu", head: ["Keuangan", "Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP },
        {
          key: "real",
          head: ["Keuangan", "Realisasi (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
        },
        { key: "ser", head: ["Keuangan", "Serapan (%)"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows,
    },
    1,
    top,
  );
  // second table after one empty column (M)
  const tw: Array<[string, number, number]> = [
    ["Triwulan I", 1_150_000_000, 845_600_000],
    ["Triwulan II", 3_200_000_000, 2_910_250_000],
    ["Triwulan III", 4_600_000_000, 4_480_700_000],
    ["Triwulan IV", 3_435_000_000, 3_708_450_000],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "ren", head: ["Rencana Penarikan (Rp)"], role: "anggaran", year: 2024, fmt: RP },
        { key: "rea", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP },
        { key: "pct", head: ["% thd Rencana"], role: "capaian", fmt: DEC },
        { key: "kum", head: ["Realisasi Kumulatif (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP },
      ],
      headerRows: 2,
      rows: [
        ...tw.map(([n, ren, rea], i): Row => ({
          id: `w${i}`,
          cells: (x) => ({
            tw: n,
            ren,
            rea,
            // planted on Triwulan III: the formula points at Triwulan II's rencana
            pct:
              i === 2
                ? fx(`ROUND(${x.a("rea")}/${x.a("ren", "w1")}*100,2)`)
                : fx(`ROUND(${x.a("rea")}/${x.a("ren")}*100,2)`),
            kum: i === 0 ? fx(x.a("rea")) : fx(`${x.a("kum", `w${i - 1}`)}+${x.a("rea")}`),
          }),
        })),
        {
          id: "wt",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            ren: fx(`SUM(${x.a("ren", "w0")}:${x.a("ren", "w3")})`),
            rea: fx(`SUM(${x.a("rea", "w0")}:${x.a("rea", "w3")})`),
            pct: fx(`ROUND(${x.a("rea")}/${x.a("ren")}*100,2)`),
          }),
        },
      ],
    },
    14,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: volume dijumlahkan per triwulan (pekerjaan fisik berjalan); kumulatif = realisasi s.d. triwulan berkenaan.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Batu Panjang Jaya, 10 Januari 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman"],
    nama: "SRI WAHYUNI HANDAYANI, S.T., M.Si.",
    nip: "19780902 200501 2 011",
  });
  const A = (k: string, id: string) => t1.a(k, id);
  const B = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("vol", "j1") },
    rules: ["sum-mismatch"],
    truth: `${A("q1", "j1")}+${A("q2", "j1")}+${A("q3", "j1")}+${A("q4", "j1")}`,
    note: "Drainase =SUM(TW I:TW IV) with a stale cached 1,850 m; the quarters give 1,970 m",
  });
  b.plant({
    at: { sheet: S, cell: B("pct", "w2") },
    rules: ["inconsistent-formula", "ratio-components-mismatch"],
    truth: `${B("rea", "w2")}/${B("ren", "w2")}*100`,
    note: "Triwulan III % divides by Triwulan II's rencana (140.02); 4,480,700,000 / 4,600,000,000 is 97.41",
  });
  for (const i of [0, 2, 3, 4])
    b.ok({
      sheet: S,
      cell: A("vol", `j${i}`),
      rules: ["sum-mismatch"],
      truth: `${A("q1", `j${i}`)}+${A("q2", `j${i}`)}+${A("q3", `j${i}`)}+${A("q4", `j${i}`)}`,
    });
  for (const i of [0, 2, 3, 4])
    b.ok({
      sheet: S,
      cell: A("ser", `j${i}`),
      rules: ["serapan-over-100", "ratio-components-mismatch"],
      truth: `${A("real", `j${i}`)}/${A("pagu", `j${i}`)}*100`,
    });
  b.ok({
    sheet: S,
    cell: A("ser", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `${A("real", "tot")}/${A("pagu", "tot")}*100`,
    trap: `(${[0, 1, 2, 3, 4].map((i) => A("ser", `j${i}`)).join("+")})/5`,
  });
  b.ok({
    sheet: S,
    cell: A("real", "tot"),
    rules: ["sum-mismatch"],
    truth: [0, 1, 2, 3, 4].map((i) => A("real", `j${i}`)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: B("pct", "w3"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `${B("rea", "w3")}/${B("ren", "w3")}*100`,
  });
  b.ok({
    sheet: S,
    cell: B("pct", "wt"),
    rules: ["ratio-components-mismatch"],
    truth: `${B("rea", "wt")}/${B("ren", "wt")}*100`,
    trap: `(${[0, 1, 2, 3].map((i) => B("pct", `w${i}`)).join("+")})/4`,
  });
  b.ok({
    sheet: S,
    cell: B("kum", "w3"),
    rules: ["sum-mismatch"],
    truth: B("rea", "wt"),
    trap: B("rea", "w3"),
  });
  b.ok({ sheet: S, cell: B("rea", "wt"), rules: ["sum-mismatch"], truth: `${A("real", "tot")}` });
  return b.finish();
}
