// Dinas Sosial: an LKjIP measurement table and an IKU matrix (Jawa Tengah), a PK beside its Renstra
// (Kalimantan Utara), and a DTKS / PKH recap per desa with two tables side by side. Every name and
// number is invented.
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
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const rt = (r: string, t: string) => `ROUND(${r}/${t}*100,2)`;
const refl = (r: string, t: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
};

export function lkjipDinsosKartasari(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-dinsos-kartasari.xlsx",
    "LKjIP pengukuran kinerja (Dinas Sosial)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023; ROUND formulas, refleksi for the two lower-is-better rows; typed predikat words; Rata-rata row; notes with the predikat scale",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KARTASARI", "DINAS SOSIAL"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis Dinas Sosial Tahun 2024"]);
  s.gap();
  const S1 = "Menurunnya jumlah penduduk miskin dan rentan miskin";
  const S2 = "Meningkatnya kualitas penanganan PPKS";
  const rows: Lk[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase penduduk miskin",
      sat: "%",
      t: 9.85,
      r: 9.62,
      r23: 10.14,
      neg: true,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase KPM PKH yang graduasi mandiri",
      sat: "%",
      t: 12,
      r: 10.4,
      r23: 8.7,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase desa dengan DTKS yang dimutakhirkan",
      sat: "%",
      t: 90,
      r: 93.5,
      r23: 81.2,
    },
    { id: "i4", sas: S2, ind: "Persentase PPKS yang tertangani", sat: "%", t: 75, r: 71.2, r23: 68.9 },
    {
      id: "i5",
      sas: S2,
      ind: "Rasio PPKS terhadap jumlah penduduk (per 1.000 penduduk)",
      sat: "per 1.000",
      t: 48,
      r: 51.3,
      r23: 52.6,
      neg: true,
    },
  ];
  const cap = (x: Lk) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // planted: the PPKS ratio (lower is better) gets R / T
  const shown = (x: Lk) => (x.id === "i5" ? round((x.r / x.t) * 100) : cap(x));
  const avg = round(sum(rows.map(shown)) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
  ];
  const t = s.table({
    cols,
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
          t: x.t,
          r: x.r,
          c: fx(x.neg && x.id !== "i5" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Baik" for 86.67 (the band > 75 - 90 is Baik)
          p: x.id === "i2" ? "Sangat Baik" : predikatBaik(shown(x)),
          r23: x.r23,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 1 dan 5 semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Kartasari, 20 Februari 2025",
    jabatan: ["Kepala Dinas Sosial Kabupaten Kartasari,"],
    nama: "Hj. RETNO WULANSARI, S.Sos., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760614 200003 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the PPKS ratio (lower is better by the note) is =ROUND(R/T*100,2) = 106.88; (2 x 48 - 51.3) / 48 gives 93.13, as the penduduk miskin row computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for a capaian of 86.67; the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  for (const x of rows) {
    if (x.id === "i5") continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
      truth: x.neg ? refl(a("r", x.id), a("t", x.id)) : rt(a("r", x.id), a("t", x.id)),
      trap: x.neg ? rt(a("r", x.id), a("t", x.id)) : undefined,
    });
    if (x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["percent-out-of-range"],
    truth: rt(a("r", "i3"), a("t", "i3")),
  });
  return b.finish();
}

type PkI = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean };

export function pkDinsosTanjungSesayap(): BookW {
  const b = new BookW(
    "pk-2025-kadinsos-renstra-tanjung-sesayap.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Sosial)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah SUM; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > 1 .. 5 (years from the title) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANJUNG SESAYAP",
    "DINAS SOSIAL",
    "Jl. Jenderal Sudirman No. 12 Tanjung Sesayap, Kalimantan Utara",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: YOHANES LAWING, S.Sos., M.AP. - Kepala Dinas Sosial",
    "Pihak Kedua: Drs. ALI HANAFIAH, M.Si. - Bupati Tanjung Sesayap",
  ]);
  s.gap();
  const rows: PkI[] = [
    {
      id: "r1",
      ind: "Persentase KPM PKH yang graduasi mandiri",
      sat: "%",
      awal: 6.5,
      tg: [8, 10, 12, 14, 16],
    },
    {
      id: "r2",
      ind: "Persentase PPKS penghuni panti yang terlayani sesuai standar",
      sat: "%",
      awal: 86.2,
      tg: [88, 90, 92, 94, 96],
    },
    {
      id: "r3",
      ind: "Persentase penduduk miskin",
      sat: "%",
      awal: 6.32,
      tg: [6.1, 5.9, 5.7, 5.5, 5.3],
      neg: true,
    },
    {
      id: "r4",
      ind: "Persentase desa yang memutakhirkan DTKS",
      sat: "%",
      awal: 71,
      tg: [75, 80, 85, 90, 95],
    },
  ];
  // planted: the PK target of penduduk miskin is the Renstra 2026 target
  const pkT = (x: PkI) => (x.id === "r3" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i === 1 ? "Meningkatnya kualitas pelayanan rehabilitasi sosial" : "Menurunnya angka kemiskinan",
        ind: x.ind,
        sat: x.sat,
        tg: pkT(x),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["g1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_418_275_000],
    ["g2", "Program Pemberdayaan Sosial", 1_236_400_000],
    ["g3", "Program Rehabilitasi Sosial", 2_874_650_000],
    ["g4", "Program Perlindungan dan Jaminan Sosial", 1_958_300_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, nm, rp], i): Row => ({ id, cells: { no: i + 1, nm, rp, ket: "APBD" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: one row short
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Tanjung Sesayap, 2 Januari 2025"]);
  s.lines(["Pihak Kedua,", "Bupati Tanjung Sesayap", "", "", "Drs. ALI HANAFIAH, M.Si."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala Dinas Sosial",
      "",
      "",
      "YOHANES LAWING, S.Sos., M.AP.",
      "NIP. 19740805 200112 1 003",
    ],
    3,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS SOSIAL KABUPATEN TANJUNG SESAYAP"]);
  r.lines(["Target Indikator Kinerja Utama Renstra Dinas Sosial 2025-2029"]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
      ...[1, 2, 3, 4, 5].map((i): Col => ({
        key: `y${i}`,
        head: ["Target Tahun ke-", String(i)],
        role: "target",
        year: 2024 + i,
        fmt: DEC,
        width: 8,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, v])),
        ak: fx(c.a("y5")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("y1", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the penduduk miskin is 5.90, the Renstra target of tahun ke-2 (2026); the Renstra 2025 target is 6.10",
    truth: `'${R}'!${tr.a("y1", "r3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first three programs (10,529,325,000); the four programs add up to 12,487,625,000",
    truth: `SUM(${t2.a("rp", "g1")}:${t2.a("rp", "g4")})`,
  });
  for (const x of rows) {
    if (x.id !== "r3")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      trap: `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r3"), rules: ["target-trend"], truth: "5.3" });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
};

export function ikuDinsosWonoreja(): BookW {
  const b = new BookW(
    "matriks-iku-dinsos-kota-wonoreja.xlsx",
    "IKU matrix with targets (Dinas Sosial)",
    "IKU Dinas Sosial Kota Wonoreja 2022-2026: No | Sasaran | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2021 | 'Target Tahun' > 2022 .. 2026 | Kondisi Akhir 2026 | Penanggung Jawab; unmerged group header written once; typed values",
  );
  const S = "IKU Dinsos";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA WONOREJA", "DINAS SOSIAL"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS SOSIAL KOTA WONOREJA",
    "INDIKATOR KINERJA UTAMA DINAS SOSIAL TAHUN 2022-2026",
  ]);
  s.gap();
  const S1 = "Menurunnya persentase penduduk miskin";
  const rows: Iku[] = [
    {
      id: "u1",
      sas: S1,
      ind: "Persentase KPM PKH yang graduasi",
      rumus: "KPM graduasi / KPM PKH x 100%",
      sat: "%",
      awal: 5.2,
      tg: [6, 7, 8, 9, 10],
    },
    {
      id: "u2",
      sas: S1,
      ind: "Persentase penduduk miskin",
      rumus: "Penduduk miskin / jumlah penduduk x 100%",
      sat: "%",
      awal: 9.12,
      tg: [8.9, 8.6, 8.3, 8, 7.7],
    },
    {
      id: "u3",
      sas: "Meningkatnya kualitas pelayanan panti sosial",
      ind: "Persentase PPKS di panti yang terlayani sesuai standar",
      rumus: "PPKS terlayani sesuai SPM / PPKS di panti x 100%",
      sat: "%",
      awal: 80.5,
      tg: [82, 84, 86, 88, 90],
    },
    {
      id: "u4",
      sas: S1,
      ind: "Jumlah KK miskin yang mendapat bantuan usaha ekonomi produktif",
      rumus: "Jumlah KK penerima bantuan UEP per tahun",
      sat: "KK",
      awal: 230,
      tg: [250, 275, 300, 325, 350],
      flow: true,
    },
  ];
  const years = [2022, 2023, 2024, 2025, 2026];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
      { key: "rumus", head: ["Formulasi"], role: "rumus", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2021"], role: "kondisi-awal", year: 2021, fmt: DEC, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 8,
      })),
      { key: "ak", head: ["Kondisi Akhir 2026"], role: "kondisi-akhir", year: 2026, fmt: DEC, width: 10 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    ],
    headerRows: 2,
    groups: "first",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        // planted: 2024 target of the panti row typed 8.6 (86)
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, x.id === "u3" && y === 2024 ? 8.6 : x.tg[k]])),
        // planted: kondisi akhir of penduduk miskin is the 2024 target
        ak: x.id === "u2" ? 8.3 : x.flow ? sum(x.tg) : x.tg[4],
        pj: x.id === "u3" ? "Bidang Rehabilitasi Sosial" : "Bidang Perlindungan dan Jaminan Sosial",
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase = target tahun 2026; indikator jumlah = akumulasi 2022-2026.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2024", "u3") },
    rules: ["target-outlier"],
    note: "2024 target of the PPKS panti rate is 8.60 among 82, 84, 88, 90 (86 with a lost digit)",
    truth: `(${a("y2023", "u3")}+${a("y2025", "u3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "u2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of penduduk miskin (a rate) is 8.30, the 2024 target; the 2026 target is 7.70",
    truth: a("y2026", "u2"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "u1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2026", "u1"),
    trap: `SUM(${a("y2022", "u1")}:${a("y2026", "u1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "u4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y2022", "u4")}:${a("y2026", "u4")})`,
    trap: a("y2026", "u4"),
  });
  b.ok({ sheet: S, cell: a("y2026", "u2"), rules: ["target-trend"], truth: "7.7" });
  b.ok({ sheet: S, cell: a("y2024", "u1"), rules: ["target-outlier"], truth: "8" });
  return b.finish();
}

type Desa = {
  id: string;
  nm: string;
  awal: number;
  baru: number;
  hapus: number;
  ver: number;
  kpm: number;
  grad: number;
};

export function rekapDtksDesaSebuku(): BookW {
  const b = new BookW(
    "rekap-pemutakhiran-dtks-graduasi-pkh-per-desa-sebuku-hilir.xlsx",
    "Rekap DTKS and PKH graduation per desa (Dinas Sosial)",
    "Two tables side by side, one empty column apart: Tabel 1 No | Desa | KK DTKS Awal | Usulan Baru | Dihapus | KK DTKS Akhir | KK Diverifikasi | % Verifikasi with number row '(6) = (3)+(4)-(5)', '(8) = (7)/(3) x 100' and a JUMLAH row; Tabel 2 Desa | KPM PKH | Graduasi | % Graduasi with a Jumlah row",
  );
  const S = "DTKS per Desa 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEBUKU HILIR", "DINAS SOSIAL"]);
  s.lines([
    "REKAPITULASI PEMUTAKHIRAN DTKS DAN GRADUASI KPM PKH PER DESA",
    "KECAMATAN SEMBAKUNG ATULAI TAHUN 2024",
  ]);
  s.gap();
  const D: Desa[] = [
    { id: "d1", nm: "Atap", awal: 412, baru: 37, hapus: 29, ver: 398, kpm: 96, grad: 11 },
    { id: "d2", nm: "Tagul", awal: 286, baru: 21, hapus: 18, ver: 271, kpm: 64, grad: 7 },
    { id: "d3", nm: "Lubakan", awal: 538, baru: 44, hapus: 51, ver: 516, kpm: 121, grad: 15 },
    { id: "d4", nm: "Pagar", awal: 197, baru: 12, hapus: 9, ver: 190, kpm: 43, grad: 4 },
    { id: "d5", nm: "Manuk Bungkul", awal: 351, baru: 26, hapus: 33, ver: 329, kpm: 82, grad: 9 },
    { id: "d6", nm: "Tepian", awal: 468, baru: 39, hapus: 41, ver: 455, kpm: 105, grad: 13 },
  ];
  const top = s.r;
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "desa", head: ["Desa"], role: "lokasi", num: "(2)", width: 16 },
        { key: "awal", head: ["KK DTKS Awal (Januari)"], num: "(3)", fmt: INT, width: 10 },
        { key: "baru", head: ["Usulan Baru"], num: "(4)", fmt: INT, width: 9 },
        { key: "hapus", head: ["Dihapus"], num: "(5)", fmt: INT, width: 9 },
        { key: "akhir", head: ["KK DTKS Akhir (Desember)"], num: "(6) = (3)+(4)-(5)", fmt: INT, width: 11 },
        {
          key: "ver",
          head: ["KK Diverifikasi"],
          role: "realisasi",
          year: 2024,
          num: "(7)",
          fmt: INT,
          width: 10,
        },
        { key: "pv", head: ["% Verifikasi"], num: "(8) = (7)/(3) x 100", fmt: DEC, width: 10 },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...D.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            desa: x.nm,
            awal: x.awal,
            baru: x.baru,
            hapus: x.hapus,
            // planted: Lubakan's KK DTKS akhir typed 613 (538 + 44 - 51 = 531)
            akhir: x.id === "d3" ? 613 : fx(`${c.a("awal")}+${c.a("baru")}-${c.a("hapus")}`),
            ver: x.ver,
            pv: fx(rt(c.a("ver"), c.a("awal"))),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "desa"],
          cells: (c) => ({
            no: "JUMLAH",
            ...Object.fromEntries(
              ["awal", "baru", "hapus", "akhir", "ver"].map((k) => [
                k,
                fx(`SUM(${c.a(k, "d1")}:${c.a(k, "d6")})`),
              ]),
            ),
            pv: fx(rt(c.a("ver"), c.a("awal"))),
          }),
        },
      ],
    },
    1,
    top,
  );
  const t2 = s.table(
    {
      cols: [
        { key: "desa", head: ["Desa"], role: "lokasi", width: 16 },
        { key: "kpm", head: ["KPM PKH"], role: "target", year: 2024, fmt: INT, width: 9 },
        { key: "grad", head: ["Graduasi"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
        { key: "pg", head: ["% Graduasi"], fmt: DEC, width: 10 },
      ],
      headerRows: 2,
      rows: [
        ...D.map((x): Row => ({
          id: x.id,
          cells: (c) => ({ desa: x.nm, kpm: x.kpm, grad: x.grad, pg: fx(rt(c.a("grad"), c.a("kpm"))) }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            desa: "Jumlah",
            // planted: the cached total predates Tepian's 105 KPM (stale 406; the rows give 511)
            kpm: fx(`SUM(${c.a("kpm", "d1")}:${c.a("kpm", "d6")})`, 406),
            grad: fx(`SUM(${c.a("grad", "d1")}:${c.a("grad", "d6")})`),
            pg: fx(rt(c.a("grad"), c.a("kpm"))),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines(["Sumber: SIKS-NG, hasil musyawarah desa Tahun 2024; data sementara *)"]);
  s.gap();
  signature(s, 10, {
    tempat: "Sebuku Hilir, 10 Januari 2025",
    jabatan: ["Kepala Bidang Perlindungan dan Jaminan Sosial,"],
    nama: "MARTHEN LUTHER PADAN, S.E.",
    nip: "19820117 201001 1 012",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a1("akhir", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "KK DTKS akhir of Lubakan is a typed 613 among (3)+(4)-(5) formulas; 538 + 44 - 51 gives 531",
    truth: `${a1("awal", "d3")}+${a1("baru", "d3")}-${a1("hapus", "d3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a2("kpm", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah KPM PKH is =SUM with a stale cached 406; the six desa add up to 511",
    truth: D.map((x) => a2("kpm", x.id)).join("+"),
  });
  for (const k of ["awal", "baru", "hapus", "ver"])
    b.ok({ sheet: S, cell: a1(k, "j"), rules: ["sum-mismatch"], truth: D.map((x) => a1(k, x.id)).join("+") });
  b.ok({
    sheet: S,
    cell: a1("pv", "j"),
    rules: ["capaian-mismatch"],
    truth: rt(a1("ver", "j"), a1("awal", "j")),
    // the total's % is the ratio of the totals, not the desa percentages added
    trap: `SUM(${a1("pv", "d1")}:${a1("pv", "d6")})`,
  });
  for (const id of ["d1", "d5"])
    b.ok({
      sheet: S,
      cell: a1("akhir", id),
      rules: ["sum-mismatch", "hardcoded-value"],
      truth: `${a1("awal", id)}+${a1("baru", id)}-${a1("hapus", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a2("grad", "j"),
    rules: ["sum-mismatch"],
    truth: D.map((x) => a2("grad", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a2("pg", "d6"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a2("grad", "d6"), a2("kpm", "d6")),
  });
  return b.finish();
}
