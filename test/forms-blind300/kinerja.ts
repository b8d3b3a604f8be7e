// LKjIP of the DP3AP2KB Pasir Meraung (KB, unmet need, audit kasus stunting), the PK 2025 of the
// DP3A Rawa Kemuning beside its Renstra, the recap of peserta KB aktif per kecamatan, and the recap
// of kekerasan terhadap perempuan dan anak beside the KLA klaster table. All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const PCT = "0.00%";

/** LKjIP 2024 pengukuran kinerja, DP3AP2KB Pasir Meraung: capaian as fractions with a % format. */
export function lkjipKbPasirMeraung(): BookW {
  const b = new BookW(
    "lkjip-2024-kb-stunting-dp3ap2kb-pasir-meraung.xlsx",
    "LKjIP pengukuran kinerja (DP3AP2KB)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 as a fraction with a 0.00% format | Predikat; refleksi (2T-R)/T on negative rows; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran DP3AP2KB Kabupaten Pasir Meraung Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya kesertaan ber-KB dan kualitas keluarga";
  const SAS2 = "Menurunnya kekerasan terhadap perempuan dan anak serta stunting";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Angka pemakaian kontrasepsi modern (mCPR)",
      sat: "%",
      neg: false,
      r0: 58.1,
      t: 59.8,
      r: 60.1,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase kebutuhan ber-KB yang tidak terpenuhi (unmet need)",
      sat: "%",
      neg: true,
      r0: 13.4,
      t: 11.5,
      r: 12.8,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Jumlah peserta KB aktif",
      sat: "jiwa",
      neg: false,
      r0: 49_930,
      t: 52_400,
      r: 50_870,
    },
    {
      id: "i4",
      sas: SAS1,
      ind: "Angka kelahiran remaja umur 15-19 tahun (ASFR per 1.000)",
      sat: "per 1.000",
      neg: true,
      r0: 29.6,
      t: 28,
      r: 25.9,
    },
    {
      id: "i5",
      sas: SAS2,
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani",
      sat: "%",
      neg: false,
      r0: 84.5,
      t: 100,
      r: 88.2,
    },
    {
      id: "i6",
      sas: SAS2,
      ind: "Persentase baduta stunting yang diaudit (Audit Kasus Stunting)",
      sat: "%",
      neg: false,
      r0: 62,
      t: 80,
      r: 85,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  const pred: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Baik",
    i3: "Sangat Baik",
    i4: "Sangat Baik",
    // planted: 88.20 % is Baik, not Sangat Baik
    i5: "Sangat Baik",
    i6: "Sangat Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the unmet need row (negative) has the R / T formula of the positive rows
          c: fx(cap(x.id === "i2" ? false : x.neg, c.a("t"), c.a("r"))),
          p: pred[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator unmet need dan ASFR 15-19 berpolaritas negatif, capaian = (2 x target - realisasi) / target.",
    "Predikat: > 90 % Sangat Baik; > 75 - 90 % Baik; > 65 - 75 % Cukup; > 50 - 65 % Kurang; <= 50 % Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Unmet need (negative) computed as R / T = 111.30 %; refleksi (2 x 11.5 - 12.8) / 11.5 gives 88.70 %",
    truth: cap(true, a("t", "i2"), a("r", "i2")),
    tol: 0.00006,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kekerasan ditangani: capaian 88.20 % (88.2 / 100) is written Sangat Baik; the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")}*100)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")},4)`,
    tol: 0.00006,
  });
  for (const id of ["i1", "i3", "i5", "i6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol: 0.00006,
    });
  for (const id of ["i1", "i3", "i4", "i6"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala DP3A Kota Rawa Kemuning, beside the Renstra 2025-2029 (Tahun ke- headers). */
export function pkDp3aRawaKemuning(): BookW {
  const b = new BookW(
    "pk-2025-kla-kekerasan-dp3a-rawa-kemuning.xlsx",
    "PK 2025 with Renstra (DP3A)",
    "sheet 'PK DP3A 2025': statement, No | Sasaran (merged) | Indikator | Satuan | Target; program table Kode | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'IKU Renstra': Kondisi Awal | Tahun ke-1..ke-5 (years only in the title) | Kondisi Akhir",
  );
  const P = "PK DP3A 2025";
  const R = "IKU Renstra";
  const ind = [
    {
      id: "a",
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      awal: 68.4,
      k: [69.1, 69.8, 70.5, 71.2, 72],
    },
    {
      id: "b",
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani",
      sat: "%",
      awal: 86,
      k: [88, 90, 92, 95, 98],
    },
    {
      id: "c",
      ind: "Nilai evaluasi Kota Layak Anak (KLA)",
      sat: "nilai",
      awal: 712,
      k: [730, 750, 770, 800, 830],
    },
    {
      id: "d",
      ind: "Rasio kekerasan terhadap anak per 10.000 penduduk anak",
      sat: "rasio",
      awal: 4.8,
      k: [4.5, 4.2, 3.9, 3.6, 3.3],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra DP3A Kota Rawa Kemuning Tahun 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44, num: "(2)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
      { key: "awal", head: ["Kondisi Kinerja Awal"], role: "kondisi-awal", num: "(4)" },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: `(${4 + y})`,
      })),
      { key: "ak", head: ["Kondisi Kinerja pada Akhir Periode Renstra"], role: "kondisi-akhir", num: "(10)" },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PEMERINTAH KOTA RAWA KEMUNING", "PERJANJIAN KINERJA TAHUN 2025"]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Dra. FRANSISKA ILUN MERANTI, M.Si., Kepala DP3A Kota Rawa Kemuning,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kesetaraan gender dan perlindungan perempuan"
            : "Terpenuhinya hak dan perlindungan anak",
        ind: x.ind,
        sat: x.sat,
        // planted: the KLA target is the Renstra Tahun ke-2 value 750 (ke-1 = 2025: 730)
        tg: x.id === "c" ? 750 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "2.08.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 3_482_650_000,
    },
    {
      id: "p2",
      kode: "2.08.02",
      nm: "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan",
      rp: 612_400_000,
    },
    { id: "p3", kode: "2.08.03", nm: "Program Perlindungan Perempuan", rp: 845_900_000 },
    { id: "p4", kode: "2.08.04", nm: "Program Peningkatan Kualitas Keluarga", rp: 298_750_000 },
    { id: "p5", kode: "2.08.06", nm: "Program Pemenuhan Hak Anak (PHA)", rp: 436_200_000 },
    { id: "p6", kode: "2.08.07", nm: "Program Perlindungan Khusus Anak", rp: 527_300_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x): Row => ({
        id: x.id,
        cells: { kode: x.kode, nm: x.nm, rp: x.rp, sd: x.id === "p3" ? "APBD, DAK Non Fisik PPA" : "APBD" },
      })),
      // planted: Jumlah typed 6,230,200,000; the programs add up to 6,203,200,000
      { id: "j", span: ["kode", "nm"], bold: true, cells: { kode: "Jumlah", rp: 6_230_200_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Rawa Kemuning, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK"],
    nama: "Dra. FRANSISKA ILUN MERANTI, M.Si.",
    nip: "19710527 199803 2 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the KLA nilai is 750, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 730",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 6,230,200,000; the six programs add up to 6,203,200,000 (digits swapped)",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p6")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Peserta KB aktif and unmet need per kecamatan, DP3AP2KB Pasir Meraung, keadaan Desember 2024. */
export function rekapKbKecamatan(): BookW {
  const b = new BookW(
    "rekap-peserta-kb-aktif-unmet-need-kecamatan-pasir-meraung.xlsx",
    "Rekap peserta KB aktif per kecamatan (DP3AP2KB)",
    "per kecamatan: PUS | Peserta KB aktif MKJP | Non MKJP | Jumlah (6)=(4)+(5) | CPR (7)=(6)/(3)x100 | Unmet need jiwa | % (9)=(8)/(3)x100; JUMLAH row of SUMs, % of the totals; source note below",
  );
  const S = "PA per Kecamatan";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS P3AP2KB KABUPATEN PASIR MERAUNG",
    "BIDANG PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
  ]);
  s.lines(["REKAPITULASI PESERTA KB AKTIF DAN UNMET NEED MENURUT KECAMATAN", "Keadaan s.d. Desember 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Muara Meraung", pus: 8_420, m: 2_310, n: 3_620, u: 1_028 },
    { id: "k2", nm: "Sungai Lalan Hilir", pus: 5_160, m: 1_022, n: 2_148, u: 702 },
    { id: "k3", nm: "Tanjung Rambai", pus: 6_385, m: 1_410, n: 2_566, u: 811 },
    { id: "k4", nm: "Pematang Ulu", pus: 4_072, m: 866, n: 1_734, u: 540 },
    { id: "k5", nm: "Rantau Kapas", pus: 3_518, m: 701, n: 1_512, u: 498 },
    { id: "k6", nm: "Bukit Sebelat", pus: 2_946, m: 402, n: 1_050, u: 436 },
  ];
  const PA = "Peserta KB Aktif";
  const UN = "Unmet Need";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
      { key: "pus", head: ["Pasangan Usia Subur (PUS)"], num: "(3)", fmt: INT },
      { key: "m", head: [PA, "MKJP"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "n", head: [PA, "Non MKJP"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [PA, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (4)+(5)", fmt: INT },
      {
        key: "cpr",
        head: [PA, "CPR (%)"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(3) x 100",
        fmt: DEC,
      },
      { key: "u", head: [UN, "Jiwa"], num: "(8)", fmt: INT },
      { key: "up", head: [UN, "%"], role: "capaian", year: 2024, num: "(9) = (8)/(3) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          pus: k.pus,
          m: k.m,
          n: k.n,
          j: fx(`${c.a("m")}+${c.a("n")}`),
          cpr: fx(`ROUND(${c.a("j")}/${c.a("pus")}*100,2)`),
          u: k.u,
          // planted: Bukit Sebelat's unmet need typed 148.0 (decimal slip of 14.80)
          up: k.id === "k6" ? 148 : fx(`ROUND(${c.a("u")}/${c.a("pus")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["pus", "m", "n", "j"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          // planted: the unmet need total stops at Rantau Kapas
          out.u = fx(`SUM(${c.a("u", "k1")}:${c.a("u", "k5")})`);
          out.cpr = fx(`ROUND(${c.a("j")}/${c.a("pus")}*100,2)`);
          out.up = fx(`ROUND(${c.a("u")}/${c.a("pus")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: New SIGA BKKBN, diolah Bidang PPKB.", "MKJP: IUD, implan, MOW, MOP."]);
  s.gap();
  signature(s, 6, {
    tempat: "Muara Meraung, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PENGENDALIAN PENDUDUK DAN KB"],
    nama: "RAHMAT HIDAYAT SIREGAR, S.Sos.",
    nip: "19830204 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("up", "k6") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "Unmet need % of Bukit Sebelat is a typed 148.00 (over 100 %); 436 / 2,946 x 100 = 14.80",
    truth: `ROUND(${a("u", "k6")}/${a("pus", "k6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("u", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH unmet need is =SUM over the first five kecamatan (3,579); with Bukit Sebelat it is 4,015",
    truth: `SUM(${a("u", "k1")}:${a("u", "k6")})`,
  });
  const cprs = K.map((k) => a("cpr", k.id)).join(",");
  b.ok({
    sheet: S,
    cell: a("cpr", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("pus", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${cprs}),2)`,
  });
  for (const k of ["pus", "m", "n", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  for (const id of ["k1", "k3", "k6"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("m", id)}+${a("n", id)}` });
    b.ok({
      sheet: S,
      cell: a("cpr", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("pus", id)}*100,2)`,
    });
  }
  for (const id of ["k2", "k5"])
    b.ok({
      sheet: S,
      cell: a("up", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("u", id)}/${a("pus", id)}*100,2)`,
    });
  return b.finish();
}

/** Korban kekerasan ditangani UPTD PPA per triwulan, beside the KLA klaster table, Kota Rawa Kemuning 2024. */
export function rekapPpaKla(): BookW {
  const b = new BookW(
    "rekap-uptd-ppa-korban-kekerasan-kla-rawa-kemuning-2024.xlsx",
    "Rekap korban kekerasan dan KLA (DP3A)",
    "two tables side by side: left per triwulan Perempuan dewasa | Anak | Jumlah (4)=(2)+(3) | Mendapat layanan | % (6)=(5)/(4)x100 | Dirujuk ke APH, Jumlah row; right (shorter) KLA per klaster: Jumlah indikator | Terpenuhi | %, Jumlah row",
  );
  const S = "UPTD PPA dan KLA 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA RAWA KEMUNING",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "UPTD Perlindungan Perempuan dan Anak",
  ]);
  s.lines(["Data Korban Kekerasan yang Ditangani dan Pemenuhan Indikator Kota Layak Anak Tahun 2024"]);
  s.gap();
  const top = s.r;
  const Q = [
    { id: "q1", tw: "Triwulan I", p: 14, a: 19, l: 31, aph: 6 },
    { id: "q2", tw: "Triwulan II", p: 11, a: 23, l: 32, aph: 8 },
    { id: "q3", tw: "Triwulan III", p: 17, a: 21, l: 38, aph: 5 },
    { id: "q4", tw: "Triwulan IV", p: 22, a: 36, l: 50, aph: 12 },
  ];
  const KR = "Korban Dilaporkan";
  const lt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
        { key: "p", head: [KR, "Perempuan Dewasa"], num: "(2)", fmt: INT },
        { key: "a", head: [KR, "Anak"], num: "(3)", fmt: INT },
        { key: "j", head: [KR, "Jumlah"], role: "target", year: 2024, num: "(4) = (2)+(3)", fmt: INT },
        { key: "l", head: ["Korban Mendapat Layanan"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
        {
          key: "pc",
          head: ["% Tertangani"],
          role: "capaian",
          year: 2024,
          num: "(6) = (5)/(4) x 100",
          fmt: DEC,
        },
        { key: "aph", head: ["Dirujuk ke APH"], num: "(7)", fmt: INT },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw,
            p: q.p,
            a: q.a,
            j: fx(`${c.a("p")}+${c.a("a")}`),
            l: q.l,
            // planted: Triwulan II's cached % is stale (32 / 33 from before a case was added)
            pc:
              q.id === "q2"
                ? fx(`ROUND(${c.a("l")}/${c.a("j")}*100,2)`, 96.97)
                : fx(`ROUND(${c.a("l")}/${c.a("j")}*100,2)`),
            aph: q.aph,
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => {
            const out: Record<string, string | ReturnType<typeof fx>> = { tw: "Jumlah" };
            for (const k of ["p", "a", "j", "l", "aph"]) out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`);
            out.pc = fx(`ROUND(${c.a("l")}/${c.a("j")}*100,2)`);
            return out;
          },
        },
      ],
    },
    1,
    top,
  );
  const KL = [
    { id: "c1", nm: "Kelembagaan", n: 6, y: 5 },
    { id: "c2", nm: "I. Hak Sipil dan Kebebasan", n: 3, y: 2 },
    { id: "c3", nm: "II. Lingkungan Keluarga dan Pengasuhan Alternatif", n: 5, y: 4 },
    { id: "c4", nm: "III. Kesehatan Dasar dan Kesejahteraan", n: 7, y: 5 },
    { id: "c5", nm: "IV. Pendidikan, Pemanfaatan Waktu Luang, Budaya", n: 4, y: 3 },
    { id: "c6", nm: "V. Perlindungan Khusus", n: 5, y: 3 },
  ];
  const rt = s.table(
    {
      cols: [
        { key: "nm", head: ["Klaster KLA"], role: "indikator", width: 36 },
        { key: "n", head: ["Jumlah Indikator"], role: "target", year: 2024, fmt: INT },
        { key: "y", head: ["Indikator Terpenuhi"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pc", head: ["Pemenuhan (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...KL.map((k): Row => ({
          id: k.id,
          cells: (c) => ({ nm: k.nm, n: k.n, y: k.y, pc: fx(`ROUND(${c.a("y")}/${c.a("n")}*100,2)`) }),
        })),
        {
          id: "tot",
          bold: true,
          // planted: the total % is the average of the klaster % (72.74), not 22 / 30 = 73.33
          cells: (c) => ({
            nm: "Jumlah",
            n: fx(`SUM(${c.a("n", "c1")}:${c.a("n", "c6")})`),
            y: fx(`SUM(${c.a("y", "c1")}:${c.a("y", "c6")})`),
            pc: 72.74,
          }),
        },
      ],
    },
    lt.right + 2,
    top,
  );
  s.r = Math.max(lt.lastDataRow, rt.lastDataRow) + 2;
  s.lines(["Sumber: SIMFONI PPA dan hasil verifikasi mandiri KLA 2024."]);
  s.gap();
  signature(s, 5, {
    tempat: "Rawa Kemuning, 8 Januari 2025",
    jabatan: ["KEPALA UPTD PPA"],
    nama: "SITI MAEMUNAH, S.Psi., M.Psi.",
    nip: "19850911 201001 2 014",
  });
  const a = (k: string, id: string) => lt.a(k, id);
  const r = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "q2") },
    rules: ["capaian-mismatch"],
    note: "Triwulan II % has a stale cached 96.97; the formula gives 32 / 34 x 100 = 94.12",
    truth: `ROUND(${a("l", "q2")}/${a("j", "q2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: r("pc", "tot") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "KLA Jumlah % is a typed 72.74, the mean of the klaster %; the totals give 22 / 30 x 100 = 73.33",
    truth: `ROUND(${r("y", "tot")}/${r("n", "tot")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("l", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${Q.filter((q) => q.id !== "q2")
      .map((q) => a("pc", q.id))
      .join(",")},ROUND(${a("l", "q2")}/${a("j", "q2")}*100,2)),2)`,
  });
  for (const k of ["p", "a", "j", "l"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("l", id)}/${a("j", id)}*100,2)`,
    });
  for (const k of ["n", "y"])
    b.ok({ sheet: S, cell: r(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${r(k, "c1")}:${r(k, "c6")})` });
  for (const id of ["c3", "c4"])
    b.ok({
      sheet: S,
      cell: r("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${r("y", id)}/${r("n", id)}*100,2)`,
    });
  return b.finish();
}
