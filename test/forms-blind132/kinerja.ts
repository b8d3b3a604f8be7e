// Performance tables of a Dinas Pendidikan in Papua Barat: the LKjIP 2024 measurement of one kabupaten
// (APK PAUD, APM SD / SMP, angka putus sekolah lower is better, guru berkualifikasi, ruang kelas baik)
// with a Rata-rata and Predikat footer, and the IKU matrix 2022-2026 of another kabupaten with ordinal
// years. Every name and number is invented.
import { BookW, DEC, fx, letterhead, predikatBaik, round, signature, type Col, type Row } from "../forms/kit";

type Ind = { id: string; sas: string; ind: string; t: number; r: number; neg?: boolean };

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

export function lkjipDisdik(): BookW {
  const b = new BookW(
    "lkjip-capaian-iku-disdik-pegunungan-wasirei.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pendidikan)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Pendidikan in Papua Barat: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; ROUND formulas, refleksi for the angka putus sekolah; Rata-rata and Predikat footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN KABUPATEN PEGUNUNGAN WASIREI", "PROVINSI PAPUA BARAT"]);
  s.lines(["Tabel 3.1", "Capaian Indikator Kinerja Utama Dinas Pendidikan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya akses pendidikan anak usia dini dan pendidikan dasar";
  const S2 = "Meningkatnya mutu pendidik dan sarana satuan pendidikan";
  const rows: Ind[] = [
    { id: "i1", sas: S1, ind: "Angka Partisipasi Kasar (APK) PAUD", t: 35, r: 31.6 },
    { id: "i2", sas: S1, ind: "Angka Partisipasi Murni (APM) SD", t: 82, r: 79.45 },
    { id: "i3", sas: S1, ind: "Angka Partisipasi Murni (APM) SMP", t: 64, r: 60 },
    { id: "i4", sas: S1, ind: "Angka Putus Sekolah SD", t: 1.2, r: 1.5, neg: true },
    { id: "i5", sas: S2, ind: "Persentase guru SD dan SMP berkualifikasi S1/D-IV", t: 78, r: 71.4 },
    { id: "i6", sas: S2, ind: "Persentase ruang kelas SD dan SMP dalam kondisi baik", t: 60, r: 42.3 },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const shown = (x: Ind) => (x.id === "i3" ? 97.35 : cap(x));
  const avg = round(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
  if (cap(rows[5]) !== 70.5 || predikatBaik(70.5) !== "Cukup" || cap(rows[3]) !== 75)
    throw new Error("lkjip");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: "%",
          t: x.t,
          r: x.r,
          // planted: the APM SMP's capaian is a typed 97.35 (60 / 64 gives 93.75)
          c: x.id === "i3" ? 97.35 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 70.50 (the band > 65 - 75 is Cukup)
          p: x.id === "i6" ? "Baik" : predikatBaik(shown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
      { id: "prd", bold: true, span: ["no", "r"], cells: { no: "Predikat", c: predikatBaik(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: Angka Putus Sekolah semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Wasirei, 27 Februari 2025",
    jabatan: ["Kepala Dinas Pendidikan,"],
    nama: "MARTHEN L. INDOU, S.Pd., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19790611 200502 1 009",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the APM SMP is a typed 97.35 among ROUND formulas; 60.00 / 64.00 gives 93.75",
    truth: rt(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for the capaian 70.50 (42.30 against 60.00); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: x.neg ? refl(a("r", x.id), a("t", x.id)) : rt(a("r", x.id), a("t", x.id)),
      // lower is better: 1.50 against 1.20 is 75.00, not R / T 125.00
      trap: x.neg ? rt(a("r", x.id), a("t", x.id)) : undefined,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
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
  ak: number;
  pj: string;
};

export function ikuDisdik(): BookW {
  const b = new BookW(
    "matriks-iku-disdik-teluk-arfai-2022-2026.xlsx",
    "IKU matrix (Dinas Pendidikan)",
    "IKU 2022-2026 of a Dinas Pendidikan in Papua Barat: No | Sasaran Strategis | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal (2021) | 'Target' > Tahun I (2022) .. Tahun V (2026) | Kondisi Akhir (2026) | Penanggung Jawab; ordinal years, one lower-is-better row",
  );
  const S = "IKU 2022-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TELUK ARFAI", "DINAS PENDIDIKAN"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU)", "DINAS PENDIDIKAN KABUPATEN TELUK ARFAI TAHUN 2022-2026"]);
  s.gap();
  const SA = "Meningkatnya partisipasi pendidikan PAUD dan pendidikan dasar";
  const rows: Iku[] = [
    // planted: kondisi akhir 62.00, the Tahun V target is 65.00
    {
      id: "u1",
      sas: SA,
      ind: "APK PAUD",
      rumus: "Jumlah anak PAUD / penduduk usia 3-6 tahun x 100%",
      sat: "%",
      awal: 44.2,
      tg: [47, 51, 55, 60, 65],
      ak: 62,
      pj: "Bidang PAUD dan PNF",
    },
    // planted: 2024 target 67.00 below 2023's 70.00 in a rising series (71.00 fits)
    {
      id: "u2",
      sas: SA,
      ind: "APM SMP",
      rumus: "Siswa SMP usia 13-15 / penduduk usia 13-15 x 100%",
      sat: "%",
      awal: 66.3,
      tg: [68, 70, 67, 72, 74],
      ak: 74,
      pj: "Bidang Pembinaan SMP",
    },
    {
      id: "u3",
      sas: SA,
      ind: "APM SD",
      rumus: "Siswa SD usia 7-12 / penduduk usia 7-12 x 100%",
      sat: "%",
      awal: 88.6,
      tg: [89.5, 90.5, 91.5, 92.5, 93.5],
      ak: 93.5,
      pj: "Bidang Pembinaan SD",
    },
    {
      id: "u4",
      sas: SA,
      ind: "Angka Putus Sekolah SD dan SMP",
      rumus: "Siswa putus sekolah / jumlah siswa x 100% (semakin kecil semakin baik)",
      sat: "%",
      awal: 1.85,
      tg: [1.6, 1.4, 1.2, 1, 0.8],
      ak: 0.8,
      pj: "Sekretariat",
    },
    {
      id: "u5",
      sas: "Meningkatnya mutu layanan pendidikan",
      ind: "Persentase satuan pendidikan terakreditasi minimal B",
      sat: "%",
      rumus: "Sekolah terakreditasi min. B / jumlah sekolah x 100%",
      awal: 57.4,
      tg: [60, 63, 66, 69, 72],
      ak: 72,
      pj: "Sekretariat",
    },
  ];
  const ord = ["I", "II", "III", "IV", "V"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 30 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, fmt: DEC, width: 10 },
    ...ord.map((o, i): Col => ({
      key: `y${i}`,
      head: ["Target", `Tahun ${o} (${2022 + i})`],
      role: "target",
      year: 2022 + i,
      fmt: DEC,
      width: 10,
    })),
    { key: "ak", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026, fmt: DEC, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k}`, v])),
        ak: x.ak,
        pj: x.pj,
      },
    })),
  });
  s.gap();
  signature(s, 9, {
    tempat: "Arfai, 15 Maret 2022",
    jabatan: ["Kepala Dinas Pendidikan,"],
    nama: "YOHANIS MANDACAN, S.Pd., M.M.",
    nip: "19750309 200212 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "u1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the APK PAUD is 62.00; the Tahun V (2026) target is 65.00",
    truth: a("y4", "u1"),
  });
  b.plant({
    at: { sheet: S, cell: a("y2", "u2") },
    rules: ["target-trend"],
    note: "APM SMP target Tahun III (2024) is 67.00, below Tahun II's 70.00 in a series rising to 74.00; 71.00 fits between 70.00 and 72.00",
    truth: `(${a("y1", "u2")}+${a("y3", "u2")})/2`,
  });
  for (const id of ["u2", "u3", "u4", "u5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y4", id),
      trap: `SUM(${a("y0", id)}:${a("y4", id)})`,
    });
  // the falling targets of the angka putus sekolah are the right direction (lower is better)
  for (const k of ["y2", "y4"])
    b.ok({ sheet: S, cell: a(k, "u4"), rules: ["target-trend"], truth: k === "y2" ? "1.2" : "0.8" });
  b.ok({
    sheet: S,
    cell: a("y2", "u3"),
    rules: ["target-trend"],
    truth: `(${a("y1", "u3")}+${a("y3", "u3")})/2`,
  });
  return b.finish();
}
