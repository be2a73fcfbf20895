-- CreateEnum
CREATE TYPE "Role" AS ENUM ('holder', 'condoAdmin', 'tenant', 'cafOperator', 'caretaker', 'siiOperator', 'casaOperator', 'supervisor', 'admin');

-- CreateEnum
CREATE TYPE "Division" AS ENUM ('sii', 'casa');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('onlineCounter', 'virtualCounter', 'officeCounter', 'callCenter', 'contactCenter', 'chat', 'email', 'pec', 'post', 'caretaker', 'backOffice');

-- CreateEnum
CREATE TYPE "PersonKind" AS ENUM ('natural', 'company', 'condominium');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('M', 'F');

-- CreateEnum
CREATE TYPE "SupplyUseType" AS ENUM ('domesticResident', 'domesticNonResident', 'condominium', 'nonDomestic');

-- CreateEnum
CREATE TYPE "SupplyState" AS ENUM ('pending', 'active', 'suspended', 'terminated');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('pagoPa', 'sepaDirectDebit', 'bankTransfer', 'card', 'counter');

-- CreateEnum
CREATE TYPE "BillDelivery" AS ENUM ('paper', 'email', 'pec');

-- CreateEnum
CREATE TYPE "MandateState" AS ENUM ('requested', 'approved', 'rejected', 'revoked');

-- CreateEnum
CREATE TYPE "ReadingSource" AS ENUM ('actual', 'self', 'estimated');

-- CreateEnum
CREATE TYPE "ReadingState" AS ENUM ('accepted', 'toReview', 'rejected');

-- CreateEnum
CREATE TYPE "ReadingChannel" AS ENUM ('meterReader', 'remote', 'web', 'chat', 'phone', 'counter', 'system');

-- CreateEnum
CREATE TYPE "TariffService" AS ENUM ('waterSupply', 'sewerage', 'treatment');

-- CreateEnum
CREATE TYPE "TariffRateKind" AS ENUM ('fixed', 'volume');

-- CreateEnum
CREATE TYPE "ConsumptionBand" AS ENUM ('subsidised', 'base', 'excess1', 'excess2', 'excess3');

-- CreateEnum
CREATE TYPE "BillState" AS ENUM ('issued', 'cancelled');

-- CreateEnum
CREATE TYPE "PaymentState" AS ENUM ('unpaid', 'partiallyPaid', 'paid');

-- CreateEnum
CREATE TYPE "BillLineKind" AS ENUM ('fixedCharge', 'volumeCharge', 'vat', 'bonusCredit', 'supplementaryBonusCredit', 'indemnityCredit', 'adjustment');

-- CreateEnum
CREATE TYPE "PracticeKind" AS ENUM ('connection', 'subentro', 'voltura', 'termination', 'reactivation', 'contactChange', 'sepaMandate', 'eBilling', 'meterCheck', 'pressureCheck', 'worksEstimate', 'billingCorrection');

-- CreateEnum
CREATE TYPE "PracticeState" AS ENUM ('draft', 'submitted', 'inProgress', 'waitingForCustomer', 'approved', 'rejected', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "TicketNature" AS ENUM ('administrative', 'technical');

-- CreateEnum
CREATE TYPE "TicketPriority" AS ENUM ('low', 'normal', 'high', 'urgent');

-- CreateEnum
CREATE TYPE "TicketState" AS ENUM ('new', 'inProgress', 'waitingForCustomer', 'resolved', 'closed', 'reopened', 'cancelled');

-- CreateEnum
CREATE TYPE "TicketEventKind" AS ENUM ('created', 'stateChanged', 'publicReply', 'customerMessage', 'internalNote', 'assigned', 'teamChanged', 'categoryChanged', 'priorityChanged', 'attachmentAdded', 'merged', 'clockStarted', 'clockPaused', 'clockResumed', 'clockStopped');

-- CreateEnum
CREATE TYPE "EventVisibility" AS ENUM ('public', 'internal');

-- CreateEnum
CREATE TYPE "ClockState" AS ENUM ('running', 'paused', 'stopped', 'notApplicable');

-- CreateEnum
CREATE TYPE "StandardKind" AS ENUM ('specific', 'general');

-- CreateEnum
CREATE TYPE "StandardUnit" AS ENUM ('workingDays', 'feriali', 'calendarDays', 'hours', 'minutes', 'seconds', 'percent');

-- CreateEnum
CREATE TYPE "IndemnityLevel" AS ENUM ('base', 'doubled', 'tripled');

-- CreateEnum
CREATE TYPE "IndemnityState" AS ENUM ('due', 'exempt', 'credited', 'paidOut');

-- CreateEnum
CREATE TYPE "IndemnityExemption" AS ENUM ('forceMajeure', 'customerCause', 'thirdPartyCause', 'incompleteComplaint');

-- CreateEnum
CREATE TYPE "HolidayRule" AS ENUM ('fixedDate', 'easterMonday');

-- CreateEnum
CREATE TYPE "BonusSource" AS ENUM ('national', 'caf');

-- CreateEnum
CREATE TYPE "BonusSupplyKind" AS ENUM ('direct', 'indirect');

-- CreateEnum
CREATE TYPE "BonusMatchResult" AS ENUM ('pending', 'matched', 'noSupplyFound', 'multipleSupplies');

-- CreateEnum
CREATE TYPE "BonusState" AS ENUM ('received', 'checking', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "BonusCheckKind" AS ENUM ('holderInHousehold', 'domesticResident', 'onePerHousehold', 'addressMatch', 'iseeThreshold');

-- CreateEnum
CREATE TYPE "CheckOutcome" AS ENUM ('pending', 'passed', 'failed', 'waived');

-- CreateEnum
CREATE TYPE "PaymentOrderState" AS ENUM ('pending', 'paid', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "InspectionOutcome" AS ENUM ('confirmed', 'notConfirmed', 'noAccess');

-- CreateEnum
CREATE TYPE "DwellingKind" AS ENUM ('apartment', 'shop', 'garage', 'storage');

-- CreateEnum
CREATE TYPE "DwellingState" AS ENUM ('occupied', 'vacant', 'unlawfullyOccupied', 'underRenovation');

-- CreateEnum
CREATE TYPE "HouseholdRelationship" AS ENUM ('holder', 'spouse', 'partner', 'child', 'parent', 'sibling', 'otherRelative', 'other');

-- CreateEnum
CREATE TYPE "RentArea" AS ENUM ('protection', 'access', 'permanence', 'forfeiture');

-- CreateEnum
CREATE TYPE "TenancyState" AS ENUM ('active', 'ended', 'inForfeiture');

-- CreateEnum
CREATE TYPE "RentChargeLineKind" AS ENUM ('rent', 'serviceCharge', 'adjustment');

-- CreateEnum
CREATE TYPE "ServiceChargeKind" AS ENUM ('cleaning', 'stairLighting', 'heating', 'elevator', 'caretaker', 'greenAreas', 'water', 'other');

-- CreateEnum
CREATE TYPE "OfficeKind" AS ENUM ('sportelloClienti', 'sede', 'sportelloTerritoriale');

-- CreateEnum
CREATE TYPE "AppointmentState" AS ENUM ('booked', 'checkedIn', 'completed', 'noShow', 'cancelled');

-- CreateEnum
CREATE TYPE "CancelledBy" AS ENUM ('customer', 'mm');

-- CreateEnum
CREATE TYPE "CensusCampaignState" AS ENUM ('draft', 'open', 'closed');

-- CreateEnum
CREATE TYPE "CensusDeclarationState" AS ENUM ('notStarted', 'draft', 'submitted', 'incomplete', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "CensusDocumentKind" AS ENUM ('selfDeclaration', 'iseeAttestation', 'dsu', 'residencePermit', 'identityDocument', 'other');

-- CreateEnum
CREATE TYPE "SurveyQuestionKind" AS ENUM ('rating', 'choice', 'yesNo', 'text');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "roles" "Role"[],
    "preferredLocale" TEXT NOT NULL DEFAULT 'it',
    "disabledAt" TIMESTAMPTZ(3),
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "personId" UUID,
    "cafOfficeId" UUID,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" UUID NOT NULL,
    "street" TEXT NOT NULL,
    "houseNumber" TEXT NOT NULL,
    "extra" TEXT,
    "postalCode" VARCHAR(5) NOT NULL,
    "city" TEXT NOT NULL DEFAULT 'Milano',
    "province" VARCHAR(2) NOT NULL DEFAULT 'MI',
    "municipio" INTEGER,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "content" BYTEA,
    "storageKey" TEXT,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProtocolCounter" (
    "scope" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "lastValue" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProtocolCounter_pkey" PRIMARY KEY ("scope","year")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "kind" "PersonKind" NOT NULL,
    "fiscalCode" TEXT NOT NULL,
    "vatNumber" VARCHAR(11),
    "givenName" TEXT,
    "familyName" TEXT,
    "legalName" TEXT,
    "birthDate" DATE,
    "sex" "Sex",
    "birthPlaceCode" VARCHAR(4),
    "citizenship" VARCHAR(2),
    "email" TEXT,
    "pec" TEXT,
    "phone" TEXT,
    "addressId" UUID,
    "deceasedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Supply" (
    "id" UUID NOT NULL,
    "supplyCode" TEXT NOT NULL,
    "holderId" UUID NOT NULL,
    "addressId" UUID NOT NULL,
    "buildingId" UUID,
    "useType" "SupplyUseType" NOT NULL,
    "housingUnits" INTEGER NOT NULL DEFAULT 1,
    "residentCount" INTEGER,
    "state" "SupplyState" NOT NULL DEFAULT 'pending',
    "paymentMethod" "PaymentMethod" NOT NULL DEFAULT 'pagoPa',
    "directDebitIban" VARCHAR(34),
    "billDelivery" "BillDelivery" NOT NULL DEFAULT 'paper',
    "billingEmail" TEXT,
    "contractStartOn" DATE NOT NULL,
    "contractEndOn" DATE,
    "disconnectionExempt" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Supply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CondoAdminMandate" (
    "id" UUID NOT NULL,
    "adminId" UUID NOT NULL,
    "supplyId" UUID NOT NULL,
    "state" "MandateState" NOT NULL DEFAULT 'requested',
    "verbaleFileId" UUID,
    "appointedOn" DATE,
    "validFrom" DATE,
    "validTo" DATE,
    "requestedById" UUID,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,
    "revokedAt" TIMESTAMPTZ(3),
    "revocationReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CondoAdminMandate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meter" (
    "id" UUID NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "supplyId" UUID NOT NULL,
    "calibreMm" INTEGER NOT NULL,
    "digits" INTEGER NOT NULL,
    "manufacturer" TEXT,
    "installedOn" DATE NOT NULL,
    "installReadingCubicMetres" INTEGER NOT NULL DEFAULT 0,
    "removedOn" DATE,
    "removalReadingCubicMetres" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeterReading" (
    "id" UUID NOT NULL,
    "meterId" UUID NOT NULL,
    "supplyId" UUID NOT NULL,
    "readAt" TIMESTAMPTZ(3) NOT NULL,
    "cubicMetres" INTEGER NOT NULL,
    "source" "ReadingSource" NOT NULL,
    "channel" "ReadingChannel" NOT NULL,
    "state" "ReadingState" NOT NULL DEFAULT 'accepted',
    "stateReason" TEXT,
    "protocol" TEXT,
    "photoFileId" UUID,
    "submittedById" UUID,
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeterReading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tariff" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "useType" "SupplyUseType" NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "source" TEXT NOT NULL,
    "vatRate" DECIMAL(5,4) NOT NULL,
    "defaultHouseholdSize" INTEGER NOT NULL DEFAULT 3,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TariffRate" (
    "id" UUID NOT NULL,
    "tariffId" UUID NOT NULL,
    "service" "TariffService" NOT NULL,
    "kind" "TariffRateKind" NOT NULL,
    "band" "ConsumptionBand",
    "bandUpToCubicMetres" DECIMAL(10,3),
    "bandPerPerson" BOOLEAN NOT NULL DEFAULT false,
    "yearlyAmountCents" INTEGER,
    "pricePerCubicMetre" DECIMAL(10,6),
    "position" INTEGER NOT NULL,

    CONSTRAINT "TariffRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bill" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "supplyId" UUID NOT NULL,
    "tariffId" UUID,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "issuedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "consumptionCubicMetres" INTEGER NOT NULL,
    "estimated" BOOLEAN NOT NULL DEFAULT false,
    "fromReadingId" UUID,
    "toReadingId" UUID,
    "totalCents" INTEGER NOT NULL,
    "state" "BillState" NOT NULL DEFAULT 'issued',
    "paymentState" "PaymentState" NOT NULL DEFAULT 'unpaid',
    "paidOn" DATE,
    "pagoPaNoticeCode" VARCHAR(18),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Bill_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillLine" (
    "id" UUID NOT NULL,
    "billId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "BillLineKind" NOT NULL,
    "service" "TariffService",
    "band" "ConsumptionBand",
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(12,3),
    "unitPrice" DECIMAL(12,6),
    "amountCents" INTEGER NOT NULL,
    "periodStart" DATE,
    "periodEnd" DATE,
    "indemnityId" UUID,
    "bonusApplicationId" UUID,

    CONSTRAINT "BillLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "billId" UUID,
    "rentChargeId" UUID,
    "amountCents" INTEGER NOT NULL,
    "paidAt" TIMESTAMPTZ(3) NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "pagoPaNoticeCode" VARCHAR(18),
    "receiptReference" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" UUID NOT NULL,
    "protocol" TEXT,
    "kind" "PracticeKind" NOT NULL,
    "division" "Division" NOT NULL DEFAULT 'sii',
    "state" "PracticeState" NOT NULL DEFAULT 'draft',
    "channel" "Channel" NOT NULL DEFAULT 'onlineCounter',
    "applicantId" UUID,
    "submittedById" UUID,
    "assigneeId" UUID,
    "supplyId" UUID,
    "tenancyId" UUID,
    "payload" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeDocument" (
    "id" UUID NOT NULL,
    "practiceId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketCategory" (
    "id" UUID NOT NULL,
    "division" "Division" NOT NULL,
    "code" TEXT NOT NULL,
    "nature" "TicketNature" NOT NULL,
    "labelIt" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelAr" TEXT NOT NULL,
    "serviceStandardCode" TEXT,
    "defaultPriority" "TicketPriority" NOT NULL DEFAULT 'normal',
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TicketCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" UUID NOT NULL,
    "division" "Division" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "teamId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" UUID NOT NULL,
    "protocol" TEXT NOT NULL,
    "division" "Division" NOT NULL,
    "protocolYear" INTEGER NOT NULL,
    "protocolSequence" INTEGER NOT NULL,
    "nature" "TicketNature" NOT NULL,
    "categoryId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "priority" "TicketPriority" NOT NULL DEFAULT 'normal',
    "state" "TicketState" NOT NULL DEFAULT 'new',
    "subject" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "requesterId" UUID,
    "reporterId" UUID,
    "contactEmail" TEXT,
    "supplyId" UUID,
    "buildingId" UUID,
    "dwellingId" UUID,
    "practiceId" UUID,
    "assigneeId" UUID,
    "teamId" UUID,
    "dueAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "mergedIntoId" UUID,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketEvent" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "kind" "TicketEventKind" NOT NULL,
    "visibility" "EventVisibility" NOT NULL,
    "authorId" UUID,
    "body" TEXT,
    "fromState" "TicketState",
    "toState" "TicketState",
    "clockState" "ClockState",
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketAttachment" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "eventId" UUID,
    "fileId" UUID NOT NULL,
    "visibility" "EventVisibility" NOT NULL DEFAULT 'public',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceStandard" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "division" "Division" NOT NULL DEFAULT 'sii',
    "kind" "StandardKind" NOT NULL,
    "name" TEXT NOT NULL,
    "limitValue" INTEGER NOT NULL,
    "unit" "StandardUnit" NOT NULL,
    "startEvent" TEXT NOT NULL,
    "stopEvent" TEXT NOT NULL,
    "indemnityCents" INTEGER,
    "targetPercent" DECIMAL(5,2),
    "source" TEXT NOT NULL,
    "toConfirm" BOOLEAN NOT NULL DEFAULT false,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "calendarId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceClock" (
    "id" UUID NOT NULL,
    "serviceStandardId" UUID NOT NULL,
    "ticketId" UUID,
    "practiceId" UUID,
    "appointmentId" UUID,
    "state" "ClockState" NOT NULL DEFAULT 'running',
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "pausedAt" TIMESTAMPTZ(3),
    "stoppedAt" TIMESTAMPTZ(3),
    "metStandard" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceClock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indemnity" (
    "id" UUID NOT NULL,
    "serviceStandardId" UUID NOT NULL,
    "serviceClockId" UUID,
    "personId" UUID,
    "supplyId" UUID,
    "level" "IndemnityLevel" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "state" "IndemnityState" NOT NULL DEFAULT 'due',
    "exemptionReason" "IndemnityExemption",
    "exemptionNote" TEXT,
    "decidedById" UUID,
    "paidOutOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Indemnity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusinessCalendar" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BusinessCalendar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarHoliday" (
    "id" UUID NOT NULL,
    "calendarId" UUID NOT NULL,
    "rule" "HolidayRule" NOT NULL,
    "month" INTEGER,
    "day" INTEGER,
    "name" TEXT NOT NULL,
    "validFromYear" INTEGER,
    "validToYear" INTEGER,
    "source" TEXT,

    CONSTRAINT "CalendarHoliday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarClosure" (
    "id" UUID NOT NULL,
    "calendarId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarClosure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CafOffice" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fiscalCode" VARCHAR(11) NOT NULL,
    "addressId" UUID,
    "email" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CafOffice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaterBonusBatch" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "source" "BonusSource" NOT NULL DEFAULT 'national',
    "receivedOn" DATE NOT NULL,
    "fileName" TEXT,
    "recordCount" INTEGER NOT NULL,
    "importedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaterBonusBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaterBonusApplication" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "source" "BonusSource" NOT NULL,
    "batchId" UUID,
    "cafOfficeId" UUID,
    "filedById" UUID,
    "competenceYear" INTEGER NOT NULL,
    "applicantFiscalCode" TEXT NOT NULL,
    "applicantFamilyName" TEXT NOT NULL,
    "applicantGivenName" TEXT NOT NULL,
    "applicantId" UUID,
    "memberCount" INTEGER NOT NULL,
    "dependentChildren" INTEGER NOT NULL DEFAULT 0,
    "iseeCents" INTEGER NOT NULL,
    "dsuProtocol" TEXT NOT NULL,
    "dsuDate" DATE NOT NULL,
    "supplyKind" "BonusSupplyKind" NOT NULL,
    "declaredSupplyCode" TEXT,
    "declaredAddress" TEXT,
    "supplyId" UUID,
    "matchResult" "BonusMatchResult" NOT NULL DEFAULT 'pending',
    "matchedAt" TIMESTAMPTZ(3),
    "state" "BonusState" NOT NULL DEFAULT 'received',
    "rejectionReason" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "benefitStart" DATE,
    "benefitEnd" DATE,
    "yearlyAmountCents" INTEGER,
    "supplementaryYearlyAmountCents" INTEGER,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WaterBonusApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaterBonusMember" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "fiscalCode" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "givenName" TEXT NOT NULL,
    "birthDate" DATE,
    "isApplicant" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "WaterBonusMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaterBonusCheck" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" "BonusCheckKind" NOT NULL,
    "outcome" "CheckOutcome" NOT NULL DEFAULT 'pending',
    "note" TEXT,
    "checkedAt" TIMESTAMPTZ(3),
    "checkedById" UUID,

    CONSTRAINT "WaterBonusCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaterBonusPaymentOrder" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "supplementary" BOOLEAN NOT NULL DEFAULT false,
    "amountCents" INTEGER NOT NULL,
    "orderedOn" DATE NOT NULL,
    "dueBy" DATE NOT NULL,
    "paidOn" DATE,
    "method" "PaymentMethod",
    "iban" VARCHAR(34),
    "state" "PaymentOrderState" NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaterBonusPaymentOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BonusConfiguration" (
    "id" UUID NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "iseeThresholdCents" INTEGER NOT NULL,
    "largeFamilyIseeThresholdCents" INTEGER NOT NULL,
    "largeFamilyMinChildren" INTEGER NOT NULL,
    "cubicMetresPerMemberPerYear" DECIMAL(8,3) NOT NULL,
    "benefitMonths" INTEGER NOT NULL,
    "indirectPaymentDays" INTEGER NOT NULL,
    "supplementaryCentsPerMemberPerYear" INTEGER,
    "source" TEXT NOT NULL,
    "toConfirm" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BonusConfiguration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" UUID NOT NULL,
    "ticketId" UUID,
    "practiceId" UUID,
    "bonusApplicationId" UUID,
    "addressId" UUID,
    "inspectorId" UUID,
    "scheduledAt" TIMESTAMPTZ(3),
    "performedAt" TIMESTAMPTZ(3),
    "outcome" "InspectionOutcome",
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Building" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT,
    "addressId" UUID NOT NULL,
    "constructionYear" INTEGER,
    "floors" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Building_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Staircase" (
    "id" UUID NOT NULL,
    "buildingId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "addressId" UUID,
    "hasElevator" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Staircase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dwelling" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "buildingId" UUID NOT NULL,
    "staircaseId" UUID,
    "floor" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "kind" "DwellingKind" NOT NULL DEFAULT 'apartment',
    "rooms" INTEGER,
    "floorAreaSquareMetres" DECIMAL(7,2),
    "rentalValueYearlyCents" INTEGER,
    "state" "DwellingState" NOT NULL DEFAULT 'vacant',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Dwelling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaretakerAssignment" (
    "id" UUID NOT NULL,
    "caretakerId" UUID NOT NULL,
    "buildingId" UUID NOT NULL,
    "residentOnSite" BOOLEAN NOT NULL DEFAULT false,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,

    CONSTRAINT "CaretakerAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "iseeErpCents" INTEGER,
    "iseeErpValidUntil" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdMember" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "relationship" "HouseholdRelationship" NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,

    CONSTRAINT "HouseholdMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tenancy" (
    "id" UUID NOT NULL,
    "contractCode" TEXT NOT NULL,
    "dwellingId" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "holderId" UUID NOT NULL,
    "state" "TenancyState" NOT NULL DEFAULT 'active',
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "rentArea" "RentArea" NOT NULL,
    "monthlyRentCents" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tenancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RentCharge" (
    "id" UUID NOT NULL,
    "tenancyId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "rentCents" INTEGER NOT NULL,
    "serviceChargesCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "issuedOn" DATE NOT NULL,
    "dueOn" DATE NOT NULL,
    "pagoPaNoticeCode" VARCHAR(18) NOT NULL,
    "paymentState" "PaymentState" NOT NULL DEFAULT 'unpaid',
    "paidOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RentCharge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RentChargeLine" (
    "id" UUID NOT NULL,
    "rentChargeId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "RentChargeLineKind" NOT NULL,
    "service" "ServiceChargeKind",
    "description" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,

    CONSTRAINT "RentChargeLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Office" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "division" "Division" NOT NULL,
    "kind" "OfficeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "addressId" UUID NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "calendarId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeOpeningHours" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensAtMinute" INTEGER NOT NULL,
    "closesAtMinute" INTEGER NOT NULL,
    "appointmentOnly" BOOLEAN NOT NULL DEFAULT false,
    "validFrom" DATE,
    "validTo" DATE,

    CONSTRAINT "OfficeOpeningHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CounterService" (
    "id" UUID NOT NULL,
    "division" "Division" NOT NULL,
    "code" TEXT NOT NULL,
    "labelIt" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelAr" TEXT NOT NULL,
    "appointmentMinutes" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "CounterService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeService" (
    "officeId" UUID NOT NULL,
    "counterServiceId" UUID NOT NULL,

    CONSTRAINT "OfficeService_pkey" PRIMARY KEY ("officeId","counterServiceId")
);

-- CreateTable
CREATE TABLE "Desk" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Desk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" UUID NOT NULL,
    "bookingCode" TEXT NOT NULL,
    "officeId" UUID NOT NULL,
    "deskId" UUID,
    "counterServiceId" UUID NOT NULL,
    "personId" UUID,
    "bookedById" UUID,
    "ticketId" UUID,
    "channel" "Channel" NOT NULL DEFAULT 'onlineCounter',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "state" "AppointmentState" NOT NULL DEFAULT 'booked',
    "notes" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelledBy" "CancelledBy",
    "cancellationReason" TEXT,
    "cancellationNoticeAt" TIMESTAMPTZ(3),
    "checkedInAt" TIMESTAMPTZ(3),
    "servedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CensusCampaign" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "rentEffectiveFrom" DATE NOT NULL,
    "state" "CensusCampaignState" NOT NULL DEFAULT 'draft',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CensusCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CensusDeclaration" (
    "id" UUID NOT NULL,
    "campaignId" UUID NOT NULL,
    "tenancyId" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "state" "CensusDeclarationState" NOT NULL DEFAULT 'notStarted',
    "iseeErpCents" INTEGER,
    "dsuProtocol" TEXT,
    "dsuDate" DATE,
    "memberCount" INTEGER,
    "resultingArea" "RentArea",
    "payload" JSONB,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" UUID,
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CensusDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CensusDocument" (
    "id" UUID NOT NULL,
    "declarationId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "kind" "CensusDocumentKind" NOT NULL,
    "householdMemberId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CensusDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SatisfactionSurvey" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "division" "Division",
    "title" TEXT NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SatisfactionSurvey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "SurveyQuestionKind" NOT NULL,
    "textIt" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "textAr" TEXT NOT NULL,
    "options" JSONB,
    "required" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "userId" UUID,
    "ticketId" UUID,
    "appointmentId" UUID,
    "channel" "Channel" NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "id" UUID NOT NULL,
    "responseId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "ratingValue" INTEGER,
    "choiceValue" TEXT,
    "textValue" TEXT,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE INDEX "User_cafOfficeId_idx" ON "User"("cafOfficeId");

-- CreateIndex
CREATE INDEX "RateLimitCounter_updatedAt_idx" ON "RateLimitCounter"("updatedAt");

-- CreateIndex
CREATE INDEX "Address_postalCode_idx" ON "Address"("postalCode");

-- CreateIndex
CREATE INDEX "Address_street_houseNumber_idx" ON "Address"("street", "houseNumber");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_uploadedById_idx" ON "StoredFile"("uploadedById");

-- CreateIndex
CREATE INDEX "StoredFile_sha256_idx" ON "StoredFile"("sha256");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_createdAt_idx" ON "AuditLog"("entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_requestId_idx" ON "AuditLog"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_fiscalCode_key" ON "Person"("fiscalCode");

-- CreateIndex
CREATE INDEX "Person_kind_idx" ON "Person"("kind");

-- CreateIndex
CREATE INDEX "Person_familyName_givenName_idx" ON "Person"("familyName", "givenName");

-- CreateIndex
CREATE INDEX "Person_legalName_idx" ON "Person"("legalName");

-- CreateIndex
CREATE INDEX "Person_addressId_idx" ON "Person"("addressId");

-- CreateIndex
CREATE UNIQUE INDEX "Supply_supplyCode_key" ON "Supply"("supplyCode");

-- CreateIndex
CREATE INDEX "Supply_holderId_idx" ON "Supply"("holderId");

-- CreateIndex
CREATE INDEX "Supply_addressId_idx" ON "Supply"("addressId");

-- CreateIndex
CREATE INDEX "Supply_buildingId_idx" ON "Supply"("buildingId");

-- CreateIndex
CREATE INDEX "Supply_state_useType_idx" ON "Supply"("state", "useType");

-- CreateIndex
CREATE INDEX "Supply_contractStartOn_idx" ON "Supply"("contractStartOn");

-- CreateIndex
CREATE INDEX "CondoAdminMandate_adminId_state_idx" ON "CondoAdminMandate"("adminId", "state");

-- CreateIndex
CREATE INDEX "CondoAdminMandate_supplyId_state_idx" ON "CondoAdminMandate"("supplyId", "state");

-- CreateIndex
CREATE INDEX "CondoAdminMandate_state_requestedAt_idx" ON "CondoAdminMandate"("state", "requestedAt");

-- CreateIndex
CREATE INDEX "CondoAdminMandate_verbaleFileId_idx" ON "CondoAdminMandate"("verbaleFileId");

-- CreateIndex
CREATE INDEX "CondoAdminMandate_requestedById_idx" ON "CondoAdminMandate"("requestedById");

-- CreateIndex
CREATE INDEX "CondoAdminMandate_decidedById_idx" ON "CondoAdminMandate"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "Meter_serialNumber_key" ON "Meter"("serialNumber");

-- CreateIndex
CREATE INDEX "Meter_supplyId_installedOn_idx" ON "Meter"("supplyId", "installedOn");

-- CreateIndex
CREATE UNIQUE INDEX "MeterReading_protocol_key" ON "MeterReading"("protocol");

-- CreateIndex
CREATE INDEX "MeterReading_meterId_readAt_idx" ON "MeterReading"("meterId", "readAt");

-- CreateIndex
CREATE INDEX "MeterReading_supplyId_readAt_idx" ON "MeterReading"("supplyId", "readAt");

-- CreateIndex
CREATE INDEX "MeterReading_state_createdAt_idx" ON "MeterReading"("state", "createdAt");

-- CreateIndex
CREATE INDEX "MeterReading_photoFileId_idx" ON "MeterReading"("photoFileId");

-- CreateIndex
CREATE INDEX "MeterReading_submittedById_idx" ON "MeterReading"("submittedById");

-- CreateIndex
CREATE INDEX "MeterReading_reviewedById_idx" ON "MeterReading"("reviewedById");

-- CreateIndex
CREATE INDEX "Tariff_useType_effectiveFrom_idx" ON "Tariff"("useType", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Tariff_code_effectiveFrom_key" ON "Tariff"("code", "effectiveFrom");

-- CreateIndex
CREATE INDEX "TariffRate_tariffId_service_kind_idx" ON "TariffRate"("tariffId", "service", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_number_key" ON "Bill"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Bill_pagoPaNoticeCode_key" ON "Bill"("pagoPaNoticeCode");

-- CreateIndex
CREATE INDEX "Bill_supplyId_periodEnd_idx" ON "Bill"("supplyId", "periodEnd");

-- CreateIndex
CREATE INDEX "Bill_tariffId_idx" ON "Bill"("tariffId");

-- CreateIndex
CREATE INDEX "Bill_paymentState_dueOn_idx" ON "Bill"("paymentState", "dueOn");

-- CreateIndex
CREATE INDEX "Bill_issuedOn_idx" ON "Bill"("issuedOn");

-- CreateIndex
CREATE INDEX "Bill_fromReadingId_idx" ON "Bill"("fromReadingId");

-- CreateIndex
CREATE INDEX "Bill_toReadingId_idx" ON "Bill"("toReadingId");

-- CreateIndex
CREATE UNIQUE INDEX "BillLine_indemnityId_key" ON "BillLine"("indemnityId");

-- CreateIndex
CREATE INDEX "BillLine_bonusApplicationId_idx" ON "BillLine"("bonusApplicationId");

-- CreateIndex
CREATE UNIQUE INDEX "BillLine_billId_position_key" ON "BillLine"("billId", "position");

-- CreateIndex
CREATE INDEX "Payment_billId_idx" ON "Payment"("billId");

-- CreateIndex
CREATE INDEX "Payment_rentChargeId_idx" ON "Payment"("rentChargeId");

-- CreateIndex
CREATE INDEX "Payment_paidAt_idx" ON "Payment"("paidAt");

-- CreateIndex
CREATE UNIQUE INDEX "Practice_protocol_key" ON "Practice"("protocol");

-- CreateIndex
CREATE INDEX "Practice_kind_state_idx" ON "Practice"("kind", "state");

-- CreateIndex
CREATE INDEX "Practice_state_submittedAt_idx" ON "Practice"("state", "submittedAt");

-- CreateIndex
CREATE INDEX "Practice_applicantId_idx" ON "Practice"("applicantId");

-- CreateIndex
CREATE INDEX "Practice_submittedById_idx" ON "Practice"("submittedById");

-- CreateIndex
CREATE INDEX "Practice_assigneeId_state_idx" ON "Practice"("assigneeId", "state");

-- CreateIndex
CREATE INDEX "Practice_supplyId_idx" ON "Practice"("supplyId");

-- CreateIndex
CREATE INDEX "Practice_tenancyId_idx" ON "Practice"("tenancyId");

-- CreateIndex
CREATE INDEX "PracticeDocument_practiceId_idx" ON "PracticeDocument"("practiceId");

-- CreateIndex
CREATE INDEX "PracticeDocument_fileId_idx" ON "PracticeDocument"("fileId");

-- CreateIndex
CREATE INDEX "TicketCategory_division_active_position_idx" ON "TicketCategory"("division", "active", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TicketCategory_division_code_key" ON "TicketCategory"("division", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Team_code_key" ON "Team"("code");

-- CreateIndex
CREATE INDEX "Team_division_idx" ON "Team"("division");

-- CreateIndex
CREATE INDEX "TeamMember_userId_idx" ON "TeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_protocol_key" ON "Ticket"("protocol");

-- CreateIndex
CREATE INDEX "Ticket_division_state_openedAt_idx" ON "Ticket"("division", "state", "openedAt");

-- CreateIndex
CREATE INDEX "Ticket_assigneeId_state_idx" ON "Ticket"("assigneeId", "state");

-- CreateIndex
CREATE INDEX "Ticket_teamId_state_idx" ON "Ticket"("teamId", "state");

-- CreateIndex
CREATE INDEX "Ticket_categoryId_idx" ON "Ticket"("categoryId");

-- CreateIndex
CREATE INDEX "Ticket_requesterId_idx" ON "Ticket"("requesterId");

-- CreateIndex
CREATE INDEX "Ticket_reporterId_idx" ON "Ticket"("reporterId");

-- CreateIndex
CREATE INDEX "Ticket_supplyId_idx" ON "Ticket"("supplyId");

-- CreateIndex
CREATE INDEX "Ticket_buildingId_idx" ON "Ticket"("buildingId");

-- CreateIndex
CREATE INDEX "Ticket_dwellingId_idx" ON "Ticket"("dwellingId");

-- CreateIndex
CREATE INDEX "Ticket_practiceId_idx" ON "Ticket"("practiceId");

-- CreateIndex
CREATE INDEX "Ticket_mergedIntoId_idx" ON "Ticket"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Ticket_state_dueAt_idx" ON "Ticket"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_division_protocolYear_protocolSequence_key" ON "Ticket"("division", "protocolYear", "protocolSequence");

-- CreateIndex
CREATE INDEX "TicketEvent_ticketId_createdAt_idx" ON "TicketEvent"("ticketId", "createdAt");

-- CreateIndex
CREATE INDEX "TicketEvent_authorId_idx" ON "TicketEvent"("authorId");

-- CreateIndex
CREATE INDEX "TicketAttachment_ticketId_idx" ON "TicketAttachment"("ticketId");

-- CreateIndex
CREATE INDEX "TicketAttachment_eventId_idx" ON "TicketAttachment"("eventId");

-- CreateIndex
CREATE INDEX "TicketAttachment_fileId_idx" ON "TicketAttachment"("fileId");

-- CreateIndex
CREATE INDEX "ServiceStandard_division_kind_idx" ON "ServiceStandard"("division", "kind");

-- CreateIndex
CREATE INDEX "ServiceStandard_calendarId_idx" ON "ServiceStandard"("calendarId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceStandard_code_effectiveFrom_key" ON "ServiceStandard"("code", "effectiveFrom");

-- CreateIndex
CREATE INDEX "ServiceClock_serviceStandardId_idx" ON "ServiceClock"("serviceStandardId");

-- CreateIndex
CREATE INDEX "ServiceClock_ticketId_idx" ON "ServiceClock"("ticketId");

-- CreateIndex
CREATE INDEX "ServiceClock_practiceId_idx" ON "ServiceClock"("practiceId");

-- CreateIndex
CREATE INDEX "ServiceClock_appointmentId_idx" ON "ServiceClock"("appointmentId");

-- CreateIndex
CREATE INDEX "ServiceClock_state_dueAt_idx" ON "ServiceClock"("state", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Indemnity_serviceClockId_key" ON "Indemnity"("serviceClockId");

-- CreateIndex
CREATE INDEX "Indemnity_serviceStandardId_idx" ON "Indemnity"("serviceStandardId");

-- CreateIndex
CREATE INDEX "Indemnity_personId_idx" ON "Indemnity"("personId");

-- CreateIndex
CREATE INDEX "Indemnity_supplyId_state_idx" ON "Indemnity"("supplyId", "state");

-- CreateIndex
CREATE INDEX "Indemnity_state_createdAt_idx" ON "Indemnity"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Indemnity_decidedById_idx" ON "Indemnity"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "BusinessCalendar_code_key" ON "BusinessCalendar"("code");

-- CreateIndex
CREATE INDEX "CalendarHoliday_calendarId_idx" ON "CalendarHoliday"("calendarId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarClosure_calendarId_date_key" ON "CalendarClosure"("calendarId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "CafOffice_code_key" ON "CafOffice"("code");

-- CreateIndex
CREATE INDEX "CafOffice_addressId_idx" ON "CafOffice"("addressId");

-- CreateIndex
CREATE UNIQUE INDEX "WaterBonusBatch_reference_key" ON "WaterBonusBatch"("reference");

-- CreateIndex
CREATE INDEX "WaterBonusBatch_receivedOn_idx" ON "WaterBonusBatch"("receivedOn");

-- CreateIndex
CREATE INDEX "WaterBonusBatch_importedById_idx" ON "WaterBonusBatch"("importedById");

-- CreateIndex
CREATE UNIQUE INDEX "WaterBonusApplication_reference_key" ON "WaterBonusApplication"("reference");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_source_state_idx" ON "WaterBonusApplication"("source", "state");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_state_receivedAt_idx" ON "WaterBonusApplication"("state", "receivedAt");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_batchId_idx" ON "WaterBonusApplication"("batchId");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_cafOfficeId_idx" ON "WaterBonusApplication"("cafOfficeId");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_filedById_idx" ON "WaterBonusApplication"("filedById");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_applicantFiscalCode_idx" ON "WaterBonusApplication"("applicantFiscalCode");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_applicantId_idx" ON "WaterBonusApplication"("applicantId");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_supplyId_idx" ON "WaterBonusApplication"("supplyId");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_decidedById_idx" ON "WaterBonusApplication"("decidedById");

-- CreateIndex
CREATE INDEX "WaterBonusApplication_competenceYear_idx" ON "WaterBonusApplication"("competenceYear");

-- CreateIndex
CREATE INDEX "WaterBonusMember_applicationId_idx" ON "WaterBonusMember"("applicationId");

-- CreateIndex
CREATE INDEX "WaterBonusMember_fiscalCode_idx" ON "WaterBonusMember"("fiscalCode");

-- CreateIndex
CREATE INDEX "WaterBonusCheck_checkedById_idx" ON "WaterBonusCheck"("checkedById");

-- CreateIndex
CREATE UNIQUE INDEX "WaterBonusCheck_applicationId_kind_key" ON "WaterBonusCheck"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "WaterBonusPaymentOrder_applicationId_idx" ON "WaterBonusPaymentOrder"("applicationId");

-- CreateIndex
CREATE INDEX "WaterBonusPaymentOrder_state_dueBy_idx" ON "WaterBonusPaymentOrder"("state", "dueBy");

-- CreateIndex
CREATE UNIQUE INDEX "BonusConfiguration_effectiveFrom_key" ON "BonusConfiguration"("effectiveFrom");

-- CreateIndex
CREATE INDEX "Inspection_ticketId_idx" ON "Inspection"("ticketId");

-- CreateIndex
CREATE INDEX "Inspection_practiceId_idx" ON "Inspection"("practiceId");

-- CreateIndex
CREATE INDEX "Inspection_bonusApplicationId_idx" ON "Inspection"("bonusApplicationId");

-- CreateIndex
CREATE INDEX "Inspection_addressId_idx" ON "Inspection"("addressId");

-- CreateIndex
CREATE INDEX "Inspection_inspectorId_scheduledAt_idx" ON "Inspection"("inspectorId", "scheduledAt");

-- CreateIndex
CREATE UNIQUE INDEX "Building_code_key" ON "Building"("code");

-- CreateIndex
CREATE INDEX "Building_addressId_idx" ON "Building"("addressId");

-- CreateIndex
CREATE INDEX "Staircase_addressId_idx" ON "Staircase"("addressId");

-- CreateIndex
CREATE UNIQUE INDEX "Staircase_buildingId_code_key" ON "Staircase"("buildingId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Dwelling_code_key" ON "Dwelling"("code");

-- CreateIndex
CREATE INDEX "Dwelling_buildingId_staircaseId_floor_idx" ON "Dwelling"("buildingId", "staircaseId", "floor");

-- CreateIndex
CREATE INDEX "Dwelling_staircaseId_idx" ON "Dwelling"("staircaseId");

-- CreateIndex
CREATE INDEX "Dwelling_state_idx" ON "Dwelling"("state");

-- CreateIndex
CREATE INDEX "CaretakerAssignment_caretakerId_idx" ON "CaretakerAssignment"("caretakerId");

-- CreateIndex
CREATE INDEX "CaretakerAssignment_buildingId_startsOn_idx" ON "CaretakerAssignment"("buildingId", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Household_code_key" ON "Household"("code");

-- CreateIndex
CREATE INDEX "HouseholdMember_personId_idx" ON "HouseholdMember"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdMember_householdId_personId_joinedOn_key" ON "HouseholdMember"("householdId", "personId", "joinedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Tenancy_contractCode_key" ON "Tenancy"("contractCode");

-- CreateIndex
CREATE INDEX "Tenancy_dwellingId_state_idx" ON "Tenancy"("dwellingId", "state");

-- CreateIndex
CREATE INDEX "Tenancy_householdId_idx" ON "Tenancy"("householdId");

-- CreateIndex
CREATE INDEX "Tenancy_holderId_idx" ON "Tenancy"("holderId");

-- CreateIndex
CREATE INDEX "Tenancy_state_rentArea_idx" ON "Tenancy"("state", "rentArea");

-- CreateIndex
CREATE UNIQUE INDEX "RentCharge_pagoPaNoticeCode_key" ON "RentCharge"("pagoPaNoticeCode");

-- CreateIndex
CREATE INDEX "RentCharge_paymentState_dueOn_idx" ON "RentCharge"("paymentState", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "RentCharge_tenancyId_month_key" ON "RentCharge"("tenancyId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "RentChargeLine_rentChargeId_position_key" ON "RentChargeLine"("rentChargeId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Office_code_key" ON "Office"("code");

-- CreateIndex
CREATE INDEX "Office_division_active_idx" ON "Office"("division", "active");

-- CreateIndex
CREATE INDEX "Office_addressId_idx" ON "Office"("addressId");

-- CreateIndex
CREATE INDEX "Office_calendarId_idx" ON "Office"("calendarId");

-- CreateIndex
CREATE INDEX "OfficeOpeningHours_officeId_weekday_idx" ON "OfficeOpeningHours"("officeId", "weekday");

-- CreateIndex
CREATE UNIQUE INDEX "CounterService_code_key" ON "CounterService"("code");

-- CreateIndex
CREATE INDEX "CounterService_division_active_idx" ON "CounterService"("division", "active");

-- CreateIndex
CREATE INDEX "OfficeService_counterServiceId_idx" ON "OfficeService"("counterServiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Desk_officeId_code_key" ON "Desk"("officeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_bookingCode_key" ON "Appointment"("bookingCode");

-- CreateIndex
CREATE INDEX "Appointment_officeId_startsAt_idx" ON "Appointment"("officeId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_deskId_startsAt_idx" ON "Appointment"("deskId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_counterServiceId_idx" ON "Appointment"("counterServiceId");

-- CreateIndex
CREATE INDEX "Appointment_personId_startsAt_idx" ON "Appointment"("personId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_bookedById_idx" ON "Appointment"("bookedById");

-- CreateIndex
CREATE INDEX "Appointment_ticketId_idx" ON "Appointment"("ticketId");

-- CreateIndex
CREATE INDEX "Appointment_state_startsAt_idx" ON "Appointment"("state", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "CensusCampaign_code_key" ON "CensusCampaign"("code");

-- CreateIndex
CREATE INDEX "CensusCampaign_state_opensOn_idx" ON "CensusCampaign"("state", "opensOn");

-- CreateIndex
CREATE INDEX "CensusDeclaration_campaignId_state_idx" ON "CensusDeclaration"("campaignId", "state");

-- CreateIndex
CREATE INDEX "CensusDeclaration_tenancyId_idx" ON "CensusDeclaration"("tenancyId");

-- CreateIndex
CREATE INDEX "CensusDeclaration_householdId_idx" ON "CensusDeclaration"("householdId");

-- CreateIndex
CREATE INDEX "CensusDeclaration_submittedById_idx" ON "CensusDeclaration"("submittedById");

-- CreateIndex
CREATE INDEX "CensusDeclaration_reviewedById_idx" ON "CensusDeclaration"("reviewedById");

-- CreateIndex
CREATE UNIQUE INDEX "CensusDeclaration_campaignId_tenancyId_key" ON "CensusDeclaration"("campaignId", "tenancyId");

-- CreateIndex
CREATE INDEX "CensusDocument_declarationId_idx" ON "CensusDocument"("declarationId");

-- CreateIndex
CREATE INDEX "CensusDocument_fileId_idx" ON "CensusDocument"("fileId");

-- CreateIndex
CREATE INDEX "CensusDocument_householdMemberId_idx" ON "CensusDocument"("householdMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "SatisfactionSurvey_code_key" ON "SatisfactionSurvey"("code");

-- CreateIndex
CREATE INDEX "SatisfactionSurvey_active_opensOn_idx" ON "SatisfactionSurvey"("active", "opensOn");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyQuestion_surveyId_position_key" ON "SurveyQuestion"("surveyId", "position");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyId_submittedAt_idx" ON "SurveyResponse"("surveyId", "submittedAt");

-- CreateIndex
CREATE INDEX "SurveyResponse_userId_idx" ON "SurveyResponse"("userId");

-- CreateIndex
CREATE INDEX "SurveyResponse_ticketId_idx" ON "SurveyResponse"("ticketId");

-- CreateIndex
CREATE INDEX "SurveyResponse_appointmentId_idx" ON "SurveyResponse"("appointmentId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_questionId_idx" ON "SurveyAnswer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyAnswer_responseId_questionId_key" ON "SurveyAnswer"("responseId", "questionId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_cafOfficeId_fkey" FOREIGN KEY ("cafOfficeId") REFERENCES "CafOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Supply" ADD CONSTRAINT "Supply_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Supply" ADD CONSTRAINT "Supply_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Supply" ADD CONSTRAINT "Supply_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CondoAdminMandate" ADD CONSTRAINT "CondoAdminMandate_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CondoAdminMandate" ADD CONSTRAINT "CondoAdminMandate_supplyId_fkey" FOREIGN KEY ("supplyId") REFERENCES "Supply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CondoAdminMandate" ADD CONSTRAINT "CondoAdminMandate_verbaleFileId_fkey" FOREIGN KEY ("verbaleFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CondoAdminMandate" ADD CONSTRAINT "CondoAdminMandate_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CondoAdminMandate" ADD CONSTRAINT "CondoAdminMandate_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meter" ADD CONSTRAINT "Meter_supplyId_fkey" FOREIGN KEY ("supplyId") REFERENCES "Supply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "Meter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_supplyId_fkey" FOREIGN KEY ("supplyId") REFERENCES "Supply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_photoFileId_fkey" FOREIGN KEY ("photoFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeterReading" ADD CONSTRAINT "MeterReading_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TariffRate" ADD CONSTRAINT "TariffRate_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_supplyId_fkey" FOREIGN KEY ("supplyId") REFERENCES "Supply"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "Tariff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_fromReadingId_fkey" FOREIGN KEY ("fromReadingId") REFERENCES "MeterReading"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bill" ADD CONSTRAINT "Bill_toReadingId_fkey" FOREIGN KEY ("toReadingId") REFERENCES "MeterReading"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_indemnityId_fkey" FOREIGN KEY ("indemnityId") REFERENCES "Indemnity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillLine" ADD CONSTRAINT "BillLine_bonusApplicationId_fkey" FOREIGN KEY ("bonusApplicationId") REFERENCES "WaterBonusApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_rentChargeId_fkey" FOREIGN KEY ("rentChargeId") REFERENCES "RentCharge"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_supplyId_fkey" FOREIGN KEY ("supplyId") REFERENCES "Supply"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_tenancyId_fkey" FOREIGN KEY ("tenancyId") REFERENCES "Tenancy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeDocument" ADD CONSTRAINT "PracticeDocument_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeDocument" ADD CONSTRAINT "PracticeDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "TicketCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_supplyId_fkey" FOREIGN KEY ("supplyId") REFERENCES "Supply"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketAttachment" ADD CONSTRAINT "TicketAttachment_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketAttachment" ADD CONSTRAINT "TicketAttachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "TicketEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketAttachment" ADD CONSTRAINT "TicketAttachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceStandard" ADD CONSTRAINT "ServiceStandard_calendarId_fkey" FOREIGN KEY ("calendarId") REFERENCES "BusinessCalendar"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceClock" ADD CONSTRAINT "ServiceClock_serviceStandardId_fkey" FOREIGN KEY ("serviceStandardId") REFERENCES "ServiceStandard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceClock" ADD CONSTRAINT "ServiceClock_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceClock" ADD CONSTRAINT "ServiceClock_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceClock" ADD CONSTRAINT "ServiceClock_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indemnity" ADD CONSTRAINT "Indemnity_serviceStandardId_fkey" FOREIGN KEY ("serviceStandardId") REFERENCES "ServiceStandard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indemnity" ADD CONSTRAINT "Indemnity_serviceClockId_fkey" FOREIGN KEY ("serviceClockId") REFERENCES "ServiceClock"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indemnity" ADD CONSTRAINT "Indemnity_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indemnity" ADD CONSTRAINT "Indemnity_supplyId_fkey" FOREIGN KEY ("supplyId") REFERENCES "Supply"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indemnity" ADD CONSTRAINT "Indemnity_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarHoliday" ADD CONSTRAINT "CalendarHoliday_calendarId_fkey" FOREIGN KEY ("calendarId") REFERENCES "BusinessCalendar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarClosure" ADD CONSTRAINT "CalendarClosure_calendarId_fkey" FOREIGN KEY ("calendarId") REFERENCES "BusinessCalendar"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CafOffice" ADD CONSTRAINT "CafOffice_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusBatch" ADD CONSTRAINT "WaterBonusBatch_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusApplication" ADD CONSTRAINT "WaterBonusApplication_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "WaterBonusBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusApplication" ADD CONSTRAINT "WaterBonusApplication_cafOfficeId_fkey" FOREIGN KEY ("cafOfficeId") REFERENCES "CafOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusApplication" ADD CONSTRAINT "WaterBonusApplication_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusApplication" ADD CONSTRAINT "WaterBonusApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusApplication" ADD CONSTRAINT "WaterBonusApplication_supplyId_fkey" FOREIGN KEY ("supplyId") REFERENCES "Supply"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusApplication" ADD CONSTRAINT "WaterBonusApplication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusMember" ADD CONSTRAINT "WaterBonusMember_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "WaterBonusApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusCheck" ADD CONSTRAINT "WaterBonusCheck_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "WaterBonusApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusCheck" ADD CONSTRAINT "WaterBonusCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaterBonusPaymentOrder" ADD CONSTRAINT "WaterBonusPaymentOrder_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "WaterBonusApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_bonusApplicationId_fkey" FOREIGN KEY ("bonusApplicationId") REFERENCES "WaterBonusApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_inspectorId_fkey" FOREIGN KEY ("inspectorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Building" ADD CONSTRAINT "Building_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Staircase" ADD CONSTRAINT "Staircase_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Staircase" ADD CONSTRAINT "Staircase_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dwelling" ADD CONSTRAINT "Dwelling_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dwelling" ADD CONSTRAINT "Dwelling_staircaseId_fkey" FOREIGN KEY ("staircaseId") REFERENCES "Staircase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaretakerAssignment" ADD CONSTRAINT "CaretakerAssignment_caretakerId_fkey" FOREIGN KEY ("caretakerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaretakerAssignment" ADD CONSTRAINT "CaretakerAssignment_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "Building"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdMember" ADD CONSTRAINT "HouseholdMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenancy" ADD CONSTRAINT "Tenancy_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenancy" ADD CONSTRAINT "Tenancy_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tenancy" ADD CONSTRAINT "Tenancy_holderId_fkey" FOREIGN KEY ("holderId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RentCharge" ADD CONSTRAINT "RentCharge_tenancyId_fkey" FOREIGN KEY ("tenancyId") REFERENCES "Tenancy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RentChargeLine" ADD CONSTRAINT "RentChargeLine_rentChargeId_fkey" FOREIGN KEY ("rentChargeId") REFERENCES "RentCharge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_addressId_fkey" FOREIGN KEY ("addressId") REFERENCES "Address"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Office" ADD CONSTRAINT "Office_calendarId_fkey" FOREIGN KEY ("calendarId") REFERENCES "BusinessCalendar"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeOpeningHours" ADD CONSTRAINT "OfficeOpeningHours_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeService" ADD CONSTRAINT "OfficeService_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeService" ADD CONSTRAINT "OfficeService_counterServiceId_fkey" FOREIGN KEY ("counterServiceId") REFERENCES "CounterService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Desk" ADD CONSTRAINT "Desk_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_deskId_fkey" FOREIGN KEY ("deskId") REFERENCES "Desk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_counterServiceId_fkey" FOREIGN KEY ("counterServiceId") REFERENCES "CounterService"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusDeclaration" ADD CONSTRAINT "CensusDeclaration_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "CensusCampaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusDeclaration" ADD CONSTRAINT "CensusDeclaration_tenancyId_fkey" FOREIGN KEY ("tenancyId") REFERENCES "Tenancy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusDeclaration" ADD CONSTRAINT "CensusDeclaration_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusDeclaration" ADD CONSTRAINT "CensusDeclaration_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusDeclaration" ADD CONSTRAINT "CensusDeclaration_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusDocument" ADD CONSTRAINT "CensusDocument_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "CensusDeclaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusDocument" ADD CONSTRAINT "CensusDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CensusDocument" ADD CONSTRAINT "CensusDocument_householdMemberId_fkey" FOREIGN KEY ("householdMemberId") REFERENCES "HouseholdMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "SatisfactionSurvey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "SatisfactionSurvey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
