-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'practiceSubmitted';
ALTER TYPE "NotificationKind" ADD VALUE 'practiceStateChanged';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "practiceId" UUID;

-- AlterTable
ALTER TABLE "Practice" ADD COLUMN     "idempotencyKey" UUID;

-- CreateIndex
CREATE INDEX "Notification_practiceId_idx" ON "Notification"("practiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_submittedById_idempotencyKey_key" ON "Practice"("submittedById", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;
