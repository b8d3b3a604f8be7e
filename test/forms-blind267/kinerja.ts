// LKjIP, Perjanjian Kinerja and two recaps of the Dinas Tenaga Kerja (BLK kejuruan, AK/1 per kecamatan
// beside the perselisihan hubungan industrial per triwulan). All names and numbers invented.
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
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Disnakertrans Lembah Sarimas: capaian formulas, refleksi on negatives, predikat words. */
export function lkjipNaker(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-iku-disnakertrans-lembah-sarimas.xlsx",
    "LKjIP capaian (Disnakertrans)",
    "LKjIP 2024 Tabel 3.2: Target / Realisasi / Capaian formulas, refleksi (2T-R)/T for negative indicators, predikat words, Rata-rata row",
  );
  const S = "Tabel 3.2 Capaian";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Capaian Indikator Kinerja Utama Dinas Tenaga Kerja dan Transmigrasi Kabupaten Lembah Sarimas Tahun 2024",
  ]);
  s.gap();
  type I = { id: string; ind: string; sat: string; neg: boolean; t: number; r: number };
  const inds: I[] = [
    { id: "tpt", ind: "Tingkat Pengangguran Terbuka", sat: "%", neg: true, t: 5.2, r: 4.9 },
    {
      id: "sert",
      ind: "Persentase lulusan pelatihan berbasis kompetensi yang bersertifikat",
      sat: "%",
      neg: false,
      t: 75,
      r: 71.4,
    },
    {
      id: "tmp",
      ind: "Persentase lulusan pelatihan BLK yang ditempatkan",
      sat: "%",
      neg: false,
      t: 40,
      r: 31.2,
    },
    {
      id: "phi",
      ind: "Jumlah perselisihan hubungan industrial yang tidak terselesaikan",
      sat: "kasus",
      neg: true,
      t: 8,
      r: 10,
    },
    {
      id: "ak1",
      ind: "Jumlah pencari kerja terdaftar (AK/1) yang ditempatkan",
      sat: "orang",
      neg: false,
      t: 1250,
      r: 1318,
    },
  ];
  const cap = (i: I) => round(i.neg ? ((2 * i.t - i.r) / i.t) * 100 : (i.r / i.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", year: 2024 },
  ];
  const rows: Row[] = inds.map((i, n) => ({
    id: i.id,
    cells: (x) => ({
      no: n + 1,
      sas:
        n < 3
          ? "Meningkatnya daya saing dan penyerapan tenaga kerja"
          : "Terwujudnya hubungan industrial yang harmonis",
      ind: i.neg ? `${i.ind} (*)` : i.ind,
      sat: i.sat,
      t: i.t,
      r: i.r,
      // planted: the PHI row uses R/T although the indicator is negative
      c:
        i.neg && i.id !== "phi"
          ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
      // planted: "Cukup" for 78.00 (Baik)
      p: i.id === "tmp" ? "Cukup" : i.id === "phi" ? "Sangat Baik" : predikatBaik(cap(i)),
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows,
      {
        id: "avg",
        span: ["no", "r"],
        cells: (x) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${x.a("c", "tpt")}:${x.a("c", "ak1")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines(["(*) indikator negatif: capaian = (2 x target - realisasi) / target x 100"]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "phi") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "PHI unresolved cases is a negative indicator: R/T gives 125.00, the refleksi (2x8-10)/8 gives 75.00",
    truth: `ROUND((2*${a("t", "phi")}-${a("r", "phi")})/${a("t", "phi")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "tmp") },
    rules: ["predikat-mismatch"],
    note: "Capaian 78.00 is Baik (75 < p <= 90), not Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "tmp")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tpt"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "tpt")}-${a("r", "tpt")})/${a("t", "tpt")}*100,2)`,
    trap: `ROUND(${a("r", "tpt")}/${a("t", "tpt")}*100,2)`,
  });
  for (const id of ["sert", "tmp", "ak1"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["tpt", "sert", "ak1"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** Perjanjian Kinerja 2025 of the Disnakertrans Tanjung Karangasri beside its Renstra 2025-2029. */
export function pkNaker(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-disnakertrans-tanjung-karangasri.xlsx",
    "Perjanjian Kinerja + Renstra (Disnakertrans)",
    "PK 2025 indicator table and program table with Jumlah (SUM), beside sheet Renstra with 2025-2029 targets and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  type K = { id: string; ind: string; sat: string; awal: number; t: number[]; level: boolean };
  const ks: K[] = [
    {
      id: "tpt",
      ind: "Tingkat Pengangguran Terbuka",
      sat: "%",
      awal: 6.84,
      t: [6.6, 6.35, 6.1, 5.85, 5.6],
      level: true,
    },
    {
      id: "sert",
      ind: "Persentase lulusan pelatihan kerja yang bersertifikat kompetensi",
      sat: "%",
      awal: 62,
      t: [65, 68, 71, 74, 77],
      level: true,
    },
    {
      id: "plk",
      ind: "Jumlah peserta pelatihan berbasis kompetensi di BLK",
      sat: "orang",
      awal: 512,
      t: [540, 560, 580, 600, 620],
      level: false,
    },
    {
      id: "phi",
      ind: "Persentase perselisihan hubungan industrial yang diselesaikan",
      sat: "%",
      awal: 81,
      t: [83, 85, 87, 89, 91],
      level: true,
    },
  ];
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Disnakertrans Kota Tanjung Karangasri 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    headerRows: 2,
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${i}`,
        head: ["Target", String(2025 + i)],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    rows: ks.map((k, i) => ({
      id: k.id,
      cells: {
        no: i + 1,
        ind: k.ind,
        sat: k.sat,
        awal: k.awal,
        ...Object.fromEntries(k.t.map((v, j) => [`y${j}`, v])),
        ak: k.level ? k.t[4] : k.t.reduce((p, c) => p + c, 0),
      },
    })),
  });
  const ps = b.sheet(P);
  letterhead(ps, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI KOTA TANJUNG KARANGASRI",
  ]);
  ps.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini bersepakat atas target kinerja berikut.",
  ]);
  ps.gap();
  const pt = ps.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    vmerge: ["sas"],
    rows: ks.map((k, i) => ({
      id: k.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Menurunnya pengangguran melalui pelatihan dan penempatan"
            : "Meningkatnya kualitas hubungan industrial",
        ind: k.ind,
        sat: k.sat,
        // planted: the sertifikat target is the Renstra 2026 value
        tg: k.id === "sert" ? k.t[1] : k.t[0],
      },
    })),
  });
  ps.gap();
  const progs = [
    ["Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", 6_842_500_000],
    ["Program Penempatan Tenaga Kerja", 3_215_750_000],
    ["Program Hubungan Industrial", 1_128_300_000],
    ["Program Penunjang Urusan Pemerintahan Daerah", 9_463_900_000],
  ] as const;
  const gt = ps.table({
    headerRows: 1,
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "pr", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    rows: [
      ...progs.map((p, i): Row => ({ id: `p${i}`, cells: { no: i + 1, pr: p[0], rp: p[1], ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        span: ["no", "pr"],
        // planted: SUM stops one row short
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p0")}:${x.a("rp", "p2")})`) }),
      },
    ],
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Tanjung Karangasri, 2 Januari 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi"],
    nama: "Dra. RATNA SULISTYOWATI, M.Si.",
    nip: "19711205 199803 2 004",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "sert") },
        { sheet: R, cell: rt.a("y0", "sert") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target 68 for bersertifikat is the Renstra 2026 target; 2025 is 65",
    truth: ra("y0", "sert"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over three programs (11,186,550,000); the four give 20,650,450,000",
    truth: ["p0", "p1", "p2", "p3"].map((id) => gt.a("rp", id)).join("+"),
  });
  for (const id of ["tpt", "plk", "phi"])
    b.ok({ sheet: P, cell: pt.a("tg", id), rules: ["cross-table-mismatch"], truth: ra("y0", id) });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "sert"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y4", "sert"),
    trap: [0, 1, 2, 3, 4].map((j) => rt.a(`y${j}`, "sert")).join("+"),
  });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "plk"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [0, 1, 2, 3, 4].map((j) => rt.a(`y${j}`, "plk")).join("+"),
    trap: rt.a("y4", "plk"),
  });
  b.ok({ sheet: R, cell: rt.a("ak", "tpt"), rules: ["kondisi-akhir-mismatch"], truth: rt.a("y4", "tpt") });
  return b.finish();
}

/** Rekap pelatihan BLK per kejuruan 2024 (Lembah Sarimas): peserta = kompeten + belum + mundur, penempatan. */
export function rekapBlk(): BookW {
  const b = new BookW(
    "rekap-blk-kejuruan-lulusan-penempatan-lembah-sarimas-2024.xlsx",
    "Rekap pelatihan BLK per kejuruan",
    "per kejuruan: peserta (3) = (4)+(5)+(6), penempatan (9) = (7)+(8), % ditempatkan (10) = (9)/(4) x 100, JUMLAH row of SUM formulas",
  );
  const S = "Rekap BLK 2024";
  const s = b.sheet(S);
  letterhead(s, ["UPTD BALAI LATIHAN KERJA KABUPATEN LEMBAH SARIMAS"]);
  s.lines(["REKAPITULASI PELATIHAN BERBASIS KOMPETENSI DAN PENEMPATAN LULUSAN TAHUN 2024"]);
  s.gap();
  const kj = [
    ["oto", "Otomotif Sepeda Motor", 64, 52, 9, 3, 21, 8],
    ["las", "Pengelasan SMAW", 48, 41, 5, 2, 24, 3],
    ["lis", "Instalasi Listrik", 32, 27, 4, 1, 11, 2],
    ["tik", "Desain Grafis dan TIK", 48, 40, 6, 2, 9, 10],
    ["jht", "Menjahit Pakaian", 80, 71, 7, 2, 14, 29],
    ["php", "Pengolahan Hasil Perkebunan Sawit", 32, 25, 5, 2, 6, 4],
  ] as const;
  const D = "Hasil Uji Kompetensi";
  const T = "Penempatan Lulusan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kj", head: ["Kejuruan"], num: "(2)", width: 30 },
    {
      key: "ps",
      head: ["Jumlah Peserta"],
      role: "realisasi",
      year: 2024,
      num: "(3) = (4)+(5)+(6)",
      fmt: INT,
    },
    { key: "ko", head: [D, "Kompeten"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "bk", head: [D, "Belum Kompeten"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    { key: "md", head: [D, "Mengundurkan Diri"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    { key: "pk", head: [T, "Bekerja di Perusahaan"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
    { key: "wu", head: [T, "Berwirausaha"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    { key: "jt", head: [T, "Jumlah"], role: "realisasi", year: 2024, num: "(9) = (7)+(8)", fmt: INT },
    {
      key: "pc",
      head: ["% Ditempatkan dari Kompeten"],
      role: "capaian",
      year: 2024,
      num: "(10) = (9)/(4) x 100",
      fmt: DEC,
    },
  ];
  const rows: Row[] = kj.map((k, i) => ({
    id: k[0],
    cells: (x) => ({
      no: i + 1,
      kj: k[1],
      // planted: Instalasi Listrik peserta typed 36; 27+4+1 = 32
      ps: k[0] === "lis" ? 36 : k[2],
      ko: k[3],
      bk: k[4],
      md: k[5],
      pk: k[6],
      wu: k[7],
      jt: fx(`${x.a("pk")}+${x.a("wu")}`),
      // planted: Menjahit % has a stale cached 52.11
      pc:
        k[0] === "jht"
          ? fx(`ROUND(${x.a("jt")}/${x.a("ko")}*100,2)`, 52.11)
          : fx(`ROUND(${x.a("jt")}/${x.a("ko")}*100,2)`),
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows,
      {
        id: "jml",
        bold: true,
        span: ["no", "kj"],
        cells: (x) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["ps", "ko", "bk", "md", "pk", "wu", "jt"].map((k) => [
              k,
              fx(`SUM(${x.a(k, "oto")}:${x.a(k, "php")})`),
            ]),
          ),
          pc: fx(`ROUND(${x.a("jt")}/${x.a("ko")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIAPkerja / laporan kejuruan UPTD BLK, diolah"]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ps", "lis") },
    rules: ["sum-mismatch"],
    note: "Instalasi Listrik peserta typed 36; 27 kompeten + 4 belum + 1 mundur = 32",
    truth: `${a("ko", "lis")}+${a("bk", "lis")}+${a("md", "lis")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "jht") },
    rules: ["ratio-components-mismatch"],
    note: "Menjahit % ditempatkan: cached 52.11, (14+29)/71 x 100 = 60.56",
    truth: `ROUND(${a("jt", "jht")}/${a("ko", "jht")}*100,2)`,
  });
  for (const id of ["oto", "las", "tik", "php"])
    b.ok({
      sheet: S,
      cell: a("ps", id),
      rules: ["sum-mismatch"],
      truth: `${a("ko", id)}+${a("bk", id)}+${a("md", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("pc", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("jt", "jml")}/${a("ko", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pc", "oto")}:${a("pc", "php")}),2)`,
  });
  for (const id of ["oto", "las", "tik"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("jt", id)}/${a("ko", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("jt", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("pk", "jml")}+${a("wu", "jml")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ko", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ko", "oto")}:${a("ko", "php")})`,
  });
  return b.finish();
}

/** AK/1 pencari kerja per kecamatan beside the PHI cases per triwulan (Tanjung Karangasri, 2024). */
export function ak1Phi(): BookW {
  const b = new BookW(
    "ak1-pencaker-kecamatan-dan-phi-triwulan-tanjung-karangasri.xlsx",
    "Rekap AK/1 per kecamatan + PHI per triwulan",
    "two tables side by side: AK/1 L/P/Jumlah/ditempatkan/% with TOTAL (ratio of totals); PHI cases per triwulan with bipartit/mediasi/PHI and Jumlah diselesaikan",
  );
  const S = "AK1 dan PHI 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS TENAGA KERJA DAN TRANSMIGRASI KOTA TANJUNG KARANGASRI"]);
  s.lines(["Rekapitulasi Pencari Kerja Terdaftar (AK/1) dan Perselisihan Hubungan Industrial Tahun 2024"]);
  s.gap();
  const top = s.r;
  const kec = [
    ["tb", "Tanjung Barat", 842, 716, 402],
    ["tt", "Tanjung Timur", 1105, 968, 531],
    ["ks", "Karang Sari", 613, 574, 248],
    ["pl", "Pelabuhan", 927, 655, 389],
    ["sk", "Sungai Kunyit", 388, 341, 126],
  ] as const;
  const ta = s.table(
    {
      headerRows: 2,
      numberRow: "plain",
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)" },
        { key: "kc", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
        {
          key: "l",
          head: ["Pencari Kerja Terdaftar (AK/1)", "Laki-laki"],
          role: "realisasi",
          year: 2024,
          num: "(3)",
          fmt: INT,
        },
        {
          key: "p",
          head: ["Pencari Kerja Terdaftar (AK/1)", "Perempuan"],
          role: "realisasi",
          year: 2024,
          num: "(4)",
          fmt: INT,
        },
        {
          key: "j",
          head: ["Pencari Kerja Terdaftar (AK/1)", "Jumlah"],
          role: "realisasi",
          year: 2024,
          num: "(5) = (3)+(4)",
          fmt: INT,
        },
        { key: "dt", head: ["Ditempatkan"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
        {
          key: "pc",
          head: ["% Ditempatkan"],
          role: "capaian",
          year: 2024,
          num: "(7) = (6)/(5) x 100",
          fmt: DEC,
        },
      ],
      rows: [
        ...kec.map((k, i): Row => ({
          id: k[0],
          cells: (x) => ({
            no: i + 1,
            kc: k[1],
            l: k[2],
            p: k[3],
            j: fx(`${x.a("l")}+${x.a("p")}`),
            dt: k[4],
            pc: fx(`ROUND(${x.a("dt")}/${x.a("j")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kc"],
          cells: (x) => ({
            no: "TOTAL",
            // planted: SUM of Laki-laki stops one row short
            l: fx(`SUM(${x.a("l", "tb")}:${x.a("l", "pl")})`),
            p: fx(`SUM(${x.a("p", "tb")}:${x.a("p", "sk")})`),
            j: fx(`SUM(${x.a("j", "tb")}:${x.a("j", "sk")})`),
            dt: fx(`SUM(${x.a("dt", "tb")}:${x.a("dt", "sk")})`),
            pc: fx(`ROUND(${x.a("dt")}/${x.a("j")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const tri = [
    ["t1", "Triwulan I", 14, 6, 4, 1],
    ["t2", "Triwulan II", 11, 5, 3, 2],
    ["t3", "Triwulan III", 17, 8, 5, 1],
    ["t4", "Triwulan IV", 9, 4, 3, 1],
  ] as const;
  const tb = s.table(
    {
      headerRows: 2,
      numberRow: "plain",
      cols: [
        { key: "tw", head: ["Periode"], num: "(a)", width: 14 },
        { key: "cat", head: ["Kasus Tercatat"], role: "target", year: 2024, num: "(b)", fmt: INT },
        {
          key: "bi",
          head: ["Diselesaikan", "Bipartit"],
          role: "realisasi",
          year: 2024,
          num: "(c)",
          fmt: INT,
        },
        {
          key: "me",
          head: ["Diselesaikan", "Mediasi (PB)"],
          role: "realisasi",
          year: 2024,
          num: "(d)",
          fmt: INT,
        },
        {
          key: "an",
          head: ["Diselesaikan", "Anjuran / ke PHI"],
          role: "realisasi",
          year: 2024,
          num: "(e)",
          fmt: INT,
        },
        {
          key: "js",
          head: ["Diselesaikan", "Jumlah"],
          role: "realisasi",
          year: 2024,
          num: "(f) = (c)+(d)+(e)",
          fmt: INT,
        },
      ],
      rows: [
        ...tri.map((q): Row => ({
          id: q[0],
          cells: {
            tw: q[1],
            cat: q[2],
            bi: q[3],
            me: q[4],
            an: q[5],
            js: q[0] === "t3" ? 16 : q[3] + q[4] + q[5],
          },
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            ...Object.fromEntries(
              ["cat", "bi", "me", "an", "js"].map((k) => [k, fx(`SUM(${x.a(k, "t1")}:${x.a(k, "t4")})`)]),
            ),
          }),
        },
      ],
    },
    ta.right + 2,
    top,
  );
  s.r = Math.max(ta.lastDataRow, tb.lastDataRow) + 2;
  signature(s, 10, {
    tempat: "Tanjung Karangasri, 10 Januari 2025",
    jabatan: ["Kepala Bidang Hubungan Industrial dan Penempatan"],
    nama: "YOHANES ARIF KURNIAWAN, S.H.",
    nip: "19800321 200604 1 012",
  });
  const a = (k: string, id: string) => ta.a(k, id);
  const c = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("l", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Laki-laki =SUM stops at Pelabuhan (3,487); the five kecamatan give 3,875",
    truth: kec.map((k) => a("l", k[0])).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: c("js", "t3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Triwulan III Jumlah diselesaikan typed 16; 8+5+1 = 14",
    truth: `${c("bi", "t3")}+${c("me", "t3")}+${c("an", "t3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("dt", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pc", "tb")}:${a("pc", "sk")}),2)`,
  });
  for (const k of ["p", "j", "dt"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map((x) => a(k, x[0])).join("+"),
    });
  for (const id of ["tb", "ks", "sk"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("l", id)}+${a("p", id)}` });
  for (const id of ["t1", "t2", "t4"])
    b.ok({
      sheet: S,
      cell: c("js", id),
      rules: ["sum-mismatch"],
      truth: `${c("bi", id)}+${c("me", id)}+${c("an", id)}`,
    });
  for (const k of ["cat", "bi", "me"])
    b.ok({
      sheet: S,
      cell: c(k, "jml"),
      rules: ["sum-mismatch"],
      truth: tri.map((q) => c(k, q[0])).join("+"),
    });
  return b.finish();
}
