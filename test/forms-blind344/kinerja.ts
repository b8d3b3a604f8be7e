// PK with its Renstra sheet and two recaps of operational data of set 344 (Dinas Pendidikan Kota
// Tanjung Parigi, Sulawesi Tengah, and Kabupaten Lembah Seruni, Nusa Tenggara Barat). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

const PK = "PK 2025";
const REN = "Renstra 2025-2029";

/** PK 2025 (indicator table + program table with a typed Jumlah) beside the Renstra targets. */
export function pkPendidikan(): BookW {
  const book = new BookW(
    "pk-2025-disdik-tanjung-parigi-344.xlsx",
    "PK",
    "PK 2025 Dinas Pendidikan Tanjung Parigi",
  );
  const inds = [
    {
      id: "apk",
      sas: "Meningkatnya partisipasi pendidikan",
      ind: "APK SMP/MTs",
      sat: "%",
      awal: 91.4,
      k: [92.0, 92.8, 93.5, 94.3, 95.0],
    },
    {
      id: "apm",
      sas: "Meningkatnya partisipasi pendidikan",
      ind: "APM SD/MI",
      sat: "%",
      awal: 96.9,
      k: [97.1, 97.3, 97.5, 97.7, 98.0],
    },
    {
      id: "rls",
      sas: "Meningkatnya partisipasi pendidikan",
      ind: "Rata-rata lama sekolah",
      sat: "tahun",
      awal: 10.12,
      k: [10.2, 10.28, 10.36, 10.45, 10.55],
    },
    {
      id: "guru",
      sas: "Meningkatnya mutu pendidik",
      ind: "Persentase guru bersertifikat pendidik",
      sat: "%",
      awal: 63.2,
      k: [66, 69, 72, 75, 78],
    },
    {
      id: "akr",
      sas: "Meningkatnya mutu pendidik",
      ind: "Persentase sekolah terakreditasi minimal B",
      sat: "%",
      awal: 81.5,
      k: [83, 85, 87, 88.5, 90],
    },
  ];
  // Renstra sheet
  const r = book.sheet(REN);
  r.lines(
    ["Tujuan, Sasaran dan Target Kinerja Dinas Pendidikan Kota Tanjung Parigi", "Renstra 2025-2029"],
    1,
    { bold: true },
  );
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no" },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC },
    ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
      key: `y${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "akhir", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${2025 + j}`, v])),
        akhir: fx(c.a("y2029")),
      }),
    })),
  });
  // PK sheet
  const s = book.sheet(PK);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG PARIGI",
    "DINAS PENDIDIKAN",
    "Jl. Sis Aljufri No. 8, Tanjung Parigi",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel...",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025 DINAS PENDIDIKAN KOTA TANJUNG PARIGI"], 1, { bold: true });
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "guru" ? x.k[1] : x.k[0] },
    })),
  });
  s.gap();
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 186_420_315_000],
    ["Program Pengelolaan Pendidikan", 94_815_620_500],
    ["Program Pengembangan Kurikulum", 1_286_400_000],
    ["Program Pendidik dan Tenaga Kependidikan", 3_942_180_000],
  ];
  const total = sum(progs.map((p) => p[1]));
  const pr = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "prog", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, v], i): Row => ({ id: `p${i}`, cells: { no: i + 1, prog: p, rp: v, ket: "APBD" } })),
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "Jumlah", rp: total + 90_000_000 } },
    ],
  });
  s.gap();
  signature(s, 4, {
    tempat: "Tanjung Parigi, 3 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN"],
    nama: "Dr. HASNAWATI LAMAKARATE, M.Pd.",
    pangkat: "Pembina Utama Muda",
    nip: "19720818 199803 2 006",
  });
  book.plant({
    at: {
      anyOf: [
        { sheet: PK, cell: pk.a("t", "guru") },
        { sheet: REN, cell: rt.a("y2025", "guru") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "guru bersertifikat: PK target 69 is the Renstra 2026 target; 2025 is 66",
    truth: `'${REN}'!${rt.a("y2025", "guru")}`,
  });
  book.plant({
    at: { sheet: PK, cell: pr.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "typed Jumlah 286,554,515,500; the programs add up to 286,464,515,500",
    truth: `SUM(${pr.a("rp", "p0")}:${pr.a("rp", "p3")})`,
  });
  book.ok({
    sheet: PK,
    cell: pk.a("t", "apk"),
    rules: ["cross-table-mismatch"],
    truth: `'${REN}'!${rt.a("y2025", "apk")}`,
  });
  book.ok({
    sheet: REN,
    cell: rt.a("akhir", "rls"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y2029", "rls"),
    trap: `SUM(${rt.a("y2025", "rls")}:${rt.a("y2029", "rls")})`,
  });
  return book.finish();
}

const APS = "Putus Sekolah 2024";

/** Dropouts per kecamatan, SD and SMP side by side in groups, "5 = 4/3 x 100", a JUMLAH row. */
export function rekapPutusSekolah(): BookW {
  const book = new BookW(
    "rekap-putus-sekolah-per-kecamatan-lembah-seruni-344.xlsx",
    "Rekap",
    "Angka putus sekolah per kecamatan",
  );
  const s = book.sheet(APS);
  letterhead(s, ["DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN LEMBAH SERUNI"]);
  s.lines(["REKAPITULASI ANGKA PUTUS SEKOLAH SD DAN SMP PER KECAMATAN", "TAHUN PELAJARAN 2023/2024"]);
  s.gap();
  const data: Array<[string, number, number, number, number]> = [
    ["Seruni Barat", 6_842, 21, 3_215, 28],
    ["Seruni Timur", 5_910, 17, 2_804, 22],
    ["Batu Layar Hulu", 4_236, 19, 1_978, 25],
    ["Kediri Pantai", 3_588, 9, 1_640, 11],
    ["Gunung Sasak", 2_904, 14, 1_287, 19],
    ["Labuhan Mapin", 2_310, 6, 1_102, 14],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1" },
    { key: "kec", head: ["Kecamatan"], num: "2", width: 20 },
    { key: "sd", head: ["Sekolah Dasar", "Jumlah Siswa"], num: "3", fmt: INT },
    { key: "sdp", head: ["Sekolah Dasar", "Putus Sekolah"], num: "4", fmt: INT },
    { key: "sdx", head: ["Sekolah Dasar", "Angka Putus Sekolah (%)"], num: "5 = 4/3 x 100", fmt: DEC },
    { key: "mp", head: ["Sekolah Menengah Pertama", "Jumlah Siswa"], num: "6", fmt: INT },
    { key: "mpp", head: ["Sekolah Menengah Pertama", "Putus Sekolah"], num: "7", fmt: INT },
    {
      key: "mpx",
      head: ["Sekolah Menengah Pertama", "Angka Putus Sekolah (%)"],
      num: "8 = 7/6 x 100",
      fmt: DEC,
    },
  ];
  const rows: Row[] = data.map(([kec, sd, sdp, mp, mpp], i) => ({
    id: `k${i}`,
    cells: (c) => ({
      no: i + 1,
      kec,
      sd,
      sdp,
      sdx: fx(`ROUND(${c.a("sdp")}/${c.a("sd")}*100,2)`),
      mp,
      mpp,
      mpx: i === 5 ? 1.72 : fx(`ROUND(${c.a("mpp")}/${c.a("mp")}*100,2)`),
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (c) => ({
      no: "JUMLAH",
      sd: fx(`SUM(${c.a("sd", "k0")}:${c.a("sd", "k5")})`),
      sdp: fx(`SUM(${c.a("sdp", "k0")}:${c.a("sdp", "k5")})`),
      sdx: fx(`ROUND(${c.a("sdp")}/${c.a("sd")}*100,2)`),
      mp: sum(data.map((d) => d[3])) + 300,
      mpp: fx(`SUM(${c.a("mpp", "k0")}:${c.a("mpp", "k5")})`),
      mpx: fx(`ROUND(${c.a("mpp")}/${c.a("mp")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  const A = (k: string, id: string) => ({ sheet: APS, cell: t.a(k, id) });
  book.plant({
    at: A("mpx", "k5"),
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Labuhan Mapin SMP typed 1.72 among formulas; 14 / 1,102 x 100 = 1.27",
    truth: `ROUND(${t.a("mpp", "k5")}/${t.a("mp", "k5")}*100,2)`,
  });
  book.plant({
    at: A("mp", "jml"),
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH siswa SMP typed 12,326; the kecamatan add up to 12,026",
    truth: `SUM(${t.a("mp", "k0")}:${t.a("mp", "k5")})`,
  });
  book.ok({
    ...A("sdx", "jml"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${t.a("sdp", "jml")}/${t.a("sd", "jml")}*100,2)`,
    trap: `SUM(${t.a("sdx", "k0")}:${t.a("sdx", "k5")})`,
  });
  book.ok({
    ...A("sdp", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("sdp", "k0")}:${t.a("sdp", "k5")})`,
  });
  s.gap();
  s.lines(["Sumber: Dapodik semester genap 2023/2024, diolah."]);
  return book.finish();
}

const GURU = "Guru dan Akreditasi";

/** PPG graduates per korwil per triwulan, with an accreditation table side by side. */
export function rekapGuruAkreditasi(): BookW {
  const book = new BookW(
    "rekap-guru-ppg-akreditasi-tanjung-parigi-344.xlsx",
    "Rekap",
    "Guru bersertifikat per korwil, akreditasi per jenjang",
  );
  const s = book.sheet(GURU);
  s.lines(
    [
      "REKAP GURU BERSERTIFIKAT PENDIDIK PER KORWIL DAN AKREDITASI SEKOLAH",
      "DINAS PENDIDIKAN KOTA TANJUNG PARIGI TAHUN 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const top = s.r;
  const korwil: Array<[string, number, number, number[]]> = [
    ["Korwil Mantikulore", 842, 512, [3, 14, 22, 9]],
    ["Korwil Palu Timur Raya", 716, 431, [2, 11, 18, 12]],
    ["Korwil Tatanga", 598, 352, [1, 8, 15, 6]],
    ["Korwil Ulujadi", 455, 240, [1, 6, 11, 7]],
  ];
  const a = s.table(
    {
      cols: [
        { key: "kw", head: ["Korwil Pendidikan"], width: 24 },
        { key: "guru", head: ["Jumlah Guru"], fmt: INT },
        { key: "awal", head: ["Bersertifikat Awal 2024"], role: "kondisi-awal", fmt: INT },
        ...[0, 1, 2, 3].map((i): Col => ({
          key: `q${i}`,
          head: ["Lulus PPG (orang)", `TW ${["I", "II", "III", "IV"][i]}`],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        })),
        { key: "jml", head: ["Lulus PPG (orang)", "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
        { key: "sd", head: ["Bersertifikat s.d. TW IV"], fmt: INT },
        { key: "pct", head: ["% Bersertifikat"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...korwil.map(([kw, guru, awal, q], i): Row => ({
          id: `w${i}`,
          cells: (c) => ({
            kw,
            guru,
            awal,
            ...Object.fromEntries(q.map((v, j) => [`q${j}`, v])),
            jml: fx(`SUM(${c.a("q0")}:${c.a("q3")})`, i === 1 ? 47 : undefined),
            sd: fx(`${c.a("awal")}+${c.a("jml")}`),
            pct: fx(`ROUND(${c.a("sd")}/${c.a("guru")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            kw: "Jumlah",
            ...Object.fromEntries(
              ["guru", "awal", "q0", "q1", "q2", "q3", "jml", "sd"].map((k) => [
                k,
                fx(`SUM(${c.a(k, "w0")}:${c.a(k, "w3")})`),
              ]),
            ),
            pct: fx(`ROUND(${c.a("sd")}/${c.a("guru")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const jenjang: Array<[string, number, number, number, number, number]> = [
    ["TK", 64, 12, 30, 14, 8],
    ["SD", 118, 41, 58, 13, 6],
    ["SMP", 36, 15, 17, 3, 0],
  ];
  const b = s.table(
    {
      cols: [
        { key: "j", head: ["Jenjang"] },
        { key: "n", head: ["Jumlah Sekolah"], fmt: INT },
        { key: "a", head: ["Peringkat Akreditasi", "A"], fmt: INT },
        { key: "b", head: ["Peringkat Akreditasi", "B"], fmt: INT },
        { key: "c", head: ["Peringkat Akreditasi", "C"], fmt: INT },
        { key: "x", head: ["Peringkat Akreditasi", "Belum"], fmt: INT },
        { key: "p", head: ["% Minimal B"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...jenjang.map(([j, n, a1, b1, c1, x1], i): Row => ({
          id: `j${i}`,
          cells: (c) => ({
            j,
            n: i === 1 ? n + 4 : n,
            a: a1,
            b: b1,
            c: c1,
            x: x1,
            p: fx(`ROUND((${c.a("a")}+${c.a("b")})/${c.a("n")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            j: "Jumlah",
            ...Object.fromEntries(
              ["n", "a", "b", "c", "x"].map((k) => [k, fx(`SUM(${c.a(k, "j0")}:${c.a(k, "j2")})`)]),
            ),
            p: fx(`ROUND((${c.a("a")}+${c.a("b")})/${c.a("n")}*100,2)`),
          }),
        },
      ],
    },
    a.right + 2,
    top,
  );
  s.r = Math.max(a.lastDataRow, b.lastDataRow) + 2;
  signature(s, 8, {
    tempat: "Tanjung Parigi, 15 Januari 2025",
    jabatan: ["Kepala Bidang GTK"],
    nama: "MOH. RIZAL TOMBOLOTUTU, S.Pd., M.Si.",
    nip: "19810502 200604 1 011",
  });
  const A = (k: string, id: string) => ({ sheet: GURU, cell: a.a(k, id) });
  const B = (k: string, id: string) => ({ sheet: GURU, cell: b.a(k, id) });
  book.plant({
    at: A("jml", "w1"),
    rules: ["sum-mismatch"],
    note: "Palu Timur Raya: =SUM of the quarters with a stale cached 47; 2+11+18+12 = 43",
    truth: `SUM(${a.a("q0", "w1")}:${a.a("q3", "w1")})`,
  });
  book.plant({
    at: B("n", "j1"),
    rules: ["sum-mismatch"],
    note: "SD: Jumlah Sekolah 122, but A + B + C + Belum = 118",
    truth: `SUM(${b.a("a", "j1")}:${b.a("x", "j1")})`,
  });
  book.ok({
    ...B("p", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND((${b.a("a", "tot")}+${b.a("b", "tot")})/${b.a("n", "tot")}*100,2)`,
    trap: `SUM(${b.a("p", "j0")}:${b.a("p", "j2")})`,
  });
  book.ok({
    ...A("sd", "w0"),
    rules: ["sum-mismatch"],
    truth: `${a.a("awal", "w0")}+${a.a("jml", "w0")}`,
    trap: a.a("jml", "w0"),
  });
  return book.finish();
}
