// The IKU table of a Dinas Perhubungan in a new kabupaten of Papua Tengah: load factor of the pioneer
// flights and of rural public transport (higher is better) beside travel time, waiting time and road
// accidents (lower is better, capaian by refleksi), with the 2023 realisation and the targets of 2025
// and 2026 beside 2024's measurement. Every office, person and number is invented.
import { BookW, DEC, fx, letterhead, signature, type Cell, type Col } from "../forms/kit";

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  lower: boolean;
  r23: number;
  t: number;
  r: number;
  t25: number;
  t26: number;
};

/** IKU 2024 Dinas Perhubungan Kabupaten Kemabu Hulu (Papua Tengah). */
export function ikuDishub(): BookW {
  const b = new BookW(
    "iku-loadfactor-waktutempuh-dishub-kemabuhulu.xlsx",
    "IKU with measurement (Dinas Perhubungan)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi | Satuan | 'Sifat Indikator' (Maximize / Minimize) | 'Realisasi 2023' | 'Tahun 2024' > Target | Realisasi | Capaian | 'Target Tahun' > 2025 | 2026; capaian ROUND(R/T*100,2) or refleksi ROUND((2*T-R)/T*100,2)",
  );
  const S = "IKU Dishub";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KEMABU HULU", "DINAS PERHUBUNGAN"]);
  s.lines(["INDIKATOR KINERJA UTAMA DAN PENGUKURAN CAPAIAN TAHUN 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya konektivitas dan aksesibilitas transportasi antar distrik";
  const SAS2 = "Meningkatnya keselamatan transportasi";
  const IKU: Iku[] = [
    {
      id: "lfu",
      sas: SAS1,
      ind: "Load factor penerbangan perintis Bandara Kemabu",
      rumus: "Jumlah penumpang / kapasitas kursi tersedia x 100",
      sat: "%",
      lower: false,
      r23: 61.2,
      t: 65,
      r: 71.4,
      t25: 68,
      t26: 70,
    },
    {
      id: "lfd",
      sas: SAS1,
      ind: "Load factor angkutan umum perdesaan",
      rumus: "Jumlah penumpang / kapasitas angkut x 100",
      sat: "%",
      lower: false,
      r23: 48.5,
      t: 55,
      r: 52.3,
      t25: 58,
      t26: 60,
    },
    {
      id: "tempuh",
      sas: SAS1,
      ind: "Waktu tempuh rata-rata angkutan umum Kota Kemabu - Distrik Homeyo Baru",
      rumus: "Rata-rata waktu perjalanan tercatat di terminal",
      sat: "jam",
      lower: true,
      r23: 7.5,
      t: 6.5,
      r: 7.2,
      t25: 6,
      t26: 5.5,
    },
    // planted capaian: R/T on a lower-is-better indicator
    {
      id: "tunggu",
      sas: SAS1,
      ind: "Waktu tunggu rata-rata penumpang penerbangan perintis",
      rumus: "Rata-rata selang waktu check-in s.d. keberangkatan",
      sat: "menit",
      lower: true,
      r23: 95,
      t: 80,
      r: 72,
      t25: 75,
      t26: 70,
    },
    // planted target 2026: 38 kejadian instead of 28
    {
      id: "laka",
      sas: SAS2,
      ind: "Jumlah kecelakaan lalu lintas jalan",
      rumus: "Jumlah kejadian kecelakaan tercatat Satlantas",
      sat: "kejadian",
      lower: true,
      r23: 41,
      t: 36,
      r: 33,
      t25: 32,
      t26: 38,
    },
    {
      id: "uji",
      sas: SAS2,
      ind: "Persentase kendaraan wajib uji yang lulus uji berkala",
      rumus: "Kendaraan lulus uji / kendaraan wajib uji x 100",
      sat: "%",
      lower: false,
      r23: 81.4,
      t: 85,
      r: 88.6,
      t25: 87,
      t26: 90,
    },
  ];
  const T4 = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "rumus", head: ["Formulasi"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "sif", head: ["Sifat Indikator"], role: "polaritas", width: 11 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [T4, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [T4, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [T4, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "t25", head: ["Target Tahun", "2025"], role: "target", year: 2025, fmt: DEC, width: 9 },
    { key: "t26", head: ["Target Tahun", "2026"], role: "target", year: 2026, fmt: DEC, width: 9 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: IKU.map((x, i) => ({
      id: x.id,
      cells: (c: { a: (k: string, id?: string) => string }): Record<string, Cell> => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        sif: x.lower ? "Minimize" : "Maximize",
        r23: x.r23,
        t: x.t,
        r: x.r,
        c: fx(
          x.lower && x.id !== "tunggu"
            ? `ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`
            : `ROUND(${c.a("r")}/${c.a("t")}*100,2)`,
        ),
        t25: x.t25,
        t26: x.t26,
      }),
    })),
  });
  s.gap();
  s.lines([
    "Sifat Minimize: semakin kecil realisasi semakin baik; capaian = (2 x target - realisasi) / target x 100 (refleksi).",
    "Sumber data: UPBU Kemabu, Terminal Tipe C Kemabu, Satlantas Polres Kemabu Hulu.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Kemabu, 14 Februari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN KEMABU HULU,"],
    nama: "SEMUEL GOBAI YEIMO, S.T., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19840627 201001 1 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "tunggu") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "waktu tunggu (menit, Minimize) takes ROUND(R/T*100,2) = 90.00 like the Maximize rows; the refleksi of the other Minimize rows gives (2 x 80 - 72) / 80 x 100 = 110.00",
    truth: refl("tunggu"),
  });
  b.plant({
    at: { sheet: S, cell: a("t26", "laka") },
    rules: ["target-trend", "target-outlier"],
    note: "2026 target of road accidents (Minimize) typed 38 after 41 (2023), 36 (2024) and 32 (2025): the falling path rises again; 28 was meant (3 for 2)",
    truth: `${a("t25", "laka")}-4`,
  });
  for (const id of ["tempuh", "laka"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: refl(id), trap: rt(id) });
  for (const id of ["lfu", "lfd", "uji"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  b.ok({ sheet: S, cell: a("c", "lfu"), rules: ["percent-out-of-range"], truth: "109.85" });
  b.ok({ sheet: S, cell: a("r", "lfu"), rules: ["percent-out-of-range"], truth: "71.4" });
  for (const id of ["tempuh", "tunggu"])
    b.ok({
      sheet: S,
      cell: a("t26", id),
      rules: ["target-trend"],
      truth: `${a("t25", id)}-${id === "tempuh" ? 0.5 : 5}`,
    });
  b.ok({ sheet: S, cell: a("t26", "lfd"), rules: ["target-trend"], truth: `${a("t25", "lfd")}+2` });
  return b.finish();
}
