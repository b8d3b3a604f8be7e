// Performance tables of a Badan Riset dan Inovasi Daerah (BRIDA): the LKjIP 2024 measurement of a
// Sulawesi Tengah kabupaten's BRIDA (indeks inovasi daerah, inovasi diterapkan, rekomendasi
// kelitbangan, waktu layanan izin penelitian lower is better), and the PK 2025 of a Nusa Tenggara
// Timur kabupaten's BRIDA beside its Renstra 2025-2029 with ordinal years. Every name and number
// is invented.
import {
  BookW,
  DEC,
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

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  f: string;
};

// ================================================= BRIDA Kabupaten Lore Tengah (Sulawesi Tengah), LKjIP 2024

export function lkjipBrida(): BookW {
  const b = new BookW(
    "lkjip-indeks-inovasi-brida-lore-tengah.xlsx",
    "LKjIP pengukuran kinerja (BRIDA)",
    "LKjIP 2024 Tabel 3.1 of a BRIDA in Sulawesi Tengah: No | Indikator Kinerja Utama | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra (2026); ROUND formulas, refleksi on the lower-is-better waktu layanan; Rata-rata row",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LORE TENGAH",
    "BADAN RISET DAN INOVASI DAERAH",
    "Jl. Trans Sulawesi No. 41 Wuasa, Telp. (0451) 480117",
  ]);
  s.lines(["Tabel 3.1", "Capaian Indikator Kinerja Utama BRIDA Kabupaten Lore Tengah Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Indeks Inovasi Daerah (IID) Kabupaten",
      sat: "skor",
      t: 52.5,
      r: 58.36,
      t26: 60,
      f: DEC,
    },
    { id: "i2", ind: "Jumlah inovasi daerah yang diterapkan", sat: "inovasi", t: 40, r: 37, t26: 50, f: "0" },
    {
      id: "i3",
      ind: "Persentase rekomendasi kebijakan hasil kelitbangan yang dimanfaatkan perangkat daerah",
      sat: "%",
      t: 60,
      r: 46.2,
      t26: 70,
      f: DEC,
    },
    {
      id: "i4",
      ind: "Rata-rata waktu penerbitan surat rekomendasi izin penelitian",
      sat: "hari kerja",
      t: 5,
      r: 4,
      t26: 3,
      neg: true,
      f: "0",
    },
    {
      id: "i5",
      ind: "Persentase hasil penelitian yang terdiseminasi kepada pemangku kepentingan",
      sat: "%",
      t: 70,
      r: 50.4,
      t26: 80,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[2]) !== 77 || capOf(rows[4]) !== 72) throw new Error("lkjip brida");
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: ["Predikat"], role: "predikat", width: 13 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: `${k + 1}.`,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: a typed 87.00 among the formulas (46.20 / 60 gives 77.00)
          c: x.id === "i3" ? 87 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for 72.00 (the band > 65 - 75 is Cukup)
          p: x.id === "i5" ? "Baik" : predikatBaik(capOf(x)),
          t26: fmt(x.t26, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator nomor 4 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Wuasa, 24 Februari 2025",
    jabatan: ["Kepala Badan Riset dan Inovasi Daerah,"],
    nama: "Dr. IR. MARTHEN TOLUMBA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720514 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the rekomendasi kelitbangan is a typed 87.00 among ROUND formulas; 46.20 / 60 x 100 gives 77.00 (digit slip)",
    truth: rt(a("r", "i3"), a("t", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Baik' for the capaian 72.00 (50.40 against 70); the band > 65 s.d. 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    if (x.id !== "i3")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
          : ["capaian-mismatch", "percent-out-of-range"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        // the waktu layanan is lower is better: 120.00 by refleksi, not R / T 80.00
        trap: x.neg ? rt(R, T) : undefined,
      });
    if (x.id !== "i3" && x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("t26", "i4"), rules: ["target-trend"], truth: "3" });
  return b.finish();
}

// ====================================== BRIDA Kabupaten Sumba Laut (Nusa Tenggara Timur), PK 2025 and Renstra

type PkInd = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  kind: "level" | "flow";
  f: string;
};

export function pkBrida(): BookW {
  const b = new BookW(
    "pk-kepala-brida-renstra-sumba-laut.xlsx",
    "PK 2025 and Renstra BRIDA 2025-2029 targets",
    "sheet 'PK 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > 1 .. 5 | Kondisi Akhir Renstra; ordinal years resolved from the title; a flow (dokumen kajian) whose kondisi akhir is the sum",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Indeks Inovasi Daerah",
      sat: "skor",
      awal: 48.2,
      tg: [50, 53, 56, 59, 62],
      kind: "level",
      f: DEC,
    },
    {
      id: "r2",
      ind: "Jumlah dokumen kajian kebijakan yang direkomendasikan",
      sat: "dokumen",
      awal: 5,
      tg: [6, 7, 8, 8, 9],
      kind: "flow",
      f: "0",
    },
    {
      id: "r3",
      ind: "Persentase inovasi perangkat daerah yang terdokumentasi dalam basis data inovasi",
      sat: "%",
      awal: 64.5,
      tg: [70, 75, 80, 85, 90],
      kind: "level",
      f: DEC,
    },
    {
      id: "r4",
      ind: "Rata-rata waktu penerbitan rekomendasi penelitian",
      sat: "hari",
      awal: 6,
      tg: [5, 5, 4, 4, 3],
      kind: "level",
      f: "0",
    },
  ];
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBA LAUT", "BADAN RISET DAN INOVASI DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pada hari ini, Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, yang bertanda tangan di bawah ini:",
    "1. YOHANES LEDE NGONGO, S.T., M.T. - Kepala Badan Riset dan Inovasi Daerah, selanjutnya disebut Pihak Pertama",
    "2. Drs. UMBU KAHI TANAMBARU - Bupati Sumba Laut, selanjutnya disebut Pihak Kedua",
  ]);
  s.gap();
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
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
        sas: "Meningkatnya kualitas inovasi dan pemanfaatan hasil kelitbangan daerah",
        ind: x.ind,
        sat: x.sat,
        // planted: the PK takes the IID target of Tahun ke-2 (53.00); Tahun ke-1 (2025) is 50.00
        tg: fmt(x.id === "r1" ? x.tg[1] : x.tg[0], x.f),
      },
    })),
  });
  s.gap();
  s.lines(["Waingapu Baru, 2 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "", "", "", "Drs. UMBU KAHI TANAMBARU"], 2);
  s.r -= 5;
  s.lines(["Pihak Pertama,", "", "", "", "YOHANES LEDE NGONGO, S.T., M.T.", "NIP. 19780822 200312 1 004"], 4);

  const r = b.sheet(R);
  letterhead(r, ["BADAN RISET DAN INOVASI DAERAH KABUPATEN SUMBA LAUT"]);
  r.lines(["Tabel 5.1 Target Indikator Kinerja BRIDA pada Renstra Tahun 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", num: "(2)", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(4)", width: 10 },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Tahun ke-", String(k + 1)],
        role: "target",
        year: y,
        num: `(${5 + k})`,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir Renstra"],
        role: "kondisi-akhir",
        year: 2029,
        num: "(10)",
        width: 11,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        // planted: the kondisi akhir of r3 is a typed 85.00, the Tahun ke-4 target
        ak:
          x.id === "r3"
            ? fmt(85, DEC)
            : x.kind === "flow"
              ? fx(years.map((y) => c.a(`y${y}`)).join("+"))
              : fx(c.a("y2029")),
      }),
    })),
  });
  r.gap();
  r.lines([
    "Catatan: Tahun ke-1 s.d. ke-5 = 2025 s.d. 2029; jumlah dokumen kajian dihitung kumulatif lima tahun.",
  ]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r1") },
        { sheet: R, cell: tr.a("y2025", "r1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Indeks Inovasi Daerah is 53.00, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 50.00",
    truth: `'${R}'!${tr.a("y2025", "r1")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("ak", "r3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the persentase inovasi terdokumentasi is 85.00, the Tahun ke-4 target; a rate ends at the Tahun ke-5 target 90.00",
    truth: tr.a("y2029", "r3"),
  });
  for (const x of rows.slice(1))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  const all = (id: string) => years.map((y) => tr.a(`y${y}`, id)).join("+");
  for (const x of rows) {
    if (x.id === "r3") continue;
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.kind === "flow" ? all(x.id) : tr.a("y2029", x.id),
      // a flow ends at the five years added (38), a level at the last target, not the sum
      trap: x.kind === "flow" ? tr.a("y2029", x.id) : all(x.id),
    });
  }
  b.ok({ sheet: R, cell: tr.a("y2029", "r4"), rules: ["target-trend"], truth: "3" });
  return b.finish();
}
