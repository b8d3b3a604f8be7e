// Performance tables: the LKjIP 2024 measurement of the Dinas Perhubungan of an invented Maluku
// kabupaten (Seram Timur Raya; angka kecelakaan and fatalitas lower is better, rambu, perintis), and the
// PK 2025 of the Dinas Perhubungan of an invented Kepulauan Riau kabupaten (Lingga Utara) beside its
// Renstra 2025-2029 targets. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = { id: string; ind: string; sat: string; t: number; r: number; r23: number; neg?: boolean };

export function lkjipSeram(): BookW {
  const b = new BookW(
    "lkjip-dishub-keselamatan-jalan-seram-timur-raya.xlsx",
    "LKjIP pengukuran kinerja (Dishub)",
    "LKjIP 2024 of a Dinas Perhubungan in Maluku: No | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; refleksi on the lower-is-better rows; Permendagri predikat words; Rata-rata and predikat footer",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERHUBUNGAN KABUPATEN SERAM TIMUR RAYA"]);
  s.lines([
    "Tabel 3.1 Pengukuran Capaian Kinerja Tahun 2024",
    "Sasaran: Meningkatnya keselamatan dan kelancaran transportasi darat dan penyeberangan",
  ]);
  s.gap();
  const rows: Ind[] = [
    { id: "i1", ind: "Angka kecelakaan lalu lintas", sat: "kejadian", t: 48, r: 41, r23: 52, neg: true },
    {
      id: "i2",
      ind: "Fatalitas korban kecelakaan per 10.000 kendaraan",
      sat: "orang",
      t: 2.1,
      r: 2.45,
      r23: 2.6,
      neg: true,
    },
    {
      id: "i3",
      ind: "Persentase rambu lalu lintas terpasang sesuai kebutuhan",
      sat: "%",
      t: 70,
      r: 66.4,
      r23: 61.2,
    },
    { id: "i4", ind: "Persentase trip kapal perintis sesuai jadwal", sat: "%", t: 95, r: 85.5, r23: 88.1 },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const shown = (x: Ind) => (x.id === "i2" ? round((x.r / x.t) * 100) : cap(x));
  const avg = round(rows.reduce((n, x) => n + shown(x), 0) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the fatalitas row has R / T, copied from the rambu rows
          c: fx(x.neg && x.id !== "i2" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Tinggi" for exactly 90.00 (> 90 is Sangat Tinggi)
          p: x.id === "i4" ? "Sangat Tinggi" : predikat(shown(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
          p: predikat(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 1 dan 2 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
    "*) data kecelakaan: Satlantas Polres Seram Timur Raya, data sementara.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Bula, 27 Februari 2025",
    jabatan: ["Kepala Dinas Perhubungan,"],
    nama: "MUHAMMAD SAID KELILAUW, S.Sos., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19780930 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the fatalitas (lower is better by the note) is =ROUND(R/T*100,2) = 116.67; (2 x 2.10 - 2.45) / 2.10 gives 83.33, as the kecelakaan row computes",
    truth: refl(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Tinggi' for a capaian of exactly 90.00 (85.5 against 95); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i1"), a("t", "i1")),
    trap: rt(a("r", "i1"), a("t", "i1")),
  });
  for (const id of ["i3", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: rt(a("r", id), a("t", id)),
    });
  for (const id of ["i1", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

type PkInd = { id: string; sas: string; ind: string; sat: string; tg: number[]; neg?: boolean };

export function pkLingga(): BookW {
  const b = new BookW(
    "pk-dishub-renstra-angkutan-laut-lingga-utara.xlsx",
    "PK 2025 and Renstra (Dishub)",
    "PK 2025 of a Dinas Perhubungan in Kepulauan Riau: indicator table (No | Sasaran | Indikator | Satuan | Target 2025) and program table (No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Ket.) with JUMLAH = the program; sheet Renstra: Kondisi Awal 2024 | Target 2025 .. 2029 | Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const inds: PkInd[] = [
    {
      id: "a",
      sas: "Meningkatnya konektivitas angkutan laut",
      ind: "Load factor penumpang kapal perintis",
      sat: "%",
      tg: [68, 71, 73, 75, 77],
    },
    {
      id: "b",
      sas: "Meningkatnya konektivitas angkutan laut",
      ind: "Jumlah penumpang penyeberangan per tahun",
      sat: "ribu orang",
      tg: [412, 430, 448, 465, 480],
    },
    {
      id: "c",
      sas: "Meningkatnya keselamatan transportasi",
      ind: "Jumlah kecelakaan kapal penumpang",
      sat: "kejadian",
      tg: [4, 3, 3, 2, 2],
      neg: true,
    },
  ];
  // Renstra sheet first (PK refers to it)
  const r = b.sheet(R);
  r.lines(["DINAS PERHUBUNGAN KABUPATEN LINGGA UTARA", "Target Kinerja Renstra 2025-2029"], 1, {
    bold: true,
  });
  r.gap();
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...YRS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: inds.map((x, k) => ({
      id: x.id,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          aw: x.id === "a" ? 65.2 : x.id === "b" ? 398 : 5,
        };
        YRS.forEach((y, i) => (out[`y${y}`] = x.tg[i]));
        out.ak = fx(c.a("y2029"));
        return out;
      },
    })),
  });
  const p = b.sheet(P);
  letterhead(p, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KABUPATEN LINGGA UTARA"]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini:",
    "Nama: Ir. TENGKU FAIZAL AMRI, jabatan Kepala Dinas Perhubungan, selanjutnya disebut pihak pertama;",
    "Nama: MUHAMMAD NIZAR, S.H., jabatan Bupati Lingga Utara, selanjutnya disebut pihak kedua.",
  ]);
  p.gap();
  const t1 = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: the load factor carries the Renstra 2026 target
    rows: inds.map((x, k) => ({
      id: x.id,
      cells: { no: k + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "a" ? x.tg[1] : x.tg[0] },
    })),
  });
  p.gap();
  const subs = [
    { id: "s1", kode: "2.15.03.2.01.0001", nm: "Pemeliharaan Dermaga Penyeberangan", rp: 1_245_600_000 },
    {
      id: "s2",
      kode: "2.15.03.2.02.0002",
      nm: "Pengawasan Manifes Penumpang Kapal Penyeberangan",
      rp: 318_750_000,
    },
    { id: "s3", kode: "2.15.03.2.02.0001", nm: "Penyelenggaraan Angkutan Laut Perintis", rp: 2_064_900_000 },
  ];
  const t2 = p.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 8 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        bold: true,
        cells: (c: Ctx) => ({
          no: 1,
          kode: "2.15.03",
          nm: "Program Pengelolaan Pelayaran",
          rp: fx(`${c.a("rp", "k1")}+${c.a("rp", "k2")}`),
          ket: "APBD",
        }),
      },
      {
        id: "k1",
        cells: (c: Ctx) => ({
          kode: "2.15.03.2.01",
          nm: "Pengelolaan Pelabuhan Pengumpan Lokal",
          rp: fx(`${c.a("rp", "s1")}+${c.a("rp", "s2")}`),
        }),
      },
      { id: "s1", cells: { kode: subs[0].kode, nm: subs[0].nm, rp: subs[0].rp } },
      // planted: coded under kegiatan 2.15.03.2.02 while it stands under 2.15.03.2.01
      { id: "s2", cells: { kode: subs[1].kode, nm: subs[1].nm, rp: subs[1].rp } },
      {
        id: "k2",
        cells: (c: Ctx) => ({
          kode: "2.15.03.2.02",
          nm: "Penyelenggaraan Angkutan Laut dalam Daerah",
          rp: fx(c.a("rp", "s3")),
        }),
      },
      { id: "s3", cells: { kode: subs[2].kode, nm: subs[2].nm, rp: subs[2].rp } },
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({ no: "JUMLAH", rp: fx(c.a("rp", "p")) }),
      },
    ],
  });
  p.gap();
  signature(p, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["Bupati Lingga Utara,"],
    nama: "MUHAMMAD NIZAR, S.H.",
    nip: "-",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const ar = (k: string, id: string) => tr.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  const rRef = (cell: string) => `'${R}'!${cell}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: a1("t", "a") },
        { sheet: R, cell: ar("y2025", "a") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the load factor is 71 %, the Renstra 2026 target; the Renstra 2025 target is 68 %",
    truth: rRef(ar("y2025", "a")),
  });
  b.plant({
    at: { sheet: P, cell: a2("kode", "s2") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengawasan Manifes is coded 2.15.03.2.02.0002 under kegiatan 2.15.03.2.01 (and repeats the number space of 2.15.03.2.02)",
    truth: `PARENT(${a2("kode", "s2")})`,
    actual: a2("kode", "k1"),
  });
  for (const id of ["b", "c"])
    b.ok({ sheet: P, cell: a1("t", id), rules: ["cross-table-mismatch"], truth: rRef(ar("y2025", id)) });
  b.ok({
    sheet: P,
    cell: a2("rp", "j"),
    rules: ["sum-mismatch"],
    truth: a2("rp", "p"),
    trap: `SUM(${a2("rp", "p")}:${a2("rp", "s3")})`,
  });
  b.ok({
    sheet: P,
    cell: a2("rp", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a2("rp", "s1")}+${a2("rp", "s2")}`,
  });
  b.ok({
    sheet: P,
    cell: a2("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a2("kode", "s1")})`,
    actual: a2("kode", "k1"),
  });
  b.ok({
    sheet: P,
    cell: a2("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a2("kode", "s3")})`,
    actual: a2("kode", "k2"),
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: ar("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ar("y2029", id),
      trap: YRS.map((y) => ar(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: ar("y2029", "c"), rules: ["target-trend"], truth: "2" });
  return b.finish();
}
