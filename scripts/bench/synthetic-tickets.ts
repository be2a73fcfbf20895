// SQL that fills a migrated scratch database with synthetic back-office data for the queue
// benchmark: 1,000,000 tickets by default, generated with generate_series rather than Prisma.

/** Operators, teams and the shape of the data, chosen to resemble a few years of real use. */
export const syntheticShape = {
  people: 200_000,
  operatorsPerDivision: 20,
  teamsPerDivision: 4,
  categoriesPerDivision: 8,
};

/**
 * Statements that create the reference rows the tickets point to: calendars, people, operators,
 * teams and categories. Ids are derived from row numbers, so reruns produce the same rows.
 */
export function referenceDataSql(): string {
  const { people, operatorsPerDivision, teamsPerDivision, categoriesPerDivision } = syntheticShape;
  const names = `ARRAY['Rossi','Bianchi','Colombo','Ferrari','Esposito','Romano','Ricci','Marino','Greco','Bruno','Gallo','Conti','De Luca','Mancini','Costa','Giordano','Rizzo','Lombardi','Moretti','Barbieri','Fontana','Santoro','Mariani','Rinaldi','Caruso','Ferrara','Galli','Martini','Leone','Longo','Gentile','Martinelli','Vitale','Lombardo','Serra','Coppola','De Santis','D''Angelo','Marchetti','Parisi']`;
  const given = `ARRAY['Giulia','Marco','Francesca','Luca','Chiara','Andrea','Sara','Matteo','Elena','Niccolò','Anna','Davide','Martina','Simone','Paola','Stefano','Federica','Lorenzo','Alessia','Gabriele','Noemi','Tommaso','Irene','Riccardo','Beatrice','Mattia','Giorgia','Pietro','Aurora','Emanuele']`;

  return `
INSERT INTO "BusinessCalendar" (id, code, name, "updatedAt")
VALUES (gen_random_uuid(), 'sii-standards', 'SII', now()), (gen_random_uuid(), 'casa-standards', 'Casa', now());

INSERT INTO "Person" (id, kind, "fiscalCode", "givenName", "familyName", "updatedAt")
SELECT md5('person' || n)::uuid, 'natural', 'BENCH' || lpad(n::text, 11, '0'),
       (${given})[1 + (n * 7) % 30], (${names})[1 + (n * 13) % 40], now()
FROM generate_series(1, ${people}) AS n;

INSERT INTO "User" (id, email, "passwordHash", "displayName", roles, "updatedAt")
SELECT md5('operator' || d || n)::uuid, 'bench-' || d || '-' || n || '@sportello-mm.test', 'not-used', 'Operatore ' || d || ' ' || n,
       ARRAY[(CASE d WHEN 'sii' THEN 'siiOperator' ELSE 'casaOperator' END)::"Role"], now()
FROM unnest(ARRAY['sii', 'casa']) AS d, generate_series(1, ${operatorsPerDivision}) AS n;

INSERT INTO "User" (id, email, "passwordHash", "displayName", roles, "updatedAt")
VALUES (md5('supervisor')::uuid, 'bench-supervisor@sportello-mm.test', 'not-used', 'Supervisore', ARRAY['supervisor'::"Role"], now());

INSERT INTO "Team" (id, division, code, name)
SELECT md5('team' || d || n)::uuid, d::"Division", 'bench-' || d || '-' || n, 'Squadra ' || d || ' ' || n
FROM unnest(ARRAY['sii', 'casa']) AS d, generate_series(1, ${teamsPerDivision}) AS n;

INSERT INTO "TicketCategory" (id, division, code, nature, "labelIt", "labelEn", "labelAr", "updatedAt")
SELECT md5('category' || d || n)::uuid, d::"Division", 'bench-' || n, (CASE WHEN n % 2 = 0 THEN 'technical' ELSE 'administrative' END)::"TicketNature",
       'Categoria ' || n, 'Category ' || n, 'فئة ' || n, now()
FROM unnest(ARRAY['sii', 'casa']) AS d, generate_series(1, ${categoriesPerDivision}) AS n;
`;
}

/**
 * Statement that inserts `count` tickets, in shares chosen to look like a live service. Of the
 * tickets, 60 % belong to the water service and 40 % to housing. 70 % are closed, 4 % cancelled
 * and the rest spread over the open states. Open tickets mostly have a due date within ±30
 * days. New tickets and one in seven others are unassigned. Closed and cancelled tickets were opened in the three years before
 * now, the others in the last 90 days.
 */
export function ticketsSql(count: number): string {
  const { people, operatorsPerDivision, teamsPerDivision, categoriesPerDivision } = syntheticShape;
  const words = `ARRAY['perdita','contatore','bolletta','lettura','pressione','allaccio','voltura','rimborso','ascensore','riscaldamento','infiltrazione','citofono','cantina','canone','guasto','fognatura','preventivo','rateizzazione','subentro','disdetta']`;

  return `
INSERT INTO "Ticket" (id, protocol, division, "protocolYear", "protocolSequence", nature, "categoryId", channel, priority, state,
                      subject, description, "requesterId", "assigneeId", "teamId", "dueAt", "openedAt", "updatedAt")
SELECT g.id,
       upper(g.division) || '-' || g.year || '-' || lpad(g.n::text, 7, '0'),
       g.division::"Division", g.year, g.n,
       (CASE WHEN g.category % 2 = 0 THEN 'technical' ELSE 'administrative' END)::"TicketNature",
       md5('category' || g.division || g.category)::uuid,
       (ARRAY['onlineCounter','virtualCounter','officeCounter','callCenter','contactCenter','email','pec','post'])[1 + g.r4 % 8]::"Channel",
       (ARRAY['low','normal','normal','normal','high','urgent'])[1 + g.r5 % 6]::"TicketPriority",
       g.state::"TicketState",
       initcap((${words})[1 + g.r6 % 20]) || ' ' || (${words})[1 + g.r7 % 20] || ' n. ' || g.n,
       'Descrizione sintetica del ticket ' || g.n,
       md5('person' || (1 + g.r8 % ${people}))::uuid,
       CASE WHEN g.state = 'new' OR g.r9 % 7 = 0 THEN NULL ELSE md5('operator' || g.division || (1 + g.r9 % ${operatorsPerDivision}))::uuid END,
       md5('team' || g.division || (1 + g.r10 % ${teamsPerDivision}))::uuid,
       -- The app clears the due date while the clock is paused (waiting for the customer) and once it stops.
       CASE WHEN g.state IN ('closed', 'cancelled', 'resolved', 'waitingForCustomer') OR g.r11 % 10 = 0 THEN NULL
            ELSE now() + make_interval(hours => ((g.r11 % 1440) - 720)::int) END,
       g.opened_at, g.opened_at
FROM (
  SELECT r.*,
         CASE WHEN r.r1 % 5 < 3 THEN 'sii' ELSE 'casa' END AS division,
         1 + r.r2 % ${categoriesPerDivision} AS category,
         CASE WHEN r.r3 % 100 < 70 THEN 'closed' WHEN r.r3 % 100 < 74 THEN 'cancelled' WHEN r.r3 % 100 < 80 THEN 'resolved'
              WHEN r.r3 % 100 < 86 THEN 'new' WHEN r.r3 % 100 < 95 THEN 'inProgress' WHEN r.r3 % 100 < 98 THEN 'waitingForCustomer' ELSE 'reopened' END AS state,
         -- Closed tickets are the older ones: a ticket stays open for weeks, not years.
         now() - make_interval(secs => (CASE WHEN r.r3 % 100 < 74 THEN 2592000 + r.r12 % 92016000 ELSE r.r12 % 7776000 END)::double precision) AS opened_at,
         2026 AS year
  FROM (
    -- Independent pseudo-random values per row from hashtext, so no two columns move together.
    SELECT gen_random_uuid() AS id, n,
           abs(hashtext(n || 'division')::bigint) AS r1, abs(hashtext(n || 'category')::bigint) AS r2, abs(hashtext(n || 'state')::bigint) AS r3,
           abs(hashtext(n || 'channel')::bigint) AS r4, abs(hashtext(n || 'priority')::bigint) AS r5, abs(hashtext(n || 'word1')::bigint) AS r6,
           abs(hashtext(n || 'word2')::bigint) AS r7, abs(hashtext(n || 'person')::bigint) AS r8, abs(hashtext(n || 'assignee')::bigint) AS r9,
           abs(hashtext(n || 'team')::bigint) AS r10, abs(hashtext(n || 'due')::bigint) AS r11, abs(hashtext(n || 'opened')::bigint) AS r12
    FROM generate_series(1, ${count}) AS n
  ) r
) g;

-- Paused clocks of the tickets waiting for the customer, for the "paused" service-level filter.
INSERT INTO "ServiceStandard" (id, code, division, kind, name, "limitValue", unit, "startEvent", "stopEvent", source, "effectiveFrom", "updatedAt")
VALUES (md5('standard')::uuid, 'bench', 'sii', 'specific', 'Standard di prova', 30, 'workingDays', 'requestReceived', 'replySent', 'Benchmark', '2020-01-01', now());

INSERT INTO "ServiceClock" (id, "serviceStandardId", "ticketId", state, "startedAt", "dueAt", "pausedAt", "updatedAt")
SELECT gen_random_uuid(), md5('standard')::uuid, t.id, 'paused', t."openedAt", t."openedAt" + interval '42 days', now(), now()
FROM "Ticket" t WHERE t.state = 'waitingForCustomer';
`;
}
