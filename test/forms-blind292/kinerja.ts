// LKjIP, PK beside its Renstra, the BOSDA recap per cabang dinas and the tracer of SMK graduates
// (BMW) with the guru bersertifikat table of two Dinas Pendidikan provinsi. All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 of the Dinas Pendidikan Provinsi Sulawesi Tengah: realisasi 2023 beside, refleksi on negatives. */
export function lkjipDisdik(): BookW {
  const b = new BookW(
    "lkjip-2024-disdik-sma-smk-lembah-pinotu.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pendidikan)",
    "LKjIP 2024 Tabel 3.2: Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Tahun 2024 > Target | Realisasi | % Capaian | Kategori; ROUND formulas, refleksi (2T-R)/T on the two negative indicators; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Capaian Indikator Kinerja Utama Dinas Pendidikan Provinsi Sulawesi Tengah Tahun 2024",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya akses dan mutu pendidikan menengah";
  const SAS2 = "Meningkatnya relevansi lulusan SMK";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Angka Partisipasi Kasar (APK) SMA/SMK/SMALB",
      sat: "%",
      neg: false,
      r23: 86.4,
      t: 88.5,
      r: 88.1,
      p: "Sangat Baik",
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Angka putus sekolah SMA/SMK",
      sat: "%",
      neg: true,
      r23: 0.61,
      t: 0.5,
      r: 0.42,
      p: "Sangat Baik",
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Persentase guru SMA/SMK bersertifikat pendidik",
      sat: "%",
      neg: false,
      r23: 61.2,
      t: 70,
      r: 66.4,
      p: "Baik",
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase lulusan SMK yang bekerja, melanjutkan, berwirausaha (BMW)",
      sat: "%",
      neg: false,
      r23: 55.8,
      t: 65,
      r: 57.2,
      p: "Baik",
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Tingkat pengangguran terbuka lulusan SMK",
      sat: "%",
      neg: true,
      r23: 10.9,
      t: 9.5,
      r: 10.4,
      p: "Sangat Baik",
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
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
          // planted: the pengangguran row (negative) is R / T like the positive rows
          c: fx(cap(x.neg && x.id !== "i5", c.a("t"), c.a("r"))),
          // planted: "Baik" for the guru bersertifikat 94.86 (Sangat Baik)
          p: x.p,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator negatif (putus sekolah, pengangguran): capaian = (2 x target - realisasi) / target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat pengangguran terbuka lulusan SMK (negative) computed as R / T = 109.47; (2 x 9.5 - 10.4) / 9.5 gives 90.53",
    truth: cap(true, a("t", "i5"), a("r", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for 94.86 (66.4 / 70); the band > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i2"), a("r", "i2")),
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Pendidikan Provinsi Jambi, with the Renstra 2025-2029 sheet. */
export function pkDisdik(): BookW {
  const b = new BookW(
    "pk-2025-kadisdik-jambi-muara-selasih-renstra.xlsx",
    "PK 2025 with Renstra (Dinas Pendidikan)",
    "sheet 'Renstra IKU' first: Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029 with a negative indicator; sheet 'PK 2025': statement, indicator table with Target Tahun 2025, program table No | Program | Anggaran (Rp) | Sumber Dana with a typed JUMLAH",
  );
  const R = "Renstra IKU";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Angka Partisipasi Kasar (APK) SMA/SMK/SMALB",
      sat: "%",
      awal: 86.2,
      k: [87, 88, 89, 90, 91],
    },
    { id: "b", ind: "Persentase lulusan SMK BMW", sat: "%", awal: 61.5, k: [63, 65, 67, 69, 71] },
    {
      id: "c",
      ind: "Persentase guru SMA/SMK bersertifikat pendidik",
      sat: "%",
      awal: 58,
      k: [62, 66, 70, 74, 78],
    },
    { id: "d", ind: "Angka putus sekolah SMA/SMK", sat: "%", awal: 0.62, k: [0.58, 0.54, 0.5, 0.46, 0.42] },
  ];
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Pendidikan Provinsi Jambi 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...YS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PENDIDIKAN PROVINSI JAMBI"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam Renstra.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya akses, mutu dan relevansi pendidikan menengah",
        ind: x.ind,
        // planted: BMW target is the Renstra 2027 value 67 (2025: 63)
        tg: x.id === "b" ? x.k[2] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Provinsi", rp: 412_850_600_000 },
    { id: "p2", nm: "Program Pengelolaan Pendidikan", rp: 698_412_300_000 },
    { id: "p3", nm: "Program Pengembangan Kurikulum", rp: 4_215_000_000 },
    { id: "p4", nm: "Program Pendidik dan Tenaga Kependidikan", rp: 12_640_750_000 },
  ];
  const total = prog.reduce((n, x) => n + x.rp, 0);
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD Provinsi" },
      })),
      // planted: JUMLAH typed with two digits swapped
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "JUMLAH", rp: total + 63_000_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Muara Selasih, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN PROVINSI JAMBI"],
    nama: "Dr. H. SYAFRIZAL NAZARUDDIN, M.Pd.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700821 199503 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the lulusan SMK BMW is 67, the Renstra 2027 target; the 2025 target is 63",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH typed 1,128,181,650,000; the four programs add up to 1,128,118,650,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** BOSDA SMA/SMK per cabang dinas, Dinas Pendidikan Sulawesi Tengah 2024, in thousands of rupiah. */
export function rekapBosda(): BookW {
  const b = new BookW(
    "rekap-bosda-per-cabdin-sulteng-lembah-pinotu-2024.xlsx",
    "Rekap BOSDA per cabang dinas (Dinas Pendidikan)",
    "Rekap penyaluran BOSDA 2024 per cabang dinas '(dalam ribuan rupiah)': Jumlah sekolah SMA | SMK, Jumlah siswa SMA | SMK | Total '(7) = (5)+(6)', Pagu | Realisasi | % Serapan '(10) = (9)/(8) x 100'; JUMLAH row with SUM formulas, its % the ratio of totals",
  );
  const S = "BOSDA 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI SULAWESI TENGAH", "DINAS PENDIDIKAN", "Bidang Pembinaan SMA dan SMK"]);
  s.lines([
    "REKAPITULASI PENYALURAN BOSDA SMA DAN SMK PER CABANG DINAS TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const C = [
    {
      id: "c1",
      cd: "Wilayah I",
      kab: "Kota Teluk Tinombo",
      sma: 14,
      smk: 11,
      ssma: 9_842,
      ssmk: 7_215,
      pagu: 8_523_600,
      real: 8_401_250,
    },
    {
      id: "c2",
      cd: "Wilayah II",
      kab: "Kab. Bukit Toraya",
      sma: 11,
      smk: 6,
      ssma: 5_310,
      ssmk: 2_874,
      pagu: 4_092_000,
      real: 3_688_400,
    },
    {
      id: "c3",
      cd: "Wilayah III",
      kab: "Kab. Pesisir Malino",
      sma: 9,
      smk: 7,
      ssma: 4_128,
      ssmk: 3_066,
      pagu: 3_597_000,
      real: 3_512_900,
    },
    {
      id: "c4",
      cd: "Wilayah IV",
      kab: "Kab. Danau Poleang",
      sma: 8,
      smk: 4,
      ssma: 3_655,
      ssmk: 1_502,
      pagu: 2_578_500,
      real: 2_214_700,
    },
    {
      id: "c5",
      cd: "Wilayah V",
      kab: "Kab. Lembah Pinotu",
      sma: 12,
      smk: 8,
      ssma: 6_204,
      ssmk: 3_911,
      pagu: 5_057_500,
      real: 4_980_150,
    },
  ];
  const JS = "Jumlah Sekolah";
  const SW = "Jumlah Siswa";
  const BO = "BOSDA (Rp ribu)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "cd", head: ["Cabang Dinas"], num: "(2)", width: 14 },
      { key: "kab", head: ["Kabupaten / Kota"], role: "lokasi", num: "(3)", width: 22 },
      { key: "sma", head: [JS, "SMA"], role: "lainnya", num: "(4)", fmt: INT },
      { key: "smk", head: [JS, "SMK"], role: "lainnya", num: "(4a)", fmt: INT },
      { key: "ssma", head: [SW, "SMA"], role: "lainnya", num: "(5)", fmt: INT },
      { key: "ssmk", head: [SW, "SMK"], role: "lainnya", num: "(6)", fmt: INT },
      { key: "stot", head: [SW, "Total"], role: "lainnya", num: "(7) = (5)+(6)", fmt: INT },
      { key: "pagu", head: [BO, "Pagu"], role: "anggaran", year: 2024, num: "(8)", fmt: RP, width: 14 },
      {
        key: "real",
        head: [BO, "Realisasi"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(9)",
        fmt: RP,
        width: 14,
      },
      {
        key: "ser",
        head: [BO, "% Serapan"],
        role: "capaian",
        year: 2024,
        num: "(10) = (9)/(8) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...C.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          cd: x.cd,
          kab: x.kab,
          sma: x.sma,
          smk: x.smk,
          ssma: x.ssma,
          ssmk: x.ssmk,
          // planted: Pesisir Malino total typed 7,914 (4,128 + 3,066 = 7,194)
          stot: x.id === "c3" ? 7_914 : fx(`${c.a("ssma")}+${c.a("ssmk")}`),
          pagu: x.pagu,
          real: x.real,
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "kab"],
        cells: (c) => {
          const col = (k: string, last = "c5") => fx(`SUM(${c.a(k, "c1")}:${c.a(k, last)})`);
          return {
            no: "JUMLAH",
            // planted: the SMA school count stops at Wilayah IV
            sma: col("sma", "c4"),
            smk: col("smk"),
            ssma: col("ssma"),
            ssmk: col("ssmk"),
            stot: col("stot"),
            pagu: col("pagu"),
            real: col("real"),
            ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan penyaluran BOSDA cabang dinas, data s.d. 31 Desember 2024."]);
  s.gap();
  signature(s, 9, {
    tempat: "Palu Baru, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PEMBINAAN SMA DAN SMK"],
    nama: "NURHAYATI DG. MASIKKI, S.Pd., M.M.",
    nip: "19780504 200212 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rows = C.map((x) => x.id);
  b.plant({
    at: { sheet: S, cell: a("stot", "c3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Total siswa of Kab. Pesisir Malino typed 7,914 among formulas; (5)+(6) = 4,128 + 3,066 = 7,194",
    truth: `${a("ssma", "c3")}+${a("ssmk", "c3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("sma", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH SMA is =SUM over four cabang dinas (42); with Wilayah V's 12 it is 54",
    truth: rows.map((id) => a("sma", id)).join("+"),
  });
  for (const id of ["c1", "c2", "c4", "c5"])
    b.ok({
      sheet: S,
      cell: a("stot", id),
      rules: ["sum-mismatch"],
      truth: `${a("ssma", id)}+${a("ssmk", id)}`,
    });
  for (const k of ["smk", "ssma", "pagu", "real"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: rows.map((id) => a(k, id)).join("+") });
  for (const id of ["c2", "c4"])
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("real", id)}/${a("pagu", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("ser", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("real", "j")}/${a("pagu", "j")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("ser", "c1")}:${a("ser", "c5")}),2)`,
  });
  return b.finish();
}

/** Penelusuran lulusan SMK 2024 (BMW) per bidang keahlian and guru bersertifikat, Jambi, side by side. */
export function rekapBmw(): BookW {
  const b = new BookW(
    "tracer-lulusan-smk-bmw-guru-sertifikasi-muara-selasih.xlsx",
    "Rekap BMW lulusan SMK dan guru bersertifikat (Dinas Pendidikan)",
    "two tables side by side (one empty column): BMW per bidang keahlian with '(6) = (3)+(4)+(5)', '(7) = (6)/(2) x 100', '(8) = (2)-(6)' and JUMLAH; guru SMK per bidang: Jumlah Guru | Bersertifikat | % with a Total row two rows shorter than the left table",
  );
  const S = "BMW 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN PROVINSI JAMBI", "Cabang Dinas Pendidikan Kota Muara Selasih"]);
  s.lines(["HASIL PENELUSURAN LULUSAN SMK TAHUN 2024 DAN SERTIFIKASI GURU SMK"]);
  s.gap();
  const top = s.r;
  const B = [
    { id: "b1", nm: "Teknologi Manufaktur dan Rekayasa", l: 612, bk: 318, ml: 74, wu: 41, g: 88, gs: 61 },
    { id: "b2", nm: "Teknologi Informasi", l: 548, bk: 231, ml: 102, wu: 58, g: 72, gs: 55 },
    { id: "b3", nm: "Bisnis dan Pemasaran", l: 705, bk: 286, ml: 97, wu: 112, g: 94, gs: 70 },
    { id: "b4", nm: "Pariwisata", l: 334, bk: 171, ml: 33, wu: 29, g: 41, gs: 27 },
    { id: "b5", nm: "Agribisnis dan Agroteknologi", l: 289, bk: 109, ml: 26, wu: 63, g: 39, gs: 22 },
  ];
  const H = "Keterserapan Lulusan";
  const lt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(0)", width: 5 },
        { key: "nm", head: ["Bidang Keahlian"], num: "(1)", width: 30 },
        { key: "l", head: ["Jumlah Lulusan"], role: "lainnya", year: 2024, num: "(2)", fmt: INT },
        { key: "bk", head: [H, "Bekerja"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
        { key: "ml", head: [H, "Melanjutkan"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
        { key: "wu", head: [H, "Wirausaha"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
        {
          key: "bmw",
          head: [H, "Jumlah BMW"],
          role: "realisasi",
          year: 2024,
          num: "(6) = (3)+(4)+(5)",
          fmt: INT,
        },
        { key: "pb", head: ["% BMW"], role: "capaian", year: 2024, num: "(7) = (6)/(2) x 100", fmt: DEC },
        { key: "bt", head: ["Belum Terserap"], role: "lainnya", year: 2024, num: "(8) = (2)-(6)", fmt: INT },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...B.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            nm: x.nm,
            l: x.l,
            bk: x.bk,
            ml: x.ml,
            wu: x.wu,
            bmw: fx(`${c.a("bk")}+${c.a("ml")}+${c.a("wu")}`),
            // planted: Bisnis dan Pemasaran % BMW cached from an older count (62.13)
            pb: fx(`ROUND(${c.a("bmw")}/${c.a("l")}*100,2)`, x.id === "b3" ? 62.13 : undefined),
            bt: fx(`${c.a("l")}-${c.a("bmw")}`),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => {
            const col = (k: string) => fx(`SUM(${c.a(k, "b1")}:${c.a(k, "b5")})`);
            return {
              no: "JUMLAH",
              l: col("l"),
              bk: col("bk"),
              ml: col("ml"),
              // planted: wirausaha total typed 330 (the five give 303)
              wu: 330,
              bmw: col("bmw"),
              pb: fx(`ROUND(${c.a("bmw")}/${c.a("l")}*100,2)`),
              bt: col("bt"),
            };
          },
        },
      ],
    },
    1,
    top,
  );
  const G3 = B.slice(0, 3);
  const rt = s.table(
    {
      cols: [
        { key: "nm", head: ["Guru Produktif per Bidang"], width: 28 },
        { key: "g", head: ["Jumlah Guru"], role: "lainnya", fmt: INT },
        { key: "gs", head: ["Bersertifikat Pendidik"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pg", head: ["% Bersertifikat"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 3,
      rows: [
        ...G3.map((x): Row => ({
          id: x.id,
          cells: (c) => ({ nm: x.nm, g: x.g, gs: x.gs, pg: fx(`ROUND(${c.a("gs")}/${c.a("g")}*100,2)`) }),
        })),
        {
          id: "t",
          bold: true,
          cells: (c) => ({
            nm: "Total",
            g: fx(`SUM(${c.a("g", "b1")}:${c.a("g", "b3")})`),
            gs: fx(`SUM(${c.a("gs", "b1")}:${c.a("gs", "b3")})`),
            pg: fx(`ROUND(${c.a("gs")}/${c.a("g")}*100,2)`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.r = Math.max(lt.lastDataRow, rt.lastDataRow) + 2;
  s.lines(["BMW = Bekerja, Melanjutkan, Wirausaha. Data penelusuran BKK per 30 November 2024."]);
  s.gap();
  signature(s, 6, {
    tempat: "Muara Selasih, 9 Desember 2024",
    jabatan: ["KEPALA CABANG DINAS PENDIDIKAN"],
    nama: "RAHMAWATI SIREGAR, S.T., M.Pd.",
    nip: "19810213 200604 2 011",
  });
  const a = (k: string, id: string) => lt.a(k, id);
  const ids = B.map((x) => x.id);
  b.plant({
    at: { sheet: S, cell: a("pb", "b3") },
    rules: ["capaian-mismatch"],
    note: "% BMW of Bisnis dan Pemasaran shows a stale cached 62.13; (6)/(2) = 495 / 705 x 100 = 70.21",
    truth: `ROUND(${a("bmw", "b3")}/${a("l", "b3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("wu", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH Wirausaha typed 330 among SUM formulas; the five bidang give 303",
    truth: ids.map((id) => a("wu", id)).join("+"),
  });
  for (const id of ["b1", "b2", "b4", "b5"])
    b.ok({
      sheet: S,
      cell: a("pb", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("bmw", id)}/${a("l", id)}*100,2)`,
    });
  for (const id of ["b2", "b5"]) {
    b.ok({
      sheet: S,
      cell: a("bmw", id),
      rules: ["sum-mismatch"],
      truth: `${a("bk", id)}+${a("ml", id)}+${a("wu", id)}`,
    });
    b.ok({ sheet: S, cell: a("bt", id), rules: ["sum-mismatch"], truth: `${a("l", id)}-${a("bmw", id)}` });
  }
  for (const k of ["l", "bk", "bmw"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: ids.map((id) => a(k, id)).join("+") });
  b.ok({
    sheet: S,
    cell: a("pb", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("bmw", "j")}/${a("l", "j")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pb", "b1")}:${a("pb", "b5")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: rt.a("pg", "t"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${rt.a("gs", "t")}/${rt.a("g", "t")}*100,2)`,
    trap: `ROUND(AVERAGE(${rt.a("pg", "b1")}:${rt.a("pg", "b3")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: rt.a("g", "t"),
    rules: ["sum-mismatch"],
    truth: G3.map((x) => rt.a("g", x.id)).join("+"),
  });
  return b.finish();
}
