// Performance tables of a Bagian Kesejahteraan Rakyat: the LKjIP 2024 measurement of an Aceh
// kabupaten's Bagian (LPJ hibah tepat waktu, penyaluran sesuai jadwal, temuan BPK and waktu
// verifikasi proposal lower is better) with the LPJ computation under it, and the PK 2025 of a
// Kalimantan Barat kabupaten's Bagian beside its targets in the Renstra Setda 2025-2029.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ========================================== Bagian Kesra Setda Kabupaten Simpang Ulim Raya, LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipKesra(): BookW {
  const b = new BookW(
    "lkjip-lpj-tepat-waktu-kesra-simpang-ulim.xlsx",
    "LKjIP pengukuran kinerja (Bagian Kesra)",
    "LKjIP 2024 Tabel 3.2 of a Bagian Kesra in Aceh: No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | % Capaian | Predikat | Realisasi 2023 | Target Akhir Renstra (2026); capaian ROUND formulas, refleksi on the lower-is-better waktu verifikasi; predikat typed in the Baik words; Rata-rata row; Tabel 3.3 under it: the LPJ computation (lembaga penerima, LPJ tepat waktu, persentase)",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DAERAH KABUPATEN SIMPANG ULIM RAYA", "BAGIAN KESEJAHTERAAN RAKYAT"]);
  s.lines(["Tabel 3.2", "Pengukuran Kinerja Bagian Kesejahteraan Rakyat Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya akuntabilitas pengelolaan hibah dan bantuan sosial";
  const S2 = "Meningkatnya kualitas kehidupan beragama dan kerukunan umat";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase lembaga penerima hibah yang menyampaikan LPJ tepat waktu",
      sat: "%",
      t: 85,
      r: 88.1,
      r23: 79.5,
      t26: 92,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase penyaluran hibah dan bantuan sosial sesuai jadwal NPHD",
      sat: "%",
      t: 90,
      r: 67.05,
      r23: 71.2,
      t26: 95,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah temuan BPK atas pertanggungjawaban hibah dan bantuan sosial",
      sat: "temuan",
      t: 4,
      r: 3,
      r23: 6,
      t26: 2,
      neg: true,
      f: "0",
    },
    {
      id: "i4",
      sas: S1,
      ind: "Rata-rata waktu verifikasi proposal hibah dan bantuan sosial",
      sat: "hari kerja",
      t: 14,
      r: 11,
      r23: 16,
      t26: 10,
      neg: true,
      f: "0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Indeks kepuasan lembaga keagamaan dan kemasyarakatan atas fasilitasi Bagian Kesra",
      sat: "indeks",
      t: 80,
      r: 82.4,
      r23: 78.15,
      t26: 84,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase rekomendasi FKUB dan MPU yang ditindaklanjuti",
      sat: "%",
      t: 80,
      r: 62.5,
      r23: 58.33,
      t26: 90,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.id === "i4" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[1]) !== 74.5 || predikatBaik(74.5) !== "Cukup") throw new Error("lkjip i2");
  const avg = round(rows.reduce((n, x) => n + capOf(x), 0) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 12 },
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
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the temuan BPK (lower is better) has the R / T formula of the positive rows
          c: fx(x.id === "i4" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 74.50 (the band > 65 - 75 is Cukup)
          p: x.id === "i2" ? "Baik" : predikatBaik(capOf(x)),
          r23: fmt(x.r23, x.f),
          t26: fmt(x.t26, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 3 dan 4 semakin kecil semakin baik, capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.3", "Perhitungan Persentase Lembaga Penerima Hibah yang Menyampaikan LPJ Tepat Waktu"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Uraian"], role: "indikator", width: 44 },
      { key: "v", head: ["Tahun 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      { id: "n", cells: { no: "a", u: "Jumlah lembaga penerima hibah uang (NPHD)", v: fmt(84, "0") } },
      {
        id: "m",
        cells: { no: "b", u: "Lembaga yang menyampaikan LPJ paling lambat 10 Januari", v: fmt(74, "0") },
      },
      {
        id: "pc",
        cells: (c) => ({
          no: "c",
          u: "Persentase (b / a x 100)",
          v: fx(`ROUND(${c.a("v", "m")}/${c.a("v", "n")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Simpang Ulim, 28 Februari 2025",
    jabatan: ["Kepala Bagian Kesejahteraan Rakyat,"],
    nama: "CUT NURHAYATI FITRI, S.H.I., M.A.",
    pangkat: "Pembina (IV/a)",
    nip: "19800219 200501 2 007",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Capaian of the temuan BPK (lower is better by the note) is =ROUND(R/T*100,2) = 75.00, the formula of the positive rows; (2 x 4 - 3) / 4 gives 125.00, as the waktu verifikasi row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Baik' for the capaian of 74.50 (67.05 against 90); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules:
        x.id === "i4"
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the waktu verifikasi is lower is better: its capaian is the refleksi, not R / T
      trap: x.id === "i4" ? rt(R, T) : undefined,
    });
    if (x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  // falling targets of lower-is-better rows from 2024 to 2026
  b.ok({ sheet: S, cell: a("t26", "i3"), rules: ["target-trend"], truth: "2" });
  b.ok({ sheet: S, cell: a("t26", "i4"), rules: ["target-trend"], truth: "10" });
  b.ok({
    sheet: S,
    cell: a("r", "i1"),
    rules: ["cross-table-mismatch"],
    truth: t2.a("v", "pc"),
  });
  return b.finish();
}

// ============================== Bagian Kesra Setda Kabupaten Sungai Mentibar, PK 2025 and Renstra

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkKesra(): BookW {
  const b = new BookW(
    "pk-kabag-kesra-renstra-setda-sungai-mentibar.xlsx",
    "PK 2025 and Renstra Setda 2025-2029 targets (Bagian Kesra)",
    "sheet 'PK Kesra 2025': statement, Tabel 1 No | Sasaran Program | Indikator Kinerja Program | Satuan | Target Tahun 2025; Tabel 2 No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Ket. with Kepmendagri codes 4.01.02 and a JUMLAH; sheet 'Renstra Setda 2025-2029': No | Indikator | Satuan | Baseline 2024 | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir 2029; rates and two lower-is-better rows (temuan, waktu verifikasi)",
  );
  const S = "PK Kesra 2025";
  const R = "Renstra Setda 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUNGAI MENTIBAR", "SEKRETARIAT DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN KESEJAHTERAAN RAKYAT",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : ANTONIUS EKEL, S.Sos., M.Si. - Jabatan : Kepala Bagian Kesejahteraan Rakyat",
    "Nama : Drs. H. BUSTAMI RAHMAN, M.M. - Jabatan : Asisten Pemerintahan dan Kesejahteraan Rakyat",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase lembaga penerima hibah yang menyampaikan LPJ tepat waktu",
      sat: "%",
      awal: 81.25,
      tg: [84, 86, 88, 90, 92],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase penerima bantuan sosial yang tepat sasaran",
      sat: "%",
      awal: 93.4,
      tg: [94, 95, 96, 97, 98],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah temuan BPK atas hibah dan bantuan sosial",
      sat: "temuan",
      awal: 5,
      tg: [4, 4, 3, 2, 2],
      neg: true,
      f: "0",
    },
    {
      id: "r4",
      ind: "Rata-rata waktu verifikasi proposal hibah",
      sat: "hari",
      awal: 18,
      tg: [15, 14, 12, 11, 10],
      neg: true,
      f: "0",
    },
    {
      id: "r5",
      ind: "Indeks kepuasan lembaga keagamaan terhadap layanan fasilitasi",
      sat: "indeks",
      awal: 76.8,
      tg: [78, 79.5, 81, 82.5, 84],
      f: DEC,
    },
  ];
  // planted: the PK target of the LPJ indicator is 86.00, the Renstra 2026 target (2025: 84.00)
  const pkTarget = (x: PkInd) => (x.id === "r1" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Program"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja Program"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 4
            ? "Terkelolanya hibah dan bantuan sosial secara tertib dan akuntabel"
            : "Meningkatnya kualitas layanan fasilitasi keagamaan",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkTarget(x), x.f),
      },
    })),
  });
  s.gap();
  const subs: Array<[string, string, string, number]> = [
    ["s1", "4.01.02.2.02.0001", "Fasilitasi Pengelolaan Bina Mental Spiritual", 412_650_000],
    [
      "s2",
      "4.01.02.2.02.0002",
      "Fasilitasi Penyaluran dan Pertanggungjawaban Hibah dan Bantuan Sosial",
      538_200_000,
    ],
    // planted: coded under kegiatan 4.01.02.2.01 while it stands under 4.01.02.2.02
    ["s3", "4.01.02.2.01.0003", "Fasilitasi Kerukunan dan Kehidupan Beragama", 264_375_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 20 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        cells: (c) => ({
          no: 1,
          kode: "4.01.02",
          nm: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT",
          rp: fx(`${c.a("rp", "k")}`),
          ket: "APBD",
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          kode: "4.01.02.2.02",
          nm: "Pelaksanaan Kebijakan Kesejahteraan Rakyat",
          rp: fx(`SUM(${c.a("rp", "s1")}:${c.a("rp", "s3")})`),
          ket: "APBD",
        }),
      },
      ...subs.map(([id, kode, nm, rp]): Row => ({ id, cells: { kode, nm, rp, ket: "APBD" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p")}`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Sungai Mentibar, 3 Januari 2025"]);
  s.lines(["Pihak Kedua,", "", "", "", "Drs. H. BUSTAMI RAHMAN, M.M.", "NIP. 19690708 199503 1 003"], 2);
  s.r -= 6;
  s.lines(["Pihak Pertama,", "", "", "", "ANTONIUS EKEL, S.Sos., M.Si.", "NIP. 19750113 200212 1 005"], 4);

  const r = b.sheet(R);
  letterhead(r, ["SEKRETARIAT DAERAH KABUPATEN SUNGAI MENTIBAR"]);
  r.lines([
    "Matriks Target Indikator Kinerja Bagian Kesejahteraan Rakyat",
    "Rencana Strategis Sekretariat Daerah 2025-2029",
  ]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(`${c.a("y2029")}`),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y2025", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the LPJ tepat waktu is 86.00, the Renstra 2026 target; the Renstra 2025 target is 84.00",
    truth: `'${R}'!${tr.a("y2025", "r1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Fasilitasi Kerukunan dan Kehidupan Beragama is coded 4.01.02.2.01.0003 (kegiatan 4.01.02.2.01) under kegiatan 4.01.02.2.02; its code is 4.01.02.2.02.0003",
    truth: `${t2.a("kode", "k")}&".0003"`,
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", "k"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("kode", "k"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${t2.a("kode", "k")})`,
    actual: t2.a("kode", "p"),
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "k"),
    rules: ["sum-mismatch"],
    truth: subs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: t2.a("rp", "k"),
    // the JUMLAH is the program, not every row above added up
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "s3")})`,
  });
  for (const x of rows) {
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      // a rate's kondisi akhir is the last target, not the five years added up
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
    if (x.neg) b.ok({ sheet: R, cell: tr.a("y2029", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  return b.finish();
}
