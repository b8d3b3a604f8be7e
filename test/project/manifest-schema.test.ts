// Office validates a manifest against its XML schema when the add-in is sideloaded. This checks
// manifest.xml and the production dist/manifest.xml (when `npm run build` has made one) against
// the schemas in ../shared/tools/office-manifest-schema/ (see its README) with xmllint-wasm,
// which needs no system package. Without that folder the test says so and passes.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { validateXML, XMLFileInfo } from "xmllint-wasm";

const root = path.join(__dirname, "..", "..");
const schemaDir = path.join(root, "..", "shared", "tools", "office-manifest-schema");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const haveSchemas = fs.existsSync(path.join(schemaDir, MAIN_XSD));

const manifests = [path.join(root, "manifest.xml"), path.join(root, "dist", "manifest.xml")].filter(
  (f) => f === path.join(root, "manifest.xml") || fs.existsSync(f),
);

async function validate(file: string): Promise<string[]> {
  const read = (name: string): XMLFileInfo => ({
    fileName: name,
    contents: fs.readFileSync(path.join(schemaDir, name), "utf8"),
  });
  const others = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".xsd") && f !== MAIN_XSD);
  const r = await validateXML({
    xml: { fileName: "manifest.xml", contents: fs.readFileSync(file, "utf8") },
    schema: read(MAIN_XSD),
    preload: others.map(read),
  });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}

if (haveSchemas) {
  describe("manifest schema (../shared/tools/office-manifest-schema)", () => {
    for (const file of manifests) {
      it(`${path.relative(root, file)} is valid against ${MAIN_XSD}`, async () => {
        expect(await validate(file)).toEqual([]);
      });
    }
    it("rejects an empty <AppDomains/> (the check is live)", async () => {
      const bad = fs.readFileSync(manifests[0], "utf8").replace("<Hosts>", "<AppDomains/>\n  <Hosts>");
      const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cermat-")), "bad.xml");
      fs.writeFileSync(tmp, bad);
      expect((await validate(tmp)).join("\n")).toMatch(/AppDomains/);
    });
  });
} else {
  describe("manifest schema", () => {
    it("schema validation (not run: ../shared/tools/office-manifest-schema absent)", () => {
      console.warn(
        "manifest schema validation NOT RUN: ../shared/tools/office-manifest-schema absent " +
          `(looked for ${path.join(schemaDir, MAIN_XSD)})`,
      );
    });
  });
}
