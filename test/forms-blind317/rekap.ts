// PK 2026 beside the IKU Renstra, a recap of kemiskinan and TPT per kecamatan, and PDRB per lapangan
// usaha beside the serapan anggaran per triwulan, of two invented Bappeda. All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** PK 2026 Kepala Bappeda Kota Batu Pinang + sheet IKU Renstra 2025-2029 (Tahun - 1..5). */
export function pkBappeda(): BookW {
  const b = new BookW(
    "pk-2026-bappeda-batu-pinang-317.xlsx",
    "Perjanjian Kinerja + IKU Renstra (Bappeda)",
    "PK 2026: statement, indicator table (Satuan before Target 2026), program table with a SUM Jumlah; sheet IKU Renstra with Tahun - 1..5 resolved from Renstra 2025-2029",
  );
  const R = "IKU Renstra";
  const r = b.sheet(R);
  r.lines(["INDIKATOR KINERJA UTAMA BAPPEDA KOTA BATU PINANG", "Renstra Tahun 2025-2029"]);
  r.gap();
  const IKU = [
    {
      id: "i1",
      ind: "Persentase indikator makro RPJMD yang mencapai target",
      sat: "%",
      awal: 66.67,
      t: [70, 72.5, 75, 80, 83.33],
    },
    {
      id: "i2",
      ind: "Persentase konsistensi program RKPD terhadap RPJMD",
      sat: "%",
      awal: 88,
      t: [90, 92, 94, 96, 98],
    },
    { id: "i3", ind: "Nilai SAKIP Pemerintah Kota", sat: "nilai", awal: 68.4, t: [70, 72, 74, 76, 78] },
    {
      id: "i4",
      ind: "Persentase rekomendasi hasil evaluasi pembangunan yang ditindaklanjuti",
      sat: "%",
      awal: 55,
      t: [60, 65, 70, 75, 80],
    },
  ];
  const rt = r.table({
    headerRows: 2,
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", fmt: DEC },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `t${y}`,
        head: ["Target", `Tahun - ${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", fmt: DEC },
    ],
    rows: IKU.map((i, n) => ({
      id: i.id,
      cells: {
        no: n + 1,
        ind: i.ind,
        sat: i.sat,
        awal: i.awal,
        t1: i.t[0],
        t2: i.t[1],
        t3: i.t[2],
        t4: i.t[3],
        t5: i.t[4],
        ak: i.t[4],
      },
    })),
  });
  const S = "PK 2026";
  const s = b.sheet(S);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2026", "BADAN PERENCANAAN PEMBANGUNAN DAERAH KOTA BATU PINANG"]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini:",
    "Nama: Dra. RATNA KUSUMAWARDHANI, M.M. - Jabatan: Kepala Bappeda",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const pk = s.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2026"], role: "target", year: 2026, fmt: DEC },
    ],
    vmerge: ["sas"],
    rows: IKU.map((i, n) => ({
      id: i.id,
      cells: {
        no: n + 1,
        sas:
          n < 2
            ? "Meningkatnya kualitas perencanaan pembangunan daerah"
            : "Meningkatnya akuntabilitas kinerja pembangunan",
        ind: i.ind,
        sat: i.sat,
        tg: i.id === "i3" ? i.t[2] : i.t[1],
      },
    })),
  });
  s.gap();
  const PR = [
    ["5.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 14286450000],
    ["5.01.02", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", 3912700000],
    ["5.01.03", "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", 1846250000],
    ["5.02.02", "Program Penelitian dan Pengembangan Daerah", 1124800000],
  ] as const;
  const pt = s.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    rows: [
      ...PR.map((p, n): Row => ({
        id: `p${n}`,
        cells: { no: n + 1, kode: p[0], prog: p[1], rp: p[2], ket: "APBD" },
      })),
      {
        id: "jml",
        span: ["no", "prog"],
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p0")}:${x.a("rp", "p3")})`, 20893600000) }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Batu Pinang, 2 Januari 2026",
    jabatan: ["Pihak Kedua,", "WALI KOTA BATU PINANG"],
    nama: "H. AGUS SETIAWAN RAHMAN, S.E.",
    nip: "-",
  });
  b.finish();
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pk.a("tg", "i3") },
        { sheet: R, cell: rt.a("t2", "i3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("t2", "i3")}`,
    note: "PK 2026 Nilai SAKIP 74 is the Renstra Tahun - 3 (2027) target; Tahun - 2 (2026) is 72",
  });
  b.plant({
    at: { sheet: S, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${pt.a("rp", "p0")}:${pt.a("rp", "p3")})`,
    note: "Jumlah =SUM with a stale cached 20,893,600,000; the programs give 21,170,200,000",
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({
      sheet: S,
      cell: pk.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("t2", id)}`,
    });
  for (const id of ["i1", "i3"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`t${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("t3", "i3"), rules: ["target-trend", "target-outlier"], truth: "74" });
  return b;
}

/** Kemiskinan and TPT per kecamatan, Kabupaten Lembah Sirandah 2024: no No column, Jumlah row. */
export function rekapKecamatan(): BookW {
  const b = new BookW(
    "rekap-kemiskinan-tpt-per-kecamatan-lembah-sirandah-317.xlsx",
    "Rekap per kecamatan (Bappeda, kemiskinan, TPT)",
    "Kecamatan | Penduduk | Penduduk miskin | (4)=(3)/(2)x100 | Angkatan kerja | Penganggur | (7)=(6)/(5)x100; JUMLAH row with SUM and ratio of totals",
  );
  const S = "Rekap Kecamatan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SIRANDAH", "BAPPEDA - BIDANG PEREKONOMIAN DAN SDA"]);
  s.lines(["Rekapitulasi Penduduk Miskin dan Pengangguran Terbuka per Kecamatan Tahun 2024 (estimasi)"]);
  s.gap();
  const K: Array<[string, number, number, number, number]> = [
    ["Koto Baru Sirandah", 48215, 2987, 25460, 1318],
    ["Lubuk Tarok Ilir", 31760, 2411, 16120, 702],
    ["Sungai Lasi Mudik", 27493, 2196, 13985, 588],
    ["Batang Palangki", 36108, 2544, 18740, 893],
    ["Tanjung Ampalu Hilir", 22874, 1873, 11410, 547],
    ["Padang Sibusuk Darat", 40517, 2629, 21910, 1046],
    ["Kampung Dalam Siaro", 19362, 1688, 9735, 402],
  ];
  const t = s.table({
    headerRows: 2,
    numberRow: "plain",
    cols: [
      { key: "kec", head: ["Kecamatan"], num: "(1)", width: 24 },
      { key: "pend", head: ["Jumlah Penduduk (jiwa)"], role: "lainnya", num: "(2)", fmt: INT },
      { key: "mis", head: ["Penduduk Miskin", "Jiwa"], role: "realisasi", num: "(3)", fmt: INT },
      { key: "pm", head: ["Penduduk Miskin", "%"], role: "capaian", num: "(4) = (3)/(2) x 100", fmt: DEC },
      { key: "ak", head: ["Angkatan Kerja (orang)"], role: "lainnya", num: "(5)", fmt: INT },
      { key: "pt", head: ["Pengangguran Terbuka", "Orang"], role: "realisasi", num: "(6)", fmt: INT },
      {
        key: "tpt",
        head: ["Pengangguran Terbuka", "TPT (%)"],
        role: "capaian",
        num: "(7) = (6)/(5) x 100",
        fmt: DEC,
      },
    ],
    rows: [
      ...K.map((k, n): Row => ({
        id: `k${n}`,
        cells: (x) => ({
          kec: k[0],
          pend: k[1],
          mis: k[2],
          pm: fx(`ROUND(${x.a("mis")}/${x.a("pend")}*100,2)`),
          ak: k[3],
          pt: k[4],
          tpt: n === 5 ? 104.5 : fx(`ROUND(${x.a("pt")}/${x.a("ak")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({
          kec: "JUMLAH",
          pend: fx(`SUM(${x.a("pend", "k0")}:${x.a("pend", "k6")})`),
          mis: fx(`SUM(${x.a("mis", "k0")}:${x.a("mis", "k5")})`),
          pm: fx(`ROUND(${x.a("mis")}/${x.a("pend")}*100,2)`),
          ak: fx(`SUM(${x.a("ak", "k0")}:${x.a("ak", "k6")})`),
          pt: fx(`SUM(${x.a("pt", "k0")}:${x.a("pt", "k6")})`),
          tpt: fx(`ROUND(${x.a("pt")}/${x.a("ak")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: BPS Kabupaten Lembah Sirandah dan DTSEN, diolah Bappeda."]);
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("mis", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a("mis", "k0")}:${a("mis", "k6")})`,
    note: "JUMLAH penduduk miskin =SUM one row short (misses Kampung Dalam Siaro): 14,640 instead of 16,328",
  });
  b.plant({
    at: { sheet: S, cell: a("tpt", "k5") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    truth: `${a("pt", "k5")}/${a("ak", "k5")}*100`,
    note: "TPT typed 104.50 (> 100 impossible); 1,046 / 21,910 gives 4.77",
  });
  b.ok({
    sheet: S,
    cell: a("tpt", "jml"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `${a("pt", "jml")}/${a("ak", "jml")}*100`,
    trap: `(${[0, 1, 2, 3, 4, 6].map((n) => a("tpt", `k${n}`)).join("+")}+${a("pt", "k5")}/${a("ak", "k5")}*100)/7`,
  });
  b.ok({
    sheet: S,
    cell: a("pend", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pend", "k0")}:${a("pend", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ak", "k0")}:${a("ak", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pt", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pt", "k0")}:${a("pt", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pm", "k2"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `${a("mis", "k2")}/${a("pend", "k2")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("tpt", "k6"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `${a("pt", "k6")}/${a("ak", "k6")}*100`,
  });
  return b;
}

/** PDRB ADHK per lapangan usaha (miliar Rp) beside serapan anggaran Bappeda per triwulan, Kota Batu Pinang. */
export function pdrbTriwulan(): BookW {
  const b = new BookW(
    "pdrb-lapangan-usaha-dan-serapan-triwulan-batu-pinang-317.xlsx",
    "Rekap PDRB + serapan per triwulan (Bappeda)",
    "Two tables side by side with one empty column: PDRB ADHK 2023/2024 per lapangan usaha with distribusi and pertumbuhan, and rencana / realisasi anggaran per triwulan with serapan; JUMLAH rows",
  );
  const S = "Makro dan Anggaran";
  const s = b.sheet(S);
  s.lines(["BAPPEDA KOTA BATU PINANG - BAHAN EVALUASI RPJMD TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const LU: Array<[string, number, number]> = [
    ["Pertambangan dan Penggalian", 8412.36, 8597.41],
    ["Industri Pengolahan", 5126.84, 5392.15],
    ["Konstruksi", 2318.47, 2461.92],
    ["Perdagangan Besar dan Eceran", 3047.21, 3261.58],
    ["Transportasi dan Pergudangan", 1183.66, 1257.03],
    ["Lainnya", 4210.55, 4398.7],
  ];
  const growth = (a: number, c: number) => Math.round(((c - a) / a) * 10000) / 100;
  const t1 = s.table(
    {
      headerRows: 2,
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "lu", head: ["Lapangan Usaha"], width: 30 },
        { key: "y23", head: ["PDRB ADHK (miliar Rp)", "2023"], role: "realisasi", year: 2023, fmt: DEC },
        { key: "y24", head: ["PDRB ADHK (miliar Rp)", "2024*)"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "dis", head: ["Distribusi 2024 (%)"], role: "lainnya", fmt: DEC },
        { key: "gr", head: ["Pertumbuhan (%)"], role: "pertumbuhan", year: 2024, fmt: DEC },
      ],
      rows: [
        ...LU.map((l, n): Row => ({
          id: `l${n}`,
          cells: (x) => ({
            no: n + 1,
            lu: l[0],
            y23: l[1],
            y24: l[2],
            dis: fx(`ROUND(${x.a("y24")}/${x.a("y24", "jml")}*100,2)`),
            gr: n === 2 ? 5.19 : growth(l[1], l[2]),
          }),
        })),
        {
          id: "jml",
          span: ["no", "lu"],
          cells: (x) => ({
            no: "PDRB",
            y23: fx(`SUM(${x.a("y23", "l0")}:${x.a("y23", "l5")})`),
            y24: fx(`SUM(${x.a("y24", "l0")}:${x.a("y24", "l5")})`),
            dis: fx(`ROUND(${x.a("y24")}/${x.a("y24")}*100,2)`),
            gr: fx(`ROUND((${x.a("y24")}-${x.a("y23")})/${x.a("y23")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const TW: Array<[string, number, number]> = [
    ["Triwulan I", 3184500000, 2716380000],
    ["Triwulan II", 5247300000, 4892150000],
    ["Triwulan III", 6018900000, 5603470000],
    ["Triwulan IV", 6719500000, 6512880000],
  ];
  const totR = TW.reduce((n, t) => n + t[2], 0);
  const t2 = s.table(
    {
      headerRows: 2,
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        {
          key: "pagu",
          head: ["Anggaran Bappeda 2024 (Rp)", "Rencana Penarikan"],
          role: "anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
        {
          key: "real",
          head: ["Anggaran Bappeda 2024 (Rp)", "Realisasi"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", fmt: DEC },
      ],
      rows: [
        ...TW.map((w, n): Row => ({
          id: `w${n}`,
          cells: (x) => ({
            tw: w[0],
            pagu: w[1],
            real: n === 2 ? 560347000 : w[2],
            ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          cells: (x) => ({
            tw: "JUMLAH",
            pagu: fx(`SUM(${x.a("pagu", "w0")}:${x.a("pagu", "w3")})`),
            real: totR,
            ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  s.lines(["*) angka sangat sementara BPS; realisasi JUMLAH sesuai laporan SIPD-RI per 31 Desember 2024."]);
  s.gap();
  signature(s, 8, {
    tempat: "Batu Pinang, 20 Februari 2025",
    jabatan: ["Kepala Bidang Perencanaan Makro"],
    nama: "YUDHI PRASETYO, S.T., M.E.",
    nip: "19810305 200604 1 012",
  });
  b.finish();
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a1("gr", "l2") },
    rules: ["growth-mismatch"],
    truth: `(${a1("y24", "l2")}-${a1("y23", "l2")})/${a1("y23", "l2")}*100`,
    note: "Konstruksi growth typed 5.19; 2,318.47 -> 2,461.92 gives 6.19",
  });
  b.plant({
    at: { sheet: S, cell: a2("real", "w2") },
    rules: ["number-scale", "sum-mismatch"],
    truth: `${a2("real", "jml")}-${a2("real", "w0")}-${a2("real", "w1")}-${a2("real", "w3")}`,
    note: "Triwulan III realisasi typed 560,347,000, ten times short; the SIPD JUMLAH gives 5,603,470,000",
  });
  b.ok({
    sheet: S,
    cell: a1("gr", "jml"),
    rules: ["growth-mismatch"],
    truth: `(${a1("y24", "jml")}-${a1("y23", "jml")})/${a1("y23", "jml")}*100`,
    trap: `(${[0, 1, 2, 3, 4, 5].map((n) => a1("gr", `l${n}`)).join("+")})/6`,
  });
  b.ok({
    sheet: S,
    cell: a1("gr", "l0"),
    rules: ["growth-mismatch"],
    truth: `(${a1("y24", "l0")}-${a1("y23", "l0")})/${a1("y23", "l0")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a1("gr", "l4"),
    rules: ["growth-mismatch"],
    truth: `(${a1("y24", "l4")}-${a1("y23", "l4")})/${a1("y23", "l4")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a1("y24", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a1("y24", "l0")}:${a1("y24", "l5")})`,
  });
  b.ok({
    sheet: S,
    cell: a1("dis", "l1"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `${a1("y24", "l1")}/${a1("y24", "jml")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a2("ser", "jml"),
    rules: ["ratio-components-mismatch", "serapan-over-100"],
    truth: `${a2("real", "jml")}/${a2("pagu", "jml")}*100`,
    trap: `(${[0, 1, 2, 3].map((n) => a2("ser", `w${n}`)).join("+")})/4`,
  });
  b.ok({
    sheet: S,
    cell: a2("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("pagu", "w0")}:${a2("pagu", "w3")})`,
  });
  b.ok({
    sheet: S,
    cell: a2("ser", "w1"),
    rules: ["ratio-components-mismatch", "serapan-over-100"],
    truth: `${a2("real", "w1")}/${a2("pagu", "w1")}*100`,
  });
  return b;
}
