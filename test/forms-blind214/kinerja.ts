// LKjIP, PK with its Renstra, the recap of akta kematian per kecamatan and the recap of PKS
// pemanfaatan data beside aktivasi IKD, of two Disdukcapil (Jambi, Nusa Tenggara Barat). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

const PCT = "0.00%";

/** LKjIP 2024 Disdukcapil Rantau Sialang: capaian as fractions with a % format, refleksi on negatives. */
export function lkjipDukcapil(): BookW {
  const b = new BookW(
    "lkjip-ikd-akta-kematian-rantau-sialang.xlsx",
    "LKjIP pengukuran kinerja (Disdukcapil)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian | Predikat | Target Akhir Renstra 2026; capaian as ROUND(...,4) fractions shown with 0.00%; refleksi (2T-R)/T on the two negative rows; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024",
    "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Rantau Sialang",
  ]);
  s.gap();
  const S1 = "Meningkatnya kepemilikan dokumen kependudukan dan IKD";
  const S2 = "Meningkatnya kualitas dan pemanfaatan data kependudukan";
  const I = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase penduduk wajib KTP-el yang telah aktivasi IKD",
      sat: "%",
      neg: false,
      t: 18,
      r: 19.3,
      end: 30,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Cakupan kepemilikan akta kematian",
      sat: "%",
      neg: false,
      t: 70,
      r: 72.5,
      end: 85,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Rata-rata waktu penerbitan akta kematian",
      sat: "hari",
      neg: true,
      t: 5,
      r: 4.2,
      end: 3,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah lembaga pengguna yang memanfaatkan data melalui PKS",
      sat: "lembaga",
      neg: false,
      t: 14,
      r: 12,
      end: 20,
    },
    { id: "i5", sas: S2, ind: "Persentase data ganda NIK", sat: "%", neg: true, t: 0.8, r: 0.95, end: 0.5 },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
    { key: "end", head: ["Target Akhir Renstra (2026)"], role: "target" },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  const pred: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Baik",
    // planted: 81.25 % is Baik
    i5: "Sangat Baik",
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
          t: x.t,
          r: x.r,
          // planted: the PKS row keeps a stale cached 92.86 % from when the realisasi was 13
          c: x.id === "i4" ? fx(cap(false, c.a("t"), c.a("r")), 0.9286) : fx(cap(x.neg, c.a("t"), c.a("r"))),
          p: pred[x.id],
          end: x.end,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator rata-rata waktu penerbitan akta dan persentase data ganda bersifat negatif;",
    "capaian = (2 x Target - Realisasi) / Target. Predikat: > 90% Sangat Baik; > 75% Baik; > 65% Cukup; > 50% Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const FR = 0.00006;
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the PKS row: =ROUND(F/E,4) with a stale cached 92.86 %; T 14 and R 12 give 85.71 %",
    truth: cap(false, a("t", "i4"), a("r", "i4")),
    tol: FR,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for the data ganda capaian of 81.25 % (refleksi (1.6 - 0.95) / 0.8); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")}*100)`,
  });
  for (const id of ["i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)},4)`,
      tol: FR,
    });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol: FR,
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala Disdukcapil Kota Batu Laras, beside the Renstra 2025-2029 (Tahun ke-) targets. */
export function pkDukcapil(): BookW {
  const b = new BookW(
    "pk-2025-renstra-disdukcapil-batu-laras.xlsx",
    "PK 2025 with Renstra (Disdukcapil)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target; No | Program | Anggaran (Rp) | Ket. with a typed Jumlah; sheet 'Renstra': Kondisi Awal | Tahun ke-1..ke-5 (years only in the title) | Kondisi Akhir; a negative indicator with falling targets",
  );
  const P = "PK 2025";
  const R = "Renstra";
  const ind = [
    {
      id: "a",
      ind: "Persentase penduduk wajib KTP-el yang telah aktivasi IKD",
      sat: "%",
      awal: 14.2,
      k: [25, 35, 45, 55, 65],
    },
    { id: "b", ind: "Cakupan kepemilikan akta kematian", sat: "%", awal: 66.5, k: [72, 76, 80, 84, 88] },
    {
      id: "c",
      ind: "Jumlah lembaga pengguna data kependudukan dengan PKS aktif",
      sat: "lembaga",
      awal: 15,
      k: [18, 22, 26, 30, 34],
    },
    { id: "d", ind: "Persentase data ganda NIK", sat: "%", awal: 1.1, k: [0.9, 0.8, 0.7, 0.6, 0.5] },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Disdukcapil Kota Batu Laras Tahun 2025-2029"]);
  rs.gap();
  const yrs = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44, num: "(2)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", num: "(4)" },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: `(${4 + y})`,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", num: "(10)" },
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
  letterhead(pk, ["PEMERINTAH KOTA BATU LARAS", "PERJANJIAN KINERJA TAHUN 2025"]);
  pk.lines([
    "Pada hari ini, Kamis tanggal dua Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:",
    "Nama: LALU MUHAMAD SAPTARUDIN, S.STP., M.AP.; Jabatan: Kepala Dinas Kependudukan dan Pencatatan Sipil",
    "berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
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
            ? "Meningkatnya kepemilikan dokumen kependudukan dan IKD"
            : "Meningkatnya pemanfaatan data kependudukan",
        ind: x.ind,
        sat: x.sat,
        // planted: akta kematian's target is the Tahun ke-3 (2027) value 80
        tg: x.id === "b" ? x.k[2] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_126_850_000 },
    { id: "p2", nm: "Program Pendaftaran Penduduk", rp: 2_384_600_000 },
    { id: "p3", nm: "Program Pencatatan Sipil", rp: 1_512_300_000 },
    { id: "p4", nm: "Program Pengelolaan Informasi Administrasi Kependudukan", rp: 1_870_450_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2025" } })),
      // planted: a typed Jumlah with two digits swapped (9,894,200,000)
      { id: "j", span: ["no", "nm"], cells: { no: "Jumlah", rp: 9_849_200_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Batu Laras, 2 Januari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
    nama: "LALU MUHAMAD SAPTARUDIN, S.STP., M.AP.",
    nip: "19810322 200212 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of cakupan akta kematian is 80, the Renstra Tahun ke-3 (2027) target; Tahun ke-1 (2025) is 72",
    truth: `${R}!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is a typed 9,849,200,000; the four programs add up to 9,894,200,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `${R}!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: yrs.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "d"), rules: ["target-trend"], truth: "0.5" });
  return b.finish();
}

/** Rekap penerbitan akta kematian per kecamatan and per triwulan, Disdukcapil Rantau Sialang 2024. */
export function rekapAktaKematian(): BookW {
  const b = new BookW(
    "rekap-akta-kematian-kecamatan-rantau-sialang.xlsx",
    "Rekap akta kematian per kecamatan (Disdukcapil)",
    "Per kecamatan: Kematian dilaporkan | Akta terbit TW I-IV | Jumlah (8) = (4)+(5)+(6)+(7) | Cakupan (9) = (8)/(3) x 100 | Terbit daring (10) | % daring (11) = (10)/(8) x 100; number row with identities; JUMLAH row whose (8) is the sum of its quarters and whose % are ratios of totals",
  );
  const S = "Akta Kematian 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN RANTAU SIALANG",
    "Bidang Pelayanan Pencatatan Sipil",
  ]);
  s.lines(["REKAPITULASI PENERBITAN AKTA KEMATIAN PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sialang Hulu", m: 212, q: [41, 46, 52, 58], d: 148 },
    { id: "k2", nm: "Tanjung Batu Rantau", m: 184, q: [30, 37, 41, 49], d: 102 },
    { id: "k3", nm: "Sungai Lalang", m: 146, q: [22, 26, 31, 35], d: 71 },
    { id: "k4", nm: "Pematang Ranah", m: 233, q: [44, 49, 55, 61], d: 163 },
    { id: "k5", nm: "Koto Tebing", m: 98, q: [17, 19, 21, 23], d: 72 },
    { id: "k6", nm: "Muara Seluai", m: 167, q: [28, 33, 36, 44], d: 94 },
  ];
  const A = "Akta Kematian Terbit";
  const tw = ["TW I", "TW II", "TW III", "TW IV"];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
      { key: "m", head: ["Kematian Dilaporkan (jiwa)"], role: "target", year: 2024, num: "(3)", fmt: INT },
      ...tw.map((h, i): Col => ({
        key: `q${i + 1}`,
        head: [A, h],
        role: "realisasi",
        year: 2024,
        num: `(${4 + i})`,
        fmt: INT,
      })),
      {
        key: "j",
        head: [A, "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(8) = (4)+(5)+(6)+(7)",
        fmt: INT,
      },
      {
        key: "c",
        head: ["Cakupan Akta Kematian (%)"],
        role: "capaian",
        year: 2024,
        num: "(9) = (8)/(3) x 100",
        fmt: DEC,
      },
      { key: "d", head: ["Terbit melalui Layanan Daring"], num: "(10)", fmt: INT },
      { key: "pd", head: ["% Daring"], num: "(11) = (10)/(8) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          m: k.m,
          q1: k.q[0],
          q2: k.q[1],
          q3: k.q[2],
          q4: k.q[3],
          // planted: Pematang Ranah's Jumlah typed 229 among formulas (the quarters give 209)
          j: k.id === "k4" ? 229 : fx(`${c.a("q1")}+${c.a("q2")}+${c.a("q3")}+${c.a("q4")}`),
          c: fx(`ROUND(${c.a("j")}/${c.a("m")}*100,2)`),
          d: k.d,
          // planted: Koto Tebing's % daring typed 112.50 (the inverse ratio 90 / 80)
          pd: k.id === "k5" ? 112.5 : fx(`ROUND(${c.a("d")}/${c.a("j")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["m", "q1", "q2", "q3", "q4", "d"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          out.j = fx(`${c.a("q1")}+${c.a("q2")}+${c.a("q3")}+${c.a("q4")}`);
          out.c = fx(`ROUND(${c.a("j")}/${c.a("m")}*100,2)`);
          out.pd = fx(`ROUND(${c.a("d")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SIAK Terpusat, data per 31 Desember 2024. Layanan daring melalui aplikasi Sialang Pintar.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Sialang Hulu, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG PELAYANAN PENCATATAN SIPIL"],
    nama: "RAHMAWATI SITUMORANG, S.H.",
    nip: "19840709 201001 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (id: string) => ["q1", "q2", "q3", "q4"].map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah akta of Pematang Ranah is a typed 229 among formulas; 44 + 49 + 55 + 61 = 209",
    truth: q("k4"),
  });
  b.plant({
    at: { sheet: S, cell: a("pd", "k5") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% daring of Koto Tebing is a typed 112.50 (more akta online than akta issued); 72 / 80 x 100 = 90.00",
    truth: `ROUND(${a("d", "k5")}/${a("j", "k5")}*100,2)`,
  });
  for (const id of ["k1", "k2", "k3", "k5", "k6"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: q(id) });
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("m", id)}*100,2)`,
    });
  }
  b.ok({ sheet: S, cell: a("j", "tot"), rules: ["sum-mismatch"], truth: q("tot") });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${q("tot")})/SUM(${a("m", "k1")}:${a("m", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("c", "k1")}:${a("c", "k6")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pd", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("d", "k1")}:${a("d", "k6")})/(${q("tot")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pd", "k1")}:${a("pd", "k6")}),2)`,
  });
  for (const k of ["m", "q4"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}

/** PKS pemanfaatan data per kategori lembaga beside aktivasi IKD per unit layanan, Kota Batu Laras 2024. */
export function rekapPksIkd(): BookW {
  const b = new BookW(
    "rekap-pks-lembaga-pengguna-ikd-batu-laras.xlsx",
    "Rekap PKS pemanfaatan data dan aktivasi IKD (Disdukcapil)",
    "two tables side by side: A. PKS per kategori lembaga (3) s.d. 2023 | (4) baru | (5) berakhir | (6) = (3)+(4)-(5) aktif | (7) akses NIK | (8) porsi = (7)/total; B. aktivasi IKD per unit layanan: wajib KTP-el | aktivasi | %; typed totals in B with a % of the column sums",
  );
  const S = "PKS dan IKD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU LARAS", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines(["REKAP PEMANFAATAN DATA KEPENDUDUKAN DAN AKTIVASI IKD TAHUN 2024"]);
  s.gap();
  const L = [
    { id: "l1", nm: "Perbankan", a: 6, n: 2, e: 1, akses: 412_580 },
    { id: "l2", nm: "BPJS dan Asuransi", a: 3, n: 0, e: 0, akses: 268_140 },
    { id: "l3", nm: "Rumah Sakit dan Fasilitas Kesehatan", a: 4, n: 3, e: 1, akses: 95_320 },
    { id: "l4", nm: "Perangkat Daerah dan Instansi Vertikal", a: 5, n: 2, e: 0, akses: 131_775 },
    { id: "l5", nm: "Koperasi dan Lembaga Keuangan Lain", a: 2, n: 1, e: 2, akses: 18_460 },
  ];
  const top = s.r;
  const lt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kategori Lembaga Pengguna"], num: "(2)", width: 26 },
      { key: "a", head: ["Jumlah PKS", "s.d. 2023"], num: "(3)", fmt: INT },
      { key: "n", head: ["Jumlah PKS", "Baru 2024"], num: "(4)", fmt: INT },
      { key: "e", head: ["Jumlah PKS", "Berakhir 2024"], num: "(5)", fmt: INT },
      {
        key: "akt",
        head: ["Jumlah PKS", "Aktif Akhir 2024"],
        role: "realisasi",
        year: 2024,
        num: "(6) = (3)+(4)-(5)",
        fmt: INT,
      },
      {
        key: "ak",
        head: ["Akses Verifikasi NIK (kali)"],
        role: "realisasi",
        year: 2024,
        num: "(7)",
        fmt: INT,
      },
      { key: "pr", head: ["Porsi Akses (%)"], num: "(8) = (7)/Jumlah (7) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...L.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          a: x.a,
          n: x.n,
          e: x.e,
          // planted: rumah sakit's PKS aktif typed 7 (4 + 3 - 1 = 6)
          akt: x.id === "l3" ? 7 : x.a + x.n - x.e,
          ak: x.akses,
          pr: fx(`ROUND(${c.a("ak")}/${c.c("ak")}$${c.row("tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "Jumlah" };
          for (const k of ["a", "n", "e", "akt", "ak"]) out[k] = fx(`SUM(${c.a(k, "l1")}:${c.a(k, "l5")})`);
          out.pr = fx(`ROUND(${c.a("ak")}/${c.c("ak")}$${c.r}*100,2)`);
          return out;
        },
      },
    ],
  });
  const U = [
    { id: "u1", nm: "Kantor Dinas", w: 48_620, ikd: 9_415 },
    { id: "u2", nm: "Mal Pelayanan Publik", w: 31_270, ikd: 7_860 },
    { id: "u3", nm: "UPT Ampenan Laras", w: 27_845, ikd: 3_120 },
    { id: "u4", nm: "UPT Cakra Laras", w: 24_310, ikd: 2_475 },
  ];
  const W = sum(U.map((u) => u.w));
  const rt = s.table(
    {
      cols: [
        { key: "nm", head: ["Unit Layanan"], role: "lokasi", width: 22 },
        { key: "w", head: ["Penduduk Wajib KTP-el (jiwa)"], role: "target", year: 2024, fmt: INT },
        { key: "ikd", head: ["Aktivasi IKD s.d. Des 2024"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Aktivasi IKD"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 3,
      rows: [
        ...U.map((u): Row => ({
          id: u.id,
          cells: (c) => ({ nm: u.nm, w: u.w, ikd: u.ikd, p: fx(`ROUND(${c.a("ikd")}/${c.a("w")}*100,2)`) }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "Total",
            // planted: a typed total wajib KTP-el 10,000 too high
            w: W + 10_000,
            ikd: sum(U.map((u) => u.ikd)),
            p: fx(
              `ROUND(SUM(${c.a("ikd", "u1")}:${c.a("ikd", "u4")})/SUM(${c.a("w", "u1")}:${c.a("w", "u4")})*100,2)`,
            ),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines(["Catatan: % Total aktivasi IKD dihitung dari jumlah penduduk wajib KTP-el seluruh unit."]);
  s.gap();
  signature(s, 11, {
    tempat: "Batu Laras, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PENGELOLAAN INFORMASI ADMINISTRASI", "KEPENDUDUKAN DAN PEMANFAATAN DATA"],
    nama: "BAIQ NURUL HIDAYATI, S.Kom., M.T.",
    nip: "19870514 201101 2 008",
  });
  const la = (k: string, id: string) => lt.a(k, id);
  const ra = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: { sheet: S, cell: la("akt", "l3") },
    rules: ["sum-mismatch"],
    note: "PKS aktif akhir 2024 of rumah sakit is 7; (3) + (4) - (5) = 4 + 3 - 1 = 6",
    truth: `${la("a", "l3")}+${la("n", "l3")}-${la("e", "l3")}`,
  });
  b.plant({
    at: { sheet: S, cell: ra("w", "tot") },
    rules: ["sum-mismatch"],
    note: "Total penduduk wajib KTP-el is a typed 142,045; the four units add up to 132,045",
    truth: `SUM(${ra("w", "u1")}:${ra("w", "u4")})`,
  });
  for (const id of ["l1", "l2", "l4", "l5"])
    b.ok({
      sheet: S,
      cell: la("akt", id),
      rules: ["sum-mismatch"],
      truth: `${la("a", id)}+${la("n", id)}-${la("e", id)}`,
    });
  for (const id of ["l1", "l3"])
    b.ok({
      sheet: S,
      cell: la("pr", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${la("ak", id)}/SUM(${la("ak", "l1")}:${la("ak", "l5")})*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: la("ak", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${la("ak", "l1")}:${la("ak", "l5")})`,
  });
  b.ok({ sheet: S, cell: la("pr", "tot"), rules: ["sum-mismatch", "percent-out-of-range"], truth: "100" });
  b.ok({
    sheet: S,
    cell: ra("ikd", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${ra("ikd", "u1")}:${ra("ikd", "u4")})`,
  });
  b.ok({
    sheet: S,
    cell: ra("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ra("ikd", "tot")}/SUM(${ra("w", "u1")}:${ra("w", "u4")})*100,2)`,
    trap: `ROUND(AVERAGE(${ra("p", "u1")}:${ra("p", "u4")}),2)`,
  });
  for (const id of ["u1", "u3"])
    b.ok({
      sheet: S,
      cell: ra("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${ra("ikd", id)}/${ra("w", id)}*100,2)`,
    });
  return b.finish();
}
