// e-SAKIP tables of the thirty-fourth unseen set: the 'Capaian IKU' export of a Dinas Lingkungan Hidup
// in Jawa Timur (Target | Realisasi | % per indicator and a Status 'Tercapai' / 'Tidak Tercapai'), and
// the LKjIP efisiensi table of a Dinas PUPR in Kalimantan Selatan (capaian kinerja beside serapan
// anggaran). Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ============================================ Dinas Lingkungan Hidup Kota Martaseri, e-SAKIP Capaian IKU

type Iku = { id: string; ind: string; sat: string; t: number; r: number; neg?: boolean; f: string };

/** e-SAKIP 'Capaian IKU' export 2024 with a Status column. */
export function esakipCapaian(): BookW {
  const b = new BookW(
    "esakip-statusiku-dlh-martaseri.xlsx",
    "e-SAKIP Capaian IKU export with Status",
    "sheet 'Capaian IKU' exported from e-SAKIP: two title lines, then No | Indikator Kinerja Utama | Satuan | 'Tahun 2024' > Target | Realisasi | % | Status ('Tercapai' / 'Tidak Tercapai'); % as ROUND formulas, the refleksi (2T - R) / T on the two lower-is-better rows (timbulan sampah per kapita, titik pencemaran), one realisation above target; a note below",
  );
  const S = "Capaian IKU";
  const s = b.sheet(S);
  s.lines(
    [
      "Capaian Indikator Kinerja Utama Perangkat Daerah",
      "Dinas Lingkungan Hidup Kota Martaseri - Periode 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rows: Iku[] = [
    { id: "i1", ind: "Indeks Kualitas Lingkungan Hidup (IKLH)", sat: "indeks", t: 63.5, r: 64.12, f: DEC },
    { id: "i2", ind: "Indeks Kualitas Udara (IKU)", sat: "indeks", t: 82.0, r: 80.37, f: DEC },
    { id: "i3", ind: "Persentase sampah terkelola", sat: "%", t: 72.5, r: 68.9, f: DEC },
    {
      id: "i4",
      ind: "Timbulan sampah per kapita per hari",
      sat: "kg/jiwa/hari",
      t: 0.68,
      r: 0.61,
      neg: true,
      f: DEC,
    },
    { id: "i5", ind: "Persentase ruang terbuka hijau publik", sat: "%", t: 11.5, r: 11.82, f: DEC },
    {
      id: "i6",
      ind: "Jumlah titik pencemaran air sungai melampaui baku mutu",
      sat: "titik",
      t: 14,
      r: 17,
      neg: true,
      f: "0",
    },
    {
      id: "i7",
      ind: "Persentase usaha/kegiatan yang taat izin lingkungan",
      sat: "%",
      t: 85,
      r: 87.4,
      f: DEC,
    },
  ];
  // planted 1: i6 (lower is better) with R / T = 121.43; the refleksi gives 78.57
  // planted 2: i3's % formula keeps a stale cached result (97.45) from an earlier realisation
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 48 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 13 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "%"], role: "capaian", year: 2024, fmt: DEC },
    { key: "st", head: ["Tahun 2024", "Status"], width: 15 },
  ];
  const capOf = (x: Iku) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const STALE = 97.45;
  const t = s.table({
    cols,
    headerRows: 2,
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const R = c.a("r");
        const T = c.a("t");
        let cap = x.neg ? fx(refl(R, T)) : fx(rt(R, T));
        if (x.id === "i6") cap = fx(rt(R, T));
        if (x.id === "i3") cap = fx(rt(R, T), STALE);
        const shown = x.id === "i6" ? round((x.r / x.t) * 100) : x.id === "i3" ? STALE : capOf(x);
        return {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          c: cap,
          st: shown >= 100 ? "Tercapai" : "Tidak Tercapai",
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator timbulan sampah per kapita dan jumlah titik pencemaran berpolaritas negatif,",
    "capaian dihitung (2 x Target - Realisasi) / Target x 100. Status 'Tercapai' bila capaian >= 100 %.",
    "Sumber: aplikasi e-SAKIP Kota Martaseri, diunduh 14 Februari 2025.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% of the jumlah titik pencemaran (lower is better by the note) is =ROUND(R/T*100,2) = 121.43 (17 / 14), the formula of the positive rows; (2 x 14 - 17) / 14 gives 78.57, as the timbulan sampah row computes; its Status 'Tercapai' follows the wrong number",
    truth: refl(a("r", "i6"), a("t", "i6")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch"],
    note: `% of the persentase sampah terkelola is =ROUND(E/D*100,2) with a stale cached result of ${STALE} (from before the realisation was corrected); 68.90 / 72.50 gives ${round((68.9 / 72.5) * 100)}`,
    truth: rt(a("r", "i3"), a("t", "i3")),
  });
  for (const x of rows) {
    if (x.id === "i6" || x.id === "i3") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    const c = capOf(x);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: c > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      trap: x.neg ? rt(R, T) : undefined,
    });
  }
  return b.finish();
}

// ============================================ Dinas PUPR Kota Lokbintang, LKjIP efisiensi 2024

type Ef = { id: string; sas: string; ind: string; cap: number; pagu: number; real: number };

/** LKjIP Tabel 3.x: capaian kinerja vs serapan anggaran per sasaran, with efisiensi. */
export function lkjipEfisiensi(): BookW {
  const b = new BookW(
    "lkjip-efisiensi-serapan-pupr-lokbintang.xlsx",
    "LKjIP efisiensi table (capaian kinerja vs serapan anggaran)",
    "LKjIP 2024 Tabel 3.9 of a Dinas PUPR: No | Sasaran | Indikator Kinerja | Capaian Kinerja (%) | 'Anggaran (Rp)' > Pagu | Realisasi | Serapan Anggaran (%) | Tingkat Efisiensi (%) = capaian - serapan; serapan as ROUND formulas, one typed; JUMLAH / RATA-RATA row: Rp as SUM, serapan from the totals, capaian the average; interpretation note",
  );
  const S = "Tabel 3.9";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA LOKBINTANG", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines(["Tabel 3.9", "Efisiensi Penggunaan Sumber Daya terhadap Capaian Kinerja Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const rows: Ef[] = [
    {
      id: "e1",
      sas: "Meningkatnya kualitas infrastruktur jalan kota",
      ind: "Persentase panjang jalan kota dalam kondisi mantap",
      cap: 101.84,
      pagu: 48_765_200_000,
      real: 46_912_374_500,
    },
    {
      id: "e2",
      sas: "Meningkatnya kualitas infrastruktur jalan kota",
      ind: "Persentase jembatan dalam kondisi baik",
      cap: 97.5,
      pagu: 6_430_000_000,
      real: 6_118_245_000,
    },
    {
      id: "e3",
      sas: "Berkurangnya kawasan tergenang",
      ind: "Luas genangan di kawasan perkotaan (refleksi)",
      cap: 108.33,
      pagu: 21_380_650_000,
      real: 19_644_870_300,
    },
    {
      id: "e4",
      sas: "Meningkatnya akses air minum dan sanitasi layak",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      cap: 99.21,
      pagu: 12_945_800_000,
      real: 10_153_612_400,
    },
    {
      id: "e5",
      sas: "Meningkatnya akses air minum dan sanitasi layak",
      ind: "Persentase rumah tangga dengan akses sanitasi layak",
      cap: 96.64,
      pagu: 8_214_300_000,
      real: 7_986_551_750,
    },
    {
      id: "e6",
      sas: "Meningkatnya ketaatan pemanfaatan ruang",
      ind: "Persentase kesesuaian pemanfaatan ruang terhadap RTRW",
      cap: 93.75,
      pagu: 2_756_400_000,
      real: 2_389_214_600,
    },
  ];
  const AN = "Anggaran (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "cap", head: ["Capaian Kinerja (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "pagu", head: [AN, "Pagu"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "real", head: [AN, "Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "ser", head: ["Serapan Anggaran (%)"], fmt: DEC },
    { key: "ef", head: ["Tingkat Efisiensi (%)"], fmt: DEC },
  ];
  // planted 1: serapan of e4 typed 87.43 (78.43 by the figures, two digits swapped)
  const TYPED = 87.43;
  if (round((10_153_612_400 / 12_945_800_000) * 100) !== 78.43) throw new Error("lokbintang e4");
  const body: Row[] = rows.map((x, k) => ({
    id: x.id,
    cells: (c) => ({
      no: k + 1,
      sas: x.sas,
      ind: x.ind,
      cap: x.cap,
      pagu: x.pagu,
      real: x.real,
      ser: x.id === "e4" ? TYPED : fx(rt(c.a("real"), c.a("pagu"))),
      ef: fx(`ROUND(${c.a("cap")}-${c.a("ser")},2)`),
    }),
  }));
  body.push({
    id: "tot",
    bold: true,
    span: ["no", "ind"],
    cells: (c) => ({
      no: "JUMLAH / RATA-RATA",
      cap: fx(`ROUND(AVERAGE(${c.a("cap", "e1")}:${c.a("cap", "e6")}),2)`),
      // planted 2: the realisasi total skips the last row (SUM to e5)
      pagu: fx(`SUM(${c.a("pagu", "e1")}:${c.a("pagu", "e6")})`),
      real: fx(`SUM(${c.a("real", "e1")}:${c.a("real", "e5")})`),
      ser: fx(rt(c.a("real"), c.a("pagu"))),
      ef: fx(`ROUND(${c.a("cap")}-${c.a("ser")},2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows: body, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: Tingkat Efisiensi = Capaian Kinerja (%) - Serapan Anggaran (%); nilai positif berarti efisien.",
    "Capaian indikator luas genangan dihitung dengan rumus refleksi (semakin kecil semakin baik).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Lokbintang, 20 Februari 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"],
    nama: "Ir. H. GUSTI MUHAMMAD FADLIANSYAH, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19710917 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ser", "e4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Serapan of the air minum row is a typed 87.43 among ROUND formulas; 10,153,612,400 / 12,945,800,000 gives 78.43 (two digits swapped), so its efisiensi 11.78 should be 20.78",
    truth: rt(a("real", "e4"), a("pagu", "e4")),
  });
  b.plant({
    at: { sheet: S, cell: a("real", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH Realisasi is SUM over the first five rows (${sum(rows.slice(0, 5).map((x) => x.real)).toLocaleString("en")}); the six give ${sum(rows.map((x) => x.real)).toLocaleString("en")} (the ruang row left out)`,
    truth: `SUM(${a("real", "e1")}:${a("real", "e6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "e1")}:${a("pagu", "e6")})`,
  });
  // trap: the total serapan is total realisasi / total pagu, not the sum or the mean of the rows' serapan
  b.ok({
    sheet: S,
    cell: a("ser", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch", "percent-out-of-range"],
    truth: rt(a("real", "tot"), a("pagu", "tot")),
    trap: `SUM(${a("ser", "e1")}:${a("ser", "e6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(AVERAGE(${a("cap", "e1")}:${a("cap", "e6")}),2)`,
    trap: `SUM(${a("cap", "e1")}:${a("cap", "e6")})`,
  });
  for (const id of ["e1", "e2", "e3", "e5", "e6"])
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(a("real", id), a("pagu", id)),
    });
  // trap: a capaian kinerja above 100 (e3, refleksi) is no out-of-range percentage
  b.ok({ sheet: S, cell: a("cap", "e3"), rules: ["percent-out-of-range"], truth: "108.33", trap: "100" });
  return b.finish();
}
