// Performance tables of two DPPKB: the LKjIP 2024 measurement of a Jawa Barat kota (capaian as
// fractions with a % format, refleksi for the lower-is-better TFR, unmet need and ASFR 15-19, the
// Renstra end-period target and the capaian against it, a kategori in the Baik words) and the PK 2025
// of a Sulawesi Barat kabupaten with the program budget and its Renstra 2025-2029 targets under
// ordinal "Tahun ke-1" .. "Tahun ke-5" headers. Every name and number is invented.
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
  sum,
  type Col,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";
/** the fractions are printed as percentages with two decimals */
const TOL = 0.00006;

// ================================================ LKjIP 2024 DPPKB Kota Sukawening (Jawa Barat)

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
};

export function lkjipDppkb(): BookW {
  const b = new BookW(
    "lkjip-2024-dppkb-kota-sukawening.xlsx",
    "LKjIP pengukuran kinerja (DPPKB)",
    "LKjIP 2024 Tabel 3.1 of the DPPKB of a Jawa Barat kota: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian | Realisasi 2023 | 'Renstra 2021-2026' > Target Akhir (2026) | Capaian thd Target Akhir | Kategori; capaian formulas as fractions with a 0.00% format, refleksi (2T-R)/T on the three lower-is-better rows; Rata-rata row; notes with the scale",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SUKAWENING", "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis DPPKB Kota Sukawening Tahun 2024"]);
  s.gap();
  const S1 = "Terkendalinya laju pertumbuhan penduduk";
  const S2 = "Meningkatnya kualitas dan ketahanan keluarga";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Angka Kelahiran Total (TFR)",
      sat: "anak per WUS",
      t: 2.21,
      r: 2.18,
      r23: 2.24,
      t26: 2.1,
      neg: true,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase pemakaian kontrasepsi modern (mCPR)",
      sat: "%",
      t: 62.5,
      r: 61.84,
      r23: 60.97,
      t26: 64,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase kebutuhan ber-KB yang tidak terpenuhi (unmet need)",
      sat: "%",
      t: 10.2,
      r: 11.35,
      r23: 11.9,
      t26: 9,
      neg: true,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Angka kelahiran remaja umur 15-19 tahun (ASFR 15-19)",
      sat: "per 1.000 perempuan",
      t: 24,
      r: 22.6,
      r23: 25.1,
      t26: 22,
      neg: true,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Indeks Pembangunan Keluarga (iBangga)",
      sat: "indeks",
      t: 62.8,
      r: 61.95,
      r23: 61.12,
      t26: 64.5,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase keluarga berisiko stunting yang mendapatkan pendampingan",
      sat: "%",
      t: 85,
      r: 72.4,
      r23: 66.8,
      t26: 90,
    },
  ];
  const refl = (R: string, T: string) => `(2*${T}-${R})/${T}`;
  const rt = (R: string, T: string) => `${R}/${T}`;
  const cap = (x: Ind, T: number) => (x.neg ? (2 * T - x.r) / T : x.r / T);
  const TYPED_I5 = 1.0137; // the R / T of another row pasted as a value
  const shown = (x: Ind) => (x.id === "i5" ? TYPED_I5 : cap(x, x.t));
  const kat = (x: Ind) => (x.id === "i6" ? "Cukup" : predikatBaik(round(cap(x, x.t) * 100)));
  const avg = sum(rows.map(shown)) / rows.length;
  const G = "Tahun 2024";
  const R = "Renstra 2021-2026";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT, width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t26", head: [R, "Target Akhir (2026)"], role: "target", year: 2026, fmt: DEC, width: 11 },
    { key: "c26", head: [R, "Capaian thd Target Akhir"], role: "capaian", fmt: PCT, width: 11 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 12 },
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
          // planted: the iBangga capaian is a typed value among the formulas
          c:
            x.id === "i5"
              ? fmt(TYPED_I5, PCT)
              : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          r23: x.r23,
          t26: x.t26,
          c26: fx(x.neg ? refl(c.a("r"), c.a("t26")) : rt(c.a("r"), c.a("t26"))),
          // planted: "Cukup" for the pendampingan's 85.18 % (the band > 75 - 90 is Baik)
          kat: kat(x),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja sasaran",
          c: fx(`AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")})`),
          kat: predikatBaik(round(avg * 100)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: TFR, unmet need dan ASFR 15-19 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
    "Sumber: Pemutakhiran Pendataan Keluarga 2024, New SIGA dan Elsimil.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Sukawening, 20 Februari 2025",
    jabatan: ["Kepala Dinas Pengendalian Penduduk", "dan Keluarga Berencana,"],
    nama: "Drs. DEDI KURNIAWAN SUPRIATNA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700214 199203 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `Capaian of the iBangga is a typed 101.37 % among formulas; 61.95 / 62.80 gives ${(cap(rows[4], 62.8) * 100).toFixed(2)} %`,
    truth: rt(a("r", "i5"), a("t", "i5")),
    tol: TOL,
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i6") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Cukup' for the pendampingan keluarga berisiko stunting at 85.18 % (72.40 / 85.00); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i6")}*100)`,
  });
  for (const x of rows) {
    const Rr = a("r", x.id);
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg ? ["capaian-mismatch", "inconsistent-formula"] : ["capaian-mismatch"],
        truth: x.neg ? refl(Rr, a("t", x.id)) : rt(Rr, a("t", x.id)),
        // lower is better: the refleksi, not R / T
        trap: x.neg ? rt(Rr, a("t", x.id)) : undefined,
        tol: TOL,
      });
    b.ok({
      sheet: S,
      cell: a("c26", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(Rr, a("t26", x.id)) : rt(Rr, a("t26", x.id)),
      trap: x.neg ? rt(Rr, a("t26", x.id)) : undefined,
      tol: TOL,
    });
    if (x.id !== "i6" && x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("kat", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)}*100)`,
      });
  }
  return b.finish();
}

// =============================== PK 2025 and Renstra 2025-2029, DPPKB Kabupaten Mandar Hulu (Sulbar)

type PkInd = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  neg?: boolean;
  f: string;
};

export function pkDppkb(): BookW {
  const b = new BookW(
    "pk-2025-dppkb-mandar-hulu-renstra.xlsx",
    "PK 2025 and Renstra 2025-2029 (DPPKB)",
    "sheet 'PK 2025': statement, Tabel indikator No | Sasaran Strategis | Indikator Kinerja | Satuan | Target (the year in the title), Tabel program No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Kinerja Awal | 'Target Kinerja' > Tahun ke-1 .. Tahun ke-5 | Kondisi Kinerja Akhir (years from the title); a flow (keluarga didampingi) whose kondisi akhir is the sum",
  );
  const S = "PK 2025";
  const RS = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MANDAR HULU", "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : MUHAMMAD ARSYAD DAENG MATTAYANG, S.K.M., M.Kes. - Jabatan : Kepala DPPKB Kabupaten Mandar Hulu (Pihak Pertama)",
    "Nama : H. ANDI IBRAHIM MASDAR, S.E., M.Si. - Jabatan : Bupati Mandar Hulu (Pihak Kedua)",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const SA = "Menurunnya angka kelahiran total";
  const SB = "Meningkatnya kualitas keluarga";
  const rows: PkInd[] = [
    {
      id: "r1",
      sas: SA,
      ind: "Angka Kelahiran Total (TFR)",
      sat: "anak per WUS",
      awal: 2.62,
      tg: [2.58, 2.54, 2.5, 2.46, 2.42],
      neg: true,
      f: DEC,
    },
    {
      id: "r2",
      sas: SA,
      ind: "Persentase kesertaan ber-KB modern (mCPR)",
      sat: "%",
      awal: 55.4,
      tg: [56.2, 57, 57.8, 58.6, 59.4],
      f: DEC,
    },
    {
      id: "r3",
      sas: SA,
      ind: "Persentase unmet need KB",
      sat: "%",
      awal: 13.1,
      tg: [12.6, 12.1, 11.6, 11.1, 10.6],
      neg: true,
      f: DEC,
    },
    {
      id: "r4",
      sas: SB,
      ind: "Jumlah keluarga berisiko stunting yang didampingi Tim Pendamping Keluarga",
      sat: "keluarga",
      awal: 4050,
      tg: [4200, 4350, 4500, 4650, 4800],
      flow: true,
      f: "#,##0",
    },
    {
      id: "r5",
      sas: SB,
      ind: "Indeks Pembangunan Keluarga (iBangga)",
      sat: "indeks",
      awal: 58.9,
      tg: [59.6, 60.3, 61, 61.7, 62.4],
      f: DEC,
    },
  ];
  // planted: the PK target of the mCPR is 65.20 (digits swapped); the Renstra 2025 target is 56.20
  const pkT = (x: PkInd) => (x.id === "r2" ? 65.2 : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "tg", head: ["Target"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: fmt(pkT(x), x.f) },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number, string]> = [
    ["p1", "2.14.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_315_400, "APBD"],
    ["p2", "2.14.02 Program Pengendalian Penduduk", 418_650_000, "APBD"],
    ["p3", "2.14.03 Program Pembinaan Keluarga Berencana (KB)", 2_964_280_000, "APBD dan DAK Non Fisik BOKB"],
    [
      "p4",
      "2.14.04 Program Pemberdayaan dan Peningkatan Keluarga Sejahtera (KS)",
      1_136_900_000,
      "APBD dan DAK Non Fisik BOKB",
    ],
  ];
  const TYPED_JUMLAH = 11_326_145_400; // the four programs give 11,362,145,400
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 58 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan", width: 24 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, prog, rp, sd], i): Row => ({ id, cells: { no: i + 1, prog, rp, sd } })),
      { id: "j", bold: true, span: ["no", "prog"], cells: { no: "Jumlah", rp: TYPED_JUMLAH } },
    ],
  });
  s.gap();
  s.lines(["Mandar Hulu, 2 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "Bupati Mandar Hulu,", "", "", "", "H. ANDI IBRAHIM MASDAR, S.E., M.Si."], 2);
  s.r -= 6;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala DPPKB,",
      "",
      "",
      "",
      "MUHAMMAD ARSYAD DAENG MATTAYANG, S.K.M., M.Kes.",
      "NIP. 19760905 200212 1 004",
    ],
    4,
  );

  const r = b.sheet(RS);
  letterhead(r, ["DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KABUPATEN MANDAR HULU"]);
  r.lines([
    "Tabel 5.2 Target Indikator Kinerja DPPKB",
    "Rencana Strategis DPPKB Kabupaten Mandar Hulu Tahun 2025-2029",
  ]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "awal", head: ["Kondisi Kinerja Awal"], role: "kondisi-awal", width: 11 },
      ...years.map((y, k): Col => ({
        key: `y${k}`,
        head: ["Target Kinerja", `Tahun ke-${k + 1}`],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Kinerja Akhir"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k}`, fmt(v, x.f)])),
        ak: x.flow ? fx(`SUM(${c.a("y0")}:${c.a("y4")})`) : fmt(x.tg[4], x.f),
      }),
    })),
  });
  r.gap();
  r.lines([
    "Keterangan: kondisi akhir jumlah keluarga didampingi = akumulasi lima tahun; indikator lain = target tahun ke-5.",
  ]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: RS, cell: tr.a("y0", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the mCPR is 65.20 (digits swapped); the Renstra target for Tahun ke-1 (2025) is 56.20",
    truth: `'${RS}'!${tr.a("y0", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: `Jumlah of the program budget is a typed 11,326,145,400; the four programs add up to ${sum(progs.map((p) => p[2])).toLocaleString("en")}`,
    truth: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "p4")})`,
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${RS}'!${tr.a("y0", x.id)}`,
      });
    const all = `SUM(${tr.a("y0", x.id)}:${tr.a("y4", x.id)})`;
    b.ok({
      sheet: RS,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? all : tr.a("y4", x.id),
      // a flow ends at the five years added up; the rates, the TFR and the index at the last target
      trap: x.flow ? tr.a("y4", x.id) : all,
    });
    if (x.neg) b.ok({ sheet: RS, cell: tr.a("y4", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  return b.finish();
}
