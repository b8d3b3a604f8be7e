// BPKAD performance tables: the LKjIP 2024 of the BPKAD of Kabupaten Sukalarang (the BPK opinion
// 'WTP' as a target, days-based indicators that are lower-is-better and take the refleksi capaian,
// predikat in the words of Permendagri 86/2017) and the LKjIP 2024 of the BPKAD of Kabupaten
// Panimbang (realisasi 2023, capaian 2024 and capaian against the Renstra end target). Every person
// and number is invented.
import {
  BookW,
  DEC,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number | string;
  r: number | string;
  low?: boolean;
  r23?: number | string;
  akhir?: number | string;
};

const cap = (x: Ind): number =>
  typeof x.t === "string"
    ? 100
    : round(x.low ? ((2 * x.t - (x.r as number)) / x.t) * 100 : ((x.r as number) / x.t) * 100, 2);

/** LKjIP 2024 BPKAD Kabupaten Sukalarang, tabel pengukuran kinerja. */
export function lkjipSukalarang(): BookW {
  const b = new BookW(
    "lkjip-2024-bpkad-kab-sukalarang-pengukuran.xlsx",
    "LKjIP pengukuran kinerja with a WTP target and days-based (refleksi) indicators",
    "No | 'Sasaran Strategis' | 'Indikator Kinerja Sasaran' | Satuan | Target | Realisasi | 'Capaian (%)' | Predikat; one header row with a number row; 'WTP' typed as target and realisasi, capaian 100 typed; hari indicators take (2T - R) / T x 100",
  );
  const S = "Pengukuran";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KABUPATEN SUKALARANG",
  ]);
  s.lines(["Tabel 3.2 Pengukuran Kinerja Sasaran Strategis BPKAD Tahun 2024"], 1, { bold: true });
  const A = "Meningkatnya akuntabilitas pengelolaan keuangan daerah";
  const B = "Meningkatnya kualitas pengelolaan aset dan pendapatan daerah";
  const xs: Ind[] = [
    {
      id: "i1",
      sas: A,
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
      sat: "opini",
      t: "WTP",
      r: "WTP",
    },
    {
      id: "i2",
      sas: A,
      ind: "Rata-rata waktu penerbitan SP2D sejak SPM diterima",
      sat: "hari",
      t: 3,
      r: 2.5,
      low: true,
    },
    {
      id: "i3",
      sas: A,
      ind: "Rata-rata waktu verifikasi SPJ fungsional",
      sat: "hari kerja",
      t: 5,
      r: 6,
      low: true,
    },
    { id: "i4", sas: B, ind: "Persentase realisasi PAD terhadap target", sat: "%", t: 100, r: 103.42 },
    {
      id: "i5",
      sas: B,
      ind: "Persentase bidang tanah milik pemda yang bersertifikat",
      sat: "%",
      t: 60,
      r: 48.5,
    },
    { id: "i6", sas: B, ind: "Indeks Pengelolaan Keuangan Daerah (IPKD)", sat: "indeks", t: 75, r: 71.2 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", num: "(3)", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 11 },
    { key: "t", head: ["Target"], role: "target", year: 2024, num: "(5)", width: 9 },
    { key: "r", head: ["Realisasi"], role: "realisasi", year: 2024, num: "(6)", width: 9 },
    { key: "cp", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(7)", fmt: DEC, width: 10 },
    { key: "pr", head: ["Predikat"], role: "predikat", num: "(8)", width: 14 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const T = c.a("t");
      const R = c.a("r");
      let cp: Cell;
      if (typeof x.t === "string") cp = 100;
      // planted: the SPJ verification days divided like a higher-is-better indicator
      else if (x.low && x.id !== "i3") cp = fx(`ROUND((2*${T}-${R})/${T}*100,2)`);
      else cp = fx(`ROUND(${R}/${T}*100,2)`);
      // planted: the land certificates (capaian 80.83) labelled one band too high
      const pr = x.id === "i5" ? "Sangat Tinggi" : predikat(cap(x));
      return { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.t, r: x.r, cp, pr };
    },
  }));
  const t = s.table({ cols, headerRows: 1, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "*) indikator satuan hari: semakin kecil semakin baik, capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Tinggi; 75 < x <= 90 Tinggi; 65 < x <= 75 Sedang; 50 < x <= 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sukalarang, 27 Februari 2025",
    jabatan: ["Kepala Badan Pengelolaan Keuangan", "dan Aset Daerah,"],
    nama: "HJ. RINA MARLIANA SOFYAN, S.E., M.Ak.",
    nip: "19770221 200212 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const plain = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cp", "i3") },
    rules: ["capaian-mismatch"],
    note: "SPJ verification (hari, lower is better) capaian = 6 / 5 x 100 = 120.00; by the refleksi of the note (2 x 5 - 6) / 5 x 100 = 80.00",
    truth: refl("i3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pr", "i5") },
    rules: ["predikat-mismatch"],
    note: "land certificates capaian 48.5 / 60 x 100 = 80.83 labelled 'Sangat Tinggi'; 75 < x <= 90 is 'Tinggi'",
    truth: `PREDIKAT(${a("cp", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "i2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: refl("i2"),
    trap: plain("i2"),
  });
  b.ok({ sheet: S, cell: a("pr", "i2"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cp", "i2")})` });
  b.ok({
    sheet: S,
    cell: a("cp", "i4"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: plain("i4"),
  });
  b.ok({ sheet: S, cell: a("cp", "i1"), rules: ["capaian-mismatch", "hardcoded-value"], truth: "100" });
  b.ok({ sheet: S, cell: a("pr", "i6"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cp", "i6")})` });
  return b.finish();
}

/** LKjIP 2024 BPKAD Kabupaten Panimbang, with the capaian against the Renstra end target. */
export function lkjipPanimbang(): BookW {
  const b = new BookW(
    "lkjip-bpkad-panimbang-capaian-2024-renstra.xlsx",
    "LKjIP capaian 2024 and capaian against the Renstra 2026 target",
    "No | 'Sasaran' | 'Indikator' | 'Sat.' | 'Realisasi 2023' | 'Kinerja 2024' > Target, Realisasi, 'Capaian (%)' | 'Target Akhir Renstra 2026' | 'Capaian s.d. 2024 thd Renstra (%)' | Kategori; two header rows, Kategori in 'Sangat Baik .. Sangat Kurang'; opini WTP as text, the hari indicator with refleksi",
  );
  const S = "Capaian IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "BPKAD KABUPATEN PANIMBANG",
    "Capaian Indikator Kinerja Utama Tahun 2024 dibandingkan dengan Target Akhir Renstra 2022-2026",
  ]);
  const A = "Terwujudnya pengelolaan keuangan daerah yang akuntabel";
  const B = "Meningkatnya kemandirian keuangan daerah";
  const xs: Ind[] = [
    {
      id: "j1",
      sas: A,
      ind: "Opini BPK RI atas LKPD",
      sat: "opini",
      r23: "WDP",
      t: "WTP",
      r: "WTP",
      akhir: "WTP",
    },
    {
      id: "j2",
      sas: A,
      ind: "Waktu rata-rata penyelesaian rekonsiliasi aset antar-SKPD",
      sat: "hari",
      r23: 17,
      t: 14,
      r: 12,
      low: true,
      akhir: 10,
    },
    {
      id: "j3",
      sas: A,
      ind: "Persentase SKPD yang menyampaikan laporan keuangan tepat waktu",
      sat: "%",
      r23: 84.6,
      t: 90,
      r: 92.31,
      akhir: 100,
    },
    {
      id: "j4",
      sas: B,
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      r23: 19.42,
      t: 21.5,
      r: 20.86,
      akhir: 24,
    },
    {
      id: "j5",
      sas: B,
      ind: "Persentase piutang PBB-P2 yang tertagih",
      sat: "%",
      r23: 31.8,
      t: 40,
      r: 28.4,
      akhir: 50,
    },
  ];
  const K = "Kinerja 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
    { key: "sat", head: ["Sat."], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [K, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [K, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "cp", head: [K, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "ak", head: ["Target Akhir Renstra 2026"], role: "kondisi-akhir", year: 2026, width: 11 },
    { key: "cr", head: ["Capaian s.d. 2024 thd Renstra (%)"], role: "capaian", fmt: DEC, width: 12 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 13 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const T = c.a("t");
      const R = c.a("r");
      const AK = c.a("ak");
      let cp: Cell;
      let cr: Cell;
      if (typeof x.t === "string") {
        cp = 100;
        cr = 100;
      } else if (x.low) {
        cp = fx(`ROUND((2*${T}-${R})/${T}*100,2)`);
        cr = fx(`ROUND((2*${AK}-${R})/${AK}*100,2)`);
      } else {
        // planted: the PBB-P2 capaian keeps the cached result of the draft (realisasi 34.2)
        cp = x.id === "j5" ? fx(`ROUND(${R}/${T}*100,2)`, 85.5) : fx(`ROUND(${R}/${T}*100,2)`);
        // planted: the PAD ratio against Renstra typed (the 2023 figure 80.92)
        cr = x.id === "j4" ? 80.92 : fx(`ROUND(${R}/${AK}*100,2)`);
      }
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: x.r23,
        t: x.t,
        r: x.r,
        cp,
        ak: x.akhir,
        cr,
        kat: predikatBaik(cap(x)),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: capaian indikator waktu (hari) dihitung dengan rumus refleksi (2 x target - realisasi) / target.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Panimbang, 26 Februari 2025",
    jabatan: ["Plt. Kepala BPKAD Kabupaten Panimbang,"],
    nama: "MUHAMAD ROSYID HIDAYAT, S.STP., M.M.",
    nip: "19820517 200312 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cp", "j5") },
    rules: ["capaian-mismatch"],
    note: "PBB-P2 capaian cached 85.50 (the draft with realisasi 34.2); 28.4 / 40 x 100 = 71.00",
    truth: `ROUND(${a("r", "j5")}/${a("t", "j5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("cr", "j4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "PAD ratio capaian against Renstra typed 80.92 (the 2023 figure 19.42 / 24); 20.86 / 24 x 100 = 86.92",
    truth: `ROUND(${a("r", "j4")}/${a("ak", "j4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "j2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "j2")}-${a("r", "j2")})/${a("t", "j2")}*100,2)`,
    trap: `ROUND(${a("r", "j2")}/${a("t", "j2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "j5"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(ROUND(${a("r", "j5")}/${a("t", "j5")}*100,2))`,
  });
  b.ok({
    sheet: S,
    cell: a("cr", "j2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("ak", "j2")}-${a("r", "j2")})/${a("ak", "j2")}*100,2)`,
    trap: `ROUND(${a("r", "j2")}/${a("ak", "j2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "j3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "j3")}/${a("t", "j3")}*100,2)`,
  });
  return b.finish();
}
