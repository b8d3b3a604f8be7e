// Performance tables of the Dinas Lingkungan Hidup: the LKjIP 2024 measurement of a Kalimantan Timur
// city (air and water quality indices, sampah, bank sampah; two lower-is-better rows with the
// refleksi formula), the PK 2025 of the UPTD TPA of a Bali kabupaten beside the Renstra targets, and
// the IKU matrix 2024-2028 of that kabupaten's DLH. Every name and number is invented.
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

export function lkjipDlh(): BookW {
  const b = new BookW(
    "lkjip-dlh-iku-udara-sampah-tepian-mahakam.xlsx",
    "LKjIP pengukuran kinerja (DLH)",
    "LKjIP 2024 Tabel 3.1 of a DLH in Kalimantan Timur: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra (2026); refleksi on the two lower-is-better rows; predikat typed in the Baik words; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS LINGKUNGAN HIDUP KOTA TEPIAN MAHAKAM"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas lingkungan hidup";
  const S2 = "Meningkatnya pengelolaan sampah";
  type Ind = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    r23: number;
    t: number;
    r: number;
    t26: number;
    neg?: boolean;
  };
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      r23: 67.2,
      t: 68.5,
      r: 69.12,
      t26: 70,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      r23: 84.1,
      t: 85,
      r: 83.3,
      t26: 86.5,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      r23: 52.4,
      t: 55,
      r: 51.7,
      t26: 58,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rata-rata sampah yang masuk ke TPA per hari",
      sat: "ton/hari",
      r23: 448,
      t: 420,
      r: 436,
      t26: 395,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase sampah yang tidak tertangani",
      sat: "%",
      r23: 31.8,
      t: 30,
      r: 27.5,
      t26: 25,
      neg: true,
    },
    { id: "i6", sas: S2, ind: "Persentase bank sampah aktif", sat: "%", r23: 44.2, t: 70, r: 48.6, t26: 80 },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, fmt: DEC, width: 11 },
  ];
  // the shown capaian: the planted i5 uses R / T
  const shown = (x: Ind) => round(x.neg && x.id !== "i5" ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const avg = round(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
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
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the untreated-waste share (lower is better) has the R / T formula
          c: fx(x.neg && x.id !== "i5" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for the bank sampah's 69.43 (Cukup)
          p: x.id === "i6" ? "Baik" : predikatBaik(shown(x)),
          t26: x.t26,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 4 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the persentase sampah tidak tertangani (lower is better by the note) is =ROUND(R/T*100,2) = 91.67; (2 x 30 - 27.5) / 30 gives 108.33, as row 4 computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "predikat Baik for the bank sampah aktif's 69.43 (48.6 against 70); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i4"), a("t", "i4")),
    trap: rt(a("r", "i4"), a("t", "i4")),
  });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

export function pkUptdTpa(): BookW {
  const b = new BookW(
    "pk-uptd-tpa-renstra-dlh-bukit-sari.xlsx",
    "PK 2025 (two tables) and Renstra targets (UPTD TPA)",
    "sheet PK UPTD TPA 2025: No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Keterangan with JUMLAH; sheet Renstra DLH: No | Indikator | Satuan | Kondisi Awal 2023 | Target 2024 .. 2026 | Kondisi Akhir 2026",
  );
  const S = "PK UPTD TPA 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BUKIT SARI",
    "DINAS LINGKUNGAN HIDUP",
    "UPTD TEMPAT PEMROSESAN AKHIR (TPA) REGIONAL BUKIT SARI",
  ]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "KEPALA UPTD TPA REGIONAL BUKIT SARI"]);
  s.gap();
  type I = { id: string; ind: string; sat: string; aw: number; tg: number[] };
  const I: I[] = [
    {
      id: "a1",
      ind: "Persentase sampah yang diproses di TPA secara controlled landfill",
      sat: "%",
      aw: 64.5,
      tg: [68, 72, 76],
    },
    {
      id: "a2",
      ind: "Persentase luas zona aktif yang ditutup tanah penutup harian",
      sat: "%",
      aw: 55,
      tg: [60, 65, 70],
    },
    {
      id: "a3",
      ind: "Jumlah lindi yang diolah di IPL sesuai baku mutu",
      sat: "m3/hari",
      aw: 38,
      tg: [45, 52, 60],
    },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas pemrosesan akhir sampah",
        ind: x.ind,
        sat: x.sat,
        // planted: the controlled landfill target is the Renstra 2026 value
        tg: x.id === "a1" ? x.tg[2] : x.tg[1],
      },
    })),
    vmerge: ["sas"],
  });
  s.gap();
  const P = [
    { id: "p", no: "", kode: "2.11.11", nm: "Program Pengelolaan Persampahan" },
    { id: "g", no: "1", kode: "2.11.11.2.01", nm: "Pengelolaan Sampah" },
    { id: "s1", no: "a", kode: "2.11.11.2.01.0004", nm: "Pengelolaan TPA", rp: 2_764_300_000 },
    {
      id: "s2",
      no: "b",
      kode: "2.11.11.2.01.0005",
      nm: "Pengoperasian Instalasi Pengolahan Lindi",
      rp: 918_650_000,
    },
    { id: "h", no: "2", kode: "2.11.11.2.02", nm: "Penerbitan Izin Pemrosesan Akhir Sampah" },
    {
      id: "s3",
      no: "a",
      kode: "2.11.11.2.02.0001",
      nm: "Verifikasi Permohonan Izin Pemrosesan Akhir Sampah",
      rp: 143_500_000,
    },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...P.map((x): Row => ({
        id: x.id,
        bold: !x.rp,
        cells: (c) => ({
          no: x.no,
          kode: x.kode,
          nm: x.nm,
          rp:
            x.rp ??
            fx(
              x.id === "p"
                ? `${c.a("rp", "g")}+${c.a("rp", "h")}`
                : x.id === "g"
                  ? `${c.a("rp", "s1")}+${c.a("rp", "s2")}`
                  : c.a("rp", "s3"),
            ),
          ket: "APBD",
        }),
      })),
      // planted: JUMLAH typed 3,862,540,000 (the program is 3,826,450,000)
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: 3_862_540_000 } },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Bukit Sari, 3 Januari 2025",
    jabatan: ["KEPALA UPTD TPA REGIONAL BUKIT SARI,"],
    nama: "NI LUH PUTU SUARNIASIH, S.T.",
    nip: "19840707 200903 2 012",
  });
  const R = "Renstra DLH 2022-2026";
  const r = b.sheet(R);
  r.lines(["Target Indikator UPTD TPA dalam Renstra Dinas Lingkungan Hidup Kabupaten Bukit Sari 2022-2026"]);
  r.gap();
  const yrs = [2024, 2025, 2026];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "aw", head: ["Kondisi Awal 2023"], role: "kondisi-awal", year: 2023, width: 10 },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2026"], role: "kondisi-akhir", year: 2026, width: 10 },
    ],
    headerRows: 2,
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        aw: fmt(x.aw, "0.0"),
        ...Object.fromEntries(yrs.map((y, k) => [`y${y}`, x.tg[k]])),
        ak: fx(c.a("y2026")),
      }),
    })),
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const p = (k: string, id: string) => t2.a(k, id);
  const ra = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("tg", "a1") },
        { sheet: R, cell: tr.a("y2025", "a1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the controlled landfill share is 76, the Renstra 2026 target; the Renstra 2025 target is 72",
    truth: ra("y2025", "a1"),
  });
  b.plant({
    at: { sheet: S, cell: p("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "JUMLAH anggaran is a typed 3,862,540,000; the program (its two kegiatan) is 3,826,450,000 (digits swapped)",
    truth: p("rp", "p"),
  });
  for (const id of ["a2", "a3"])
    b.ok({ sheet: S, cell: a("tg", id), rules: ["cross-table-mismatch"], truth: ra("y2025", id) });
  b.ok({
    sheet: S,
    cell: p("rp", "p"),
    rules: ["sum-mismatch"],
    truth: `${p("rp", "s1")}+${p("rp", "s2")}+${p("rp", "s3")}`,
    trap: `${p("rp", "g")}+${p("rp", "s1")}+${p("rp", "s2")}+${p("rp", "h")}+${p("rp", "s3")}`,
  });
  b.ok({ sheet: S, cell: p("rp", "g"), rules: ["sum-mismatch"], truth: `${p("rp", "s1")}+${p("rp", "s2")}` });
  for (const id of ["a1", "a2"])
    b.ok({
      sheet: R,
      cell: tr.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2026", id),
      trap: `${tr.a("y2024", id)}+${tr.a("y2025", id)}+${tr.a("y2026", id)}`,
    });
  return b.finish();
}

export function ikuDlhBali(): BookW {
  const b = new BookW(
    "matriks-iku-dlh-kualitas-udara-bukit-sari.xlsx",
    "IKU matrix with targets 2024-2028 (DLH)",
    "IKU DLH 2024-2028 of a Bali kabupaten: No | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2023 | 'Target Tahun' > 2024 .. 2028 | Kondisi Akhir 2028 | Sumber Data",
  );
  const S = "IKU DLH";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUKIT SARI", "DINAS LINGKUNGAN HIDUP"]);
  s.lines(["Lampiran Keputusan Kepala Dinas Lingkungan Hidup tentang Indikator Kinerja Utama 2024-2028"]);
  s.gap();
  const yrs = [2024, 2025, 2026, 2027, 2028];
  type I = { id: string; ind: string; f: string; sat: string; aw: number; tg: number[]; sd: string };
  const I: I[] = [
    {
      id: "u1",
      ind: "Indeks Kualitas Lingkungan Hidup",
      f: "Rata-rata tertimbang IKA, IKU, IKL, IKAL",
      sat: "indeks",
      aw: 68.4,
      tg: [69.1, 69.8, 70.5, 71.2, 72],
      sd: "KLHK",
    },
    {
      id: "u2",
      ind: "Indeks Kualitas Udara",
      f: "100 - (50/0,9 x (Ieu - 0,1))",
      sat: "indeks",
      aw: 86.2,
      tg: [86.5, 87, 8.75, 88, 88.5],
      sd: "Bidang PPKLH",
    },
    {
      id: "u3",
      ind: "Persentase sampah yang tertangani",
      f: "sampah tertangani / timbulan x 100%",
      sat: "%",
      aw: 61.5,
      tg: [64, 67, 70, 73, 76],
      sd: "SIPSN",
    },
    {
      id: "u4",
      ind: "Timbulan sampah per kapita",
      f: "timbulan / jumlah penduduk",
      sat: "kg/orang/hari",
      aw: 0.72,
      tg: [0.71, 0.7, 0.69, 0.68, 0.67],
      sd: "SIPSN",
    },
    {
      id: "u5",
      ind: "Persentase pengurangan sampah melalui bank sampah dan TPS3R",
      f: "sampah yang dikurangi / timbulan x 100%",
      sat: "%",
      aw: 18,
      tg: [20, 22, 24, 21, 28],
      sd: "SIPSN",
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "f", head: ["Formulasi"], role: "rumus", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "aw", head: ["Kondisi Awal 2023"], role: "kondisi-awal", year: 2023, width: 10 },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2028"], role: "kondisi-akhir", year: 2028, fmt: DEC, width: 10 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 12 },
    ],
    headerRows: 2,
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        f: x.f,
        sat: x.sat,
        aw: x.aw,
        ...Object.fromEntries(yrs.map((y, k) => [`y${y}`, x.tg[k]])),
        ak: fx(c.a("y2028")),
        sd: x.sd,
      }),
    })),
  });
  s.gap();
  s.lines(["Catatan: timbulan sampah per kapita semakin kecil semakin baik."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2026", "u2") },
    rules: ["target-outlier"],
    note: "the 2026 target of the Indeks Kualitas Udara is 8.75 between 87.00 and 88.00 (a dropped digit); the series gives 87.50",
    truth: `(${a("y2025", "u2")}+${a("y2027", "u2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "u5") },
    rules: ["target-trend"],
    note: "the 2027 target of the pengurangan sampah falls to 21 between 24 and 28 on a rising (higher is better) series; 26 was meant",
    truth: `(${a("y2026", "u5")}+${a("y2028", "u5")})/2`,
  });
  for (const id of ["u1", "u3", "u4"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2028", id),
      trap: yrs.map((y) => a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}
