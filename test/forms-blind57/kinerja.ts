// Performance forms of two kabupaten: the LKjIP 2024 of the Pemerintah Kabupaten Batu Lanteh (Nusa
// Tenggara Barat, Pulau Sumbawa) with quarterly realisations of its environment and fisheries IKU,
// an E.79 evaluation excerpt of the RPJMD by the Dinas Lingkungan Hidup of Kabupaten Lasalimu Raya
// (Sulawesi Tenggara, Pulau Buton), and the Perjanjian Kinerja 2025 of the Kepala Dinas Kelautan
// dan Perikanan of Kabupaten Batu Lanteh (two tables on one sheet) with its Renstra sheet. Every
// name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type IkuR = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  tw: number[];
  /** level: the year is the last quarter's value; flow: the sum of the quarters */
  flow?: boolean;
  neg?: boolean;
  /** typed yearly value (instead of a formula) */
  typed?: number;
  capTyped?: number;
  pred: string;
  pd: string;
  f: string;
};

/** LKjIP 2024 of the Pemerintah Kabupaten Batu Lanteh: IKU with quarterly realisations. */
export function lkjipPemkabBatuLanteh(): BookW {
  const b = new BookW(
    "lkjip-2024-pemkab-batu-lanteh-iku-lingkungan-perikanan-triwulan.xlsx",
    "LKjIP (Pemerintah Kabupaten) IKU measurement with quarterly realisations, capaian and predikat",
    "No | Sasaran RPJMD (merged) | Indikator Kinerja Utama | Satuan | Target 2024 | 'Realisasi per Triwulan 2024' > TW I..TW IV | Realisasi Tahun 2024 | % Capaian | Kategori | Perangkat Daerah Pengampu; levels take TW IV, tons add the quarters",
  );
  const S = "Lamp. 3 Capaian IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATU LANTEH",
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
  ]);
  s.lines(
    [
      "Lampiran 3. Realisasi dan Capaian Indikator Kinerja Utama Bidang Lingkungan Hidup dan Kelautan Perikanan",
    ],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const SA = "Meningkatnya kualitas lingkungan hidup";
  const SB = "Meningkatnya produksi dan kesejahteraan pelaku usaha perikanan";
  const DLH = "Dinas Lingkungan Hidup";
  const DKP = "Dinas Kelautan dan Perikanan";
  const rs: IkuR[] = [
    {
      id: "ika",
      sas: SA,
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      t: 52,
      tw: [49.8, 50.6, 51.9, 53.4],
      pred: "Sangat Tinggi",
      pd: DLH,
      f: DEC,
    },
    {
      id: "sampah",
      sas: SA,
      ind: "Persentase sampah terkelola",
      sat: "%",
      t: 55,
      tw: [41.2, 46.8, 50.5, 53.7],
      pred: "Sangat Tinggi",
      pd: DLH,
      f: DEC,
    },
    {
      id: "karang",
      sas: SA,
      ind: "Persentase luas terumbu karang dalam kondisi rusak",
      sat: "%",
      t: 38,
      tw: [39.1, 38.4, 37.2, 36.5],
      neg: true,
      pred: "Sangat Tinggi",
      pd: DKP,
      f: DEC,
    },
    {
      id: "budidaya",
      sas: SB,
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      t: 48500,
      tw: [9870, 12415, 13206, 11942],
      flow: true,
      typed: 47343,
      pred: "Sangat Tinggi",
      pd: DKP,
      f: INT,
    },
    {
      id: "tangkap",
      sas: SB,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      t: 31200,
      tw: [6912, 8105, 8733, 7640],
      flow: true,
      pred: "Sangat Tinggi",
      pd: DKP,
      f: INT,
    },
    {
      id: "ntn",
      sas: SB,
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      t: 104,
      tw: [100.42, 101.16, 100.87, 101.85],
      capTyped: 98.13,
      pred: "Sangat Tinggi",
      pd: DKP,
      f: DEC,
    },
    {
      id: "konsumsi",
      sas: SB,
      ind: "Angka konsumsi ikan per kapita",
      sat: "kg/kap/th",
      t: 46.5,
      tw: [29.4, 31.8, 30.9, 33.2],
      pred: "Sedang",
      pd: DKP,
      f: DEC,
    },
  ];
  const R = "Realisasi per Triwulan 2024";
  const TW = ["TW I", "TW II", "TW III", "TW IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran RPJMD"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, width: 10 },
    ...TW.map((q, i): Col => ({ key: `q${i}`, head: [R, q], role: "realisasi", year: 2024, width: 9 })),
    { key: "r", head: ["Realisasi Tahun 2024"], role: "realisasi", year: 2024, width: 11 },
    { key: "cap", head: ["% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "pred", head: ["Kategori"], role: "predikat", width: 13 },
    { key: "pd", head: ["Perangkat Daerah Pengampu"], role: "penanggung-jawab", width: 20 },
  ];
  const rows: Row[] = rs.map((r, i) => ({
    id: r.id,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | number | string | { v: number; fmt: string }> = {
        no: i + 1,
        sas: r.sas,
        ind: r.ind,
        sat: r.sat,
        t: { v: r.t, fmt: r.f },
        pred: r.pred,
        pd: r.pd,
      };
      r.tw.forEach((v, k) => (c[`q${k}`] = { v, fmt: r.f }));
      c.r =
        r.typed !== undefined
          ? { v: r.typed, fmt: r.f }
          : r.flow
            ? fx(`SUM(${x.a("q0")}:${x.a("q3")})`)
            : fx(`${x.a("q3")}`);
      c.cap =
        r.capTyped !== undefined
          ? r.capTyped
          : r.neg
            ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
            : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`);
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  for (const r of rs) if (r.flow && r.typed === undefined) s.ws.getCell(`${t.a("r", r.id)}`).numFmt = INT;
  s.gap();
  s.lines([
    "Keterangan:",
    "- IKA, persentase dan NTN: realisasi tahunan = capaian pada akhir tahun (TW IV); produksi (ton): jumlah TW I s.d. TW IV.",
    "- Terumbu karang rusak merupakan indikator negatif: capaian = (2 x target - realisasi) / target x 100%.",
    "- Kategori: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Batu Lanteh, 26 Maret 2025",
    jabatan: ["BUPATI BATU LANTEH,"],
    nama: "Drs. H. LALU MUHAMMAD ZAINUL ARIFIN, M.M.",
    nip: "-",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "budidaya") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "produksi perikanan budidaya 2024 typed 47,343 ton; its quarters give 9,870 + 12,415 + 13,206 + 11,942 = 47,433 (digits swapped)",
    truth: `SUM(${a("q0", "budidaya")}:${a("q3", "budidaya")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "ntn") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of the NTN typed 98.13; 101.85 / 104 x 100 = 97.93",
    truth: `ROUND(${a("r", "ntn")}/${a("t", "ntn")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r", "ika"),
    rules: ["sum-mismatch"],
    truth: a("q3", "ika"),
    trap: `SUM(${a("q0", "ika")}:${a("q3", "ika")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r", "sampah"),
    rules: ["sum-mismatch"],
    truth: a("q3", "sampah"),
    trap: `SUM(${a("q0", "sampah")}:${a("q3", "sampah")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "karang"),
    rules: ["capaian-mismatch"],
    truth: `(2*${a("t", "karang")}-${a("r", "karang")})/${a("t", "karang")}*100`,
    trap: `${a("r", "karang")}/${a("t", "karang")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "tangkap"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `${a("r", "tangkap")}/${a("t", "tangkap")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("r", "tangkap"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q0", "tangkap")}:${a("q3", "tangkap")})`,
  });
  for (const id of ["ika", "sampah", "karang", "tangkap", "konsumsi"])
    b.ok({ sheet: S, cell: a("pred", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cap", id)})` });
  return b.finish();
}

type EvR = {
  id: string;
  ind: string;
  sat: string;
  aw: number;
  akhir: number;
  lalu: number;
  t: number;
  r: number;
  cum?: boolean;
  neg?: boolean;
  f: string;
};

/** E.79 evaluation of the RPJMD 2021-2026 for 2024, Dinas Lingkungan Hidup Kabupaten Lasalimu Raya. */
export function e79DlhLasalimuRaya(): BookW {
  const b = new BookW(
    "e79-evaluasi-rpjmd-2024-dlh-kabupaten-lasalimu-raya-kinerja.xlsx",
    "E.79 evaluation of the RPJMD (excerpt, kinerja only)",
    "No | Indikator Kinerja Sasaran / Program | Satuan | Capaian Awal RPJMD (2020) | Target Akhir RPJMD (2026) | Realisasi s.d. Tahun Lalu (2023) | 'Tahun 2024' > Target / Realisasi / Tingkat Capaian (%) | 'Kumulatif s.d. Tahun 2024' > Realisasi / Tingkat Capaian thd Target Akhir (%) | PD; levels carry the year's value, hectares add up; refleksi for the lower-is-better row",
  );
  const S = "E.79 DLH";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel E.79",
      "Evaluasi terhadap Hasil RPJMD Kabupaten Lasalimu Raya Tahun 2021-2026 (Kutipan Urusan Lingkungan Hidup)",
      "Tahun Pelaksanaan: 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rs: EvR[] = [
    {
      id: "ika",
      ind: "Indeks Kualitas Air",
      sat: "indeks",
      aw: 48.6,
      akhir: 56,
      lalu: 51.2,
      t: 53,
      r: 52.35,
      f: DEC,
    },
    {
      id: "iku",
      ind: "Indeks Kualitas Udara",
      sat: "indeks",
      aw: 86.1,
      akhir: 89,
      lalu: 87.9,
      t: 88.2,
      r: 88.74,
      f: DEC,
    },
    {
      id: "iktl",
      ind: "Indeks Kualitas Tutupan Lahan",
      sat: "indeks",
      aw: 58.3,
      akhir: 62,
      lalu: 59.4,
      t: 60.5,
      r: 59.82,
      f: DEC,
    },
    {
      id: "rehab",
      ind: "Luas lahan kritis yang direhabilitasi (kumulatif)",
      sat: "ha",
      aw: 0,
      akhir: 1250,
      lalu: 745,
      t: 210,
      r: 236,
      cum: true,
      f: INT,
    },
    {
      id: "tdk",
      ind: "Persentase timbulan sampah yang tidak terkelola",
      sat: "%",
      aw: 62,
      akhir: 40,
      lalu: 49.5,
      t: 46,
      r: 47.3,
      neg: true,
      f: DEC,
    },
    {
      id: "adiwiyata",
      ind: "Jumlah sekolah Adiwiyata tingkat kabupaten (kumulatif)",
      sat: "sekolah",
      aw: 12,
      akhir: 60,
      lalu: 38,
      t: 10,
      r: 9,
      cum: true,
      f: INT,
    },
  ];
  const G1 = "Tahun 2024";
  const G2 = "Kumulatif s.d. Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator Kinerja Sasaran / Program"], role: "indikator", num: 2, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
    { key: "aw", head: ["Capaian Awal RPJMD (2020)"], role: "kondisi-awal", year: 2020, num: 4, width: 11 },
    { key: "akhir", head: ["Target Akhir RPJMD (2026)"], role: "target", year: 2026, num: 5, width: 11 },
    {
      key: "lalu",
      head: ["Realisasi s.d. Tahun Lalu (2023)"],
      role: "realisasi",
      year: 2023,
      num: 6,
      width: 11,
    },
    { key: "t", head: [G1, "Target"], role: "target", year: 2024, num: 7, width: 9 },
    { key: "r", head: [G1, "Realisasi"], role: "realisasi", year: 2024, num: 8, width: 9 },
    {
      key: "cap",
      head: [G1, "Tingkat Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "9 = 8/7",
      fmt: DEC,
      width: 10,
    },
    { key: "sd", head: [G2, "Realisasi"], role: "realisasi", year: 2024, num: 10, width: 10 },
    {
      key: "capsd",
      head: [G2, "Tingkat Capaian thd Target Akhir (%)"],
      role: "capaian",
      year: 2024,
      num: "11 = 10/5",
      fmt: DEC,
      width: 12,
    },
    { key: "pd", head: ["Perangkat Daerah"], role: "penanggung-jawab", num: 12, width: 12 },
  ];
  const rows: Row[] = rs.map((r, i) => ({
    id: r.id,
    cells: (x) => {
      const ratio = (num: string, den: string) =>
        r.neg ? fx(`ROUND((2*${den}-${num})/${den}*100,2)`) : fx(`ROUND(${num}/${den}*100,2)`);
      return {
        no: i + 1,
        ind: r.ind,
        sat: r.sat,
        aw: { v: r.aw, fmt: r.f },
        akhir: { v: r.akhir, fmt: r.f },
        lalu: { v: r.lalu, fmt: r.f },
        t: { v: r.t, fmt: r.f },
        r: { v: r.r, fmt: r.f },
        // planted: the sampah tidak terkelola (lower is better) takes R / T
        cap: r.id === "tdk" ? fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`) : ratio(x.a("r"), x.a("t")),
        sd: r.cum ? fx(`${x.a("lalu")}+${x.a("r")}`) : fx(x.a("r")),
        // planted: the tutupan lahan divides by the year's target, not the end target
        capsd: r.id === "iktl" ? fx(`ROUND(${x.a("sd")}/${x.a("t")}*100,2)`) : ratio(x.a("sd"), x.a("akhir")),
        pd: "DLH",
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  for (const r of rs) s.ws.getCell(t.a("sd", r.id)).numFmt = r.f;
  s.gap();
  s.lines([
    "Catatan: indikator indeks dan persentase bersifat status (realisasi kumulatif = realisasi tahun berjalan); indikator bertanda (kumulatif) dijumlahkan.",
    "Indikator negatif (sampah tidak terkelola): tingkat capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Pasarlamo, 14 Februari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup", "Kabupaten Lasalimu Raya"],
    nama: "Ir. LA ODE SAFIUDDIN MANGURA, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720309 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "tdk") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "tingkat capaian 2024 of the sampah tidak terkelola (lower is better) is R / T = 102.83 (47.30 / 46.00); the refleksi of the note gives (92 - 47.30) / 46 = 97.17",
    truth: `ROUND((2*${a("t", "tdk")}-${a("r", "tdk")})/${a("t", "tdk")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("capsd", "iktl") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "tingkat capaian s.d. 2024 of the IKTL divides by the 2024 target (59.82 / 60.50 = 98.88); against the end target 62.00 it is 96.48",
    truth: `ROUND(${a("sd", "iktl")}/${a("akhir", "iktl")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("sd", "ika"),
    rules: ["sum-mismatch"],
    truth: a("r", "ika"),
    trap: `${a("lalu", "ika")}+${a("r", "ika")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sd", "rehab"),
    rules: ["sum-mismatch"],
    truth: `${a("lalu", "rehab")}+${a("r", "rehab")}`,
    trap: a("r", "rehab"),
  });
  b.ok({
    sheet: S,
    cell: a("capsd", "tdk"),
    rules: ["capaian-mismatch"],
    truth: `(2*${a("akhir", "tdk")}-${a("sd", "tdk")})/${a("akhir", "tdk")}*100`,
    trap: `${a("sd", "tdk")}/${a("akhir", "tdk")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "rehab"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `${a("r", "rehab")}/${a("t", "rehab")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("capsd", "adiwiyata"),
    rules: ["capaian-mismatch"],
    truth: `${a("sd", "adiwiyata")}/${a("akhir", "adiwiyata")}*100`,
  });
  return b.finish();
}

/** Perjanjian Kinerja 2025 of the Kepala DKP Kabupaten Batu Lanteh (two tables), with its Renstra sheet. */
export function pkKadisDkpBatuLanteh(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-kepala-dkp-kabupaten-batu-lanteh.xlsx",
    "Perjanjian Kinerja of the kepala dinas, two tables on one sheet, with the Renstra targets",
    "sheet `Target Renstra`: No | Indikator | Satuan | Kondisi Awal 2023 | 'Target Tahun' > 2024..2026 | Kondisi Akhir 2026; sheet `PK 2025`: statement, Tabel A No | Sasaran | Indikator Kinerja | Satuan | Target 2025; Tabel B No | Program / Kegiatan | Anggaran (Rp) | Ket., programs SUM their kegiatan, JUMLAH of the programs; both sign",
  );
  const rs = [
    {
      id: "budidaya",
      ind: "Produksi perikanan budidaya",
      sat: "ton",
      aw: 46120,
      k: [48500, 50900, 53400],
      f: INT,
    },
    {
      id: "tangkap",
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      aw: 30450,
      k: [31200, 32000, 32800],
      f: INT,
    },
    { id: "ntn", ind: "Nilai Tukar Nelayan", sat: "indeks", aw: 102.6, k: [104, 105, 106], f: DEC },
    {
      id: "pengolah",
      ind: "Persentase unit pengolahan ikan bersertifikat kelayakan pengolahan",
      sat: "%",
      aw: 18,
      k: [22, 27, 32],
      f: DEC,
    },
    {
      id: "kusuka",
      ind: "Persentase nelayan yang memiliki kartu KUSUKA",
      sat: "%",
      aw: 64,
      k: [72, 80, 88],
      f: DEC,
    },
  ];
  const R = "Target Renstra";
  const r = b.sheet(R);
  letterhead(r, [
    "DINAS KELAUTAN DAN PERIKANAN KABUPATEN BATU LANTEH",
    "Target Indikator Kinerja Renstra 2024-2026",
  ]);
  const Y = [2024, 2025, 2026];
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "aw", head: ["Kondisi Awal 2023"], role: "kondisi-awal", year: 2023, width: 11 },
      ...Y.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir 2026"], role: "kondisi-akhir", year: 2026, width: 11 },
    ],
    headerRows: 2,
    rows: rs.map((x, i) => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        aw: { v: x.aw, fmt: x.f },
        t2024: { v: x.k[0], fmt: x.f },
        t2025: { v: x.k[1], fmt: x.f },
        t2026: { v: x.k[2], fmt: x.f },
        ak: fx(c.a("t2026")),
      }),
    })),
  });
  for (const x of rs) r.ws.getCell(rt.a("ak", x.id)).numFmt = x.f;

  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KELAUTAN DAN PERIKANAN KABUPATEN BATU LANTEH"]);
  s.lines([
    "Kepala Dinas Kelautan dan Perikanan berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  s.gap();
  s.lines(["A. Sasaran dan Indikator Kinerja"], 1, { bold: true });
  const SA = "Meningkatnya produksi perikanan";
  const SB = "Meningkatnya daya saing dan kesejahteraan pelaku usaha perikanan";
  const sasOf: Record<string, string> = { budidaya: SA, tangkap: SA, ntn: SB, pengolah: SB, kusuka: SB };
  // planted: the PK target of the KUSUKA share is the Renstra's 2026 target (88), not 2025 (80)
  const pkT: Record<string, number> = { budidaya: 50900, tangkap: 32000, ntn: 105, pengolah: 27, kusuka: 88 };
  const ta = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 40 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rs.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: sasOf[x.id], ind: x.ind, sat: x.sat, t: { v: pkT[x.id], fmt: x.f } },
    })),
  });
  s.gap();
  s.lines(["B. Program, Kegiatan dan Anggaran"], 1, { bold: true });
  const prog = (id: string, no: string, name: string, kids: string[], ket: string): Row => ({
    id,
    bold: true,
    cells: (x) => ({ no, prog: name, ang: fx(`SUM(${kids.map((k) => x.a("ang", k)).join(",")})`), ket }),
  });
  const keg = (id: string, name: string, v: number, ket = "APBD"): Row => ({
    id,
    cells: { prog: name, ang: v, ket },
  });
  const tb = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program / Kegiatan"], width: 40 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      prog(
        "p1",
        "1",
        "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        ["k11", "k12", "k13"],
        "APBD",
      ),
      keg("k11", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 84_650_000),
      keg("k12", "Administrasi Keuangan Perangkat Daerah", 5_912_480_000),
      keg("k13", "Administrasi Umum Perangkat Daerah", 468_300_000),
      {
        id: "p2",
        bold: true,
        // planted: typed total (SUM was overwritten)
        cells: {
          no: "2",
          prog: "Program Pengelolaan Perikanan Tangkap",
          ang: 2_143_750_000,
          ket: "APBD, DAK",
        },
      },
      keg("k21", "Pengelolaan Penangkapan Ikan di Wilayah Sungai, Danau, Waduk, Rawa", 318_400_000),
      keg("k22", "Pemberdayaan Nelayan Kecil dalam Daerah Kabupaten/Kota", 1_372_500_000, "APBD, DAK"),
      keg("k23", "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan (TPI)", 425_850_000),
      prog("p3", "3", "Program Pengelolaan Perikanan Budidaya", ["k31", "k32"], "APBD, DAK"),
      keg("k31", "Penerbitan IUP di Bidang Pembudidayaan Ikan", 96_200_000),
      keg("k32", "Pemberdayaan Pembudi Daya Ikan Kecil", 1_957_300_000, "APBD, DAK"),
      prog("p4", "4", "Program Pengolahan dan Pemasaran Hasil Perikanan", ["k41"], "APBD"),
      keg(
        "k41",
        "Pembinaan Mutu dan Keamanan Hasil Perikanan bagi Usaha Pengolahan dan Pemasaran Skala Mikro dan Kecil",
        512_640_000,
      ),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        cells: (x) => ({
          no: "JUMLAH",
          ang: fx(["p1", "p2", "p3", "p4"].map((k) => x.a("ang", k)).join("+")),
        }),
      },
    ],
  });
  s.gap();
  s.put(s.r, 1, "Pihak Kedua,");
  s.put(s.r, 3, "Batu Lanteh, 6 Januari 2025");
  s.r++;
  s.put(s.r, 1, "Bupati Batu Lanteh");
  s.put(s.r, 3, "Pihak Pertama, Kepala Dinas Kelautan dan Perikanan");
  s.r += 4;
  s.put(s.r, 1, "Drs. H. LALU MUHAMMAD ZAINUL ARIFIN, M.M.");
  s.put(s.r, 3, "MUHAMMAD SYUKRI HAMZAH, S.Pi., M.Si.");
  s.r++;
  s.put(s.r, 3, "NIP. 19790121 200501 1 008");
  const A = (k: string, id: string) => ta.a(k, id);
  const B = (k: string, id: string) => tb.a(k, id);
  const Rn = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: A("t", "kusuka") },
        { sheet: R, cell: rt.a("t2025", "kusuka") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the KUSUKA share is 88.00, the Renstra's 2026 target; its 2025 target is 80.00",
    truth: Rn("t2025", "kusuka"),
  });
  b.plant({
    at: { sheet: P, cell: B("ang", "p2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Program Pengelolaan Perikanan Tangkap typed 2,143,750,000; its kegiatan give 318,400,000 + 1,372,500,000 + 425,850,000 = 2,116,750,000",
    truth: `SUM(${B("ang", "k21")}:${B("ang", "k23")})`,
  });
  for (const id of ["budidaya", "tangkap", "ntn", "pengolah"])
    b.ok({ sheet: P, cell: A("t", id), rules: ["cross-table-mismatch"], truth: Rn("t2025", id) });
  b.ok({
    sheet: P,
    cell: B("ang", "jml"),
    rules: ["sum-mismatch"],
    truth: `${B("ang", "p1")}+${B("ang", "p2")}+${B("ang", "p3")}+${B("ang", "p4")}`,
    trap: `SUM(${B("ang", "p1")}:${B("ang", "k41")})`,
  });
  b.ok({
    sheet: P,
    cell: B("ang", "p3"),
    rules: ["sum-mismatch"],
    truth: `${B("ang", "k31")}+${B("ang", "k32")}`,
    trap: `SUM(${B("ang", "k31")}:${B("ang", "k41")})`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "budidaya"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("t2026", "budidaya"),
    trap: `SUM(${rt.a("t2024", "budidaya")}:${rt.a("t2026", "budidaya")})`,
  });
  return b.finish();
}
