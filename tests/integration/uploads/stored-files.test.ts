import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db/client";
import { findReadableFile } from "@/lib/uploads/find-readable-file";
import { saveUploadsWith } from "@/lib/uploads/store-uploads";
import { uploadRoot } from "@/lib/uploads/upload-storage";
import type { ValidUpload } from "@/lib/uploads/validate-uploads";
import { createCustomer, createSupply, newRequestFixtures, removeRequestFixtures, type TestCustomer } from "@/tests/integration/requests/request-fixtures";

const fixtures = newRequestFixtures();
const photo: ValidUpload = { fileName: "contatore.png", contentType: "image/png", kind: "png", bytes: Buffer.from("89504e470d0a1a0a", "hex"), sha256: "a".repeat(64) };

function filesOnDisk(): string[] {
  const root = uploadRoot();
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

let holder: TestCustomer;
let stranger: TestCustomer;
let supplyId: string;

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "sportello-stored-files-"));
  holder = await createCustomer(fixtures);
  stranger = await createCustomer(fixtures);
  supplyId = (await createSupply(fixtures, holder.personId)).id;
});

afterAll(async () => {
  await db().meterReading.deleteMany({ where: { supplyId } });
  await db().meter.deleteMany({ where: { supplyId } });
  await db().storedFile.deleteMany({ where: { uploadedById: { in: [holder.id, stranger.id] } } });
  await removeRequestFixtures(fixtures);
});

describe("saveUploadsWith", () => {
  it("leaves neither a row nor a file when the work fails", async () => {
    const rowsBefore = await db().storedFile.count();

    await expect(
      saveUploadsWith([photo, photo], holder.id, async () => {
        throw new Error("validation failed after the upload");
      }),
    ).rejects.toThrow("validation failed");

    expect(await db().storedFile.count()).toBe(rowsBefore);
    expect(filesOnDisk()).toEqual([]);
  });

  it("records the files and keeps their bytes readable by the uploader only", async () => {
    const fileId = await saveUploadsWith([photo], holder.id, async (_tx, [id]) => id ?? "");

    const row = await db().storedFile.findUniqueOrThrow({ where: { id: fileId } });
    expect(row).toMatchObject({ fileName: "contatore.png", contentType: "image/png", sizeBytes: 8, content: null });
    expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(filesOnDisk()).toHaveLength(1);

    const read = await findReadableFile(holder, fileId);
    expect(read?.bytes.equals(photo.bytes)).toBe(true);
    expect(await findReadableFile(stranger, fileId)).toBeNull();
  });
});

describe("findReadableFile for a meter photo", () => {
  it("lets the supply's holder read a photo an operator stored, and nobody else", async () => {
    const operator = await createCustomer(fixtures, ["siiOperator"]);
    const meter = await db().meter.create({ data: { serialNumber: `T-${supplyId.slice(0, 8)}`, supplyId, calibreMm: 15, digits: 5, installedOn: new Date("2020-01-01") } });

    const fileId = await saveUploadsWith([photo], operator.id, async (tx, [id]) => {
      await tx.meterReading.create({ data: { meterId: meter.id, supplyId, readAt: new Date(), cubicMetres: 120, source: "self", channel: "web", photoFileId: id } });
      return id ?? "";
    });

    expect((await findReadableFile(holder, fileId))?.fileName).toBe("contatore.png");
    expect((await findReadableFile(operator, fileId))?.fileName).toBe("contatore.png");
    expect(await findReadableFile(stranger, fileId)).toBeNull();
  });
});
