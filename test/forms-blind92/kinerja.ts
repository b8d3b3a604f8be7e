// Performance tables of a BKPSDM: the LKjIP 2025 measurement of a Kalimantan Timur kota's BKPSDM
// (Indeks Profesionalitas ASN, 20 JP, kenaikan pangkat tepat waktu, SK pensiun tepat waktu, and the
// lower-is-better pelanggaran disiplin measured with refleksi), and the PK 2025 of a Sulawesi
// Tenggara kabupaten's BKPSDM beside its Renstra 2025-2029 targets. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r24: number;
  t26: number;
  neg?: boolean;
};

export function lkjipBkpsdmKaltim(): BookW {
  const b = new BookW(
    "lkjip-2025-ip-asn-disiplin-bkpsdm-mahakam-ilir.xlsx",
    "LKjIP pengukuran kinerja (BKPSDM)",
    "LKjIP 2025 Tabel 3.1 of a BKPSDM in Kalimantan Timur: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Polaritas | 'Kinerja Tahun 2025' > Target | Realisasi | Capaian (%) | Tingkat Capaian | Realisasi 2024 | Target Akhir Renstra 2026; capaian ROUND formulas, refleksi on the two lower-is-better rows; Tingkat Capaian typed in the Permendagri words; Rata-rata capaian row",
  );
  const S = "Tabel 3.1 Pengukuran";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA MAHAKAM ILIR", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja BKPSDM Kota Mahakam Ilir Tahun 2025"]);
  s.gap();
  const S1 = "Meningkatnya profesionalitas Aparatur Sipil Negara";
  const S2 = "Meningkatnya kualitas pelayanan administrasi dan disiplin kepegawaian";
  const I: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Profesionalitas ASN",
      sat: "indeks",
      t: 78,
      r: 74.6,
      r24: 71.9,
      t26: 80,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
      sat: "%",
      t: 80,
      r: 83.4,
      r24: 72.15,
      t26: 85,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu",
      sat: "%",
      t: 95,
      r: 91.2,
      r24: 89.6,
      t26: 97,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase SK pensiun yang terbit sebelum TMT pensiun",
      sat: "%",
      t: 90,
      r: 55.8,
      r24: 61.25,
      t26: 95,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah pelanggaran disiplin ASN yang dijatuhi hukuman",
      sat: "kasus",
      t: 24,
      r: 27,
      r24: 31,
      t26: 20,
      neg: true,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Rata-rata waktu penyelesaian layanan mutasi (hari kerja)",
      sat: "hari",
      t: 14,
      r: 11,
      r24: 16,
      t26: 10,
      neg: true,
    },
  ];
  const K = "Kinerja Tahun 2025";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "t", head: [K, "Target"], role: "target", year: 2025, fmt: DEC },
    { key: "r", head: [K, "Realisasi"], role: "realisasi", year: 2025, fmt: DEC },
    { key: "c", head: [K, "Capaian (%)"], role: "capaian", year: 2025, fmt: DEC },
    { key: "p", head: [K, "Tingkat Capaian"], role: "predikat", year: 2025, width: 14 },
    { key: "r24", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "t26", head: ["Target Akhir Renstra 2026"], role: "target", year: 2026, fmt: DEC },
  ];
  const cap = (x: Ind) => (x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const rows: Row[] = I.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const R = c.a("r");
      const T = c.a("t");
      // planted: the pelanggaran disiplin (lower is better) computed R / T like the rows above
      const f = x.neg && x.id === "i5" ? rt(R, T) : x.neg ? refl(R, T) : rt(R, T);
      // planted: "Sedang" for the SK pensiun (62.00 is Rendah, > 50 - 65)
      const p = x.id === "i4" ? "Sedang" : predikat(Math.round(cap(x) * 100) / 100);
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        pol: x.neg ? "Negatif" : "Positif",
        t: x.t,
        r: x.r,
        c: fx(f),
        p,
        r24: x.r24,
        t26: x.t26,
      };
    },
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: indikator berpolaritas negatif (semakin kecil semakin baik) dihitung dengan rumus capaian = (2 x Target - Realisasi) / Target x 100.",
    "Tingkat capaian: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Mahakam Ilir, 20 Februari 2026",
    jabatan: ["KEPALA BKPSDM KOTA MAHAKAM ILIR,"],
    nama: "Ir. H. SYAHRANI EFENDI, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740302 200003 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the pelanggaran disiplin (polaritas Negatif) is =ROUND(R/T*100,2) = 112.50; refleksi (2 x 24 - 27) / 24 gives 87.50, as the waktu mutasi row computes",
    truth: refl(a("r", "i5"), a("t", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Tingkat capaian 'Sedang' for 62.00 (55.8 / 90); the band > 50 - 65 of the note is Rendah",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  // traps: the waktu mutasi is lower-is-better and takes refleksi, not R / T
  b.ok({
    sheet: S,
    cell: a("c", "i6"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("r", "i6"), a("t", "i6")),
    trap: rt(a("r", "i6"), a("t", "i6")),
  });
  for (const id of ["i1", "i2", "i3", "i4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  // the falling end-period targets of the lower-is-better rows are right
  for (const id of ["i5", "i6"])
    b.ok({
      sheet: S,
      cell: a("t26", id),
      rules: ["target-trend"],
      truth: String(I.find((x) => x.id === id)!.t26),
      trap: a("t", id),
    });
  return b.finish();
}

type Ren = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  t: [number, number, number, number, number];
  flow?: boolean;
};

export function pkRenstraBkpsdmSultra(): BookW {
  const b = new BookW(
    "pk-2025-kepala-bkpsdm-renstra-kolaka-pesisir.xlsx",
    "PK 2025 beside the Renstra (BKPSDM)",
    "Sheet 'PK 2025': statement, Tabel I No | Sasaran | Indikator Kinerja | Satuan | Target 2025; Tabel II No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with Jumlah = the programs. Sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja Tahun' > 2025 .. 2029 | Kondisi Akhir Renstra; levels take the 2029 target, the flow adds its years",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const ps = b.sheet(P);
  const rs = b.sheet(R);
  letterhead(ps, ["PEMERINTAH KABUPATEN KOLAKA PESISIR"]);
  ps.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini:",
    "Nama      : MUHAMMAD ARSYAD LAMBOGO, S.STP., M.Si.   Jabatan : Kepala BKPSDM",
    "selanjutnya disebut PIHAK PERTAMA, berjanji mewujudkan target kinerja berikut kepada Bupati Kolaka Pesisir (PIHAK KEDUA).",
  ]);
  ps.gap();
  const REN: Ren[] = [
    { id: "r1", ind: "Indeks Profesionalitas ASN", sat: "indeks", awal: 68.4, t: [70, 72.5, 75, 77.5, 80] },
    {
      id: "r2",
      ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
      sat: "%",
      awal: 61.3,
      t: [65, 70, 75, 80, 85],
    },
    {
      id: "r3",
      ind: "Persentase kenaikan pangkat ASN tepat waktu",
      sat: "%",
      awal: 86.2,
      t: [88, 90, 92, 94, 96],
    },
    {
      id: "r4",
      ind: "Persentase ASN yang melakukan pelanggaran disiplin",
      sat: "%",
      awal: 1.42,
      t: [1.3, 1.2, 1.1, 1.0, 0.9],
    },
    {
      id: "r5",
      ind: "Jumlah ASN yang mengikuti uji kompetensi jabatan",
      sat: "orang",
      awal: 118,
      t: [120, 140, 150, 160, 180],
      flow: true,
    },
  ];
  ps.lines(["Tabel I. Sasaran dan Indikator Kinerja"]);
  const SAS = [
    "Meningkatnya profesionalitas ASN",
    "Meningkatnya profesionalitas ASN",
    "Meningkatnya kualitas manajemen karier ASN",
    "Meningkatnya kualitas manajemen karier ASN",
    "Meningkatnya profesionalitas ASN",
  ];
  const pk = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    rows: REN.map((r, i) => ({
      id: r.id,
      cells: {
        no: i + 1,
        sas: SAS[i],
        ind: r.ind,
        sat: r.sat,
        // planted: the 20 JP target is the Renstra 2026 target (70), not 2025 (65)
        t: r.id === "r2" ? r.t[1] : r.t[0],
      },
    })),
  });
  ps.gap();
  ps.lines(["Tabel II. Program dan Anggaran"]);
  const PR = [
    { id: "a1", kode: "5.03.01", nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 0 },
    {
      id: "a1k",
      kode: "5.03.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      rp: 186_450_000,
    },
    { id: "a1m", kode: "5.03.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", rp: 5_874_210_000 },
    { id: "a2", kode: "5.03.02", nama: "Program Kepegawaian Daerah", rp: 0 },
    {
      id: "a2k",
      kode: "5.03.02.2.01",
      nama: "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
      rp: 742_380_000,
    },
    { id: "a2m", kode: "5.03.02.2.02", nama: "Mutasi dan Promosi ASN", rp: 318_960_000 },
    { id: "a2n", kode: "5.03.02.2.03", nama: "Pengembangan Kompetensi ASN", rp: 1_263_500_000 },
  ];
  const an = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 15 },
      { key: "prog", head: ["Program / Kegiatan"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...PR.map((p, i): Row => ({
        id: p.id,
        cells: (c) => ({
          no: p.rp ? null : i === 0 ? 1 : 2,
          kode: p.kode,
          prog: p.nama,
          rp:
            p.id === "a1"
              ? fx(`SUM(${c.a("rp", "a1k")}:${c.a("rp", "a1m")})`)
              : p.id === "a2"
                ? fx(`SUM(${c.a("rp", "a2k")}:${c.a("rp", "a2n")})`)
                : p.rp,
          ket: "APBD",
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "a1")}+${c.a("rp", "a2")}`) }),
      },
    ],
  });
  ps.gap();
  signature(ps, 2, {
    tempat: "Kolaka Pesisir, 6 Januari 2025",
    jabatan: ["PIHAK PERTAMA,", "KEPALA BKPSDM"],
    nama: "MUHAMMAD ARSYAD LAMBOGO, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790924 199912 1 002",
  });

  letterhead(rs, ["RENCANA STRATEGIS BKPSDM KABUPATEN KOLAKA PESISIR 2025-2029"]);
  rs.lines(["Tabel 6.1 Indikator Kinerja BKPSDM yang Mengacu pada Tujuan dan Sasaran RPJMD"]);
  rs.gap();
  const TK = "Target Kinerja Tahun";
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...[2025, 2026, 2027, 2028, 2029].map((y, i): Col => ({
      key: `t${i}`,
      head: [TK, String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, fmt: DEC },
  ];
  const ren = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: REN.map((r, i) => ({
      id: r.id,
      cells: (c) => ({
        no: i + 1,
        ind: r.ind,
        sat: r.sat,
        awal: r.awal,
        t0: r.t[0],
        t1: r.t[1],
        t2: r.t[2],
        t3: r.t[3],
        t4: r.t[4],
        // planted: the pelanggaran disiplin kondisi akhir is the 2028 target (1.00), not 2029 (0.90)
        ak: r.flow ? fx(`SUM(${c.a("t0")}:${c.a("t4")})`) : r.id === "r4" ? r.t[3] : r.t[4],
      }),
    })),
  });
  const pa = (id: string) => pk.a("t", id);
  const ra = (k: string, id: string) => `'${R}'!${ren.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pa("r2") },
        { sheet: R, cell: ren.a("t0", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the 20 JP share is 70.00, the Renstra 2026 target; the Renstra 2025 target is 65.00",
    truth: ra("t0", "r2"),
  });
  b.plant({
    at: { sheet: R, cell: ren.a("ak", "r4") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the pelanggaran disiplin share (a level) is 1.00, the 2028 target; the 2029 target is 0.90",
    truth: ren.a("t4", "r4"),
  });
  for (const id of ["r1", "r3", "r4", "r5"])
    b.ok({ sheet: P, cell: pa(id), rules: ["cross-table-mismatch"], truth: ra("t0", id) });
  for (const id of ["r1", "r2", "r3"])
    b.ok({
      sheet: R,
      cell: ren.a("ak", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: ren.a("t4", id),
      trap: `SUM(${ren.a("t0", id)}:${ren.a("t4", id)})`,
    });
  b.ok({
    sheet: R,
    cell: ren.a("ak", "r5"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${ren.a("t0", "r5")}:${ren.a("t4", "r5")})`,
    trap: ren.a("t4", "r5"),
  });
  b.ok({
    sheet: R,
    cell: ren.a("t4", "r4"),
    rules: ["target-trend", "target-outlier"],
    truth: "0.9",
  });
  b.ok({
    sheet: P,
    cell: an.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: `${an.a("rp", "a1k")}+${an.a("rp", "a1m")}+${an.a("rp", "a2k")}+${an.a("rp", "a2m")}+${an.a("rp", "a2n")}`,
    trap: `SUM(${an.a("rp", "a1")}:${an.a("rp", "a2n")})`,
  });
  for (const id of ["a1", "a2"])
    b.ok({
      sheet: P,
      cell: an.a("rp", id),
      rules: ["sum-mismatch"],
      truth:
        id === "a1"
          ? `SUM(${an.a("rp", "a1k")}:${an.a("rp", "a1m")})`
          : `SUM(${an.a("rp", "a2k")}:${an.a("rp", "a2n")})`,
    });
  return b.finish();
}
