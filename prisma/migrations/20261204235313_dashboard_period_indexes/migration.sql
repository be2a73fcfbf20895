-- CreateIndex
CREATE INDEX "Indemnity_createdAt_idx" ON "Indemnity"("createdAt");

-- CreateIndex
CREATE INDEX "ServiceClock_state_stoppedAt_idx" ON "ServiceClock"("state", "stoppedAt");

-- CreateIndex
CREATE INDEX "SurveyResponse_submittedAt_idx" ON "SurveyResponse"("submittedAt");

-- CreateIndex
CREATE INDEX "Ticket_division_resolvedAt_idx" ON "Ticket"("division", "resolvedAt");
