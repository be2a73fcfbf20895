// The queue queries the benchmark measures, built with the app's own SQL builders so the
// measured text is the text the back office sends.
import type { Client } from "pg";

import { romeDateOf } from "@/lib/charter/rome-time";
import { personNameSearchSql } from "@/lib/customers/find-person-ids";
import { tabCountCap } from "@/lib/tickets/queue/count-queue-tabs";
import { queueFilterSql } from "@/lib/tickets/queue/queue-filter-sql";
import { parseQueueFilters, queuePageSize, type QueueFilters, type QueueSort } from "@/lib/tickets/queue/queue-filters";
import { cursorOf, needsFence, pageIdsSql, pageSegments } from "@/lib/tickets/queue/queue-keyset";
import type { TicketActor } from "@/lib/tickets/ticket-access";

export type Measurement = { actor: string; name: string; milliseconds: number; hit: number; read: number; plan: string };

type PlanNode = {
  "Node Type": string;
  "Index Name"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
};

/** Lists the node types of a plan, with the index each scan uses, outermost first. */
function describePlan(node: PlanNode): string[] {
  const own = node["Index Name"] ? `${node["Node Type"]} (${node["Index Name"]})` : node["Node Type"];
  return [own, ...(node.Plans ?? []).flatMap(describePlan)];
}

/** Runs EXPLAIN (ANALYZE, BUFFERS) on a statement and returns its execution time, buffers and plan outline. */
async function explain(client: Client, text: string, values: unknown[]): Promise<Omit<Measurement, "actor" | "name">> {
  const result = await client.query<{ "QUERY PLAN": Array<{ "Execution Time": number; Plan: PlanNode }> }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
  const [root] = result.rows[0]!["QUERY PLAN"];

  const nodes = describePlan(root!.Plan).filter((node) => !node.startsWith("Result"));
  return {
    milliseconds: root!["Execution Time"],
    hit: root!.Plan["Shared Hit Blocks"] ?? 0,
    read: root!.Plan["Shared Read Blocks"] ?? 0,
    plan: [...new Set(nodes)].slice(0, 4).join(" → "),
  };
}

/**
 * Measures one queue page the way `listTicketQueue` reads it: segment after segment until the
 * page is full. Times add up over the segments; the plan is the first segment's.
 */
async function measurePage(client: Client, user: TicketActor, filters: QueueFilters, cursorRow: CursorRow | null): Promise<Omit<Measurement, "actor" | "name">> {
  const now = new Date();
  const filterSql = await queueFilterSql(user, filters, now);
  const cursor = cursorRow ? cursorOf(filters.sort, cursorRow) : null;
  const segments = pageSegments(filters, cursor, "after");

  const measured: Array<Omit<Measurement, "actor" | "name">> = [];
  let found = 0;
  for (const segment of segments) {
    const remaining = queuePageSize + 1 - found;
    if (remaining <= 0) break;

    const statement = pageIdsSql(filterSql, segment, remaining, needsFence(filters));
    measured.push(await explain(client, statement.text, statement.values));
    const rows = await client.query(statement.text, statement.values);
    found += rows.rowCount ?? 0;
  }

  const [first] = measured;
  if (!first) return { milliseconds: 0, hit: 0, read: 0, plan: "no segment" };

  const segmentNote = measured.length > 1 ? ` (+${measured.length - 1} segment)` : "";
  return {
    milliseconds: measured.reduce((sum, part) => sum + part.milliseconds, 0),
    hit: measured.reduce((sum, part) => sum + part.hit, 0),
    read: measured.reduce((sum, part) => sum + part.read, 0),
    plan: first.plan + segmentNote,
  };
}

type CursorRow = { id: string; dueAt: Date | null; priority: "low" | "normal" | "high" | "urgent"; openedAt: Date };

/** Finds the row at `offset` in a sort's order within the user's open tickets, to start a deep page from. Not measured. */
async function rowAt(client: Client, user: TicketActor, sort: QueueSort, offset: number): Promise<CursorRow | null> {
  const filterSql = await queueFilterSql(user, parseQueueFilters({ sort }), new Date());
  const order = { due: `t."dueAt" ASC NULLS LAST, t.id ASC`, priority: `t.priority DESC, t.id ASC`, created: `t."openedAt" DESC, t.id DESC` }[sort];

  const result = await client.query<CursorRow>(
    `SELECT t.id, t."dueAt", t.priority, t."openedAt" FROM "Ticket" t WHERE ${filterSql.text} ORDER BY ${order} OFFSET $${filterSql.values.length + 1} LIMIT 1`,
    [...filterSql.values, offset],
  );
  return result.rows[0] ?? null;
}

/** Counts of the queue tabs, written as the LIMIT subquery `countQueueTabs` sends through Prisma's `count({ take })`. */
async function measureTabCounts(client: Client, user: TicketActor, divisions: string[] | null): Promise<Array<Omit<Measurement, "actor">>> {
  const scope = divisions ? `t.division IN (${divisions.map((division) => `'${division}'`).join(", ")}) AND ` : "";
  const open = `t.state NOT IN ('closed', 'cancelled')`;
  const tabs: Array<[string, string, unknown[]]> = [
    ["tab count: open", "", []],
    ["tab count: mine", ` AND t."assigneeId" = $2::uuid`, [user.id]],
    ["tab count: unassigned", ` AND t."assigneeId" IS NULL`, []],
    ["tab count: overdue", ` AND t."dueAt" < $2::timestamptz`, [new Date()]],
  ];

  const measurements: Array<Omit<Measurement, "actor">> = [];
  for (const [name, extra, values] of tabs) {
    const text = `SELECT COUNT(*) FROM (SELECT t.id FROM "Ticket" t WHERE ${scope}${open}${extra} LIMIT $1) AS capped`;
    measurements.push({ name, ...(await explain(client, text, [tabCountCap + 1, ...values])) });
  }
  return measurements;
}

/** Runs every measurement for an SII operator and for a supervisor. */
export async function runScenarios(client: Client): Promise<Measurement[]> {
  const operator = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'bench-sii-1@sportello-mm.test'`);
  const supervisor = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'bench-supervisor@sportello-mm.test'`);
  const category = await client.query<{ id: string }>(`SELECT id FROM "TicketCategory" WHERE division = 'sii' ORDER BY code LIMIT 1`);
  const team = await client.query<{ id: string }>(`SELECT id FROM "Team" WHERE division = 'sii' ORDER BY code LIMIT 1`);
  const protocol = await client.query<{ protocol: string }>(`SELECT protocol FROM "Ticket" WHERE division = 'sii' AND state = 'inProgress' ORDER BY protocol LIMIT 1 OFFSET 10`);

  const actors: Array<{ label: string; user: TicketActor; divisions: string[] | null }> = [
    { label: "SII operator", user: { id: operator.rows[0]!.id, roles: ["siiOperator"] }, divisions: ["sii"] },
    { label: "supervisor", user: { id: supervisor.rows[0]!.id, roles: ["supervisor"] }, divisions: null },
  ];

  const filterCases: Array<[string, Record<string, string>]> = [
    ["filter: state in progress", { state: "inProgress" }],
    ["filter: category", { category: category.rows[0]!.id }],
    ["filter: nature technical", { nature: "technical" }],
    ["filter: channel PEC", { channel: "pec" }],
    ["filter: priority urgent", { priority: "urgent" }],
    ["filter: assignee mine", { assignee: "mine" }],
    ["filter: unassigned", { assignee: "unassigned" }],
    ["filter: team", { team: team.rows[0]!.id }],
    ["filter: SLA overdue", { sla: "overdue" }],
    ["filter: SLA due soon", { sla: "dueSoon" }],
    ["filter: SLA paused", { sla: "paused" }],
    ["filter: opened in a month long past", { openedFrom: "2026-06-01", openedTo: "2026-06-30" }],
    ["filter: opened in the last 30 days", { openedFrom: romeDateOf(new Date(Date.now() - 30 * 86_400_000)) }],
    ["free text: whole protocol", { q: protocol.rows[0]!.protocol }],
    ["free text: protocol prefix", { q: protocol.rows[0]!.protocol.slice(0, 14) }],
    ["free text: rare subject word", { q: "n. 123456" }],
    ["free text: common subject word", { q: "infiltrazione" }],
    ["free text: customer name", { q: "niccolo ferrari" }],
  ];

  const results: Measurement[] = [];
  for (const actor of actors) {
    for (const sort of ["due", "priority", "created"] as const) {
      const filters = parseQueueFilters({ sort });
      results.push({ actor: actor.label, name: `sort ${sort}: first page`, ...(await measurePage(client, actor.user, filters, null)) });

      const deepRow = await rowAt(client, actor.user, sort, 100_000);
      if (deepRow) results.push({ actor: actor.label, name: `sort ${sort}: page after row 100,000`, ...(await measurePage(client, actor.user, filters, deepRow)) });
    }

    for (const [name, query] of filterCases) {
      results.push({ actor: actor.label, name, ...(await measurePage(client, actor.user, parseQueueFilters({ sort: "due", ...query }), null)) });
    }

    for (const measurement of await measureTabCounts(client, actor.user, actor.divisions)) results.push({ actor: actor.label, ...measurement });
  }

  const lookup = personNameSearchSql("niccolo ferrari");
  results.push({ actor: "both", name: "person ids for the free text (accent-insensitive name)", ...(await explain(client, lookup.text, lookup.values)) });

  return results;
}
