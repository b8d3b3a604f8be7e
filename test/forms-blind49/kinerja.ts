// The performance forms: an LKjIP table of the Dinas Ketahanan Pangan Kota Tambak Anyar (Jawa
// Tengah) with a lower-is-better share of food-insecure areas, a Perjanjian Kinerja Perubahan 2024
// of the Dinas Perdagangan Kota Tambak Anyar (Murni and Perubahan targets, budget table, a Renstra
// excerpt on a second sheet), an E.80 Renstra evaluation of the Dinas Lingkungan Hidup Kota Tambak
// Anyar and a T-C.29-like review of Renstra achievement of the Dinas Ketahanan Pangan Kota Banua Lima
// (Kalimantan Selatan). Every office, person and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

/** LKjIP 2024, Tabel 3.1 capaian IKU, Dinas Ketahanan Pangan Kota Tambak Anyar. */
export function lkjipDkpTambakAnyar(): BookW {
  const b = new BookW(
    "lkjip-2024-dinas-ketahanan-pangan-kota-tambak-anyar.xlsx",
    "LKjIP capaian IKU",
    "No | Sasaran | Indikator Kinerja Utama | Satuan | Realisasi 2023 | Tahun 2024 > Target / Realisasi / % Capaian | Predikat | Target Akhir Renstra (2026) | Capaian thd Target Akhir (%); refleksi for the lower-is-better share of rawan pangan areas",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.1", "Capaian Indikator Kinerja Utama Dinas Ketahanan Pangan Kota Tambak Anyar Tahun 2024"],
    1,
    { bold: true },
  );
  s.gap();
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    r23: number;
    t: number;
    r: number;
    ak: number;
    neg?: boolean;
    pred: string;
    f: string;
  };
  const S1 = "Meningkatnya kualitas konsumsi pangan masyarakat";
  const S2 = "Meningkatnya ketersediaan dan kerawanan pangan yang tertangani";
  const inds: I[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Skor Pola Pangan Harapan (PPH) konsumsi",
      sat: "poin",
      r23: 86.4,
      t: 88.5,
      r: 90.1,
      ak: 92,
      pred: "Sangat Baik",
      f: DEC,
    },
    {
      id: "i2",
      sas: S2,
      ind: "Persentase desa/kelurahan rawan pangan",
      sat: "%",
      r23: 7.4,
      t: 6.5,
      r: 5.8,
      ak: 5,
      neg: true,
      pred: "Sangat Baik",
      f: DEC,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Ketersediaan energi per kapita",
      sat: "kkal/kap/hari",
      r23: 2415,
      t: 2400,
      r: 2486,
      ak: 2450,
      pred: "Sangat Baik",
      f: INT,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Ketersediaan protein per kapita",
      sat: "gram/kap/hari",
      r23: 62.3,
      t: 63,
      r: 61.2,
      ak: 65,
      pred: "Sangat Baik",
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah cadangan pangan pemerintah kota (beras)",
      sat: "ton",
      r23: 18.5,
      t: 25,
      r: 21.4,
      ak: 30,
      pred: "Sangat Baik",
      f: DEC,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 4 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 13 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pr", head: ["Predikat"], role: "predikat", year: 2024, width: 12 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "kondisi-akhir", year: 2026, width: 11 },
    { key: "ca", head: ["Capaian thd Target Akhir Renstra (%)"], role: "capaian", fmt: DEC, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const o: Record<string, Cell> = {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          pr: x.pred,
          ak: fmt(x.ak, x.f),
        };
        o.c = x.neg
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`);
        // planted (i4): the capaian typed over the formula, digits swapped (97.14 -> 94.17)
        if (x.id === "i4") o.c = 94.17;
        o.ca = x.neg
          ? fx(`ROUND((2*${c.a("ak")}-${c.a("r")})/${c.a("ak")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("ak")}*100,2)`);
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator persentase desa/kelurahan rawan pangan bersifat negatif (semakin kecil semakin baik); capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of protein per kapita typed 94.17 over the formula; 61.20 / 63.00 x 100 = 97.14 (digits swapped)",
    truth: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pr", "i5") },
    rules: ["predikat-mismatch"],
    note: "cadangan pangan: capaian 21.40 / 25.00 x 100 = 85.60 is 'Baik' (> 75 s.d. 90), typed 'Sangat Baik' (copied down)",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i2")}-${a("r", "i2")})/${a("t", "i2")}*100,2)`,
    trap: `${a("r", "i2")}/${a("t", "i2")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pr", "i2"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
    trap: `PREDIKAT_BAIK(${a("r", "i2")}/${a("t", "i2")}*100)`,
  });
  b.ok({
    sheet: S,
    cell: a("ca", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("ak", "i2")}-${a("r", "i2")})/${a("ak", "i2")}*100,2)`,
    trap: `${a("r", "i2")}/${a("ak", "i2")}*100`,
  });
  return b.finish();
}

/** Perjanjian Kinerja Perubahan 2024, Dinas Perdagangan Kota Tambak Anyar, with its Renstra excerpt. */
export function pkPerubahanDisdagTambakAnyar(): BookW {
  const b = new BookW(
    "pk-perubahan-2024-dinas-perdagangan-kota-tambak-anyar.xlsx",
    "Perjanjian Kinerja Perubahan with budget",
    "sheet PK: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2024 > Murni / Perubahan | Alasan Perubahan; No | Program | Anggaran (Rp) > Murni / Perubahan | Bertambah/(Berkurang) with JUMLAH; sheet Renstra: Indikator | Satuan | Target 2023 .. 2025",
  );
  const S = "PK Perubahan";
  const R = "Renstra 2021-2026";
  const s = b.sheet(S);
  letterhead(s, ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2024", "DINAS PERDAGANGAN KOTA TAMBAK ANYAR"]);
  const r = b.sheet(R);
  r.lines(["Target Indikator Kinerja Renstra Dinas Perdagangan 2021-2026 (Tabel 6.1, penggalan)"], 1, {
    bold: true,
  });
  r.gap();
  type I = {
    id: string;
    ind: string;
    sat: string;
    ren: [number, number, number];
    mu: number;
    pe: number;
    why: string;
    f: string;
  };
  const inds: I[] = [
    {
      id: "p1",
      ind: "Pendapatan retribusi pelayanan pasar",
      sat: "Rp",
      ren: [4_850_000_000, 5_200_000_000, 5_600_000_000],
      mu: 5_200_000_000,
      pe: 5_450_000_000,
      why: "Penyesuaian tarif Perda retribusi 2024",
      f: RP,
    },
    {
      id: "p2",
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      ren: [62, 68, 74],
      mu: 74,
      pe: 70,
      why: "Revitalisasi Pasar Kliwon Anyar mundur ke 2025",
      f: DEC,
    },
    {
      id: "p3",
      ind: "Koefisien variasi harga barang kebutuhan pokok tingkat eceran",
      sat: "%",
      ren: [6.5, 6, 5.5],
      mu: 6,
      pe: 6.5,
      why: "Gejolak harga beras dan cabai semester I",
      f: DEC,
    },
    {
      id: "p4",
      ind: "Persentase alat UTTP yang ditera ulang",
      sat: "%",
      ren: [78, 82, 86],
      mu: 82,
      pe: 82,
      why: "-",
      f: DEC,
    },
  ];
  const rt = r.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      ...[2023, 2024, 2025].map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 16,
      })),
    ],
    headerRows: 2,
    rows: inds.map((x) => ({
      id: x.id,
      cells: {
        ind: x.ind,
        sat: x.sat,
        y0: fmt(x.ren[0], x.f),
        y1: fmt(x.ren[1], x.f),
        y2: fmt(x.ren[2], x.f),
      },
    })),
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 4 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "mu", head: ["Target 2024", "Murni"], role: "target", year: 2024, width: 16 },
      { key: "pe", head: ["Target 2024", "Perubahan"], role: "target", year: 2024, width: 16 },
      { key: "why", head: ["Alasan Perubahan"], role: "keterangan", width: 30 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas:
          k < 2
            ? "Meningkatnya kinerja sarana distribusi perdagangan"
            : "Terjaganya stabilitas harga dan tertib ukur",
        ind: x.ind,
        sat: x.sat,
        mu: fmt(x.mu, x.f),
        pe: fmt(x.pe, x.f),
        why: x.why,
      },
    })),
  });
  s.gap();
  s.lines(["Anggaran pendukung:"], 1, { bold: true });
  const progs: Array<[string, string, number, number]> = [
    [
      "g1",
      "3.30.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      6_842_315_000,
      7_015_880_000,
    ],
    ["g2", "3.30.02 Program Peningkatan Sarana Distribusi Perdagangan", 4_125_600_000, 3_684_250_000],
    [
      "g3",
      "3.30.03 Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting",
      612_450_000,
      845_300_000,
    ],
    ["g4", "3.30.05 Program Standardisasi dan Perlindungan Konsumen", 385_200_000, 392_650_000],
    ["g5", "3.30.07 Program Penggunaan dan Pemasaran Produk Dalam Negeri", 248_900_000, 236_400_000],
  ];
  const g = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 4 },
      { key: "prog", head: ["Program"], role: "indikator", width: 30 },
      { key: "mu", head: ["Anggaran (Rp)", "Murni"], role: "anggaran", year: 2024, fmt: RP, width: 42 },
      { key: "pe", head: ["Anggaran (Rp)", "Perubahan"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
      { key: "d", head: ["Bertambah / (Berkurang)"], fmt: RP, width: 16 },
    ],
    headerRows: 2,
    rows: [
      ...progs.map(([id, nm, mu, pe], k): Row => ({
        id,
        cells: (c: Ctx) => ({ no: k + 1, prog: nm, mu, pe, d: fx(`${c.a("pe")}-${c.a("mu")}`) }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "prog"],
        cells: (c: Ctx) => ({
          no: "JUMLAH",
          mu: fx(`SUM(${c.a("mu", "g1")}:${c.a("mu", "g5")})`),
          // planted: the Perubahan total stops at the fourth programme
          pe: fx(`SUM(${c.a("pe", "g1")}:${c.a("pe", "g4")})`),
          d: fx(`${c.a("pe")}-${c.a("mu")}`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 5, {
    tempat: "Tambak Anyar, 30 September 2024",
    jabatan: ["Kepala Dinas Perdagangan", "Kota Tambak Anyar,"],
    nama: "Drs. BAMBANG SETYO NUGROHO, M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19710605 199803 1 009",
  });
  b.plant({
    at: { sheet: S, cell: t.a("mu", "p2") },
    rules: ["cross-table-mismatch"],
    note: "Murni target 2024 of pasar rakyat dalam kondisi baik typed 74.00 (the Renstra's 2025 target); the Renstra says 68.00 for 2024",
    truth: `'${R}'!${rt.a("y1", "p2")}`,
  });
  b.plant({
    at: { sheet: S, cell: g.a("pe", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Perubahan SUMs four programmes (11,938,080,000); with 3.30.07 (236,400,000) it is 12,174,480,000",
    truth: `SUM(${g.a("pe", "g1")}:${g.a("pe", "g5")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("mu", "p1"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("y1", "p1")}`,
    trap: t.a("pe", "p1"),
  });
  b.ok({
    sheet: S,
    cell: t.a("mu", "p3"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("y1", "p3")}`,
  });
  b.ok({
    sheet: S,
    cell: g.a("mu", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${g.a("mu", "g1")}:${g.a("mu", "g5")})`,
  });
  return b.finish();
}
