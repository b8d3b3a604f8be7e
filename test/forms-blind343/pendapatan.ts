// The Perjanjian Kinerja with its Renstra sheet, and two recaps of a Badan Pendapatan Daerah's own
// data: realisasi pajak daerah per jenis per triwulan, tunggakan PBB-P2 per kecamatan beside the
// retribusi per bulan. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

/** PK 2025 of the Kepala Bapenda Kota Teluk Damar (NTB) and its Renstra 2025-2029 sheet. */
export function pkBapenda(): BookW {
  const b = new BookW(
    "pk-2025-bapenda-teluk-damar-343.xlsx",
    "Perjanjian Kinerja + Renstra (Bapenda)",
    "PK 2025: indicator table (Satuan after Target) and a program table with a typed Jumlah under a caption; sheet 'Renstra' with Kondisi Awal, 2025..2029 and Kondisi Akhir",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const p = b.sheet(P);
  const r = b.sheet(R);
  const iku = [
    {
      id: "a",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      awal: 17.2,
      k: [18, 18.8, 19.6, 20.5, 21.4],
    },
    {
      id: "b",
      ind: "Persentase tunggakan PBB-P2 yang tertagih",
      sat: "%",
      awal: 31.5,
      k: [34, 37, 40, 43, 46],
    },
    {
      id: "c",
      ind: "Persentase ketetapan BPHTB yang terverifikasi tepat waktu",
      sat: "%",
      awal: 88,
      k: [90, 92, 94, 95, 96],
    },
  ];
  r.lines(["Indikator Kinerja Utama dalam Renstra Bapenda Kota Teluk Damar 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const rt = r.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: iku.map((x): Row => ({
      id: x.id,
      cells: {
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(years.map((y, i) => [`y${y}`, x.k[i]])),
        ka: x.k[4],
      },
    })),
  });
  letterhead(p, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA BADAN PENDAPATAN DAERAH KOTA TELUK DAMAR"]);
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
      { key: "t", head: ["Target"], role: "target", year: 2025, num: "(4)", fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 8 },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    // planted: the BPHTB target is Renstra's 2026 (92), not 2025 (90)
    rows: iku.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kemandirian fiskal daerah",
        ind: x.ind,
        t: x.id === "c" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  p.gap();
  p.lines(["Program dan anggaran yang mendukung:"]);
  const progs = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9_418_350_000],
    ["Program Pengelolaan Pendapatan Daerah", 6_274_900_000],
  ] as const;
  const total = sum(progs.map((x) => x[1]));
  const gt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((x, i): Row => ({ id: `g${i}`, cells: { no: i + 1, prog: x[0], rp: x[1], ket: "APBD" } })),
      { id: "j", span: ["no", "prog"], bold: true, cells: { no: "Jumlah", rp: total - 90_000_000 } },
    ],
  });
  p.gap();
  signature(p, 3, {
    tempat: "Teluk Damar, 6 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH"],
    nama: "Lalu Muhammad Azhari, S.E., M.Ak",
    nip: "19780522 200312 1 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK BPHTB target 92 = Renstra 2026; Renstra 2025 is 90",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
    actual: pt.a("t", "c"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "typed Jumlah 15,603,250,000; programs give 15,693,250,000",
    truth: `SUM(${gt.c("rp")}${gt.row("g0")}:${gt.c("rp")}${gt.row("g1")})`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "a"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y2029", "a"),
    trap: `SUM(${rt.a("y2025", "a")}:${rt.a("y2029", "a")})`,
  });
  b.ok({
    sheet: P,
    cell: pt.a("t", "a"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("y2025", "a")}`,
  });
  return b.finish();
}

/** Realisasi pajak daerah per jenis per triwulan 2024, Kabupaten Lembah Sari Jaya, in thousands. */
export function rekapPajakJenis(): BookW {
  const b = new BookW(
    "rekap-realisasi-pajak-per-jenis-lembah-sari-jaya-343.xlsx",
    "Rekap realisasi pajak daerah per jenis (Bapenda)",
    "Target and realisasi per triwulan per jenis pajak '(dalam ribuan rupiah)', number row '8 = 4+5+6+7', '9 = 8/3 x 100', no No column, JUMLAH row with ratio of totals",
  );
  const S = "Realisasi Pajak 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENDAPATAN DAERAH KABUPATEN LEMBAH SARI JAYA"]);
  s.lines([
    "REKAPITULASI TARGET DAN REALISASI PAJAK DAERAH PER JENIS TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const jenis: Array<[string, string, number, number[]]> = [
    [
      "4.1.01.09",
      "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)",
      14_250_000,
      [1_184_300, 3_926_750, 5_318_400, 3_602_150],
    ],
    [
      "4.1.01.10",
      "Bea Perolehan Hak atas Tanah dan Bangunan (BPHTB)",
      9_800_000,
      [1_942_600, 2_315_900, 2_706_350, 2_881_400],
    ],
    [
      "4.1.01.19",
      "Pajak Barang dan Jasa Tertentu (PBJT)",
      12_600_000,
      [2_874_200, 3_105_650, 3_248_900, 3_512_700],
    ],
    ["4.1.01.13", "Pajak Reklame", 1_350_000, [241_800, 318_450, 296_700, 402_350]],
    ["4.1.01.15", "Pajak Air Tanah", 480_000, [96_150, 112_400, 118_900, 109_550]],
    [
      "4.1.01.20",
      "Pajak Mineral Bukan Logam dan Batuan (MBLB)",
      2_100_000,
      [388_400, 502_750, 611_300, 566_850],
    ],
    ["4.1.01.16", "Pajak Sarang Burung Walet", 150_000, [18_200, 27_600, 31_450, 22_900]],
  ];
  const tw = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 1, width: 12 },
    { key: "jenis", head: ["Jenis Pajak Daerah"], num: 2, width: 44 },
    { key: "t", head: ["Target APBD-P 2024"], role: "target", year: 2024, num: 3, fmt: RP, width: 14 },
    ...["I", "II", "III", "IV"].map((x, i): Col => ({
      key: tw[i],
      head: ["Realisasi", `Triwulan ${x}`],
      num: 4 + i,
      fmt: RP,
      width: 13,
    })),
    {
      key: "j",
      head: ["Jumlah Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "8 = 4+5+6+7",
      fmt: RP,
      width: 14,
    },
    { key: "pc", head: ["Capaian (%)"], role: "capaian", num: "9 = 8/3 x 100", fmt: DEC, width: 10 },
  ];
  const rows: Row[] = jenis.map(([kode, nama, t, q], i) => ({
    id: `j${i}`,
    cells: (x) => ({
      kode,
      jenis: nama,
      t,
      q1: q[0],
      q2: q[1],
      q3: q[2],
      q4: q[3],
      // planted: BPHTB jumlah typed 9,486,250 (4+5+6+7 = 9,846,250); Reklame % typed 94.62
      j: i === 1 ? 9_486_250 : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
      pc: i === 3 ? 94.62 : fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
    }),
  }));
  const first = "j0";
  const last = `j${jenis.length - 1}`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows,
      {
        id: "tot",
        span: ["kode", "jenis"],
        bold: true,
        cells: (x) => ({
          kode: "JUMLAH",
          ...Object.fromEntries(
            ["t", ...tw, "j"].map((k) => [k, fx(`SUM(${x.c(k)}${x.row(first)}:${x.c(k)}${x.row(last)})`)]),
          ),
          pc: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Sistem Informasi Pendapatan Daerah (SIPD-Pendapatan), data per 31 Desember 2024."]);
  b.plant({
    at: { sheet: S, cell: t.a("j", "j1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "BPHTB jumlah typed 9,486,250; Triwulan I-IV give 9,846,250",
    truth: `SUM(${t.a("q1", "j1")}:${t.a("q4", "j1")})`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pc", "j3") },
    rules: ["capaian-mismatch", "ratio-components-mismatch", "hardcoded-value"],
    note: "Pajak Reklame typed 94.62; 1,259,300 / 1,350,000 gives 93.28",
    truth: `ROUND(${t.a("j", "j3")}/${t.a("t", "j3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pc", "j2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("j", "j2")}/${t.a("t", "j2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("t", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("t", first)}:${t.a("t", last)})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pc", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${t.a("j", "tot")}/${t.a("t", "tot")}*100,2)`,
    trap: `SUM(${t.a("pc", first)}:${t.a("pc", last)})`,
  });
  return b.finish();
}

/** Tunggakan PBB-P2 per kecamatan beside the retribusi per bulan, Kota Teluk Damar 2024. */
export function tunggakanRetribusi(): BookW {
  const b = new BookW(
    "tunggakan-pbb-retribusi-bulanan-teluk-damar-343.xlsx",
    "Rekap tunggakan PBB-P2 dan retribusi (Bapenda)",
    "Tunggakan PBB-P2 per kecamatan (pokok, pembayaran, sisa, % tertagih, Jumlah) and, after one empty column, target / realisasi retribusi daerah per bulan with Jumlah",
  );
  const S = "Tunggakan & Retribusi";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TELUK DAMAR", "BADAN PENDAPATAN DAERAH"]);
  s.lines(["Keadaan s.d. 31 Desember 2024 (Rp)"]);
  s.gap();
  const top = s.r;
  const kec: Array<[string, number, number]> = [
    ["Ampenan Barat", 2_814_650_000, 902_400_000],
    ["Sayang Timur", 1_968_200_000, 611_850_000],
    ["Karang Damar", 3_402_900_000, 1_184_300_000],
    ["Pagutan Laut", 1_275_400_000, 338_750_000],
    ["Rembiga Selatan", 2_146_800_000, 749_200_000],
    ["Bintaro Pantai", 894_350_000, 205_600_000],
  ];
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 18 },
        { key: "pokok", head: ["Tunggakan PBB-P2", "Pokok s.d. 2023"], fmt: RP, width: 16 },
        { key: "bayar", head: ["Tunggakan PBB-P2", "Pembayaran 2024"], fmt: RP, width: 16 },
        { key: "sisa", head: ["Tunggakan PBB-P2", "Sisa"], fmt: RP, width: 16 },
        { key: "pc", head: ["% Tertagih"], fmt: DEC, width: 9 },
      ],
      headerRows: 2,
      rows: [
        ...kec.map(([n, pokok, bayar], i): Row => ({
          id: `k${i}`,
          cells: (x) => ({
            no: i + 1,
            kec: n,
            pokok,
            bayar,
            // planted: Karang Damar sisa typed 2,281,600,000 (pokok - pembayaran = 2,218,600,000)
            sisa: i === 2 ? 2_281_600_000 : fx(`${x.a("pokok")}-${x.a("bayar")}`),
            pc: fx(`ROUND(${x.a("bayar")}/${x.a("pokok")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          span: ["no", "kec"],
          bold: true,
          cells: (x) => ({
            no: "Jumlah",
            ...Object.fromEntries(
              ["pokok", "bayar", "sisa"].map((k) => [
                k,
                fx(`SUM(${x.c(k)}${x.row("k0")}:${x.c(k)}${x.row("k5")})`),
              ]),
            ),
            pc: fx(`ROUND(${x.a("bayar")}/${x.a("pokok")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const bulan = [
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
  const real = [
    412_350_000, 438_900_000, 465_100_000, 429_800_000, 471_650_000, 502_300_000, 518_750_000, 496_400_000,
    487_250_000, 511_900_000, 534_600_000, 611_850_000,
  ];
  const tgt = 500_000_000;
  const t2 = s.table(
    {
      cols: [
        { key: "bln", head: ["Bulan"], width: 12 },
        { key: "t", head: ["Retribusi Daerah", "Target"], role: "target", year: 2024, fmt: RP, width: 15 },
        {
          key: "r",
          head: ["Retribusi Daerah", "Realisasi"],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          width: 15,
        },
        { key: "pc", head: ["Retribusi Daerah", "%"], role: "capaian", fmt: DEC, width: 9 },
      ],
      headerRows: 2,
      rows: [
        ...bulan.map((n, i): Row => ({
          id: `b${i}`,
          cells: (x) => ({ bln: n, t: tgt, r: real[i], pc: fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`) }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            bln: "Jumlah",
            t: fx(`SUM(${x.c("t")}${x.row("b0")}:${x.c("t")}${x.row("b11")})`),
            // planted: the SUM stops at November
            r: fx(`SUM(${x.c("r")}${x.row("b0")}:${x.c("r")}${x.row("b10")})`),
            pc: fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  signature(s, 8, {
    tempat: "Teluk Damar, 10 Januari 2025",
    jabatan: ["Kepala Bidang Penagihan dan Pengendalian"],
    nama: "Baiq Nurul Hidayati, S.STP",
    nip: "19850909 200701 2 003",
  });
  b.plant({
    at: { sheet: S, cell: t1.a("sisa", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Karang Damar sisa typed 2,281,600,000; pokok - pembayaran = 2,218,600,000",
    truth: `${t1.a("pokok", "k2")}-${t1.a("bayar", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("r", "tot") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah realisasi SUM stops at November (misses 611,850,000)",
    truth: `SUM(${t2.c("r")}${t2.row("b0")}:${t2.c("r")}${t2.row("b11")})`,
  });
  b.ok({
    sheet: S,
    cell: t1.a("pc", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${t1.a("bayar", "tot")}/${t1.a("pokok", "tot")}*100,2)`,
    trap: `SUM(${t1.c("pc")}${t1.row("k0")}:${t1.c("pc")}${t1.row("k5")})`,
  });
  b.ok({
    sheet: S,
    cell: t1.a("pokok", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t1.c("pokok")}${t1.row("k0")}:${t1.c("pokok")}${t1.row("k5")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("t", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.c("t")}${t2.row("b0")}:${t2.c("t")}${t2.row("b11")})`,
  });
  return b.finish();
}
