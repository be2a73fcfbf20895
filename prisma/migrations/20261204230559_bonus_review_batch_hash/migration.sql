-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "BonusCheckKind" ADD VALUE 'fiscalCodesValid';
ALTER TYPE "BonusCheckKind" ADD VALUE 'supplyActive';
ALTER TYPE "BonusCheckKind" ADD VALUE 'noOverlappingBonus';

-- AlterEnum
ALTER TYPE "BonusState" ADD VALUE 'awaitingCorrection';

-- AlterTable
ALTER TABLE "WaterBonusApplication" ADD COLUMN     "correctionRequest" TEXT,
ADD COLUMN     "declaredDwelling" TEXT,
ADD COLUMN     "declaredHouseNumber" TEXT,
ADD COLUMN     "declaredPostalCode" VARCHAR(5),
ADD COLUMN     "declaredStreet" TEXT,
ADD COLUMN     "rejectionCode" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "WaterBonusBatch" ADD COLUMN     "fileSha256" VARCHAR(64);

-- CreateTable
CREATE TABLE "InspectionPhoto" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InspectionPhoto_fileId_key" ON "InspectionPhoto"("fileId");

-- CreateIndex
CREATE INDEX "InspectionPhoto_inspectionId_idx" ON "InspectionPhoto"("inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "BillLine_billId_bonusApplicationId_kind_key" ON "BillLine"("billId", "bonusApplicationId", "kind");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_receivedAt_idx" ON "WaterBonusApplication"("receivedAt");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_benefitStart_idx" ON "WaterBonusApplication"("benefitStart");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_decidedAt_idx" ON "WaterBonusApplication"("decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WaterBonusBatch_fileSha256_key" ON "WaterBonusBatch"("fileSha256");

-- CreateIndex
CREATE UNIQUE INDEX "WaterBonusPaymentOrder_applicationId_supplementary_key" ON "WaterBonusPaymentOrder"("applicationId", "supplementary");

-- AddForeignKey
ALTER TABLE "InspectionPhoto" ADD CONSTRAINT "InspectionPhoto_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPhoto" ADD CONSTRAINT "InspectionPhoto_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
