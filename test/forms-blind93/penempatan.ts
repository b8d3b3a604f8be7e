// Sector recaps a Dinas Tenaga Kerja dan Transmigrasi really keeps: the monthly placement of job
// seekers by mechanism (AKL, AKAD, AKAN; counts, so they add) of a Kalimantan Barat kabupaten, and the
// BLK training recap per kejuruan (terdaftar, lulus, ditempatkan, two shares) of the UPTD BLK of
// Provinsi Bengkulu. Every name and number is invented.
import { BookW, DEC, INT, fmt, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

const pct = (a: string, b: string) => `ROUND(${a}/${b}*100,2)`;

// ======================================= Disnakertrans Kabupaten Kapuas Seberang, penempatan 2024

type Bulan = { id: string; nm: string; akl: number; akad: number; akan: number; ket?: string };

const BULAN: Bulan[] = [
  { id: "m1", nm: "Januari", akl: 142, akad: 38, akan: 6 },
  { id: "m2", nm: "Februari", akl: 128, akad: 41, akan: 4 },
  { id: "m3", nm: "Maret", akl: 156, akad: 35, akan: 9 },
  { id: "m4", nm: "April", akl: 97, akad: 29, akan: 3, ket: "Idul Fitri 1445 H" },
  { id: "m5", nm: "Mei", akl: 133, akad: 44, akan: 7, ket: "Job Fair Kapuas Seberang 2024" },
  { id: "m6", nm: "Juni", akl: 171, akad: 52, akan: 5 },
  { id: "m7", nm: "Juli", akl: 149, akad: 47, akan: 8 },
  { id: "m8", nm: "Agustus", akl: 162, akad: 39, akan: 6 },
  { id: "m9", nm: "September", akl: 138, akad: 33, akan: 11, ket: "PMI ke Malaysia (Sarawak)" },
  { id: "m10", nm: "Oktober", akl: 151, akad: 46, akan: 7 },
  { id: "m11", nm: "November", akl: 144, akad: 40, akan: 5 },
  { id: "m12", nm: "Desember", akl: 118, akad: 31, akan: 4 },
];

export function penempatanBulanan(): BookW {
  const b = new BookW(
    "rekap-penempatan-akl-akad-akan-bulanan-kapuas-seberang.xlsx",
    "rekap penempatan tenaga kerja per bulan (Disnakertrans kabupaten)",
    "Rekap 2024 of a Kalimantan Barat Disnakertrans: No. | Bulan | 'Mekanisme Penempatan (orang)' > AKL | AKAD | AKAN | Jumlah (orang) | % AKL terhadap Jumlah | Keterangan; number row (1) .. '(6)=(3)+(4)+(5)', '(7)=(3)/(6)x100'; row formulas, a JUMLAH row whose (6) adds the column totals and whose (7) is the ratio of the totals; notes and signature",
  );
  const S = "Penempatan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAPUAS SEBERANG",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "Jl. Ahmad Yani No. 47 Sungai Ayak, Kode Pos 78562",
  ]);
  s.lines(["REKAPITULASI PENEMPATAN TENAGA KERJA MENURUT MEKANISME PENEMPATAN", "TAHUN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const G = "Mekanisme Penempatan (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "bln", head: ["Bulan"], num: "(2)", width: 14 },
    { key: "akl", head: [G, "AKL (Antar Kerja Lokal)"], role: "realisasi", num: "(3)", fmt: INT },
    { key: "akad", head: [G, "AKAD (Antar Kerja Antar Daerah)"], role: "realisasi", num: "(4)", fmt: INT },
    { key: "akan", head: [G, "AKAN (Antar Kerja Antar Negara)"], role: "realisasi", num: "(5)", fmt: INT },
    { key: "jml", head: ["Jumlah (orang)"], role: "realisasi", num: "(6)=(3)+(4)+(5)", fmt: INT },
    { key: "pct", head: ["% AKL terhadap Jumlah"], num: "(7)=(3)/(6)x100", fmt: DEC },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(8)", width: 26 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...BULAN.map((m, i): Row => ({
        id: m.id,
        cells: (c) => ({
          no: i + 1,
          bln: m.nm,
          akl: m.akl,
          akad: m.akad,
          akan: m.akan,
          // planted: Mei typed 148 (the digits of 184 swapped) among the (3)+(4)+(5) formulas
          jml: m.id === "m5" ? 148 : fx(`${c.a("akl")}+${c.a("akad")}+${c.a("akan")}`),
          // planted: Oktober keeps a stale cached share
          pct: fx(pct(c.a("akl"), c.a("jml")), m.id === "m10" ? 67.91 : undefined),
          ket: m.ket,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "bln"],
        cells: (c) => ({
          no: "JUMLAH",
          akl: fx(`SUM(${c.a("akl", "m1")}:${c.a("akl", "m12")})`),
          akad: fx(`SUM(${c.a("akad", "m1")}:${c.a("akad", "m12")})`),
          akan: fx(`SUM(${c.a("akan", "m1")}:${c.a("akan", "m12")})`),
          jml: fx(`${c.a("akl")}+${c.a("akad")}+${c.a("akan")}`),
          pct: fx(pct(c.a("akl"), c.a("jml"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Bidang Penempatan dan Perluasan Kesempatan Kerja (laporan IPK/III/1 bulanan).",
    "AKAN: Pekerja Migran Indonesia yang diberangkatkan melalui LTSA-PMI Kabupaten.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sungai Ayak, 15 Januari 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi", "Kabupaten Kapuas Seberang,"],
    nama: "YOHANES ALOYSIUS DJUNAIDI, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19730411 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const row = (id: string) => `${a("akl", id)}+${a("akad", id)}+${a("akan", id)}`;
  b.plant({
    at: { sheet: S, cell: a("jml", "m5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Mei is a typed 148 among (3)+(4)+(5) formulas; 133 + 44 + 7 give 184 (digits swapped)",
    truth: row("m5"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "m10") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: "% AKL of Oktober is =ROUND((3)/(6)*100,2) with a stale cached 67.91; 151 / 204 gives 74.02",
    truth: pct(a("akl", "m10"), a("jml", "m10")),
  });
  for (const id of ["m1", "m6", "m9", "m12"])
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch", "hardcoded-value"], truth: row(id) });
  for (const k of ["akl", "akan"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "m1")}:${a(k, "m12")})`,
    });
  // the JUMLAH of (6) adds the column totals; the Mei cell in (6) does not enter it
  b.ok({ sheet: S, cell: a("jml", "tot"), rules: ["sum-mismatch"], truth: row("tot") });
  // the JUMLAH share is the ratio of the totals, not the mean of the monthly shares
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: pct(a("akl", "tot"), a("jml", "tot")),
    trap: `ROUND(AVERAGE(${a("pct", "m1")}:${a("pct", "m12")}),2)`,
  });
  return b.finish();
}

// ========================================== UPTD BLK Disnakertrans Provinsi Bengkulu, pelatihan 2024

type Kej = {
  id: string;
  nm: string;
  paket: number;
  daftar: number;
  lulus: number;
  kerja: number;
  dana: string;
};

const KEJ: Kej[] = [
  {
    id: "k1",
    nm: "Teknik Otomotif (Sepeda Motor)",
    paket: 4,
    daftar: 64,
    lulus: 61,
    kerja: 38,
    dana: "APBN (PBK Kemnaker)",
  },
  {
    id: "k2",
    nm: "Teknologi Informasi dan Komunikasi",
    paket: 3,
    daftar: 48,
    lulus: 47,
    kerja: 22,
    dana: "APBN (PBK Kemnaker)",
  },
  { id: "k3", nm: "Las (SMAW 3G)", paket: 3, daftar: 48, lulus: 47, kerja: 31, dana: "APBD Provinsi" },
  {
    id: "k4",
    nm: "Listrik Instalasi Penerangan",
    paket: 2,
    daftar: 32,
    lulus: 29,
    kerja: 17,
    dana: "APBD Provinsi",
  },
  { id: "k5", nm: "Menjahit Pakaian", paket: 3, daftar: 48, lulus: 44, kerja: 19, dana: "APBD Provinsi" },
  {
    id: "k6",
    nm: "Tata Boga (Pengolahan Hasil Perikanan)",
    paket: 3,
    daftar: 48,
    lulus: 44,
    kerja: 26,
    dana: "DAK Non Fisik",
  },
  {
    id: "k7",
    nm: "Bangunan (Batu dan Beton)",
    paket: 2,
    daftar: 32,
    lulus: 30,
    kerja: 21,
    dana: "DAK Non Fisik",
  },
  {
    id: "k8",
    nm: "Tata Kecantikan Rambut",
    paket: 2,
    daftar: 32,
    lulus: 32,
    kerja: 12,
    dana: "APBD Provinsi",
  },
];

export function blkKejuruan(): BookW {
  const b = new BookW(
    "peserta-blk-lulus-ditempatkan-per-kejuruan-bengkulu.xlsx",
    "rekap pelatihan BLK per kejuruan (UPTD BLK provinsi)",
    "UPTD BLK Bengkulu 2024: three header rows, No | Kejuruan | Jumlah Paket | 'Hasil Pelatihan Tahun 2024' > 'Peserta (orang)' > Terdaftar | Lulus | Ditempatkan, 'Persentase (%)' > Kelulusan | Penempatan | Sumber Dana; number row 1 .. '7 = 5/4 x 100', '8 = 6/5 x 100'; Jumlah row with ratios of the totals",
  );
  const S = "Rekap Kejuruan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI BENGKULU",
    "DINAS TENAGA KERJA DAN TRANSMIGRASI",
    "UPTD BALAI LATIHAN KERJA",
  ]);
  s.lines([
    "Tabel 2.4",
    "Rekapitulasi Peserta Pelatihan Berbasis Kompetensi per Kejuruan Tahun Anggaran 2024",
  ]);
  s.gap();
  const H = "Hasil Pelatihan Tahun 2024";
  const P = "Peserta (orang)";
  const Q = "Persentase (%)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "nm", head: ["Kejuruan"], role: "indikator", num: 2, width: 36 },
      { key: "pk", head: ["Jumlah Paket"], num: 3, fmt: INT, width: 9 },
      { key: "d", head: [H, P, "Terdaftar"], role: "realisasi", year: 2024, num: 4, fmt: INT },
      { key: "l", head: [H, P, "Lulus"], role: "realisasi", year: 2024, num: 5, fmt: INT },
      { key: "k", head: [H, P, "Ditempatkan"], role: "realisasi", year: 2024, num: 6, fmt: INT },
      { key: "pl", head: [H, Q, "Kelulusan"], num: "7 = 5/4 x 100", fmt: DEC },
      { key: "pp", head: [H, Q, "Penempatan"], num: "8 = 6/5 x 100", fmt: DEC },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan", num: 9, width: 20 },
    ],
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...KEJ.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          pk: x.paket,
          d: x.daftar,
          l: x.lulus,
          // planted: Las typed 74 placed, the digits of 47 swapped, more than its 47 graduates
          k: x.id === "k3" ? 74 : x.kerja,
          // planted: Tata Boga's share typed 97.92 (47 / 48, before 3 failed the uji kompetensi)
          pl: x.id === "k6" ? fmt(97.92, DEC) : fx(pct(c.a("l"), c.a("d"))),
          pp: fx(pct(c.a("k"), c.a("l"))),
          sd: x.dana,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "Jumlah",
          pk: fx(`SUM(${c.a("pk", "k1")}:${c.a("pk", "k8")})`),
          d: fx(`SUM(${c.a("d", "k1")}:${c.a("d", "k8")})`),
          l: fx(`SUM(${c.a("l", "k1")}:${c.a("l", "k8")})`),
          k: fx(`SUM(${c.a("k", "k1")}:${c.a("k", "k8")})`),
          pl: fx(pct(c.a("l"), c.a("d"))),
          pp: fx(pct(c.a("k"), c.a("l"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: ditempatkan = bekerja atau berwirausaha s.d. 6 bulan setelah pelatihan (hasil tracer study).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Bengkulu, 20 Januari 2025",
    jabatan: ["Kepala UPTD Balai Latihan Kerja,"],
    nama: "Ir. MARLINA SEPTIANI HASIBUAN, M.T.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820917 200902 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("k", "k3") },
        { sheet: S, cell: a("pp", "k3") },
      ],
    },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "Las: 74 ditempatkan (the digits of 47 swapped) out of 47 lulus, so the Penempatan share is 157.45 %; placed graduates cannot outnumber graduates",
    truth: a("l", "k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pl", "k6") },
    rules: ["ratio-components-mismatch", "capaian-mismatch", "hardcoded-value"],
    note: "Kelulusan of Tata Boga is a typed 97.92 among ROUND formulas; 44 / 48 gives 91.67",
    truth: pct(a("l", "k6"), a("d", "k6")),
  });
  for (const x of KEJ) {
    if (x.id === "k3") continue;
    b.ok({
      sheet: S,
      cell: a("pp", x.id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: pct(a("k", x.id), a("l", x.id)),
    });
  }
  for (const k of ["d", "l"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k8")})` });
  // the Jumlah Kelulusan is 334 / 352, not the mean of the eight shares
  b.ok({
    sheet: S,
    cell: a("pl", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch", "sum-mismatch"],
    truth: pct(a("l", "tot"), a("d", "tot")),
    trap: `ROUND(AVERAGE(${a("pl", "k1")}:${a("pl", "k8")}),2)`,
  });
  // Tata Kecantikan: every participant passed, 100.00 is in range
  b.ok({
    sheet: S,
    cell: a("pl", "k8"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: "100",
  });
  if (round((44 / 48) * 100) !== 91.67) throw new Error("blk k6");
  return b.finish();
}
