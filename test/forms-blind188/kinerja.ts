// An LKjIP measurement table (Wonoreja, 2024), a PK 2025 with its Renstra (Lombok Selaparang) and an IKU matrix
// 2025-2029 (Wonoreja) of the Dinas Pertanian on penyuluhan and kelembagaan petani. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikatBaik, type Col, type Row } from "../forms/kit";

export function lkjipWonoreja(): BookW {
  const b = new BookW(
    "lkjip-kelembagaan-petani-distan-wonoreja.xlsx",
    "LKjIP measurement table (2024)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran (merged) | Indikator | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra 2026 | Capaian thd Renstra (%); refleksi for lower-is-better rows; Rata-rata and predikat footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERTANIAN KABUPATEN WONOREJA"]);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya kapasitas kelembagaan petani";
  const rows = [
    {
      id: "r1",
      sas: SAS,
      ind: "Persentase kelompok tani kelas madya dan utama",
      neg: false,
      t: 30,
      r: 30.8,
      r23: 28.1,
      ak: 35,
    },
    {
      id: "r2",
      sas: SAS,
      ind: "Persentase kelompok tani kelas pemula (semakin kecil semakin baik)",
      neg: true,
      t: 38,
      r: 35.2,
      r23: 39.4,
      ak: 30,
    },
    {
      id: "r3",
      sas: SAS,
      ind: "Persentase Gapoktan tidak aktif (semakin kecil semakin baik)",
      neg: true,
      t: 12,
      r: 14.5,
      r23: 15.8,
      ak: 8,
    },
    {
      id: "r4",
      sas: "Meningkatnya jangkauan layanan penyuluhan",
      ind: "Persentase desa yang dilayani satu penyuluh",
      neg: false,
      t: 85,
      r: 71.6,
      r23: 66.2,
      ak: 100,
    },
    {
      id: "r5",
      sas: "Meningkatnya jangkauan layanan penyuluhan",
      ind: "Persentase petani terdaftar Simluhtan pemegang kartu tani",
      neg: false,
      t: 80,
      r: 55.3,
      r23: 49.8,
      ak: 90,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pred", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", fmt: DEC },
    { key: "capak", head: ["Capaian thd Target Akhir Renstra (%)"], role: "capaian", fmt: DEC },
  ];
  const capOf = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const val = (neg: boolean, t: number, r: number) => Math.round(((neg ? 2 * t - r : r) / t) * 10000) / 100;
  // cached capaian as the sheet shows them (r3 planted with R / T)
  const shown = rows.map((x) => (x.id === "r3" ? val(false, x.t, x.r) : val(x.neg, x.t, x.r)));
  const avg = Math.round((shown.reduce((p, q) => p + q, 0) / shown.length) * 100) / 100;
  const body: Row[] = rows.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: "%",
      t: x.t,
      r: x.r,
      // planted: the Gapoktan tidak aktif row (lower is better) takes R / T
      cap: fx(capOf(x.neg && x.id !== "r3", c.a("t"), c.a("r"))),
      // planted: r5 is "Baik" for 69.13
      pred: x.id === "r5" ? "Baik" : predikatBaik(shown[i]),
      r23: x.r23,
      ak: x.ak,
      capak: fx(capOf(x.neg, c.a("ak"), c.a("r"))),
    }),
  }));
  body.push({
    id: "avg",
    bold: true,
    span: ["no", "sat"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      cap: fx(`ROUND(AVERAGE(${c.a("cap", "r1")}:${c.a("cap", "r5")}),2)`),
      pred: predikatBaik(avg),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows: body, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator dengan arah semakin kecil semakin baik dihitung (2 x Target - Realisasi) / Target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "r3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the Gapoktan tidak aktif (lower is better) is =ROUND(R/T*100,2) = 120.83; (2 x 12 - 14.5) / 12 gives 79.17, as the kelas pemula row computes",
    truth: capOf(true, a("t", "r3"), a("r", "r3")),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "r5") },
    rules: ["predikat-mismatch"],
    note: "predikat Baik for 69.13 (55.30 against 80); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("cap", "r5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "r2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: capOf(true, a("t", "r2"), a("r", "r2")),
    trap: `ROUND(${a("r", "r2")}/${a("t", "r2")}*100,2)`,
  });
  for (const id of ["r1", "r4", "r5"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: capOf(false, a("t", id), a("r", id)),
    });
  for (const id of ["r1", "r2", "r4"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("cap", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("capak", "r3"),
    rules: ["capaian-mismatch"],
    truth: capOf(true, a("ak", "r3"), a("r", "r3")),
    trap: `ROUND(${a("r", "r3")}/${a("ak", "r3")}*100,2)`,
  });
  return b.finish();
}

export function pkSelaparang(): BookW {
  const b = new BookW(
    "pk-kadis-pertanian-renstra-lombok-selaparang.xlsx",
    "PK 2025 with its Renstra 2025-2029",
    "sheet PK 2025: No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Keterangan with JUMLAH; sheet Renstra: No | Indikator | Satuan | Kondisi Awal (2024) | Tahun I .. V (2025 .. 2029) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERTANIAN KABUPATEN LOMBOK SELAPARANG"]);
  const inds = [
    {
      id: "i1",
      ind: "Persentase kelompok tani kelas lanjut ke atas",
      sat: "%",
      awal: 38.6,
      tg: [41, 44, 47, 50, 53],
    },
    {
      id: "i2",
      ind: "Persentase penyuluh yang menginput data di Simluhtan",
      sat: "%",
      awal: 71.5,
      tg: [76, 80, 84, 88, 92],
    },
    {
      id: "i3",
      ind: "Rasio desa per penyuluh pertanian",
      sat: "desa/penyuluh",
      awal: 1.9,
      tg: [1.8, 1.7, 1.6, 1.5, 1.4],
    },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i): Row => ({
      id: x.id,
      // planted: i1 takes the Renstra's Tahun II target
      cells: {
        no: i + 1,
        sas: "Meningkatnya kapasitas kelembagaan petani dan penyuluh",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "i1" ? x.tg[1] : x.tg[0],
      },
    })),
  });
  s.gap();
  const subs: Array<[string, string, string, number]> = [
    [
      "s1",
      "3.27.07.2.01.0001",
      "Pengembangan Kapasitas Kelembagaan Petani di Kecamatan dan Desa",
      615_400_000,
    ],
    [
      "s2",
      "3.27.07.2.01.0002",
      "Penyediaan dan Pemanfaatan Sarana Prasarana Penyuluhan Pertanian",
      1_240_000_000,
    ],
    ["s3", "3.27.07.2.02.0004", "Penyediaan Penyuluh Pertanian (THL-TBPP dan PPPK)", 2_476_800_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 30 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        cells: (c) => ({
          no: 1,
          kode: "3.27.07",
          nm: "Program Penyuluhan Pertanian",
          rp: fx(c.a("rp", "k")),
          ket: "APBD",
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          kode: "3.27.07.2.01",
          nm: "Pengembangan Penerapan Penyuluhan Pertanian",
          rp: fx(`SUM(${c.a("rp", "s1")}:${c.a("rp", "s3")})`),
          ket: "APBD",
        }),
      },
      ...subs.map(([id, kode, nm, rp]): Row => ({
        id,
        cells: { kode, nm, rp, ket: id === "s3" ? "DAU SG" : "APBD" },
      })),
      { id: "j", bold: true, span: ["no", "nm"], cells: (c) => ({ no: "JUMLAH", rp: fx(c.a("rp", "p")) }) },
    ],
  });
  s.gap();
  s.lines(["Selong Baru, 2 Januari 2025"], 2);
  s.lines(["Bupati Lombok Selaparang,", "", "", "H. LALU MUHAMMAD ZAINI"], 2);
  s.r -= 4;
  s.lines(
    ["Kepala Dinas Pertanian,", "", "", "BAIQ NURHASANAH, S.P., M.Si.", "NIP. 19760921 200312 2 004"],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERTANIAN KABUPATEN LOMBOK SELAPARANG"]);
  r.lines(["Target Indikator Kinerja Renstra Dinas Pertanian 2025-2029"]);
  r.gap();
  const Y = ["I", "II", "III", "IV", "V"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...Y.map((y, i): Col => ({
        key: `y${i + 1}`,
        head: ["Target Tahun", `${y} (${2025 + i})`],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    rows: inds.map((x, i): Row => ({
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
        { sheet: S, cell: t1.a("tg", "i1") },
        { sheet: R, cell: tr.a("y1", "i1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the kelompok tani kelas lanjut ke atas is 44, the Renstra Tahun II (2026) target; Tahun I (2025) is 41",
    truth: `'${R}'!${tr.a("y1", "i1")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyediaan Penyuluh Pertanian is coded 3.27.07.2.02.0004 under kegiatan 3.27.07.2.01; its code is 3.27.07.2.01.0004",
    truth: `${t2.a("kode", "k")}&".0004"`,
  });
  for (const id of ["i2", "i3"])
    b.ok({
      sheet: S,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y1", id)}`,
    });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: t2.a("rp", "p"),
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "k"),
    rules: ["sum-mismatch"],
    truth: ["s1", "s2", "s3"].map((id) => t2.a("rp", id)).join("+"),
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
    sheet: R,
    cell: tr.a("ak", "i3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: tr.a("y5", "i3"),
    trap: ["y1", "y2", "y3", "y4", "y5"].map((k) => tr.a(k, "i3")).join("+"),
  });
  b.ok({ sheet: R, cell: tr.a("y5", "i3"), rules: ["target-trend"], truth: "1.4" });
  return b.finish();
}

export function ikuWonoreja(): BookW {
  const b = new BookW(
    "iku-penyuluhan-distan-wonoreja-2025-2029.xlsx",
    "IKU matrix 2025-2029",
    "IKU matrix: No | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir 2029 | Sumber Data | Penanggung Jawab",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WONOREJA", "DINAS PERTANIAN"]);
  s.lines(["INDIKATOR KINERJA UTAMA DINAS PERTANIAN TAHUN 2025-2029"]);
  s.gap();
  const rows = [
    {
      id: "i1",
      ind: "Persentase kelompok tani kelas madya dan utama",
      rumus: "Poktan madya + utama / seluruh poktan x 100%",
      sat: "%",
      flow: false,
      awal: 31.2,
      tg: [33, 35, 37, 39, 41],
    },
    // planted: 280 typed for 28 in 2027
    {
      id: "i2",
      ind: "Jumlah demplot teknologi spesifik lokasi",
      rumus: "Jumlah demplot yang dilaksanakan",
      sat: "unit",
      flow: true,
      awal: 22,
      tg: [24, 26, 280, 30, 32],
    },
    {
      id: "i3",
      ind: "Persentase Gapoktan aktif",
      rumus: "Gapoktan aktif / seluruh Gapoktan x 100%",
      sat: "%",
      flow: false,
      awal: 64,
      tg: [66, 68, 70, 72, 74],
    },
    // planted: 61 in 2027 breaks the rising path 58, 64, .., 76, 82
    {
      id: "i4",
      ind: "Persentase petani pemegang kartu tani",
      rumus: "Petani pemegang kartu tani / petani terdaftar Simluhtan x 100%",
      sat: "%",
      flow: false,
      awal: 52,
      tg: [58, 64, 61, 76, 82],
    },
    {
      id: "i5",
      ind: "Persentase kelompok tani kelas pemula",
      rumus: "Poktan kelas pemula / seluruh poktan x 100%",
      sat: "%",
      flow: false,
      awal: 41,
      tg: [39, 37, 35, 33, 31],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 36 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", num: "(3)", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, num: "(5)" },
      ...Y.map((y, i): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        num: `(${6 + i})`,
        width: 8,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, num: "(11)" },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", num: "(12)", width: 14 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(13)", width: 16 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.tg.map((v, k) => [`y${Y[k]}`, v])),
        ak: x.flow ? fx(Y.map((y) => c.a(`y${y}`)).join("+")) : fx(c.a("y2029")),
        sd: "Simluhtan / e-RDKK",
        pj: "Bidang Penyuluhan",
      }),
    })),
  });
  s.gap();
  s.lines(["Ditetapkan dengan Keputusan Kepala Dinas Pertanian Nomor 188.4/027/KPTS/411.201/2025"]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "i2") },
    rules: ["target-outlier"],
    note: "2027 target of the demplot is 280 between 26 and 30 (a zero too many); 28 fits the path of +2 a year",
    truth: `(${a("y2026", "i2")}+${a("y2028", "i2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2027", "i4") },
    rules: ["target-trend"],
    note: "2027 target of the kartu tani share (higher is better) falls to 61 between 64 and 76; the path of +6 a year gives 70",
    truth: `(${a("y2026", "i4")}+${a("y2028", "i4")})/2`,
  });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", id),
      trap: Y.map((y) => a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("ak", "i3"), rules: ["kondisi-akhir-mismatch"], truth: a("y2029", "i3") });
  for (const y of Y)
    b.ok({ sheet: S, cell: a(`y${y}`, "i5"), rules: ["target-trend"], truth: String(41 - 2 * (y - 2024)) });
  return b.finish();
}
