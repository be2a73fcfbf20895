import "server-only";

import QRCode from "qrcode";

/** Renders a pagoPA QR payload as an SVG document. Medium error correction, as printed notices use. */
export async function renderQrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
