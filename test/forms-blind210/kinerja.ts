// Performance tables of a Dinas Ketahanan Pangan: the LKjIP 2024 measurement of a Sulawesi Tengah
// kabupaten (skor PPH, CPPD, koefisien variasi harga beras and desa rawan pangan lower is better) and
// the Perjanjian Kinerja 2025 of a Nusa Tenggara Barat kabupaten beside its Renstra 2025-2029 targets
// in ordinal years. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, predikat, round, type Col, type Row } from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
};

export function lkjipBanggai(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-dkp-banggai-pesisir.xlsx",
    "LKjIP pengukuran kinerja (Dinas Ketahanan Pangan)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Tingkat Capaian (Permendagri 86 levels); refleksi formulas for two lower-is-better rows; Rata-rata and Predikat rows; note with the bands",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANGGAI PESISIR", "DINAS KETAHANAN PANGAN"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Dinas Ketahanan Pangan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya ketersediaan dan keterjangkauan pangan";
  const S2 = "Meningkatnya kualitas konsumsi pangan masyarakat";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase ketersediaan CPPD terhadap kebutuhan cadangan",
      sat: "%",
      t: 100,
      r: 92.4,
      r23: 84.6,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Koefisien variasi harga beras medium tingkat konsumen",
      sat: "%",
      t: 5,
      r: 4.2,
      r23: 6.1,
      neg: true,
    },
    { id: "i3", sas: S1, ind: "Persentase desa rawan pangan", sat: "%", t: 8, r: 9.5, r23: 10.2, neg: true },
    { id: "i4", sas: S1, ind: "Persentase CPPD tersalur tepat waktu", sat: "%", t: 90, r: 61.2, r23: 72.5 },
    {
      id: "i5",
      sas: S2,
      ind: "Skor Pola Pangan Harapan (PPH) konsumsi",
      sat: "skor",
      t: 88.5,
      r: 86.2,
      r23: 85.3,
    },
    { id: "i6", sas: S2, ind: "Jumlah pelaksanaan gerakan pangan murah", sat: "kali", t: 48, r: 52, r23: 40 },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Tingkat Capaian"], role: "predikat", year: 2024, width: 14 },
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
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: desa rawan pangan (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i3" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 68.00 (the band > 65 - 75 is Sedang)
          p: x.id === "i4" ? "Tinggi" : predikat(x.id === "i3" ? round((x.r / x.t) * 100) : capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
      {
        id: "prd",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({ no: "Predikat Kinerja", c: fx(`PREDIKAT(${c.a("c", "avg")})`) }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 2 dan 3 semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Tingkat capaian (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the persentase desa rawan pangan (lower is better by the note) is =ROUND(R/T*100,2) = 118.75; (2 x 8 - 9.5) / 8 gives 81.25, as the koefisien variasi row computes",
    truth: refl(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "tingkat capaian 'Tinggi' for 68.00 (61.2 against 90); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  for (const x of rows) {
    if (x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the koefisien variasi is lower is better: refleksi 116.00, not R / T 84.00
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

type PkInd = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  neg?: boolean;
};

export function pkTambora(): BookW {
  const b = new BookW(
    "pk-kadis-ketahanan-pangan-renstra-tambora-raya.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Ketahanan Pangan)",
    "sheet 'PK DKP 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025; then No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; signatures; sheet 'Renstra 2025-2029': Indikator | Satuan | Kondisi Awal | 'Target Tahun ke-' > 1 .. 5 (years from the title) | Kondisi Akhir; rates, a lower-is-better rate and a flow (GPM per year)",
  );
  const S = "PK DKP 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TAMBORA RAYA", "DINAS KETAHANAN PANGAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
    "Nama: Ir. LALU MUHAMMAD HAZMIN, M.P. - Jabatan: Kepala Dinas Ketahanan Pangan (Pihak Pertama)",
    "Nama: H. SYAMSUL BAHRI, S.E., M.M. - Jabatan: Bupati Tambora Raya (Pihak Kedua)",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "skor",
      awal: 84.6,
      tg: [86, 87.5, 89, 90.5, 92],
    },
    {
      id: "r2",
      ind: "Persentase cadangan pangan pemerintah daerah terhadap kebutuhan",
      sat: "%",
      awal: 70,
      tg: [75, 80, 85, 90, 95],
    },
    {
      id: "r3",
      ind: "Persentase desa rawan pangan",
      sat: "%",
      awal: 9.8,
      tg: [9, 8.5, 8, 7.5, 7],
      neg: true,
    },
    {
      id: "r4",
      ind: "Jumlah pelaksanaan gerakan pangan murah",
      sat: "kali",
      awal: 36,
      tg: [40, 44, 48, 52, 56],
      flow: true,
    },
  ];
  // planted: the PK target of the cadangan pangan is 80.00, the Renstra target of Tahun ke-2 (2026)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya ketahanan pangan daerah",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.sat === "kali" ? "0" : DEC),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_482_315_000],
    ["p2", "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat", 2_175_400_000],
    ["p3", "Program Penanganan Kerawanan Pangan", 964_250_000],
    ["p4", "Program Pengawasan Keamanan Pangan", 318_600_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, pr, rp], i): Row => ({ id, cells: { no: i + 1, pr, rp, ket: "APBD 2025" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "pr"],
        // planted: the range stops at p3, the Program Pengawasan Keamanan Pangan left out
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Kempo, 2 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "", "", "H. SYAMSUL BAHRI, S.E., M.M."], 2);
  s.r -= 4;
  s.lines(["Pihak Pertama,", "", "", "Ir. LALU MUHAMMAD HAZMIN, M.P.", "NIP. 19700915 199703 1 006"], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS KETAHANAN PANGAN KABUPATEN TAMBORA RAYA"]);
  r.lines([
    "Tabel 5.2 Indikator Kinerja Dinas Ketahanan Pangan yang mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra Dinas Ketahanan Pangan Tahun 2025-2029",
  ]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...[1, 2, 3, 4, 5].map((n): Col => ({
        key: `y${n}`,
        head: ["Target Capaian Tahun ke-", `Tahun ke-${n}`],
        role: "target",
        year: 2024 + n,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Kinerja pada Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k + 1}`, v])),
        ak: fx(x.flow ? `SUM(${c.a("y1")}:${c.a("y5")})` : c.a("y5")),
      }),
    })),
  });
  r.gap();
  r.lines([
    "Keterangan: Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029; indikator jumlah GPM dijumlahkan selama lima tahun.",
  ]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the cadangan pangan is 80.00, the Renstra target of Tahun ke-2 (2026); the Renstra Tahun ke-1 (2025) target is 75.00",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM over the first three programs (9,621,965,000); the Program Pengawasan Keamanan Pangan's 318,600,000 left out, the four give 9,940,565,000",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})` : tr.a("y5", x.id),
      // a level's kondisi akhir is the last target; the GPM flow adds its five years
      trap: x.flow ? tr.a("y5", x.id) : `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r3"), rules: ["target-trend"], truth: "7" });
  return b.finish();
}
