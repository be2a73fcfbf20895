-- AlterEnum
ALTER TYPE "CensusDeclarationState" ADD VALUE 'underReview';

-- DropIndex
DROP INDEX "Appointment_deskId_startsAt_idx";

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "idempotencyKey" UUID,
ADD COLUMN     "reminderSentAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "CensusDeclaration" ADD COLUMN     "homeVisitAppointmentId" UUID,
ADD COLUMN     "integrationRequest" TEXT,
ADD COLUMN     "integrationRequestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "remindedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN     "attachments" JSONB;

-- CreateIndex
CREATE INDEX "Appointment_state_reminderSentAt_startsAt_idx" ON "Appointment"("state", "reminderSentAt", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_deskId_startsAt_key" ON "Appointment"("deskId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_bookedById_idempotencyKey_key" ON "Appointment"("bookedById", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "CensusDeclaration_homeVisitAppointmentId_key" ON "CensusDeclaration"("homeVisitAppointmentId");

-- AddForeignKey
ALTER TABLE "CensusDeclaration" ADD CONSTRAINT "CensusDeclaration_homeVisitAppointmentId_fkey" FOREIGN KEY ("homeVisitAppointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
