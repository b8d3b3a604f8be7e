// An .xlsx carrying the Cermat pane's settings as Excel saves an add-in's document settings: a web
// extension part with the key's JSON as a property, the task pane part that refers to it, their
// relationships and content types (src/cli/addinSettings.ts says where this layout is documented).
import JSZip from "jszip";

const WE = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

const attr = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The web extension part with these document settings (name -> value as set by Office.js). */
export function webExtensionXml(settings: Record<string, unknown>, raw?: string): string {
  const props = Object.entries(settings)
    .map(([k, v]) => `<we:property name="${attr(k)}" value="${attr(raw ?? JSON.stringify(v))}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<we:webextension xmlns:we="${WE}" id="{5D7A2E4B-0C3F-4C1B-9B8E-2F6A1D3C4E5F}">` +
    `<we:reference id="cermat-iku-dev" version="1.0.0.0" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/>` +
    `<we:snapshot xmlns:r="${R}"/></we:webextension>`
  );
}

/**
 * A copy of `xlsx` with `value` saved under "cermat-iku" (`raw`: this exact text instead of its
 * JSON), beside another add-in's part that must not be mistaken for ours.
 */
export async function withPaneSettings(xlsx: Buffer, value: unknown, raw?: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file(
    "xl/webextensions/webextension1.xml",
    webExtensionXml({ "Office.AutoShowTaskpaneWithDocument": true }),
  );
  zip.file("xl/webextensions/webextension2.xml", webExtensionXml({ "cermat-iku": value }, raw));
  zip.file(
    "xl/webextensions/taskpanes.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<wetp:taskpanes xmlns:wetp="${WETP}">` +
      `<wetp:taskpane dockstate="right" visibility="0" width="350" row="4"><wetp:webextensionref xmlns:r="${R}" r:id="rId1"/></wetp:taskpane>` +
      `<wetp:taskpane dockstate="right" visibility="1" width="350" row="5"><wetp:webextensionref xmlns:r="${R}" r:id="rId2"/></wetp:taskpane>` +
      `</wetp:taskpanes>`,
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${RELS}">` +
      `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension2.xml"/>` +
      `</Relationships>`,
  );
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdWe" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>` +
        `<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>` +
        `<Override PartName="/xl/webextensions/webextension2.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
