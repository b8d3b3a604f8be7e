// Performance tables of two Dinas Kesehatan: the LKjIP 2024 measurement of a Jawa Barat kabupaten
// (prevalensi stunting, AKI and AKB lower is better, IDL, akreditasi, SPM) with the Permendagri
// 86/2017 kategori, and the PK 2025 of a Maluku kabupaten's Kepala Dinas beside the Renstra Dinas
// Kesehatan 2025-2029 with ordinal years ("Tahun ke-1 (2025)"). Every name and number is invented.
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

// ========================================== Dinas Kesehatan Kabupaten Cikaso Raya, LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
};

export function lkjipDinkes(): BookW {
  const b = new BookW(
    "lkjip-prevalensi-stunting-dinkes-cikaso-raya.xlsx",
    "LKjIP pengukuran kinerja (Dinas Kesehatan)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Kesehatan in Jawa Barat: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | Target Akhir Renstra (2026); ROUND formulas, refleksi for stunting, AKI and AKB; kategori typed in the Permendagri 86 words; rata-rata and kategori footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN CIKASO RAYA", "DINAS KESEHATAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama Dinas Kesehatan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya derajat kesehatan ibu, anak dan gizi masyarakat";
  const S2 = "Meningkatnya akses dan mutu pelayanan kesehatan dasar";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      r23: 18.2,
      t: 16.5,
      r: 14.9,
      t26: 12,
      neg: true,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Angka kematian ibu",
      sat: "per 100.000 KH",
      r23: 102,
      t: 85,
      r: 96,
      t26: 70,
      neg: true,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Angka kematian bayi",
      sat: "per 1.000 KH",
      r23: 13.1,
      t: 12,
      r: 10.4,
      t26: 10,
      neg: true,
    },
    {
      id: "i4",
      sas: S1,
      ind: "Cakupan imunisasi dasar lengkap",
      sat: "%",
      r23: 88.7,
      t: 95,
      r: 91.2,
      t26: 97,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      r23: 22.5,
      t: 40,
      r: 30,
      t26: 60,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase capaian SPM bidang kesehatan",
      sat: "%",
      r23: 81.35,
      t: 100,
      r: 86.42,
      t26: 100,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[4]) !== 75 || predikat(75) !== "Sedang") throw new Error("lkjip i5");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "k", head: [G, "Kategori"], role: "predikat", year: 2024, width: 13 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, fmt: DEC, width: 12 },
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
          // planted: the AKI (lower is better) has the R / T formula of the positive rows
          c: fx(x.neg && x.id !== "i2" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 75.00 (the band > 65 - 75 is Sedang)
          k: x.id === "i5" ? "Tinggi" : predikat(capOf(x)),
          t26: x.t26,
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          k: "Sangat Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 1 - 3 semakin kecil semakin baik, capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Cikaso, 26 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "dr. RINA MARLIANA SOBARI, M.M.R.S.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780324 200501 2 012",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the angka kematian ibu (lower is better by the note) is =ROUND(R/T*100,2) = 112.94, the positive rows' formula; (2 x 85 - 96) / 85 gives 87.06, as the stunting and AKB rows compute",
    truth: refl(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Tinggi' for the capaian of exactly 75.00 (30 against 40); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    if (x.id !== "i2") {
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        // stunting and AKB are lower is better: the capaian is the refleksi, not R / T
        trap: x.neg ? rt(R, T) : undefined,
      });
      if (x.id !== "i5")
        b.ok({
          sheet: S,
          cell: a("k", x.id),
          rules: ["predikat-mismatch"],
          truth: `PREDIKAT(${a("c", x.id)})`,
        });
    }
    if (x.neg) b.ok({ sheet: S, cell: a("t26", x.id), rules: ["target-trend"], truth: String(x.t26) });
  }
  return b.finish();
}

// ================= Dinas Kesehatan Kabupaten Banda Neira Raya (Maluku), PK 2025 and Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkDinkes(): BookW {
  const b = new BookW(
    "pk-kadinkes-renstra-dinkes-banda-neira-raya.xlsx",
    "PK 2025 and Renstra Dinas Kesehatan 2025-2029 (Dinas Kesehatan)",
    "sheet 'Lampiran PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan | Anggaran (Rp) | Sumber Dana with a JUMLAH of the two programs; sheet 'Renstra Dinkes': No | Indikator | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja' > Tahun ke-1 (2025) .. Tahun ke-5 (2029) | Kondisi Kinerja pada Akhir Periode Renstra; typed kondisi akhir",
  );
  const S = "Lampiran PK 2025";
  const R = "Renstra Dinkes";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BANDA NEIRA RAYA", "DINAS KESEHATAN"]);
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS KESEHATAN KABUPATEN BANDA NEIRA RAYA"]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      awal: 21.4,
      tg: [19.5, 17.8, 16, 14.3, 12.5],
      neg: true,
      f: DEC,
    },
    {
      id: "r2",
      ind: "Cakupan imunisasi dasar lengkap",
      sat: "%",
      awal: 78.6,
      tg: [82, 85, 88, 91, 95],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Angka kematian bayi per 1.000 kelahiran hidup",
      sat: "per 1.000 KH",
      awal: 17,
      tg: [16, 15, 14, 13, 12],
      neg: true,
      f: DEC,
    },
    {
      id: "r4",
      ind: "Persentase capaian SPM bidang kesehatan",
      sat: "%",
      awal: 72.5,
      tg: [78, 82, 86, 90, 95],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Jumlah puskesmas terakreditasi paripurna",
      sat: "puskesmas",
      awal: 3,
      tg: [4, 6, 8, 10, 12],
      f: "0",
    },
  ];
  // planted: the PK target of the AKB is 14.00, the Renstra target of Tahun ke-3 (Tahun ke-1: 16.00)
  const pkTarget = (x: PkInd) => (x.id === "r3" ? x.tg[2] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 3 ? "Menurunnya stunting dan kematian bayi" : "Meningkatnya mutu pelayanan kesehatan dasar",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkTarget(x), x.f),
      },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "nm", head: ["Program / Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: (c) => ({
          no: 1,
          kode: "1.02.01",
          nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
          rp: fx(`${c.a("rp", "k1")}`),
          sd: "DAU",
        }),
      },
      {
        id: "k1",
        cells: {
          kode: "1.02.01.2.02",
          nm: "Administrasi Keuangan Perangkat Daerah",
          rp: 14_286_450_000,
          sd: "DAU",
        },
      },
      {
        id: "p2",
        cells: (c) => ({
          no: 2,
          kode: "1.02.02",
          nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
          rp: fx(`${c.a("rp", "k2")}+${c.a("rp", "k3")}`),
          sd: "DAU / DAK",
        }),
      },
      {
        id: "k2",
        cells: {
          kode: "1.02.02.2.01",
          nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
          rp: 9_742_300_000,
          sd: "DAK",
        },
      },
      {
        id: "k3",
        cells: {
          kode: "1.02.02.2.02",
          nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
          rp: 6_518_725_000,
          sd: "DAU / DAK",
        },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Dobo Neira, 6 Januari 2025"]);
  s.lines(["BUPATI BANDA NEIRA RAYA,", "", "", "", "Drs. MARTHINUS J. RAHANRA, M.Si."], 2);
  s.r -= 5;
  s.lines(
    ["KEPALA DINAS KESEHATAN,", "", "", "", "dr. FATIMAH R. RUMAGIA, M.Kes.", "NIP. 19790502 200604 2 009"],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS KESEHATAN KABUPATEN BANDA NEIRA RAYA"]);
  r.lines([
    "Tabel 6.1 Indikator Kinerja Dinas Kesehatan yang Mengacu pada Tujuan dan Sasaran RPJMD 2025-2029",
  ]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...rows[0].tg.map((_, k): Col => ({
        key: `y${k}`,
        head: ["Target Kinerja", `Tahun ke-${k + 1} (${2025 + k})`],
        role: "target",
        year: 2025 + k,
        width: 10,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
        role: "kondisi-akhir",
        year: 2029,
        width: 13,
      },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(x.tg.map((v, k) => [`y${k}`, fmt(v, x.f)])),
        // planted: the stunting kondisi akhir typed 14.30, the Tahun ke-4 target (Tahun ke-5: 12.50)
        ak: fmt(x.id === "r1" ? x.tg[3] : x.tg[4], x.f),
      },
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("y0", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the angka kematian bayi is 14.00, the Renstra target of Tahun ke-3 (2027); the Renstra Tahun ke-1 (2025) target is 16.00",
    truth: `'${R}'!${tr.a("y0", "r3")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("ak", "r1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the prevalensi stunting is a typed 14.30, the Tahun ke-4 (2028) target; the Tahun ke-5 (2029) target is 12.50",
    truth: tr.a("y4", "r1"),
  });
  for (const x of rows) {
    if (x.id !== "r3")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y0", x.id)}`,
      });
    if (x.id !== "r1")
      b.ok({
        sheet: R,
        cell: tr.a("ak", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: tr.a("y4", x.id),
        // a rate's or a stock's kondisi akhir is the Tahun ke-5 target, not the five years added
        trap: `SUM(${tr.a("y0", x.id)}:${tr.a("y4", x.id)})`,
      });
    if (x.neg) b.ok({ sheet: R, cell: tr.a("y4", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  for (const [k, p] of [
    ["k1", "p1"],
    ["k2", "p2"],
    ["k3", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: t2.a("kode", k),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", k)})`,
      actual: t2.a("kode", p),
    });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "p2"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "k2")}+${t2.a("rp", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "k1")}+${t2.a("rp", "k2")}+${t2.a("rp", "k3")}`,
    // the JUMLAH adds the two programs, not every row of the table
    trap: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "k3")})`,
  });
  return b.finish();
}
