// The IKU matrix of a Disperindag in Jawa Tengah (Renstra 2021-2026, definitions and formulas, targets
// per year, kondisi akhir) and the retribusi pelayanan pasar recap per pasar rakyat of a Disperindag in
// Gorontalo (target, four quarters, jumlah, capaian; a TOTAL row). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

type U = {
  id: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
};

export function ikuMerbabu(): BookW {
  const b = new BookW(
    "iku-disperindag-kab-merbabu-selatan-2021-2026.xlsx",
    "IKU matrix of the Disperindag (Renstra 2021-2026)",
    "IKU matrix of a Disperindag in Jawa Tengah: No | Indikator Kinerja Utama | Definisi Operasional | Formula Perhitungan | Satuan | Kondisi Awal (2021) | 'Target Capaian Setiap Tahun' > 2022 .. 2026 | Kondisi Akhir (2026) | Sumber Data | Penanggung Jawab; number row (1) .. (14); a lower-is-better price indicator and a count of new IKM (kondisi akhir = sum)",
  );
  const S = "IKU 2021-2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MERBABU SELATAN", "DINAS PERINDUSTRIAN DAN PERDAGANGAN"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS PERINDUSTRIAN DAN PERDAGANGAN NOMOR 050/112/2022",
    "INDIKATOR KINERJA UTAMA DINAS PERINDUSTRIAN DAN PERDAGANGAN TAHUN 2021-2026",
  ]);
  s.gap();
  const rows: U[] = [
    {
      id: "u1",
      ind: "Persentase pasar rakyat hasil revitalisasi dalam kondisi baik",
      def: "Pasar rakyat hasil revitalisasi yang bangunan, los, drainase dan pengelolaan sampahnya memenuhi kriteria baik",
      rumus: "(Jumlah pasar revitalisasi kondisi baik / jumlah pasar revitalisasi) x 100%",
      sat: "%",
      awal: 38,
      tg: [42, 47, 52, 57, 62],
    },
    {
      id: "u2",
      ind: "Koefisien variasi harga bahan pokok",
      def: "Fluktuasi harga 10 bahan pokok di pasar rakyat antarwaktu; semakin kecil semakin stabil",
      rumus: "(Simpangan baku harga / rata-rata harga) x 100%",
      sat: "%",
      awal: 9.8,
      tg: [9.5, 9.2, 9.6, 8.6, 8.3],
    },
    {
      id: "u3",
      ind: "Jumlah IKM baru yang tumbuh",
      def: "IKM baru yang terdaftar di SIINas dan memiliki NIB pada tahun berjalan",
      rumus: "Jumlah IKM baru terdaftar pada tahun n",
      sat: "unit",
      awal: 36,
      tg: [40, 45, 50, 55, 60],
      flow: true,
    },
    {
      id: "u4",
      ind: "Persentase UTTP bertanda tera sah yang berlaku",
      def: "UTTP wajib tera ulang di wilayah kabupaten yang bertanda tera sah berlaku",
      rumus: "(UTTP bertanda tera sah / UTTP wajib tera ulang terdata) x 100%",
      sat: "%",
      awal: 70.5,
      tg: [74, 78, 820, 86, 90],
    },
    {
      id: "u5",
      ind: "Kontribusi sektor industri pengolahan terhadap PDRB",
      def: "Nilai tambah industri pengolahan atas dasar harga berlaku terhadap PDRB kabupaten",
      rumus: "(PDRB industri pengolahan ADHB / PDRB ADHB) x 100%",
      sat: "%",
      awal: 18.2,
      tg: [18.4, 18.6, 18.8, 19, 19.2],
    },
  ];
  const YS = [2022, 2023, 2024, 2025, 2026];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 34 },
    { key: "def", head: ["Definisi Operasional"], role: "definisi", num: "(3)", width: 40 },
    { key: "rumus", head: ["Formula Perhitungan"], role: "rumus", num: "(4)", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 8 },
    {
      key: "awal",
      head: ["Kondisi Awal (2021)"],
      role: "kondisi-awal",
      year: 2021,
      num: "(6)",
      fmt: DEC,
      width: 10,
    },
    ...YS.map((y, i): Col => ({
      key: `y${y}`,
      head: ["Target Capaian Setiap Tahun", String(y)],
      role: "target",
      year: y,
      num: `(${7 + i})`,
      fmt: DEC,
      width: 9,
    })),
    {
      key: "ak",
      head: ["Kondisi Akhir (2026)"],
      role: "kondisi-akhir",
      year: 2026,
      num: "(12)",
      fmt: DEC,
      width: 10,
    },
    { key: "sd", head: ["Sumber Data"], role: "sumber-data", num: "(13)", width: 16 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(14)", width: 16 },
  ];
  const src = [
    "Bidang Sarana Perdagangan",
    "Hasil pemantauan harga SP2KP",
    "SIINas",
    "UPTD Metrologi Legal",
    "BPS Kabupaten",
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.tg.map((v, k) => [`y${YS[k]}`, v])),
        ak: x.flow ? sum(x.tg) : x.id === "u4" ? 90 : x.tg[4],
        sd: src[i],
        pj: i === 2 || i === 4 ? "Kepala Bidang Perindustrian" : "Kepala Bidang Perdagangan",
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: koefisien variasi harga semakin kecil semakin baik; IKM baru dihitung kumulatif 5 tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Merbabu Selatan, 3 Oktober 2022",
    jabatan: ["Kepala Dinas Perindustrian dan Perdagangan"],
    nama: "SUGENG HARTANTO, S.H., M.H.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19680929 199403 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2024", "u2") },
    rules: ["target-trend"],
    note: "The 2024 target of the koefisien variasi harga (lower is better) rises to 9.60 after 9.20 in 2023 while every other year falls; between its neighbours it would be about 8.90",
    truth: `(${a("y2023", "u2")}+${a("y2025", "u2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2024", "u4") },
    rules: ["target-outlier", "percent-out-of-range"],
    note: "The 2024 target of the UTTP tera sah is 820 (%), the decimal comma lost; between 78 and 86 it is 82.00",
    truth: `(${a("y2023", "u4")}+${a("y2025", "u4")})/2`,
  });
  for (const x of rows) {
    const all = YS.map((y) => a(`y${y}`, x.id)).join("+");
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? all : a("y2026", x.id),
      trap: x.flow ? a("y2026", x.id) : all,
    });
  }
  b.ok({ sheet: S, cell: a("y2026", "u2"), rules: ["target-trend"], truth: "8.3" });
  b.ok({ sheet: S, cell: a("y2026", "u4"), rules: ["percent-out-of-range", "target-outlier"], truth: "90" });
  return b.finish();
}

// ========================================= retribusi pelayanan pasar per pasar, Kabupaten Paguyaman Raya

type Ps = { id: string; nm: string; kec: string; kios: number; tgt: number; q: number[] };

export function retribusiPaguyaman(): BookW {
  const b = new BookW(
    "rekap-retribusi-pasar-rakyat-kab-paguyaman-raya-2024.xlsx",
    "Rekap retribusi pelayanan pasar per pasar (2024)",
    "Rekap target dan realisasi retribusi pelayanan pasar 2024 of a Disperindag in Gorontalo: No | Nama Pasar | Kecamatan | Jumlah Kios / Los | Target Retribusi (Rp) | 'Realisasi Penerimaan (Rp)' > Triwulan I .. IV | Jumlah | Capaian (%) | Ket.; number row (1) .. (12) with '(10) = (6)+(7)+(8)+(9)' and '(11) = (10) / (5) x 100'; SUM and ROUND formulas; TOTAL row whose Jumlah adds the TOTAL quarters and whose capaian is the ratio of the totals",
  );
  const S = "Retribusi Pasar 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PAGUYAMAN RAYA",
    "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
    "UPTD PENGELOLAAN PASAR",
  ]);
  s.lines(["REKAPITULASI TARGET DAN REALISASI RETRIBUSI PELAYANAN PASAR", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const P: Ps[] = [
    {
      id: "p1",
      nm: "Pasar Sentral Tilamuta Baru",
      kec: "Paguyaman Kota",
      kios: 412,
      tgt: 486_000_000,
      q: [112_450_000, 118_300_000, 121_750_000, 126_900_000],
    },
    {
      id: "p2",
      nm: "Pasar Rakyat Bongomeme",
      kec: "Bongomeme Utara",
      kios: 156,
      tgt: 168_000_000,
      q: [41_850_000, 43_200_000, 44_100_000, 45_630_000],
    },
    {
      id: "p3",
      nm: "Pasar Tolotio",
      kec: "Tibawa Pesisir",
      kios: 208,
      tgt: 225_000_000,
      q: [49_600_000, 52_350_000, 54_900_000, 58_420_000],
    },
    {
      id: "p4",
      nm: "Pasar Rakyat Molingkapoto",
      kec: "Kwandang Barat",
      kios: 124,
      tgt: 132_000_000,
      q: [28_750_000, 30_100_000, 29_880_000, 32_460_000],
    },
    {
      id: "p5",
      nm: "Pasar Ikan Dembe Jaya",
      kec: "Paguyaman Kota",
      kios: 96,
      tgt: 108_000_000,
      q: [19_400_000, 22_650_000, 24_300_000, 25_150_000],
    },
    {
      id: "p6",
      nm: "Pasar Mingguan Huyula",
      kec: "Boliyohuto Timur",
      kios: 74,
      tgt: 72_000_000,
      q: [12_300_000, 13_850_000, 14_200_000, 16_130_000],
    },
  ];
  const cap = (x: Ps) => round((sum(x.q) / x.tgt) * 100);
  const P6_TYPED = round(cap(P[5]) + 9); // planted: typed, 9 points above what the amounts give
  const RE = "Realisasi Penerimaan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Nama Pasar"], role: "indikator", num: "(2)", width: 28 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(3)", width: 18 },
    { key: "kios", head: ["Jumlah Kios / Los"], num: "(4)", fmt: "#,##0", width: 9 },
    {
      key: "tgt",
      head: ["Target Retribusi (Rp)"],
      role: "target",
      year: 2024,
      num: "(5)",
      fmt: RP,
      width: 16,
    },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i + 1}`,
      head: [RE, `Triwulan ${q}`],
      role: "realisasi",
      year: 2024,
      num: `(${6 + i})`,
      fmt: RP,
      width: 15,
    })),
    {
      key: "j",
      head: [RE, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(10) = (6)+(7)+(8)+(9)",
      fmt: RP,
      width: 16,
    },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(11) = (10) / (5) x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "(12)", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...P.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          kec: x.kec,
          kios: x.kios,
          tgt: x.tgt,
          ...Object.fromEntries(x.q.map((v, k) => [`q${k + 1}`, v])),
          // planted: Pasar Tolotio's Jumlah leaves out Triwulan IV
          j: fx(`SUM(${c.a("q1")}:${c.a(x.id === "p3" ? "q3" : "q4")})`),
          c: x.id === "p6" ? P6_TYPED : fx(`ROUND(${c.a("j")}/${c.a("tgt")}*100,2)`),
          ket: x.id === "p5" ? "los ikan direhab TW I" : undefined,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "TOTAL",
          kios: fx(`SUM(${c.a("kios", "p1")}:${c.a("kios", "p6")})`),
          tgt: fx(`SUM(${c.a("tgt", "p1")}:${c.a("tgt", "p6")})`),
          ...Object.fromEntries(
            [1, 2, 3, 4].map((k) => [`q${k}`, fx(`SUM(${c.a(`q${k}`, "p1")}:${c.a(`q${k}`, "p6")})`)]),
          ),
          j: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          c: fx(`ROUND(${c.a("j")}/${c.a("tgt")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: capaian di atas 100% berarti penerimaan melampaui target (bukan pelampauan pagu belanja).",
    "Tarif sesuai Perda Kabupaten Paguyaman Raya Nomor 4 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Paguyaman Raya, 15 Januari 2025",
    jabatan: ["Kepala UPTD Pengelolaan Pasar,"],
    nama: "RAHMAT H. ISA, S.E.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820304 200701 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (id: string) => [1, 2, 3, 4].map((k) => a(`q${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "p3") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah of Pasar Tolotio is =SUM over Triwulan I-III only (156,850,000) while the other rows add four quarters; with Triwulan IV's 58,420,000 it is 215,270,000",
    truth: q("p3"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "p6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `Capaian of Pasar Mingguan Huyula is a typed ${P6_TYPED} among ROUND formulas; 56,480,000 / 72,000,000 x 100 gives ${cap(P[5])}`,
    truth: `ROUND(${a("j", "p6")}/${a("tgt", "p6")}*100,2)`,
  });
  for (const x of P) {
    if (x.id !== "p3") b.ok({ sheet: S, cell: a("j", x.id), rules: ["sum-mismatch"], truth: q(x.id) });
    if (x.id !== "p3" && x.id !== "p6")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("j", x.id)}/${a("tgt", x.id)}*100,2)`,
      });
  }
  for (const k of ["tgt", "q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: P.map((x) => a(k, x.id)).join("+"),
    });
  // the TOTAL Jumlah adds the quarters of the TOTAL row: right, although the Jumlah column (with
  // Tolotio's short sum) does not add up to it
  b.ok({ sheet: S, cell: a("j", "tot"), rules: ["sum-mismatch"], truth: q("tot") });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("j", "tot")}/${a("tgt", "tot")}*100,2)`,
    // the ratio of the totals, not the average of the pasar capaian
    trap: `AVERAGE(${a("c", "p1")}:${a("c", "p6")})`,
  });
  return b.finish();
}
