// Set 347, agreements and recaps: the Perjanjian Kinerja 2025 of Badan Kesbangpol Kota Batu Pandan beside
// its Renstra IKU sheet, a recap of konflik sosial per kecamatan in Kabupaten Lembah Sinarang, and a recap
// of ormas terdaftar with pendidikan politik / wawasan kebangsaan per triwulan in Kota Batu Pandan.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const IKU = [
  {
    sas: "Meningkatnya wawasan kebangsaan masyarakat",
    ind: "Indeks wawasan kebangsaan masyarakat",
    sat: "indeks",
    awal: 3.12,
    t: [3.2, 3.28, 3.36, 3.44, 3.52],
    pk: 3.2,
  },
  {
    sas: "Meningkatnya partisipasi politik masyarakat",
    ind: "Persentase partisipasi pemilih pada Pemilu dan Pilkada",
    sat: "%",
    awal: 71.8,
    t: [73, 74, 75, 76, 77],
    pk: 74,
  },
  {
    sas: "Terkendalinya potensi konflik sosial",
    ind: "Persentase konflik sosial yang tertangani",
    sat: "%",
    awal: 90,
    t: [92, 94, 96, 98, 100],
    pk: 92,
  },
  {
    sas: "Meningkatnya peran organisasi kemasyarakatan",
    ind: "Persentase ormas terdaftar yang aktif melaporkan kegiatan",
    sat: "%",
    awal: 62.38,
    t: [64, 67, 70, 74, 78],
    pk: 64,
  },
];

const PROGRAMS: Array<[string, string, number]> = [
  ["8.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3842150000],
  ["8.01.02", "Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan", 1284600000],
  [
    "8.01.03",
    "Program Peningkatan Peran Partai Politik dan Lembaga Pendidikan melalui Pendidikan Politik dan Pengembangan Etika serta Budaya Politik",
    2176350000,
  ],
  ["8.01.04", "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan", 575000000],
  ["8.01.05", "Program Pembinaan dan Pengembangan Ketahanan Ekonomi, Sosial, dan Budaya", 938700000],
  [
    "8.01.06",
    "Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan Fasilitasi Penanganan Konflik Sosial",
    482100000,
  ],
];

/** PK 2025 (Target before Satuan, program table under a caption with a Jumlah) + Renstra 2025-2029 IKU sheet. */
export function pkKesbangpol(): BookW {
  const book = new BookW(
    "pk-2025-kesbangpol-batu-pandan-347.xlsx",
    "PK",
    "Perjanjian Kinerja 2025 Kepala Badan Kesbangpol Kota Batu Pandan with the Renstra IKU",
  );
  const s = book.sheet("PK 2025");
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "BADAN KESATUAN BANGSA DAN POLITIK KOTA BATU PANDAN"]);
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5, num: "(1)" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34, num: "(2)" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44, num: "(3)" },
      { key: "t", head: ["Target"], role: "target", year: 2025, fmt: DEC, num: "(4)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: IKU.map((d, i) => ({
      id: `s${i + 1}`,
      cells: { no: i + 1, sas: d.sas, ind: d.ind, t: d.pk, sat: d.sat },
    })),
  });
  s.gap();
  s.lines(["Program dan anggaran yang mendukung pencapaian sasaran:"]);
  const progRows: Row[] = PROGRAMS.map(([kode, nama, rp], i) => ({
    id: `g${i + 1}`,
    cells: { no: i + 1, prog: `${kode} ${nama}`, rp, ket: "APBD Kota" },
  }));
  progRows.push({
    id: "jml",
    bold: true,
    span: ["no", "prog"],
    cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g5")})`) }),
  });
  const pg = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "prog", head: ["Program"], width: 60 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: progRows,
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["WALI KOTA BATU PANDAN"],
    nama: "H. SYAMSUL HADI ARDIANSYAH",
    nip: "-",
  });

  const r = book.sheet("Renstra 2025-2029");
  r.lines(["Tabel 7.1 Indikator Kinerja Utama Badan Kesbangpol Kota Batu Pandan, Renstra 2025-2029"], 1, {
    bold: true,
  });
  r.gap();
  const rs = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC },
      ...[1, 2, 3, 4, 5].map((i): Col => ({
        key: `t${i}`,
        head: ["Target Kinerja", `Tahun ke-${i}`],
        role: "target",
        year: 2024 + i,
        fmt: DEC,
      })),
      { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: IKU.map((d, i) => ({
      id: `s${i + 1}`,
      cells: (x) => ({
        no: i + 1,
        sas: d.sas,
        ind: d.ind,
        sat: d.sat,
        awal: d.awal,
        t1: d.t[0],
        t2: d.t[1],
        t3: d.t[2],
        t4: d.t[3],
        t5: d.t[4],
        ka: fx(x.a("t5")),
      }),
    })),
  });
  book.plant({
    at: {
      anyOf: [
        { sheet: s.name, cell: pk.a("t", "s2") },
        { sheet: r.name, cell: rs.a("t1", "s2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 partisipasi pemilih 74 is the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 73",
    truth: `'${r.name}'!${rs.a("t1", "s2")}`,
  });
  book.plant({
    at: { sheet: s.name, cell: pg.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM stops one row short (8.01.06 left out): 8,816,800,000 instead of 9,298,900,000",
    truth: `SUM(${pg.a("rp", "g1")}:${pg.a("rp", "g6")})`,
  });
  book.ok({
    sheet: r.name,
    cell: rs.a("ka", "s3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rs.a("t5", "s3"),
    trap: [1, 2, 3, 4, 5].map((i) => rs.a(`t${i}`, "s3")).join("+"),
  });
  book.ok({
    sheet: s.name,
    cell: pk.a("t", "s4"),
    rules: ["cross-table-mismatch"],
    truth: `'${r.name}'!${rs.a("t1", "s4")}`,
    trap: `'${r.name}'!${rs.a("t5", "s4")}`,
  });
  book.ok({
    sheet: s.name,
    cell: pk.a("t", "s1"),
    rules: ["cross-table-mismatch"],
    truth: `'${r.name}'!${rs.a("t1", "s1")}`,
  });
  return book.finish();
}

const KEC: Array<[string, number[], number]> = [
  ["Sinarang", [4, 6, 5, 7], 20],
  ["Bukit Lamoa", [2, 3, 1, 2], 8],
  ["Pantai Towale", [3, 2, 4, 3], 9],
  ["Lembah Uwe", [1, 2, 2, 1], 5],
  ["Tanah Mabela", [5, 4, 6, 5], 17],
  ["Ranoyapo Baru", [2, 1, 3, 2], 7],
  ["Marowo", [3, 3, 2, 4], 11],
];

/** Konflik sosial dan gangguan trantibum per kecamatan per triwulan; no No column, "(6) = (2)+..+(5)". */
export function rekapKonflik(): BookW {
  const book = new BookW(
    "rekap-konflik-sosial-per-kecamatan-lembah-sinarang-347.xlsx",
    "rekap",
    "Rekap kejadian konflik sosial per kecamatan dan triwulan 2024, Kabupaten Lembah Sinarang",
  );
  const s = book.sheet("Konflik 2024");
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SINARANG", "BADAN KESATUAN BANGSA DAN POLITIK"]);
  s.lines(["REKAPITULASI KEJADIAN KONFLIK SOSIAL DAN PENANGANANNYA PER KECAMATAN TAHUN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const tw = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "kec", head: ["Kecamatan"], num: "(1)", width: 18 },
    ...tw.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: ["Jumlah Kejadian per Triwulan", `Triwulan ${q}`],
      num: `(${i + 2})`,
      fmt: INT,
    })),
    { key: "jml", head: ["Jumlah Kejadian"], num: "(6) = (2)+(3)+(4)+(5)", fmt: INT },
    { key: "tt", head: ["Tertangani / Selesai"], role: "realisasi", num: "(7)", fmt: INT },
    {
      key: "pct",
      head: ["Persentase Tertangani (%)"],
      role: "capaian",
      num: "(8) = (7)/(6) x 100",
      fmt: DEC,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(9)" },
  ];
  const rows: Row[] = KEC.map(([kec, q, tt], i) => ({
    id: `c${i + 1}`,
    cells: (x) => ({
      kec,
      q1: q[0],
      q2: q[1],
      q3: q[2],
      q4: q[3],
      jml: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
      tt,
      pct:
        kec === "Pantai Towale"
          ? fx(`ROUND(${x.a("jml")}/${x.a("tt")}*100,2)`)
          : fx(`ROUND(${x.a("tt")}/${x.a("jml")}*100,2)`),
      ket:
        kec === "Sinarang" ? "sengketa lahan adat" : kec === "Tanah Mabela" ? "bentrok antar kampung" : "-",
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    cells: (x) => ({
      kec: "Jumlah",
      q1: fx(`SUM(${x.a("q1", "c1")}:${x.a("q1", "c7")})`),
      q2: fx(`SUM(${x.a("q2", "c1")}:${x.a("q2", "c7")})`),
      q3: 28,
      q4: fx(`SUM(${x.a("q4", "c1")}:${x.a("q4", "c7")})`),
      jml: fx(`SUM(${x.a("jml", "c1")}:${x.a("jml", "c7")})`),
      tt: fx(`SUM(${x.a("tt", "c1")}:${x.a("tt", "c7")})`),
      pct: fx(`ROUND(${x.a("tt")}/${x.a("jml")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: laporan FKDM kecamatan dan Tim Terpadu Penanganan Konflik Sosial."]);
  s.gap();
  signature(s, 6, {
    tempat: "Sinarang, 10 Januari 2025",
    jabatan: ["Kepala Bidang Kewaspadaan Nasional"],
    nama: "NURHAYATI DG. MASSIKI, S.IP",
    nip: "19800905 200604 2 011",
  });
  const sh = s.name;
  book.plant({
    at: { sheet: sh, cell: t.a("q3", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Triwulan III typed 28; the kecamatan give 23",
    truth: `SUM(${t.a("q3", "c1")}:${t.a("q3", "c7")})`,
  });
  book.plant({
    at: { sheet: sh, cell: t.a("pct", "c3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "Pantai Towale (6)/(7) instead of (7)/(6): 133.33; 9 / 12 x 100 = 75.00",
    truth: `ROUND(${t.a("tt", "c3")}/${t.a("jml", "c3")}*100,2)`,
  });
  book.ok({
    sheet: sh,
    cell: t.a("pct", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${t.a("tt", "tot")}/${t.a("jml", "tot")}*100,2)`,
    trap: `SUM(${t.a("pct", "c1")}:${t.a("pct", "c7")})`,
  });
  book.ok({ sheet: sh, cell: t.a("pct", "c2"), rules: ["percent-out-of-range"], truth: "100" });
  book.ok({
    sheet: sh,
    cell: t.a("jml", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("jml", "c1")}:${t.a("jml", "c7")})`,
  });
  return book.finish();
}

const ORMAS: Array<[string, number, number, number, number]> = [
  ["Keagamaan", 58, 6, 2, 41],
  ["Sosial kemasyarakatan", 47, 5, 3, 30],
  ["Kepemudaan", 29, 4, 1, 19],
  ["Kebudayaan dan adat", 21, 3, 0, 15],
  ["Profesi", 18, 2, 1, 13],
  ["Lingkungan hidup", 14, 3, 1, 8],
];

const KEG: Array<[string, string, number[], boolean]> = [
  ["Kegiatan pendidikan politik bagi pemilih pemula", "kegiatan", [2, 3, 4, 1], false],
  ["Peserta pendidikan politik bagi pemilih pemula", "orang", [180, 265, 340, 95], false],
  ["Sosialisasi penguatan wawasan kebangsaan (empat konsensus dasar)", "kegiatan", [3, 3, 2, 4], false],
  ["Peserta sosialisasi wawasan kebangsaan", "orang", [240, 210, 175, 320], false],
  ["Persentase peserta dengan nilai post-test >= 70", "%", [72.5, 76.8, 78.1, 81.4], true],
];

/** Ormas terdaftar per bidang ("6 = 3 + 4 - 5") and, below a caption, kegiatan per triwulan. */
export function rekapOrmas(): BookW {
  const book = new BookW(
    "rekap-ormas-pendidikan-politik-batu-pandan-347.xlsx",
    "rekap",
    "Rekap ormas terdaftar per bidang and pendidikan politik / wawasan kebangsaan per triwulan 2024, Kota Batu Pandan",
  );
  const s = book.sheet("Rekap 2024");
  letterhead(s, ["BADAN KESATUAN BANGSA DAN POLITIK KOTA BATU PANDAN"]);
  s.lines(["A. Rekapitulasi Organisasi Kemasyarakatan Terdaftar per Bidang, Tahun 2024"], 1, { bold: true });
  const rows: Row[] = ORMAS.map(([b, a, n, d, l], i) => ({
    id: `o${i + 1}`,
    cells: (x) => ({
      no: i + 1,
      bid: b,
      a,
      n,
      d,
      e: b === "Profesi" ? 21 : fx(`${x.a("a")}+${x.a("n")}-${x.a("d")}`),
      l,
      p: fx(`ROUND(${x.a("l")}/${x.a("e")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "bid"],
    cells: (x) => {
      const out: Record<string, ReturnType<typeof fx> | string> = { no: "Jumlah" };
      for (const k of ["a", "n", "d", "e", "l"]) out[k] = fx(`SUM(${x.a(k, "o1")}:${x.a(k, "o6")})`);
      out.p = fx(`ROUND(${x.a("l")}/${x.a("e")}*100,2)`);
      return out;
    },
  });
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1 },
      { key: "bid", head: ["Bidang Ormas"], num: 2, width: 26 },
      { key: "a", head: ["Terdaftar s.d. 31 Des 2023"], role: "kondisi-awal", num: 3, fmt: INT },
      { key: "n", head: ["Mutasi 2024", "Pendaftaran Baru"], num: 4, fmt: INT },
      { key: "d", head: ["Mutasi 2024", "Dicabut / Tidak Aktif"], num: 5, fmt: INT },
      {
        key: "e",
        head: ["Terdaftar s.d. 31 Des 2024"],
        role: "kondisi-akhir",
        num: "6 = 3 + 4 - 5",
        fmt: INT,
      },
      { key: "l", head: ["Melaporkan Kegiatan"], num: 7, fmt: INT },
      { key: "p", head: ["Persentase Melaporkan (%)"], role: "capaian", num: "8 = 7/6 x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows,
  });
  s.gap();
  s.lines(["B. Kegiatan Pendidikan Politik dan Wawasan Kebangsaan per Triwulan Tahun 2024"], 1, {
    bold: true,
  });
  const t2 = s.table({
    cols: [
      { key: "u", head: ["Uraian"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      ...["I", "II", "III", "IV"].map((q, i): Col => ({
        key: `q${i + 1}`,
        head: ["Realisasi Triwulan", q],
        role: "realisasi",
        fmt: DEC,
      })),
      { key: "y", head: ["Capaian 2024"], role: "realisasi", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    groups: "first",
    rows: KEG.map(([u, sat, q, level], i) => ({
      id: `k${i + 1}`,
      cells: (x) => ({
        u,
        sat,
        q1: q[0],
        q2: q[1],
        q3: q[2],
        q4: q[3],
        y: level ? fx(x.a("q4")) : fx(`SUM(${x.a("q1")}:${x.a("q4")})`, i === 1 ? 790 : undefined),
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: persentase post-test adalah posisi pada triwulan berjalan, bukan penjumlahan."]);
  s.gap();
  signature(s, 5, {
    tempat: "Batu Pandan, 8 Januari 2025",
    jabatan: ["Kepala Bidang Ideologi, Wawasan Kebangsaan dan Ormas"],
    nama: "BAIQ NURUL HIDAYATI, S.H.",
    nip: "19850611 201001 2 018",
  });
  const sh = s.name;
  book.plant({
    at: { sheet: sh, cell: t1.a("e", "o5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Profesi terdaftar s.d. 2024 typed 21; 18 + 2 - 1 = 19",
    truth: `${t1.a("a", "o5")}+${t1.a("n", "o5")}-${t1.a("d", "o5")}`,
  });
  book.plant({
    at: { sheet: sh, cell: t2.a("y", "k2") },
    rules: ["sum-mismatch"],
    note: "peserta pendidikan politik =SUM caches 790; the quarters give 880",
    truth: `SUM(${t2.a("q1", "k2")}:${t2.a("q4", "k2")})`,
  });
  book.ok({
    sheet: sh,
    cell: t2.a("y", "k5"),
    rules: ["sum-mismatch"],
    truth: t2.a("q4", "k5"),
    trap: `SUM(${t2.a("q1", "k5")}:${t2.a("q4", "k5")})`,
  });
  book.ok({
    sheet: sh,
    cell: t2.a("y", "k4"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.a("q1", "k4")}:${t2.a("q4", "k4")})`,
  });
  book.ok({
    sheet: sh,
    cell: t1.a("e", "o3"),
    rules: ["sum-mismatch"],
    truth: `${t1.a("a", "o3")}+${t1.a("n", "o3")}-${t1.a("d", "o3")}`,
  });
  return book.finish();
}
