/**
 * The SQL the business-core endpoints send, as drizzle renders it (logged from the repositories), with the
 * constants it sends as parameters (timeline types, the date_trunc unit) written in: the core floor server
 * runs the list statements, and the benchmark explains them all. When a repository changes its query,
 * change it here too, or the floor and the plans describe old code.
 */

const clientColumns = [
  'id',
  'company_name',
  'contact_person',
  'email',
  'phone',
  'industry',
  'status',
  'stage',
  'tier',
  'owner_user_id',
  'website',
  'address_line1',
  'address_line2',
  'city',
  'region',
  'postal_code',
  'country',
  'annual_revenue',
  'tags',
  'notes',
  'custom_fields',
  'renewal_date',
  'last_contact_at',
  'archived_at',
  'merged_into_id',
  'created_at',
  'updated_at',
  'version',
]
  .map((column) => `"clients"."${column}"`)
  .join(', ');

/**
 * `GET /api/clients?q=` in name order: the page's ids from the sort index, then those rows, archived ones
 * left out. Parameters: the contains-pattern, the page size plus one.
 */
export const clientSearchSql =
  `select "page_id", "page"."company_name", ${clientColumns}, (select coalesce("users"."name", "users"."email") ` +
  'from "users" where "users"."id" = "clients"."owner_user_id") ' +
  `from (select "id" as "page_id", "company_name" ` +
  'from "clients" where "clients"."search_text" like lower($1) order by "clients"."company_name" asc, ' +
  '"clients"."id" asc limit $2) "page" left join "clients" on ("clients"."id" = "page_id" and ' +
  '"clients"."archived_at" is null) order by "page"."company_name" asc, "page_id" asc';

const orderListSelect =
  'select "orders"."id", "orders"."client_id", "clients"."company_name", "orders"."status", ' +
  '"orders"."payment_status", "orders"."fulfilment_status", "orders"."currency", "orders"."subtotal", ' +
  '"orders"."discount_total", "orders"."tax_total", "orders"."total_amount", "orders"."amount_paid", ' +
  '"orders"."amount_refunded", "orders"."due_date", "orders"."owner_user_id", ' +
  'coalesce("users"."name", "users"."email"), "orders"."order_date", "orders"."delivery_date", ' +
  '"orders"."confirmed_at", "orders"."cancelled_at", "orders"."closed_at", "orders"."notes", ' +
  '"orders"."version", "orders"."created_at", "orders"."updated_at" from "orders" ' +
  'inner join "clients" on "clients"."id" = "orders"."client_id" ' +
  'left join "users" on "users"."id" = "orders"."owner_user_id"';
const newestFirst = ' order by "orders"."order_date" desc, "orders"."id" desc';

/** `GET /api/orders?status=&from=&to=`. Parameters: status, from, to, the page size plus one. */
export const ordersByStatusSql =
  `${orderListSelect} where ("orders"."status" = $1 and "orders"."order_date" >= $2 and ` +
  `"orders"."order_date" < $3)${newestFirst} limit $4`;

/** `GET /api/orders?clientId=`. Parameters: the client id, the page size plus one. */
export const ordersByClientSql = `${orderListSelect} where "orders"."client_id" = $1${newestFirst} limit $2`;

/** `GET /api/clients/:id/contacts`. Parameter: the client id. */
export const contactsSql =
  'select "id", "client_id", "name", "email", "phone", "job_title", "is_primary", "created_at", "updated_at", ' +
  '"version" from "client_contacts" where "client_contacts"."client_id" = $1 ' +
  'order by "client_contacts"."is_primary" desc, "client_contacts"."name" asc, "client_contacts"."id" asc';

const timelineBranch = (type: string, select: string, from: string, where: string, order: string) =>
  `(select '${type}'::text as type, ${select} from ${from} where ${where} = $1 order by ${order} limit $2)`;

/** `GET /api/clients/:id/timeline?limit=20`, first page. Parameters: the client id, the page size plus one. */
export const timelineSql =
  'select type, id, at, title, data from (' +
  [
    timelineBranch(
      'interaction',
      `"client_interactions"."id" as id, "client_interactions"."occurred_at" as at, "client_interactions"."subject" as title,
      jsonb_build_object('kind', "client_interactions"."kind", 'body', "client_interactions"."body",
        'authorUserId', "client_interactions"."author_user_id", 'contactId', "client_interactions"."contact_id",
        'durationMinutes', "client_interactions"."duration_minutes") as data`,
      '"client_interactions"',
      '"client_interactions"."client_id"',
      '"client_interactions"."occurred_at" desc, "client_interactions"."id" desc',
    ),
    timelineBranch(
      'order',
      `"orders"."id" as id, "orders"."order_date" as at, 'Order #' || "orders"."id" as title,
      jsonb_build_object('status', "orders"."status", 'totalAmount', "orders"."total_amount"::text,
        'currency', "orders"."currency") as data`,
      '"orders"',
      '"orders"."client_id"',
      '"orders"."order_date" desc, "orders"."id" desc',
    ),
    timelineBranch(
      'payment',
      `"payments"."id" as id, "payments"."paid_at" as at, (case "payments"."kind" when 'refund' then 'Refund' else 'Payment' end) || ' for order #' || "payments"."order_id" as title,
      jsonb_build_object('kind', "payments"."kind", 'amount', "payments"."amount"::text,
        'method', "payments"."method", 'reference', "payments"."reference", 'orderId', "payments"."order_id") as data`,
      '"payments" join "orders" on "orders"."id" = "payments"."order_id"',
      '"orders"."client_id"',
      '"payments"."paid_at" desc, "payments"."id" desc',
    ),
    timelineBranch(
      'ticket',
      `"tickets"."id" as id, "tickets"."created_at" as at, "tickets"."title" as title,
      jsonb_build_object('status', "tickets"."status", 'priority', "tickets"."priority") as data`,
      '"tickets"',
      '"tickets"."client_id"',
      '"tickets"."created_at" desc, "tickets"."id" desc',
    ),
    timelineBranch(
      'stage_change',
      `"client_stage_changes"."id" as id, "client_stage_changes"."changed_at" as at, 'Stage ' || coalesce("client_stage_changes"."from_stage" || ' → ', '') || "client_stage_changes"."to_stage" as title,
      jsonb_build_object('fromStage', "client_stage_changes"."from_stage", 'toStage', "client_stage_changes"."to_stage",
        'reason', "client_stage_changes"."reason", 'changedBy', "client_stage_changes"."changed_by") as data`,
      '"client_stage_changes"',
      '"client_stage_changes"."client_id"',
      '"client_stage_changes"."changed_at" desc, "client_stage_changes"."id" desc',
    ),
  ].join(' union all ') +
  ') as timeline order by at desc, type desc, id desc limit $2';

/** `GET /api/clients/:id/satisfaction`, its figures (the 20 latest answers are a second, indexed read). */
export const satisfactionFiguresSql =
  `select count(*) filter (where "kind" = 'csat')::int, (avg("score") filter (where "kind" = 'csat'))::text, ` +
  `count(*) filter (where "kind" = 'csat' and "score" = 1)::int, count(*) filter (where "kind" = 'csat' and "score" = 2)::int, ` +
  `count(*) filter (where "kind" = 'csat' and "score" = 3)::int, count(*) filter (where "kind" = 'csat' and "score" = 4)::int, ` +
  `count(*) filter (where "kind" = 'csat' and "score" = 5)::int, count(*) filter (where "kind" = 'nps')::int, ` +
  `count(*) filter (where "kind" = 'nps' and "score" >= 9)::int, count(*) filter (where "kind" = 'nps' and "score" between 7 and 8)::int, ` +
  `count(*) filter (where "kind" = 'nps' and "score" <= 6)::int from "satisfaction_responses" ` +
  'where "satisfaction_responses"."client_id" = $1';

/**
 * `GET /api/clients/:id/rfm`: one client's scores from the client_rfm_scores view (refreshed by the
 * clients.rfm-refresh job), with the time of the last refresh. Parameter: the client id.
 */
export const rfmSql = `select r.refreshed_at as as_of, s.client_id, s.last_order_at, s.order_count,
    s.total_amount::text as total_amount, s.recency, s.frequency, s.monetary
  from client_rfm_score_refreshes r
  left join client_rfm_scores s on s.client_id = $1`;

/**
 * The period's recognised revenue per UTC day from the order_revenue_days rollup, for a period of whole days
 * (the benchmark's twelve months start and end at midnight UTC; part-days at either end would add a live
 * read of those hours' orders). Parameters: currency, from, to.
 */
const rollupDays = `select d.day, d.orders, d.gross, d.refunds from order_revenue_days d
    where d.currency = $1 and d.day >= $2::timestamptz::date and d.day < $3::timestamptz::date`;

/** `GET /api/reports/revenue`, statement 1 of 3: the period's totals, from the rollup. */
export const revenueSummarySql = `select coalesce(sum(days.orders), 0)::int as orders,
    coalesce(sum(days.gross), 0)::text as gross,
    coalesce(sum(days.refunds), 0)::text as refunds
  from (${rollupDays}) as days`;

/** Statement 2 of 3: what live orders owe now, whatever the period. Parameters: today, currency. */
export const receivablesSql = `select coalesce(sum(o.total_amount - o.amount_paid), 0)::text as "outstanding",
    count(*)::int as "outstandingOrders",
    coalesce(sum(o.total_amount - o.amount_paid) filter (where o.due_date < $1::date), 0)::text as "overdue",
    (count(*) filter (where o.due_date < $1::date))::int as "overdueOrders"
  from orders o
  where o.currency = $2 and o.status in ('confirmed', 'partially_paid', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered') and o.amount_paid < o.total_amount`;

/** Statement 3 of 3 with `groupBy=month`: one row per month of the period, from the rollup's days. */
export const revenueByMonthSql = `with per_bucket as (
    select date_trunc('month', days.day::timestamp) as bucket, sum(days.orders) as orders,
           sum(days.gross) as gross, sum(days.refunds) as refunds
    from (${rollupDays}) as days group by 1
  ), buckets as (
    select generate_series(
      date_trunc('month', $2::timestamptz at time zone 'UTC'),
      $3::timestamptz at time zone 'UTC' - interval '1 microsecond',
      '1 month'::interval) as bucket
  )
  select to_char(b.bucket, 'YYYY-MM-DD') as key, to_char(b.bucket, 'YYYY-MM-DD') as label,
         coalesce(p.gross - p.refunds, 0)::text as revenue, coalesce(p.orders, 0)::int as orders,
         null as units, coalesce(p.gross, 0)::text as gross, coalesce(p.refunds, 0)::text as refunds
  from buckets b left join per_bucket p on p.bucket = b.bucket
  order by b.bucket`;
