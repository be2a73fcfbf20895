-- AlterEnum
ALTER TYPE "TicketEventKind" ADD VALUE 'clockBreached';

-- AlterTable
ALTER TABLE "Indemnity" ADD COLUMN     "tenancyId" UUID;

-- AlterTable
ALTER TABLE "ServiceClock" ADD COLUMN     "breachedAt" TIMESTAMPTZ(3),
ADD COLUMN     "pausedDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pausedSeconds" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ServiceStandard" ADD COLUMN     "indemnityScalesWithDelay" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ScheduledJob" (
    "name" TEXT NOT NULL,
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMPTZ(3),
    "nextRunAt" TIMESTAMPTZ(3) NOT NULL,
    "lastStartedAt" TIMESTAMPTZ(3),
    "lastFinishedAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ScheduledJob_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Indemnity_tenancyId_idx" ON "Indemnity"("tenancyId");

-- AddForeignKey
ALTER TABLE "Indemnity" ADD CONSTRAINT "Indemnity_tenancyId_fkey" FOREIGN KEY ("tenancyId") REFERENCES "Tenancy"("id") ON DELETE SET NULL ON UPDATE CASCADE;
