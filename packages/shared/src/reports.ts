// The CSV reports at GET /api/reports/NAME.csv: the server answers them, the Reports screen
// lists them with the question each answers.

export interface ReportInfo {
  name: string;
  title: string;
  question: string;
}

export const REPORTS: readonly ReportInfo[] = [
  {
    name: "school-status",
    title: "Take-up by school",
    question: "How is take-up going at each school: invited, accepted, pending, expired and the acceptance rate?",
  },
  {
    name: "product-status",
    title: "Take-up by product",
    question: "How is take-up going for each product: invited, accepted, pending, expired and the acceptance rate?",
  },
  {
    name: "expiring",
    title: "Expiring in the next 7 days",
    question: "Whose invitations run out in the next 7 days, for which school, product and role?",
  },
  {
    name: "staff-without-access",
    title: "Staff without access",
    question: "Who on the roster has no access yet to a product their school subscribes to?",
  },
];

export const reportHref = (name: string) => `/api/reports/${name}.csv`;
