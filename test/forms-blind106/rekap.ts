// Sector recaps a Dinas Pemadam Kebakaran dan Penyelamatan keeps: the rekap kejadian kebakaran per
// kecamatan 2024 of a Sumatera Utara kota (objek terbakar, korban, taksiran kerugian, waktu tanggap) and
// the rekap penyelamatan non kebakaran per triwulan with the kesiapan armada per pos of a Sulawesi Tengah
// kabupaten. Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

// ======================================= Dinas Damkar Kota Tanjung Deli, kejadian kebakaran 2024

type Kec = { id: string; nm: string; obj: number[]; luka: number; mati: number; rugi: number; wt: number };

export function rekapKejadian(): BookW {
  const b = new BookW(
    "rekap-kejadian-kebakaran-per-kecamatan-tanjung-deli-2024.xlsx",
    "rekap kejadian kebakaran per kecamatan (Damkar)",
    "rekap kejadian kebakaran 2024 of a kota in Sumatera Utara: No | Kecamatan | 'Jumlah Kejadian menurut Objek Terbakar' > Rumah Tinggal | Bangunan Niaga / Industri | Kendaraan | Lahan / Lainnya | Jumlah | 'Korban' > Luka-luka | Meninggal | Taksiran Kerugian (Rp) | Rata-rata Waktu Tanggap (menit); number row '(7) = (3)+(4)+(5)+(6)'; TOTAL row whose waktu tanggap is the average, not the sum",
  );
  const S = "Kejadian 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG DELI",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Bidang Operasi dan Penyelamatan",
  ]);
  s.lines(["REKAPITULASI KEJADIAN KEBAKARAN MENURUT KECAMATAN", "TAHUN 2024"]);
  s.gap();
  const kec: Kec[] = [
    { id: "c1", nm: "Deli Hilir", obj: [14, 6, 3, 5], luka: 3, mati: 0, rugi: 4_385_000_000, wt: 12.4 },
    { id: "c2", nm: "Tanjung Deli Kota", obj: [9, 11, 2, 1], luka: 2, mati: 1, rugi: 7_912_500_000, wt: 9.8 },
    { id: "c3", nm: "Tembung Baru", obj: [17, 4, 4, 8], luka: 5, mati: 0, rugi: 3_140_750_000, wt: 14.1 },
    { id: "c4", nm: "Belawan Raya", obj: [12, 7, 1, 3], luka: 1, mati: 2, rugi: 5_628_000_000, wt: 16.7 },
    { id: "c5", nm: "Sunggal Hulu", obj: [8, 2, 2, 11], luka: 0, mati: 0, rugi: 1_274_300_000, wt: 15.2 },
    { id: "c6", nm: "Percut Lama", obj: [11, 3, 3, 6], luka: 2, mati: 0, rugi: 2_467_800_000, wt: 13.6 },
    { id: "c7", nm: "Amplas Jaya", obj: [7, 5, 2, 2], luka: 1, mati: 1, rugi: 2_935_650_000, wt: 11.3 },
    { id: "c8", nm: "Marelan Indah", obj: [10, 2, 1, 9], luka: 0, mati: 0, rugi: 1_806_200_000, wt: 17.9 },
  ];
  const O = ["Rumah Tinggal", "Bangunan Niaga / Industri", "Kendaraan", "Lahan / Lainnya"];
  const G = "Jumlah Kejadian menurut Objek Terbakar";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    ...O.map((o, i): Col => ({
      key: `o${i}`,
      head: [G, o],
      role: "realisasi",
      year: 2024,
      num: `(${3 + i})`,
      width: 11,
    })),
    { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "(7) = (3)+(4)+(5)+(6)", width: 12 },
    {
      key: "luka",
      head: ["Korban (orang)", "Luka-luka"],
      role: "realisasi",
      year: 2024,
      num: "(8)",
      width: 9,
    },
    {
      key: "mati",
      head: ["Korban (orang)", "Meninggal"],
      role: "realisasi",
      year: 2024,
      num: "(9)",
      width: 9,
    },
    {
      key: "rugi",
      head: ["Taksiran Kerugian (Rp)"],
      role: "realisasi",
      year: 2024,
      num: "(10)",
      fmt: RP,
      width: 18,
    },
    {
      key: "wt",
      head: ["Rata-rata Waktu Tanggap (menit)"],
      role: "realisasi",
      year: 2024,
      num: "(11)",
      fmt: DEC,
      width: 12,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((x, k): Row => ({
        id: x.id,
        cells: (c) => {
          const out: Record<string, number | string | ReturnType<typeof fx> | ReturnType<typeof fmt>> = {
            no: k + 1,
            kec: x.nm,
            luka: x.luka,
            mati: x.mati,
            rugi: x.rugi,
            wt: x.wt,
          };
          x.obj.forEach((v, i) => (out[`o${i}`] = v));
          // planted: Belawan Raya's Jumlah is a typed 32 among SUM formulas (12+7+1+3 = 23)
          out.j = x.id === "c4" ? 32 : fx(`SUM(${c.a("o0")}:${c.a("o3")})`);
          return out;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          for (const k of ["o0", "o1", "o2", "o3", "j", "luka", "mati"])
            out[k] = fx(`SUM(${c.a(k, "c1")}:${c.a(k, "c8")})`);
          // planted: the kerugian total stops one row short (Marelan Indah left out)
          out.rugi = fx(`SUM(${c.a("rugi", "c1")}:${c.a("rugi", "c7")})`);
          out.wt = fx(`ROUND(AVERAGE(${c.a("wt", "c1")}:${c.a("wt", "c8")}),2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: laporan kejadian harian Pos Pemadam dan Pusat Komando (call center 113).",
    "Waktu tanggap dihitung sejak laporan diterima sampai unit pertama tiba di lokasi.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjung Deli, 8 Januari 2025",
    jabatan: ["Kepala Bidang Operasi dan Penyelamatan,"],
    nama: "RISMAN TAMBUNAN, S.E., M.AP.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820411 200604 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "c4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah kejadian of Belawan Raya is a typed 32 among SUM formulas; 12 + 7 + 1 + 3 give 23 (digits swapped)",
    truth: `SUM(${a("o0", "c4")}:${a("o3", "c4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rugi", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL taksiran kerugian is SUM over the first seven kecamatan (27,744,000,000), one row short; with Marelan Indah's 1,806,200,000 it is 29,550,200,000",
    truth: kec.map((x) => a("rugi", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("wt", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("wt", "c1")}:${a("wt", "c8")}),2)`,
    trap: kec.map((x) => a("wt", x.id)).join("+"),
  });
  for (const k of ["o0", "o1", "o2", "o3", "luka", "mati"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kec.map((x) => a(k, x.id)).join("+"),
    });
  for (const x of kec)
    if (x.id !== "c4")
      b.ok({
        sheet: S,
        cell: a("j", x.id),
        rules: ["sum-mismatch", "hardcoded-value"],
        truth: O.map((_, i) => a(`o${i}`, x.id)).join("+"),
      });
  return b.finish();
}

// ============================ Dinas Damkar Kabupaten Tojo Lalundu, penyelamatan non kebakaran and armada

type Jenis = { id: string; nm: string; q: number[]; y23: number };

export function nonKebakaranArmada(): BookW {
  const b = new BookW(
    "penyelamatan-non-kebakaran-armada-tojo-lalundu-2024.xlsx",
    "rekap penyelamatan non kebakaran per triwulan and kesiapan armada per pos (Damkar)",
    "sheet 'Non Kebakaran': No | Jenis Penyelamatan | 'Jumlah Penanganan Tahun 2024' > TW I .. TW IV | Jumlah | Tahun 2023 | Pertumbuhan (%); Jumlah row whose growth is the growth of the totals; sheet 'Armada': No | Pos / UPT | 'Jenis Armada (unit)' > Mobil Pompa | Mobil Tangki | Rescue / Lainnya | Jumlah | Siap Operasi | % Siap; Total % the ratio of the totals",
  );
  const S = "Non Kebakaran";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TOJO LALUNDU", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"]);
  s.lines(["Rekapitulasi Penanganan Penyelamatan Non Kebakaran per Triwulan Tahun 2024"]);
  s.gap();
  const js: Jenis[] = [
    {
      id: "j1",
      nm: "Evakuasi hewan liar / berbisa (ular, buaya, sarang tawon)",
      q: [18, 22, 27, 24],
      y23: 74,
    },
    { id: "j2", nm: "Penanganan pohon tumbang", q: [6, 3, 2, 9], y23: 16 },
    { id: "j3", nm: "Pencarian dan pertolongan korban tenggelam", q: [2, 1, 3, 2], y23: 10 },
    {
      id: "j4",
      nm: "Penyelamatan korban terjebak / terjepit (cincin, pintu, reruntuhan)",
      q: [5, 7, 4, 6],
      y23: 17,
    },
    { id: "j5", nm: "Penanganan banjir dan tanah longsor", q: [4, 1, 0, 7], y23: 9 },
  ];
  const tw = ["TW I", "TW II", "TW III", "TW IV"];
  const G = "Jumlah Penanganan Tahun 2024 (kejadian)";
  const grow = (a: string, b0: string) => `ROUND((${a}-${b0})/${b0}*100,2)`;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Jenis Penyelamatan"], role: "indikator", width: 40 },
      ...tw.map((q, i): Col => ({ key: `q${i}`, head: [G, q], role: "realisasi", year: 2024, width: 8 })),
      { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, width: 9 },
      { key: "y23", head: ["Tahun 2023"], role: "realisasi", year: 2023, width: 9 },
      { key: "g", head: ["Pertumbuhan (%)"], role: "pertumbuhan", year: 2024, fmt: DEC, width: 11 },
    ],
    headerRows: 2,
    rows: [
      ...js.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          nm: x.nm,
          ...Object.fromEntries(x.q.map((v, i) => [`q${i}`, v])),
          j: fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
          y23: x.y23,
          // planted: the pohon tumbang growth is a typed 20.00 (16 / 20 read the wrong way round)
          g: x.id === "j2" ? fmt(20, DEC) : fx(grow(c.a("j"), c.a("y23"))),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "Jumlah" };
          for (const k of ["q0", "q1", "q2", "q3", "j", "y23"])
            out[k] = fx(`SUM(${c.a(k, "j1")}:${c.a(k, "j5")})`);
          // planted: TW III total cached 34 from before the late banjir report was added (true 36)
          out.q2 = fx(`SUM(${c.a("q2", "j1")}:${c.a("q2", "j5")})`, 34);
          out.g = fx(grow(c.a("j"), c.a("y23")));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Pertumbuhan = (jumlah 2024 - jumlah 2023) / jumlah 2023 x 100%."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("g", "j2") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "Pertumbuhan of the pohon tumbang is a typed 20.00 among ROUND formulas; (20 - 16) / 16 gives 25.00",
    truth: grow(a("j", "j2"), a("y23", "j2")),
  });
  b.plant({
    at: { sheet: S, cell: a("q2", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah TW III is =SUM(..) with a stale cached 34; the five rows give 27 + 2 + 3 + 4 + 0 = 36",
    truth: js.map((x) => a("q2", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("g", "tot"),
    rules: ["growth-mismatch", "sum-mismatch"],
    truth: grow(a("j", "tot"), a("y23", "tot")),
    trap: js.map((x) => a("g", x.id)).join("+"),
  });
  for (const x of js) {
    b.ok({
      sheet: S,
      cell: a("j", x.id),
      rules: ["sum-mismatch"],
      truth: tw.map((_, i) => a(`q${i}`, x.id)).join("+"),
    });
    if (x.id !== "j2")
      b.ok({
        sheet: S,
        cell: a("g", x.id),
        rules: ["growth-mismatch", "hardcoded-value"],
        truth: grow(a("j", x.id), a("y23", x.id)),
      });
  }
  for (const k of ["q0", "q1", "q3", "j", "y23"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: js.map((x) => a(k, x.id)).join("+"),
    });

  const A = "Armada";
  const w = b.sheet(A);
  letterhead(w, ["DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KABUPATEN TOJO LALUNDU"]);
  w.lines(["Kondisi dan Kesiapan Armada per Pos Pemadam Kebakaran", "Keadaan s.d. 31 Desember 2024"]);
  w.gap();
  const pos: Array<[string, number[], number]> = [
    ["Mako Ampana Kota", [3, 2, 2], 6],
    ["Pos Tojo", [2, 1, 1], 4],
    ["Pos Ulubongka", [1, 1, 0], 1],
    ["Pos Una-Una (kepulauan)", [1, 0, 1], 2],
    ["Pos Tojo Barat", [2, 1, 0], 3],
  ];
  const GA = "Jenis Armada (unit)";
  const ta = w.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pos", head: ["Pos / UPT Damkar"], role: "lokasi", width: 26 },
      { key: "m0", head: [GA, "Mobil Pompa"], role: "realisasi", year: 2024, width: 9 },
      { key: "m1", head: [GA, "Mobil Tangki"], role: "realisasi", year: 2024, width: 9 },
      { key: "m2", head: [GA, "Rescue / Lainnya"], role: "realisasi", year: 2024, width: 9 },
      { key: "j", head: [GA, "Jumlah"], role: "realisasi", year: 2024, width: 9 },
      { key: "siap", head: ["Siap Operasi (unit)"], role: "realisasi", year: 2024, width: 10 },
      { key: "pc", head: ["% Siap Operasi"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    ],
    headerRows: 2,
    rows: [
      ...pos.map(([nm, m, siap], k): Row => ({
        id: `a${k}`,
        cells: (c) => ({
          no: k + 1,
          pos: nm,
          m0: m[0],
          m1: m[1],
          m2: m[2],
          j: fx(`SUM(${c.a("m0")}:${c.a("m2")})`),
          siap,
          pc: fx(`ROUND(${c.a("siap")}/${c.a("j")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "pos"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "Total" };
          for (const k of ["m0", "m1", "m2", "j", "siap"])
            out[k] = fx(`SUM(${c.a(k, "a0")}:${c.a(k, "a4")})`);
          out.pc = fx(`ROUND(${c.a("siap")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  w.gap();
  signature(w, 6, {
    tempat: "Ampana, 10 Januari 2025",
    jabatan: ["Kepala Dinas Pemadam Kebakaran dan Penyelamatan,"],
    nama: "MOH. RIZAL LAMASITUDJU, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790626 199912 1 002",
  });
  b.ok({
    sheet: A,
    cell: ta.a("pc", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${ta.a("siap", "tot")}/${ta.a("j", "tot")}*100,2)`,
    trap: pos.map((_, k) => ta.a("pc", `a${k}`)).join("+"),
  });
  pos.forEach((_, k) =>
    b.ok({
      sheet: A,
      cell: ta.a("pc", `a${k}`),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${ta.a("siap", `a${k}`)}/${ta.a("j", `a${k}`)}*100,2)`,
    }),
  );
  for (const k of ["j", "siap"])
    b.ok({
      sheet: A,
      cell: ta.a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: pos.map((_, i) => ta.a(k, `a${i}`)).join("+"),
    });
  if (round(sum(js[1].q)) !== 20) throw new Error("j2");
  return b.finish();
}
