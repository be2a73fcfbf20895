-- AlterTable
ALTER TABLE "CondoAdminMandate" ADD COLUMN     "idempotencyKey" UUID;

-- AlterTable
ALTER TABLE "MeterReading" ADD COLUMN     "idempotencyKey" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "CondoAdminMandate_requestedById_idempotencyKey_key" ON "CondoAdminMandate"("requestedById", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "MeterReading_submittedById_idempotencyKey_key" ON "MeterReading"("submittedById", "idempotencyKey");
