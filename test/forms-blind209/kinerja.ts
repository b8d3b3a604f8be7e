// Performance tables of a Dinas Pemadam Kebakaran dan Penyelamatan: the LKjIP 2024 measurement of a
// Nusa Tenggara Barat kabupaten's Dinas (waktu tanggap lower is better, SPM kebakaran, hidran) and the
// PK 2025 of a Sulawesi Tengah kabupaten's Dinas beside its Renstra 2025-2029 targets.
// Every name and number is invented.
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
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = { id: string; ind: string; sat: string; t: number; r: number; neg?: boolean; f: string };

export function lkjipDamkar(): BookW {
  const b = new BookW(
    "lkjip-spm-kebakaran-damkar-lembah-rinjani.xlsx",
    "LKjIP pengukuran kinerja (Dinas Damkar)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Damkar in NTB: No | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; refleksi for the lower-is-better waktu tanggap; Rata-rata and predikat footer; interpretation note below",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN", "KABUPATEN LEMBAH RINJANI"]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Persentase kejadian kebakaran yang ditangani sesuai waktu tanggap (≤ 15 menit)",
      sat: "%",
      t: 75,
      r: 73.08,
      f: DEC,
    },
    { id: "i2", ind: "Rata-rata waktu tanggap kebakaran", sat: "menit", t: 18, r: 16.2, neg: true, f: "0.0" },
    {
      id: "i3",
      ind: "Persentase pelayanan penyelamatan dan evakuasi korban kebakaran (SPM)",
      sat: "%",
      t: 100,
      r: 100,
      f: DEC,
    },
    { id: "i4", ind: "Persentase hidran kota yang berfungsi", sat: "%", t: 78, r: 52.94, f: DEC },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  // i1 97.44, i2 110.00, i3 100.00, i4 67.87
  const caps = rows.map(capOf);
  if (predikatBaik(caps[3]) !== "Cukup") throw new Error("lkjip i4");
  const t = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 48 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "t", head: ["Target 2024"], role: "target", year: 2024, width: 10 },
      { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, width: 10 },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "p", head: ["Kategori"], role: "predikat", year: 2024, width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: `${k + 1}.`,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: i1's capaian is a typed 79.44 among formulas (73.08 / 75 gives 97.44)
          c: x.id === "i1" ? 79.44 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 67.87 (the band > 65 - 75 is Cukup)
          p: x.id === "i4" ? "Baik" : predikatBaik(caps[k]),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator rata-rata waktu tanggap semakin kecil semakin baik: capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; ≤ 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Lembah Rinjani, 20 Februari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "LALU MUHAMMAD SAPTAJI, S.E., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740512 199903 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of the waktu tanggap <= 15 menit is a typed 79.44 among ROUND formulas; 73.08 / 75 x 100 gives 97.44",
    truth: rt(a("r", "i1"), a("t", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Baik' for the hidran capaian 67.87 (52.94 against 78); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
    truth: refl(a("r", "i2"), a("t", "i2")),
    // the waktu tanggap is lower is better: 110.00, not R / T 90.00
    trap: rt(a("r", "i2"), a("t", "i2")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r", "i3"), a("t", "i3")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: rt(a("r", "i4"), a("t", "i4")),
  });
  for (const id of ["i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

// ====================== Dinas Damkar Kabupaten Bukit Pangi, PK 2025 and Renstra 2025-2029

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkDamkar(): BookW {
  const b = new BookW(
    "pk-kadis-damkar-renstra-bukit-pangi.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Dinas Damkar)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target 2025, then No | Program | Anggaran (Rp) | Keterangan with a Jumlah; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Kinerja Awal RPJMD (2024) | 'Target Capaian Kinerja' > I (2025) .. V (2029) | Kondisi Kinerja pada Akhir Periode Renstra; a flow (kejadian) beside rates and a lower-is-better waktu tanggap",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUKIT PANGI"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase kejadian kebakaran yang ditangani sesuai waktu tanggap (≤ 15 menit)",
      sat: "%",
      awal: 76.19,
      tg: [78, 80, 83, 86, 90],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Rata-rata waktu tanggap kebakaran",
      sat: "menit",
      awal: 17.5,
      tg: [17, 16, 15, 14, 13],
      neg: true,
      f: "0.0",
    },
    {
      id: "r3",
      ind: "Persentase WMK yang memiliki pos pemadam",
      sat: "%",
      awal: 60,
      tg: [60, 80, 80, 100, 100],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Jumlah warga terlatih pencegahan kebakaran (Balakar)",
      sat: "orang",
      awal: 240,
      tg: [300, 300, 350, 350, 400],
      f: "0",
    },
  ];
  // planted: the PK target of the waktu tanggap is 16.0, the Renstra 2026 target (2025: 17.0)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 3 ? "Meningkatnya kecepatan layanan pemadaman" : "Meningkatnya partisipasi masyarakat",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], role: "indikator", width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: {
          no: 1,
          pr: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
          rp: 4_186_320_000,
          ket: "APBD",
        },
      },
      {
        id: "p2",
        cells: {
          no: 2,
          pr: "Program Penanggulangan Kebakaran dan Penyelamatan Non Kebakaran",
          rp: 3_742_850_000,
          ket: "APBD",
        },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "pr"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Bukit Pangi, 6 Januari 2025"]);
  s.lines(["Bupati Bukit Pangi,", "", "", "", "Ir. SAMUEL TOMPODUNG"], 2);
  s.r -= 5;
  s.lines(["Kepala Dinas,", "", "", "", "YOHANES LAMATO, S.T., M.Si."], 4);

  const r = b.sheet(R);
  letterhead(r, ["DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KABUPATEN BUKIT PANGI"]);
  r.lines(["Tabel 6.1 Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const ord = ["I", "II", "III", "IV", "V"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode RPJMD (2024)"],
        role: "kondisi-awal",
        year: 2024,
        width: 12,
      },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Capaian Kinerja Tahun ke-", `${ord[k]} (${y})`],
        role: "target",
        year: y,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
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
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        // planted: the pos pemadam row's kondisi akhir is a typed 80 (the 2027 target), 2029 is 100
        ak: x.id === "r3" ? fmt(80, DEC) : fx(c.a("y2029")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the rata-rata waktu tanggap is 16.0 menit, the Renstra 2026 target; the Renstra 2025 target is 17.0",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("ak", "r3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the WMK with pos pemadam is a typed 80.00 (the 2027 target); the 2029 target, and so the end state, is 100.00",
    truth: tr.a("y2029", "r3"),
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: S,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", id)}`,
    });
  for (const id of ["r1", "r2", "r4"])
    b.ok({
      sheet: R,
      cell: tr.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", id),
      // a rate's or a yearly flow's end state is its 2029 target, not the five years added
      trap: `SUM(${tr.a("y2025", id)}:${tr.a("y2029", id)})`,
    });
  b.ok({ sheet: R, cell: tr.a("y2029", "r2"), rules: ["target-trend"], truth: "13" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "p1")}+${t2.a("rp", "p2")}`,
  });
  return b.finish();
}
