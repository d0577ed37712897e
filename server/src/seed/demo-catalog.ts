/** Categories and the kind of things sold in each, so generated products read like a real catalogue. */
export const catalogCategories = [
  {
    name: 'CRM Licences',
    slug: 'crm-licences',
    nouns: ['Seat Licence', 'Team Plan', 'Enterprise Plan', 'Starter Plan'],
  },
  { name: 'Support Plans', slug: 'support-plans', nouns: ['Support Plan', 'Success Package', 'SLA Add-on'] },
  {
    name: 'Integrations',
    slug: 'integrations',
    nouns: ['Connector', 'Sync Module', 'API Bundle', 'Webhook Pack'],
  },
  {
    name: 'Contact Centre Hardware',
    slug: 'hardware',
    nouns: ['Headset', 'Desk Phone', 'Conference Speaker', 'Webcam'],
  },
  { name: 'Training', slug: 'training', nouns: ['Workshop', 'Online Course', 'Certification', 'Bootcamp'] },
  {
    name: 'Consulting',
    slug: 'consulting',
    nouns: ['Implementation Package', 'Data Migration', 'Process Audit'],
  },
  { name: 'Analytics', slug: 'analytics', nouns: ['Dashboard Pack', 'Forecasting Module', 'Report Builder'] },
  {
    name: 'Messaging',
    slug: 'messaging',
    nouns: ['SMS Bundle', 'Email Credits', 'WhatsApp Channel', 'Chat Widget'],
  },
] as const;

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

export const departments = {
  Sales: ['Account Executive', 'Sales Development Rep', 'Sales Manager'],
  Support: ['Support Engineer', 'Customer Success Manager', 'Support Team Lead'],
  Engineering: ['Software Engineer', 'Solutions Architect', 'QA Engineer'],
  Marketing: ['Marketing Specialist', 'Content Writer'],
  Finance: ['Accountant', 'Billing Specialist'],
  Operations: ['Operations Manager', 'Logistics Coordinator'],
} as const;

export const ticketSubjects = [
  'Cannot sign in after password reset',
  'Invoice shows the wrong amount',
  'Export to CSV times out',
  'Request to add five more seats',
  'Integration stopped syncing contacts',
  'Headset not recognised by the softphone',
  'Question about the renewal date',
  'Dashboard shows no data for last week',
  'Shipment arrived damaged',
  'How do I set up email templates?',
  'API returns 429 too often',
  'Need a copy of the signed contract',
  'Training session needs rescheduling',
  'Duplicate contacts after import',
  'Feature request: custom fields on orders',
] as const;
