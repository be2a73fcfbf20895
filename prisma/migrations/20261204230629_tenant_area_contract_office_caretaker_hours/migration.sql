-- CreateEnum
CREATE TYPE "TenancyContractKind" AS ENUM ('publicHousing', 'socialHousing', 'temporary');

-- AlterEnum
ALTER TYPE "PracticeKind" ADD VALUE 'householdChange';

-- AlterTable
ALTER TABLE "Building" ADD COLUMN     "officeId" UUID;

-- AlterTable
ALTER TABLE "CaretakerAssignment" ADD COLUMN     "presenceFromMinute" INTEGER,
ADD COLUMN     "presenceToMinute" INTEGER,
ADD COLUMN     "presenceWeekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "Tenancy" ADD COLUMN     "contractKind" "TenancyContractKind" NOT NULL DEFAULT 'publicHousing';

-- CreateIndex
CREATE INDEX "Building_officeId_idx" ON "Building"("officeId");

-- AddForeignKey
ALTER TABLE "Building" ADD CONSTRAINT "Building_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;
