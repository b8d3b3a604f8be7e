// The plan tables: the Renstra 2025-2029 targets of the Dinas Perumahan dan Kawasan Permukiman of
// Kota Tanjung Sengata (Kalimantan Timur) with a flow (rumah tidak layak huni ditangani per year,
// kondisi akhir the period's sum) and two rates (kawasan kumuh, lower is better; rumah layak huni),
// and the IKU matrix of the Dinas Pemadam Kebakaran of Kota Wolio Raya (Sulawesi Tenggara) with
// 'Alasan' and 'Formulasi' and a response time in minutes (lower is better). Every office, region,
// person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Ctx } from "../forms/kit";

const Y = [2025, 2026, 2027, 2028, 2029];

/** Tabel target kinerja Renstra 2025-2029, Disperkim Kota Tanjung Sengata. */
export function renstraPerkimTanjungSengata(): BookW {
  const b = new BookW(
    "renstra-target-disperkim-kota-tanjung-sengata-2025-2029.xlsx",
    "Renstra target table 2025-2029",
    "Sasaran | Indikator Sasaran | Satuan | Cara Hitung | Baseline (2024) | Target Tahun ke- > 1 (2025) .. 5 (2029) | Kondisi Kinerja Akhir Periode Renstra | Ket.; number row (1)..(12); the flow's end state is SUM of its years, rates take the last year",
  );
  const S = "Tabel 4.2";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG SENGATA",
    "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
    "Jl. Poros Bontang Lama No. 14, Tanjung Sengata - Kalimantan Timur",
  ]);
  s.lines(["Tabel 4.2", "Sasaran, Indikator dan Target Kinerja Renstra Disperkim Tahun 2025 - 2029"], 1, {
    bold: true,
  });
  s.gap();
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    cara: string;
    awal: number;
    t: Cell[];
    ak: Cell;
    f: string;
    ket?: string;
  };
  const rows: Array<(x: Ctx) => I> = [
    (x) => ({
      id: "rtlh",
      sas: "Meningkatnya kualitas hunian masyarakat berpenghasilan rendah",
      ind: "Jumlah rumah tidak layak huni (RTLH) yang ditangani",
      sat: "unit/tahun",
      cara: "Jumlah RTLH yang selesai ditingkatkan kualitasnya dalam tahun berjalan",
      awal: 286,
      t: [315, 340, 360, 385, 410],
      ak: fx(`SUM(${x.a("y2025")}:${x.a("y2029")})`),
      f: INT,
      ket: "kumulatif 5 tahun",
    }),
    (x) => ({
      id: "rlh",
      sas: "Meningkatnya kualitas hunian masyarakat berpenghasilan rendah",
      ind: "Persentase rumah layak huni",
      sat: "%",
      cara: "(Jumlah rumah layak huni / jumlah seluruh rumah) x 100%",
      awal: 86.14,
      // planted: 2027 typed 87.90 (the digits of 89.70 swapped), below 2026
      t: [87.25, 88.4, 87.9, 90.85, 92.1],
      ak: fx(`${x.a("y2029")}`),
      f: DEC,
    }),
    () => ({
      id: "kumuh",
      sas: "Menurunnya luasan permukiman kumuh perkotaan",
      ind: "Persentase luas kawasan permukiman kumuh terhadap luas kawasan permukiman",
      sat: "%",
      cara: "(Luas kawasan kumuh / luas kawasan permukiman) x 100% (semakin kecil semakin baik)",
      awal: 8.46,
      t: [7.62, 6.85, 5.94, 5.1, 4.3],
      // planted: the end state typed as the 2028 target
      ak: 5.1,
      f: DEC,
      ket: "polaritas negatif",
    }),
    (x) => ({
      id: "psu",
      sas: "Menurunnya luasan permukiman kumuh perkotaan",
      ind: "Persentase perumahan yang telah dilengkapi PSU dan diserahterimakan",
      sat: "%",
      cara: "(Perumahan dengan PSU terserah terima / jumlah perumahan terbangun) x 100%",
      awal: 41.3,
      t: [45, 50, 55, 60, 65],
      ak: fx(`${x.a("y2029")}`),
      f: DEC,
    }),
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(1)", width: 30 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", num: "(2)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 10 },
    { key: "cara", head: ["Cara Hitung"], role: "rumus", num: "(4)", width: 36 },
    {
      key: "awal",
      head: ["Baseline (2024)"],
      role: ["kondisi-awal"][0] as "kondisi-awal",
      year: 2024,
      num: "(5)",
    },
    ...Y.map((y, i): Col => ({
      key: `y${y}`,
      head: ["Target Tahun ke-", `${i + 1} (${y})`],
      role: "target",
      year: y,
      num: `(${6 + i})`,
    })),
    {
      key: "ak",
      head: ["Kondisi Kinerja Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(11)",
    },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "(12)", width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((mk) => ({
      id: (mk({ r: 0, row: () => 0, c: () => "A", a: () => "A1" }) as I).id,
      cells: (x: Ctx) => {
        const i = mk(x);
        const c: Record<string, Cell> = { sas: i.sas, ind: i.ind, sat: i.sat, cara: i.cara, ket: i.ket };
        const fm = (v: Cell) => (typeof v === "number" ? { v, fmt: i.f } : v);
        c.awal = fm(i.awal);
        Y.forEach((y, j) => (c[`y${y}`] = fm(i.t[j])));
        c.ak = typeof i.ak === "number" ? fm(i.ak) : i.ak;
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator RTLH bersifat aliran (unit per tahun); kondisi akhir adalah jumlah penanganan selama lima tahun.",
    "Indikator persentase kawasan kumuh berpolaritas negatif: target menurun setiap tahun.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Sengata, 12 Mei 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman,"],
    nama: "Ir. HERMANSYAH DWI PRAKOSO, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19740319 200003 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2027", "rlh") },
    rules: ["target-trend"],
    note: "Persentase rumah layak huni 2027 typed 87.90 between 88.40 (2026) and 90.85 (2028): the digits of 89.70 swapped, the target falls for a higher-is-better rate",
    truth: "89.7",
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "kumuh") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the kawasan kumuh rate typed 5.10 (the 2028 target); the rate's end state is the 2029 target 4.30",
    truth: a("y2029", "kumuh"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "rtlh"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y2025", "rtlh")}:${a("y2029", "rtlh")})`,
    trap: a("y2029", "rtlh"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "psu"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2029", "psu"),
    trap: `SUM(${a("y2025", "psu")}:${a("y2029", "psu")})`,
  });
  b.ok({
    sheet: S,
    cell: a("y2029", "kumuh"),
    rules: ["target-trend"],
    truth: "4.3",
    trap: a("y2025", "kumuh"),
  });
  return b.finish();
}

/** Matriks IKU 2025-2029, Dinas Pemadam Kebakaran Kota Wolio Raya. */
export function ikuDamkarWolioRaya(): BookW {
  const b = new BookW(
    "matriks-iku-damkar-kota-wolio-raya-2025-2029.xlsx",
    "IKU matrix with Alasan and Formulasi",
    "No | Sasaran Strategis | Indikator Kinerja Utama | Alasan | Formulasi | Satuan | Target > 2025 .. 2029 | Sumber Data | Penanggung Jawab; no number row; the response time falls (lower is better)",
  );
  const S = "IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA WOLIO RAYA", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) PERANGKAT DAERAH", "PERIODE 2025 - 2029"], 1, { bold: true });
  s.gap();
  const inds = [
    {
      id: "rt",
      sas: "Meningkatnya kecepatan penanganan kebakaran",
      ind: "Waktu tanggap (response time) penanganan kebakaran",
      al: "Mengukur kecepatan petugas tiba di lokasi sejak informasi diterima sesuai SPM sub urusan kebakaran",
      fo: "Rata-rata selisih waktu tiba di lokasi dengan waktu laporan diterima (menit)",
      sat: "menit",
      // planted: 2028 typed 21 (the digits of 12 swapped)
      t: [15, 14, 13, 21, 11],
      sd: "Laporan kejadian kebakaran (Pusdalops)",
      pj: "Kepala Bidang Operasi",
    },
    {
      id: "spm",
      sas: "Meningkatnya kecepatan penanganan kebakaran",
      ind: "Persentase pelayanan penyelamatan dan evakuasi korban kebakaran sesuai SPM",
      al: "Indikator SPM sub urusan kebakaran (Permendagri 59/2021)",
      fo: "(Jumlah korban yang diselamatkan sesuai SPM / jumlah korban kebakaran) x 100%",
      sat: "%",
      t: [82, 85, 88, 91, 94],
      sd: "Laporan SPM Bidang Operasi",
      pj: "Kepala Bidang Penyelamatan",
    },
    {
      id: "wmk",
      sas: "Meningkatnya cakupan wilayah manajemen kebakaran",
      ind: "Persentase cakupan wilayah manajemen kebakaran (WMK) yang terlayani",
      al: "Mengukur jangkauan pos pemadam terhadap luas kawasan terbangun kota",
      fo: "(Luas WMK terlayani pos / luas kawasan terbangun) x 100%",
      sat: "%",
      t: [58.5, 62, 66.5, 70, 75],
      sd: "Peta WMK dan data pos",
      pj: "Sekretaris",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "al", head: ["Alasan"], role: "definisi", width: 34 },
    { key: "fo", head: ["Formulasi"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target", `${y}`], role: "target", year: y, fmt: "0.0" })),
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 22 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: inds.map((i, k) => ({
      id: i.id,
      cells: () => {
        const c: Record<string, Cell> = {
          no: k + 1,
          sas: i.sas,
          ind: i.ind,
          al: i.al,
          fo: i.fo,
          sat: i.sat,
          sd: i.sd,
          pj: i.pj,
        };
        Y.forEach((y, j) => (c[`y${y}`] = i.t[j]));
        return c;
      },
    })),
  });
  s.gap();
  signature(s, 9, {
    tempat: "Wolio Raya, 3 Maret 2025",
    jabatan: ["Kepala Dinas Pemadam Kebakaran dan Penyelamatan,"],
    nama: "LA ODE MUHAMMAD SYAFRUDDIN, S.Sos., M.Si",
    pangkat: "Pembina Tingkat I",
    nip: "19780611 200604 1 013",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2028", "rt") },
    rules: ["target-trend", "target-outlier"],
    note: "Response time target 2028 typed 21 minutes between 13 (2027) and 11 (2029): the digits of 12 swapped, the time rises for a lower-is-better indicator",
    truth: `(${a("y2027", "rt")}+${a("y2029", "rt")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("y2026", "rt"),
    rules: ["target-trend"],
    truth: "14",
    trap: a("y2025", "rt"),
  });
  b.ok({ sheet: S, cell: a("y2029", "wmk"), rules: ["target-trend"], truth: "75" });
  return b.finish();
}
