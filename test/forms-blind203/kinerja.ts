// The performance tables of the two Bapenda: an LKjIP 2024 measurement table of the Bapenda
// Sindangraya (two lower-is-better indicators computed by refleksi) and the Perjanjian Kinerja 2025
// of the Kepala Bapenda Tanete Riaja beside its Renstra 2025-2029. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

export function lkjipBapendaSindangraya(): BookW {
  const b = new BookW(
    "lkjip-2024-pengukuran-kinerja-bapenda-sindangraya.xlsx",
    "LKjIP measurement table (Bapenda)",
    "Tabel 3.1 Pengukuran Kinerja 2024: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; refleksi (2T - R) / T for the lower-is-better rows; Rata-rata and Kategori footer; bands below",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["BAB III AKUNTABILITAS KINERJA", "A. Capaian Kinerja Organisasi"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Badan Pendapatan Daerah Kabupaten Sindangraya Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya penerimaan pajak daerah";
  const S2 = "Meningkatnya kualitas pelayanan pajak daerah";
  const I = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase realisasi PBB-P2 terhadap ketetapan",
      sat: "%",
      t: 85,
      r: 82.47,
      neg: false,
      kat: "Sangat Baik",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase realisasi BPHTB terhadap target",
      sat: "%",
      t: 100,
      r: 108.35,
      neg: false,
      kat: "Sangat Baik",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Rasio tunggakan PBB-P2 terhadap ketetapan",
      sat: "%",
      t: 15,
      r: 17.53,
      neg: true,
      kat: "Baik",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase SPPT PBB-P2 terdistribusi tepat waktu",
      sat: "%",
      t: 95,
      r: 84.1,
      neg: false,
      kat: "Sangat Baik",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Rata-rata waktu verifikasi berkas BPHTB",
      sat: "hari kerja",
      t: 3,
      r: 3.5,
      neg: true,
      kat: "Sangat Baik",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Indeks kepuasan wajib pajak",
      sat: "nilai IKM",
      t: 82,
      r: 78.6,
      neg: false,
      kat: "Sangat Baik",
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "k", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
  ];
  const cap = (x: Ctx, neg: boolean) =>
    neg ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)` : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((i, n): Row => ({
        id: i.id,
        cells: (x: Ctx) => ({
          no: n + 1,
          sas: i.sas,
          ind: i.ind,
          sat: i.sat,
          t: i.t,
          r: i.r,
          // planted: the waktu verifikasi (lower is better) is computed R / T like the others
          c: fx(cap(x, i.neg && i.id !== "i5")),
          k: i.kat,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (x: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i6")}),2)`),
          k: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori capaian: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator rasio tunggakan dan waktu verifikasi bersifat negatif (semakin kecil semakin baik): capaian = (2 x target - realisasi) / target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the rata-rata waktu verifikasi BPHTB (lower is better, by the note) is =ROUND(R/T*100,2) = 116.67; (2 x 3 - 3.5) / 3 x 100 gives 83.33, as the rasio tunggakan row computes",
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for a capaian of 88.53 (84.1 against 95); the band > 75 - 90 of the note is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const id of ["i1", "i2", "i4", "i6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  // trap: the rasio tunggakan is lower-is-better, R / T would give 116.87
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

type Ind = { id: string; ind: string; sat: string; awal: number; tg: number[]; ak: number };

export function pkRenstraBapendaTaneteRiaja(): BookW {
  const b = new BookW(
    "pk-2025-kaban-renstra-bapenda-tanete-riaja.xlsx",
    "Perjanjian Kinerja 2025 with the Renstra 2025-2029 (Bapenda)",
    "sheet PK 2025: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with Jumlah; sheet Renstra: No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > Tahun ke-1 (2025) .. Tahun ke-5 (2029) | Kondisi Akhir (2029)",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const I: Ind[] = [
    {
      id: "a",
      ind: "Persentase realisasi pendapatan asli daerah terhadap target",
      sat: "%",
      awal: 96.2,
      tg: [97, 97.5, 98, 98.5, 99],
      ak: 99,
    },
    {
      id: "b",
      ind: "Persentase realisasi PBB-P2 terhadap ketetapan",
      sat: "%",
      awal: 78.4,
      tg: [80, 82, 84, 86, 88],
      ak: 88,
    },
    {
      id: "c",
      ind: "Rasio tunggakan PBB-P2 terhadap ketetapan",
      sat: "%",
      awal: 18.6,
      tg: [17, 15.5, 14, 12.5, 11],
      ak: 12.5,
    },
    {
      id: "d",
      ind: "Persentase capaian target BPHTB",
      sat: "%",
      awal: 101.3,
      tg: [100, 100, 100, 100, 100],
      ak: 100,
    },
    {
      id: "e",
      ind: "Persentase objek PBB-P2 yang dimutakhirkan",
      sat: "%",
      awal: 22.5,
      tg: [30, 40, 50, 60, 70],
      ak: 70,
    },
  ];
  // Renstra sheet first in the data, written second
  const p = b.sheet(P);
  const r = b.sheet(R);
  r.lines(
    [
      "RENCANA STRATEGIS BADAN PENDAPATAN DAERAH KABUPATEN TANETE RIAJA 2025-2029",
      "Tabel 4.1 Target Indikator Kinerja Utama",
    ],
    1,
    { bold: true },
  );
  r.gap();
  const TK = "Target Kinerja";
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
    ...[1, 2, 3, 4, 5].map((n): Col => ({
      key: `y${n}`,
      head: [TK, `Tahun ke-${n} (${2024 + n})`],
      role: "target",
      year: 2024 + n,
      width: 10,
    })),
    { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 11 },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    rows: I.map((x, n) => ({
      id: x.id,
      cells: {
        no: n + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.tg[0],
        y2: x.tg[1],
        y3: x.tg[2],
        y4: x.tg[3],
        y5: x.tg[4],
        ak: x.ak,
      },
    })),
  });
  r.gap();
  r.lines(["Catatan: rasio tunggakan merupakan indikator negatif (semakin kecil semakin baik)."]);

  letterhead(p, ["PERJANJIAN KINERJA TAHUN 2025", "BADAN PENDAPATAN DAERAH KABUPATEN TANETE RIAJA"]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini:",
    "Nama: Drs. ANDI MAPPASOMBA RAHIM, M.M.   Jabatan: Kepala Badan Pendapatan Daerah",
    "selanjutnya disebut pihak pertama, berjanji mewujudkan target kinerja berikut:",
  ]);
  p.gap();
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
  ];
  const SAS = "Meningkatnya pendapatan asli daerah";
  const pt = p.table({
    cols: pcols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x, n) => ({
      id: x.id,
      cells: {
        no: n + 1,
        sas: n < 4 ? SAS : "Meningkatnya akurasi basis data pajak daerah",
        ind: x.ind,
        sat: x.sat,
        // planted: the PBB-P2 target copies the Renstra's second year
        tg: x.id === "b" ? x.tg[1] : x.tg[0],
      },
    })),
  });
  p.gap();
  const gcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "prog", head: ["Program"], role: "indikator", width: 46 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
  ];
  const gt = p.table({
    cols: gcols,
    headerRows: 1,
    rows: [
      {
        id: "g1",
        cells: {
          no: 1,
          prog: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          rp: 14_862_305_000,
          ket: "APBD",
        },
      },
      {
        id: "g2",
        cells: { no: 2, prog: "Program Pengelolaan Pendapatan Daerah", rp: 5_417_880_000, ket: "APBD" },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "prog"],
        cells: (x: Ctx) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g2")})`) }),
      },
    ],
  });
  p.gap();
  signature(p, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI TANETE RIAJA,"],
    nama: "H. MUHAMMAD YUNUS PATAHANGI",
    nip: "-",
  });
  const ra = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: ra("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the realisasi PBB-P2 is 82, the Renstra's Tahun ke-2 (2026); Tahun ke-1 (2025) is 80",
    truth: `'${R}'!${ra("y1", "b")}`,
  });
  b.plant({
    at: { sheet: R, cell: ra("ak", "c") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the rasio tunggakan is 12.5, the Tahun ke-4 (2028) target; the level at the end of the period is the 2029 target 11",
    truth: ra("y5", "c"),
  });
  for (const id of ["a", "c", "d", "e"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${ra("y1", id)}`,
    });
  // traps: the kondisi akhir of a rate is the 2029 target, not the five years added
  for (const id of ["a", "b", "e"])
    b.ok({
      sheet: R,
      cell: ra("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ra("y5", id),
      trap: `SUM(${ra("y1", id)}:${ra("y5", id)})`,
    });
  b.ok({ sheet: R, cell: ra("y5", "c"), rules: ["target-trend"], truth: `${ra("y4", "c")}-1.5` });
  b.ok({
    sheet: P,
    cell: gt.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${gt.a("rp", "g1")}+${gt.a("rp", "g2")}`,
  });
  return b.finish();
}
