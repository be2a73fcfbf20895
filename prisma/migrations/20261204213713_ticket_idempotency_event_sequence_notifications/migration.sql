-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ticketCreated', 'ticketReplied', 'ticketResolved');

-- CreateEnum
CREATE TYPE "OutboundEmailState" AS ENUM ('queued', 'sent', 'failed');

-- DropIndex
DROP INDEX "TicketEvent_ticketId_createdAt_idx";

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "idempotencyKey" UUID;

-- AlterTable
ALTER TABLE "TicketEvent" ADD COLUMN     "sequence" SERIAL NOT NULL;

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "ticketId" UUID,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundEmail" (
    "id" UUID NOT NULL,
    "toAddress" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "state" "OutboundEmailState" NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ticketId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutboundEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_createdAt_idx" ON "Notification"("recipientId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_ticketId_idx" ON "Notification"("ticketId");

-- CreateIndex
CREATE INDEX "OutboundEmail_state_nextAttemptAt_idx" ON "OutboundEmail"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboundEmail_ticketId_idx" ON "OutboundEmail"("ticketId");

-- Backfill: tickets created before this migration kept their key in the data of their `created` event.
UPDATE "Ticket" AS t
SET "idempotencyKey" = (e."data" ->> 'idempotencyKey')::uuid
FROM "TicketEvent" AS e
WHERE e."ticketId" = t."id"
  AND e."kind" = 'created'
  AND e."authorId" = t."reporterId"
  AND e."data" ->> 'idempotencyKey' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_reporterId_idempotencyKey_key" ON "Ticket"("reporterId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "TicketEvent_ticketId_createdAt_sequence_idx" ON "TicketEvent"("ticketId", "createdAt", "sequence");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboundEmail" ADD CONSTRAINT "OutboundEmail_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
