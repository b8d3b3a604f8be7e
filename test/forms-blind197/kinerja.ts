// Performance tables of a Bagian Kerja Sama: the PK 2025 of the Kabag Kerja Sama of Kabupaten Banggai
// Tenggara (Sulawesi Tengah) beside the Renstra Setda 2025-2029 targets, and the LKjIP 2024 measurement
// of the Bagian Kerja Sama of Kabupaten Lombok Selatan Raya (NTB) with capaian stored as fractions
// under a % format, refleksi on two lower-is-better indicators and predikat on the Permendagri scale.
// Every name and number is invented.
import { BookW, RP, fx, letterhead, predikat, round, signature, type Col, type Row } from "../forms/kit";

// ==================================================== PK 2025 Kabag Kerja Sama, Banggai Tenggara

type PkInd = { id: string; sas: string; ind: string; sat: string; awal: number; t: number[]; level: boolean };

export function pkKerjaSama(): BookW {
  const b = new BookW(
    "pk-2025-kabag-kerja-sama-renstra-banggai-tenggara.xlsx",
    "Perjanjian Kinerja with its Renstra (Bagian Kerja Sama)",
    "PK 2025 of the Kepala Bagian Kerja Sama, Setda Kabupaten Banggai Tenggara: sheet 'PK 2025' with the statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Sub Kegiatan | Anggaran (Rp) | Keterangan with a JUMLAH row, two signatures side by side; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir",
  );
  const P = "PK 2025";
  const RS = "Renstra 2025-2029";
  const inds: PkInd[] = [
    {
      id: "p1",
      sas: "Meningkatnya kerja sama daerah yang memberi manfaat bagi pembangunan daerah",
      ind: "Persentase naskah kerja sama daerah yang terlaksana",
      sat: "%",
      awal: 71.43,
      t: [75, 78, 82, 86, 90],
      level: true,
    },
    {
      id: "p2",
      sas: "Meningkatnya kerja sama daerah yang memberi manfaat bagi pembangunan daerah",
      ind: "Persentase kesepakatan kerja sama yang ditindaklanjuti dengan PKS",
      sat: "%",
      awal: 58.33,
      t: [62.5, 66.67, 70, 75, 80],
      level: true,
    },
    {
      id: "p3",
      sas: "Meningkatnya kualitas monitoring dan evaluasi kerja sama",
      ind: "Jumlah laporan monitoring dan evaluasi kerja sama daerah",
      sat: "laporan",
      awal: 2,
      t: [4, 4, 4, 4, 4],
      level: false,
    },
    {
      id: "p4",
      sas: "Meningkatnya kualitas monitoring dan evaluasi kerja sama",
      ind: "Jumlah kerja sama luar negeri yang dilaporkan kepada Menteri Dalam Negeri",
      sat: "kerja sama",
      awal: 1,
      t: [2, 2, 3, 3, 3],
      level: false,
    },
  ];
  // ---- Renstra sheet first (the PK refers to it in the claims)
  const r = b.sheet(RS);
  r.lines([
    "Tabel 5.2 Target Indikator Kinerja Bagian Kerja Sama dalam Renstra Sekretariat Daerah",
    "Kabupaten Banggai Tenggara Tahun 2025-2029",
  ]);
  r.gap();
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...YEARS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", width: 10 },
    ],
    headerRows: 2,
    rows: inds.map((x, k): Row => {
      const out: Record<string, number | string> = {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ak: x.level ? x.t[4] : x.t.reduce((n, v) => n + v, 0),
      };
      YEARS.forEach((y, i) => (out[`y${y}`] = x.t[i]));
      return { id: x.id, cells: out };
    }),
  });
  // ---- PK sheet
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI TENGGARA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama     : RAHMAWATI DG. MASIGA, S.Sos., M.Si.",
    "Jabatan  : Kepala Bagian Kerja Sama",
    "selanjutnya disebut pihak pertama;",
    "Nama     : Drs. ABDUL RAHMAN LAPANDE, M.Si.",
    "Jabatan  : Sekretaris Daerah Kabupaten Banggai Tenggara",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025 KEPALA BAGIAN KERJA SAMA"]);
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 36 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, k): Row => ({
      id: x.id,
      // planted: p2 carries the Renstra 2026 target
      cells: { no: k + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "p2" ? x.t[1] : x.t[0] },
    })),
  });
  s.gap();
  const subs: Array<[string, string, string, number]> = [
    ["a1", "4.01.02.2.03.0001", "Fasilitasi Kerja Sama dengan Daerah Lain", 318_450_000],
    ["a2", "4.01.02.2.03.0002", "Fasilitasi Kerja Sama dengan Pihak Ketiga", 356_720_000],
    [
      "a3",
      "4.01.02.2.03.0003",
      "Fasilitasi Kerja Sama dengan Lembaga/Pemerintah Daerah di Luar Negeri",
      247_300_000,
    ],
    ["a4", "4.01.02.2.03.0004", "Monitoring dan Evaluasi Pelaksanaan Kerja Sama Daerah", 158_960_000],
  ];
  const an = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Sub Kegiatan"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...subs.map(([id, kode, nm, rp], i): Row => ({ id, cells: { no: i + 1, kode, nm, rp, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        // planted: the JUMLAH stops one row short
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "a1")}:${c.a("rp", "a3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Luwuk Timur, 6 Januari 2025"], 3);
  const sig = s.r;
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["Sekretaris Daerah,"],
    nama: "Drs. ABDUL RAHMAN LAPANDE, M.Si.",
    nip: "19690814 199403 1 006",
  });
  s.r = sig;
  signature(s, 4, {
    tempat: "Pihak Pertama,",
    jabatan: ["Kepala Bagian Kerja Sama,"],
    nama: "RAHMAWATI DG. MASIGA, S.Sos., M.Si.",
    nip: "19800923 200604 2 011",
  });

  const RQ = `'${RS}'!`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("t", "p2") },
        { sheet: RS, cell: rt.a("y2025", "p2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the kesepakatan ditindaklanjuti dengan PKS is 66.67, the Renstra 2026 target; the Renstra 2025 target is 62.50",
    truth: `${RQ}${rt.a("y2025", "p2")}`,
  });
  b.plant({
    at: { sheet: P, cell: an.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH is =SUM over the first three sub kegiatan (922,470,000); with the monev's 158,960,000 the four give 1,081,430,000",
    truth: subs.map(([id]) => an.a("rp", id)).join("+"),
  });
  for (const id of ["p1", "p3", "p4"])
    b.ok({
      sheet: P,
      cell: pk.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `${RQ}${rt.a("y2025", id)}`,
    });
  const sumY = (id: string) => YEARS.map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: RS,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: sumY(id),
    });
  for (const id of ["p3", "p4"])
    b.ok({
      sheet: RS,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: sumY(id),
      trap: rt.a("y2029", id),
    });
  b.ok({ sheet: RS, cell: rt.a("y2029", "p3"), rules: ["target-trend", "target-outlier"], truth: "4" });
  return b.finish();
}

// ===================================================== LKjIP 2024 Bagian Kerja Sama, Lombok Selatan Raya

type LInd = { id: string; ind: string; sat: string; t: number; r: number; neg?: boolean; r23: number };

export function lkjipKerjaSama(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-bagian-kerja-sama-lombok-selatan-raya.xlsx",
    "LKjIP measurement table (Bagian Kerja Sama)",
    "LKjIP 2024 Tabel 3.1 of the Bagian Kerja Sama, Setda Kabupaten Lombok Selatan Raya: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian | Predikat; capaian stored as fractions under a 0.00% format, refleksi (2T-R)/T on the two lower-is-better rows; Rata-rata and Predikat footer rows; predikat on the Permendagri five levels",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DAERAH KABUPATEN LOMBOK SELATAN RAYA", "BAGIAN KERJA SAMA"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Bagian Kerja Sama Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya efektivitas kerja sama daerah";
  const S2 = "Meningkatnya kualitas fasilitasi dan pengendalian kerja sama";
  const rows: Array<LInd & { sas: string }> = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase naskah kerja sama yang terlaksana sesuai jadwal",
      sat: "%",
      t: 78,
      r: 81.25,
      r23: 74.07,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Jumlah PKS dengan pihak ketiga yang ditandatangani",
      sat: "naskah",
      t: 6,
      r: 5,
      r23: 4,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase naskah kerja sama yang tidak aktif (dormant)",
      sat: "%",
      t: 20,
      r: 17.5,
      neg: true,
      r23: 23.08,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rata-rata waktu fasilitasi penyusunan naskah PKS",
      sat: "hari kerja",
      t: 18,
      r: 21,
      neg: true,
      r23: 24,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Indeks kepuasan mitra kerja sama atas layanan fasilitasi",
      sat: "indeks (1-4)",
      t: 3.2,
      r: 2.95,
      r23: 2.88,
    },
  ];
  const PCT = "0.00%";
  const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T},4)`;
  const rt = (R: string, T: string) => `ROUND(${R}/${T},4)`;
  const capOf = (x: LInd, shown = true) =>
    round(x.neg && !(shown && x.id === "i4") ? (2 * x.t - x.r) / x.t : x.r / x.t, 4);
  const avgShown = round(rows.reduce((n, x) => n + capOf(x), 0) / rows.length, 4);
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, width: 10 },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, width: 10 },
      { key: "c", head: ["Tahun 2024", "Capaian"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
      { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, width: 14 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the waktu fasilitasi (lower is better) got the R / T formula
          c: fx(x.neg && x.id !== "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: the indeks kepuasan (92.19 %) is "Tinggi"
          p: x.id === "i5" ? "Tinggi" : predikat(capOf(x) * 100),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
          p: predikat(avgShown * 100),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 dan 4 bersifat negatif (semakin kecil semakin baik); capaian = (2 x target - realisasi) / target.",
    "Predikat (Permendagri 86/2017): > 90% Sangat Tinggi; > 75% - 90% Tinggi; > 65% - 75% Sedang; > 50% - 65% Rendah; <= 50% Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Praya Selatan, 26 Februari 2025",
    jabatan: ["Kepala Bagian Kerja Sama,"],
    nama: "BAIQ NURUL HIDAYATI, S.STP., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19850311 200312 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const TOL = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the rata-rata waktu fasilitasi (lower is better by the note) is =ROUND(R/T,4) = 116.67 %; the refleksi (2 x 18 - 21) / 18 of the dormant row gives 83.33 %",
    truth: refl(a("r", "i4"), a("t", "i4")),
    tol: TOL,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for a capaian of 92.19 % (2.95 of 3.20); the band > 90 of the note is Sangat Tinggi",
    truth: `PREDIKAT(${a("c", "i5")}*100)`,
  });
  for (const x of rows) {
    if (x.id === "i4") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the dormant share is lower is better: its capaian is the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
      tol: TOL,
    });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)}*100)`,
      });
  }
  if (capOf(rows[4]) * 100 <= 90 || capOf(rows[0]) <= 1) throw new Error("lkjip bands");
  return b.finish();
}
