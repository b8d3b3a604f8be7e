// Performance tables of a BKPSDM: the LKjIP 2024 measurement of a Bengkulu kabupaten's BKPSDM with
// the 20 JP computation under it, the PK 2025 of a Sulawesi Utara kabupaten's Kepala BKPSDM beside
// its Renstra 2025-2029 targets, and the IKU matrix of another Sulawesi Utara kabupaten's BKPSDM
// (Indeks Profesionalitas ASN, Indeks Sistem Merit, 20 JP, kenaikan pangkat, hukuman disiplin).
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// =============================================== BKPSDM Kabupaten Seluma Raya (Bengkulu), LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipBkpsdm(): BookW {
  const b = new BookW(
    "lkjip-20jp-ip-asn-bkpsdm-seluma-raya-2024.xlsx",
    "LKjIP pengukuran kinerja (BKPSDM)",
    "LKjIP 2024 Tabel 3.1 of a BKPSDM in Bengkulu: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; capaian ROUND formulas, refleksi on the hukuman disiplin row; Rata-rata and Kategori rows; Tabel 3.2 under it: the 20 JP computation (4,126 ASN, 3,352 with 20 JP, 81.24 %)",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SELUMA RAYA",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja BKPSDM Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya profesionalitas ASN";
  const S2 = "Terwujudnya manajemen ASN berbasis sistem merit";
  const rows: Ind[] = [
    { id: "i1", sas: S1, ind: "Indeks Profesionalitas ASN", sat: "indeks", t: 71, r: 73.48, f: DEC },
    // planted: the realisasi is typed 112.40 (Tabel 3.2 gives 81.24)
    {
      id: "i2",
      sas: S1,
      ind: "Persentase ASN yang memenuhi pengembangan kompetensi 20 JP",
      sat: "%",
      t: 75,
      r: 112.4,
      f: DEC,
    },
    { id: "i3", sas: S2, ind: "Nilai Indeks Sistem Merit", sat: "poin", t: 280, r: 297.5, f: DEC },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase kenaikan pangkat ASN yang ditetapkan tepat waktu",
      sat: "%",
      t: 90,
      r: 87.35,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah ASN yang dijatuhi hukuman disiplin",
      sat: "orang",
      t: 12,
      r: 9,
      neg: true,
      f: "0",
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (predikat(capOf(rows[3])) !== "Sangat Tinggi") throw new Error("lkjip i4");
  const avg = round(rows.reduce((n, x) => n + capOf(x), 0) / rows.length);
  const G = "Kinerja Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 14 },
    ],
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
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          c: fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 97.06 (the band > 90 is Sangat Tinggi)
          p: x.id === "i4" ? "Tinggi" : predikat(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: predikat(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2", "Perhitungan Persentase ASN yang Memenuhi Pengembangan Kompetensi 20 JP"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Uraian"], role: "indikator", width: 44 },
      { key: "v", head: ["s.d. Desember 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 14 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "n",
        cells: { no: "a", u: "Jumlah ASN (PNS dan PPPK) per 31 Desember 2024", v: fmt(4_126, "#,##0") },
      },
      {
        id: "m",
        cells: {
          no: "b",
          u: "ASN dengan pengembangan kompetensi paling sedikit 20 JP",
          v: fmt(3_352, "#,##0"),
        },
      },
      {
        id: "pc",
        cells: (c) => ({ no: "c", u: "Persentase (b / a x 100)", v: fx(rt(c.a("v", "m"), c.a("v", "n"))) }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Tais Raya, 27 Februari 2025",
    jabatan: ["Kepala BKPSDM Kabupaten Seluma Raya,"],
    nama: "RAHMAT HIDAYAT, S.Sos., M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770822 199703 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "i2") },
    rules: ["percent-out-of-range", "cross-table-mismatch"],
    note: "realisasi 112.40 % of the ASN meeting 20 JP is above 100 % for a share of ASN; Tabel 3.2 gives 3,352 / 4,126 = 81.24",
    truth: t2.a("v", "pc"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Tinggi' for the capaian 97.06 (87.35 against 90); the band > 90 of the note is Sangat Tinggi",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  for (const x of rows) {
    if (x.id === "i2") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the hukuman disiplin is lower is better: the refleksi 125.00, not R / T 75.00
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

// =================================== BKPSDM Kabupaten Minahasa Kepulauan (Sulawesi Utara), PK 2025

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkBkpsdm(): BookW {
  const b = new BookW(
    "pk-kaban-bkpsdm-renstra-minahasa-kepulauan-2025.xlsx",
    "PK 2025 and Renstra BKPSDM 2025-2029 targets",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH; both parties sign; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > 1 (2025) .. 5 (2029) | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MINAHASA KEPULAUAN",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Yang bertanda tangan di bawah ini: JEFFRY W. RUNTUKAHU, S.STP., M.Si., Kepala BKPSDM, selanjutnya disebut Pihak Pertama,",
    "dan Dr. OLIVIA M. TAMBUWUN, S.E., M.Si., Bupati Minahasa Kepulauan, selanjutnya disebut Pihak Kedua.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Indeks Profesionalitas ASN",
      sat: "indeks",
      awal: 69.2,
      tg: [71, 73, 75, 77.5, 80],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase ASN yang memenuhi pengembangan kompetensi 20 JP",
      sat: "%",
      awal: 64.8,
      tg: [70, 75, 80, 85, 90],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Nilai Indeks Sistem Merit",
      sat: "poin",
      awal: 251.5,
      tg: [265, 280, 295, 310, 325],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Persentase ASN yang dijatuhi hukuman disiplin",
      sat: "%",
      awal: 1.45,
      tg: [1.3, 1.2, 1.1, 1, 0.9],
      neg: true,
      f: DEC,
    },
  ];
  // planted: the PK target of the 20 JP indicator is the Renstra 2026 target (2025: 70.00)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya profesionalitas dan kompetensi ASN"
            : "Terwujudnya sistem merit dalam manajemen ASN",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, string, number]> = [
    ["g1", "5.04.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 7_418_625_000],
    ["g2", "5.04.02", "Program Kepegawaian Daerah", 1_286_400_000],
    ["g3", "5.04.03", "Program Pengembangan Sumber Daya Manusia", 2_037_950_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, kode, nm, rp], i): Row => ({
        id,
        cells: { no: i + 1, kode, nm, rp, ket: "APBD 2025" },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: the SUM stops at the second program
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g2")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Tondano Pesisir, 6 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "Bupati Minahasa Kepulauan", "", "", "Dr. OLIVIA M. TAMBUWUN, S.E., M.Si."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "Kepala BKPSDM",
      "",
      "",
      "JEFFRY W. RUNTUKAHU, S.STP., M.Si.",
      "NIP. 19810306 200012 1 001",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["BKPSDM KABUPATEN MINAHASA KEPULAUAN"]);
  r.lines(["Tabel 6.1 Indikator Kinerja BKPSDM yang Mengacu pada Tujuan dan Sasaran RPJMD 2025-2029"]);
  r.gap();
  const Y = [1, 2, 3, 4, 5];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode RPJMD (2024)"],
        role: "kondisi-awal",
        year: 2024,
        width: 12,
      },
      ...Y.map((i): Col => ({
        key: `y${i}`,
        head: ["Target Tahun ke-", `${i} (${2024 + i})`],
        role: "target",
        year: 2024 + i,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode RPJMD"],
        role: "kondisi-akhir",
        year: 2029,
        width: 12,
      },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(Y.map((k) => [`y${k}`, fmt(x.tg[k - 1], x.f)])),
        ak: fx(c.a("y5")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y1", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the ASN meeting 20 JP is 75.00, the Renstra Tahun ke-2 (2026) target; the Tahun ke-1 (2025) target is 70.00",
    truth: `'${R}'!${tr.a("y1", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is =SUM over the first two programs (8,705,025,000); with program 5.04.03's 2,037,950,000 the three give 10,742,975,000",
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
      truth: tr.a("y5", x.id),
      // an index / rate: the kondisi akhir is the Tahun ke-5 target, not the five years added up
      trap: `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y5", "r4"), rules: ["target-trend"], truth: "0.9" });
  return b.finish();
}

// ======================================= BKPSDM Kabupaten Minahasa Pegunungan (Sulawesi Utara), IKU

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  ak: number;
  f: string;
};

export function ikuBkpsdm(): BookW {
  const b = new BookW(
    "iku-bkpsdm-merit-ip-asn-minahasa-pegunungan.xlsx",
    "IKU matrix (BKPSDM) 2025-2029",
    "IKU of a BKPSDM in Sulawesi Utara: No | Sasaran Strategis | Indikator Kinerja Utama | Formulasi | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir 2029 | Sumber Data | Penanggung Jawab; all values typed; a lower-is-better disiplin row",
  );
  const S = "IKU BKPSDM";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MINAHASA PEGUNUNGAN",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU)", "BKPSDM KABUPATEN MINAHASA PEGUNUNGAN TAHUN 2025-2029"]);
  s.gap();
  const SA = "Meningkatnya profesionalitas ASN";
  const SB = "Meningkatnya penerapan sistem merit";
  const rows: Iku[] = [
    {
      id: "u1",
      sas: SA,
      ind: "Indeks Profesionalitas ASN",
      rumus: "Penilaian BKN atas dimensi kualifikasi, kompetensi, kinerja dan disiplin",
      sat: "indeks",
      awal: 70.15,
      tg: [72, 74, 76, 78, 80],
      ak: 78,
      f: DEC,
    },
    {
      id: "u2",
      sas: SA,
      ind: "Persentase ASN yang memenuhi pengembangan kompetensi 20 JP",
      rumus: "ASN dengan >= 20 JP / jumlah ASN x 100%",
      sat: "%",
      awal: 61.3,
      tg: [68, 74, 80, 85, 90],
      ak: 90,
      f: DEC,
    },
    {
      id: "u3",
      sas: SB,
      ind: "Nilai Indeks Sistem Merit",
      rumus: "Hasil penilaian mandiri sistem merit terverifikasi BKN",
      sat: "poin",
      awal: 258,
      tg: [270, 285, 262.5, 315, 330],
      ak: 330,
      f: DEC,
    },
    {
      id: "u4",
      sas: SB,
      ind: "Persentase ASN yang dijatuhi hukuman disiplin",
      rumus: "ASN dijatuhi hukuman disiplin / jumlah ASN x 100%",
      sat: "%",
      awal: 1.6,
      tg: [1.5, 1.35, 1.2, 1.05, 0.9],
      ak: 0.9,
      f: DEC,
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 10 },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 16 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(Y.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fmt(x.ak, x.f),
        src: i === 2 ? "Aplikasi I-Merit BKN" : "SIASN / SIMPEG",
        pj: i < 2 ? "Bidang Pengembangan Kompetensi" : "Bidang Mutasi dan Promosi",
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: persentase ASN yang dijatuhi hukuman disiplin semakin kecil semakin baik."]);

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "u3") },
    rules: ["target-trend"],
    note: "the 2027 target of the Indeks Sistem Merit is 262.50, below 2026's 285.00 and the 2024 baseline, between rising targets; the rising path gives 300.00",
    truth: "300",
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "u1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir 2029 of the Indeks Profesionalitas ASN is 78.00, the 2028 target; the 2029 target is 80.00",
    truth: a("y2029", "u1"),
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y2029", x.id),
      // a rate / index: the kondisi akhir is the 2029 target, not the five years added up
      trap: `SUM(${a("y2025", x.id)}:${a("y2029", x.id)})`,
    });
  b.ok({ sheet: S, cell: a("y2029", "u4"), rules: ["target-trend"], truth: "0.9" });
  b.ok({ sheet: S, cell: a("y2027", "u2"), rules: ["target-trend", "target-outlier"], truth: "80" });
  return b.finish();
}
