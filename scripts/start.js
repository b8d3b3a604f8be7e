#!/usr/bin/env node
// `npm start`: sideload into Excel desktop where there is one (Windows, Mac) through
// office-addin-debugging; everywhere else, or when that fails, say how to load the add-in in
// Excel on the web instead of ending with a stack trace.
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");

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

function main() {
  if (process.platform !== "win32" && process.platform !== "darwin") {
    console.log(webInstructions(`Excel desktop tidak tersedia di ${process.platform} (Excel desktop is not available here).`));
    return 0;
  }
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const r = spawnSync(bin, ["start", "manifest.xml", "desktop"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (r.status === 0) return 0;
  console.log(webInstructions("Excel desktop tidak dapat dijalankan (Excel desktop could not be started)."));
  return 0;
}

process.exitCode = main();
