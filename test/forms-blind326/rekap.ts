// Set 326, part two: a Perjanjian Kinerja beside its IKU Renstra sheet, a per-kecamatan recap of luas tanam,
// IP, luas panen, produktivitas and produksi padi, and a per-triwulan recap of luas tanam padi / jagung with a
// serapan anggaran table side by side. Places, people and numbers are invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

// ------------------------------------------------------------------------------------------- PK

export function pkPanganKota(): BookW {
  const book = new BookW(
    "pk-2025-dkpp-bukit-lesung-326.xlsx",
    "PK",
    "PK 2025 statement, indikator table (Satuan before Target, Sasaran merged) and program table with Jumlah; sheet Renstra with Tahun ke-1..5 of 2025-2029",
  );
  // the Renstra/IKU sheet first (the PK reads from it)
  const r = book.sheet("Renstra");
  r.lines([
    "Tabel 7.2 Indikator Kinerja Utama Dinas Ketahanan Pangan dan Pertanian",
    "Rencana Strategis Kota Bukit Lesung Tahun 2025-2029",
  ]);
  r.gap();
  const SAS = "Meningkatnya produksi padi dan jagung";
  const SAS2 = "Menurunnya gangguan produksi tanaman pangan";
  const iku = [
    {
      id: "i1",
      sas: SAS,
      ind: "Produksi padi",
      sat: "ton GKG",
      awal: 18_450,
      k: [18_900, 19_350, 19_800, 20_250, 20_700],
    },
    {
      id: "i2",
      sas: SAS,
      ind: "Produktivitas padi",
      sat: "ku/ha",
      awal: 50.2,
      k: [50.8, 51.4, 52.0, 52.6, 53.2],
    },
    {
      id: "i3",
      sas: SAS,
      ind: "Indeks pertanaman padi",
      sat: "indeks",
      awal: 1.72,
      k: [1.75, 1.8, 1.85, 1.9, 1.95],
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase luas sawah terdampak OPT",
      sat: "%",
      awal: 6.5,
      k: [6.0, 5.5, 5.0, 4.5, 4.0],
    },
  ];
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `k${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: iku.map((d, i) => ({
      id: d.id,
      cells: {
        no: i + 1,
        sas: d.sas,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        ...Object.fromEntries(d.k.map((v, j) => [`k${j + 1}`, v])),
        ak: d.k[4],
      },
    })),
  });

  const s = book.sheet("PK 2025");
  letterhead(s, ["PEMERINTAH KOTA BUKIT LESUNG", "DINAS KETAHANAN PANGAN DAN PERTANIAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama: Dr. A. MUH. SYAHRIR DAENG MATTA, S.P., M.P.; Jabatan: Kepala Dinas Ketahanan Pangan dan Pertanian (PIHAK PERTAMA)",
    "Nama: H. ANDI BASO MAPPATUNRU, S.E.; Jabatan: Wali Kota Bukit Lesung (PIHAK KEDUA)",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines([
    "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025",
    "DINAS KETAHANAN PANGAN DAN PERTANIAN KOTA BUKIT LESUNG",
  ]);
  s.gap();
  // planted: produktivitas padi 51.4 copied from Tahun ke-2 (2026); 2025 is 50.8
  const pkT: Record<string, number> = { i1: 18_900, i2: 51.4, i3: 1.75, i4: 6.0 };
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: iku.map((d, i) => ({
      id: d.id,
      cells: { no: i + 1, sas: d.sas, ind: d.ind, sat: d.sat, t: pkT[d.id] },
    })),
  });
  // number row labels
  ["(1)", "(2)", "(3)", "(4)", "(5)"].forEach((v, j) => (s.ws.getCell(pt.headerLast, pt.left + j).value = v));
  s.gap();
  const progs = [
    {
      id: "g1",
      kode: "3.27.01",
      p: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_845_210_000,
    },
    {
      id: "g2",
      kode: "3.27.02",
      p: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      rp: 4_212_500_000,
    },
    {
      id: "g3",
      kode: "3.27.03",
      p: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      rp: 3_870_000_000,
    },
    { id: "g4", kode: "3.27.07", p: "Program Penyuluhan Pertanian", rp: 1_965_400_000 },
  ];
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 26 },
      { key: "p", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, i): Row => ({
        id: g.id,
        cells: { no: i + 1, kode: g.kode, p: g.p, rp: g.rp, ket: "APBD" },
      })),
      // planted: the Jumlah stops one row short
      {
        id: "jml",
        bold: true,
        span: ["no", "p"],
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g3")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 4, {
    tempat: "Bukit Lesung, 6 Januari 2025",
    jabatan: ["PIHAK PERTAMA,", "Kepala Dinas Ketahanan Pangan dan Pertanian"],
    nama: "Dr. A. MUH. SYAHRIR DAENG MATTA, S.P., M.P.",
    nip: "19750309 200212 1 004",
  });
  const P = s.name;
  book.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "i2") },
        { sheet: "Renstra", cell: rt.a("k1", "i2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: `Renstra!${rt.a("k1", "i2")}`,
    note: "PK 2025 target 51.4 for produktivitas padi is the Renstra Tahun ke-2 (2026) target; 2025 is 50.8",
  });
  book.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g4")})`,
    note: "Jumlah =SUM over three of four programs: 14,927,710,000 instead of 16,893,110,000",
  });
  for (const id of ["i1", "i4"])
    book.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `Renstra!${rt.a("k1", id)}`,
      trap: `Renstra!${rt.a("k2", id)}`,
    });
  book.ok({
    sheet: P,
    cell: pt.a("t", "i3"),
    rules: ["cross-table-mismatch"],
    truth: `Renstra!${rt.a("k1", "i3")}`,
  });
  for (const id of ["i2", "i3", "i4"])
    book.ok({
      sheet: "Renstra",
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k5", id),
      trap: `SUM(${rt.a("k1", id)}:${rt.a("k5", id)})`,
    });
  book.ok({
    sheet: "Renstra",
    cell: rt.a("k3", "i4"),
    rules: ["target-trend", "target-outlier"],
    truth: "5",
  });
  return book.finish();
}

// ------------------------------------------------------------------------------- per kecamatan

export function rekapKecamatanPadi(): BookW {
  const book = new BookW(
    "rekap-luas-tanam-produksi-padi-kecamatan-rawa-sengkuang-326.xlsx",
    "Rekap kecamatan",
    "luas baku, luas tanam MT I / MT II / jumlah, IP, luas panen, produktivitas, produksi and share per kecamatan, number row with formulas, Jumlah row of totals and ratios of totals",
  );
  const s = book.sheet("Padi Sawah 2024");
  letterhead(s, ["PEMERINTAH KABUPATEN RAWA SENGKUANG", "DINAS TANAMAN PANGAN DAN HORTIKULTURA"]);
  s.lines([
    "REKAPITULASI LUAS TANAM, LUAS PANEN, PRODUKTIVITAS DAN PRODUKSI PADI SAWAH MENURUT KECAMATAN",
    "TAHUN 2024 (ANGKA TETAP)",
  ]);
  s.gap();
  const kec = [
    ["Rawa Jaya", 3240, 3180, 3100, 52.4],
    ["Sengkuang Hulu", 2815, 2760, 1655, 49.8],
    ["Sengkuang Hilir", 4106, 4050, 3285, 54.1],
    ["Tanjung Pauh", 980, 950, 0, 47.6],
    ["Simpang Empat Lama", 2452, 2400, 1540, 50.3],
    ["Pematang Tinggi", 3378, 3310, 3250, 53.2],
    ["Padang Luas", 2690, 2655, 1870, 51.0],
    ["Teluk Serapat", 745, 720, 0, 46.9],
  ] as const;
  const ids = kec.map((_, i) => `k${i + 1}`);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "baku", head: ["Luas Baku Sawah (ha)"], role: "lainnya", num: "(3)", fmt: INT },
    {
      key: "mt1",
      head: ["Luas Tanam (ha)", "MT I (Okt-Mar)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "mt2",
      head: ["Luas Tanam (ha)", "MT II (Apr-Sep)"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
    },
    {
      key: "lt",
      head: ["Luas Tanam (ha)", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (4)+(5)",
      fmt: INT,
    },
    { key: "ip", head: ["Indeks Pertanaman (IP)"], role: "lainnya", num: "(7) = (6)/(3)", fmt: DEC },
    { key: "lp", head: ["Luas Panen (ha)"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    { key: "prv", head: ["Produktivitas (ku/ha)"], role: "realisasi", year: 2024, num: "(9)", fmt: DEC },
    {
      key: "prod",
      head: ["Produksi (ton GKG)"],
      role: "realisasi",
      year: 2024,
      num: "(10) = (8)x(9)/10",
      fmt: INT,
    },
    { key: "sh", head: ["Kontribusi Produksi (%)"], role: "lainnya", num: "(11)", fmt: DEC },
  ];
  const rows: Row[] = kec.map(([name, baku, mt1, mt2, prv], i) => ({
    id: ids[i],
    cells: (x) => ({
      no: i + 1,
      kec: name,
      baku,
      mt1,
      mt2,
      lt: fx(`${x.a("mt1")}+${x.a("mt2")}`),
      // planted: a stale IP for Sengkuang Hilir (the baku was revised after the formula was last computed)
      ip: fx(`ROUND(${x.a("lt")}/${x.a("baku")},2)`, i === 2 ? 2.18 : undefined),
      lp: Math.round((mt1 + mt2) * 0.968),
      prv,
      prod: fx(`ROUND(${x.a("lp")}*${x.a("prv")}/10,0)`),
      sh: fx(`ROUND(${x.a("prod")}/${x.a("prod", "jml")}*100,2)`),
    }),
  }));
  const f = ids[0];
  const l = ids[ids.length - 1];
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => ({
      no: "Jumlah",
      baku: fx(`SUM(${x.a("baku", f)}:${x.a("baku", l)})`),
      mt1: fx(`SUM(${x.a("mt1", f)}:${x.a("mt1", l)})`),
      // planted: MT II total starts one row late (Rawa Jaya left out)
      mt2: fx(`SUM(${x.a("mt2", ids[1])}:${x.a("mt2", l)})`),
      lt: fx(`SUM(${x.a("lt", f)}:${x.a("lt", l)})`),
      ip: fx(`ROUND(${x.a("lt")}/${x.a("baku")},2)`),
      lp: fx(`SUM(${x.a("lp", f)}:${x.a("lp", l)})`),
      prv: fx(`ROUND(${x.a("prod")}/${x.a("lp")}*10,2)`),
      prod: fx(`SUM(${x.a("prod", f)}:${x.a("prod", l)})`),
      sh: fx(`SUM(${x.a("sh", f)}:${x.a("sh", l)})`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Sumber: Laporan SP Tanaman Pangan (SP-Lahan dan SP-Padi) Kecamatan, diolah.",
    "*) Luas baku sawah menurut penetapan LBS 2019.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Marabahan Lama, 20 Januari 2025",
    jabatan: ["Kepala Bidang Tanaman Pangan"],
    nama: "NURUL HIDAYATI, S.P., M.Sc",
    nip: "19800411 200501 2 012",
  });
  const S = s.name;
  const a = (k: string, id: string) => t.a(k, id);
  book.plant({
    at: { sheet: S, cell: a("ip", "k3") },
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("lt", "k3")}/${a("baku", "k3")},2)`,
    note: "IP of Sengkuang Hilir =ROUND(F/C,2) with a stale cached 2.18; 7,335 / 4,106 gives 1.79",
  });
  book.plant({
    at: { sheet: S, cell: a("mt2", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a("mt2", f)}:${a("mt2", l)})`,
    note: "Jumlah MT II =SUM starts one row late (11,600 instead of 14,700): Rawa Jaya left out",
  });
  const avg = (k: string) => `ROUND(SUM(${a(k, f)}:${a(k, l)})/${ids.length},2)`;
  book.ok({
    sheet: S,
    cell: a("ip", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("lt", "jml")}/${a("baku", "jml")},2)`,
    trap: avg("ip"),
  });
  book.ok({
    sheet: S,
    cell: a("prv", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("prod", "jml")}/${a("lp", "jml")}*10,2)`,
    trap: avg("prv"),
  });
  for (const k of ["baku", "mt1", "lt", "lp", "prod"])
    book.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, f)}:${a(k, l)})` });
  book.ok({
    sheet: S,
    cell: a("sh", "jml"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: "100",
    tol: 0.05,
  });
  for (const id of ["k1", "k2", "k4", "k5", "k6", "k7", "k8"]) {
    book.ok({
      sheet: S,
      cell: a("ip", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("lt", id)}/${a("baku", id)},2)`,
    });
    book.ok({
      sheet: S,
      cell: a("lt", id),
      rules: ["sum-mismatch"],
      truth: `${a("mt1", id)}+${a("mt2", id)}`,
    });
  }
  book.ok({
    sheet: S,
    cell: a("sh", "k6"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("prod", "k6")}/${a("prod", "jml")}*100,2)`,
  });
  return book.finish();
}

// ------------------------------------------------------------------------------- per triwulan

export function rekapTriwulanKota(): BookW {
  const book = new BookW(
    "rekap-triwulan-luas-tanam-serapan-bukit-lesung-326.xlsx",
    "Rekap triwulan",
    "luas tanam padi / jagung per triwulan (no No column, repeated group headers) beside a serapan anggaran per bidang table, one empty column between",
  );
  const s = book.sheet("Rekap TW 2024");
  letterhead(s, ["DINAS KETAHANAN PANGAN DAN PERTANIAN KOTA BUKIT LESUNG"]);
  s.lines(["Laporan Triwulanan Tahun Anggaran 2024 (s.d. Triwulan IV)"]);
  s.gap();
  const titleRow = s.r;
  s.put(titleRow, 1, "A. Realisasi Luas Tanam Padi dan Jagung per Triwulan 2024", { bold: true });
  s.put(titleRow, 9, "B. Pagu dan Realisasi Anggaran per Bidang 2024", { bold: true });
  s.gap(2);
  const top = s.r;
  const tw = [
    ["Triwulan I", 2150, 2096, 420, 455],
    ["Triwulan II", 860, 812, 1150, 1020],
    ["Triwulan III", 1420, 1388, 640, 602],
    ["Triwulan IV", 310, 204, 180, 96],
  ] as const;
  const ids = ["q1", "q2", "q3", "q4"];
  const t1 = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], role: "lainnya", width: 14 },
        { key: "pt", head: ["Padi", "Target (ha)"], role: "target", year: 2024, fmt: INT },
        { key: "pr", head: ["Padi", "Realisasi (ha)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pc", head: ["Padi", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
        { key: "jt", head: ["Jagung", "Target (ha)"], role: "target", year: 2024, fmt: INT },
        { key: "jr", head: ["Jagung", "Realisasi (ha)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "jc", head: ["Jagung", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      groups: "repeat",
      rows: [
        ...tw.map(([n, pt, pr, jt, jr], i): Row => ({
          id: ids[i],
          cells: (x) => ({
            tw: n,
            pt,
            pr,
            pc: fx(`ROUND(${x.a("pr")}/${x.a("pt")}*100,2)`),
            jt,
            jr,
            jc: fx(`ROUND(${x.a("jr")}/${x.a("jt")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            tw: "Total 2024",
            pt: fx(`SUM(${x.a("pt", "q1")}:${x.a("pt", "q4")})`),
            pr: fx(`SUM(${x.a("pr", "q1")}:${x.a("pr", "q4")})`),
            pc: fx(`ROUND(${x.a("pr")}/${x.a("pt")}*100,2)`),
            jt: fx(`SUM(${x.a("jt", "q1")}:${x.a("jt", "q4")})`),
            jr: fx(`SUM(${x.a("jr", "q1")}:${x.a("jr", "q4")})`),
            // planted: the year's capaian as the average of the quarters' percentages
            jc: fx(`ROUND(AVERAGE(${x.a("jc", "q1")}:${x.a("jc", "q4")}),2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const bid = [
    ["Sekretariat", 3_412_650_000, 3_298_104_500],
    ["Bidang Tanaman Pangan", 5_870_200_000, 5_512_330_000],
    ["Bidang Prasarana dan Sarana Pertanian", 4_125_000_000, 3_880_415_000],
    ["Bidang Penyuluhan", 1_236_800_000, 1_109_742_000],
    ["UPTD Balai Benih Padi dan Palawija", 812_400_000, 734_980_000],
  ] as const;
  const bids = ["b1", "b2", "b3", "b4", "b5"];
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "b", head: ["Bidang / Unit Kerja"], role: "lainnya", width: 30 },
        { key: "pg", head: ["Anggaran", "Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP },
        { key: "re", head: ["Anggaran", "Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP },
        { key: "sp", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC },
        { key: "si", head: ["Sisa Anggaran (Rp)"], role: "lainnya", fmt: RP },
      ],
      headerRows: 2,
      rows: [
        ...bid.map(([n, pg, re], i): Row => ({
          id: bids[i],
          cells: (x) => ({
            no: i + 1,
            b: n,
            pg,
            re,
            // planted: Bidang Prasarana's serapan typed 104.07 (94.07 by the amounts)
            sp: i === 2 ? 104.07 : fx(`ROUND(${x.a("re")}/${x.a("pg")}*100,2)`),
            si: fx(`${x.a("pg")}-${x.a("re")}`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "b"],
          cells: (x) => ({
            no: "JUMLAH",
            pg: fx(`SUM(${x.a("pg", "b1")}:${x.a("pg", "b5")})`),
            re: fx(`SUM(${x.a("re", "b1")}:${x.a("re", "b5")})`),
            sp: fx(`ROUND(${x.a("re")}/${x.a("pg")}*100,2)`),
            si: fx(`SUM(${x.a("si", "b1")}:${x.a("si", "b5")})`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines(["Catatan: luas tanam triwulan I termasuk sisa tanam MT I 2023/2024."]);
  s.gap();
  signature(s, 10, {
    tempat: "Bukit Lesung, 10 Januari 2025",
    jabatan: ["Sekretaris Dinas"],
    nama: "HJ. ST. RAHMAWATI AMIR, S.STP., M.Si",
    nip: "19820715 200312 2 003",
  });
  const S = s.name;
  book.plant({
    at: { sheet: S, cell: t1.a("jc", "tot") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${t1.a("jr", "tot")}/${t1.a("jt", "tot")}*100,2)`,
    note: "Total jagung capaian is the average of the quarters' percentages (86.11); 2,173 / 2,390 gives 90.92",
  });
  book.plant({
    at: { sheet: S, cell: t2.a("sp", "b3") },
    rules: ["ratio-components-mismatch", "serapan-over-100", "percent-out-of-range", "hardcoded-value"],
    truth: `ROUND(${t2.a("re", "b3")}/${t2.a("pg", "b3")}*100,2)`,
    note: "Serapan typed 104.07 although the realisasi stays under the pagu: 94.07",
  });
  const avg = (k: string) => `ROUND(AVERAGE(${t1.a(k, "q1")}:${t1.a(k, "q4")}),2)`;
  book.ok({
    sheet: S,
    cell: t1.a("pc", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${t1.a("pr", "tot")}/${t1.a("pt", "tot")}*100,2)`,
    trap: avg("pc"),
  });
  book.ok({
    sheet: S,
    cell: t2.a("sp", "jml"),
    rules: ["ratio-components-mismatch", "serapan-over-100"],
    truth: `ROUND(${t2.a("re", "jml")}/${t2.a("pg", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${t2.a("sp", "b1")}:${t2.a("sp", "b5")}),2)`,
  });
  book.ok({
    sheet: S,
    cell: t1.a("jc", "q1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${t1.a("jr", "q1")}/${t1.a("jt", "q1")}*100,2)`,
  });
  for (const id of ids)
    book.ok({
      sheet: S,
      cell: t1.a("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${t1.a("pr", id)}/${t1.a("pt", id)}*100,2)`,
    });
  for (const k of ["pt", "pr", "jt", "jr"])
    book.ok({
      sheet: S,
      cell: t1.a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${t1.a(k, "q1")}:${t1.a(k, "q4")})`,
    });
  for (const k of ["pg", "re", "si"])
    book.ok({
      sheet: S,
      cell: t2.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${t2.a(k, "b1")}:${t2.a(k, "b5")})`,
    });
  for (const id of ["b1", "b2", "b4", "b5"])
    book.ok({
      sheet: S,
      cell: t2.a("sp", id),
      rules: ["serapan-over-100", "ratio-components-mismatch"],
      truth: `ROUND(${t2.a("re", id)}/${t2.a("pg", id)}*100,2)`,
    });
  void round;
  void sum;
  return book.finish();
}
