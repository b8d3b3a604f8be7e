#!/usr/bin/env node
// `npm start`: sideload into Excel desktop where there is one (Windows, Mac) through
// office-addin-debugging; everywhere else, or when that fails, say how to load the add-in in
// Excel on the web instead of ending with a stack trace. `npm stop` (`node scripts/start.js stop`)
// removes the sideloaded add-in again.
//
// office-addin-debugging is not a devDependency: through the Microsoft 365 Agents Toolkit it pulls
// in keytar, which compiles from source and needs system packages. It is fetched on demand with
// `npx --yes` only when a developer sideloads into Excel desktop.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const DEBUGGING = "office-addin-debugging@7";

/** Runs office-addin-debugging through npx, saying first that it may be downloaded. */
function debugging(args) {
  console.log(
    [
      `Cermat IKU: menjalankan ${DEBUGGING} lewat npx; unduhan pertama dapat memakan waktu beberapa menit.`,
      `            running ${DEBUGGING} through npx; the first run downloads it and may take a few minutes.`,
    ].join("\n"),
  );
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  return spawnSync(npx, ["--yes", DEBUGGING, ...args], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}

function webInstructions(reason) {
  return [
    "",
    `Cermat IKU: ${reason}`,
    "",
    "Muat add-in di Excel untuk web / Load the add-in in Excel on the web:",
    "  1. npm run dev-server      (menyajikan https://localhost:3000; biarkan berjalan)",
    "  2. Buka buku kerja di Excel untuk web (office.com) / open a workbook in Excel on the web.",
    "  3. Beranda > Add-in > Add-in Lainnya > Add-in Saya > Unggah Add-in Saya",
    "     (Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in)",
    `  4. Pilih berkas / choose the file: ${path.join(root, "manifest.xml")}`,
    "  5. Klik Periksa IKU pada tab Beranda; ketik =IKU.CAPAIAN( di sel mana pun.",
    "",
  ].join("\n");
}

function main(command) {
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (command === "stop") {
    if (!desktop) {
      console.log(`Cermat IKU: tidak ada yang dihentikan di ${process.platform} (nothing to stop here; Excel desktop is not available).`);
      return 0;
    }
    const r = debugging(["stop", "manifest.xml"]);
    return r.status === 0 ? 0 : 1;
  }
  if (!desktop) {
    console.log(webInstructions(`Excel desktop tidak tersedia di ${process.platform} (Excel desktop is not available here).`));
    return 0;
  }
  const r = debugging(["start", "manifest.xml", "desktop"]);
  if (r.status === 0) return 0;
  console.log(webInstructions("Excel desktop tidak dapat dijalankan (Excel desktop could not be started)."));
  return 0;
}

process.exitCode = main(process.argv[2] === "stop" ? "stop" : "start");
