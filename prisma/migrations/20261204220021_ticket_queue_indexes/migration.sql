-- CreateIndex
CREATE INDEX "Ticket_division_dueAt_id_idx" ON "Ticket"("division", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_division_priority_id_idx" ON "Ticket"("division", "priority" DESC, "id");

-- CreateIndex
CREATE INDEX "Ticket_division_openedAt_id_idx" ON "Ticket"("division", "openedAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_dueAt_id_idx" ON "Ticket"("dueAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_openedAt_id_idx" ON "Ticket"("openedAt", "id");
