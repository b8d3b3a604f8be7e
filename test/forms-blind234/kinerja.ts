// LKjIP and the ormas recap of the Kesbangpol Lembah Sariak (Sumatera Barat); PK with its Renstra and
// the quarterly recap of konflik sosial and pendidikan politik of the Kesbangpol Tanjung Keramat
// (Kalimantan Barat). Every name and number is invented.
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

const rt = (r: string, t: string) => `ROUND(${r}/${t}*100,2)`;
const refl = (r: string, t: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;

/** LKjIP 2024 Tabel 3.2 of the Kesbangpol Lembah Sariak: sasaran merged, realisasi 2023 beside, kategori. */
export function lkjipKesbangpol(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-kesbangpol-lembah-sariak.xlsx",
    "LKjIP capaian kinerja (Kesbangpol)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran Strategis (merged) | Indikator | Satuan | Realisasi 2023 | Tahun 2024 > Target | Realisasi | Capaian (%) | Kategori; refleksi (2T-R)/T on the two negative rows; Rata-rata row",
  );
  const S = "Capaian Kinerja 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN KESATUAN BANGSA DAN POLITIK KABUPATEN LEMBAH SARIAK"]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya kerukunan dan wawasan kebangsaan masyarakat";
  const SB = "Menurunnya konflik sosial di tengah masyarakat";
  const SC = "Meningkatnya partisipasi politik masyarakat";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Indeks Kerukunan Umat Beragama",
      sat: "poin",
      neg: false,
      r23: 75.1,
      t: 76.5,
      r: 78.2,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase pemuda yang mengikuti pendidikan wawasan kebangsaan",
      sat: "%",
      neg: false,
      r23: 41.5,
      t: 60,
      r: 46.8,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Jumlah kejadian konflik sosial",
      sat: "kejadian",
      neg: true,
      r23: 7,
      t: 6,
      r: 4,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase konflik sosial yang berulang",
      sat: "%",
      neg: true,
      r23: 9.8,
      t: 8,
      r: 9.2,
    },
    {
      id: "i5",
      sas: SC,
      ind: "Persentase partisipasi pemilih pada Pemilu dan Pilkada 2024",
      sat: "%",
      neg: false,
      r23: 74.3,
      t: 80,
      r: 78.6,
    },
  ];
  const capOf = (x: (typeof I)[number]) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat" },
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
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the % konflik berulang (negative) uses R / T like the positive rows
          c: fx(x.neg && x.id !== "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: the pemuda row (78.00) is called Cukup; the > 75 - 90 band is Baik
          p:
            x.id === "i2"
              ? "Cukup"
              : x.id === "i4"
                ? predikatBaik(round((x.r / x.t) * 100))
                : predikatBaik(capOf(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator negatif (semakin kecil semakin baik) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Persentase konflik sosial berulang (negative) computed with R / T = 115.00; refleksi (2 x 8 - 9.2) / 8 gives 85.00",
    truth: refl(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Cukup' for a capaian of 78.00 (46.8 / 60); the > 75 - 90 band is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl(a("r", "i3"), a("t", "i3")),
    trap: rt(a("r", "i3"), a("t", "i3")),
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Kesbangpol Tanjung Keramat, with the Renstra 2025-2029 sheet. */
export function pkKesbangpol(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-kesbangpol-tanjung-keramat.xlsx",
    "PK 2025 with Renstra (Kesbangpol)",
    "sheet 'Perjanjian Kinerja 2025': statement, No | Sasaran | Indikator | Target 2025 | Satuan (target before satuan); No | Kode | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'Renstra 2025-2029': Kondisi Awal 2024 | 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "Renstra 2025-2029";
  const P = "Perjanjian Kinerja 2025";
  const ind = [
    {
      id: "a",
      sas: "Terkelolanya potensi konflik sosial",
      ind: "Persentase potensi konflik sosial yang tertangani",
      sat: "%",
      awal: 82,
      k: [84, 86, 88, 90, 92],
    },
    {
      id: "b",
      sas: "Meningkatnya ketertiban administrasi ormas",
      ind: "Persentase ormas berbadan hukum yang melaporkan keberadaannya",
      sat: "%",
      awal: 55,
      k: [60, 65, 70, 75, 80],
    },
    {
      id: "c",
      sas: "Meningkatnya wawasan kebangsaan masyarakat",
      ind: "Indeks Wawasan Kebangsaan Masyarakat",
      sat: "poin",
      awal: 3.12,
      k: [3.2, 3.3, 3.4, 3.5, 3.6],
    },
    {
      id: "d",
      sas: "Terkelolanya potensi konflik sosial",
      ind: "Jumlah kejadian konflik sosial (indikator negatif)",
      sat: "kejadian",
      awal: 7,
      k: [6, 5, 5, 4, 3],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Tujuan, Sasaran dan Target Kinerja Renstra Badan Kesbangpol Kota Tanjung Keramat 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt2 = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "akh", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.k[j]])),
        akh: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "BADAN KESATUAN BANGSA DAN POLITIK KOTA TANJUNG KERAMAT"]);
  pk.lines([
    "Kepala Badan Kesbangpol berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the ormas target 70 is the Renstra 2027 target; 2025 is 60
      cells: { no: i + 1, sas: x.sas, ind: x.ind, t: x.id === "b" ? x.k[2] : x.k[0], sat: x.sat },
    })),
  });
  pk.gap();
  const progs = [
    ["8.01.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 6_245_880_000],
    ["8.01.02", "PROGRAM PENGUATAN IDEOLOGI PANCASILA DAN KARAKTER KEBANGSAAN", 1_128_400_000],
    [
      "8.01.03",
      "PROGRAM PENINGKATAN PERAN PARTAI POLITIK DAN LEMBAGA PENDIDIKAN MELALUI PENDIDIKAN POLITIK DAN PENGEMBANGAN ETIKA SERTA BUDAYA POLITIK",
      2_415_750_000,
    ],
    ["8.01.04", "PROGRAM PEMBERDAYAAN DAN PENGAWASAN ORGANISASI KEMASYARAKATAN", 642_300_000],
    ["8.01.05", "PROGRAM PEMBINAAN DAN PENGEMBANGAN KETAHANAN EKONOMI, SOSIAL, DAN BUDAYA", 987_100_000],
    [
      "8.01.06",
      "PROGRAM PENINGKATAN KEWASPADAAN NASIONAL DAN PENINGKATAN KUALITAS DAN FASILITASI PENANGANAN KONFLIK SOSIAL",
      1_236_900_000,
    ],
  ] as const;
  const bt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "prog", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([kode, prog, rp], i) => ({
        id: `p${i + 1}`,
        cells: { no: i + 1, kode, prog, rp, sd: "APBD" },
      })),
      // planted: Jumlah typed 12,565,330,000; the six programs add up to 12,656,330,000
      { id: "jml", bold: true, span: ["no", "prog"], cells: { no: "JUMLAH", rp: 12_565_330_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Keramat, 6 Januari 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK"],
    nama: "Drs. ABANG SYARIF HAMDANI, M.AP.",
    nip: "19700804 199203 1 011",
  });
  const r = (k: string, id: string) => `'${R}'!${rt2.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "b") },
        { sheet: R, cell: rt2.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the ormas indicator is 70, the Renstra 2027 target; the Renstra 2025 target is 60",
    truth: r("y2025", "b"),
  });
  b.plant({
    at: { sheet: P, cell: bt.a("rp", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah anggaran typed 12,565,330,000; the six programs add up to 12,656,330,000",
    truth: progs.map((_, i) => bt.a("rp", `p${i + 1}`)).join("+"),
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: r("y2025", id),
      trap: id === "c" ? undefined : r("y2026", id),
    });
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt2.a("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt2.a("y2029", id),
      trap: Y.map((y) => rt2.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

type Kec = { id: string; nama: string; ph: number; yy: number; skt: number; lapor: number };

/** Recap of registered ormas per kecamatan, Kesbangpol Lembah Sariak, with the identities in the number row. */
export function rekapOrmas(): BookW {
  const b = new BookW(
    "rekap-ormas-terdaftar-per-kecamatan-lembah-sariak.xlsx",
    "Rekap ormas terdaftar per kecamatan (Kesbangpol)",
    "per kecamatan: Berbadan Hukum > Perkumpulan | Yayasan, Terdaftar (SKT), Jumlah '(6) = (3)+(4)+(5)', melapor kegiatan, '(8) = (7)/(6) x 100'; JUMLAH row with SUM formulas and the % of the totals",
  );
  const S = "Rekap Ormas 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "BADAN KESATUAN BANGSA DAN POLITIK KABUPATEN LEMBAH SARIAK",
    "Bidang Ideologi, Wawasan Kebangsaan dan Ormas",
  ]);
  s.lines([
    "REKAPITULASI ORGANISASI KEMASYARAKATAN TERDAFTAR MENURUT KECAMATAN",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Sariak Gadang", ph: 18, yy: 9, skt: 14, lapor: 33 },
    { id: "k2", nama: "Lubuk Tarok", ph: 6, yy: 3, skt: 7, lapor: 11 },
    { id: "k3", nama: "Koto Baru Ampek", ph: 9, yy: 4, skt: 8, lapor: 17 },
    { id: "k4", nama: "Batang Sialang", ph: 4, yy: 2, skt: 5, lapor: 6 },
    { id: "k5", nama: "Padang Lalang", ph: 7, yy: 5, skt: 6, lapor: 15 },
    { id: "k6", nama: "Tanjung Bonai", ph: 3, yy: 1, skt: 4, lapor: 5 },
    { id: "k7", nama: "Sungai Kalek", ph: 5, yy: 2, skt: 6, lapor: 12 },
  ];
  const BH = "Ormas Berbadan Hukum";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "ph", head: [BH, "Perkumpulan"], num: "(3)", fmt: INT },
      { key: "yy", head: [BH, "Yayasan"], num: "(4)", fmt: INT },
      { key: "skt", head: ["Ormas Terdaftar (SKT)"], num: "(5)", fmt: INT },
      { key: "jml", head: ["Jumlah Ormas"], num: "(6) = (3)+(4)+(5)", fmt: INT },
      { key: "lap", head: ["Ormas yang Melaporkan Kegiatan"], num: "(7)", fmt: INT },
      { key: "pct", head: ["Persentase Melapor (%)"], role: "capaian", num: "(8) = (7)/(6) x 100", fmt: DEC },
      { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(9)", width: 18 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          kec: k.nama,
          ph: k.ph,
          yy: k.yy,
          skt: k.skt,
          // planted: Padang Lalang's Jumlah typed 20; 7 + 5 + 6 = 18
          jml: k.id === "k5" ? 20 : fx(`${x.a("ph")}+${x.a("yy")}+${x.a("skt")}`),
          lap: k.lapor,
          // planted: Batang Sialang's % typed 105.45 (over 100, impossible); 6 / 11 = 54.55
          pct: k.id === "k4" ? 105.45 : fx(rt(x.a("lap"), x.a("jml"))),
          ket: k.id === "k1" ? "termasuk 3 ormas keagamaan" : undefined,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["ph", "yy", "skt", "jml", "lap"].map((k) => [k, fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`)]),
          ),
          pct: fx(rt(x.a("lap"), x.a("jml"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Sistem Informasi Ormas (SIORMAS) dan laporan kecamatan."]);
  s.gap();
  signature(s, 7, {
    tempat: "Sariak Gadang, 8 Januari 2025",
    jabatan: ["Kepala Bidang Ideologi, Wawasan Kebangsaan dan Ormas"],
    nama: "YULIA FITRIANI, S.IP.",
    nip: "19840527 200902 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const s3 = (id: string) => `${a("ph", id)}+${a("yy", id)}+${a("skt", id)}`;
  b.plant({
    at: { sheet: S, cell: a("jml", "k5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah ormas of Kecamatan Padang Lalang typed 20 among formulas; (3)+(4)+(5) = 7+5+6 = 18",
    truth: s3("k5"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k4") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Persentase melapor of Kecamatan Batang Sialang typed 105.45 (over 100); (7)/(6) = 6/11 gives 54.55",
    truth: rt(a("lap", "k4"), a("jml", "k4")),
  });
  for (const id of ["k1", "k2", "k3", "k6", "k7"]) {
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: s3(id) });
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: rt(a("lap", id), a("jml", id)),
    });
  }
  const col = (k: string) => K.map((x) => a(k, x.id)).join("+");
  for (const k of ["ph", "yy", "skt", "lap"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col(k) });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: rt(a("lap", "tot"), a("jml", "tot")),
    trap: `ROUND(AVERAGE(${a("pct", "k1")}:${a("pct", "k7")}),2)`,
  });
  return b.finish();
}

/** Quarterly recap of the Kesbangpol Tanjung Keramat: konflik sosial and pendidikan politik side by side. */
export function rekapTriwulan(): BookW {
  const b = new BookW(
    "rekap-triwulan-konflik-pendidikan-politik-tanjung-keramat.xlsx",
    "Rekap triwulanan konflik sosial dan pendidikan politik (Kesbangpol)",
    "two tables side by side, one empty column apart: A. potensi konflik per triwulan ('(5) = (3)/(2) x 100', Jumlah with the % of the totals); B. pendidikan politik per triwulan ('(5) = (3)+(4)', pemilih pemula %, Jumlah)",
  );
  const S = "Rekap TW 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN KESATUAN BANGSA DAN POLITIK KOTA TANJUNG KERAMAT"]);
  s.lines(["Rekapitulasi Kegiatan per Triwulan Tahun Anggaran 2024"]);
  s.gap();
  s.put(s.r, 1, "A. Penanganan Potensi Konflik Sosial", { bold: true });
  s.put(s.r, 7, "B. Pendidikan Politik dan Wawasan Kebangsaan", { bold: true });
  s.gap();
  const top = s.r;
  const TW = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const A = [
    [14, 11, 3],
    [19, 16, 3],
    [23, 20, 3],
    [8, 8, 0],
  ];
  const B = [
    [3, 142, 118, 96],
    [4, 188, 171, 141],
    [2, 97, 103, 88],
    [5, 236, 219, 173],
  ];
  const ta = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
        { key: "pot", head: ["Potensi Konflik Terdeteksi"], num: "(2)", fmt: INT },
        { key: "tgn", head: ["Status", "Tertangani"], num: "(3)", fmt: INT },
        { key: "prs", head: ["Status", "Dalam Proses"], num: "(4)", fmt: INT },
        { key: "pct", head: ["Tertangani (%)"], role: "capaian", num: "(5) = (3)/(2) x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...A.map(([p, tg, pr], i): Row => ({
          id: `q${i + 1}`,
          cells: (x) => ({
            tw: TW[i],
            pot: p,
            tgn: tg,
            prs: pr,
            // planted: Triwulan III's cached result 69.57 is stale; 20 / 23 gives 86.96
            pct: fx(rt(x.a("tgn"), x.a("pot")), i === 2 ? 69.57 : undefined),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            ...Object.fromEntries(
              ["pot", "tgn", "prs"].map((k) => [k, fx(`SUM(${x.a(k, "q1")}:${x.a(k, "q4")})`)]),
            ),
            pct: fx(rt(x.a("tgn"), x.a("pot"))),
          }),
        },
      ],
    },
    1,
    top,
  );
  const tb = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], num: "1", width: 14 },
        { key: "keg", head: ["Kegiatan (kali)"], num: "2", fmt: INT },
        { key: "l", head: ["Peserta", "L"], num: "3", fmt: INT },
        { key: "p", head: ["Peserta", "P"], num: "4", fmt: INT },
        { key: "j", head: ["Peserta", "Jumlah"], num: "5 = 3 + 4", fmt: INT },
        { key: "pp", head: ["Pemilih Pemula"], num: "6", fmt: INT },
        { key: "ppp", head: ["Pemilih Pemula (%)"], num: "7 = 6 / 5 x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...B.map(([k, l, p, pp], i): Row => ({
          id: `q${i + 1}`,
          cells: (x) => ({
            tw: ["I", "II", "III", "IV"][i],
            keg: k,
            l,
            p,
            j: fx(`${x.a("l")}+${x.a("p")}`),
            pp,
            ppp: fx(rt(x.a("pp"), x.a("j"))),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            // planted: the L total sums Triwulan I-III only (=SUM one row short)
            ...Object.fromEntries(
              ["keg", "l", "p", "j", "pp"].map((k) => [
                k,
                fx(`SUM(${x.a(k, "q1")}:${x.a(k, k === "l" ? "q3" : "q4")})`),
              ]),
            ),
            ppp: fx(rt(x.a("pp"), x.a("j"))),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["Catatan: potensi konflik 'dalam proses' dilanjutkan penanganannya pada triwulan berikutnya."]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjung Keramat, 10 Januari 2025",
    jabatan: ["Sekretaris Badan Kesbangpol"],
    nama: "RATNA DEWI KUSUMAWATI, S.H., M.H.",
    nip: "19810219 200604 2 009",
  });
  const q4 = (t: typeof ta, k: string) => ["q1", "q2", "q3", "q4"].map((q) => t.a(k, q)).join("+");
  b.plant({
    at: { sheet: S, cell: ta.a("pct", "q3") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    note: "Tertangani (%) of Triwulan III shows a stale cached 69.57; its formula 20 / 23 gives 86.96",
    truth: rt(ta.a("tgn", "q3"), ta.a("pot", "q3")),
  });
  b.plant({
    at: { sheet: S, cell: tb.a("l", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah peserta L is =SUM over Triwulan I-III (427); the four quarters give 663",
    truth: q4(tb, "l"),
  });
  for (const q of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: ta.a("pct", q),
      rules: ["capaian-mismatch"],
      truth: rt(ta.a("tgn", q), ta.a("pot", q)),
    });
  for (const q of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: ta.a("pot", q),
      rules: ["sum-mismatch"],
      truth: `${ta.a("tgn", q)}+${ta.a("prs", q)}`,
    });
  for (const k of ["pot", "tgn", "prs"])
    b.ok({ sheet: S, cell: ta.a(k, "tot"), rules: ["sum-mismatch"], truth: q4(ta, k) });
  b.ok({
    sheet: S,
    cell: ta.a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: rt(ta.a("tgn", "tot"), ta.a("pot", "tot")),
    trap: `ROUND(AVERAGE(${ta.a("pct", "q1")}:${ta.a("pct", "q4")}),2)`,
  });
  for (const k of ["keg", "p", "j", "pp"])
    b.ok({ sheet: S, cell: tb.a(k, "tot"), rules: ["sum-mismatch"], truth: q4(tb, k) });
  for (const q of ["q1", "q2", "q3", "q4"])
    b.ok({ sheet: S, cell: tb.a("j", q), rules: ["sum-mismatch"], truth: `${tb.a("l", q)}+${tb.a("p", q)}` });
  b.ok({
    sheet: S,
    cell: tb.a("ppp", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: rt(tb.a("pp", "tot"), tb.a("j", "tot")),
    trap: `ROUND(AVERAGE(${tb.a("ppp", "q1")}:${tb.a("ppp", "q4")}),2)`,
  });
  return b.finish();
}
