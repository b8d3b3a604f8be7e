// Performance tables of the eighth unseen set: an IKU of a Dinas Pariwisata with a "Formulasi"
// column and a "Polaritas" column reading Maximize / Minimize (the words of the e-SAKIP systems),
// targets 2025-2029 and the kondisi akhir; and the capaian kinerja and anggaran of an RSUD pasted from
// a PDF, every number typed as text in Indonesian format ("17.682.415.350,00", "95,80", "91.245").
// Every name and number is invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, fmt, round, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

// =============================================== IKU 2025-2029 with Polaritas (Dinas Pariwisata)

type IkIn = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  pol: "Maximize" | "Minimize";
  sat: string;
  awal: number;
  tg: number[];
  sd: string;
  pj: string;
};

const YI = [2025, 2026, 2027, 2028, 2029];

/** IKU Dinas Pariwisata Kabupaten Sagaraanom 2025-2029: Formulasi, Polaritas Maximize / Minimize. */
export function ikuDispar(): BookW {
  const b = new BookW(
    "iku-polaritas-dispar-sagaraanom.xlsx",
    "IKU with polaritas",
    "IKU of a Dinas Pariwisata 2025-2029: Sasaran Strategis | IKU | Formulasi | Polaritas (Maximize / Minimize) | Satuan | Kondisi Awal (2024) | Target 2025..2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; two Minimize rates with falling targets",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS PARIWISATA KABUPATEN SAGARAANOM",
    "NOMOR 000.8/112/DISPAR/2025",
    "INDIKATOR KINERJA UTAMA DINAS PARIWISATA TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya kontribusi sektor pariwisata terhadap perekonomian daerah";
  const S2 = "Meningkatnya kualitas destinasi dan layanan pariwisata";
  const rows: IkIn[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Kontribusi sektor pariwisata terhadap PDRB",
      rumus: "(PDRB lapangan usaha penyediaan akomodasi dan makan minum ADHB / Total PDRB ADHB) x 100%",
      pol: "Maximize",
      sat: "%",
      awal: 4.82,
      tg: [4.95, 5.1, 5.25, 5.4, 5.55],
      sd: "BPS Kabupaten Sagaraanom",
      pj: "Sekretaris Dinas",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Rata-rata lama menginap wisatawan",
      rumus: "Jumlah malam menginap tamu / Jumlah tamu yang menginap",
      pol: "Maximize",
      sat: "hari",
      awal: 1.74,
      tg: [1.8, 1.9, 2, 2.1, 2.2],
      sd: "BPS (Survei VHTS)",
      pj: "Kepala Bidang Pemasaran Pariwisata",
    },
    {
      id: "i3",
      sas: S1,
      ind: "Tingkat Penghunian Kamar (TPK) hotel",
      rumus: "(Jumlah malam kamar yang terpakai / Jumlah malam kamar yang tersedia) x 100%",
      pol: "Maximize",
      sat: "%",
      awal: 52.4,
      tg: [53, 54.5, 56, 57.5, 59],
      sd: "BPS (Survei VHTS)",
      pj: "Kepala Bidang Industri Pariwisata",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase daya tarik wisata dengan sarana dan prasarana rusak",
      rumus: "(Jumlah DTW yang dikelola dengan sarpras rusak sedang/berat / Jumlah DTW yang dikelola) x 100%",
      pol: "Minimize",
      sat: "%",
      awal: 18.4,
      tg: [16.5, 14.5, 12.5, 10.5, 8.5],
      sd: "Bidang Destinasi Pariwisata",
      pj: "Kepala Bidang Destinasi Pariwisata",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase pengaduan wisatawan yang tidak ditindaklanjuti",
      rumus: "(Jumlah pengaduan yang tidak ditindaklanjuti / Jumlah pengaduan yang diterima) x 100%",
      pol: "Minimize",
      sat: "%",
      awal: 9.6,
      tg: [8.5, 7.5, 6.5, 5.5, 4.5],
      sd: "Aplikasi SP4N-LAPOR! dan kotak pengaduan DTW",
      pj: "Kepala Bidang Destinasi Pariwisata",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Indeks Kepuasan Wisatawan",
      rumus: "Rata-rata tertimbang nilai unsur pelayanan hasil survei kepuasan wisatawan x 25",
      pol: "Maximize",
      sat: "indeks",
      awal: 76.8,
      tg: [78, 79, 80, 81, 82],
      sd: "Survei Kepuasan Wisatawan",
      pj: "Kepala Bidang Destinasi Pariwisata",
    },
  ];
  // planted 1: the TPK target 2027 typed as a fraction (0.56 for 56.00)
  const PLANT_O = "i3";
  const PLANT_O_VAL = 0.56;
  // planted 2: kondisi akhir of the Minimize rate of pengaduan left at the 2028 target
  const PLANT_K = "i5";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "rumus", head: ["Formulasi"], role: "rumus", width: 40 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 11 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", width: 10 },
    ...YI.map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
    { key: "akhir", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", width: 10 },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 22 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 24 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => {
      const cells: Record<string, Cell> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        pol: x.pol,
        sat: x.sat,
        awal: fmt(x.awal, DEC),
        akhir: fmt(x.id === PLANT_K ? x.tg[3] : x.tg[4], DEC),
        sd: x.sd,
        pj: x.pj,
      };
      x.tg.forEach((v, k) => (cells[`y${k}`] = fmt(x.id === PLANT_O && k === 2 ? PLANT_O_VAL : v, DEC)));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "Polaritas: Maximize = semakin tinggi realisasi semakin baik; Minimize = semakin rendah realisasi semakin baik.",
    "Kondisi akhir = target tahun 2029.",
  ]);
  s.gap();
  signature(s, 13, {
    tempat: "Sagaraanom, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA", "KABUPATEN SAGARAANOM,"],
    nama: "I GEDE ARYA WIRAWAN, S.Par., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19790228 200604 1 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", PLANT_O) },
    rules: ["target-outlier", "number-scale"],
    note: "TPK target 2027 is 0.56 between 54.50 and 57.50 (a percentage typed as a fraction: 56.00)",
    truth: `(${a("y1", PLANT_O)}+${a("y3", PLANT_O)})/2`,
  });
  const i5 = rows.find((x) => x.id === PLANT_K)!;
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_K) },
    rules: ["kondisi-akhir-mismatch"],
    note: `kondisi akhir (2029) of the Minimize rate of pengaduan is ${i5.tg[3].toFixed(2)}, the 2028 target; the 2029 target is ${i5.tg[4].toFixed(2)}`,
    truth: a("y4", PLANT_K),
  });
  for (const x of rows) {
    const ys = YI.map((_, k) => a(`y${k}`, x.id));
    if (x.id !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("akhir", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: ys[4],
        // rates and indices: the last target, not the five years added up
        trap: ys.join("+"),
      });
    // falling targets are the right way for a Minimize indicator
    if (x.pol === "Minimize")
      for (const c of ys) b.ok({ sheet: S, cell: c, rules: ["target-trend"], truth: c });
  }
  return b.finish();
}

// ======================================= capaian kinerja dan anggaran 2024 as text (RSUD)

type RsIn = {
  id: string;
  kind: "sasaran" | "lanjutan" | "program" | "kegiatan";
  parent?: string;
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  neg?: boolean;
  T: number;
  R: number;
  /** decimals the kinerja values are printed with */
  d: number;
  pagu?: number;
  real?: number;
};

/** A number as text in Indonesian format: thousands with dots, decimals with a comma. */
export function idText(v: number, d: number): string {
  const [i, f] = Math.abs(v).toFixed(d).split(".");
  const int = i.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (v < 0 ? "-" : "") + (f ? `${int},${f}` : int);
}

/** The number in a cell of Indonesian text, for the claims: SCORE reads "(1.234,5)". */
const N = (cell: string) => `SCORE("("&${cell}&")")`;

/** Capaian kinerja dan realisasi anggaran 2024 of RSUD Kota Mulyaasri, pasted from a PDF as text. */
export function rsudTeks(): BookW {
  const b = new BookW(
    "capaian-teks-rsud-mulyaasri.xlsx",
    "capaian kinerja dan anggaran as text",
    "capaian kinerja and anggaran 2024 of an RSUD pasted from a PDF: Kinerja > Target | Realisasi | Capaian (%) and Anggaran > Pagu | Realisasi | Capaian (%), every number text in Indonesian format, a lower-is-better Net Death Rate (refleksi), JUMLAH",
  );
  const S = "Capaian 2024";
  const s = b.sheet(S);
  s.lines([
    "CAPAIAN KINERJA DAN REALISASI ANGGARAN TAHUN 2024",
    "RUMAH SAKIT UMUM DAERAH dr. SOEMARNO WIRYODIPURO KOTA MULYAASRI",
  ]);
  s.gap();
  const rows: RsIn[] = [
    {
      id: "s1",
      kind: "sasaran",
      nama: "Meningkatnya mutu pelayanan kesehatan rujukan",
      ind: "Indeks Kepuasan Masyarakat (IKM) RSUD",
      sat: "nilai",
      T: 82,
      R: 84.36,
      d: 2,
    },
    {
      id: "s1b",
      kind: "lanjutan",
      ind: "Net Death Rate (NDR)",
      sat: "‰",
      neg: true,
      T: 25,
      R: 23.4,
      d: 2,
    },
    {
      id: "p1",
      kind: "program",
      kode: "1.02.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      ind: "Persentase pemenuhan Standar Pelayanan Minimal rumah sakit",
      sat: "%",
      T: 100,
      R: 96.5,
      d: 2,
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      kode: "1.02.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      sat: "orang",
      T: 412,
      R: 408,
      d: 0,
      pagu: 24_350_000_000,
      real: 23_986_118_420,
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      kode: "1.02.01.2.10",
      nama: "Peningkatan Pelayanan BLUD",
      ind: "Jumlah BLUD yang menyediakan pelayanan dan penunjang pelayanan",
      sat: "unit kerja",
      T: 1,
      R: 1,
      d: 0,
      pagu: 38_600_000_000,
      real: 36_915_402_775,
    },
    {
      id: "p2",
      kind: "program",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Bed Occupancy Rate (BOR)",
      sat: "%",
      T: 75,
      R: 71.85,
      d: 2,
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah alat kesehatan yang diadakan",
      sat: "unit",
      T: 48,
      R: 45,
      d: 0,
      pagu: 7_850_000_000,
      real: 7_512_648_300,
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah pasien rawat jalan yang dilayani",
      sat: "orang",
      T: 86_000,
      R: 91_245,
      d: 0,
      pagu: 12_300_000_000,
      real: 11_846_220_150,
    },
  ];
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  for (const p of rows.filter((x) => x.kind === "program")) {
    p.pagu = sum(kids(p.id).map((k) => k.pagu!));
    p.real = sum(kids(p.id).map((k) => k.real!));
  }
  const progs = rows.filter((x) => x.kind === "program");
  const capK = (x: RsIn) => round(x.neg ? ((2 * x.T - x.R) / x.T) * 100 : (x.R / x.T) * 100);
  const capA = (x: RsIn) => round((x.real! / x.pagu!) * 100);
  // planted 1: the capaian anggaran of kegiatan 1.02.02.2.02 typed with two digits swapped
  const PLANT_C = "k22";
  const k22 = rows.find((x) => x.id === PLANT_C)!;
  if (capA(k22) !== 96.31) throw new Error(`RSUD: k22 ${capA(k22)}`);
  const PLANT_C_TXT = "96,13";
  // planted 2: the JUMLAH realisasi anggaran typed with two digits swapped
  const totP = sum(progs.map((p) => p.pagu!));
  const totR = sum(progs.map((p) => p.real!));
  if (totR !== 80_260_389_645) throw new Error(`RSUD: total ${totR}`);
  const PLANT_S_VAL = 80_206_389_645;
  const GK = "Kinerja Tahun 2024";
  const GA = "Anggaran Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 13 },
    { key: "nama", head: ["Sasaran/ Program/ Kegiatan"], width: 36 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "T", head: [GK, "Target"], role: "target", year: 2024, width: 10 },
    { key: "R", head: [GK, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "cK", head: [GK, "Capaian (%)"], role: "capaian", width: 9 },
    { key: "pagu", head: [GA, "Pagu (Rp)"], role: "anggaran", year: 2024, width: 19 },
    { key: "real", head: [GA, "Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, width: 19 },
    { key: "cA", head: [GA, "Capaian (%)"], role: "capaian", width: 9 },
  ];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x): Row => {
        const cells: Record<string, Cell> = {
          no: x.kind === "lanjutan" ? undefined : String(++no),
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          T: idText(x.T, x.d),
          R: idText(x.R, x.d),
          cK: idText(capK(x), 2),
        };
        if (x.pagu !== undefined) {
          cells.pagu = idText(x.pagu, 2);
          cells.real = idText(x.real!, 2);
          cells.cA = x.id === PLANT_C ? PLANT_C_TXT : idText(capA(x), 2);
        }
        return { id: x.id, bold: x.kind !== "kegiatan", cells };
      }),
      {
        id: "j",
        bold: true,
        span: ["no", "sat"],
        cells: {
          no: "JUMLAH",
          pagu: idText(totP, 2),
          real: idText(PLANT_S_VAL, 2),
          // worked out from the true total
          cA: idText(round((totR / totP) * 100), 2),
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: NDR (Net Death Rate) semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Sumber: Laporan Kinerja RSUD Tahun 2024 (disalin dari dokumen PDF).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Mulyaasri, 28 Februari 2025",
    jabatan: ["DIREKTUR RSUD dr. SOEMARNO WIRYODIPURO", "KOTA MULYAASRI,"],
    nama: "dr. RATNA KUSUMADEWI, Sp.PD., M.Kes.",
    pangkat: "Pembina Utama Muda",
    nip: "19730517 200212 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cA", PLANT_C) },
    rules: ["capaian-mismatch"],
    note: `capaian anggaran of kegiatan 1.02.02.2.02 is "${PLANT_C_TXT}"; ${idText(k22.real!, 2)} / ${idText(k22.pagu!, 2)} gives ${idText(capA(k22), 2)}`,
    truth: `ROUND(${N(a("real", PLANT_C))}/${N(a("pagu", PLANT_C))}*100,2)`,
    actual: N(a("cA", PLANT_C)),
  });
  b.plant({
    at: { sheet: S, cell: a("real", "j") },
    rules: ["sum-mismatch"],
    note: `JUMLAH realisasi anggaran is "${idText(PLANT_S_VAL, 2)}"; the two programs give ${idText(totR, 2)} (two digits swapped)`,
    truth: progs.map((p) => N(a("real", p.id))).join("+"),
    actual: N(a("real", "j")),
    tol: 0.5,
  });
  for (const x of rows) {
    const [T, R] = [N(a("T", x.id)), N(a("R", x.id))];
    b.ok({
      sheet: S,
      cell: a("cK", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
      actual: N(a("cK", x.id)),
      trap: x.neg ? `ROUND(${R}/${T}*100,2)` : undefined,
    });
    if (x.pagu === undefined) continue;
    if (x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: a("cA", x.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${N(a("real", x.id))}/${N(a("pagu", x.id))}*100,2)`,
        actual: N(a("cA", x.id)),
      });
    if (x.kind === "program")
      for (const k of ["pagu", "real"])
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: kids(x.id)
            .map((q) => N(a(k, q.id)))
            .join("+"),
          actual: N(a(k, x.id)),
          tol: 0.5,
        });
  }
  b.ok({
    sheet: S,
    cell: a("pagu", "j"),
    rules: ["sum-mismatch"],
    truth: progs.map((p) => N(a("pagu", p.id))).join("+"),
    actual: N(a("pagu", "j")),
    // the programs only, not the programs and their kegiatan together
    trap: rows
      .filter((x) => x.pagu !== undefined)
      .map((x) => N(a("pagu", x.id)))
      .join("+"),
    tol: 0.5,
  });
  return b.finish();
}
