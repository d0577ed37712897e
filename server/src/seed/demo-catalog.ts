/**
 * The vocabulary of the generated data set: what the company sells, where its clients are, how its staff
 * is organised and what they write down, so generated rows read like a real business's.
 */

type Subcategory = { name: string; slug: string; nouns: readonly string[] };

/**
 * Root categories and their subcategories; products sit in subcategories. Prices are whole dollars per
 * unit, the range a product of the category is listed in.
 */
export const catalogCategories: readonly {
  name: string;
  slug: string;
  unit: string;
  priceRange: readonly [number, number];
  tags: readonly string[];
  specifications: Readonly<Record<string, readonly string[]>>;
  children: readonly Subcategory[];
}[] = [
  {
    name: 'CRM Licences',
    slug: 'crm-licences',
    unit: 'seat',
    priceRange: [9, 199],
    tags: ['cloud', 'subscription'],
    specifications: {
      'Licence term': ['Monthly', 'Annual', 'Perpetual'],
      Deployment: ['Cloud', 'Hybrid', 'On-premise'],
    },
    children: [
      {
        name: 'Cloud Subscriptions',
        slug: 'cloud-subscriptions',
        nouns: ['Team Plan', 'Enterprise Plan', 'Starter Plan', 'Seat Licence'],
      },
      {
        name: 'On-premise Licences',
        slug: 'on-premise-licences',
        nouns: ['Perpetual Licence', 'Server Licence', 'Upgrade Licence'],
      },
    ],
  },
  {
    name: 'Support Plans',
    slug: 'support-plans',
    unit: 'year',
    priceRange: [199, 4_999],
    tags: ['support', 'subscription'],
    specifications: {
      'Response time': ['4 business hours', '1 business day', '1 hour, 24/7'],
      Channels: ['Email', 'Email and chat', 'Email, chat and phone'],
    },
    children: [
      { name: 'Standard Support', slug: 'standard-support', nouns: ['Support Plan', 'SLA Add-on'] },
      { name: 'Premium Success', slug: 'premium-success', nouns: ['Success Package', 'Dedicated Manager'] },
    ],
  },
  {
    name: 'Integrations',
    slug: 'integrations',
    unit: 'each',
    priceRange: [49, 1_499],
    tags: ['integration', 'api'],
    specifications: {
      Sync: ['Real time', 'Every 15 minutes', 'Nightly'],
      Platforms: ['Salesforce, HubSpot', 'SAP, Oracle', 'Shopify, Magento', 'Slack, Teams'],
    },
    children: [
      { name: 'Connectors', slug: 'connectors', nouns: ['Connector', 'Sync Module'] },
      {
        name: 'Developer Tools',
        slug: 'developer-tools',
        nouns: ['API Bundle', 'Webhook Pack', 'SDK Licence'],
      },
    ],
  },
  {
    name: 'Contact Centre Hardware',
    slug: 'hardware',
    unit: 'each',
    priceRange: [29, 899],
    tags: ['hardware', 'shippable'],
    specifications: {
      Connectivity: ['USB-C', 'Bluetooth 5.3', 'DECT', 'Ethernet (PoE)'],
      Warranty: ['1 year', '2 years', '3 years'],
    },
    children: [
      {
        name: 'Headsets',
        slug: 'headsets',
        nouns: ['Headset', 'Wireless Headset', 'Noise-cancelling Headset'],
      },
      {
        name: 'Phones and Conferencing',
        slug: 'phones-conferencing',
        nouns: ['Desk Phone', 'Conference Speaker', 'Webcam'],
      },
    ],
  },
  {
    name: 'Training',
    slug: 'training',
    unit: 'seat',
    priceRange: [99, 2_499],
    tags: ['training', 'services'],
    specifications: {
      Duration: ['2 hours', '1 day', '2 days', '5 days'],
      Format: ['Self-paced', 'Live online', 'On site'],
    },
    children: [
      { name: 'Online Training', slug: 'online-training', nouns: ['Online Course', 'Certification'] },
      { name: 'On-site Training', slug: 'on-site-training', nouns: ['Workshop', 'Bootcamp'] },
    ],
  },
  {
    name: 'Consulting',
    slug: 'consulting',
    unit: 'day',
    priceRange: [900, 4_999],
    tags: ['services', 'consulting'],
    specifications: {
      Engagement: ['Remote', 'On site', 'Hybrid'],
      Deliverables: ['Written report', 'Configured workspace', 'Migration plan'],
    },
    children: [
      { name: 'Implementation', slug: 'implementation', nouns: ['Implementation Package', 'Data Migration'] },
      { name: 'Advisory', slug: 'advisory', nouns: ['Process Audit', 'Health Check'] },
    ],
  },
  {
    name: 'Analytics',
    slug: 'analytics',
    unit: 'licence',
    priceRange: [29, 999],
    tags: ['analytics', 'cloud'],
    specifications: {
      Refresh: ['Hourly', 'Daily', 'Real time'],
      Export: ['CSV', 'CSV and Excel', 'Power BI connector'],
    },
    children: [
      { name: 'Dashboards', slug: 'dashboards', nouns: ['Dashboard Pack', 'Report Builder'] },
      { name: 'Forecasting', slug: 'forecasting', nouns: ['Forecasting Module', 'Pipeline Insights'] },
    ],
  },
  {
    name: 'Messaging',
    slug: 'messaging',
    unit: 'pack',
    priceRange: [19, 999],
    tags: ['messaging', 'usage-based'],
    specifications: {
      Volume: ['1,000 messages', '10,000 messages', '100,000 messages'],
      Regions: ['Worldwide', 'Europe', 'North America', 'Asia Pacific'],
    },
    children: [
      { name: 'SMS and Voice', slug: 'sms-voice', nouns: ['SMS Bundle', 'Voice Minutes'] },
      {
        name: 'Digital Channels',
        slug: 'digital-channels',
        nouns: ['Email Credits', 'WhatsApp Channel', 'Chat Widget'],
      },
    ],
  },
];

/** Tags any product may carry besides its category's. */
export const productTags = ['bestseller', 'new', 'bundle-eligible', 'eco', 'enterprise', 'limited'] as const;

export const industries = [
  'Software',
  'Manufacturing',
  'Retail',
  'Healthcare',
  'Financial Services',
  'Logistics',
  'Education',
  'Hospitality',
  'Construction',
  'Energy',
  'Media',
  'Professional Services',
] as const;

export const clientTags = [
  'enterprise',
  'smb',
  'strategic',
  'reseller',
  'partner',
  'multi-site',
  'public-sector',
  'upsell',
  'renewal-risk',
  'reference',
] as const;

/**
 * Where clients are. The tax rate (a fraction with four places) is what an order to that place is charged,
 * so every order of a client has the same, plausible rate. Postal formats: # a digit, ? a letter.
 */
export const locations: readonly {
  city: string;
  region: string | null;
  country: string;
  postalFormat: string;
  taxRate: string;
  weight: number;
}[] = [
  { city: 'New York', region: 'NY', country: 'US', postalFormat: '100##', taxRate: '0.0888', weight: 8 },
  { city: 'San Francisco', region: 'CA', country: 'US', postalFormat: '941##', taxRate: '0.0863', weight: 6 },
  { city: 'Austin', region: 'TX', country: 'US', postalFormat: '787##', taxRate: '0.0825', weight: 5 },
  { city: 'Chicago', region: 'IL', country: 'US', postalFormat: '606##', taxRate: '0.1025', weight: 5 },
  { city: 'Seattle', region: 'WA', country: 'US', postalFormat: '981##', taxRate: '0.1035', weight: 4 },
  { city: 'Boston', region: 'MA', country: 'US', postalFormat: '021##', taxRate: '0.0625', weight: 4 },
  { city: 'Denver', region: 'CO', country: 'US', postalFormat: '802##', taxRate: '0.0881', weight: 3 },
  { city: 'Atlanta', region: 'GA', country: 'US', postalFormat: '303##', taxRate: '0.0890', weight: 3 },
  { city: 'Toronto', region: 'ON', country: 'CA', postalFormat: 'M#? #?#', taxRate: '0.1300', weight: 3 },
  { city: 'Vancouver', region: 'BC', country: 'CA', postalFormat: 'V#? #?#', taxRate: '0.1200', weight: 2 },
  {
    city: 'London',
    region: 'England',
    country: 'GB',
    postalFormat: 'EC#? #??',
    taxRate: '0.2000',
    weight: 5,
  },
  {
    city: 'Manchester',
    region: 'England',
    country: 'GB',
    postalFormat: 'M# #??',
    taxRate: '0.2000',
    weight: 2,
  },
  {
    city: 'Dublin',
    region: 'Leinster',
    country: 'IE',
    postalFormat: 'D0# ?###',
    taxRate: '0.2300',
    weight: 2,
  },
  { city: 'Berlin', region: 'Berlin', country: 'DE', postalFormat: '10###', taxRate: '0.1900', weight: 3 },
  { city: 'Munich', region: 'Bavaria', country: 'DE', postalFormat: '80###', taxRate: '0.1900', weight: 2 },
  {
    city: 'Paris',
    region: 'Île-de-France',
    country: 'FR',
    postalFormat: '750##',
    taxRate: '0.2000',
    weight: 3,
  },
  {
    city: 'Lyon',
    region: 'Auvergne-Rhône-Alpes',
    country: 'FR',
    postalFormat: '690##',
    taxRate: '0.2000',
    weight: 1,
  },
  {
    city: 'Amsterdam',
    region: 'North Holland',
    country: 'NL',
    postalFormat: '10## ??',
    taxRate: '0.2100',
    weight: 2,
  },
  { city: 'Madrid', region: 'Madrid', country: 'ES', postalFormat: '280##', taxRate: '0.2100', weight: 2 },
  { city: 'Milan', region: 'Lombardy', country: 'IT', postalFormat: '201##', taxRate: '0.2200', weight: 2 },
  {
    city: 'Stockholm',
    region: 'Stockholm',
    country: 'SE',
    postalFormat: '1## ##',
    taxRate: '0.2500',
    weight: 1,
  },
  { city: 'Zurich', region: 'Zurich', country: 'CH', postalFormat: '80##', taxRate: '0.0810', weight: 1 },
  { city: 'Sydney', region: 'NSW', country: 'AU', postalFormat: '20##', taxRate: '0.1000', weight: 2 },
  { city: 'Melbourne', region: 'VIC', country: 'AU', postalFormat: '30##', taxRate: '0.1000', weight: 2 },
  { city: 'Singapore', region: null, country: 'SG', postalFormat: '0#####', taxRate: '0.0900', weight: 2 },
  { city: 'Tokyo', region: 'Tokyo', country: 'JP', postalFormat: '1##-####', taxRate: '0.1000', weight: 2 },
  {
    city: 'Shanghai',
    region: 'Shanghai',
    country: 'CN',
    postalFormat: '200###',
    taxRate: '0.1300',
    weight: 2,
  },
  {
    city: 'Shenzhen',
    region: 'Guangdong',
    country: 'CN',
    postalFormat: '518###',
    taxRate: '0.1300',
    weight: 2,
  },
  { city: 'São Paulo', region: 'SP', country: 'BR', postalFormat: '0####-###', taxRate: '0.1700', weight: 2 },
  { city: 'Mexico City', region: 'CDMX', country: 'MX', postalFormat: '0####', taxRate: '0.1600', weight: 1 },
];

export const contactJobTitles = [
  'Head of Operations',
  'IT Manager',
  'Procurement Lead',
  'Customer Service Director',
  'Finance Manager',
  'Chief Technology Officer',
  'Office Manager',
  'Sales Operations Analyst',
  'Head of Customer Experience',
  'Purchasing Officer',
] as const;

/** Departments, the title of whoever heads each, the other job titles in it and the skills its people have. */
export const departments: Readonly<
  Record<string, { head: string; roles: readonly string[]; skills: readonly string[]; weight: number }>
> = {
  Sales: {
    head: 'Head of Sales',
    roles: ['Account Executive', 'Sales Development Rep', 'Sales Manager'],
    skills: ['Negotiation', 'Product demos', 'Account management', 'Forecasting'],
    weight: 30,
  },
  Support: {
    head: 'Head of Support',
    roles: ['Support Engineer', 'Customer Success Manager', 'Support Team Lead'],
    skills: ['Billing', 'Integrations', 'Hardware', 'Onboarding', 'Troubleshooting'],
    weight: 25,
  },
  Engineering: {
    head: 'VP of Engineering',
    roles: ['Software Engineer', 'Solutions Architect', 'QA Engineer'],
    skills: ['Integrations', 'SQL', 'API design', 'Data migration'],
    weight: 20,
  },
  Marketing: {
    head: 'Head of Marketing',
    roles: ['Marketing Specialist', 'Content Writer'],
    skills: ['Copywriting', 'Campaigns', 'Reporting'],
    weight: 8,
  },
  Finance: {
    head: 'Finance Director',
    roles: ['Accountant', 'Billing Specialist'],
    skills: ['Billing', 'Reporting', 'Collections'],
    weight: 7,
  },
  Operations: {
    head: 'Head of Operations',
    roles: ['Operations Manager', 'Logistics Coordinator'],
    skills: ['Logistics', 'Hardware', 'Reporting'],
    weight: 10,
  },
};

/** Skills anyone may have, whatever the department. */
export const languageSkills = ['Spanish', 'German', 'French', 'Mandarin'] as const;

/** Which department a staff account's employee record belongs to. */
export const departmentOfStaffRole: Readonly<Record<string, string>> = {
  admin: 'Operations',
  manager: 'Sales',
  sales: 'Sales',
  agent: 'Support',
};

export const interactionSubjects = {
  call: [
    'Discovery call',
    'Quarterly check-in',
    'Pricing questions',
    'Renewal discussion',
    'Escalation follow-up',
  ],
  email: [
    'Sent the proposal',
    'Shared onboarding guide',
    'Invoice clarification',
    'Product update newsletter',
  ],
  meeting: [
    'Product demo',
    'Quarterly business review',
    'Implementation kick-off',
    'Executive sponsor meeting',
  ],
  note: ['Budget approved for next quarter', 'Champion left the company', 'Evaluating a competitor'],
} as const;

export const interactionNotes = [
  'They want the rollout finished before the end of the quarter.',
  'Asked for a discount on a multi-year commitment.',
  'Interested in the analytics add-on; send a trial link.',
  'Happy with support response times.',
  'Needs approval from procurement before signing.',
  'Raised concerns about the data migration timeline.',
  'Will introduce us to their regional offices.',
  'Prefers email over calls.',
] as const;

export const satisfactionComments = {
  happy: ['Great service, thank you!', 'Quick and helpful.', 'The team went above and beyond.'],
  neutral: ['Fine overall.', 'Took a little longer than expected.', 'Okay, some room for improvement.'],
  unhappy: ['Too slow to respond.', 'The issue came back twice.', 'Hard to reach the right person.'],
} as const;

export const taskTitles = [
  'Send the updated quote',
  'Schedule the quarterly business review',
  'Follow up on the open proposal',
  'Confirm the implementation dates',
  'Introduce the new support plan',
] as const;

export const churnReasons = [
  'Moved to a competitor',
  'Budget cuts',
  'Company was acquired',
  'No renewal',
] as const;

export const cancellationReasons = [
  'Client changed their mind',
  'Duplicate order',
  'Budget not approved',
  'Ordered the wrong product',
] as const;

export const carriers = [
  { name: 'UPS', trackingPrefix: '1Z' },
  { name: 'FedEx', trackingPrefix: 'FX' },
  { name: 'DHL Express', trackingPrefix: 'JD' },
  { name: 'DPD', trackingPrefix: 'DP' },
  { name: 'Royal Mail', trackingPrefix: 'RM' },
] as const;

/** Support's ticket categories: the queue each lands in and the skill (and level) skill-based routing asks for. */
export const supportCategories = [
  { name: 'Account access', queue: 'General', skill: null, minLevel: 1 },
  { name: 'Billing and invoices', queue: 'Billing', skill: 'Billing', minLevel: 2 },
  { name: 'Orders and delivery', queue: 'General', skill: null, minLevel: 1 },
  { name: 'Integrations and API', queue: 'Technical', skill: 'Integrations', minLevel: 2 },
  { name: 'Bugs and errors', queue: 'Technical', skill: 'Troubleshooting', minLevel: 2 },
  { name: 'Hardware', queue: 'Technical', skill: 'Hardware', minLevel: 1 },
  { name: 'Onboarding and training', queue: 'General', skill: 'Onboarding', minLevel: 1 },
  { name: 'Feature requests', queue: 'General', skill: null, minLevel: 1 },
] as const;

export type SupportCategoryName = (typeof supportCategories)[number]['name'];

/**
 * What customers write in about: a subject, a few ways of putting it (the priority rules read both, so some
 * say "error" or "cannot log in"), the category, tags an agent would add, and whether it is about an order.
 */
export const ticketTopics: readonly {
  subject: string;
  descriptions: readonly string[];
  category: SupportCategoryName;
  tags: readonly string[];
  aboutOrder: boolean;
  weight: number;
}[] = [
  {
    subject: 'Cannot log in after password reset',
    descriptions: [
      'I reset my password this morning and now I cannot log in at all. The page just says the credentials are invalid.',
      'Since the password reset yesterday two of our users get an error on sign-in. Could you check their accounts?',
    ],
    category: 'Account access',
    tags: ['login'],
    aboutOrder: false,
    weight: 6,
  },
  {
    subject: 'Please add five more seats to our plan',
    descriptions: [
      'We have new starters next week. Can you add five more seats to our subscription and tell us the prorated price?',
      'Question about adding seats: do new users get the same permissions as the existing team by default?',
    ],
    category: 'Account access',
    tags: ['seats'],
    aboutOrder: false,
    weight: 4,
  },
  {
    subject: 'Invoice shows the wrong amount',
    descriptions: [
      'The invoice for our last order is higher than the quote we accepted. It looks like the volume discount is missing.',
      'Our finance team says the tax on this invoice is wrong for our region. Please send a corrected copy.',
    ],
    category: 'Billing and invoices',
    tags: ['invoice'],
    aboutOrder: true,
    weight: 6,
  },
  {
    subject: 'Refund for a cancelled order',
    descriptions: [
      'We cancelled this order within the cooling-off period but have not received the refund yet.',
      'Could you confirm when the refund for the cancelled items will reach our account?',
    ],
    category: 'Billing and invoices',
    tags: ['refund'],
    aboutOrder: true,
    weight: 3,
  },
  {
    subject: 'Question about the renewal date',
    descriptions: [
      'When does our annual plan renew, and can we move the renewal to the start of our financial year?',
      'Question: will the renewal invoice be sent to the same billing contact as last year?',
    ],
    category: 'Billing and invoices',
    tags: ['renewal'],
    aboutOrder: false,
    weight: 3,
  },
  {
    subject: 'Shipment arrived damaged',
    descriptions: [
      'Two of the units in this delivery arrived damaged: the boxes were crushed. Photos attached to the courier claim.',
      'One headset in the shipment is damaged and does not power on. We need a replacement before Friday.',
    ],
    category: 'Orders and delivery',
    tags: ['shipping', 'replacement'],
    aboutOrder: true,
    weight: 4,
  },
  {
    subject: 'Where is my delivery?',
    descriptions: [
      'The tracking number for this order has not updated for four days. Can you check with the carrier?',
      'Our order was due yesterday and nothing has arrived. Please tell us the new delivery date.',
    ],
    category: 'Orders and delivery',
    tags: ['shipping'],
    aboutOrder: true,
    weight: 5,
  },
  {
    subject: 'Integration stopped syncing contacts',
    descriptions: [
      'The CRM integration stopped syncing contacts overnight. The sync log shows a failed job every hour.',
      'New contacts are not showing up in our marketing tool since Monday. The connector says it is connected.',
    ],
    category: 'Integrations and API',
    tags: ['integration', 'sync'],
    aboutOrder: false,
    weight: 4,
  },
  {
    subject: 'API returns 429 too often',
    descriptions: [
      'Our nightly import hits rate limits after a few hundred requests. What are the limits for our plan?',
      'We get 429 responses from the API even at low volume. Is there a problem with our API key?',
    ],
    category: 'Integrations and API',
    tags: ['api'],
    aboutOrder: false,
    weight: 3,
  },
  {
    subject: 'Export to CSV times out',
    descriptions: [
      'Exporting last year’s orders to CSV fails with a timeout error after about a minute.',
      'The CSV export of our contact list never finishes. Smaller exports work fine.',
    ],
    category: 'Bugs and errors',
    tags: ['export'],
    aboutOrder: false,
    weight: 3,
  },
  {
    subject: 'Dashboard shows no data for last week',
    descriptions: [
      'The sales dashboard is empty for last week although we placed orders every day.',
      'Our weekly report shows zeros since the weekend. Nothing changed on our side.',
    ],
    category: 'Bugs and errors',
    tags: ['reporting'],
    aboutOrder: false,
    weight: 3,
  },
  {
    subject: 'Production system down after the update',
    descriptions: [
      'Since the update an hour ago our production system is down and the team cannot take orders. Urgent.',
      'Outage: nobody in our office can open the app since this morning. This is blocking all of our sales.',
    ],
    category: 'Bugs and errors',
    tags: ['outage'],
    aboutOrder: false,
    weight: 1,
  },
  {
    subject: 'Headset not recognised by the softphone',
    descriptions: [
      'The new headsets are not recognised by the softphone on Windows laptops. They work on the Macs.',
      'After the driver update the headset is not working with the softphone any more.',
    ],
    category: 'Hardware',
    tags: ['headset'],
    aboutOrder: true,
    weight: 3,
  },
  {
    subject: 'Device keeps restarting',
    descriptions: [
      'One of our desk phones restarts every few minutes. We tried a factory reset already.',
      'The barcode scanner restarts whenever it docks. Is this a known firmware problem?',
    ],
    category: 'Hardware',
    tags: ['firmware'],
    aboutOrder: true,
    weight: 2,
  },
  {
    subject: 'How do I set up email templates?',
    descriptions: [
      'How do I set up email templates with our logo for order confirmations?',
      'Could someone walk our new team lead through the template editor this week?',
    ],
    category: 'Onboarding and training',
    tags: ['how-to'],
    aboutOrder: false,
    weight: 4,
  },
  {
    subject: 'Training session needs rescheduling',
    descriptions: [
      'Our onboarding session on Thursday clashes with a company event. Can we move it to next week?',
      'Half of the team is off next week; please reschedule the admin training to the week after.',
    ],
    category: 'Onboarding and training',
    tags: ['training'],
    aboutOrder: false,
    weight: 2,
  },
  {
    subject: 'Feature request: custom fields on orders',
    descriptions: [
      'Feature request: we would like to add our own reference fields to orders and see them on invoices.',
      'Suggestion: let us mark orders with a cost centre so finance can report on them.',
    ],
    category: 'Feature requests',
    tags: ['feature-request'],
    aboutOrder: false,
    weight: 2,
  },
];

/** What agents and customers write on tickets, by the moment in a ticket's life. */
export const ticketReplies = {
  firstResponse: [
    'Thanks for getting in touch. I am looking into this now and will update you shortly.',
    'Thank you for the details. I have reproduced the problem and am checking it with the team.',
    'Thanks for reporting this. Could you tell me roughly when it started and who is affected?',
  ],
  askCustomer: [
    'Could you send us a screenshot of the error and the time it happened?',
    'Could you confirm the order number and the delivery address, please?',
    'Can you try again now and let us know whether the problem remains?',
  ],
  customer: [
    'Thanks, here are the details you asked for.',
    'It is still happening for two of our users.',
    'That worked for most of us, but one user still sees the problem.',
    'Any news on this? It is holding up our month-end.',
  ],
  internal: [
    'Checked the logs: the failures started after the last deployment.',
    'Raised with engineering; waiting for their analysis.',
    'Customer is on a platinum plan, keep them updated daily.',
    'Carrier claim opened, reference in the shipment notes.',
  ],
  resolution: [
    'This is fixed now. Please let us know if anything else comes up.',
    'We have sent the corrected document and closed the request on our side.',
    'The replacement is on its way; tracking details are in your account.',
    'The settings are corrected and the sync has caught up.',
  ],
  onHold: ['Waiting for the supplier to confirm a date.', 'On hold until engineering ships the fix.'],
  manualPriority: {
    up: [
      'Blocks the customer’s month-end close',
      'Affects every user at the client',
      'Escalated by the account manager',
    ],
    down: ['Workaround in place', 'Customer confirmed it can wait until next week'],
  },
} as const;
