// The PK Perubahan 2025 (semula / menjadi) of the Dinas Pertanian of Kabupaten Rokan Tengah with its
// programs and anggaran, and the Renstra 2025-2029 targets on a second sheet, as the provincial
// Bappeda checked them: the Semula targets are the Renstra 2025 targets, the Menjadi differ only where
// the Keterangan gives the budget cut; the Renstra's count of hectares served sums its years into
// its kondisi akhir. Every name and number is invented.
import { BookW, DEC, INT, RP, fmt, fx, letterhead, type Cell, type Col, type Row } from "../forms/kit";
import { REVIEW } from "./common";

type In = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  ren: [number, number, number, number, number];
  menjadi?: number;
  ket?: string;
  count?: boolean;
  f: string;
};
type Pr = { id: string; kode: string; nama: string; semula: number; menjadi: number; ket: string };

const Y = [2025, 2026, 2027, 2028, 2029];

/** PK Perubahan 2025 Dinas Pertanian Kabupaten Rokan Tengah, with the Renstra 2025-2029. */
export function pkPerubahanRokanTengah(): BookW {
  const b = new BookW(
    "pk-perubahan-semula-menjadi-rokantengah.xlsx",
    "PK Perubahan 2025 semula / menjadi with programs and anggaran, and the Renstra 2025-2029 (Dinas Pertanian)",
    "sheet `PK Perubahan 2025`: statement lines, then Tabel 1 No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Target Tahun 2025' > Semula | Menjadi | Keterangan Perubahan; under it Tabel 2 No | Kode | Program | 'Anggaran (Rp)' > Semula | Menjadi | Bertambah / (Berkurang) | Keterangan with a JUMLAH row of SUM formulas; sheet `Renstra 2025-2029`: No | Indikator Kinerja | Satuan | Kondisi Awal (2024) | 'Target Renstra' > 2025 .. 2029 | Kondisi Akhir (2029), a count of hectares whose kondisi akhir is `SUM`",
  );
  const P = "PK Perubahan 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(P);
  const S1 = "Meningkatnya produksi dan produktivitas tanaman pangan";
  const S2 = "Meningkatnya kesejahteraan petani";
  const inds: In[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Produktivitas padi sawah",
      sat: "ku/ha",
      awal: 51.8,
      ren: [52.4, 53.1, 53.8, 54.5, 55.2],
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Luas lahan sawah yang difasilitasi pompa dan alsintan",
      sat: "ha",
      awal: 1150,
      ren: [1200, 1250, 1300, 1350, 1400],
      menjadi: 950,
      ket: "Pengurangan pagu Program Sarana Pertanian (efisiensi belanja 2025)",
      count: true,
      f: INT,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase susut hasil panen padi",
      sat: "%",
      awal: 11.2,
      ren: [10.8, 10.4, 10.0, 9.6, 9.2],
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase kelompok tani berkelas madya ke atas",
      sat: "%",
      awal: 31,
      ren: [34, 37, 40, 43, 46],
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Nilai Tukar Petani (NTP) subsektor tanaman pangan",
      sat: "indeks",
      awal: 107.9,
      ren: [108.5, 109.2, 110.0, 110.8, 111.5],
      f: DEC,
    },
  ];
  // planted 1: the kelompok tani target Semula (and Menjadi) 37.00, the Renstra 2026 target; 2025 is 34.00
  const PLANT_X = { id: "i4", v: 37 };
  const prs: Pr[] = [
    {
      id: "g1",
      kode: "3.27.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      semula: 8945320000,
      menjadi: 8512760000,
      ket: "Efisiensi perjalanan dinas dan ATK",
    },
    {
      id: "g2",
      kode: "3.27.02",
      nama: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      semula: 6480000000,
      menjadi: 5120500000,
      ket: "Pengurangan pengadaan pompa air",
    },
    {
      id: "g3",
      kode: "3.27.03",
      nama: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      semula: 4250000000,
      menjadi: 4185000000,
      ket: "Efisiensi konsultan pengawas",
    },
    {
      id: "g4",
      kode: "3.27.07",
      nama: "Program Penyuluhan Pertanian",
      semula: 1875400000,
      menjadi: 1640250000,
      ket: "Efisiensi honorarium",
    },
    {
      id: "g5",
      kode: "3.27.06",
      nama: "Program Pengendalian dan Penanggulangan Bencana Pertanian",
      semula: 620000000,
      menjadi: 712800000,
      ket: "Tambahan untuk serangan OPT",
    },
  ];
  // planted 2: JUMLAH Menjadi =SUM over the first four programs only (19,458,510,000, not 20,171,310,000)
  letterhead(s, ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2025", "DINAS PERTANIAN KABUPATEN ROKAN TENGAH"]);
  s.lines(
    [
      "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
      "Nama    : Ir. RAHMAT HIDAYAT SIREGAR, M.P.      Jabatan : Kepala Dinas Pertanian",
      "selanjutnya disebut PIHAK PERTAMA, dan Nama : H. MUHAMMAD YUNUS LUBIS, S.H.  Jabatan : Bupati Rokan Tengah, selanjutnya disebut PIHAK KEDUA,",
      "sepakat mengubah target kinerja dan anggaran sebagaimana tabel berikut.",
    ],
    1,
  );
  s.gap();
  s.lines(["Tabel 1. Sasaran dan Target Kinerja"]);
  const c1: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 16 },
    { key: "sem", head: ["Target Tahun 2025", "Semula"], role: "target", year: 2025, width: 14 },
    { key: "mnj", head: ["Target Tahun 2025", "Menjadi"], role: "target", year: 2025, width: 14 },
    { key: "ket", head: ["Keterangan Perubahan"], role: "keterangan", width: 30 },
  ];
  const t1 = s.table({
    cols: c1,
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: () => {
        const sem = x.id === PLANT_X.id ? PLANT_X.v : x.ren[0];
        return {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          sem: fmt(sem, x.f),
          mnj: fmt(x.menjadi ?? sem, x.f),
          ket: x.ket ?? "Tetap",
        };
      },
    })),
  });
  s.gap();
  s.lines(["Tabel 2. Program dan Anggaran"]);
  const c2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 10 },
    { key: "nama", head: ["Program"], width: 40 },
    { key: "sem", head: ["Anggaran (Rp)", "Semula"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "mnj", head: ["Anggaran (Rp)", "Menjadi"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "sel", head: ["Anggaran (Rp)", "Bertambah / (Berkurang)"], fmt: RP, width: 18 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 30 },
  ];
  const first = prs[0].id;
  const last = prs[prs.length - 1].id;
  const t2 = s.table({
    cols: c2,
    headerRows: 2,
    rows: [
      ...prs.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          kode: x.kode,
          nama: x.nama,
          sem: x.semula,
          mnj: x.menjadi,
          sel: fx(`${c.a("mnj")}-${c.a("sem")}`),
          ket: x.ket,
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => ({
          no: "JUMLAH",
          sem: fx(`SUM(${c.a("sem", first)}:${c.a("sem", last)})`),
          mnj: fx(`SUM(${c.a("mnj", first)}:${c.a("mnj", "g4")})`),
          sel: fx(`${c.a("mnj")}-${c.a("sem")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Ujung Rokan, 2 Juni 2025"], 5);
  s.lines(["PIHAK KEDUA,"], 2);
  s.r--;
  s.lines(["PIHAK PERTAMA,"], 5);
  s.gap(3);
  s.lines(["H. MUHAMMAD YUNUS LUBIS, S.H."], 2);
  s.r--;
  s.lines(["Ir. RAHMAT HIDAYAT SIREGAR, M.P.", "NIP. 19730619 199903 1 008"], 5);

  // ---- Renstra sheet
  const r = b.sheet(R);
  letterhead(r, [REVIEW]);
  r.lines(["Target Kinerja Renstra Dinas Pertanian Kabupaten Rokan Tengah 2025-2029 (Tabel 6.1)"]);
  r.gap();
  const cr: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
    ...Y.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Renstra", String(y)],
      role: "target",
      year: y,
      width: 10,
    })),
    { key: "akhir", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 11 },
  ];
  const tr = r.table({
    cols: cr,
    headerRows: 2,
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const out: Record<string, Cell> = { no: k + 1, ind: x.ind, sat: x.sat, awal: fmt(x.awal, x.f) };
        Y.forEach((y, j) => (out[`t${y}`] = fmt(x.ren[j], x.f)));
        out.akhir = x.count ? fx(`SUM(${c.a("t2025")}:${c.a("t2029")})`) : fmt(x.ren[4], x.f);
        return out;
      },
    })),
  });
  r.gap();
  r.lines([
    "Catatan: susut hasil panen semakin kecil semakin baik; luas lahan difasilitasi adalah jumlah per tahun (kondisi akhir = kumulatif 5 tahun).",
  ]);
  b.finish();
  const ren = (k: string, id: string) => `'${R}'!${tr.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("sem", PLANT_X.id) },
        { sheet: P, cell: t1.a("mnj", PLANT_X.id) },
        { sheet: R, cell: tr.a("t2025", PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "target Semula 2025 of the persentase kelompok tani berkelas madya ke atas is 37.00 (kept in Menjadi), the Renstra 2026 target; the Renstra 2025 target is 34.00",
    truth: ren("t2025", PLANT_X.id),
  });
  b.plant({
    at: { sheet: P, cell: t2.a("mnj", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran Menjadi is `=SUM(E..)` over the first four programs: 19,458,510,000; with Pengendalian dan Penanggulangan Bencana Pertanian (712,800,000) the five give 20,171,310,000",
    truth: `SUM(${t2.a("mnj", first)}:${t2.a("mnj", last)})`,
  });
  for (const x of inds) {
    if (x.id !== PLANT_X.id)
      b.ok({ sheet: P, cell: t1.a("sem", x.id), rules: ["cross-table-mismatch"], truth: ren("t2025", x.id) });
    b.ok({
      sheet: R,
      cell: tr.a("akhir", x.id),
      rules: x.count ? ["kondisi-akhir-mismatch", "sum-mismatch"] : ["kondisi-akhir-mismatch"],
      truth: x.count ? `SUM(${tr.a("t2025", x.id)}:${tr.a("t2029", x.id)})` : tr.a("t2029", x.id),
      trap: x.count ? tr.a("t2029", x.id) : `SUM(${tr.a("t2025", x.id)}:${tr.a("t2029", x.id)})`,
    });
  }
  b.ok({
    sheet: P,
    cell: t2.a("sem", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.a("sem", first)}:${t2.a("sem", last)})`,
  });
  for (const y of [2026, 2028])
    b.ok({ sheet: R, cell: tr.a(`t${y}`, "i3"), rules: ["target-trend"], truth: tr.a(`t${y}`, "i3") });
  return b;
}
