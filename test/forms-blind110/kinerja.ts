// Performance tables of two BRIDA: the LKjIP 2024 measurement table of the BRIDA Provinsi Jawa Timur
// (capaian ROUND formulas, refleksi for the lower-is-better rows, predikat words, Rata-rata row), and
// the Perjanjian Kinerja 2025 of the Kepala BRIDA Kota Salo Mariri beside its Renstra 2025-2029
// (ordinal "Tahun ke-1 .. ke-5"). Every name and number is invented.
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

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipBridaJatim(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-brida-provinsi-jatim.xlsx",
    "LKjIP pengukuran kinerja (BRIDA)",
    "LKjIP 2024 Tabel 3.1 of the BRIDA Provinsi Jawa Timur: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Target Akhir Renstra (2026); ROUND formulas, refleksi for the two lower-is-better rows; Rata-rata row with its kategori",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["BADAN RISET DAN INOVASI DAERAH PROVINSI JAWA TIMUR"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Sasaran Strategis BRIDA Provinsi Jawa Timur Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas dan pemanfaatan hasil riset dan inovasi daerah";
  const S2 = "Meningkatnya kualitas layanan kelitbangan";
  const rows: Array<Ind & { sas: string }> = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Inovasi Daerah Provinsi Jawa Timur",
      sat: "skor",
      t: 60,
      r: 63.47,
      r23: 58.9,
      t26: 67.5,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase rekomendasi hasil kelitbangan yang dimanfaatkan dalam kebijakan daerah",
      sat: "%",
      t: 70,
      r: 66.5,
      r23: 61.25,
      t26: 76,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah inovasi daerah yang terdaftar dalam Indeks Inovasi Daerah",
      sat: "inovasi",
      t: 1200,
      r: 1348,
      r23: 1105,
      t26: 1500,
      f: "#,##0",
    },
    {
      id: "i4",
      sas: S1,
      ind: "Jumlah kekayaan intelektual hasil riset yang terdaftar",
      sat: "sertifikat",
      t: 180,
      r: 131,
      r23: 112,
      t26: 220,
      f: "0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata waktu penerbitan surat keterangan penelitian",
      sat: "hari kerja",
      t: 5,
      r: 4,
      r23: 6,
      t26: 3,
      neg: true,
      f: "0",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase usulan izin penelitian yang dikembalikan karena tidak lengkap",
      sat: "%",
      t: 12,
      r: 15,
      r23: 18.4,
      t26: 8,
      neg: true,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const written = (x: Ind) => (x.id === "i6" ? round((x.r / x.t) * 100) : capOf(x));
  if (capOf(rows[3]) !== 72.78 || predikatBaik(72.78) !== "Cukup") throw new Error("lkjip i4");
  const avg = round(sum(rows.map(written)) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
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
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the returned-proposal rate (lower is better) is computed R / T like the positive rows
          c: fx(x.neg && x.id !== "i6" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 72.78 (> 65 - 75 is Cukup)
          p: x.id === "i4" ? "Baik" : predikatBaik(written(x)),
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
    "Catatan: indikator 5 dan 6 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the usulan izin penelitian dikembalikan (lower is better, note 1) is =ROUND(R/T*100,2) = 125.00; (2 x 12 - 15) / 12 gives 75.00",
    truth: refl(a("r", "i6"), a("t", "i6")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a capaian of 72.78 (131 / 180); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i5"), a("t", "i5")),
    trap: rt(a("r", "i5"), a("t", "i5")),
  });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i2", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({ sheet: S, cell: a("t26", "i5"), rules: ["target-trend"], truth: "3" });
  b.ok({ sheet: S, cell: a("t26", "i6"), rules: ["target-trend"], truth: "8" });
  s.gap();
  signature(s, 8, {
    tempat: "Surabaya, 24 Februari 2025",
    jabatan: ["Kepala BRIDA Provinsi Jawa Timur,"],
    nama: "Dr. Ir. BAMBANG SETYO HARTANTO, M.Si.",
    nip: "19690812 199503 1 004",
  });
  return b.finish();
}

// ======================================= PK 2025 Kepala BRIDA Kota Salo Mariri and its Renstra 2025-2029

type Ren = { id: string; ind: string; sat: string; awal: number; tg: number[]; ka: number; flow: boolean };

export function pkBridaSaloMariri(): BookW {
  const b = new BookW(
    "pk-2025-kepala-brida-kota-salo-mariri-renstra.xlsx",
    "Perjanjian Kinerja with its Renstra (BRIDA)",
    "PK 2025 of the Kepala BRIDA Kota Salo Mariri: statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with JUMLAH; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target' > Tahun ke-1 .. ke-5 | Kondisi Akhir, the years only in the title",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const rens: Ren[] = [
    {
      id: "p1",
      ind: "Indeks Inovasi Daerah Kota Salo Mariri",
      sat: "skor",
      awal: 48.2,
      tg: [52, 56, 60, 64, 68],
      ka: 68,
      flow: false,
    },
    {
      id: "p2",
      ind: "Persentase hasil riset yang dimanfaatkan dalam perumusan kebijakan",
      sat: "%",
      awal: 54,
      tg: [58, 62, 66, 70, 75],
      ka: 75,
      flow: false,
    },
    {
      id: "p3",
      ind: "Jumlah inovasi baru yang diujicobakan",
      sat: "inovasi",
      awal: 6,
      tg: [8, 10, 10, 12, 12],
      ka: 52,
      flow: true,
    },
    {
      id: "p4",
      ind: "Jumlah rekomendasi kebijakan hasil kelitbangan",
      sat: "rekomendasi",
      awal: 5,
      tg: [6, 6, 7, 7, 8],
      ka: 34,
      flow: true,
    },
  ];
  // PK sheet first
  const sp = b.sheet(P);
  letterhead(sp, [
    "PEMERINTAH KOTA SALO MARIRI",
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN RISET DAN INOVASI DAERAH",
  ]);
  sp.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Dr. ANDI MUH. ASRUL TAHIR, S.T., M.Si., Kepala BRIDA, selanjutnya disebut pihak pertama,",
    "dan H. MUHAMMAD SYAHRIR LATIF, S.E., M.M., Wali Kota Salo Mariri, selanjutnya disebut pihak kedua,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  sp.gap();
  sp.lines(["PERJANJIAN KINERJA TAHUN 2025 - KEPALA BADAN RISET DAN INOVASI DAERAH"]);
  sp.gap();
  const SAS = "Meningkatnya pemanfaatan riset dan inovasi dalam pembangunan daerah";
  const ti = sp.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rens.map((x, k): Row => ({
      id: x.id,
      // planted: p2's PK target is the Renstra's Tahun ke-2 target
      cells: { no: k + 1, sas: SAS, ind: x.ind, sat: x.sat, t: x.id === "p2" ? x.tg[1] : x.tg[0] },
    })),
  });
  sp.gap();
  const progs = [
    { id: "g1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_842_315_400 },
    { id: "g2", nm: "Program Penelitian dan Pengembangan Daerah", rp: 3_275_600_000 },
  ];
  const JUMLAH_TYPED = 10_017_915_400;
  const tp = sp.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], role: "lainnya", width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((g, k): Row => ({ id: g.id, cells: { no: k + 1, nm: g.nm, rp: g.rp, ket: "APBD 2025" } })),
      { id: "jml", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: JUMLAH_TYPED } },
    ],
  });
  sp.gap();
  signature(sp, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["WALI KOTA SALO MARIRI"],
    nama: "H. MUHAMMAD SYAHRIR LATIF, S.E., M.M.",
    nip: "-",
  });
  sp.r -= 7;
  signature(sp, 4, {
    tempat: "Salo Mariri, 6 Januari 2025 - Pihak Pertama,",
    jabatan: ["KEPALA BRIDA KOTA SALO MARIRI"],
    nama: "Dr. ANDI MUH. ASRUL TAHIR, S.T., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780916 200312 1 005",
  });

  const sr = b.sheet(R);
  letterhead(sr, ["BADAN RISET DAN INOVASI DAERAH KOTA SALO MARIRI"]);
  sr.lines([
    "Tabel 7.1 Indikator Kinerja BRIDA yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Rencana Strategis BRIDA Kota Salo Mariri Tahun 2025-2029",
  ]);
  sr.gap();
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", num: 2, width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 12 },
    { key: "awal", head: ["Kondisi Kinerja Awal Periode Renstra"], role: "kondisi-awal", num: 4, width: 12 },
    ...[0, 1, 2, 3, 4].map((i): Col => ({
      key: `t${i}`,
      head: ["Target Capaian Setiap Tahun", `Tahun ke-${i + 1}`],
      role: "target",
      year: 2025 + i,
      num: 5 + i,
      width: 9,
    })),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      num: 10,
      width: 12,
    },
  ];
  const tr = sr.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rens.map((x, k): Row => {
      const out: Record<string, number | string> = {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ka: x.ka,
      };
      x.tg.forEach((v, i) => (out[`t${i}`] = v));
      return { id: x.id, cells: out };
    }),
  });

  const ys = (id: string) => [0, 1, 2, 3, 4].map((i) => tr.a(`t${i}`, id));
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: ti.a("t", "p2") },
        { sheet: R, cell: tr.a("t0", "p2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "The PK 2025 target of the hasil riset dimanfaatkan is 62, the Renstra Tahun ke-2 (2026) target; the Renstra 2025 target is 58",
    truth: `'${R}'!${tr.a("t0", "p2")}`,
  });
  b.plant({
    at: { sheet: P, cell: tp.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is typed 10,017,915,400; the two programs add up to 10,117,915,400 (one digit wrong)",
    truth: `${tp.a("rp", "g1")}+${tp.a("rp", "g2")}`,
  });
  for (const id of ["p1", "p3", "p4"])
    b.ok({
      sheet: P,
      cell: ti.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("t0", id)}`,
    });
  for (const x of rens)
    b.ok(
      x.flow
        ? {
            sheet: R,
            cell: tr.a("ka", x.id),
            rules: ["kondisi-akhir-mismatch"],
            truth: ys(x.id).join("+"),
            trap: tr.a("t4", x.id),
          }
        : {
            sheet: R,
            cell: tr.a("ka", x.id),
            rules: ["kondisi-akhir-mismatch"],
            truth: tr.a("t4", x.id),
            trap: ys(x.id).join("+"),
          },
    );
  if (sum(progs.map((g) => g.rp)) === JUMLAH_TYPED) throw new Error("pk");
  return b.finish();
}
