// Performance tables of the fifth unseen set: an LKjIP of a Badan Kesbangpol with Target / Realisasi /
// Capaian 2024 (capaian formulas, refleksi for lower-is-better indicators), a "Status" column
// (Tercapai / Tidak Tercapai) and a "Kategori" predikat, and a Dinas Perdagangan table of target,
// realisasi and rasio capaian 2022-2024 that starts in column B (column A empty) under a two-line
// title. Every name and number is invented.
import { BookW, DEC, fx, predikatBaik, round, signature, type Col } from "../forms/kit";

// ==================================================================== LKjIP 2024 (Kesbangpol)

type LkIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg?: boolean;
  t: number;
  r: number;
};

/** LKjIP 2024 of Badan Kesatuan Bangsa dan Politik Kabupaten Tirtamaya: Status and Kategori columns. */
export function lkjip(): BookW {
  const b = new BookW(
    "lkjip-status-kesbangpol-tirtamaya.xlsx",
    "LKjIP",
    "LKjIP 2024 of a Badan Kesbangpol: capaian formulas (refleksi on lower-is-better rows), Status Tercapai / Tidak Tercapai, Kategori",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Kinerja Badan Kesatuan Bangsa dan Politik Kabupaten Tirtamaya Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya stabilitas keamanan dan ketertiban sosial politik daerah";
  const S2 = "Meningkatnya kualitas demokrasi dan partisipasi politik masyarakat";
  const rows: LkIn[] = [
    { id: "a", sas: S1, ind: "Persentase konflik sosial yang tertangani", sat: "%", t: 100, r: 100 },
    { id: "b", sas: S1, ind: "Jumlah kejadian konflik sosial", sat: "kejadian", neg: true, t: 6, r: 4 },
    {
      id: "c",
      sas: S1,
      ind: "Jumlah aksi unjuk rasa yang berakhir anarkis",
      sat: "kejadian",
      neg: true,
      t: 3,
      r: 2,
    },
    {
      id: "d",
      sas: S1,
      ind: "Persentase rekomendasi kewaspadaan dini yang ditindaklanjuti",
      sat: "%",
      t: 85,
      r: 82.45,
    },
    { id: "e", sas: S2, ind: "Indeks Demokrasi Indonesia (IDI) Kabupaten", sat: "indeks", t: 78.5, r: 76.84 },
    {
      id: "f",
      sas: S2,
      ind: "Persentase ormas yang melaporkan keberadaan dan kegiatannya",
      sat: "%",
      t: 70,
      r: 58.6,
    },
    { id: "g", sas: S2, ind: "Tingkat partisipasi pemilih pada Pemilu 2024", sat: "%", t: 80, r: 81.35 },
  ];
  const PLANT_F = "c"; // R/T formula on a lower-is-better indicator
  const PLANT_ST = "d"; // "Tercapai" for a capaian below 100
  const cap = (x: LkIn) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const shown = (x: LkIn) => (x.id === PLANT_F ? round((x.r / x.t) * 100) : cap(x));
  const status = (p: number) => (p >= 100 ? "Tercapai" : "Tidak Tercapai");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "st", head: ["Status"], width: 15 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 13 },
  ];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x) => ({
      id: x.id,
      cells: (c) => {
        const T = c.a("t");
        const R = c.a("r");
        const p = shown(x);
        return {
          no: ++no,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          c: fx(x.neg && x.id !== PLANT_F ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`),
          st: x.id === PLANT_ST ? "Tercapai" : status(p),
          kat: predikatBaik(p),
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: capaian indikator yang semakin kecil semakin baik (jumlah kejadian konflik dan unjuk rasa anarkis) dihitung (2 x Target - Realisasi) / Target x 100.",
    "Status: Tercapai bila capaian >= 100 %, Tidak Tercapai bila capaian < 100 %.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tirtamaya, 14 Februari 2025",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "KABUPATEN TIRTAMAYA,"],
    nama: "Drs. AGUS PRIYANTO, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19680921 199003 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", PLANT_F) },
    rules: ["capaian-mismatch"],
    note: "capaian of unjuk rasa anarkis (lower is better) is =ROUND(R/T*100,2) = 66.67; the note says refleksi: (2x3-2)/3 gives 133.33",
    truth: refl(PLANT_F),
  });
  b.plant({
    at: { sheet: S, cell: a("st", PLANT_ST) },
    rules: ["predikat-mismatch"],
    note: "Status 'Tercapai' for a capaian of 97.00; the note says Tercapai only from 100 %",
    truth: '"Tidak Tercapai"',
  });
  for (const x of rows) {
    if (x.id === PLANT_F) continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(x.id) : rt(x.id),
      trap: x.neg ? rt(x.id) : undefined,
    });
    b.ok({
      sheet: S,
      cell: a("kat", x.id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
    });
    if (x.id !== PLANT_ST)
      b.ok({ sheet: S, cell: a("st", x.id), rules: ["predikat-mismatch"], truth: `"${status(cap(x))}"` });
  }
  return b.finish();
}

// ======================================================== Dinas Perdagangan, table from column B

type DgIn = { id: string; ind: string; sat: string; neg?: boolean; t: number[]; r: number[] };

/** Target, realisasi and rasio capaian 2022-2024 of Dinas Perdagangan Kota Bandarsela, from column B. */
export function perdagangan(): BookW {
  const b = new BookW(
    "kinerja-kolomb-disdag-bandarsela.xlsx",
    "T-C.23",
    "pencapaian kinerja pelayanan 2022-2024 of a Dinas Perdagangan: column A empty, header from column B under a two-line title",
  );
  const S = "Kinerja Pelayanan";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 2.3.1 Pencapaian Kinerja Pelayanan Dinas Perdagangan Kota Bandarsela", "Tahun 2022 - 2024"],
    2,
    { bold: true },
  );
  s.gap();
  const YR = [2022, 2023, 2024];
  const rows: DgIn[] = [
    {
      id: "a",
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      t: [55, 60, 65],
      r: [56.2, 61.8, 64.1],
    },
    {
      id: "b",
      ind: "Jumlah pelaku usaha yang mengikuti pameran dan promosi dagang",
      sat: "pelaku usaha",
      t: [120, 140, 160],
      r: [131, 152, 149],
    },
    {
      id: "c",
      ind: "Persentase alat UTTP yang ditera dan ditera ulang",
      sat: "%",
      t: [75, 78, 80],
      r: [72.4, 79.1, 81.6],
    },
    {
      id: "d",
      ind: "Disparitas harga bahan pokok antarwilayah",
      sat: "%",
      neg: true,
      t: [12, 11, 10],
      r: [13.2, 10.4, 9.1],
    },
    {
      id: "e",
      ind: "Nilai ekspor produk unggulan daerah",
      sat: "juta USD",
      t: [42.5, 45, 48],
      r: [44.1, 43.2, 50.7],
    },
    {
      id: "f",
      ind: "Jumlah pasar rakyat yang direvitalisasi",
      sat: "unit",
      t: [2, 2, 3],
      r: [2, 2, 3],
    },
  ];
  const rasio = (x: DgIn, i: number) =>
    round(x.neg ? ((2 * x.t[i] - x.r[i]) / x.t[i]) * 100 : (x.r[i] / x.t[i]) * 100);
  const PLANT_SW = { id: "b", i: 1, val: 105.87 }; // 108.57 with two digits swapped
  const PLANT_POL = { id: "d", i: 2 }; // R/T on the lower-is-better row, 2024 only
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    ...YR.map((y, i): Col => ({
      key: `t${i}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    ...YR.map((y, i): Col => ({
      key: `r${i}`,
      head: ["Realisasi", String(y)],
      role: "realisasi",
      year: y,
      fmt: DEC,
    })),
    ...YR.map((y, i): Col => ({
      key: `c${i}`,
      head: ["Rasio Capaian (%)", String(y)],
      role: "capaian",
      year: y,
      fmt: DEC,
    })),
  ];
  let no = 0;
  const t = s.table(
    {
      cols,
      headerRows: 2,
      rows: rows.map((x) => {
        const cells: Record<string, number | string> = { no: ++no, ind: x.ind, sat: x.sat };
        YR.forEach((_, i) => {
          cells[`t${i}`] = x.t[i];
          cells[`r${i}`] = x.r[i];
          cells[`c${i}`] = rasio(x, i);
        });
        if (x.id === PLANT_SW.id) cells[`c${PLANT_SW.i}`] = PLANT_SW.val;
        if (x.id === PLANT_POL.id)
          cells[`c${PLANT_POL.i}`] = round((x.r[PLANT_POL.i] / x.t[PLANT_POL.i]) * 100);
        return { id: x.id, cells };
      }),
    },
    2,
  );
  s.gap();
  s.lines(
    [
      "Keterangan: disparitas harga antarwilayah semakin kecil semakin baik; rasio capaiannya dihitung (2 x Target - Realisasi) / Target x 100.",
    ],
    2,
  );
  s.gap();
  signature(s, 10, {
    tempat: "Bandarsela, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERDAGANGAN", "KOTA BANDARSELA,"],
    nama: "MUHAMMAD RIZAL FAUZI, S.E., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19770514 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, i: number) =>
    `ROUND((2*${a(`t${i}`, id)}-${a(`r${i}`, id)})/${a(`t${i}`, id)}*100,2)`;
  const rt = (id: string, i: number) => `ROUND(${a(`r${i}`, id)}/${a(`t${i}`, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a(`c${PLANT_SW.i}`, PLANT_SW.id) },
    rules: ["capaian-mismatch"],
    note: "rasio capaian 2023 of pelaku usaha pameran is 105.87; 152 / 140 gives 108.57",
    truth: rt(PLANT_SW.id, PLANT_SW.i),
  });
  b.plant({
    at: { sheet: S, cell: a(`c${PLANT_POL.i}`, PLANT_POL.id) },
    rules: ["capaian-mismatch"],
    note: "rasio capaian 2024 of disparitas harga (lower is better) is R/T = 91.00; the note and 2022-2023 use refleksi: (2x10-9.1)/10 gives 109.00",
    truth: refl(PLANT_POL.id, PLANT_POL.i),
  });
  for (const x of rows)
    YR.forEach((_, i) => {
      if ((x.id === PLANT_SW.id && i === PLANT_SW.i) || (x.id === PLANT_POL.id && i === PLANT_POL.i)) return;
      b.ok({
        sheet: S,
        cell: a(`c${i}`, x.id),
        rules: ["capaian-mismatch"],
        truth: x.neg ? refl(x.id, i) : rt(x.id, i),
        trap: x.neg ? rt(x.id, i) : undefined,
      });
    });
  return b.finish();
}
