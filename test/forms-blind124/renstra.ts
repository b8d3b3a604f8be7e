// Renstra tables of two DPPKB: the T-C.27 of a Sulawesi Barat kabupaten for 2025-2029 "(dalam ribuan
// rupiah)" with "Tahun 2025" .. "Tahun 2029" over Target | Rp, a number row whose kondisi akhir Rp reads
// "19 = 9+11+13+15+17", kegiatan Rp as SUM formulas over their sub kegiatan and a second indicator
// without a code under the program; and the IKU matrix of a Jawa Barat kabupaten (definisi,
// formulasi, kondisi awal, targets, kondisi akhir, sumber data). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

// ============================================ T-C.27 DPPKB Kabupaten Balanipa Utara (Sulawesi Barat)

type TcRow = {
  id: string;
  kode?: string;
  nm?: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** kondisi akhir K as typed */
  ak: number;
  /** sub kegiatan Rp per year (ribuan) */
  rp?: number[];
  kind: "tujuan" | "prog" | "ind2" | "keg" | "sub";
};

export function tc27Dppkb(): BookW {
  const b = new BookW(
    "tc27-renstra-dppkb-balanipa-utara-2025-2029.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (DPPKB)",
    "T-C.27 of the DPPKB of a Sulawesi Barat kabupaten, Renstra 2025-2029, (dalam ribuan rupiah): Tujuan | Sasaran (merged) | Kode | Program dan Kegiatan | Indikator | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja | Lokasi; number row 1 .. 21 with '19 = 9+11+13+15+17'; SUM formulas for kegiatan and program Rp; a second program indicator without a code",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BALANIPA UTARA",
    "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
  ]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif DPPKB Kabupaten Balanipa Utara Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const TJ = "Terwujudnya penduduk tumbuh seimbang dan keluarga yang berkualitas";
  const SS = "Meningkatnya kesertaan ber-KB dan menurunnya angka kelahiran";
  const rows: TcRow[] = [
    {
      id: "tj",
      kind: "tujuan",
      ind: "Angka Kelahiran Total (TFR)",
      sat: "anak per WUS",
      awal: 2.48,
      k: [2.45, 2.42, 2.39, 2.36, 2.33],
      ak: 2.33,
    },
    {
      id: "prog",
      kind: "prog",
      kode: "2.14.03",
      nm: "Program Pembinaan Keluarga Berencana (KB)",
      ind: "Persentase peserta KB aktif metode kontrasepsi modern (mCPR)",
      sat: "%",
      awal: 57.6,
      k: [58.4, 59.2, 60.0, 60.8, 61.6],
      // planted: the 2028 target typed as the kondisi akhir
      ak: 60.8,
    },
    {
      id: "ind2",
      kind: "ind2",
      ind: "Persentase kebutuhan ber-KB yang tidak terpenuhi (unmet need)",
      sat: "%",
      awal: 11.8,
      k: [11.2, 10.6, 10.0, 9.4, 8.8],
      ak: 8.8,
    },
    {
      id: "k1",
      kind: "keg",
      kode: "2.14.03.2.02",
      nm: "Pendayagunaan Tenaga Penyuluh KB/Petugas Lapangan KB (PKB/PLKB)",
      ind: "Jumlah dokumen laporan pendayagunaan PKB/PLKB",
      sat: "dokumen",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      ak: 60,
    },
    {
      id: "s11",
      kind: "sub",
      kode: "2.14.03.2.02.0001",
      nm: "Penyediaan Biaya Operasional bagi PKB/PLKB",
      ind: "Jumlah laporan penggunaan biaya operasional PKB/PLKB",
      sat: "laporan",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      ak: 60,
      rp: [385_400, 398_250, 410_600, 423_900, 437_150],
    },
    {
      id: "s12",
      kind: "sub",
      kode: "2.14.03.2.02.0002",
      nm: "Peningkatan Kompetensi Penyuluh KB dan Kader Institusi Masyarakat Pedesaan",
      ind: "Jumlah paket pelatihan teknis PKB/PLKB dan kader IMP",
      sat: "paket",
      awal: 2,
      k: [2, 2, 3, 3, 3],
      ak: 13,
      rp: [146_800, 152_300, 158_750, 164_200, 171_500],
    },
    {
      id: "k2",
      kind: "keg",
      kode: "2.14.03.2.03",
      nm: "Pengendalian dan Pendistribusian Kebutuhan Alat dan Obat Kontrasepsi serta Pelaksanaan Pelayanan KB di Daerah Kabupaten/Kota",
      ind: "Jumlah peserta KB baru",
      sat: "orang",
      awal: 6050,
      k: [6200, 6350, 6500, 6650, 6800],
      ak: 32500,
    },
    {
      id: "s21",
      kind: "sub",
      kode: "2.14.03.2.03.0001",
      nm: "Pengendalian dan Pendistribusian Kebutuhan Alat dan Obat Kontrasepsi",
      ind: "Jumlah paket alat dan obat kontrasepsi yang didistribusikan",
      sat: "paket",
      awal: 150,
      k: [160, 170, 180, 190, 200],
      ak: 900,
      rp: [398_600, 405_200, 412_350, 425_800, 438_900],
    },
    {
      id: "s22",
      kind: "sub",
      kode: "2.14.03.2.03.0002",
      nm: "Pelayanan KB Metode Kontrasepsi Jangka Panjang (MKJP) dan Pelayanan KB Pasca Persalinan",
      ind: "Jumlah peserta KB baru MKJP yang dilayani",
      sat: "orang",
      awal: 1820,
      k: [1900, 1980, 2060, 2140, 2220],
      ak: 10300,
      rp: [1_184_250, 1_236_700, 1_286_400, 1_338_150, 1_392_600],
    },
    {
      id: "s23",
      kind: "sub",
      // planted: coded under kegiatan 2.14.03.2.02 while it stands under 2.14.03.2.03
      kode: "2.14.03.2.02.0003",
      nm: "Pembinaan Kesertaan Ber-KB melalui Momentum Pelayanan KB Serentak",
      ind: "Jumlah kegiatan pelayanan KB serentak yang dilaksanakan",
      sat: "kegiatan",
      awal: 4,
      k: [4, 4, 5, 5, 6],
      ak: 24,
      rp: [196_400, 207_850, 218_750, 229_300, 241_050],
    },
  ];
  const subsOf: Record<string, string[]> = { k1: ["s11", "s12"], k2: ["s21", "s22", "s23"] };
  const byId = new Map(rows.map((x) => [x.id, x]));
  const kegRp = (id: string, i: number) => sum(subsOf[id].map((sid) => byId.get(sid)!.rp![i]));
  const TYPED_K2_2027 = 1_971_500; // the sub kegiatan give 1,917,500
  const cols: Col[] = [
    { key: "tj", head: ["Tujuan"], role: "tujuan", num: 1, width: 22 },
    { key: "ss", head: ["Sasaran"], role: "sasaran", num: 2, width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", num: 3, width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 4, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 5,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 7,
      width: 10,
    },
    ...Y.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ${y}`, "Target"],
        role: "target",
        year: y,
        num: 8 + 2 * i,
        width: 9,
      },
      {
        key: `rp${i}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 9 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ak",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 18,
      width: 10,
    },
    {
      key: "akrp",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      num: "19 = 9+11+13+15+17",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 20, width: 14 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 21, width: 16 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    vmerge: ["tj", "ss"],
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.kind === "prog",
      cells: (c) => {
        const out: Record<string, Cell> = {
          tj: TJ,
          ss: SS,
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          ak: x.ak,
          pj: x.kind === "tujuan" ? "DPPKB" : "Bidang KB",
          lok: x.kind === "sub" ? "16 kecamatan" : "Kab. Balanipa Utara",
        };
        x.k.forEach((v, i) => (out[`k${i}`] = v));
        if (x.kind === "ind2" || x.kind === "tujuan") return out;
        Y.forEach((_, i) => {
          const k = `rp${i}`;
          if (x.kind === "sub") out[k] = x.rp![i];
          else if (x.kind === "prog") out[k] = fx(`${c.a(k, "k1")}+${c.a(k, "k2")}`);
          else if (x.id === "k2" && i === 2) out[k] = TYPED_K2_2027;
          else out[k] = fx(`SUM(${c.a(k, subsOf[x.id][0])}:${c.a(k, subsOf[x.id].at(-1)!)})`);
        });
        out.akrp = fx(`SUM(${c.a("rp0")},${c.a("rp1")},${c.a("rp2")},${c.a("rp3")},${c.a("rp4")})`);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase dan TFR = target tahun 2029; indikator jumlah = akumulasi 5 tahun.",
    "Sumber dana: APBD Kabupaten dan DAK Non Fisik Bantuan Operasional KB (BOKB).",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Balanipa Utara, 14 Juli 2025",
    jabatan: ["Kepala Dinas Pengendalian Penduduk", "dan Keluarga Berencana,"],
    nama: "ANDI MUH. SYAHRIR, S.Sos., M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720518 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const last = (id: string) => a("k4", id);
  const all = (id: string) => Y.map((_, i) => a(`k${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ak", "prog") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the mCPR (a rate) is 60.80, the 2028 target; the rate ends at its 2029 target 61.60",
    truth: last("prog"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp2", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `The 2027 Rp of kegiatan 2.14.03.2.03 is a typed 1,971,500 among SUM formulas; its three sub kegiatan add up to ${kegRp("k2", 2).toLocaleString("en")} (ribuan)`,
    truth: `SUM(${a("rp2", "s21")}:${a("rp2", "s23")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s23") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pembinaan Kesertaan Ber-KB is coded 2.14.03.2.02.0003 (kegiatan 2.14.03.2.02) but stands under kegiatan 2.14.03.2.03; its code is 2.14.03.2.03.0003",
    truth: `${a("kode", "k2")}&".0003"`,
  });
  // rates and the TFR end at their last target; flows (documents, packages, people served) add up
  for (const id of ["tj", "ind2"])
    b.ok({ sheet: S, cell: a("ak", id), rules: ["kondisi-akhir-mismatch"], truth: last(id), trap: all(id) });
  for (const id of ["k1", "s11", "s12", "k2", "s21", "s22", "s23"])
    b.ok({ sheet: S, cell: a("ak", id), rules: ["kondisi-akhir-mismatch"], truth: all(id), trap: last(id) });
  // the falling TFR and unmet need are the way of lower-is-better indicators
  for (const id of ["tj", "ind2"])
    b.ok({ sheet: S, cell: last(id), rules: ["target-trend"], truth: String(byId.get(id)!.k[4]) });
  for (const id of ["k1", "k2"])
    Y.forEach((_, i) => {
      if (id === "k2" && i === 2) return;
      b.ok({
        sheet: S,
        cell: a(`rp${i}`, id),
        rules: ["sum-mismatch"],
        truth: subsOf[id].map((sid) => a(`rp${i}`, sid)).join("+"),
      });
    });
  for (const id of ["k1", "s11", "s12", "s21", "s22", "s23"])
    b.ok({
      sheet: S,
      cell: a("akrp", id),
      rules: ["sum-mismatch", "kondisi-akhir-mismatch"],
      truth: Y.map((_, i) => a(`rp${i}`, id)).join("+"),
    });
  for (const id of ["s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k1"),
    });
  for (const id of ["s21", "s22"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k2"),
    });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "prog"),
    });
  return b.finish();
}

// ======================================== IKU matrix DPPKB Kabupaten Cibeureum Hilir (Jawa Barat)

type Iku = {
  id: string;
  ind: string;
  def: string;
  rumus: string;
  sat: string;
  awal: number;
  t: number[];
  src: string;
  pj: string;
};

export function ikuDppkb(): BookW {
  const b = new BookW(
    "iku-dppkb-cibeureum-hilir-2025-2029.xlsx",
    "Matriks IKU (DPPKB)",
    "IKU matrix of the DPPKB of a Jawa Barat kabupaten, Renstra 2025-2029: No | Indikator Kinerja Utama | Definisi Operasional | Formulasi / Cara Perhitungan | Satuan | Kondisi Awal 2024 | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir 2029 | Sumber Data | Penanggung Jawab; number row (1) .. (14); three lower-is-better rows (TFR, unmet need, ASFR 15-19)",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIBEUREUM HILIR",
    "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
  ]);
  s.lines([
    "Lampiran Keputusan Kepala DPPKB Nomor 050/112/DPPKB/2025",
    "INDIKATOR KINERJA UTAMA DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA TAHUN 2025-2029",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const iku: Iku[] = [
    {
      id: "u1",
      ind: "Angka Kelahiran Total (Total Fertility Rate/TFR)",
      def: "Rata-rata anak yang dilahirkan seorang perempuan selama masa reproduksinya",
      rumus: "5 x jumlah ASFR kelompok umur 15-49 tahun / 1.000",
      sat: "anak per WUS",
      awal: 2.14,
      t: [2.12, 2.1, 2.08, 2.06, 2.04],
      src: "SKI / Pemutakhiran PK",
      pj: "Bidang Pengendalian Penduduk",
    },
    {
      id: "u2",
      ind: "Persentase pemakaian kontrasepsi modern (mCPR)",
      def: "Persentase PUS yang menggunakan metode kontrasepsi modern",
      rumus: "Jumlah peserta KB aktif modern / jumlah PUS x 100%",
      sat: "%",
      awal: 61.2,
      // planted: the 2027 target slipped a decimal (63.0 meant)
      t: [61.8, 62.4, 6.3, 63.6, 64.2],
      src: "SIGA / New SIGA BKKBN",
      pj: "Bidang KB",
    },
    {
      id: "u3",
      ind: "Persentase kebutuhan ber-KB yang tidak terpenuhi (unmet need)",
      def: "PUS yang ingin menunda atau tidak ingin anak lagi tetapi tidak ber-KB",
      rumus: "Jumlah PUS unmet need / jumlah PUS x 100%",
      sat: "%",
      awal: 9.8,
      // planted: 2028 rises between 8.9 and 8.3
      t: [9.5, 9.2, 8.9, 9.4, 8.3],
      src: "SIGA / New SIGA BKKBN",
      pj: "Bidang KB",
    },
    {
      id: "u4",
      ind: "Angka kelahiran remaja umur 15-19 tahun (ASFR 15-19)",
      def: "Jumlah kelahiran dari perempuan umur 15-19 tahun per 1.000 perempuan umur 15-19 tahun",
      rumus: "Kelahiran ibu 15-19 tahun / perempuan 15-19 tahun x 1.000",
      sat: "per 1.000",
      awal: 26.4,
      t: [25.6, 24.8, 24.0, 23.2, 22.4],
      src: "Pemutakhiran PK",
      pj: "Bidang Ketahanan Keluarga",
    },
    {
      id: "u5",
      ind: "Indeks Pembangunan Keluarga (iBangga)",
      def: "Ukuran kualitas keluarga: ketenteraman, kemandirian dan kebahagiaan",
      rumus: "Rata-rata tertimbang dimensi ketenteraman, kemandirian dan kebahagiaan",
      sat: "indeks",
      awal: 61.05,
      t: [61.6, 62.2, 62.8, 63.4, 64.0],
      src: "Pemutakhiran PK",
      pj: "Bidang Ketahanan Keluarga",
    },
    {
      id: "u6",
      ind: "Persentase keluarga berisiko stunting yang mendapatkan pendampingan",
      def: "Keluarga berisiko stunting yang didampingi Tim Pendamping Keluarga",
      rumus: "Keluarga berisiko stunting didampingi / keluarga berisiko stunting x 100%",
      sat: "%",
      awal: 78.5,
      t: [82, 85, 88, 91, 94],
      src: "Elsimil",
      pj: "Bidang Ketahanan Keluarga",
    },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 34 },
      { key: "def", head: ["Definisi Operasional"], role: "definisi", num: "(3)", width: 34 },
      { key: "rumus", head: ["Formulasi / Cara Perhitungan"], role: "rumus", num: "(4)", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 10 },
      {
        key: "awal",
        head: ["Kondisi Awal 2024"],
        role: "kondisi-awal",
        year: 2024,
        num: "(6)",
        fmt: DEC,
        width: 10,
      },
      ...Y.map((y, i): Col => ({
        key: `t${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        num: `(${7 + i})`,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir 2029"],
        role: "kondisi-akhir",
        year: 2029,
        num: "(12)",
        fmt: DEC,
        width: 10,
      },
      { key: "src", head: ["Sumber Data"], role: "sumber-data", num: "(13)", width: 16 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(14)", width: 18 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: iku.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        def: x.def,
        rumus: x.rumus,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.t.map((v, k) => [`t${k}`, v])),
        ak: x.t[4],
        src: x.src,
        pj: x.pj,
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: TFR, unmet need dan ASFR 15-19 merupakan indikator dengan polaritas negatif (semakin kecil semakin baik).",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Cibeureum Hilir, 6 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "dr. H. ASEP SAEFULLOH, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710723 200012 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2", "u2") },
    rules: ["target-outlier"],
    note: "The 2027 target of the mCPR is 6.30 in the series 61.80, 62.40, 6.30, 63.60, 64.20 (decimal slip; 63.00 meant, the mean of its neighbours)",
    truth: `(${a("t1", "u2")}+${a("t3", "u2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("t3", "u3") },
    rules: ["target-trend"],
    note: "The 2028 target of the unmet need (lower is better) rises to 9.40 between 8.90 (2027) and 8.30 (2029); 8.60 keeps the path falling",
    truth: `(${a("t2", "u3")}+${a("t4", "u3")})/2`,
  });
  for (const x of iku)
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", x.id),
      // a rate's or an index's kondisi akhir is the last target, not the five years added up
      trap: Y.map((_, i) => a(`t${i}`, x.id)).join("+"),
    });
  // the falling TFR and ASFR 15-19 are the right way for lower-is-better indicators
  for (const id of ["u1", "u4"])
    Y.forEach((_, i) =>
      b.ok({
        sheet: S,
        cell: a(`t${i}`, id),
        rules: ["target-trend"],
        truth: String(iku.find((x) => x.id === id)!.t[i]),
      }),
    );
  return b.finish();
}
