// An LKjIP capaian table of the Dinas Pendidikan of Kabupaten Klawalu (Papua Barat Daya) with APK /
// APM per jenjang, angka putus sekolah (lower is better, capaian by refleksi) and rata-rata lama
// sekolah, and a recap of schools, teachers and pupils per jenjang and per kecamatan of the Dinas
// Pendidikan dan Kebudayaan of Kabupaten Kayoa Raya (Maluku Utara) with sub-totals per jenjang and a
// JUMLAH (A+B). Every office, person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type C = { a(k: string, id?: string): string };

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  r23: number;
  t: number;
  r: number;
  pred: string;
};

export function lkjipDisdikKlawalu(): BookW {
  const b = new BookW(
    "lkjip-disdik-klawalu-2024.xlsx",
    "LKjIP capaian kinerja (Dinas Pendidikan)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Arah | Realisasi 2023 | Target PK 2024 | Realisasi s.d. Desember 2024 | % Capaian | Kategori; APK above 100, refleksi (2T - R) / T for angka putus sekolah, a rata-rata footer",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KLAWALU",
    "DINAS PENDIDIKAN",
    "Tabel 3.2 Pengukuran Capaian Indikator Kinerja Utama Tahun 2024",
  ]);
  const SA1 = "Meningkatnya akses layanan pendidikan dasar";
  const SA2 = "Meningkatnya mutu dan keberlangsungan pendidikan";
  const inds: Ind[] = [
    {
      id: "i1",
      sas: SA1,
      ind: "Angka Partisipasi Kasar (APK) SD/MI",
      sat: "%",
      r23: 106.1,
      t: 105,
      r: 108.42,
      pred: "Sangat Tinggi",
    },
    {
      id: "i2",
      sas: SA1,
      ind: "Angka Partisipasi Kasar (APK) SMP/MTs",
      sat: "%",
      r23: 87.4,
      t: 92.5,
      r: 88.71,
      pred: "Sangat Tinggi",
    },
    {
      id: "i3",
      sas: SA1,
      ind: "Angka Partisipasi Murni (APM) SD/MI",
      sat: "%",
      r23: 93.85,
      t: 96,
      r: 94.38,
      pred: "Sangat Tinggi",
    },
    {
      id: "i4",
      sas: SA1,
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      sat: "%",
      r23: 56.9,
      t: 78,
      r: 58.2,
      pred: "Tinggi",
    },
    {
      id: "i5",
      sas: SA2,
      ind: "Angka Putus Sekolah SD/MI",
      sat: "%",
      neg: true,
      r23: 1.34,
      t: 1.2,
      r: 0.95,
      pred: "Sangat Tinggi",
    },
    {
      id: "i6",
      sas: SA2,
      ind: "Angka Putus Sekolah SMP/MTs",
      sat: "%",
      neg: true,
      r23: 2.58,
      t: 2.1,
      r: 2.46,
      pred: "Tinggi",
    },
    {
      id: "i7",
      sas: SA2,
      ind: "Rata-rata Lama Sekolah penduduk usia 25 tahun ke atas",
      sat: "tahun",
      r23: 7.41,
      t: 7.85,
      r: 7.62,
      pred: "Sangat Tinggi",
    },
    {
      id: "i8",
      sas: SA2,
      ind: "Persentase satuan pendidikan terakreditasi minimal B",
      sat: "%",
      r23: 58.6,
      t: 65,
      r: 61.4,
      pred: "Sangat Tinggi",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 2, width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 3, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    { key: "arah", head: ["Arah"], role: "polaritas", num: 5, width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: 6, fmt: DEC, width: 11 },
    { key: "t", head: ["Tahun 2024", "Target PK"], role: "target", year: 2024, num: 7, fmt: DEC, width: 10 },
    {
      key: "r",
      head: ["Tahun 2024", "Realisasi s.d. Desember"],
      role: "realisasi",
      year: 2024,
      num: 8,
      fmt: DEC,
      width: 12,
    },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, num: 9, fmt: DEC, width: 10 },
    { key: "k", head: ["Kategori"], role: "predikat", num: 10, width: 14 },
  ];
  const rows: Row[] = inds.map((x, i) => ({
    id: x.id,
    cells: (c: C) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      arah: x.neg ? "Menurun (-)" : "Meningkat (+)",
      r23: x.r23,
      t: x.t,
      r: x.r,
      // i6: the lower-is-better indicator given the R / T formula of the others
      c:
        x.neg && x.id !== "i6"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      k: x.pred,
    }),
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c: C) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i8")}),2)`),
      k: "Sangat Tinggi",
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "Catatan: capaian indikator dengan arah menurun dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
    "Kategori: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Klawalu, 17 Februari 2025",
    jabatan: ["Kepala Dinas Pendidikan", "Kabupaten Klawalu,"],
    nama: "YOHANA FERONIKA KAMBUAYA, S.Pd., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19760812 200112 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch"],
    note: "angka putus sekolah SMP/MTs is lower-is-better (Arah 'Menurun'), but its capaian is R / T: 2.46 / 2.10 x 100 = 117.14; by the refleksi of the note (2 x 2.10 - 2.46) / 2.10 x 100 = 82.86",
    truth: `ROUND((2*${a("t", "i6")}-${a("r", "i6")})/${a("t", "i6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i4") },
    rules: ["predikat-mismatch"],
    note: "APM SMP/MTs 58.20 / 78.00 x 100 = 74.62 falls in > 65 s.d. 75 'Sedang', typed 'Tinggi'",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
    trap: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("r", "i1"), rules: ["percent-out-of-range"], truth: "108.42" });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("r23", "i1"), rules: ["percent-out-of-range"], truth: "106.1" });
  b.ok({ sheet: S, cell: a("k", "i5"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i5")})` });
  b.ok({ sheet: S, cell: a("k", "i7"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", "i7")})` });
  b.ok({
    sheet: S,
    cell: a("c", "i7"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i7")}/${a("t", "i7")}*100,2)`,
  });
  return b.finish();
}

type Kec = [string, number, number, number, number, number, number, number];

export function rekapSekolahKayoa(): BookW {
  const b = new BookW(
    "rekap-sekolah-guru-siswa-kayoa-raya-2024.xlsx",
    "rekapitulasi satuan pendidikan, guru dan peserta didik per jenjang dan kecamatan (Dinas Pendidikan dan Kebudayaan)",
    "No | Jenjang / Kecamatan | 'Satuan Pendidikan' > Negeri | Swasta | Jml | 'Pendidik (Guru)' > PNS | PPPK | Honorer | Jml | 'Peserta Didik' > L | P | Jml | Rasio Murid : Guru; section rows A / B, Sub Jumlah per jenjang, JUMLAH (A+B) = the two sub-totals",
  );
  const S = "Rekap Dapodik";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN KAYOA RAYA",
    "REKAPITULASI SATUAN PENDIDIKAN, PENDIDIK DAN PESERTA DIDIK",
    "Semester Ganjil Tahun Pelajaran 2024/2025 (sumber: Dapodik, cut off 31 Oktober 2024)",
  ]);
  const sd: Kec[] = [
    ["Tawabi", 14, 3, 62, 38, 41, 1248, 1176],
    ["Lelei Selatan", 11, 2, 48, 29, 35, 986, 941],
    ["Bajo Pesisir", 9, 4, 37, 22, 44, 802, 779],
    ["Toin Raya", 7, 1, 29, 18, 26, 571, 548],
  ];
  const smp: Kec[] = [
    ["Tawabi", 4, 2, 38, 17, 22, 612, 634],
    ["Lelei Selatan", 3, 1, 27, 12, 18, 448, 471],
    ["Bajo Pesisir", 3, 2, 21, 10, 19, 391, 402],
    ["Toin Raya", 2, 0, 14, 8, 11, 247, 259],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Jenjang / Kecamatan"], role: "lokasi", num: 2, width: 24 },
    { key: "sn", head: ["Satuan Pendidikan", "Negeri"], num: 3, fmt: INT, width: 8 },
    { key: "ss", head: ["Satuan Pendidikan", "Swasta"], num: 4, fmt: INT, width: 8 },
    { key: "sj", head: ["Satuan Pendidikan", "Jml"], num: "5 = 3 + 4", fmt: INT, width: 8 },
    { key: "gp", head: ["Pendidik (Guru)", "PNS"], num: 6, fmt: INT, width: 8 },
    { key: "gk", head: ["Pendidik (Guru)", "PPPK"], num: 7, fmt: INT, width: 8 },
    { key: "gh", head: ["Pendidik (Guru)", "Honorer"], num: 8, fmt: INT, width: 8 },
    { key: "gj", head: ["Pendidik (Guru)", "Jml"], num: "9 = 6 + 7 + 8", fmt: INT, width: 8 },
    { key: "pl", head: ["Peserta Didik", "L"], num: 10, fmt: INT, width: 8 },
    { key: "pp", head: ["Peserta Didik", "P"], num: 11, fmt: INT, width: 8 },
    { key: "pj", head: ["Peserta Didik", "Jml"], num: "12 = 10 + 11", fmt: INT, width: 9 },
    { key: "rs", head: ["Rasio Murid : Guru"], num: "13 = 12 / 9", fmt: "0.0", width: 10 },
  ];
  const N = ["sn", "ss", "gp", "gk", "gh", "pl", "pp"];
  const body = (k: Kec, i: number, id: string, plantPj?: number): Row => ({
    id,
    cells: (c: C) => ({
      no: i + 1,
      kec: `Kec. ${k[0]}`,
      ...Object.fromEntries(N.map((key, j) => [key, k[j + 1]])),
      sj: fx(`SUM(${c.a("sn")}:${c.a("ss")})`),
      gj: fx(`SUM(${c.a("gp")}:${c.a("gh")})`),
      pj: plantPj ?? fx(`SUM(${c.a("pl")}:${c.a("pp")})`),
      rs: fx(`ROUND(${c.a("pj")}/${c.a("gj")},1)`),
    }),
  });
  const sub = (id: string, label: string, first: string, last: string, short?: string): Row => ({
    id,
    bold: true,
    span: ["no", "kec"],
    cells: (c: C) => ({
      no: label,
      ...Object.fromEntries(
        ["sn", "ss", "sj", "gp", "gk", "gh", "gj", "pl", "pp", "pj"].map((key) => [
          key,
          fx(`SUM(${c.a(key, first)}:${c.a(key, key === "gh" && short ? short : last)})`),
        ]),
      ),
      rs: fx(`ROUND(${c.a("pj")}/${c.a("gj")},1)`),
    }),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "A", bold: true, cells: { no: "A.", kec: "SEKOLAH DASAR (SD)" } },
      ...sd.map((k, i) => body(k, i, `a${i + 1}`, i === 2 ? 1518 : undefined)),
      sub("sa", "Sub Jumlah SD", "a1", "a4"),
      { id: "B", bold: true, cells: { no: "B.", kec: "SEKOLAH MENENGAH PERTAMA (SMP)" } },
      ...smp.map((k, i) => body(k, i, `b${i + 1}`)),
      sub("sb", "Sub Jumlah SMP", "b1", "b4", "b3"),
      {
        id: "j",
        bold: true,
        span: ["no", "kec"],
        cells: (c: C) => ({
          no: "JUMLAH (A + B)",
          ...Object.fromEntries(
            ["sn", "ss", "sj", "gp", "gk", "gh", "gj", "pl", "pp", "pj"].map((key) => [
              key,
              fx(`${c.a(key, "sa")}+${c.a(key, "sb")}`),
            ]),
          ),
          rs: fx(`ROUND(${c.a("pj")}/${c.a("gj")},1)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Keterangan: guru honorer termasuk guru honor sekolah dan guru kontrak daerah."]);
  s.gap();
  signature(s, 10, {
    tempat: "Guraping Baru, 12 November 2024",
    jabatan: ["Kepala Bidang Pembinaan SD dan SMP,"],
    nama: "MUHAMMAD RIDWAN SOLEMAN, S.Pd., M.Pd.",
    pangkat: "Penata Tingkat I",
    nip: "19820305 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pj", "a3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kec. Bajo Pesisir SD: 802 L + 779 P = 1,581 peserta didik, typed 1,518 (two digits swapped) among SUM formulas",
    truth: `${a("pl", "a3")}+${a("pp", "a3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("gh", "sb") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Sub Jumlah SMP guru honorer is SUM of the first three kecamatan (22 + 18 + 19 = 59); with Toin Raya (11) the honorer add to 70",
    truth: `SUM(${a("gh", "b1")}:${a("gh", "b4")})`,
  });
  for (const k of ["sn", "gp", "pl"])
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "sa")}+${a(k, "sb")}`,
      trap: `SUM(${a(k, "a1")}:${a(k, "sb")})`,
    });
  b.ok({
    sheet: S,
    cell: a("gj", "sa"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("gj", "a1")}:${a("gj", "a4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rs", "sb"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("pj", "sb")}/${a("gj", "sb")},1)`,
    trap: `SUM(${a("rs", "b1")}:${a("rs", "b4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pj", "b1"),
    rules: ["sum-mismatch"],
    truth: `${a("pl", "b1")}+${a("pp", "b1")}`,
  });
  return b.finish();
}
