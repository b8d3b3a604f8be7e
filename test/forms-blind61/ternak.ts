// Livestock tables of the sixty-first unseen set: the population recap per kecamatan and jenis ternak
// of the Dinas Peternakan dan Kesehatan Hewan of Kabupaten Tambora Utara (Nusa Tenggara Barat), with a
// JUMLAH column and a JUMLAH row and the growth of the cattle population, and the vaccination coverage
// (rabies of the HPR, Septicaemia Epizootica of cattle and buffalo) per kecamatan of the same Dinas of
// Kabupaten Mahakam Lestari (Kalimantan Timur). Every office, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

// =========================================== Disnakkeswan Kabupaten Tambora Utara, populasi 2024

type Kec = { id: string; nama: string; v: [number, number, number, number, number]; lalu: number };

/** Populasi ternak menurut kecamatan dan jenis ternak, 2024 (ekor). */
export function populasiTernakTamboraUtara(): BookW {
  const b = new BookW(
    "populasi-ternak-per-kecamatan-2024-disnakkeswan-tambora-utara.xlsx",
    "Livestock population recap per kecamatan and jenis ternak",
    "Populasi ternak 2024: No | Kecamatan | 'Ternak Besar' > Sapi Potong / Kerbau | 'Ternak Kecil' > Kambing / Babi | 'Unggas' > Ayam Buras | Jumlah (SUM across) | Populasi Sapi 2023 | Pertumbuhan Sapi (%); the unit '(ekor)' in the title only; JUMLAH row of SUMs whose growth comes from its own totals",
  );
  const S = "Populasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TAMBORA UTARA",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN",
    "Jl. Sultan Kaharuddin No. 31 Sori Madaka",
  ]);
  s.lines(["POPULASI TERNAK MENURUT KECAMATAN DAN JENIS TERNAK TAHUN 2024", "(satuan: ekor)"]);
  s.gap();
  const kec: Kec[] = [
    { id: "k1", nama: "Sori Madaka", v: [14286, 2114, 6842, 0, 38520], lalu: 13702 },
    { id: "k2", nama: "Lanta Baru", v: [9735, 1486, 5203, 112, 27845], lalu: 9948 },
    { id: "k3", nama: "Nanga Sowa", v: [18420, 3052, 8617, 0, 45310], lalu: 17655 },
    { id: "k4", nama: "Oi Marai", v: [7918, 864, 4376, 245, 31062], lalu: 7640 },
    { id: "k5", nama: "Tolo Sange", v: [11064, 2730, 7158, 0, 29487], lalu: 10512 },
    { id: "k6", nama: "Ria Mpaka", v: [6352, 508, 3940, 386, 22715], lalu: 6410 },
    { id: "k7", nama: "Labu Kenanga", v: [12587, 1925, 6031, 57, 35904], lalu: 12096 },
    { id: "k8", nama: "Doro Pela", v: [8203, 1247, 4865, 0, 26138], lalu: 7884 },
  ];
  // planted 1: Oi Marai's Jumlah typed 44,645 (digits swapped) where the other rows SUM; it is 44,465
  const TYPED = { id: "k4", v: 44645 };
  if (sum(kec[3].v) !== 44465) throw new Error("populasi: k4");
  const SP = ["sapi", "kerbau", "kambing", "babi", "ayam"] as const;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 18 },
    { key: "sapi", head: ["Ternak Besar", "Sapi Potong"], role: "realisasi", year: 2024, fmt: INT },
    { key: "kerbau", head: ["Ternak Besar", "Kerbau"], role: "realisasi", year: 2024, fmt: INT },
    { key: "kambing", head: ["Ternak Kecil", "Kambing"], role: "realisasi", year: 2024, fmt: INT },
    { key: "babi", head: ["Ternak Kecil", "Babi"], role: "realisasi", year: 2024, fmt: INT },
    { key: "ayam", head: ["Unggas", "Ayam Buras"], role: "realisasi", year: 2024, fmt: INT },
    { key: "jml", head: ["Jumlah"], role: "realisasi", year: 2024, fmt: INT },
    { key: "lalu", head: ["Populasi Sapi Potong 2023"], role: "realisasi", year: 2023, fmt: INT },
    { key: "gr", head: ["Pertumbuhan Sapi Potong (%)"], role: "pertumbuhan", year: 2024, fmt: DEC },
  ];
  const grow = (c: { a: (k: string, id?: string) => string }, id?: string) =>
    fx(`ROUND((${c.a("sapi", id)}-${c.a("lalu", id)})/${c.a("lalu", id)}*100,2)`);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...kec.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          kec: x.nama,
          ...Object.fromEntries(SP.map((sp, i) => [sp, x.v[i]])),
          jml: x.id === TYPED.id ? TYPED.v : fx(`SUM(${c.a("sapi")}:${c.a("ayam")})`),
          lalu: x.lalu,
          gr: grow(c),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH",
          // planted 2: the kambing SUM stops at Labu Kenanga and misses Doro Pela
          ...Object.fromEntries(
            SP.map((sp) => [sp, fx(`SUM(${c.a(sp, "k1")}:${c.a(sp, sp === "kambing" ? "k7" : "k8")})`)]),
          ),
          jml: fx(`SUM(${c.a("sapi")}:${c.a("ayam")})`),
          lalu: fx(`SUM(${c.a("lalu", "k1")}:${c.a("lalu", "k8")})`),
          gr: grow(c),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Laporan bulanan petugas peternakan kecamatan (Desember 2024) dan hasil validasi Dinas.",
    "Pertumbuhan sapi potong = (populasi 2024 - populasi 2023) / populasi 2023 x 100.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Sori Madaka, 10 Januari 2025",
    jabatan: ["KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN", "KABUPATEN TAMBORA UTARA,"],
    nama: "drh. SYARIFUDDIN H. ABDUL GANI, M.P.",
    pangkat: "Pembina Tingkat I",
    nip: "19750402 200212 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", TYPED.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Oi Marai's Jumlah typed 44,645 where the other kecamatan SUM their row; 7,918 + 864 + 4,376 + 245 + 31,062 = 44,465",
    truth: `SUM(${a("sapi", TYPED.id)}:${a("ayam", TYPED.id)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kambing", "tot") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH kambing SUMs Sori Madaka .. Labu Kenanga (42,167); with Doro Pela (4,865) it is 47,032",
    truth: `SUM(${t.c("kambing")}${t.row("k1")}:${t.c("kambing")}${t.row("k8")})`,
  });
  for (const x of kec) {
    if (x.id !== TYPED.id)
      b.ok({
        sheet: S,
        cell: a("jml", x.id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a("sapi", x.id)}:${a("ayam", x.id)})`,
      });
  }
  for (const sp of ["sapi", "ayam", "babi"])
    b.ok({
      sheet: S,
      cell: a(sp, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${t.c(sp)}${t.row("k1")}:${t.c(sp)}${t.row("k8")})`,
    });
  b.ok({
    sheet: S,
    cell: a("gr", "k6"),
    rules: ["growth-mismatch", "percent-out-of-range"],
    truth: `ROUND((${a("sapi", "k6")}-${a("lalu", "k6")})/${a("lalu", "k6")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("gr", "tot"),
    rules: ["growth-mismatch", "sum-mismatch"],
    truth: `ROUND((${a("sapi", "tot")}-${a("lalu", "tot")})/${a("lalu", "tot")}*100,2)`,
    // the growth of the total is not the sum of the kecamatan's growths
    trap: `SUM(${t.c("gr")}${t.row("k1")}:${t.c("gr")}${t.row("k8")})`,
  });
  return b.finish();
}

// ============================================ Disnakkeswan Kabupaten Mahakam Lestari, vaksinasi 2024

type Vk = { id: string; nama: string; rs: number; rv: number; ss: number; sv: number; ket?: string };

/** Cakupan vaksinasi rabies (HPR) and SE (sapi / kerbau) per kecamatan, 2024. */
export function cakupanVaksinasiMahakamLestari(): BookW {
  const b = new BookW(
    "cakupan-vaksinasi-rabies-se-2024-disnakkeswan-mahakam-lestari.xlsx",
    "Vaccination coverage per kecamatan (sasaran, divaksin, cakupan %)",
    "Cakupan vaksinasi 2024: No | Kecamatan | 'Vaksinasi Rabies (HPR)' > Sasaran / Divaksin / Cakupan (%) | 'Vaksinasi Septicaemia Epizootica (Sapi/Kerbau)' > Sasaran / Divaksin / Cakupan (%) | Keterangan; number row (1) .. (9) with '(5) = (4)/(3) x 100'; cakupan by ROUND formulas; two kecamatan above 100 %; JUMLAH row whose cakupan comes from its totals",
  );
  const S = "Vaksinasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MAHAKAM LESTARI",
    "DINAS PETERNAKAN DAN KESEHATAN HEWAN",
    "UPTD Pusat Kesehatan Hewan",
  ]);
  s.lines(["Tabel 4.3 Cakupan Vaksinasi Penyakit Hewan Menular Strategis per Kecamatan Tahun 2024"]);
  s.gap();
  const rows: Vk[] = [
    { id: "v1", nama: "Muara Kedang Ilir", rs: 1432, rv: 1245, ss: 2860, sv: 2514 },
    {
      id: "v2",
      nama: "Loa Sengkuang",
      rs: 986,
      rv: 912,
      ss: 1740,
      sv: 1802,
      ket: "sasaran SE dari populasi 2023",
    },
    { id: "v3", nama: "Sebulu Darat", rs: 1215, rv: 1037, ss: 3125, sv: 2688 },
    { id: "v4", nama: "Long Nyelong", rs: 642, rv: 498, ss: 1210, sv: 1005, ket: "akses sungai" },
    { id: "v5", nama: "Sungai Bawang Hulu", rs: 1874, rv: 1690, ss: 2346, sv: 2121 },
    { id: "v6", nama: "Batu Ayau", rs: 538, rv: 551, ss: 875, sv: 702, ket: "vaksinasi massal Juni" },
    { id: "v7", nama: "Liang Buaya", rs: 1127, rv: 964, ss: 1958, sv: 1644 },
    { id: "v8", nama: "Jembayan Tengah", rs: 803, rv: 745, ss: 1432, sv: 1309 },
  ];
  // planted 1: Sebulu Darat's rabies cakupan typed 58.35 over its formula (digits swapped); 1,037 / 1,215 = 85.35
  const TYPED = { id: "v3", v: 58.35 };
  if (round((1037 / 1215) * 100) !== 85.35) throw new Error("vaksinasi: v3");
  const R = "Vaksinasi Rabies (HPR)";
  const E = "Vaksinasi Septicaemia Epizootica (Sapi/Kerbau)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "rs", head: [R, "Sasaran (ekor)"], role: "target", year: 2024, num: "(3)", fmt: INT },
    { key: "rv", head: [R, "Divaksin (ekor)"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    {
      key: "rc",
      head: [R, "Cakupan (%)"],
      role: "capaian",
      year: 2024,
      num: "(5) = (4)/(3) x 100",
      fmt: DEC,
    },
    { key: "ss", head: [E, "Sasaran (ekor)"], role: "target", year: 2024, num: "(6)", fmt: INT },
    { key: "sv", head: [E, "Divaksin (ekor)"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
    {
      key: "sc",
      head: [E, "Cakupan (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7)/(6) x 100",
      fmt: DEC,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(9)", width: 22 },
  ];
  const cov = (c: { a: (k: string, id?: string) => string }, v: string, s0: string, id?: string) =>
    fx(`ROUND(${c.a(v, id)}/${c.a(s0, id)}*100,2)`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          kec: x.nama,
          rs: x.rs,
          rv: x.rv,
          rc: x.id === TYPED.id ? TYPED.v : cov(c, "rv", "rs"),
          ss: x.ss,
          sv: x.sv,
          sc: cov(c, "sv", "ss"),
          ket: x.ket,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["rs", "rv", "ss", "sv"].map((k) => [k, fx(`SUM(${c.a(k, "v1")}:${c.a(k, "v8")})`)]),
          ),
          rc: cov(c, "rv", "rs"),
          // planted 2: the SE total averages the kecamatan percentages
          sc: fx(`ROUND(AVERAGE(${c.a("sc", "v1")}:${c.a("sc", "v8")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: cakupan dapat melebihi 100% bila hewan yang divaksin melebihi sasaran yang ditetapkan dari data populasi tahun sebelumnya.",
    "Target cakupan vaksinasi rabies dan SE Tahun 2024 adalah 80%.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Loa Sengkuang, 27 Januari 2025",
    jabatan: ["Kepala UPTD Pusat Kesehatan Hewan,"],
    nama: "drh. WIDYA PARAMITHA SARI",
    pangkat: "Penata Tingkat I",
    nip: "19880611 201402 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumOf = (k: string) => `SUM(${t.c(k)}${t.row("v1")}:${t.c(k)}${t.row("v8")})`;
  b.plant({
    at: { sheet: S, cell: a("rc", TYPED.id) },
    rules: ["capaian-mismatch", "ratio-components-mismatch", "hardcoded-value"],
    note: "Sebulu Darat's rabies cakupan typed 58.35 where the column has ROUND formulas; 1,037 / 1,215 x 100 = 85.35",
    truth: `ROUND(${a("rv", TYPED.id)}/${a("rs", TYPED.id)}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("sc", "tot") },
    rules: ["capaian-mismatch", "ratio-components-mismatch", "inconsistent-formula"],
    note: "JUMLAH SE cakupan is the AVERAGE of the eight percentages (88.32); the totals give 13,785 / 15,546 x 100 = 88.67",
    truth: `ROUND(${a("sv", "tot")}/${a("ss", "tot")}*100,2)`,
  });
  for (const x of rows) {
    if (x.id !== TYPED.id)
      b.ok({
        sheet: S,
        cell: a("rc", x.id),
        rules: x.rv > x.rs ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: `ROUND(${a("rv", x.id)}/${a("rs", x.id)}*100,2)`,
      });
    if (x.sv > x.ss)
      b.ok({
        sheet: S,
        cell: a("sc", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("sv", x.id)}/${a("ss", x.id)}*100,2)`,
      });
  }
  for (const k of ["rs", "rv", "ss", "sv"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: sumOf(k) });
  b.ok({
    sheet: S,
    cell: a("rc", "tot"),
    rules: ["capaian-mismatch", "ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("rv", "tot")}/${a("rs", "tot")}*100,2)`,
    // from the totals, neither the average nor the sum of the percentages
    trap: `${sumOf("rc")}/8`,
  });
  return b.finish();
}
