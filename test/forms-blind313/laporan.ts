// Set 313, reports of the same two fisheries offices: LKjIP 2024 and two recaps (produksi and
// nelayan berasuransi per kecamatan; lelang per TPI per triwulan) of DKP Kabupaten Teluk Saronde
// and Dinas Perikanan Kota Pasir Lamaru, and the PK 2025 of Pasir Lamaru beside its Renstra IKU.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
} from "../forms/kit";

/** LKjIP 2024 Tabel 3.1, Sasaran merged over indicators, ROUND formulas, refleksi for negatives. */
export function lkjipDkp(): BookW {
  const book = new BookW("lkjip-2024-dkp-teluk-saronde-313.xlsx", "LKjIP", "LKjIP 2024 DKP Teluk Saronde");
  const s = book.sheet("Tabel 3.1");
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Sasaran Dinas Kelautan dan Perikanan Kabupaten Teluk Saronde Tahun 2024",
  ]);
  s.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(5)", fmt: "#,##0.##" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(6)", fmt: "#,##0.##" },
    {
      key: "r",
      head: ["Tahun 2024", "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: "#,##0.##",
    },
    {
      key: "cap",
      head: ["Tahun 2024", "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7) : (6) x 100",
      fmt: DEC,
    },
    { key: "pred", head: ["Predikat"], role: "predikat", num: "(9)" },
    { key: "tak", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(10)", fmt: "#,##0.##" },
    {
      key: "capak",
      head: ["Capaian s.d. 2024 terhadap Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(11)",
      fmt: DEC,
    },
  ];
  const sas1 = "Meningkatnya produksi perikanan tangkap dan budidaya";
  const sas2 = "Meningkatnya konsumsi ikan masyarakat";
  const sas3 = "Meningkatnya perlindungan dan keselamatan nelayan";
  const sas4 = "Menurunnya pelanggaran pemanfaatan sumber daya perikanan";
  type R = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    r23: number;
    t: number;
    r: number;
    tak: number;
    neg?: boolean;
  };
  const data: R[] = [
    {
      id: "i1",
      sas: sas1,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      r23: 17108,
      t: 18400,
      r: 17652,
      tak: 20500,
    },
    {
      id: "i2",
      sas: sas1,
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      r23: 5122,
      t: 6250,
      r: 5480,
      tak: 7400,
    },
    {
      id: "i3",
      sas: sas2,
      ind: "Angka konsumsi ikan",
      sat: "kg/kapita/tahun",
      r23: 44.2,
      t: 47.5,
      r: 45.9,
      tak: 50,
    },
    {
      id: "i4",
      sas: sas3,
      ind: "Persentase nelayan yang terlindungi asuransi",
      sat: "%",
      r23: 29.4,
      t: 40,
      r: 33.6,
      tak: 55,
    },
    {
      id: "i5",
      sas: sas3,
      ind: "Persentase kapal perikanan yang mengalami kecelakaan di laut",
      sat: "%",
      r23: 2.8,
      t: 2.5,
      r: 2.1,
      tak: 1.5,
      neg: true,
    },
    {
      id: "i6",
      sas: sas4,
      ind: "Jumlah kasus penangkapan ikan yang merusak (destructive fishing)",
      sat: "kasus",
      r23: 17,
      t: 12,
      r: 15,
      tak: 8,
      neg: true,
    },
  ];
  const caps: number[] = [];
  const rows = data.map((d, i) => {
    // planted for i6: R/T copied down from the rows above onto a lower-is-better indicator
    const posCap = !d.neg || d.id === "i6";
    const cap = posCap ? round((d.r / d.t) * 100) : round(((2 * d.t - d.r) / d.t) * 100);
    caps.push(cap);
    return {
      id: d.id,
      cells: (x: { a(k: string): string }) => ({
        no: i + 1,
        sas: d.sas,
        ind: d.ind,
        sat: d.sat,
        r23: d.r23,
        t: d.t,
        r: d.r,
        cap: posCap
          ? fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`)
          : fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`),
        // planted for i4: 84.00 is Baik
        pred: d.id === "i4" ? "Sangat Baik" : predikatBaik(cap),
        tak: d.tak,
        capak: d.neg
          ? fx(`ROUND((2*${x.a("tak")}-${x.a("r")})/${x.a("tak")}*100,2)`)
          : fx(`ROUND(${x.a("r")}/${x.a("tak")}*100,2)`),
      }),
    };
  });
  const avg = round(sum(caps) / caps.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows,
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja Sasaran",
          cap: fx(`ROUND(AVERAGE(${x.a("cap", "i1")}:${x.a("cap", "i6")}),2)`),
          pred: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator dengan polaritas negatif (kecelakaan kapal, kasus destructive fishing) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const S = t.sheet;
  const a = (k: string, id: string) => t.a(k, id);
  book.plant({
    at: { sheet: S, cell: a("cap", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "destructive fishing cases (lower is better) computed R/T = 125.00; refleksi (2T-R)/T gives 75.00",
    truth: `ROUND((2*${a("t", "i6")}-${a("r", "i6")})/${a("t", "i6")}*100,2)`,
  });
  book.plant({
    at: { sheet: S, cell: a("pred", "i4") },
    rules: ["predikat-mismatch"],
    note: "Sangat Baik for a capaian of 84.00; > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("cap", "i4")})`,
  });
  for (const id of ["i1", "i2", "i3", "i4"]) {
    book.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
    book.ok({
      sheet: S,
      cell: a("capak", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("tak", id)}*100,2)`,
    });
  }
  for (const id of ["i1", "i2", "i3", "i5"])
    book.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
  book.ok({
    sheet: S,
    cell: a("cap", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
    trap: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: a("capak", "i5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("tak", "i5")}-${a("r", "i5")})/${a("tak", "i5")}*100,2)`,
    trap: `ROUND(${a("r", "i5")}/${a("tak", "i5")}*100,2)`,
  });
  return book.finish();
}

/** PK 2025 (statement, indicator table, program table with Jumlah) beside the Renstra IKU sheet. */
export function pkPerikanan(): BookW {
  const book = new BookW(
    "pk-2025-dinas-perikanan-pasir-lamaru-313.xlsx",
    "PK",
    "PK 2025 Dinas Perikanan Pasir Lamaru",
  );
  const REN = "IKU Renstra 2025-2029";
  const iku = [
    {
      id: "a",
      sas: "Meningkatnya konsumsi ikan masyarakat",
      ind: "Angka konsumsi ikan",
      sat: "kg/kapita/tahun",
      awal: 38.6,
      t: [40.2, 41.5, 42.8, 44, 45.3],
    },
    {
      id: "b",
      sas: "Meningkatnya produksi perikanan",
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      awal: 9850,
      t: [10120, 10400, 10690, 10980, 11280],
    },
    {
      id: "c",
      sas: "Meningkatnya kesejahteraan nelayan",
      ind: "Persentase nelayan yang memiliki asuransi",
      sat: "%",
      awal: 17.4,
      t: [22, 28, 34, 40, 46],
    },
    {
      id: "d",
      sas: "Meningkatnya kesejahteraan nelayan",
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      awal: 101.8,
      t: [102.5, 103.2, 104, 104.8, 105.5],
    },
    {
      id: "e",
      sas: "Meningkatnya mutu pelayanan TPI",
      ind: "Persentase TPI yang memenuhi standar higienis",
      sat: "%",
      awal: 25,
      t: [30, 40, 50, 60, 70],
    },
  ];
  // PK first, Renstra second (sheet order of the office's file)
  const pk = book.sheet("PK 2025");
  const rs = book.sheet(REN);
  letterhead(pk, ["PEMERINTAH KOTA PASIR LAMARU", "DINAS PERIKANAN", "Jl. Dermaga Lama No. 3, Pasir Lamaru"]);
  pk.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama      : HASAN R. SOLEMAN, S.Pi, M.M",
    "Jabatan   : Kepala Dinas Perikanan Kota Pasir Lamaru",
    "selanjutnya disebut pihak pertama;",
    "Nama      : Drs. MUHLIS ABUBAKAR",
    "Jabatan   : Wali Kota Pasir Lamaru",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  pk.gap(2);
  pk.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERIKANAN KOTA PASIR LAMARU"], 1, { bold: true });
  pk.gap();
  const ti = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
      { key: "tgt", head: ["Target"], role: "target", year: 2025, num: "(5)", fmt: "#,##0.##" },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: iku.map((x, i) => ({
      id: x.id,
      // planted for c: the 2026 target copied into the PK
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tgt: x.id === "c" ? x.t[1] : x.t[0] },
    })),
  });
  pk.gap();
  const progs = [
    ["3.25.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_482_350_000],
    ["3.25.02 Program Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil", 1_236_400_000],
    ["3.25.03 Program Pengelolaan Perikanan Tangkap", 4_918_700_000],
    ["3.25.04 Program Pengelolaan Perikanan Budidaya", 2_347_150_000],
    ["3.25.06 Program Pengolahan dan Pemasaran Hasil Perikanan", 1_862_900_000],
  ] as const;
  const tp = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 60 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, v], i) => ({ id: `g${i}`, cells: { no: i + 1, prog: p, ang: v, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({
          prog: "Jumlah",
          ang: fx(`SUM(${x.a("ang", "g0")}:${x.a("ang", "g4")})`, 16_874_500_000),
        }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Pasir Lamaru, 2 Januari 2025",
    jabatan: ["Kepala Dinas Perikanan"],
    nama: "HASAN R. SOLEMAN, S.Pi, M.M",
    nip: "19760322 200212 1 004",
  });

  rs.lines([
    "Tabel 4.2 Indikator Kinerja Utama Dinas Perikanan Kota Pasir Lamaru",
    "yang mengacu pada Tujuan dan Sasaran RPJMD, Renstra Tahun 2025-2029",
  ]);
  rs.gap();
  const tr = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Kinerja Awal"], role: "kondisi-awal", fmt: "#,##0.##" },
      ...[1, 2, 3, 4, 5].map((n): Col => ({
        key: `t${n}`,
        head: ["Target Kinerja", `Tahun ke-${n}`],
        role: "target",
        year: 2024 + n,
        fmt: "#,##0.##",
      })),
      {
        key: "akhir",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
        role: "kondisi-akhir",
        fmt: "#,##0.##",
      },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: iku.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        t1: x.t[0],
        t2: x.t[1],
        t3: x.t[2],
        t4: x.t[3],
        t5: x.t[4],
        akhir: x.t[4],
      },
    })),
  });
  const R = `'${REN}'!`;
  book.plant({
    at: {
      anyOf: [
        { sheet: "PK 2025", cell: ti.a("tgt", "c") },
        { sheet: REN, cell: tr.a("t1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 28 for nelayan berasuransi is the Renstra Tahun ke-2 (2026) target; 2025 is 22",
    truth: `${R}${tr.a("t1", "c")}`,
  });
  book.plant({
    at: { sheet: "PK 2025", cell: tp.a("ang", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over the five programs shows a stale 16,874,500,000; they add up to 16,847,500,000",
    truth: progs.map((_, i) => tp.a("ang", `g${i}`)).join("+"),
  });
  for (const id of ["a", "b", "d", "e"])
    book.ok({
      sheet: "PK 2025",
      cell: ti.a("tgt", id),
      rules: ["cross-table-mismatch"],
      truth: `${R}${tr.a("t1", id)}`,
      trap: `${R}${tr.a("t2", id)}`,
    });
  for (const x of iku)
    book.ok({
      sheet: REN,
      cell: tr.a("akhir", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("t5", x.id),
      trap: `SUM(${tr.a("t1", x.id)}:${tr.a("t5", x.id)})`,
    });
  return book.finish();
}

const KEC = [
  "Ampana Saronde",
  "Tojo Pesisir",
  "Ulubongka Laut",
  "Walea Kecil",
  "Togean Barat",
  "Tanjung Api",
  "Bongka Hilir",
];

/** Produksi per kecamatan with nelayan berasuransi side by side (one empty column between). */
export function rekapKecamatan(): BookW {
  const book = new BookW(
    "rekap-produksi-nelayan-asuransi-kecamatan-teluk-saronde-313.xlsx",
    "rekap kecamatan",
    "Produksi perikanan dan nelayan berasuransi per kecamatan, Teluk Saronde 2024",
  );
  const s = book.sheet("Rekap Kecamatan 2024");
  letterhead(s, ["DINAS KELAUTAN DAN PERIKANAN KABUPATEN TELUK SARONDE"]);
  s.lines(["Rekapitulasi Produksi Perikanan dan Nelayan Peserta Asuransi per Kecamatan Tahun 2024"]);
  s.gap();
  const top = s.r;
  const tgk = [4_182.6, 2_915.4, 1_876.2, 3_402.8, 2_240.5, 1_108.7, 965.3];
  const bdy = [612.4, 1_284.9, 2_106.3, 318.6, 845.2, 1_472.8, 529.1];
  const nilai = [112_845, 96_420, 88_318, 84_950, 68_217, 55_603, 31_274];
  const A = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "kec", head: ["Kecamatan"], num: "(2)", width: 18 },
        { key: "tgk", head: ["Produksi (ton)", "Tangkap"], num: "(3)", fmt: "#,##0.0" },
        { key: "bdy", head: ["Produksi (ton)", "Budidaya"], num: "(4)", fmt: "#,##0.0" },
        { key: "jml", head: ["Produksi (ton)", "Jumlah"], num: "(5) = (3) + (4)", fmt: "#,##0.0" },
        { key: "kon", head: ["Kontribusi (%)"], num: "(6)", fmt: DEC },
        { key: "nil", head: ["Nilai Produksi (Rp juta)"], num: "(7)", fmt: INT },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...KEC.map((k, i) => ({
          id: `k${i}`,
          cells: (x: { a(k: string, id?: string): string }) => ({
            no: i + 1,
            kec: k,
            tgk: tgk[i],
            bdy: bdy[i],
            jml: fx(`${x.a("tgk")}+${x.a("bdy")}`),
            kon: fx(`ROUND(${x.a("jml")}/${x.a("jml", "tot")}*100,2)`),
            nil: nilai[i],
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kec: "Jumlah",
            // planted: the range stops one kecamatan short
            tgk: fx(`SUM(${x.a("tgk", "k0")}:${x.a("tgk", "k5")})`),
            bdy: fx(`SUM(${x.a("bdy", "k0")}:${x.a("bdy", "k6")})`),
            jml: fx(`SUM(${x.a("jml", "k0")}:${x.a("jml", "k6")})`),
            kon: fx(`SUM(${x.a("kon", "k0")}:${x.a("kon", "k6")})`),
            nil: fx(`SUM(${x.a("nil", "k0")}:${x.a("nil", "k6")})`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const nel = [1_842, 1_215, 764, 1_390, 1_027, 486, 412];
  const ase = [826, 498, 301, 655, 412, 173, 139];
  const pct = nel.map((n, i) => round((ase[i] / n) * 100));
  pct[3] = round((ase[3] / 583) * 100); // planted: divided by the nelayan of the kecamatan's own TPI list
  const B = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "kec", head: ["Kecamatan"], num: "(2)", width: 18 },
        { key: "nel", head: ["Jumlah Nelayan (orang)"], num: "(3)", fmt: INT },
        { key: "ase", head: ["Nelayan Peserta Asuransi", "Orang"], num: "(4)", fmt: INT },
        { key: "pct", head: ["Nelayan Peserta Asuransi", "%"], num: "(5) = (4) : (3) x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...KEC.map((k, i) => ({
          id: `n${i}`,
          cells: { no: i + 1, kec: k, nel: nel[i], ase: ase[i], pct: pct[i] },
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kec: "Jumlah",
            nel: fx(`SUM(${x.a("nel", "n0")}:${x.a("nel", "n6")})`),
            ase: fx(`SUM(${x.a("ase", "n0")}:${x.a("ase", "n6")})`),
            pct: round((sum(ase) / sum(nel)) * 100),
          }),
        },
      ],
    },
    A.right + 2,
    top,
  );
  s.gap();
  s.lines(["Sumber: Laporan Statistik Perikanan Kecamatan dan data BPJS/Asuransi Nelayan, diolah."]);
  s.gap();
  signature(s, 10, {
    tempat: "Ampana Saronde, 10 Februari 2025",
    jabatan: ["Kepala Bidang Perikanan Tangkap"],
    nama: "MASITA DG. PATAU, S.Pi",
    nip: "19820511 200604 2 011",
  });
  const S = s.name;
  book.plant({
    at: { sheet: S, cell: A.a("tgk", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah produksi tangkap =SUM stops at Tanjung Api and misses Bongka Hilir (965.3 ton)",
    truth: `SUM(${A.a("tgk", "k0")}:${A.a("tgk", "k6")})`,
  });
  book.plant({
    at: { sheet: S, cell: B.a("pct", "n3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "Walea Kecil 112.35 % insured; 655 of 1,390 nelayan is 47.12 %",
    truth: `ROUND(${B.a("ase", "n3")}/${B.a("nel", "n3")}*100,2)`,
  });
  book.ok({
    sheet: S,
    cell: B.a("pct", "tot"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${B.a("ase", "tot")}/${B.a("nel", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${B.a("pct", "n0")}:${B.a("pct", "n6")}),2)`,
  });
  for (const i of [0, 1, 2, 4, 5, 6])
    book.ok({
      sheet: S,
      cell: B.a("pct", `n${i}`),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND(${B.a("ase", `n${i}`)}/${B.a("nel", `n${i}`)}*100,2)`,
    });
  for (const i of [0, 3, 6]) {
    book.ok({
      sheet: S,
      cell: A.a("jml", `k${i}`),
      rules: ["sum-mismatch"],
      truth: `${A.a("tgk", `k${i}`)}+${A.a("bdy", `k${i}`)}`,
    });
    book.ok({
      sheet: S,
      cell: A.a("kon", `k${i}`),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${A.a("jml", `k${i}`)}/${A.a("jml", "tot")}*100,2)`,
    });
  }
  for (const k of ["bdy", "jml", "nil"])
    book.ok({
      sheet: S,
      cell: A.a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${A.a(k, "k0")}:${A.a(k, "k6")})`,
    });
  for (const k of ["nel", "ase"])
    book.ok({
      sheet: S,
      cell: B.a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${B.a(k, "n0")}:${B.a(k, "n6")})`,
    });
  return book.finish();
}

/** Lelang per TPI per triwulan: no No column, group header repeated in every cell, typed Jumlah nilai. */
export function rekapTpi(): BookW {
  const book = new BookW(
    "rekap-lelang-tpi-triwulan-pasir-lamaru-313.xlsx",
    "rekap TPI",
    "Produksi dan nilai lelang per TPI per triwulan, Pasir Lamaru 2024",
  );
  const s = book.sheet("TPI 2024");
  letterhead(s, ["PEMERINTAH KOTA PASIR LAMARU", "DINAS PERIKANAN", "UPTD Pelabuhan Perikanan dan TPI"]);
  s.lines(["REKAPITULASI VOLUME DAN NILAI LELANG IKAN PER TPI", "TAHUN 2024"]);
  s.gap();
  const tpi = [
    { n: "TPI Dufa-Dufa", q: [214.6, 188.3, 242.9, 231.4], harga: 24_350 },
    { n: "TPI Bastiong", q: [176.2, 151.8, 198.5, 187.1], harga: 22_870 },
    { n: "TPI Kalumpang Baru", q: [98.4, 86.7, 121.3, 110.6], harga: 26_140 },
    { n: "TPI Sasa", q: [64.8, 59.2, 77.5, 70.3], harga: 19_960 },
    { n: "TPI Fitu Pantai", q: [41.7, 37.9, 52.6, 48.2], harga: 31_280 },
  ];
  const vol = tpi.map((x) => round(sum(x.q), 1));
  const nilai = tpi.map((x, i) => Math.round((vol[i] * 1000 * x.harga) / 1000) * 1000);
  const typed = [...nilai];
  typed[2] = nilai[2] * 10; // planted: one zero too many
  const Q = ["I", "II", "III", "IV"];
  const t = s.table({
    cols: [
      { key: "tpi", head: ["Nama TPI"], num: "1", width: 22 },
      ...Q.map((q, i): Col => ({
        key: `q${i}`,
        head: ["Volume Ikan Dilelang (ton)", `Triwulan ${q}`],
        num: String(2 + i),
        fmt: "#,##0.0",
      })),
      { key: "vol", head: ["Jumlah Volume (ton)"], num: "6 = 2+3+4+5", fmt: "#,##0.0" },
      { key: "nil", head: ["Nilai Lelang (Rp)"], num: "7", fmt: RP, width: 18 },
      { key: "hrg", head: ["Harga Rata-rata (Rp/kg)"], num: "8 = 7 : (6 x 1.000)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    groups: "repeat",
    rows: [
      ...tpi.map((x, i) => ({
        id: `t${i}`,
        cells: (c: { a(k: string, id?: string): string }) => {
          const o: Record<string, number | string | ReturnType<typeof fx>> = { tpi: x.n, nil: typed[i] };
          x.q.forEach((v, j) => (o[`q${j}`] = v));
          const f = `SUM(${c.a("q0")}:${c.a("q3")})`;
          // planted for TPI Sasa: a stale total kept after a Triwulan IV correction
          o.vol = i === 3 ? fx(f, 298.6) : fx(f);
          o.hrg = fx(`ROUND(${c.a("nil")}/(${c.a("vol")}*1000),0)`);
          return o;
        },
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const o: Record<string, number | string | ReturnType<typeof fx>> = {
            tpi: "Jumlah",
            nil: sum(nilai),
          };
          Q.forEach((_, j) => (o[`q${j}`] = fx(`SUM(${c.a(`q${j}`, "t0")}:${c.a(`q${j}`, "t4")})`)));
          o.vol = fx(`SUM(${c.a("q0")}:${c.a("q3")})`);
          o.hrg = fx(`ROUND(${c.a("nil")}/(${c.a("vol")}*1000),0)`);
          return o;
        },
      },
    ],
  });
  s.gap();
  s.lines(["*) Nilai lelang berdasarkan karcis lelang yang disetor ke kas daerah."]);
  s.gap();
  signature(s, 6, {
    tempat: "Pasir Lamaru, 8 Januari 2025",
    jabatan: ["Kepala UPTD Pelabuhan Perikanan dan TPI"],
    nama: "RUSLAN H. DJAFAR, A.Pi",
    nip: "19790905 200501 1 013",
  });
  const S = s.name;
  const others = [0, 1, 3, 4].map((i) => t.a("nil", `t${i}`)).join("+");
  book.plant({
    at: { sheet: S, cell: t.a("nil", "t2") },
    rules: ["number-scale", "sum-mismatch"],
    note: "TPI Kalumpang Baru nilai lelang typed ten times too large; the typed Jumlah leaves 10,900,380,000 for it",
    truth: `${t.a("nil", "tot")}-(${others})`,
  });
  book.plant({
    at: { sheet: S, cell: t.a("vol", "t3") },
    rules: ["sum-mismatch"],
    note: "TPI Sasa =SUM of the four triwulan shows a stale 298.6 ton; the quarters add up to 271.8",
    truth: `${t.a("q0", "t3")}+${t.a("q1", "t3")}+${t.a("q2", "t3")}+${t.a("q3", "t3")}`,
  });
  book.ok({
    sheet: S,
    cell: t.a("hrg", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${t.a("nil", "tot")}/(${t.a("vol", "tot")}*1000),0)`,
    trap: `ROUND((${[0, 1, 4].map((i) => t.a("hrg", `t${i}`)).join("+")})/3,0)`,
    tol: 1,
  });
  for (const i of [0, 1, 2, 4])
    book.ok({
      sheet: S,
      cell: t.a("vol", `t${i}`),
      rules: ["sum-mismatch"],
      truth: `SUM(${t.a("q0", `t${i}`)}:${t.a("q3", `t${i}`)})`,
      tol: 0.06,
    });
  for (const i of [0, 1, 4])
    book.ok({
      sheet: S,
      cell: t.a("hrg", `t${i}`),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${t.a("nil", `t${i}`)}/(${t.a("vol", `t${i}`)}*1000),0)`,
      tol: 1,
    });
  for (const j of [0, 3])
    book.ok({
      sheet: S,
      cell: t.a(`q${j}`, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${t.a(`q${j}`, "t0")}:${t.a(`q${j}`, "t4")})`,
      tol: 0.06,
    });
  book.ok({
    sheet: S,
    cell: t.a("vol", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("q0", "tot")}:${t.a("q3", "tot")})`,
    tol: 0.06,
  });
  return book.finish();
}
