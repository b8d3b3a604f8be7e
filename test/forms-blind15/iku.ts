// The IKU decree annex of a Badan Kepegawaian dan Pengembangan SDM (Keputusan Kepala Badan tentang
// Penetapan IKU 2025-2029): Sasaran Strategis merged over its indicators, Definisi Operasional,
// Cara Pengukuran, a Baseline 2024 and the targets 2025-2029, with a merit-system index on its own
// 100-400 scale and a lower-is-better count of disciplined civil servants. No formulas: every target
// is typed. Every name and number is invented.
import { BookW, DEC, fmt, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type IkIn = {
  id: string;
  sas: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  base: number;
  tg: number[];
  neg?: boolean;
  f: string;
  src: string;
  pj: string;
};

const YK = [2025, 2026, 2027, 2028, 2029];

/** Lampiran Keputusan Kepala BKPSDM Kota Kaliandra tentang IKU 2025-2029. */
export function ikuKeputusanBkpsdm(): BookW {
  const b = new BookW(
    "iku-keputusan-bkpsdm-kaliandra.xlsx",
    "IKU decree annex with targets",
    "Lampiran of a Keputusan Kepala BKPSDM tentang Penetapan IKU 2025-2029: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Definisi Operasional | Cara Pengukuran | Satuan | Baseline 2024 | 'Target Kinerja Tahun' > 2025 .. 2029 | Sumber Data | Penanggung Jawab; typed targets; IP ASN, kompetensi and talent shares (%), JP per ASN, Nilai Indeks Sistem Merit on the BKN scale 100 - 400, a lower-is-better count of disciplined ASN; decree header lines above and the Kepala's signature below",
  );
  const S = "Lampiran IKU";
  const s = b.sheet(S);
  s.lines(
    [
      "LAMPIRAN",
      "KEPUTUSAN KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KOTA KALIANDRA",
      "NOMOR 800.1/112/BKPSDM/2025",
      "TENTANG PENETAPAN INDIKATOR KINERJA UTAMA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KOTA KALIANDRA TAHUN 2025-2029",
    ],
    8,
  );
  s.gap();
  letterhead(s, [
    "INDIKATOR KINERJA UTAMA (IKU)",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KOTA KALIANDRA",
  ]);
  const S1 = "Meningkatnya profesionalitas dan kompetensi ASN";
  const S2 = "Meningkatnya penerapan sistem merit dalam manajemen ASN";
  const S3 = "Meningkatnya disiplin ASN dan kualitas layanan kepegawaian";
  const BKN = "Hasil penilaian BKN / KemenPANRB";
  const rows: IkIn[] = [
    {
      id: "ipasn",
      sas: S1,
      ind: "Indeks Profesionalitas ASN",
      def: "Ukuran kesesuaian kualifikasi, kompetensi, kinerja dan disiplin pegawai ASN dalam melaksanakan tugas jabatan",
      rumus: "(Kualifikasi x 25%) + (Kompetensi x 40%) + (Kinerja x 30%) + (Disiplin x 5%)",
      sat: "indeks",
      base: 71.2,
      tg: [73, 75, 77, 79, 81],
      f: DEC,
      src: BKN,
      pj: "Bidang Pengembangan Kompetensi ASN",
    },
    {
      id: "kompetensi",
      sas: S1,
      ind: "Persentase ASN yang memenuhi standar kompetensi jabatan",
      def: "ASN yang hasil uji kompetensinya sama dengan atau di atas standar kompetensi jabatan yang diduduki",
      rumus: "(Jumlah ASN memenuhi standar kompetensi / jumlah ASN yang diuji) x 100%",
      sat: "%",
      base: 58.4,
      tg: [62, 66, 70, 74, 78],
      f: DEC,
      src: "Laporan UPT Penilaian Kompetensi",
      pj: "Bidang Pengembangan Kompetensi ASN",
    },
    {
      id: "jp",
      sas: S1,
      ind: "Rata-rata jam pelajaran (JP) pengembangan kompetensi per ASN",
      def: "Jam pelajaran pengembangan kompetensi yang diikuti ASN dalam satu tahun, paling sedikit 20 JP",
      rumus: "Jumlah JP seluruh ASN / jumlah ASN",
      sat: "JP/ASN/tahun",
      base: 21.3,
      tg: [24, 26, 28, 30, 32],
      f: "0.0",
      src: "Aplikasi e-learning dan SIASN",
      pj: "Bidang Pengembangan Kompetensi ASN",
    },
    {
      id: "merit",
      sas: S2,
      ind: "Nilai Indeks Sistem Merit",
      def: "Nilai penerapan sistem merit pada delapan aspek manajemen ASN (skala 100 - 400)",
      rumus: "Jumlah nilai delapan aspek hasil penilaian mandiri yang diverifikasi BKN",
      sat: "nilai",
      base: 268.5,
      tg: [285, 300, 312.5, 325, 337.5],
      f: "0.0",
      src: BKN,
      pj: "Sekretariat",
    },
    {
      id: "talenta",
      sas: S2,
      ind: "Persentase jabatan pimpinan tinggi dan administrator yang diisi melalui manajemen talenta",
      def: "Pengisian jabatan dari kelompok rencana suksesi (talent pool) hasil pemetaan talenta",
      rumus: "(Jumlah jabatan diisi dari talent pool / jumlah jabatan yang diisi) x 100%",
      sat: "%",
      base: 15,
      tg: [25, 40, 55, 70, 85],
      f: DEC,
      src: "SK pengangkatan dalam jabatan",
      pj: "Bidang Mutasi dan Promosi",
    },
    {
      id: "disiplin",
      sas: S3,
      ind: "Jumlah ASN yang dijatuhi hukuman disiplin tingkat sedang dan berat",
      def: "ASN yang dijatuhi hukuman disiplin sedang dan berat menurut PP 94 Tahun 2021 dalam satu tahun (semakin kecil semakin baik)",
      rumus: "Jumlah keputusan hukuman disiplin sedang dan berat",
      sat: "orang",
      base: 46,
      tg: [42, 38, 34, 30, 26],
      neg: true,
      f: "0",
      src: "Register hukuman disiplin",
      pj: "Bidang Penilaian Kinerja dan Disiplin",
    },
    {
      id: "layanan",
      sas: S3,
      ind: "Persentase layanan kepegawaian yang diselesaikan sesuai standar pelayanan",
      def: "Layanan kenaikan pangkat, pensiun, mutasi dan cuti yang selesai dalam waktu standar pelayanan",
      rumus: "(Jumlah layanan selesai tepat waktu / jumlah layanan) x 100%",
      sat: "%",
      base: 86.2,
      tg: [88, 90, 92, 94, 95],
      f: DEC,
      src: "Aplikasi layanan kepegawaian",
      pj: "Bidang Pengadaan, Pemberhentian dan Informasi",
    },
  ];
  // planted 1: the 2028 target of the kompetensi share is 740 (74,0 typed without its decimal comma)
  const PLANT_P = { id: "kompetensi", i: 3, v: 740 };
  // planted 2: the 2027 target of the disciplined ASN (lower is better) is 43 for 34, two digits
  // swapped: the path 42, 38, 43, 30, 26 rises in the middle
  const PLANT_T = { id: "disiplin", i: 2, v: 43 };
  const TK = "Target Kinerja Tahun";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", width: 40 },
    { key: "rumus", head: ["Cara Pengukuran"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "base", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, width: 10 },
    ...YK.map((y, i): Col => ({ key: `y${i}`, head: [TK, String(y)], role: "target", year: y, width: 9 })),
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 24 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 26 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: () => {
        const cells: Record<string, Cell> = {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          def: x.def,
          rumus: x.rumus,
          sat: x.sat,
          base: fmt(x.base, x.f),
          src: x.src,
          pj: x.pj,
        };
        x.tg.forEach((v, k) => {
          const planted =
            x.id === PLANT_P.id && k === PLANT_P.i
              ? PLANT_P.v
              : x.id === PLANT_T.id && k === PLANT_T.i
                ? PLANT_T.v
                : v;
          cells[`y${k}`] = fmt(planted, x.f);
        });
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Nilai Indeks Sistem Merit menggunakan skala penilaian BKN 100 - 400 (kategori Baik 250 - 324,9; Sangat Baik 325 - 400).",
    "2. Jumlah ASN yang dijatuhi hukuman disiplin merupakan indikator dengan polaritas negatif (semakin kecil semakin baik).",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Ditetapkan di Kaliandra, 14 Februari 2025",
    jabatan: ["KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA", "KOTA KALIANDRA,"],
    nama: "Dra. WIDYASTUTI PURNAMASARI, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19720218 199403 2 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const y = (id: string, k: number) => a(`y${k}`, id);
  b.plant({
    at: { sheet: S, cell: y(PLANT_P.id, PLANT_P.i) },
    rules: ["percent-out-of-range", "number-scale", "target-outlier"],
    note: "the 2028 target of the persentase ASN memenuhi standar kompetensi is 740 (%), 74,0 typed without its decimal comma, between 70.00 (2027) and 78.00 (2029)",
    truth: `(${y(PLANT_P.id, 2)}+${y(PLANT_P.id, 4)})/2`,
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: y(PLANT_T.id, PLANT_T.i) },
    rules: ["target-trend", "target-outlier"],
    note: "the 2027 target of the ASN dijatuhi hukuman disiplin (lower is better by note 2) is 43 for 34 (two digits swapped): the path 42, 38, 43, 30, 26 rises above its neighbours and falls again",
    truth: `(${y(PLANT_T.id, 1)}+${y(PLANT_T.id, 3)})/2`,
    tol: 0.5,
  });
  // the merit index is a value on a 100 - 400 scale, not a percentage
  for (const k of ["base", "y0", "y1", "y2", "y3", "y4"])
    b.ok({
      sheet: S,
      cell: a(k, "merit"),
      rules:
        k === "base" || k === "y0"
          ? ["percent-out-of-range"]
          : ["percent-out-of-range", "target-trend", "target-outlier"],
      truth: a(k, "merit"),
    });
  // the disciplined ASN fall, as a lower-is-better indicator should (away from the planted year)
  for (const k of [0, 1, 4])
    b.ok({ sheet: S, cell: y("disiplin", k), rules: ["target-trend"], truth: y("disiplin", k) });
  // rising targets of the other indicators, also where the step shrinks (94 to 95)
  for (const x of rows.filter((q) => !q.neg && q.id !== PLANT_P.id && q.id !== "merit"))
    for (const k of [1, 2, 3, 4])
      b.ok({ sheet: S, cell: y(x.id, k), rules: ["target-trend", "target-outlier"], truth: y(x.id, k) });
  return b.finish();
}
