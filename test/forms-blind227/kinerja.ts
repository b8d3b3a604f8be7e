// LKjIP and the Paket A/B/C recap of the Disdik Kabupaten Sungai Rayun (Jambi); PK with its Renstra and
// the APK PAUD / putus sekolah recap of the Disdik Kota Batu Belaman (Kalimantan Barat). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const capF = (neg: boolean, t: string, r: string) =>
  neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;

/** LKjIP 2024 pengukuran kinerja, Disdik Sungai Rayun: sasaran merged, refleksi on putus sekolah. */
export function lkjipPaud(): BookW {
  const b = new BookW(
    "lkjip-2024-apk-paud-putus-sekolah-sungai-rayun.xlsx",
    "LKjIP pengukuran kinerja (Disdik PAUD/kesetaraan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi on the two angka putus sekolah rows; Rata-rata row; predikat footnote",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.2 Pengukuran Kinerja Sasaran Dinas Pendidikan dan Kebudayaan Kabupaten Sungai Rayun Tahun 2024",
  ]);
  s.gap();
  const SA = "Meningkatnya partisipasi pendidikan anak usia dini";
  const SB = "Menurunnya angka putus sekolah dan meningkatnya layanan kesetaraan";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      sat: "%",
      neg: false,
      r0: 74.6,
      t: 76,
      r: 77.3,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase lembaga PAUD terakreditasi",
      sat: "%",
      neg: false,
      r0: 54.2,
      t: 58,
      r: 58.4,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Angka putus sekolah jenjang SD",
      sat: "%",
      neg: true,
      r0: 0.51,
      t: 0.45,
      r: 0.38,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Angka putus sekolah jenjang SMP",
      sat: "%",
      neg: true,
      r0: 1.12,
      t: 0.9,
      r: 1.02,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase anak tidak sekolah (ATS) usia 7-18 tahun yang kembali bersekolah / ikut Paket A-B-C",
      sat: "%",
      neg: false,
      r0: 22.4,
      t: 40,
      r: 28.5,
    },
    {
      id: "i6",
      sas: SB,
      ind: "Persentase warga belajar Paket C yang lulus",
      sat: "%",
      neg: false,
      r0: 81.2,
      t: 85,
      r: 79.6,
    },
  ];
  const words: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Baik",
    i5: "Cukup",
    i6: "Sangat Baik",
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
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
          // planted: i4 (negative) with R/T; i5 with a stale cached result (82.50; 28.5/40 gives 71.25)
          c:
            x.id === "i4"
              ? fx(capF(false, c.a("t"), c.a("r")))
              : fx(capF(x.neg, c.a("t"), c.a("r")), x.id === "i5" ? 82.5 : undefined),
          p: words[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator angka putus sekolah berpolaritas negatif, capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Angka putus sekolah SMP (negative) computed with R / T = 113.33; refleksi (2 x 0.90 - 1.02) / 0.90 gives 86.67",
    truth: capF(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(R/T*100,2) on the ATS row has a stale cached 82.50; 28.5 / 40 gives 71.25",
    truth: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: capF(true, a("t", "i3"), a("r", "i3")),
    trap: capF(false, a("t", "i3"), a("r", "i3")),
  });
  for (const id of ["i1", "i2", "i6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: capF(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3", "i6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("p", "i4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${capF(true, a("t", "i4"), a("r", "i4"))})`,
  });
  return b.finish();
}

/** PK 2025 of the Kepala Disdik Kota Batu Belaman, beside the Renstra 2025-2029 (Tahun ke-1..5). */
export function pkPaud(): BookW {
  const b = new BookW(
    "pk-2025-kadisdik-paud-kesetaraan-batu-belaman.xlsx",
    "PK 2025 with Renstra (Disdik PAUD/kesetaraan)",
    "sheet 'Perjanjian Kinerja': statement, No | Sasaran | Indikator | Target (with satuan in one cell column beside); program table No | Kode | Program | Anggaran (Rp) | Ket. with a typed Jumlah; sheet 'IKU Renstra' Renstra 2025-2029 with Tahun ke-1..ke-5 and Kondisi Akhir",
  );
  const P = "Perjanjian Kinerja";
  const R = "IKU Renstra";
  const ind = [
    {
      id: "a",
      ind: "Angka Partisipasi Kasar (APK) PAUD",
      sat: "%",
      awal: 68.4,
      k: [70, 72.5, 75, 77.5, 80],
      flow: false,
    },
    {
      id: "b",
      ind: "Angka putus sekolah jenjang SD dan SMP",
      sat: "%",
      awal: 0.92,
      k: [0.85, 0.78, 0.7, 0.62, 0.55],
      flow: false,
    },
    {
      id: "c",
      ind: "Persentase lulusan Paket C yang melanjutkan ke perguruan tinggi atau bekerja",
      sat: "%",
      awal: 33.5,
      k: [35, 38, 41, 44, 47],
      flow: false,
    },
    {
      id: "d",
      ind: "Jumlah warga belajar kesetaraan yang lulus",
      sat: "orang",
      awal: 455,
      k: [480, 500, 520, 540, 560],
      flow: true,
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Pendidikan Kota Batu Belaman 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[1, 2, 3, 4, 5].map((n): Col => ({
        key: `y${n}`,
        head: ["Target Tahun", `ke-${n}`],
        role: "target",
        year: 2024 + n,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
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
        ak: x.flow ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  rs.gap();
  rs.lines(["Sumber: Renstra Dinas Pendidikan Kota Batu Belaman 2025-2029 (Perwako No. 14 Tahun 2025)"]);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PENDIDIKAN KOTA BATU BELAMAN"]);
  pk.lines([
    "Pada hari ini, Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan",
    "di bawah ini berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target", "Nilai"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Target", "Satuan"], role: "satuan" },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya akses dan mutu PAUD serta pendidikan kesetaraan",
        ind: x.ind,
        // planted: the Paket C lanjut target is the Renstra year-2 (2026) value 38; year 1 is 35
        tg: x.id === "c" ? 38 : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kd: "1.01.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 48_612_350_000,
    },
    { id: "p2", kd: "1.01.02", nm: "Program Pengelolaan Pendidikan", rp: 61_245_800_000 },
    { id: "p3", kd: "1.01.03", nm: "Program Pengembangan Kurikulum", rp: 1_184_500_000 },
    { id: "p4", kd: "1.01.04", nm: "Program Pendidik dan Tenaga Kependidikan", rp: 2_376_900_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kd", head: ["Kode"], role: "kode", width: 10 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kd: x.kd, nm: x.nm, rp: x.rp, ket: "APBD 2025" },
      })),
      // planted: a typed Jumlah with two digits swapped (113,491,550,000; the programs give 113,419,550,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 113_491_550_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Batu Belaman, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN KOTA BATU BELAMAN"],
    nama: "Hj. RAHMAWATI USMAN, S.Pd., M.M.",
    nip: "19760808 200003 2 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of lulusan Paket C melanjutkan is 38, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 35",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Typed Jumlah 113,491,550,000; the four programs add up to 113,419,550,000",
    truth: prog.map((x) => at.a("rp", x.id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  const ys = (id: string) => [1, 2, 3, 4, 5].map((n) => rt.a(`y${n}`, id)).join("+");
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: ys(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ys("d"),
    trap: rt.a("y5", "d"),
  });
  return b.finish();
}

/** Rekap warga belajar Paket A/B/C per kecamatan, Disdik Sungai Rayun, tahun pelajaran 2023/2024. */
export function rekapKesetaraan(): BookW {
  const b = new BookW(
    "rekap-warga-belajar-paket-abc-per-kecamatan-sungai-rayun.xlsx",
    "Rekap pendidikan kesetaraan per kecamatan (Disdik)",
    "per kecamatan: PKBM/SKB | Paket A | B | C | Jumlah '(7) = (4)+(5)+(6)' | Peserta ujian | Lulus | % Lulus '(10) = (9)/(8) x 100'; JUMLAH row with % of the totals; letterhead; a note and the Kasi's signature",
  );
  const S = "Kesetaraan 2023-2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN SUNGAI RAYUN",
    "BIDANG PAUD DAN PENDIDIKAN NONFORMAL",
  ]);
  s.lines(["REKAPITULASI WARGA BELAJAR PENDIDIKAN KESETARAAN PER KECAMATAN", "Tahun Pelajaran 2023/2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Kotobaru Rayun", u: 4, pa: 18, pb: 64, pc: 142, uj: 118, l: 109 },
    { id: "k2", nm: "Muara Rayun Ilir", u: 3, pa: 25, pb: 71, pc: 96, uj: 90, l: 78 },
    { id: "k3", nm: "Tanjung Sepat", u: 2, pa: 31, pb: 48, pc: 57, uj: 61, l: 52 },
    { id: "k4", nm: "Renah Pelawan", u: 2, pa: 12, pb: 37, pc: 63, uj: 58, l: 55 },
    { id: "k5", nm: "Bukit Sialang", u: 1, pa: 9, pb: 22, pc: 41, uj: 36, l: 30 },
    { id: "k6", nm: "Pangkalan Jambu Ulu", u: 2, pa: 21, pb: 40, pc: 52, uj: 47, l: 44 },
  ];
  const G = "Warga Belajar (orang)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "u", head: ["PKBM / SKB (unit)"], num: "(3)", fmt: INT },
      { key: "pa", head: [G, "Paket A"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "pb", head: [G, "Paket B"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "pc", head: [G, "Paket C"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "(7) = (4)+(5)+(6)", fmt: INT },
      { key: "uj", head: ["Ujian Pendidikan Kesetaraan", "Peserta"], num: "(8)", fmt: INT },
      { key: "l", head: ["Ujian Pendidikan Kesetaraan", "Lulus"], num: "(9)", fmt: INT },
      {
        key: "p",
        head: ["Ujian Pendidikan Kesetaraan", "% Lulus"],
        role: "capaian",
        year: 2024,
        num: "(10) = (9)/(8) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          u: k.u,
          pa: k.pa,
          pb: k.pb,
          pc: k.pc,
          // planted: Tanjung Sepat's Jumlah typed 163 (31 + 48 + 57 = 136)
          j: k.id === "k3" ? 163 : fx(`${c.a("pa")}+${c.a("pb")}+${c.a("pc")}`),
          uj: k.uj,
          l: k.l,
          // planted: Bukit Sialang's % typed 120.00 (30 / 36 = 83.33)
          p: k.id === "k5" ? 120 : fx(`ROUND(${c.a("l")}/${c.a("uj")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "JUMLAH" };
          for (const k of ["u", "pa", "pb", "pc", "j", "uj", "l"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          out.p = fx(`ROUND(${c.a("l")}/${c.a("uj")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: % lulus baris JUMLAH dihitung dari total lulus dibagi total peserta ujian."]);
  s.gap();
  signature(s, 7, {
    tempat: "Kotobaru Rayun, 29 Juli 2024",
    jabatan: ["Kepala Seksi Pendidikan Kesetaraan"],
    nama: "YULIANA SAFITRI, S.Pd.",
    nip: "19850412 201001 2 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah warga belajar of Tanjung Sepat is a typed 163 among formulas; 31 + 48 + 57 = 136",
    truth: `${a("pa", "k3")}+${a("pb", "k3")}+${a("pc", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "k5") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% lulus of Bukit Sialang is a typed 120.00 (more graduates than candidates); 30 / 36 x 100 gives 83.33",
    truth: `ROUND(${a("l", "k5")}/${a("uj", "k5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("l", "k1")}:${a("l", "k6")})/SUM(${a("uj", "k1")}:${a("uj", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k4")},${a("p", "k6")},ROUND(${a("l", "k5")}/${a("uj", "k5")}*100,2)),2)`,
  });
  for (const id of ["k1", "k2", "k4", "k6"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("pa", id)}+${a("pb", id)}+${a("pc", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("l", id)}/${a("uj", id)}*100,2)`,
    });
  }
  for (const k of ["pa", "pb", "pc", "uj", "l"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}

/** APK PAUD per kecamatan beside angka putus sekolah per jenjang, Disdik Kota Batu Belaman, 2024. */
export function rekapApkPaud(): BookW {
  const b = new BookW(
    "apk-paud-per-kecamatan-dan-putus-sekolah-batu-belaman.xlsx",
    "Rekap APK PAUD dan putus sekolah (Disdik)",
    "left: per kecamatan Penduduk 3-6 th | TK | KB | TPA/SPS | Jumlah murid '(7)=(4)+(5)+(6)' | APK PAUD '(8)=(7)/(3)x100' (one kecamatan above 100, rightly), TOTAL row; right, after one empty column: Jenjang | Siswa | Putus sekolah | Angka putus sekolah (%) with a Jumlah row",
  );
  const S = "APK PAUD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU BELAMAN", "DINAS PENDIDIKAN - BIDANG PAUD DAN PNF"]);
  s.lines(["DATA APK PAUD PER KECAMATAN DAN ANGKA PUTUS SEKOLAH TAHUN 2024 (KONDISI 31 DESEMBER 2024)"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Belaman Kota", pend: 3_412, tk: 2_105, kb: 1_046, sps: 412 },
    { id: "k2", nm: "Belaman Hulu", pend: 4_876, tk: 1_932, kb: 1_154, sps: 388 },
    { id: "k3", nm: "Sungai Kapuas Kecil", pend: 5_230, tk: 1_688, kb: 1_207, sps: 502 },
    { id: "k4", nm: "Parit Jawi", pend: 3_985, tk: 1_420, kb: 906, sps: 287 },
    { id: "k5", nm: "Tanjung Belaman Timur", pend: 2_764, tk: 812, kb: 644, sps: 231 },
  ];
  const top = s.r;
  const M = "Murid PAUD (anak)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
      { key: "pend", head: ["Penduduk Usia 3-6 Tahun"], num: "(3)", fmt: INT },
      { key: "tk", head: [M, "TK"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "kb", head: [M, "KB"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "sps", head: [M, "TPA / SPS"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      { key: "j", head: [M, "Jumlah"], role: "realisasi", year: 2024, num: "(7)=(4)+(5)+(6)", fmt: INT },
      { key: "apk", head: ["APK PAUD (%)"], role: "capaian", year: 2024, num: "(8)=(7)/(3)x100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          pend: k.pend,
          tk: k.tk,
          kb: k.kb,
          sps: k.sps,
          j: fx(`SUM(${c.a("tk")}:${c.a("sps")})`),
          apk: fx(`ROUND(${c.a("j")}/${c.a("pend")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          // planted: TOTAL TK stops at Parit Jawi
          for (const k of ["pend", "tk", "kb", "sps", "j"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, k === "tk" ? "k4" : "k5")})`);
          out.apk = fx(`ROUND(${c.a("j")}/${c.a("pend")}*100,2)`);
          return out;
        },
      },
    ],
  });
  const J = [
    { id: "sd", nm: "SD / sederajat", n: 21_486, ps: 64 },
    { id: "smp", nm: "SMP / sederajat", n: 9_872, ps: 71 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "jj", head: ["Jenjang"], width: 16 },
        { key: "n", head: ["Jumlah Siswa"], fmt: INT },
        { key: "ps", head: ["Putus Sekolah"], role: "realisasi", year: 2024, fmt: INT },
        { key: "aps", head: ["Angka Putus Sekolah (%)"], role: "realisasi", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...J.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            jj: x.nm,
            n: x.n,
            ps: x.ps,
            // planted: SMP typed 0.27 (71 / 9,872 = 0.72)
            aps: x.id === "smp" ? 0.27 : fx(`ROUND(${c.a("ps")}/${c.a("n")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          cells: (c) => ({
            jj: "Jumlah",
            n: fx(`${c.a("n", "sd")}+${c.a("n", "smp")}`),
            ps: fx(`${c.a("ps", "sd")}+${c.a("ps", "smp")}`),
            aps: fx(`ROUND(${c.a("ps")}/${c.a("n")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top + 1,
  );
  s.gap();
  s.lines([
    "Catatan: APK dapat melebihi 100% karena murid PAUD berasal dari luar kecamatan atau di luar usia 3-6 tahun.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Batu Belaman, 10 Januari 2025",
    jabatan: ["Kepala Bidang PAUD dan PNF"],
    nama: "ANTONIUS HERI SUSANTO, S.Pd., M.Si.",
    nip: "19810603 200604 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const apk = (id: string) => `ROUND((${a("tk", id)}+${a("kb", id)}+${a("sps", id)})/${a("pend", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("tk", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL TK is =SUM over four kecamatan (7,145); with Tanjung Belaman Timur's 812 it is 7,957",
    truth: K.map((k) => a("tk", k.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: pt.a("aps", "smp") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Angka putus sekolah SMP typed 0.27 (digits swapped); 71 / 9,872 x 100 gives 0.72",
    truth: `ROUND(${pt.a("ps", "smp")}/${pt.a("n", "smp")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("apk", "k1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: apk("k1"),
    trap: "100",
  });
  for (const id of ["k2", "k3", "k4", "k5"]) {
    b.ok({
      sheet: S,
      cell: a("apk", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: apk(id),
    });
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("tk", id)}+${a("kb", id)}+${a("sps", id)}`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("apk", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("j", "k1")}:${a("j", "k5")})/SUM(${a("pend", "k1")}:${a("pend", "k5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("apk", "k1")}:${a("apk", "k5")}),2)`,
  });
  for (const k of ["pend", "kb", "sps", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: pt.a("aps", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND((${pt.a("ps", "sd")}+${pt.a("ps", "smp")})/(${pt.a("n", "sd")}+${pt.a("n", "smp")})*100,2)`,
    trap: `ROUND((${pt.a("aps", "sd")}+ROUND(${pt.a("ps", "smp")}/${pt.a("n", "smp")}*100,2))/2,2)`,
  });
  b.ok({
    sheet: S,
    cell: pt.a("aps", "sd"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${pt.a("ps", "sd")}/${pt.a("n", "sd")}*100,2)`,
  });
  return b.finish();
}
