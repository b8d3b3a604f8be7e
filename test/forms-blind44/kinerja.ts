// The performance tables: the quarterly indicator report of the Dinas Kelautan dan Perikanan of
// Provinsi Sulawesi Utara (the nilai tukar nelayan is a level whose year is the mean of its
// quarters, the fleet is a stock whose year is its Triwulan IV position, the catch is a flow whose
// year is the sum, a lower-is-better loss rate with the refleksi), and the Perjanjian Kinerja of the
// Governor of Gorontalo with the RPJMD 2025-2029 targets on a second sheet. Every office, region,
// person and number is invented.
import {
  BookW,
  DEC,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
} from "../forms/kit";

type Q = {
  id: string;
  ind: string;
  sat: string;
  sifat: "Rata-rata" | "Posisi akhir" | "Kumulatif";
  arah: "Naik" | "Turun";
  t: number;
  q: number[];
  f: string;
  /** the capaian formula is the plain ratio although the row is lower-is-better (planted) */
  wrongCap?: boolean;
  pred?: string;
};

/** Laporan capaian indikator kinerja per triwulan 2024, DKP Provinsi Sulawesi Utara. */
export function capaianTriwulanNtnSulut(): BookW {
  const b = new BookW(
    "capaian-triwulan-ntn-dkp-sulut-2024.xlsx",
    "quarterly indicator report with predikat (DKP provinsi)",
    "No | Indikator Kinerja | Satuan | Sifat Data | Arah | Target 2024 | Realisasi 2024 > TW I / TW II / TW III / TW IV | Realisasi Tahun 2024 | % Capaian | Predikat; yearly = AVERAGE for the NTN indices, TW IV for a stock, SUM for flows; refleksi for Turun rows",
  );
  const S = "Capaian TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KELAUTAN DAN PERIKANAN PROVINSI SULAWESI UTARA",
    "LAPORAN CAPAIAN INDIKATOR KINERJA TRIWULAN IV TAHUN 2024",
  ]);
  const rows: Q[] = [
    {
      id: "r1",
      ind: "Nilai Tukar Nelayan (NTN)",
      sat: "indeks",
      sifat: "Rata-rata",
      arah: "Naik",
      t: 104.5,
      q: [102.18, 103.64, 105.27, 106.02],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Nilai Tukar Pembudidaya Ikan (NTPi)",
      sat: "indeks",
      sifat: "Rata-rata",
      arah: "Naik",
      t: 101.8,
      q: [99.42, 100.15, 100.87, 101.36],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah kapal perikanan berizin (≤ 30 GT)",
      sat: "unit",
      sifat: "Posisi akhir",
      arah: "Naik",
      t: 6_850,
      q: [6_512, 6_604, 6_731, 6_802],
      f: "#,##0",
    },
    {
      id: "r4",
      ind: "Volume produksi perikanan tangkap",
      sat: "ton",
      sifat: "Kumulatif",
      arah: "Naik",
      t: 318_500,
      q: [71_845.6, 78_312.4, 84_106.9, 80_947.3],
      f: "#,##0.0",
    },
    {
      id: "r5",
      ind: "Persentase susut hasil tangkapan di atas kapal",
      sat: "%",
      sifat: "Posisi akhir",
      arah: "Turun",
      t: 8,
      q: [9.8, 9.1, 8.7, 8.35],
      f: DEC,
    },
    {
      id: "r6",
      ind: "Jumlah nelayan yang terlindungi asuransi",
      sat: "orang",
      sifat: "Kumulatif",
      arah: "Naik",
      t: 12_000,
      q: [1_850, 3_240, 2_915, 2_760],
      f: "#,##0",
      pred: "Sangat Tinggi",
    },
    {
      id: "r7",
      ind: "Persentase kapal tanpa dokumen perizinan yang diperiksa",
      sat: "%",
      sifat: "Posisi akhir",
      arah: "Turun",
      t: 12,
      q: [14.6, 13.2, 11.8, 10.4],
      f: DEC,
      wrongCap: true,
    },
  ];
  const R = "Realisasi 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "sifat", head: ["Sifat Data"], role: "lainnya", width: 12 },
    { key: "arah", head: ["Arah"], role: "polaritas", width: 7 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, width: 11 },
    ...["TW I", "TW II", "TW III", "TW IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: [R, q],
      role: "realisasi",
      year: 2024,
      width: 11,
    })),
    { key: "y", head: ["Realisasi Tahun 2024"], role: "realisasi", year: 2024, width: 12 },
    { key: "cap", head: ["% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  const capOf = (q: Q, t: number, y: number) =>
    q.arah === "Turun" && !q.wrongCap ? round(((2 * t - y) / t) * 100, 2) : round((y / t) * 100, 2);
  const yOf = (q: Q) =>
    q.sifat === "Rata-rata"
      ? round((q.q[0] + q.q[1] + q.q[2] + q.q[3]) / 4, 2)
      : q.sifat === "Posisi akhir"
        ? q.q[3]
        : q.q.reduce((a, b) => a + b, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: rows.map((q, i) => ({
      id: q.id,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = {
          no: i + 1,
          ind: q.ind,
          sat: q.sat,
          sifat: q.sifat,
          arah: q.arah,
          t: { v: q.t, fmt: q.f },
          y:
            q.sifat === "Rata-rata"
              ? fx(`ROUND(AVERAGE(${x.a("q0")}:${x.a("q3")}),2)`)
              : q.sifat === "Posisi akhir"
                ? fx(x.a("q3"))
                : fx(`SUM(${x.a("q0")}:${x.a("q3")})`),
          cap:
            q.arah === "Turun" && !q.wrongCap
              ? fx(`ROUND((2*${x.a("t")}-${x.a("y")})/${x.a("t")}*100,2)`)
              : fx(`ROUND(${x.a("y")}/${x.a("t")}*100,2)`),
          pred: q.pred ?? predikat(capOf(q, q.t, yOf(q))),
        };
        q.q.forEach((v, j) => (c[`q${j}`] = { v, fmt: q.f }));
        return c;
      },
    })),
  });
  for (const q of rows) s.ws.getCell(`${t.c("y")}${t.row(q.id)}`).numFmt = q.f;
  s.gap();
  s.lines([
    "Keterangan: NTN dan NTPi tahunan = rata-rata empat triwulan (BPS); jumlah kapal = posisi akhir Triwulan IV;",
    "capaian indikator dengan arah Turun dihitung dengan rumus refleksi (2 x Target - Realisasi) / Target x 100%.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; ≤ 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Manado, 22 Januari 2025",
    jabatan: ["Sekretaris Dinas Kelautan dan Perikanan,"],
    nama: "MERRY ANASTASIA LUMENTUT, S.Pi., M.M.",
    pangkat: "Pembina",
    nip: "19780519 200312 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pred", "r6") },
    rules: ["predikat-mismatch"],
    note: "nelayan terasuransi 10,765 of 12,000 is 89.71 %, in the band > 75 - 90 (Tinggi); the row says Sangat Tinggi (89.71 read as 90)",
    truth: `PREDIKAT(${a("cap", "r6")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "r7") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "kapal tanpa dokumen is an Arah Turun indicator, but its capaian is Realisasi / Target = 10.40 / 12 x 100 = 86.67; the refleksi of the other Turun row gives (24 - 10.40) / 12 x 100 = 113.33",
    truth: `ROUND((2*${a("t", "r7")}-${a("y", "r7")})/${a("t", "r7")}*100,2)`,
  });
  // traps: the NTN year is the mean of its quarters, the fleet its TW IV position, the loss rate the refleksi
  for (const id of ["r1", "r2"])
    b.ok({
      sheet: S,
      cell: a("y", id),
      rules: ["sum-mismatch"],
      truth: `ROUND((${a("q0", id)}+${a("q1", id)}+${a("q2", id)}+${a("q3", id)})/4,2)`,
      trap: `SUM(${a("q0", id)}:${a("q3", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("y", "r3"),
    rules: ["sum-mismatch"],
    truth: a("q3", "r3"),
    trap: `SUM(${a("q0", "r3")}:${a("q3", "r3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("y", "r4"),
    rules: ["sum-mismatch"],
    truth: `${a("q0", "r4")}+${a("q1", "r4")}+${a("q2", "r4")}+${a("q3", "r4")}`,
    trap: a("q3", "r4"),
  });
  b.ok({
    sheet: S,
    cell: a("cap", "r5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "r5")}-${a("y", "r5")})/${a("t", "r5")}*100,2)`,
    trap: `ROUND(${a("y", "r5")}/${a("t", "r5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "r5"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "r5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "r1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("y", "r1")}/${a("t", "r1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "r4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "r4")})`,
  });
  return b.finish();
}

type Rp = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  y: number[];
  /** how the kondisi akhir is derived: the last year for a level, the sum for a yearly count */
  ka: "last" | "sum";
  f: string;
};

/** Perjanjian Kinerja Gubernur Gorontalo 2025 with the RPJMD 2025-2029 targets on a second sheet. */
export function pkGubernurGorontalo(): BookW {
  const b = new BookW(
    "pk-gubernur-gorontalo-2025-rpjmd.xlsx",
    "PK of the governor with RPJMD targets on a second sheet",
    "sheet 'PK 2025': No | Sasaran | Indikator Kinerja | Satuan | Target (typed, copied from the RPJMD); sheet 'Target RPJMD 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | Target Tahun > 2025 .. 2029 | Kondisi Akhir RPJMD (=2029 for levels, SUM for yearly counts)",
  );
  const P = "PK 2025";
  const R = "Target RPJMD 2025-2029";
  const sp = b.sheet(P);
  const sr = b.sheet(R);
  const S1 = "Meningkatnya pertumbuhan ekonomi berbasis kelautan dan perkebunan";
  const S2 = "Meningkatnya kesejahteraan masyarakat";
  const inds: Rp[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      awal: 4.52,
      y: [5.1, 5.3, 5.5, 5.7, 5.9],
      ka: "last",
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      awal: 128_450,
      y: [132_000, 136_500, 141_000, 145_800, 150_500],
      ka: "last",
      f: "#,##0",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Nilai Tukar Nelayan",
      sat: "indeks",
      awal: 104.3,
      y: [105.0, 105.8, 106.5, 107.3, 108.0],
      ka: "last",
      f: DEC,
    },
    {
      id: "i4",
      sas: S1,
      ind: "Jumlah paket bantuan sarana penangkapan ikan yang disalurkan",
      sat: "paket",
      awal: 295,
      y: [320, 340, 360, 380, 400],
      ka: "sum",
      f: "#,##0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase penduduk miskin",
      sat: "%",
      awal: 14.18,
      y: [13.6, 12.9, 12.2, 11.5, 10.8],
      ka: "last",
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Indeks Pembangunan Manusia",
      sat: "indeks",
      awal: 70.12,
      y: [70.65, 71.18, 71.07, 72.25, 72.8],
      ka: "last",
      f: DEC,
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  // the RPJMD sheet first (it is the second tab)
  letterhead(sr, [
    "LAMPIRAN PERJANJIAN KINERJA GUBERNUR GORONTALO",
    "Target Indikator Kinerja Utama RPJMD Provinsi Gorontalo 2025-2029",
  ]);
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 12 },
    ...Y.map((y): Col => ({
      key: `y${y}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      width: 11,
    })),
    { key: "ka", head: ["Kondisi Akhir RPJMD"], role: "kondisi-akhir", year: 2029, width: 12 },
  ];
  const tr = sr.table({
    cols: rcols,
    headerRows: 2,
    groups: "first",
    rows: inds.map((q, i) => ({
      id: q.id,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = { no: i + 1, ind: q.ind, sat: q.sat, awal: { v: q.awal, fmt: q.f } };
        Y.forEach((y, j) => (c[`y${y}`] = { v: q.y[j], fmt: q.f }));
        // planted: the yearly count's kondisi akhir typed as the sum of 2025-2028 only
        c.ka =
          q.id === "i4"
            ? { v: 1_400, fmt: q.f }
            : q.ka === "last"
              ? fx(x.a("y2029"))
              : fx(`SUM(${x.a("y2025")}:${x.a("y2029")})`);
        return c;
      },
    })),
  });
  for (const q of inds) sr.ws.getCell(`${tr.c("ka")}${tr.row(q.id)}`).numFmt = q.f;
  sr.gap();
  sr.lines([
    "Kondisi akhir: indikator tingkat (%, indeks, ton/tahun) = target 2029; indikator jumlah paket = akumulasi 2025-2029.",
  ]);
  // the PK sheet
  letterhead(sp, ["PERJANJIAN KINERJA TAHUN 2025", "GUBERNUR GORONTALO"]);
  sp.lines(["Sasaran dan indikator kinerja beserta target yang akan dicapai pada Tahun 2025:"]);
  sp.gap();
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target"], role: "target", year: 2025, width: 12 },
  ];
  const tp = sp.table({
    cols: pcols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((q, i) => ({
      id: q.id,
      // planted: the catch target copied from the 2026 column of the RPJMD
      cells: {
        no: i + 1,
        sas: q.sas,
        ind: q.ind,
        sat: q.sat,
        t: { v: q.id === "i2" ? q.y[1] : q.y[0], fmt: q.f },
      },
    })),
  });
  sp.gap();
  sp.lines(["Program dan anggaran terlampir pada Lampiran II (DPA Perangkat Daerah)."]);
  sp.gap();
  signature(sp, 3, {
    tempat: "Gorontalo, 10 Februari 2025",
    jabatan: ["GUBERNUR GORONTALO,"],
    nama: "Dr. H. ISMAIL RAJAK MOLIDUPA",
    nip: "-",
  });
  const rr = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  const ra = (k: string, id: string) => tr.a(k, id);
  b.plant({
    at: { sheet: P, cell: tp.a("t", "i2") },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of Produksi perikanan tangkap is 136,500 ton, the RPJMD's 2026 target; the RPJMD gives 132,000 for 2025",
    truth: rr("y2025", "i2"),
  });
  b.plant({
    at: { sheet: R, cell: ra("y2027", "i6") },
    rules: ["target-trend"],
    note: "IPM targets climb 70.65, 71.18, then 71.07 in 2027 before 72.25 and 72.80: 71.70 typed with the 7 and 0 swapped",
    truth: `(${ra("y2026", "i6")}+${ra("y2028", "i6")})/2`,
  });
  b.plant({
    at: { sheet: R, cell: ra("ka", "i4") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "kondisi akhir of the paket bantuan (a yearly count) typed 1,400 = 2025-2028 only; with 2029's 400 the five years give 1,800",
    truth: `SUM(${ra("y2025", "i4")}:${ra("y2029", "i4")})`,
  });
  // traps: a rate's kondisi akhir is the 2029 target, not the sum of the five years
  for (const id of ["i1", "i3"])
    b.ok({
      sheet: R,
      cell: ra("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ra("y2029", id),
      trap: `SUM(${ra("y2025", id)}:${ra("y2029", id)})`,
    });
  // trap: a lower-is-better target falls year by year
  b.ok({ sheet: R, cell: ra("y2027", "i5"), rules: ["target-trend"], truth: "12.2" });
  b.ok({ sheet: R, cell: ra("y2029", "i5"), rules: ["target-trend"], truth: "10.8" });
  for (const id of ["i1", "i5", "i6"])
    b.ok({ sheet: P, cell: tp.a("t", id), rules: ["cross-table-mismatch"], truth: rr("y2025", id) });
  return b.finish();
}
