// LKjIP and the monthly kunjungan recap of the Dinas Pariwisata Kabupaten Tanjung Sepadan (Kalimantan
// Barat); the PK with its Renstra and the PAD pariwisata / desa wisata recap of the Dinas Pariwisata
// Kota Bukit Kerambil (Sumatera Barat). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Tabel 3.2, Disparpora Tanjung Sepadan: refleksi on the negative rows, predikat words. */
export function lkjipPariwisata(): BookW {
  const b = new BookW(
    "lkjip-kunjungan-tph-tanjung-sepadan.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pariwisata)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on the negative rows (keluhan keamanan, pengaduan); Rata-rata row; scale footnote",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Sasaran Dinas Pariwisata, Kepemudaan dan Olahraga",
    "Kabupaten Tanjung Sepadan Tahun 2024",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya kunjungan wisatawan";
  const SAS2 = "Meningkatnya kualitas layanan destinasi";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      neg: false,
      r0: 371_250,
      t: 410_000,
      r: 406_890,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Jumlah kunjungan wisatawan mancanegara",
      sat: "orang",
      neg: false,
      r0: 8_940,
      t: 12_500,
      r: 9_870,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      neg: false,
      r0: 1.9,
      t: 2.4,
      r: 2.1,
    },
    {
      id: "i4",
      sas: SAS1,
      ind: "Tingkat penghunian kamar hotel (TPK)",
      sat: "%",
      neg: false,
      r0: 48.5,
      t: 55,
      r: 56.8,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Persentase objek wisata dengan keluhan keamanan",
      sat: "%",
      neg: true,
      r0: 9.2,
      t: 8,
      r: 6.5,
    },
    {
      id: "i6",
      sas: SAS2,
      ind: "Jumlah pengaduan wisatawan yang masuk",
      sat: "kasus",
      neg: true,
      r0: 31,
      t: 20,
      r: 26,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const pred: Record<string, string> = {
    i1: "Sangat Baik",
    // planted: 78.96 is Baik
    i2: "Sangat Baik",
    i3: "Baik",
    i4: "Sangat Baik",
    i5: "Sangat Baik",
    i6: "Cukup",
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the pengaduan row (negative) has the R / T formula
          c: fx(cap(x.id === "i6" ? false : x.neg, c.a("t"), c.a("r"))),
          p: pred[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Skala: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator negatif (keluhan, pengaduan) dihitung dengan (2 x Target - Realisasi) / Target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah pengaduan wisatawan (negative) computed with R / T = 130.00; refleksi (2 x 20 - 26) / 20 gives 70.00",
    truth: cap(true, a("t", "i6"), a("r", "i6")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "'Sangat Baik' for a capaian of 78.96 (9,870 / 12,500); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i5"), a("r", "i5")),
    trap: cap(false, a("t", "i5"), a("r", "i5")),
  });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Pariwisata Kota Bukit Kerambil, beside the Renstra (Tahun ke-1..5). */
export function pkPariwisata(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dispar-bukit-kerambil.xlsx",
    "PK 2025 with Renstra (Dinas Pariwisata)",
    "sheet 'Renstra Dispar': title 'Renstra 2025-2029', Kondisi Awal | Tahun ke-1..ke-5 | Kondisi Akhir; sheet 'PK Dispar 2025': statement, No | Sasaran | Indikator | Satuan | Target; program table with Sumber Dana and a typed Jumlah",
  );
  const R = "Renstra Dispar";
  const P = "PK Dispar 2025";
  const ind = [
    {
      id: "a",
      ind: "Jumlah kunjungan wisatawan ke Kota Bukit Kerambil",
      sat: "orang",
      awal: 486_300,
      k: [520_000, 560_000, 600_000, 645_000, 690_000],
    },
    {
      id: "b",
      ind: "Tingkat penghunian kamar hotel berbintang",
      sat: "%",
      awal: 50.4,
      k: [52, 54, 56, 58, 60],
    },
    {
      id: "c",
      ind: "Kontribusi sektor pariwisata terhadap PAD",
      sat: "%",
      awal: 6.1,
      k: [6.5, 7, 7.5, 8, 8.5],
    },
    {
      id: "d",
      ind: "Persentase desa wisata berkategori berkembang ke atas",
      sat: "%",
      awal: 35,
      k: [40, 45, 50, 55, 60],
    },
  ];
  const rsh = b.sheet(R);
  const pk = b.sheet(P);
  rsh.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Pariwisata Kota Bukit Kerambil 2025-2029"]);
  rsh.gap();
  const rt = rsh.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal" },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PARIWISATA KOTA BUKIT KERAMBIL"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya daya saing pariwisata kota",
        ind: x.ind,
        sat: x.sat,
        // planted: the PAD contribution target is the Renstra Tahun ke-2 (2026) value 7
        tg: x.id === "c" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_215_380_000 },
    { id: "p2", nm: "Program Peningkatan Daya Tarik Destinasi Pariwisata", rp: 6_587_400_000 },
    { id: "p3", nm: "Program Pemasaran Pariwisata", rp: 2_946_150_000 },
    {
      id: "p4",
      nm: "Program Pengembangan Ekonomi Kreatif melalui Pemanfaatan dan Perlindungan HKI",
      rp: 1_108_600_000,
    },
    { id: "p5", nm: "Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif", rp: 734_250_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD Kota" } })),
      // planted: typed Jumlah with two digits swapped (15,951,780,000; the programs give 15,591,780,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 15_951_780_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Bukit Kerambil, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA"],
    nama: "Hj. RAHMI DT. RANGKAYO, S.E., M.Si.",
    nip: "19760514 200212 2 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of kontribusi pariwisata terhadap PAD is 7, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 6.5",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 15,951,780,000; the five programs add up to 15,591,780,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["b", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Monthly kunjungan wisnus / wisman, lama tinggal and TPK of Tanjung Sepadan, 2024. */
export function rekapKunjungan(): BookW {
  const b = new BookW(
    "rekap-kunjungan-wisnus-wisman-bulanan-tanjung-sepadan.xlsx",
    "Rekap kunjungan wisatawan per bulan (Dinas Pariwisata)",
    "12 months: Wisnus | Wisman | Jumlah '(4) = (2)+(3)' | % Wisman '(5) = (3)/(4) x 100' | Rata-rata lama tinggal (hari) | TPK hotel (%); footer row 'Jumlah / Rata-rata' where flows are summed, the % is the ratio of the totals and lama tinggal / TPK are averages",
  );
  const S = "Kunjungan 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PARIWISATA, KEPEMUDAAN DAN OLAHRAGA KABUPATEN TANJUNG SEPADAN"]);
  s.lines(["REKAPITULASI KUNJUNGAN WISATAWAN DAN TINGKAT HUNIAN HOTEL PER BULAN TAHUN 2024"]);
  s.gap();
  const M: Array<[string, number, number, number, number]> = [
    ["Januari", 28_450, 612, 1.8, 41.2],
    ["Februari", 24_980, 540, 1.7, 39.5],
    ["Maret", 26_310, 705, 1.9, 43.8],
    ["April", 35_870, 688, 2.2, 52.1],
    ["Mei", 30_140, 812, 2.0, 48.6],
    ["Juni", 37_260, 934, 2.3, 55.4],
    ["Juli", 38_915, 1_046, 2.4, 58.9],
    ["Agustus", 41_280, 1_215, 2.5, 61.3],
    ["September", 31_460, 958, 2.1, 50.2],
    ["Oktober", 33_720, 874, 2.0, 51.7],
    ["November", 29_860, 726, 1.9, 47.3],
    ["Desember", 48_645, 759, 2.6, 56.8],
  ];
  const ids = M.map((_, i) => `m${i + 1}`);
  const t = s.table({
    cols: [
      { key: "bl", head: ["Bulan"], num: "(1)", width: 12 },
      {
        key: "wn",
        head: ["Kunjungan Wisatawan", "Nusantara"],
        role: "realisasi",
        year: 2024,
        num: "(2)",
        fmt: INT,
      },
      {
        key: "wm",
        head: ["Kunjungan Wisatawan", "Mancanegara"],
        role: "realisasi",
        year: 2024,
        num: "(3)",
        fmt: INT,
      },
      {
        key: "j",
        head: ["Kunjungan Wisatawan", "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(4) = (2)+(3)",
        fmt: INT,
      },
      { key: "pw", head: ["% Wisman thd Jumlah"], role: "lainnya", num: "(5) = (3)/(4) x 100", fmt: DEC },
      {
        key: "lt",
        head: ["Rata-rata Lama Tinggal (hari)"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: DEC,
      },
      { key: "tpk", head: ["TPK Hotel (%)"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...M.map(([bl, wn, wm, lt, tpk], i): Row => ({
        id: ids[i],
        cells: (c) => ({
          bl,
          wn,
          wm,
          // planted: Juli's Jumlah keeps a stale cached 38,915 + 146 (the wisman count before correction)
          j: fx(`${c.a("wn")}+${c.a("wm")}`, bl === "Juli" ? 39_061 : undefined),
          // planted: Desember's % typed 104.6 (an impossible share; 759 / 49,404 = 1.54)
          pw: bl === "Desember" ? 104.6 : fx(`ROUND(${c.a("wm")}/${c.a("j")}*100,2)`),
          lt,
          tpk,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          bl: "Jumlah / Rata-rata",
          wn: fx(`SUM(${c.a("wn", "m1")}:${c.a("wn", "m12")})`),
          wm: fx(`SUM(${c.a("wm", "m1")}:${c.a("wm", "m12")})`),
          j: fx(`${c.a("wn")}+${c.a("wm")}`),
          pw: fx(`ROUND(${c.a("wm")}/${c.a("j")}*100,2)`),
          lt: fx(`ROUND(AVERAGE(${c.a("lt", "m1")}:${c.a("lt", "m12")}),2)`),
          tpk: fx(`ROUND(AVERAGE(${c.a("tpk", "m1")}:${c.a("tpk", "m12")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: buku tamu DTW, data hotel dan BPS Kabupaten Tanjung Sepadan. *) TPK = kamar terpakai / kamar tersedia.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "m7") },
    rules: ["sum-mismatch"],
    note: "Juli's Jumlah =wisnus+wisman has a stale cached 39,061; 38,915 + 1,046 give 39,961",
    truth: `${a("wn", "m7")}+${a("wm", "m7")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pw", "m12") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% wisman of Desember is a typed 104.60, a share above 100; 759 / 49,404 x 100 gives 1.54",
    truth: `ROUND(${a("wm", "m12")}/${a("j", "m12")}*100,2)`,
  });
  for (const id of ["m1", "m6", "m8", "m12"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("wn", id)}+${a("wm", id)}` });
  for (const id of ["m1", "m3", "m8"])
    b.ok({
      sheet: S,
      cell: a("pw", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("wm", id)}/(${a("wn", id)}+${a("wm", id)})*100,2)`,
    });
  for (const k of ["wn", "wm"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "m1")}:${a(k, "m12")})`,
    });
  b.ok({
    sheet: S,
    cell: a("pw", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("wm", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pw", "m1")}:${a("pw", "m11")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("tpk", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("tpk", "m1")}:${a("tpk", "m12")}),2)`,
    trap: `SUM(${a("tpk", "m1")}:${a("tpk", "m12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("lt", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("lt", "m1")}:${a("lt", "m12")}),2)`,
    trap: `SUM(${a("lt", "m1")}:${a("lt", "m12")})`,
  });
  return b.finish();
}

/** PAD pariwisata per objek retribusi 2024 beside the desa wisata per klasifikasi 2022-2024, Bukit Kerambil. */
export function padDesaWisata(): BookW {
  const b = new BookW(
    "pad-pariwisata-desa-wisata-bukit-kerambil.xlsx",
    "Rekap PAD pariwisata dan desa wisata (Dinas Pariwisata)",
    "left: PAD pariwisata 2024 per objek (Target | Realisasi | % Realisasi, Jumlah with the ratio of totals); right, after one empty column: desa wisata per klasifikasi 2022-2024 with Jumlah and a row-wise '% berkembang ke atas' = (Berkembang+Maju+Mandiri)/Jumlah",
  );
  const S = "PAD dan Desa Wisata";
  const s = b.sheet(S);
  s.lines(["REKAPITULASI PAD SEKTOR PARIWISATA DAN PERKEMBANGAN DESA WISATA KOTA BUKIT KERAMBIL"]);
  s.gap();
  const O = [
    { id: "o1", nm: "Retribusi Tempat Rekreasi Ngarai Kerambil", t: 1_250_000_000, r: 1_318_450_000 },
    { id: "o2", nm: "Retribusi Pemandian Air Panas Sungai Angek", t: 480_000_000, r: 436_200_000 },
    { id: "o3", nm: "Retribusi Pesanggrahan Puncak Lawang", t: 320_000_000, r: 297_650_000 },
    { id: "o4", nm: "Retribusi Parkir Kawasan Wisata", t: 210_000_000, r: 224_800_000 },
    { id: "o5", nm: "Pajak Hiburan (event dan pertunjukan)", t: 540_000_000, r: 512_300_000 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Objek PAD Pariwisata"], width: 40 },
      { key: "t", head: ["Tahun 2024", "Target (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
      {
        key: "r",
        head: ["Tahun 2024", "Realisasi (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      },
      { key: "p", head: ["Tahun 2024", "% Realisasi"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (c) => ({
          no: i + 1,
          nm: o.nm,
          t: o.t,
          r: o.r,
          // planted: the pesanggrahan % is a typed T / R (107.51); R / T gives 93.02
          p: o.id === "o3" ? 107.51 : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => ({
          no: "Jumlah",
          t: fx(`SUM(${c.a("t", "o1")}:${c.a("t", "o5")})`),
          r: fx(`SUM(${c.a("r", "o1")}:${c.a("r", "o5")})`),
          p: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
        }),
      },
    ],
  });
  const D = [
    { id: "d1", k: "Rintisan", v: [14, 12, 9] },
    { id: "d2", k: "Berkembang", v: [6, 8, 10] },
    { id: "d3", k: "Maju", v: [2, 3, 5] },
    { id: "d4", k: "Mandiri", v: [0, 1, 2] },
  ];
  const Y = [2022, 2023, 2024];
  const dt = s.table(
    {
      cols: [
        { key: "k", head: ["Klasifikasi Desa Wisata"], width: 24 },
        ...Y.map((y): Col => ({
          key: `y${y}`,
          head: ["Jumlah Desa Wisata", String(y)],
          role: "realisasi",
          year: y,
          fmt: DEC,
        })),
      ],
      headerRows: 2,
      rows: [
        ...D.map((d): Row => ({ id: d.id, cells: { k: d.k, y2022: d.v[0], y2023: d.v[1], y2024: d.v[2] } })),
        {
          id: "j",
          bold: true,
          cells: (c) => {
            const out: Record<string, ReturnType<typeof fx> | string> = { k: "Jumlah" };
            // planted: 2023 sums one row short (Mandiri left out)
            for (const y of Y)
              out[`y${y}`] = fx(`SUM(${c.a(`y${y}`, "d1")}:${c.a(`y${y}`, y === 2023 ? "d3" : "d4")})`);
            return out;
          },
        },
        {
          id: "pct",
          cells: (c) => {
            const out: Record<string, ReturnType<typeof fx> | string> = { k: "% Berkembang ke atas" };
            for (const y of Y)
              out[`y${y}`] = fx(
                `ROUND(SUM(${c.a(`y${y}`, "d2")}:${c.a(`y${y}`, "d4")})/${c.a(`y${y}`, "j")}*100,2)`,
              );
            return out;
          },
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  signature(s, 4, {
    tempat: "Bukit Kerambil, 14 Januari 2025",
    jabatan: ["KEPALA BIDANG DESTINASI PARIWISATA"],
    nama: "ZULHENDRI SUTAN MUDO, S.Par.",
    nip: "19850727 201001 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const d = (k: string, id: string) => dt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "o3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% realisasi of the Pesanggrahan is a typed 107.51 (target / realisasi) among formulas; 297,650,000 / 320,000,000 x 100 = 93.02",
    truth: `ROUND(${a("r", "o3")}/${a("t", "o3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: d("y2023", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah desa wisata 2023 is =SUM over Rintisan..Maju (23); with Mandiri's 1 it is 24",
    truth: `SUM(${d("y2023", "d1")}:${d("y2023", "d4")})`,
  });
  for (const id of ["o1", "o2", "o4", "o5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const k of ["t", "r"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o5")})` });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "tot")}/${a("t", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "o1")}:${a("p", "o5")}),2)`,
  });
  for (const y of [2022, 2024]) {
    b.ok({
      sheet: S,
      cell: d(`y${y}`, "j"),
      rules: ["sum-mismatch"],
      truth: `SUM(${d(`y${y}`, "d1")}:${d(`y${y}`, "d4")})`,
    });
    b.ok({
      sheet: S,
      cell: d(`y${y}`, "pct"),
      rules: ["sum-mismatch", "percent-out-of-range"],
      truth: `ROUND((${d(`y${y}`, "d2")}+${d(`y${y}`, "d3")}+${d(`y${y}`, "d4")})/${d(`y${y}`, "j")}*100,2)`,
      trap: `SUM(${d(`y${y}`, "d1")}:${d(`y${y}`, "j")})`,
    });
  }
  return b.finish();
}
