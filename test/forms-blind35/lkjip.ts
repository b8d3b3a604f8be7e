// LKjIP and PK of the thirty-fifth unseen set: a DLH's capaian 2023 and 2024 side by side with a
// Polaritas column, and a Kepala Bidang's PK 2025 with triwulan targets beside a Renstra extract.
// Invented offices, people and numbers.
import { BookW, DEC, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  t23: number;
  r23: number;
  t24: number;
  r24: number;
};

/** LKjIP 2024 of a DLH: Tabel 3.x, 2023 and 2024 side by side. */
export function lkjipDlh(): BookW {
  const b = new BookW(
    "lkjip-dlh-tanjungrangas-2023-2024.xlsx",
    "LKjIP (capaian IKU two years side by side)",
    "LKjIP 2024 Bab III of a DLH in Kalimantan Tengah: No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Polaritas | 'Tahun 2023' > Target | Realisasi | % Capaian | 'Tahun 2024' > Target | Realisasi | % Capaian | 'Kategori Capaian 2024'; 2023 capaian typed, 2024 capaian as formulas (ROUND, refleksi (2T-R)/T for the two negative indicators); IKA, IKU, sampah terkelola, IKTL; note under the table",
  );
  const S = "Tabel 3.3";
  const s = b.sheet(S);
  letterhead(s, ["DINAS LINGKUNGAN HIDUP KABUPATEN TANJUNG RANGAS"]);
  s.lines(
    ["Tabel 3.3", "Perbandingan Realisasi dan Capaian Indikator Kinerja Utama Tahun 2023 dan Tahun 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const inds: Ind[] = [
    {
      id: "i1",
      sas: "Meningkatnya kualitas lingkungan hidup",
      ind: "Indeks Kualitas Air (IKA)",
      sat: "indeks",
      t23: 52.0,
      r23: 51.1,
      t24: 52.5,
      r24: 53.05,
    },
    {
      id: "i2",
      sas: "Meningkatnya kualitas lingkungan hidup",
      ind: "Indeks Kualitas Udara (IKU)",
      sat: "indeks",
      t23: 84.0,
      r23: 86.12,
      t24: 84.5,
      r24: 85.37,
    },
    {
      id: "i3",
      sas: "Meningkatnya kualitas lingkungan hidup",
      ind: "Indeks Kualitas Tutupan Lahan (IKTL)",
      sat: "indeks",
      t23: 61.5,
      r23: 61.92,
      t24: 62.0,
      r24: 62.31,
    },
    {
      id: "i4",
      sas: "Meningkatnya pengelolaan sampah",
      ind: "Persentase sampah terkelola",
      sat: "%",
      t23: 62.0,
      r23: 58.74,
      t24: 66.0,
      r24: 57.1,
    },
    {
      id: "i5",
      sas: "Meningkatnya pengelolaan sampah",
      ind: "Persentase sampah yang dibuang ke TPA tanpa pemilahan",
      sat: "%",
      neg: true,
      t23: 45.0,
      r23: 47.8,
      t24: 40.0,
      r24: 38.6,
    },
    {
      id: "i6",
      sas: "Meningkatnya pengelolaan sampah",
      ind: "Jumlah pengaduan kasus pencemaran lingkungan yang tidak terselesaikan",
      sat: "kasus",
      neg: true,
      t23: 6,
      r23: 5,
      t24: 5,
      r24: 6,
    },
  ];
  const cap = (t: number, r: number, neg?: boolean) =>
    Math.round((neg ? (2 * t - r) / t : r / t) * 10000) / 100;
  const band = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "t23", head: ["Tahun 2023", "Target"], role: "target", year: 2023, fmt: DEC },
    { key: "r23", head: ["Tahun 2023", "Realisasi"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "c23", head: ["Tahun 2023", "% Capaian"], role: "capaian", year: 2023, fmt: DEC },
    { key: "t24", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r24", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c24", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "kat", head: ["Kategori Capaian 2024"], role: "predikat", width: 14 },
  ];
  const rows: Row[] = inds.map((x, k) => ({
    id: x.id,
    cells: (c) => {
      const f24 =
        x.id === "i6"
          ? fx(`=ROUND(${c.a("r24")}/${c.a("t24")}*100,2)`)
          : x.neg
            ? fx(`=ROUND((2*${c.a("t24")}-${c.a("r24")})/${c.a("t24")}*100,2)`)
            : fx(`=ROUND(${c.a("r24")}/${c.a("t24")}*100,2)`);
      const p24 = cap(x.t24, x.r24, x.neg);
      return {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        pol: x.neg ? "Negatif" : "Positif",
        t23: x.t23,
        r23: x.r23,
        c23: cap(x.t23, x.r23, x.neg),
        t24: x.t24,
        r24: x.r24,
        c24: f24,
        kat: x.id === "i4" ? "Sangat Baik" : band(p24),
      } as Record<string, Cell>;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: indikator berpolaritas negatif (semakin kecil semakin baik) dihitung dengan rumus refleksi: (2 x Target - Realisasi) / Target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c24", "i6") },
    rules: ["capaian-mismatch"],
    note: "capaian 2024 of the unresolved pengaduan (Polaritas Negatif) is =ROUND(R/T*100,2) = 120.00, the formula of a positive indicator; by the refleksi the table states (2 x 5 - 6) / 5 x 100 = 80.00",
    truth: `ROUND((2*${a("t24", "i6")}-${a("r24", "i6")})/${a("t24", "i6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i4") },
    rules: ["predikat-mismatch"],
    note: "sampah terkelola 2024: 57.10 / 66.00 = 86.52 % is 'Baik' (> 75 s.d. 90) by the stated bands; the kategori says 'Sangat Baik'",
    truth: `PREDIKAT_BAIK(${a("c24", "i4")})`,
  });
  // traps: refleksi of a negative indicator, in both years
  b.ok({
    sheet: S,
    cell: a("c24", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t24", "i5")}-${a("r24", "i5")})/${a("t24", "i5")}*100,2)`,
    trap: `ROUND(${a("r24", "i5")}/${a("t24", "i5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c23", "i5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t23", "i5")}-${a("r23", "i5")})/${a("t23", "i5")}*100,2)`,
    trap: `ROUND(${a("r23", "i5")}/${a("t23", "i5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c23", "i6"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t23", "i6")}-${a("r23", "i6")})/${a("t23", "i6")}*100,2)`,
    trap: `ROUND(${a("r23", "i6")}/${a("t23", "i6")}*100,2)`,
  });
  // a realisation above target is fine (capaian over 100)
  b.ok({
    sheet: S,
    cell: a("c24", "i1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r24", "i1")}/${a("t24", "i1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "i5"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c24", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c23", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r23", "i4")}/${a("t23", "i4")}*100,2)`,
  });
  return b.finish();
}

type PkInd = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  rs: number[];
  pk: number;
  q: number[];
  f: string;
};

/** PK 2025 of a Kepala Bidang, with triwulan targets, and the Renstra extract on a second sheet. */
export function pkKabid(): BookW {
  const b = new BookW(
    "pk-kabid-pslb3-lembahmandar-2025.xlsx",
    "PK (Perjanjian Kinerja eselon III with triwulan targets)",
    "PK 2025 of the Kepala Bidang Pengelolaan Sampah dan Limbah B3 of a DLH in Sulawesi Barat: statement lines, then No | Sasaran Kegiatan | Indikator Kinerja | Satuan | Target Tahun 2025 | 'Target per Triwulan' > TW I .. TW IV; rates with TW IV = the year, counts with the quarters adding to it; a second sheet 'Kutipan Renstra' No | Indikator | Satuan | Target 2025 .. 2029",
  );
  const inds: PkInd[] = [
    {
      id: "a1",
      sas: "Meningkatnya cakupan pengelolaan sampah",
      ind: "Persentase sampah terkelola",
      sat: "%",
      rs: [64.0, 67.0, 70.0, 73.0, 76.0],
      pk: 67.0,
      q: [58.0, 60.0, 62.0, 64.0],
      f: DEC,
    },
    {
      id: "a2",
      sas: "Meningkatnya cakupan pengelolaan sampah",
      ind: "Persentase pengurangan sampah",
      sat: "%",
      rs: [24.0, 25.5, 27.0, 28.5, 30.0],
      pk: 24.0,
      q: [20.0, 21.5, 23.0, 24.0],
      f: DEC,
    },
    {
      id: "a3",
      sas: "Meningkatnya cakupan pengelolaan sampah",
      ind: "Jumlah TPS3R yang dibangun",
      sat: "unit",
      rs: [2, 2, 3, 3, 2],
      pk: 2,
      q: [0, 0, 1, 1],
      f: "0",
    },
    {
      id: "a4",
      sas: "Meningkatnya cakupan pengelolaan sampah",
      ind: "Jumlah bank sampah yang dibina",
      sat: "unit",
      rs: [12, 14, 16, 18, 20],
      pk: 12,
      q: [3, 4, 3, 4],
      f: "0",
    },
    {
      id: "a5",
      sas: "Terkelolanya limbah B3 fasilitas pelayanan kesehatan",
      ind: "Volume limbah B3 fasyankes yang terangkut ke pengolah berizin",
      sat: "ton",
      rs: [48.6, 51.0, 53.5, 56.0, 58.5],
      pk: 48.6,
      q: [11.2, 12.4, 12.1, 12.9],
      f: DEC,
    },
  ];
  // the Renstra extract first, so the PK can point at it
  const R = "Kutipan Renstra";
  const P = "PK Kabid PSLB3 2025";
  const sp = b.sheet(P);
  const sr = b.sheet(R);
  sr.lines(["Kutipan Target Renstra DLH 2025-2029 (Bidang PSLB3)"], 1, { bold: true });
  sr.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const tr = sr.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      ...YRS.map((y, i): Col => ({ key: `y${i}`, head: ["Target", String(y)], role: "target", year: y })),
    ],
    headerRows: 2,
    rows: inds.map((x, k) => {
      const c: Record<string, Cell> = { no: k + 1, ind: x.ind, sat: x.sat };
      x.rs.forEach((v, i) => (c[`y${i}`] = fmt(v, x.f)));
      return { id: x.id, cells: c };
    }),
  });
  letterhead(sp, ["PEMERINTAH KABUPATEN LEMBAH MANDAR", "DINAS LINGKUNGAN HIDUP"]);
  sp.lines(["PERJANJIAN KINERJA TAHUN 2025", "Kepala Bidang Pengelolaan Sampah dan Limbah B3"], 1, {
    bold: true,
  });
  sp.gap();
  sp.lines(["Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini."]);
  sp.gap();
  const TQ = "Target per Triwulan";
  const tp = sp.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Kegiatan"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 11 },
      ...["TW I", "TW II", "TW III", "TW IV"].map((q, i): Col => ({
        key: `q${i}`,
        head: [TQ, q],
        role: "target",
        year: 2025,
      })),
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, k) => {
      const c: Record<string, Cell> = { no: k + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: fmt(x.pk, x.f) };
      x.q.forEach((v, i) => (c[`q${i}`] = fmt(v, x.f)));
      return { id: x.id, cells: c };
    }),
  });
  sp.gap();
  signature(sp, 2, {
    tempat: "Pihak Kedua, Kepala Dinas Lingkungan Hidup",
    jabatan: [],
    nama: "Ir. ANDI MAPPAJANCI TOLOMBA, M.Si",
    nip: "19700812 199803 1 006",
  });
  sp.r -= 6;
  signature(sp, 7, {
    tempat: "Pihak Pertama, Kepala Bidang PSLB3",
    jabatan: [],
    nama: "NURHAYATI DAENG MATTUPPA, S.T., M.Eng",
    nip: "19820417 200604 2 011",
  });
  const ap = (k: string, id: string) => tp.a(k, id);
  const ar = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  b.plant({
    at: { sheet: P, cell: ap("t", "a1") },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of 'Persentase sampah terkelola' is 67.00, the Renstra target of 2026 copied a column too far; the Renstra gives 64.00 for 2025 (and the PK's own TW IV says 64.00)",
    truth: ar("y0", "a1"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: ap("t", "a4") },
        { sheet: P, cell: ap("q1", "a4") },
        { sheet: P, cell: ap("q3", "a4") },
      ],
    },
    rules: ["sum-mismatch"],
    note: "bank sampah dibina: the quarterly targets 3 + 4 + 3 + 4 = 14 while the year's target (and the Renstra's 2025) is 12",
    truth: `SUM(${ap("q0", "a4")}:${ap("q3", "a4")})`,
  });
  // traps: a rate's year is TW IV, a count's the sum of the quarters
  b.ok({
    sheet: P,
    cell: ap("t", "a2"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: ar("y0", "a2"),
    trap: `SUM(${ap("q0", "a2")}:${ap("q3", "a2")})`,
  });
  b.ok({
    sheet: P,
    cell: ap("t", "a5"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: `SUM(${ap("q0", "a5")}:${ap("q3", "a5")})`,
    trap: ap("q3", "a5"),
  });
  b.ok({
    sheet: P,
    cell: ap("t", "a3"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: `SUM(${ap("q0", "a3")}:${ap("q3", "a3")})`,
    trap: ap("q3", "a3"),
  });
  // trap: a yearly count of TPS3R falls in 2029
  b.ok({ sheet: R, cell: tr.a("y4", "a3"), rules: ["target-trend"], truth: "2", trap: tr.a("y3", "a3") });
  return b.finish();
}
