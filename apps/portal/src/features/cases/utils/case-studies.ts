import type { Language } from '@smartcrm/ui';

type Localized = Record<Language, string>;

export type CaseStudy = {
  id: string;
  company: string;
  industry: Localized;
  headline: Localized;
  challenge: Localized;
  solution: Localized;
  results: { value: string; label: Localized }[];
};

// The customers are illustrative: the site ships with sample stories until real, approved ones replace them.
export const caseStudies: CaseStudy[] = [
  {
    id: 'northwind-home',
    company: 'Northwind Home Furnishings',
    industry: { en: 'Retail · 42 stores', 'zh-CN': '零售 · 42 家门店' },
    headline: {
      en: 'One customer view across 42 stores and the web shop',
      'zh-CN': '42 家门店与网店共享统一客户视图',
    },
    challenge: {
      en: 'Store staff could not see online orders, so delivery questions bounced between teams and customers waited days for answers.',
      'zh-CN': '门店员工看不到线上订单，配送问题在团队之间来回转交，客户往往要等好几天才能得到答复。',
    },
    solution: {
      en: 'Orders, deliveries and tickets moved into Smart CRM Suite; the AI assistant now answers “where is my order?” on the website using live shipment data.',
      'zh-CN':
        '订单、配送和工单全部迁入 Smart CRM Suite；网站上的 AI 助手基于实时物流数据回答“我的订单到哪了？”。',
    },
    results: [
      {
        value: '61%',
        label: { en: 'of order questions answered without an agent', 'zh-CN': '的订单咨询无需人工即可解答' },
      },
      {
        value: '4.7/5',
        label: { en: 'customer satisfaction, up from 3.9', 'zh-CN': '客户满意度（此前为 3.9）' },
      },
    ],
  },
  {
    id: 'hengda-precision',
    company: 'Hengda Precision Parts',
    industry: { en: 'Manufacturing · B2B', 'zh-CN': '制造业 · B2B' },
    headline: {
      en: 'Quote-to-delivery visibility for 1,800 industrial accounts',
      'zh-CN': '为 1,800 家工业客户实现从报价到交付的全程可视',
    },
    challenge: {
      en: 'Account managers tracked orders in spreadsheets and learnt about late shipments from angry customers.',
      'zh-CN': '客户经理用表格跟踪订单，往往是客户投诉后才知道发货延误。',
    },
    solution: {
      en: 'Order and shipment events now trigger notifications and workflow rules, and a weekly Power BI report shows fulfilment time per product line.',
      'zh-CN': '订单与发货事件自动触发通知和工作流规则，每周的 Power BI 报表展示各产品线的履约时长。',
    },
    results: [
      { value: '−27%', label: { en: 'average fulfilment time', 'zh-CN': '平均履约时长' } },
      { value: '+19%', label: { en: 'repeat orders within a year', 'zh-CN': '一年内复购订单' } },
    ],
  },
  {
    id: 'bluepeak-logistics',
    company: 'BluePeak Logistics',
    industry: { en: 'Logistics · 24/7 support', 'zh-CN': '物流 · 全天候服务' },
    headline: {
      en: 'SLA-driven support for a round-the-clock operation',
      'zh-CN': '以 SLA 驱动的全天候客户支持',
    },
    challenge: {
      en: 'Urgent delivery incidents sat in a shared inbox next to routine questions, and SLA breaches were only found at month end.',
      'zh-CN': '紧急的配送事故与日常咨询混在同一个共享邮箱里，SLA 违约往往到月底才被发现。',
    },
    solution: {
      en: 'Tickets are classified by priority on arrival and routed to the right shift; SLA clocks escalate anything at risk to a team lead.',
      'zh-CN': '工单到达时即按优先级自动分类并分派给对应班组；SLA 计时会把存在风险的工单升级给组长。',
    },
    results: [
      { value: '38%', label: { en: 'faster resolution of urgent tickets', 'zh-CN': '紧急工单解决速度提升' } },
      { value: '99.2%', label: { en: 'SLA attainment, from 91%', 'zh-CN': 'SLA 达成率（此前为 91%）' } },
    ],
  },
  {
    id: 'greenleaf-clinics',
    company: 'GreenLeaf Dental Clinics',
    industry: { en: 'Healthcare services · 18 clinics', 'zh-CN': '医疗服务 · 18 家诊所' },
    headline: {
      en: 'Keeping patients coming back with segmented reminders',
      'zh-CN': '借助分群提醒提升患者回访率',
    },
    challenge: {
      en: 'Check-up reminders went to every patient at once, and the clinics could not tell which campaigns worked.',
      'zh-CN': '复查提醒一次性发给所有患者，诊所无法判断哪些活动真正有效。',
    },
    solution: {
      en: 'RFM segments and churn-risk scores drive targeted reminders, and the built-in dashboards show returns per clinic.',
      'zh-CN': '基于 RFM 分群和流失风险评分发送精准提醒，内置看板按诊所展示回访情况。',
    },
    results: [
      { value: '2.4×', label: { en: 'more booked check-ups per campaign', 'zh-CN': '每次活动的复查预约量' } },
      { value: '−31%', label: { en: 'patients lost to churn', 'zh-CN': '患者流失' } },
    ],
  },
  {
    id: 'orbit-saas',
    company: 'Orbit Learning',
    industry: { en: 'Education technology · SaaS', 'zh-CN': '教育科技 · SaaS' },
    headline: {
      en: 'A self-hosted CRM that passed a strict security review',
      'zh-CN': '通过严格安全审查的私有化部署 CRM',
    },
    challenge: {
      en: 'School districts required student-related data to stay on infrastructure the company controls, ruling out hosted CRMs.',
      'zh-CN': '学区要求与学生相关的数据必须存放在公司自有的基础设施上，托管式 CRM 因此无法使用。',
    },
    solution: {
      en: 'Smart CRM Suite runs in Orbit’s own cloud account with PostgreSQL, and the offline AI assistant answers parents without sending data to third parties.',
      'zh-CN':
        'Smart CRM Suite 部署在 Orbit 自有云账户中，使用 PostgreSQL；离线 AI 助手回答家长咨询，数据不会发送给第三方。',
    },
    results: [
      { value: '12', label: { en: 'days from kickoff to go-live', 'zh-CN': '天完成从启动到上线' } },
      {
        value: '0',
        label: { en: 'findings in the district security audit', 'zh-CN': '学区安全审计发现的问题' },
      },
    ],
  },
];
